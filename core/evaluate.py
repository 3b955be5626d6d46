r"""Score quote predictions against gold attributions in brat standoff (PolNeAR / PARC style).

## Evaluation

**Gold.** A gold folder holds `text/<stem>.txt` and `attributions/<stem>_<annotator>.ann`
(`attributions/<stem>.ann` is accepted too). Texts are read with `newline=''` and every offset is a
code-point offset; each span's stored text is checked against the `.txt` (ignoring whitespace).
Each `E` record that has a `Content` role is one gold quote: its content is the union of the
`Content` and `Content2` fragments (a fragment list `s e;s e` is a discontinuous span), its source
is the `Source` span (none for `Attribution-no-source`) and its cue the `Cue` span. `E` records
without a `Content` role are skipped. `Discuss` and `Discard` spans are annotator notes and
`Attribution` spans are event triggers: neither is a quote. When an article has several `.ann` files
(one per annotator) the file whose name sorts first is the gold, and the report lists each such
choice. Other folders, such as `attributions-other-annotators/`, are not read.

**Predictions.** One `quotetrace/1` record per document (what `quotetrace` writes, one JSON object
per line in a `.jsonl` file), tied to the gold by `id` == the text's stem. A gold document without
a record counts as a document where the system found nothing; records with an unknown `id` are
listed in the report and ignored.

**Words.** Scores count word tokens, not characters: a word is a run of letters and digits
(`[^\W_]+`), so punctuation and white space never count. A span covers every word it overlaps by
at least one character, so a span that starts or ends mid-word covers the whole word. Quotes whose
content covers no word are left out on both sides (the report counts them). Two source, speaker or
cue spans *agree* when they share a word, or, when one of them covers no word (PolNeAR has cues
that are only `:` or `--`), when they share a character.

**Direct and indirect.** A gold quote is *direct* when its content text contains a double
quotation mark (`“ ” „ ‟ " « » ‹ ›`, or `''` and ` `` `), or a pair of single quotation marks
around a phrase: an opening `‘` or `'` at the start of a word (after the start of the text, a
space, a bracket or a dash) followed later by a closing `’` or `'` at the end of a word (before the
end of the text, a space or punctuation). Apostrophes inside a word (*don't*, *O'Malley's*),
elisions (*the '90s*, *'em*, *'til*, *rock 'n' roll*) and a lone plural possessive
(*students' books*) are not quotation marks. Mixed quotes (a paraphrase with a quoted fragment)
are direct. Every other gold quote is *indirect*. A predicted quote is direct when its `kind` is
`direct` or `mixed`.

**Matching.** Within each document, gold and predicted quotes are paired one-to-one, greedily:
candidate pairs are taken in order of shared words (most first), then Jaccard overlap of the word
sets, then whether the speaker agrees with the gold source, then text position. Each gold and each
predicted quote is used at most once.

**Metrics.** All micro-averaged: counts and credits are summed over every document before dividing.
Precision divides by the number of predicted quotes, recall by the number of gold quotes, and F1 is
their harmonic mean.

- *Content exact*: a pair whose content word sets are identical (paired one-to-one).
- *Content partial* (soft overlap, as in Pareti 2016 and Scheible et al. 2016): pairs share at least
  one word; each pair earns precision credit `shared / predicted words` and recall credit
  `shared / gold words`. Precision is the summed precision credit over the number of predictions,
  recall the summed recall credit over the number of gold quotes.
- *Content matched*: a pair where the shared words are at least 50 % of the gold words and at least
  50 % of the predicted words. Source, cue and end-to-end scores are computed on these pairs.
- *Source* P/R/F1, over content-matched pairs: a pair is correct when the predicted speaker span
  agrees with the gold source span. Precision divides by the pairs whose prediction names a
  speaker, recall by the pairs whose gold has a source; pairs where neither side has one are not
  counted here.
- *Cue accuracy*, over content-matched pairs whose gold has a cue: the share whose predicted cue
  agrees with the gold cue.
- *End-to-end* P/R/F1: a pair that is content-matched and whose predicted speaker agrees with
  the gold source, or, for a gold quote without a source, whose prediction has no speaker either.

Each metric is reported for *all* quotes, *direct* ones and *indirect* ones. Matching ignores the
kind. Recall-side numbers are counted under the gold quote's kind, and precision-side numbers under
the predicted quote's kind, so a direct gold quote found as indirect still counts as found. The
per-pair scores (source, cue) are counted under the gold quote's kind. A ratio with a zero
denominator is `null`. F1 is 0 when either side is 0 or `null`, and `null` when both are `null`.

**Errors** (`find_errors`). *Misses* are gold quotes that are not content-matched: those with the
least overlap with any prediction come first, then longer ones first. *False alarms* are predicted
quotes that are not content-matched: least overlap first, then the most confident, then longer ones.
*Wrong source* lists content-matched pairs that fail end-to-end, confident ones first. Each error
has its content, about 60 characters of context on each side (stopping at a paragraph break), the
gold source and the predicted speaker. For a miss or a false alarm, these come from the quote on
the other side that overlaps it most.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .brat import GoldAttribution, GoldDocument, gold_to_records, is_direct, parse_ann, read_brat_corpus
from .errors import EvaluationError
from .model import SCHEMA, Span, cover

# the gold side lives in brat.py; its public names stay importable from here
__all__ = ["KINDS", "MATCH_THRESHOLD", "REPORT_SCHEMA", "GoldAttribution", "GoldDocument", "find_errors",
           "gold_to_records", "is_direct", "parse_ann", "read_brat_corpus", "read_predictions_jsonl", "score"]

REPORT_SCHEMA = "quotetrace-eval/1"
KINDS = ("all", "direct", "indirect")
MATCH_THRESHOLD = 0.5


# ---------------------------------------------------------------------------------------------
# Predictions


def read_predictions_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """quotetrace/1 records from a JSON-lines file, by document id."""
    records: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8-sig") as handle:  # tolerate a BOM some editors add
            lines = list(handle)
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"cannot read predictions {path}: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvaluationError(
                f"{path} line {number}: not JSON ({error.msg}); write one quotetrace/1 record per line"
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise EvaluationError(f"{path} line {number}: expected a quotetrace/1 object with a string 'id'")
        if record.get("schema", SCHEMA) != SCHEMA:
            raise EvaluationError(f"{path} line {number}: schema {record['schema']!r} is not {SCHEMA}")
        if record["id"] in records:
            raise EvaluationError(f"{path} line {number}: document id {record['id']!r} appears twice")
        records[record["id"]] = record
    return records


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass(frozen=True, slots=True)
class _Spans:
    """A content, source, speaker or cue: its fragments (none when absent) and the words they cover."""

    parts: tuple[Span, ...]
    words: frozenset[int]

    def agrees(self, other: _Spans) -> bool:
        # Cues can be pure punctuation (":", "--"), which covers no word; compare characters then.
        if self.words and other.words:
            return bool(self.words & other.words)
        return any(a.overlaps(b) for a in self.parts for b in other.parts)

    def text(self, text: str) -> str | None:
        return " ".join(part.text_of(text) for part in self.parts) if self.parts else None


@dataclass(frozen=True, slots=True)
class _Quote:
    """Either side's quote reduced to what scoring needs. `who` is the gold source or predicted speaker."""

    label: str
    content: _Spans
    who: _Spans
    cue: _Spans
    direct: bool
    confidence: float = 1.0

    @property
    def words(self) -> frozenset[int]:
        return self.content.words

    @property
    def parts(self) -> tuple[Span, ...]:
        return self.content.parts


