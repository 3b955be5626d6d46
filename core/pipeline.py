"""The public entry point: texts in, `Result`s out.

    from quotetrace.core.pipeline import QuoteTracer
    tracer = QuoteTracer()                     # loads the models once
    for result in tracer.extract(["..."]):     # many texts go through stanza together
        print(result.to_record())

`analyze(document)` is the model-free part: every rule over an annotated `Document`.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain, islice
from typing import TYPE_CHECKING

from . import windows
from .annotate import Annotator, shared_annotator
from .cues import CueLexicon, load_cue_lexicon
from .errors import QuotetraceError
from .model import Document, Failure, Quote, Result
from .models import ModelSet, select_models
from .quotes.crossing import stop_before_other_attributions, without_own_speaker
from .quotes.direct import find_direct_quotes
from .quotes.indirect import find_reported_speech
from .quotes.marks import find_quoted_spans
from .quotes.merge import merge_quotes, one_quote_per_content
from .quotes.owned import cap_owned_reports
from .quotes.topics import cap_topic_only
from .speakers import resolve_speakers
from .text import lone_surrogate

if TYPE_CHECKING:
    import torch

    from .attribution.runner import AttributionModel
    from .workers import WorkerConfig

ALL_CUE_TYPES: frozenset[str] = frozenset({"speech", "thought", "evidence"})
#: a text longer than this (code points) is annotated and analysed window by window on its own
#: (`QuoteTracer._stream_and_analyze`); a window of `windows.MAX_WINDOW_TOKENS` tokens is about
#: 100,000 characters of news, so shorter texts are one window and keep the ordinary batching
STREAM_CHARS = 100_000


def analyze(doc: Document, lexicon: CueLexicon | None = None,
            cue_types: frozenset[str] = ALL_CUE_TYPES, attribution: AttributionModel | None = None,
            attribution_states: torch.Tensor | None = None) -> Result:
    """Every rule over an annotated `doc` (no model needed): quotation marks, direct quotes, reported
    speech, the merge step and speaker resolution. Returns the quotes whose cue type is in `cue_types`,
    sorted by their first part and numbered q1, q2, …, with the speaking entities; each quote's `trace`
    says which rules and steps made it. `lexicon` defaults to the packaged cue lexicon. With
    `attribution` (core/attribution/), its mode (rules, model or hybrid) decides the quotes, reading
    `attribution_states` ([words, size] MiniLM states, core/attribution/states.py) when given."""
    if not isinstance(doc, Document):
        raise TypeError(f"analyze expects an annotated Document, not {type(doc).__name__}; "
                        "for texts use QuoteTracer().extract([(doc_id, text)])")
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
    quotes = without_own_speaker(stop_before_other_attributions(doc, quotes))
    quotes = [q for q in cap_owned_reports(doc, cap_topic_only(doc, one_quote_per_content(quotes)), lexicon)
              if q.cue_type in cue_types]
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
    then loads the models only when it needs them.

    Arguments are checked before any model loads: `models` is a `ModelSet` or one of 'auto',
    'bundled', 'bundled-small', 'stanza' or a model directory (a str or path); `threads` None or an
    int ≥ 1; `batch_size` and `workers` ints ≥ 1; `cue_types` an iterable (not a single string) of
    'speech', 'thought', 'evidence'; `attribution` one of 'auto', 'rules', 'model', 'hybrid'. A value
    of the wrong type raises `TypeError`, one out of range `ValueError`, each naming the parameter;
    models that cannot be found or loaded raise `ModelNotFound` / `ModelError`."""

    def __init__(self, models: str | os.PathLike[str] | ModelSet = "auto", *, threads: int | None = None,
                 batch_size: int = 16, cue_types: Iterable[str] = ALL_CUE_TYPES, attribution: str = "auto",
                 workers: int = 1) -> None:
        from .attribution.plan import plan_attribution

        _check_count("threads", threads, allow_none=True)
        _check_count("batch_size", batch_size)
        _check_count("workers", workers)
        self.cue_types = _checked_cue_types(cue_types)
        _check_attribution(attribution)
        if not isinstance(models, str | os.PathLike | ModelSet):
            raise TypeError(f"QuoteTracer: models must be a ModelSet, 'auto', 'bundled', 'bundled-small', "
                            f"'stanza' or a model directory, not {type(models).__name__}")
        self.models = models if isinstance(models, ModelSet) else select_models(os.fspath(models))
        self.threads = threads
        self.workers = workers
        self.batch_size = batch_size
        self.lexicon = load_cue_lexicon()
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
        can show words per second (in worker mode once per document).

        Raises `TypeError` for an item that is not a pair of strings: a list or tuple is checked
        whole before any work, so nothing is annotated; any other iterable is checked as it is read,
        and the documents before the bad item are all yielded before the error is raised. A text
        that cannot be annotated (a lone surrogate, which no UTF-8 output can hold, or a model
        failure on that text) comes back as a `Failure` whatever the batch around it.
        """
        checked = _CheckedPairs(items)
        if progress is not None and not callable(progress):
            raise TypeError(f"QuoteTracer.extract: progress must be callable, not {type(progress).__name__}")
        return self._extract_checked(checked, progress)

    def _extract_checked(self, checked: _CheckedPairs,
                         progress: Callable[[int], None] | None) -> Iterator[Result | Failure]:
        iterator = iter(checked)
        if self.workers > 1:
            share = self._worker_batch_size()
            head = list(islice(iterator, share + 1))
            if len(head) > share:
                yield from self._extract_in_workers(chain(head, iterator), progress)
                checked.raise_if_bad()
                return
            iterator = iter(head)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._process_batch(batch, progress)
        checked.raise_if_bad()

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
        with WorkerPool(config, self.workers, initializer=_start_worker, task=_run_batch) as pool:
            for outcome in pool.extract(counted(items)):
                if progress is not None:
                    progress(texts.pop(outcome.document_id, 0))
                yield outcome

    def _process_batch(self, batch: list[tuple[str, str]],
                       progress: Callable[[int], None] | None = None) -> Iterator[Result | Failure]:
        refused = {index: Failure(doc_id, problem) for index, (doc_id, text) in enumerate(batch)
                   if (problem := _text_problem(doc_id, text)) is not None}
        good = [item for index, item in enumerate(batch) if index not in refused]
        outcomes = chain.from_iterable(
            self._stream_and_analyze(run[0], progress) if big else self._annotate_and_analyze(run, progress)
            for big, run in _runs(good))
        for index in range(len(batch)):
            yield refused[index] if index in refused else next(outcomes)

    def _annotate_and_analyze(self, batch: list[tuple[str, str]],
                              progress: Callable[[int], None] | None) -> Iterator[Result | Failure]:
        ids = [doc_id for doc_id, _ in batch]
        texts = [text for _, text in batch]
        try:
            documents = self.annotate(texts, ids, progress)
        except QuotetraceError as exc:
            if len(batch) == 1:
                yield Failure(batch[0][0], str(exc))
                return
            # one bad text must not sink its batch: retry one by one to find it
            for item in batch:
                yield from self._annotate_and_analyze([item], progress)
            return
        for document in documents:
            try:
                yield analyze(document, self.lexicon, self.cue_types, self.attribution)
            except Exception as exc:  # a rule bug on one document must not lose the others
                yield Failure(document.id, f"internal error in the rules: {type(exc).__name__}: {exc}")


    def _stream_and_analyze(self, item: tuple[str, str],
                            progress: Callable[[int], None] | None) -> Iterator[Result | Failure]:
        """One big text annotated and analysed window by window (`Annotator.annotate_in_windows`),
        each window's annotation dropped before the next is made: the same `Result` as `analyze` on
        the whole annotated document, with memory bounded by the window instead of the text."""
        doc_id, text = item
        parts = self.annotator.annotate_in_windows(text, doc_id, progress)
        results: list[Result] = []
        while True:
            try:
                window = next(parts, None)
            except QuotetraceError as exc:
                yield Failure(doc_id, str(exc))
                return
            if window is None:
                break
            try:
                results.append(analyze(window, self.lexicon, self.cue_types, self.attribution))
            except Exception as exc:  # as in _annotate_and_analyze: a rule bug fails this document only
                yield Failure(doc_id, f"internal error in the rules: {type(exc).__name__}: {exc}")
                return
            window = None  # not held while the next window is annotated
        yield results[0] if len(results) == 1 else windows.join_windows(doc_id, text, results)


def _runs(batch: list[tuple[str, str]]) -> Iterator[tuple[bool, list[tuple[str, str]]]]:
    """`batch` in order as (big, items): each text over `STREAM_CHARS` alone, the others in runs."""
    run: list[tuple[str, str]] = []
    for item in batch:
        if len(item[1]) > STREAM_CHARS:
            if run:
                yield False, run
                run = []
            yield True, [item]
        else:
            run.append(item)
    if run:
        yield False, run


def _text_problem(doc_id: str, text: str) -> str | None:
    """Why a text cannot be traced before any model sees it, or None."""
    for role, value in (("id", doc_id), ("text", text)):
        offset = lone_surrogate(value)
        if offset is not None:
            return (f"the {role} holds a lone surrogate at offset {offset} (half of a UTF-16 pair, "
                    "not a character; no UTF-8 output can hold it)")
    return None


def _check_count(name: str, value: object, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    expected = "None or an int ≥ 1" if allow_none else "an int ≥ 1"
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"QuoteTracer: {name} must be {expected}, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"QuoteTracer: {name} must be {expected}, not {value}")


def _checked_cue_types(cue_types: object) -> frozenset[str]:
    expected = f"an iterable of {', '.join(sorted(ALL_CUE_TYPES))}"
    if isinstance(cue_types, str | bytes) or not isinstance(cue_types, Iterable):
        hint = f" (write cue_types=[{cue_types!r}])" if isinstance(cue_types, str) else ""
        raise TypeError(f"QuoteTracer: cue_types must be {expected}, not {type(cue_types).__name__}{hint}")
    chosen = frozenset(cue_types)
    unknown = sorted(repr(v) for v in chosen if v not in ALL_CUE_TYPES)
    if unknown:
        raise ValueError(f"QuoteTracer: cue_types must be {expected}; unknown: {', '.join(unknown)}")
    return chosen


def _check_attribution(attribution: object) -> None:
    from .attribution.plan import CHOICES

    if not isinstance(attribution, str):
        raise TypeError(f"QuoteTracer: attribution must be one of {', '.join(CHOICES)}, "
                        f"not {type(attribution).__name__}")
    if attribution not in CHOICES:
        raise ValueError(f"QuoteTracer: attribution must be one of {', '.join(CHOICES)}, not {attribution!r}")


class _CheckedPairs:
    """The items as (document id, text) pairs of strings. A list or tuple is checked whole at once
    (a `TypeError` before any work); any other iterable item by item, stopping at the first bad
    one so that the pairs before it are still traced, and `raise_if_bad` raises afterwards."""

    def __init__(self, items: object) -> None:
        if isinstance(items, str | bytes):
            raise TypeError("QuoteTracer.extract expects an iterable of (document id, text) pairs, not one "
                            "string; write tracer.extract([('doc1', text)])")
        if not isinstance(items, Iterable):
            raise TypeError("QuoteTracer.extract expects an iterable of (document id, text) pairs, "
                            f"not {type(items).__name__}")
        self._items: Iterable[object] = items
        self._error: TypeError | None = None
        if isinstance(items, list | tuple):
            for number, item in enumerate(items):
                _check_pair(number, item)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for number, item in enumerate(self._items):
            try:
                pair = _check_pair(number, item)
            except TypeError as exc:
                self._error = exc
                return
            yield pair

    def raise_if_bad(self) -> None:
        if self._error is not None:
            raise self._error


def _check_pair(number: int, item: object) -> tuple[str, str]:
    if isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(v, str) for v in item):
        return item[0], item[1]
    raise TypeError(f"QuoteTracer.extract expects (document id, text) pairs of strings; {_what_is_wrong(number, item)}")


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


# One tracer per worker process (core/workers.py): built once by the pool's initializer, then used for
# every batch that process is sent. Module-level functions, so that a spawned process can import them.
_WORKER_TRACER: QuoteTracer | None = None


def _start_worker(config: WorkerConfig) -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it (and terminates the
    # workers), so that each worker does not print a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # before torch is imported in this process: its thread pools read these once
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(config.threads)
    global _WORKER_TRACER
    _WORKER_TRACER = QuoteTracer(config.models, threads=config.threads, batch_size=config.batch_size,
                                 cue_types=config.cue_types, attribution=config.attribution)


def _run_batch(batch: list[tuple[str, str]]) -> list[Result | Failure]:
    if _WORKER_TRACER is None:  # the pool's initializer builds it; this is a programming error
        raise RuntimeError("worker process without a tracer")
    return list(_WORKER_TRACER.extract(batch))


def extract(texts: Iterable[str], models: str = "auto") -> Iterator[Result | Failure]:
    """One-call convenience: number the texts ("0", "1", …) and run them through a fresh
    `QuoteTracer`. `texts` is an iterable of strings; one string alone raises `TypeError` (it would
    otherwise be read as one document per character), as does an item that is not a string."""
    if isinstance(texts, str | bytes):
        raise TypeError("extract expects an iterable of texts, not one string; write extract([text])")
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract expects an iterable of texts, not {type(texts).__name__}")
    tracer = QuoteTracer(models)
    return tracer.extract((str(i), text) for i, text in enumerate(texts))
