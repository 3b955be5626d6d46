"""The public entry point: texts in, `Result`s out.

    from quotetrace.core.pipeline import QuoteTracer
    tracer = QuoteTracer()                     # loads the models once
    for result in tracer.extract(["..."]):     # many texts go through stanza together
        print(result.to_record())

`analyze(document)` is the model-free part: every rule over an annotated `Document`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import TYPE_CHECKING

from . import windows
from .annotate import Annotator, shared_annotator
from .cues import CueLexicon, load_cue_lexicon
from .errors import QuotetraceError
from .model import Document, Quote, Result
from .models import ModelSet, select_models
from .quotes.direct import find_direct_quotes
from .quotes.indirect import find_reported_speech
from .quotes.marks import find_quoted_spans
from .quotes.merge import merge_quotes
from .speakers import resolve_speakers

if TYPE_CHECKING:
    import torch

    from .attribution.runner import AttributionModel

ALL_CUE_TYPES: frozenset[str] = frozenset({"speech", "thought", "evidence"})


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed; the batch goes on without it."""

    document_id: str
    message: str


def analyze(doc: Document, lexicon: CueLexicon | None = None,
            cue_types: frozenset[str] = ALL_CUE_TYPES, attribution: AttributionModel | None = None,
            attribution_states: torch.Tensor | None = None) -> Result:
    """Every rule over an annotated `doc` (no model needed): quotation marks, direct quotes, reported
    speech, the merge step and speaker resolution. Returns the quotes whose cue type is in `cue_types`,
    sorted by their first part and numbered q1, q2, …, with the speaking entities; each quote's `trace`
    says which rules and steps made it. `lexicon` defaults to the packaged cue lexicon. With
    `attribution` (core/attribution/), its mode (rules, model or hybrid) decides the quotes, reading
    `attribution_states` ([words, size] MiniLM states, core/attribution/states.py) when given."""
    lexicon = lexicon or load_cue_lexicon()
    if len(doc.tokens) > windows.MAX_WINDOW_TOKENS and len(doc.sentences) > 1:
        # a pathological length: some rules compare every quote with every other (see core/windows.py)
        return windows.analyze_in_windows(doc, lambda window: analyze(window, lexicon, cue_types, attribution))
    quoted = find_quoted_spans(doc.text, doc.paragraphs)
    direct = find_direct_quotes(doc, quoted, lexicon)
    reported = find_reported_speech(doc, lexicon)
    quotes = merge_quotes(doc, direct, reported, quoted, lexicon)
    if attribution is not None:
        quotes = attribution.apply(doc, quotes, attribution_states)
    quotes = [q for q in quotes if q.cue_type in cue_types]
    quotes.sort(key=lambda q: (q.parts[0].start, q.parts[0].end))
    quotes = [_with_id(q, i) for i, q in enumerate(quotes, start=1)]
    resolved, entities = resolve_speakers(doc, quotes)  # records each speaker:* step in the trace
    return Result(document_id=doc.id, text=doc.text, quotes=tuple(resolved), entities=tuple(entities))


def _with_id(quote: Quote, number: int) -> Quote:
    return replace(quote, id=f"q{number}")