@dataclass(slots=True)
class _DocMatch:
    doc: GoldDocument
    gold: list[_Quote]
    pred: list[_Quote]
    exact: list[tuple[int, int]]
    partial: list[tuple[int, int, int]]  # gold index, pred index, shared words
    matched: list[tuple[int, int]]
    dropped_gold: int
    dropped_pred: int


class _Words:
    """Word tokens of one text, for mapping character spans to word indices."""

    _WORD = re.compile(r"[^\W_]+")

    def __init__(self, text: str) -> None:
        found = [m.span() for m in self._WORD.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def covered(self, spans: Iterable[Span]) -> _Spans:
        parts = tuple(spans)
        indices: set[int] = set()
        for part in parts:
            if len(part):  # an empty span covers nothing, even inside a word
                indices.update(range(bisect_right(self.ends, part.start), bisect_left(self.starts, part.end)))
        return _Spans(parts, frozenset(indices))


def _gold_quote(item: GoldAttribution, words: _Words) -> _Quote:
    return _Quote(
        label=item.id,
        content=words.covered(item.content),
        who=words.covered(item.source),
        cue=words.covered(item.cue),
        direct=item.direct,
    )


def _pred_quote(raw: Any, doc: GoldDocument, words: _Words) -> _Quote:
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
    return _Quote(
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


_Candidate = tuple[tuple[float, ...], int, int]  # (sort key, gold index, pred index)


def _greedy(candidates: list[_Candidate]) -> list[tuple[int, int]]:
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


def _match(doc: GoldDocument, record: Mapping[str, Any] | None) -> _DocMatch:
    words = _Words(doc.text)
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

    overlapping: list[_Candidate] = []
    passing: list[_Candidate] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = len(g.words & p.words)
            if not shared:
                continue
            # Most shared words first; Jaccard then prefers the tighter of two equal overlaps, and
            # speaker agreement picks between copies of one content (PolNeAR shares a few).
            key = (-shared, -shared / len(g.words | p.words), -float(_speaker_ok(g, p)))
            overlapping.append((key, gi, pi))
            if shared >= MATCH_THRESHOLD * len(g.words) and shared >= MATCH_THRESHOLD * len(p.words):
                passing.append((key, gi, pi))
    partial = [(g, p, len(gold[g].words & pred[p].words)) for g, p in _greedy(overlapping)]
    dropped = (len(gold_all) - len(gold), len(pred_all) - len(pred))
    return _DocMatch(doc, gold, pred, exact, partial, _greedy(passing), *dropped)


def _speaker_ok(gold: _Quote, pred: _Quote) -> bool:
    if not gold.who.parts:
        return not pred.who.parts
    return gold.who.agrees(pred.who)


def _match_all(gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]]) -> list[_DocMatch]:
    ids = [doc.id for doc in gold]
    if len(set(ids)) != len(ids):
        raise EvaluationError("gold documents have duplicate ids; each text stem must be unique")
    return [_match(doc, predictions.get(doc.id)) for doc in gold]


