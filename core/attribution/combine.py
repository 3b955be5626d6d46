"""Turn assembled attributions into `Quote`s (rule `model`) and combine them with the rules' quotes.

The hybrid (`combine`) starts from the rules: a reported-speech rule whose measured end-to-end
precision on PolNeAR dev is under `DROP_BELOW` is left out (direct quotes always stay); where a rule
quote and a model quote describe the same words, the rule's reading is kept (`rules_over_model`)
unless the model was right on clearly more such pairs on dev (training/attribution.py's MARGIN);
model quotes the rules did not find are added.
Only model quotes of at least the policy's calibrated confidence threshold (fitted on dev) take
part. (Replacing a rule quote's confidence by its rule's dev precision was tried: the speaker
factor applied after it raised the hybrid's calibration error on dev from 6.2 to 7.3 points.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Document, Mention, Quote, QuoteKind, Span
from ..quotes.indirect.clausal import asks_anonymity
from ..quotes.marks import QuotedSpan
from ..syntax import mention_kind
from .assemble import Attribution, segment_span
from .features import Words

DROP_BELOW = 0.5  # a rule right end to end less often than this on dev is left out of the hybrid
OVERLAP = 0.5  # a rule quote is the model's when half of either content's characters are shared


def to_quotes(doc: Document, words: Words, attributions: Sequence[Attribution], quoted: Sequence[QuotedSpan],
              calibration: Sequence[tuple[float, float]] = ()) -> list[Quote]:
    """One `Quote` per attribution with at least one content part left after trimming (and after
    dropping a part that is an anonymity clause, 'not to be named'); the
    speaker mention's head is the parse's top token inside the source segment. Confidence is
    `raw_confidence` through the calibration table (speaker linking may lower it later, as it
    does for every rule)."""
    areas = [q.content for q in quoted if q.depth == 0]
    quotes: list[Quote] = []
    for attribution in attributions:
        parts = [span for segment in attribution.contents
                 if (span := segment_span(words, segment, strip_marks=True)) is not None
                 and not _anonymity_clause(doc, span)]
        if not parts:
            continue
        cue = segment_span(words, attribution.cue) if attribution.cue is not None else None
        speaker = None
        if attribution.source is not None:
            source = segment_span(words, attribution.source, strip_marks=True)
            speaker = _mention(doc, source) if source is not None else None
        quotes.append(Quote(id="", kind=_kind(parts, areas), parts=tuple(parts), cue=cue, speaker=speaker,
                            confidence=calibrate(raw_confidence(attribution), calibration), rule="model",
                            trace=("model",)))
    return quotes


def _anonymity_clause(doc: Document, part: Span) -> bool:
    """'who asked not to be named': a speaker's wish to stay anonymous is never a report, though the
    tagger sometimes reads one (the rules skip it too, in `quotes.indirect.clausal`)."""
    inside = doc.tokens_in(part)
    members = {t.index for t in inside}
    return any(t.head not in members and asks_anonymity(doc, t) for t in inside)


def raw_confidence(attribution: Attribution) -> float:
    """The product of the mean role probabilities of content, cue and source (a missing cue or
    source counts 0.5): the tagger's belief that all three are right."""
    content = sum(s.probability * (s.last - s.first + 1) for s in attribution.contents) / sum(
        s.last - s.first + 1 for s in attribution.contents)
    cue = attribution.cue.probability if attribution.cue is not None else 0.5
    source = attribution.source.probability if attribution.source is not None else 0.5
    return content * cue * source


def calibrate(raw: float, table: Sequence[tuple[float, float]]) -> float:
    """Piecewise-linear map of a raw confidence through (raw, share correct) points fitted on
    PolNeAR dev (`training/attribution.py calibrate`); the raw value when there is no table."""
    if not table:
        return raw
    if raw <= table[0][0]:
        return table[0][1]
    for (x0, y0), (x1, y1) in zip(table, table[1:], strict=False):
        if raw <= x1:
            return y0 + (y1 - y0) * (raw - x0) / max(x1 - x0, 1e-9)
    return table[-1][1]


def _kind(parts: Sequence[Span], areas: Sequence[Span]) -> QuoteKind:
    size = sum(len(p) for p in parts)
    inside = sum(max(0, min(p.end, a.end) - max(p.start, a.start)) for p in parts for a in areas)
    if inside >= 0.8 * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def _mention(doc: Document, span: Span) -> Mention:
    tokens = [t for t in doc.tokens if t.span.overlaps(span) and len(t.span) > 0]
    text = span.text_of(doc.text)
    if not tokens:
        return Mention(span=span, text=text, kind="description")
    members = {t.index for t in tokens}
    head = next((t for t in tokens if t.head not in members), tokens[-1])
    return Mention(span=span, text=text, kind=mention_kind(doc, head, tokens), head=head.index)


def combine(model: Sequence[Quote], rules: Sequence[Quote], precision: Mapping[str, float],
            rules_over_model: frozenset[str] = frozenset(), threshold: float = 0.0) -> list[Quote]:
    """The hybrid's quotes (see the module docstring); `precision` by rule id, as measured on dev."""
    kept = [quote for quote in model if quote.confidence >= threshold]
    for quote in rules:
        # a quotation in marks is speech whoever said it: direct-quote detection stays (a short
        # unattributed line of dialogue is right by issue 14, though PolNeAR, which marks no
        # quote without a source, scores `unattributed` at 0 %); only reported-speech rules drop
        if quote.kind != "direct" and precision.get(quote.rule, 1.0) < DROP_BELOW:
            continue
        overlapping = [i for i, other in enumerate(kept) if other.rule == "model" and _same_words(quote, other)]
        if overlapping and quote.rule not in rules_over_model:
            continue
        kept = [other for i, other in enumerate(kept) if i not in overlapping] + [quote]
    return kept


def _same_words(one: Quote, other: Quote) -> bool:
    shared = sum(max(0, min(a.end, b.end) - max(a.start, b.start)) for a in one.parts for b in other.parts)
    return shared >= OVERLAP * min(sum(len(p) for p in one.parts), sum(len(p) for p in other.parts))