class QuoteTracer:
    """Models loaded once; texts annotated in batches; one `Result` (or `Failure`) per text.

    With `workers` > 1, `extract` shares documents out to that many worker processes
    (`core/workers.py`), each with its own models and `threads` torch threads (default 1), in batches
    of `batch_size` / (2 × workers) documents (at least one) so that every worker has work, and gives
    the results back in input order; an input of one such batch or less stays in this process, which
    then loads the models only when it needs them."""

    def __init__(self, models: str | ModelSet = "auto", *, threads: int | None = None, batch_size: int = 16,
                 cue_types: Iterable[str] = ALL_CUE_TYPES, attribution: str = "auto", workers: int = 1) -> None:
        from .attribution.plan import plan_attribution

        self.models = models if isinstance(models, ModelSet) else select_models(models)
        self.threads = threads
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self.lexicon = load_cue_lexicon()
        self.cue_types = frozenset(cue_types)
        self.attribution_mode = attribution
        # checked now (a bad choice or a missing model fails here), loaded where documents are
        # analysed: in worker mode only the workers do, and this process loads no model at all
        self._attribution_plan = plan_attribution(attribution)
        self._attribution: AttributionModel | None = None
        self._annotator: Annotator | None = None
        if self.workers == 1:
            self._annotator = shared_annotator(self.models, threads=threads)
            self._load_attribution()

    @property
    def attribution(self) -> AttributionModel | None:
        """The learned attribution model (core/attribution/), or None for the rules alone; loaded on
        first use."""
        return self._load_attribution()

    def _load_attribution(self) -> AttributionModel | None:
        plan = self._attribution_plan
        if self._attribution is None and plan is not None:
            from .attribution.runner import load_attribution_model

            self._attribution = load_attribution_model(plan.path, plan.transformer, self.lexicon, plan.mode)
        return self._attribution

    @property
    def annotator(self) -> Annotator:
        """The stanza pipeline of this process, loaded on first use (never, in worker mode)."""
        if self._annotator is None:
            self._annotator = shared_annotator(self.models, threads=self.threads)
        return self._annotator

    def annotate(self, texts: Sequence[str], ids: Sequence[str],
                 progress: Callable[[int], None] | None = None) -> list[Document]:
        """stanza's annotation of `texts` (one `Document` each, ids from `ids`), without the rules;
        `progress` as in `extract`."""
        if progress is None:
            return self.annotator.annotate(texts, ids)
        return self.annotator.annotate(texts, ids, progress=progress)

    def extract(self, items: Iterable[tuple[str, str]],
                progress: Callable[[int], None] | None = None) -> Iterator[Result | Failure]:
        """`items` are (document id, text) pairs of strings; results come back in the same order.

        `progress`, if given, is called with a number of words (white-space separated) each time
        that many more have been annotated, several times within a long document, so that a caller
        can show words per second (in worker mode once per document). Raises `TypeError` for an item
        that is not a pair of strings.
        """
        iterator = _checked_pairs(items)
        if self.workers > 1:
            share = self._worker_batch_size()
            head = list(islice(iterator, share + 1))
            if len(head) > share:
                yield from self._extract_in_workers(chain(head, iterator), progress)
                return
            iterator = iter(head)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._process_batch(batch, progress)

    def _worker_batch_size(self) -> int:
        return max(1, self.batch_size // (2 * self.workers))

    def _extract_in_workers(self, items: Iterable[tuple[str, str]],
                            progress: Callable[[int], None] | None) -> Iterator[Result | Failure]:
        from .workers import WorkerConfig, WorkerPool

        texts: dict[str, int] = {}

        def counted(pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
            for doc_id, text in pairs:
                texts[doc_id] = len(text.split())
                yield doc_id, text

        config = WorkerConfig(self.models, self.threads or 1, self._worker_batch_size(), self.cue_types,
                              self.attribution_mode)
        with WorkerPool(config, self.workers) as pool:
            for outcome in pool.extract(counted(items)):
                if progress is not None:
                    progress(texts.pop(outcome.document_id, 0))
                yield outcome

    def _process_batch(self, batch: list[tuple[str, str]],
                       progress: Callable[[int], None] | None = None) -> Iterator[Result | Failure]:
        ids = [doc_id for doc_id, _ in batch]
        texts = [text for _, text in batch]
        try:
            documents = self.annotate(texts, ids, progress)
        except QuotetraceError:
            if len(batch) == 1:
                raise
            # one bad text must not sink its batch: retry one by one to find it
            for item in batch:
                yield from self._process_one(item, progress)
            return
        for document in documents:
            try:
                yield analyze(document, self.lexicon, self.cue_types, self.attribution)
            except Exception as exc:  # a rule bug on one document must not lose the others
                yield Failure(document.id, f"internal error in the rules: {type(exc).__name__}: {exc}")

    def _process_one(self, item: tuple[str, str],
                     progress: Callable[[int], None] | None) -> Iterator[Result | Failure]:
        try:
            yield from self._process_batch([item], progress)
        except QuotetraceError as exc:
            yield Failure(item[0], str(exc))


def _checked_pairs(items: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """The items, each checked to be a (document id, text) pair of strings, as they are read."""
    if isinstance(items, str | bytes):
        raise TypeError("QuoteTracer.extract expects an iterable of (document id, text) pairs, not one string; "
                        "write tracer.extract([('doc1', text)])")
    for number, item in enumerate(items):
        if isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(v, str) for v in item):
            yield item[0], item[1]
            continue
        wrong = _what_is_wrong(number, item)
        raise TypeError(f"QuoteTracer.extract expects (document id, text) pairs of strings; {wrong}")


def _what_is_wrong(number: int, item: object) -> str:
    """Which part of a bad item is wrong, and its type: 'item 0: its text (element 1) is bytes'."""
    if isinstance(item, tuple | list) and len(item) == 2:
        wrong = [f"its {role} (element {index}) is {type(value).__name__}"
                 for index, (role, value) in enumerate(zip(("id", "text"), item, strict=True))
                 if not isinstance(value, str)]
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(item[1], bytes) else ""
        return f"item {number}: {' and '.join(wrong)}, not str{hint}"
    if isinstance(item, tuple | list):
        return f"item {number} is a {type(item).__name__} of {len(item)}, not 2"
    hint = " (for bare texts use quotetrace.core.pipeline.extract(texts))" if isinstance(item, str) else ""
    return f"item {number} is {type(item).__name__}{hint}"


def extract(texts: Iterable[str], models: str = "auto") -> Iterator[Result | Failure]:
    """One-call convenience: number the texts and run them through a fresh `QuoteTracer`."""
    tracer = QuoteTracer(models)
    return tracer.extract((str(i), text) for i, text in enumerate(texts))
