"""The public entry point: texts in, `Result`s out.

    from quotetrace.core.pipeline import QuoteTracer
    tracer = QuoteTracer()                     # loads the models once
    for result in tracer.extract(["..."]):     # many texts go through stanza together
        print(result.to_record())

`analyze(document)` is the model-free part: every rule over an annotated `Document`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from .annotate import shared_annotator
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
    quoted = find_quoted_spans(doc.text, doc.paragraphs)
    direct = find_direct_quotes(doc, quoted, lexicon)
    reported = find_reported_speech(doc, lexicon)
    quotes = merge_quotes(doc, direct, reported, quoted, lexicon)
    if attribution is not None:
        quotes = attribution.apply(doc, quotes, attribution_states)
    quotes = [q for q in quotes if q.cue_type in cue_types]
    quotes.sort(key=lambda q: (q.parts[0].start, q.parts[0].end))
    quotes = [_with_id(q, i) for i, q in enumerate(quotes, start=1)]
    resolved, entities = resolve_speakers(doc, quotes)
    resolved = [_with_speaker_step(q) for q in resolved]
    return Result(document_id=doc.id, text=doc.text, quotes=tuple(resolved), entities=tuple(entities))


def _with_speaker_step(quote: Quote) -> Quote:
    """Record in the trace how the speaker mention was linked: by its kind (a name, a pronoun, a
    description, a group, an anonymous source), or that it stayed unresolved."""
    if quote.speaker is None:
        return quote
    step = f"speaker:{quote.speaker.kind}" if quote.entity_id is not None else "speaker:unresolved"
    return replace(quote, trace=quote.trace + (step,))


def _with_id(quote: Quote, number: int) -> Quote:
    return replace(quote, id=f"q{number}")


class QuoteTracer:
    """Models loaded once; texts annotated in batches; one `Result` (or `Failure`) per text."""

    def __init__(self, models: str | ModelSet = "auto", *, threads: int | None = None, batch_size: int = 16,
                 cue_types: Iterable[str] = ALL_CUE_TYPES, attribution: str = "auto") -> None:
        from .attribution.runner import select_attribution

        self.models = models if isinstance(models, ModelSet) else select_models(models)
        self.annotator = shared_annotator(self.models, threads=threads)
        self.batch_size = max(1, batch_size)
        self.lexicon = load_cue_lexicon()
        self.cue_types = frozenset(cue_types)
        # the learned attribution model (core/attribution/), or None for the rules alone
        self.attribution = select_attribution(attribution, self.lexicon)

    def annotate(self, texts: Sequence[str], ids: Sequence[str]) -> list[Document]:
        """stanza's annotation of `texts` (one `Document` each, ids from `ids`), without the rules."""
        return self.annotator.annotate(texts, ids)

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]:
        """`items` are (document id, text) pairs; results come back in the same order."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[tuple[str, str]]) -> Iterator[Result | Failure]:
        ids = [doc_id for doc_id, _ in batch]
        texts = [text for _, text in batch]
        try:
            documents = self.annotate(texts, ids)
        except QuotetraceError:
            if len(batch) == 1:
                raise
            # one bad text must not sink its batch: retry one by one to find it
            for item in batch:
                yield from self._process_one(item)
            return
        for document in documents:
            try:
                yield analyze(document, self.lexicon, self.cue_types, self.attribution)
            except Exception as exc:  # a rule bug on one document must not lose the others
                yield Failure(document.id, f"internal error in the rules: {type(exc).__name__}: {exc}")

    def _process_one(self, item: tuple[str, str]) -> Iterator[Result | Failure]:
        try:
            yield from self._process_batch([item])
        except QuotetraceError as exc:
            yield Failure(item[0], str(exc))


def extract(texts: Iterable[str], models: str = "auto") -> Iterator[Result | Failure]:
    """One-call convenience: number the texts and run them through a fresh `QuoteTracer`."""
    tracer = QuoteTracer(models)
    return tracer.extract((str(i), text) for i, text in enumerate(texts))
