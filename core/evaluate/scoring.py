"""Scores over matched documents: precision, recall and F1 per kind, as the package docstring
(`core/evaluate/__init__.py`: Metrics) defines them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from ..brat import GoldDocument
from .matching import DocMatch, match_all, speaker_agrees

REPORT_SCHEMA = "quotetrace-eval/1"
KINDS = ("all", "direct", "indirect")


def score(gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Evaluation report (a JSON-serialisable dict, schema `REPORT_SCHEMA`) of `predictions`
    (`quotetrace/1` records by document id) against `gold`; metrics as the module docstring defines."""
    matches = match_all(gold, predictions)
    tally = _tally(matches)
    metrics = {}
    for kind, t in tally.items():
        metrics[kind] = {
            "content_exact": _prf(t["exact_predicted"], t["predicted"], t["exact_gold"], t["gold"]),
            "content_partial": _prf(
                t["partial_precision_credit"], t["predicted"], t["partial_recall_credit"], t["gold"]
            ),
            "content_matched": _prf(t["matched_predicted"], t["predicted"], t["matched_gold"], t["gold"]),
            "source": _prf(t["source_correct"], t["source_predicted"], t["source_correct"], t["source_gold"]),
            "cue_accuracy": _rounded(_ratio(t["cue_correct"], t["cue_gold"])),
            "end_to_end": _prf(t["end_to_end_predicted"], t["predicted"], t["end_to_end_gold"], t["gold"]),
        }
    known = {doc.id for doc in gold}
    return {
        "schema": REPORT_SCHEMA,
        "documents": len(gold),
        "metrics": metrics,
        "counts": {kind: {name: _number(v) for name, v in sorted(t.items())} for kind, t in tally.items()},
        "gold": {
            "annotator_choices": [
                {"document": doc.id, "used": doc.ann_file, "ignored": list(doc.ignored_files)}
                for doc in gold
                if doc.ignored_files
            ],
            "note_spans_ignored": sum(doc.note_spans for doc in gold),
            "attributions_without_content": sum(doc.without_content for doc in gold),
            "contents_without_words": sum(m.dropped_gold for m in matches),
        },
        "predictions": {
            "documents_missing": sorted(known - predictions.keys()),
            "documents_unknown": sorted(predictions.keys() - known),
            "quotes_without_words": sum(m.dropped_pred for m in matches),
        },
    }


def _tally(matches: list[DocMatch]) -> dict[str, dict[str, float]]:
    """Counts and credits per kind (all, direct, indirect), summed over every document."""
    tally: dict[str, dict[str, float]] = {kind: defaultdict(float) for kind in KINDS}

    def add(name: str, direct: bool, amount: float = 1.0) -> None:
        tally["all"][name] += amount
        tally["direct" if direct else "indirect"][name] += amount

    for m in matches:
        for g in m.gold:
            add("gold", g.direct)
        for p in m.pred:
            add("predicted", p.direct)
        for gi, pi in m.exact:
            add("exact_gold", m.gold[gi].direct)
            add("exact_predicted", m.pred[pi].direct)
        for gi, pi, shared in m.partial:
            add("partial_recall_credit", m.gold[gi].direct, shared / len(m.gold[gi].words))
            add("partial_precision_credit", m.pred[pi].direct, shared / len(m.pred[pi].words))
        for gi, pi in m.matched:
            g, p = m.gold[gi], m.pred[pi]
            add("matched_gold", g.direct)
            add("matched_predicted", p.direct)
            add("source_gold", g.direct, float(bool(g.who.parts)))
            add("source_predicted", g.direct, float(bool(p.who.parts)))
            add("source_correct", g.direct, float(g.who.agrees(p.who)))
            if g.cue.parts:
                add("cue_gold", g.direct)
                add("cue_correct", g.direct, float(g.cue.agrees(p.cue)))
            if speaker_agrees(g, p):
                add("end_to_end_gold", g.direct)
                add("end_to_end_predicted", p.direct)
    return tally


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else round(value, 4)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float | None]:
    precision, recall = _ratio(p_num, p_den), _ratio(r_num, r_den)
    f1: float | None = None
    if precision is not None or recall is not None:
        p, r = precision or 0.0, recall or 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": _rounded(precision), "recall": _rounded(recall), "f1": _rounded(f1)}


def quote_outcomes(gold: list[GoldDocument],
                   predictions: Mapping[str, Mapping[str, Any]]) -> dict[tuple[str, str], bool]:
    """Whether each predicted quote is right end to end (content matched and speaker agreeing, as
    in `score`), keyed by (document id, quote id); quotes whose content has no word are left out.
    For per-rule precision and confidence calibration."""
    outcomes: dict[tuple[str, str], bool] = {}
    for m in match_all(gold, predictions):
        right = {pi for gi, pi in m.matched if speaker_agrees(m.gold[gi], m.pred[pi])}
        for pi, quote in enumerate(m.pred):
            outcomes[(m.doc.id, quote.label)] = pi in right
    return outcomes
