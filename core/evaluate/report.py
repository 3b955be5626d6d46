"""The worst errors of a run, each with its context: misses, false alarms and wrong sources (see
the package docstring, `core/evaluate/__init__.py`: Errors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..brat import GoldDocument
from ..model import cover
from .matching import ScoredQuote, match_all, speaker_agrees


def find_errors(
    gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]], n: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """The `n` worst misses, false alarms and wrong sources, each with its context (see module doc)."""
    misses: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    alarms: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    wrong: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    for d, m in enumerate(match_all(gold, predictions)):
        gold_done = {gi for gi, _ in m.matched}
        pred_done = {pi for _, pi in m.matched}
        for gi, g in enumerate(m.gold):
            if gi not in gold_done:
                other, share = _closest(g, m.pred)
                misses.append(((share, -len(g.words), d, gi), _error(m.doc, g, g, other, share)))
        for pi, p in enumerate(m.pred):
            if pi not in pred_done:
                other, share = _closest(p, m.gold)
                key = (share, -p.confidence, -len(p.words), d, pi)
                alarms.append((key, _error(m.doc, p, other, p, share)))
        for gi, pi in m.matched:
            g, p = m.gold[gi], m.pred[pi]
            if not speaker_agrees(g, p):
                share = round(len(g.words & p.words) / len(g.words), 4)
                wrong.append(((-p.confidence, d, gi), _error(m.doc, g, g, p, share)))
    return {
        name: [entry for _, entry in sorted(found, key=lambda item: item[0])[: max(n, 0)]]
        for name, found in (("misses", misses), ("false_alarms", alarms), ("wrong_source", wrong))
    }


def _closest(quote: ScoredQuote, others: list[ScoredQuote]) -> tuple[ScoredQuote | None, float]:
    best = max(others, key=lambda o: len(quote.words & o.words), default=None)
    if best is None or not quote.words & best.words:
        return None, 0.0
    return best, round(len(quote.words & best.words) / len(quote.words), 4)


def _error(
    doc: GoldDocument, quote: ScoredQuote, gold: ScoredQuote | None, pred: ScoredQuote | None, share: float
) -> dict[str, Any]:
    text = doc.text
    whole = cover(quote.parts)
    start = _context_edge(text, whole.start, -1)
    end = _context_edge(text, whole.end, 1)
    return {
        "document": doc.id,
        "id": quote.label,
        "kind": "direct" if quote.direct else "indirect",
        "content": " ".join(part.text_of(text) for part in quote.parts),
        "spans": [part.as_list() for part in quote.parts],
        # Newlines become spaces (same length), so highlight offsets stay valid in the context.
        "context": text[start:end].replace("\n", " ").replace("\r", " "),
        "highlight": [[part.start - start, part.end - start] for part in quote.parts],
        "gold_source": None if gold is None else gold.who.text(text),
        "predicted_speaker": None if pred is None else pred.who.text(text),
        "overlap": share,
        "confidence": None if pred is None else pred.confidence,  # of the prediction involved
    }


def _context_edge(text: str, offset: int, step: int, reach: int = 60) -> int:
    """Up to `reach` characters away from `offset`, stopping at a paragraph break or a word edge."""
    if step < 0:
        limit = max(0, offset - reach)
        stop = text.rfind("\n", limit, offset)
        edge = stop + 1 if stop >= 0 else limit
        while 0 < edge < offset and not text[edge - 1].isspace():
            edge += 1
        return edge
    limit = min(len(text), offset + reach)
    stop = text.find("\n", offset, limit)
    edge = stop if stop >= 0 else limit
    while offset < edge < len(text) and not text[edge].isspace():
        edge -= 1
    return edge
