"""Matching predicted quotes to gold ones by the words their contents cover (the method is in the
package docstring, `core/evaluate/__init__.py`: Matching). Offsets are code points, end exclusive."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..brat import GoldAttribution, GoldDocument
from ..errors import EvaluationError
from ..model import Span

MATCH_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Spans:
    """A content, source, speaker or cue: its fragments (none when absent) and the words they cover."""

    parts: tuple[Span, ...]
    words: frozenset[int]

    def agrees(self, other: Spans) -> bool:
        # Cues can be pure punctuation (":", "--"), which covers no word; compare characters then.
        if self.words and other.words:
            return bool(self.words & other.words)
        return any(a.overlaps(b) for a in self.parts for b in other.parts)

    def text(self, text: str) -> str | None:
        return " ".join(part.text_of(text) for part in self.parts) if self.parts else None


@dataclass(frozen=True, slots=True)
class ScoredQuote:
    """Either side's quote reduced to what scoring needs. `who` is the gold source or predicted speaker."""

    label: str
    content: Spans
    who: Spans
    cue: Spans
    direct: bool
    confidence: float = 1.0

    @property
    def words(self) -> frozenset[int]:
        return self.content.words

    @property
    def parts(self) -> tuple[Span, ...]:
        return self.content.parts


@dataclass(slots=True)
class DocMatch:
    doc: GoldDocument
    gold: list[ScoredQuote]
    pred: list[ScoredQuote]
    exact: list[tuple[int, int]]
    partial: list[tuple[int, int, int]]  # gold index, pred index, shared words
    matched: list[tuple[int, int]]
    dropped_gold: int
    dropped_pred: int


class Words:
    """Word tokens of one text, for mapping character spans to word indices."""

    _WORD = re.compile(r"[^\W_]+")

    def __init__(self, text: str) -> None:
        found = [m.span() for m in self._WORD.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def covered(self, spans: Iterable[Span]) -> Spans:
        parts = tuple(spans)
        indices: set[int] = set()
        for part in parts:
            if len(part):  # an empty span covers nothing, even inside a word
                indices.update(range(bisect_right(self.ends, part.start), bisect_left(self.starts, part.end)))
        return Spans(parts, frozenset(indices))


def _gold_quote(item: GoldAttribution, words: Words) -> ScoredQuote:
    return ScoredQuote(
        label=item.id,
        content=words.covered(item.content),
        who=words.covered(item.source),
        cue=words.covered(item.cue),
        direct=item.direct,
    )


def _pred_quote(raw: Any, doc: GoldDocument, words: Words) -> ScoredQuote:
    where = f"prediction for {doc.id!r}, quote {raw.get('id', '?') if isinstance(raw, dict) else '?'}"
    if not isinstance(raw, dict) or not isinstance(raw.get("spans"), list):
        raise EvaluationError(f"{where}: expected an object with 'spans' (a list of [start, end])")
    if raw.get("kind") not in ("direct", "mixed", "indirect"):
        raise EvaluationError(f"{where}: kind must be direct, mixed or indirect, not {raw.get('kind')!r}")
    parts = sorted(_checked_span(pair, doc, where) for pair in raw["spans"])
    speaker, cue = (
        None if raw.get(key) is None else _checked_span(raw[key], doc, f"{where} {key}")
        for key in ("speaker", "cue")
    )
    confidence = raw.get("confidence", 0.0)
    return ScoredQuote(
        label=str(raw.get("id", "")),
        content=words.covered(parts),
        who=words.covered([speaker] if speaker else []),
        cue=words.covered([cue] if cue else []),
        direct=raw["kind"] != "indirect",
        confidence=float(confidence) if isinstance(confidence, int | float) else 0.0,
    )


def _checked_span(value: Any, doc: GoldDocument, where: str) -> Span:
    if isinstance(value, dict):
        value = [value.get("start"), value.get("end")]
    if not (isinstance(value, list) and len(value) == 2 and all(type(n) is int for n in value)):
        raise EvaluationError(f"{where}: expected [start, end] or {{'start', 'end'}}, got {value!r}")
    start, end = value
    if not 0 <= start <= end <= len(doc.text):
        raise EvaluationError(
            f"{where}: span {start}..{end} is outside the gold text ({len(doc.text)} chars); "
            "were the predictions made on a different text?"
        )
    return Span(start, end)


Candidate = tuple[tuple[float, ...], int, int]  # (sort key, gold index, pred index)


def _greedy(candidates: list[Candidate]) -> list[tuple[int, int]]:
    """One-to-one pairs, taking the candidates lowest sort key first."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def _match(doc: GoldDocument, record: Mapping[str, Any] | None) -> DocMatch:
    words = Words(doc.text)
    gold_all = [_gold_quote(item, words) for item in doc.attributions]
    raw_quotes = [] if record is None else record.get("quotes", [])
    if not isinstance(raw_quotes, list):
        raise EvaluationError(f"prediction for {doc.id!r}: 'quotes' must be a list")
    pred_all = [_pred_quote(raw, doc, words) for raw in raw_quotes]
    # Content without a single word can be neither matched nor partly credited.
    gold = [q for q in gold_all if q.words]
    pred = [q for q in pred_all if q.words]

    by_words: dict[frozenset[int], list[int]] = defaultdict(list)
    for pi, quote in enumerate(pred):
        by_words[quote.words].append(pi)
    exact = []
    for gi, quote in enumerate(gold):
        if by_words.get(quote.words):
            exact.append((gi, by_words[quote.words].pop(0)))

    overlapping: list[Candidate] = []
    passing: list[Candidate] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = len(g.words & p.words)
            if not shared:
                continue
            # Most shared words first; Jaccard then prefers the tighter of two equal overlaps, and
            # speaker agreement picks between copies of one content (PolNeAR shares a few).
            key = (-shared, -shared / len(g.words | p.words), -float(speaker_agrees(g, p)))
            overlapping.append((key, gi, pi))
            if shared >= MATCH_THRESHOLD * len(g.words) and shared >= MATCH_THRESHOLD * len(p.words):
                passing.append((key, gi, pi))
    partial = [(g, p, len(gold[g].words & pred[p].words)) for g, p in _greedy(overlapping)]
    dropped = (len(gold_all) - len(gold), len(pred_all) - len(pred))
    return DocMatch(doc, gold, pred, exact, partial, _greedy(passing), *dropped)


def speaker_agrees(gold: ScoredQuote, pred: ScoredQuote) -> bool:
    if not gold.who.parts:
        return not pred.who.parts
    return gold.who.agrees(pred.who)


def match_all(gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]]) -> list[DocMatch]:
    ids = [doc.id for doc in gold]
    if len(set(ids)) != len(ids):
        raise EvaluationError("gold documents have duplicate ids; each text stem must be unique")
    return [_match(doc, predictions.get(doc.id)) for doc in gold]