# ---------------------------------------------------------------------------------------------
# Scores


def score(gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Evaluation report (a JSON-serialisable dict, schema `REPORT_SCHEMA`) of `predictions`
    (`quotetrace/1` records by document id) against `gold`; metrics as the module docstring defines."""
    matches = _match_all(gold, predictions)
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


def _tally(matches: list[_DocMatch]) -> dict[str, dict[str, float]]:
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
            if _speaker_ok(g, p):
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
    for m in _match_all(gold, predictions):
        right = {pi for gi, pi in m.matched if _speaker_ok(m.gold[gi], m.pred[pi])}
        for pi, quote in enumerate(m.pred):
            outcomes[(m.doc.id, quote.label)] = pi in right
    return outcomes


# ---------------------------------------------------------------------------------------------
# Errors


def find_errors(
    gold: list[GoldDocument], predictions: Mapping[str, Mapping[str, Any]], n: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """The `n` worst misses, false alarms and wrong sources, each with its context (see module doc)."""
    misses: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    alarms: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    wrong: list[tuple[tuple[float, ...], dict[str, Any]]] = []
    for d, m in enumerate(_match_all(gold, predictions)):
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
            if not _speaker_ok(g, p):
                share = round(len(g.words & p.words) / len(g.words), 4)
                wrong.append(((-p.confidence, d, gi), _error(m.doc, g, g, p, share)))
    return {
        name: [entry for _, entry in sorted(found, key=lambda item: item[0])[: max(n, 0)]]
        for name, found in (("misses", misses), ("false_alarms", alarms), ("wrong_source", wrong))
    }


def _closest(quote: _Quote, others: list[_Quote]) -> tuple[_Quote | None, float]:
    best = max(others, key=lambda o: len(quote.words & o.words), default=None)
    if best is None or not quote.words & best.words:
        return None, 0.0
    return best, round(len(quote.words & best.words) / len(quote.words), 4)


def _error(
    doc: GoldDocument, quote: _Quote, gold: _Quote | None, pred: _Quote | None, share: float
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
