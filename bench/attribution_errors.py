"""Error analysis of the hybrid attribution: every miss and false alarm on PolNeAR dev and train[:80],
split by cause.

    .venv/bin/python bench/attribution_errors.py --documents DIR --states DIR [--head FILE] [--out X.json]

--documents and --states as for `bench/attribution.py` (cached stanza Documents and MiniLM word
states, both outside the repository). Each gold quote the hybrid does not get right end to end
(content matched and speaker agreeing, `core/evaluate.py`) is put under the first cause that fits:

- `combination: rule right, dropped` / `combination: model right, not kept`: the rules alone or the
  model alone had it right, and the hybrid's choice lost it (a dropped rule, a model quote under the
  threshold or in a heading, the wrong side of a rule-vs-model overlap);
- `source (rule)` / `source (model, cue wrong)` / `source (model, no speaker)` /
  `source (model, speaker wrong)`: the content is matched, the speaker is not; for a model quote,
  whether the cue it was linked to is the gold cue tells cue-content linking from source linking;
- `boundary (rule)` / `boundary (model, tags right)` / `boundary (model, tags wrong)`: a hybrid quote
  shares words with the gold content but not half of each side's; for a model quote, whether the
  tagger's Content words alone would have matched tells assembly from tagging;
- `missed (tagged)` / `missed (not tagged)`: no hybrid quote shares a word; whether the tagger
  tagged at least half of the gold content's words Content.

False alarms (hybrid quotes not right end to end) are split into wrong source (the same pairs as
above), boundary (shares words with a gold quote but is not matched) and spurious (no shared word),
each by origin (the rule's id or `model`). The tables count discontinuous gold contents (more than one
part) in a column of their own. Everything is printed and written as JSON to --out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "training"))

import torch  # noqa: E402
from attribution import _cached_states, _documents, _gold, predict  # noqa: E402  (training/attribution.py)
from quotetrace.core.attribution.assemble import segments  # noqa: E402
from quotetrace.core.attribution.runner import load_attribution_model  # noqa: E402
from quotetrace.core.cues import load_cue_lexicon  # noqa: E402
from quotetrace.core.evaluate.matching import match_all, speaker_agrees  # noqa: E402  (the scorer's own pairing)

_WORD = re.compile(r"[^\W_]+")


def _statuses(gold: list[Any], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per document: the scorer's pairing, and for each gold index its status (right, speaker,
    partial, none) and the predicted index it is paired with or overlaps most."""
    out: dict[str, Any] = {}
    for m in match_all(gold, records):
        status: dict[int, tuple[str, int | None]] = {}
        matched = dict(m.matched)
        for gi, g in enumerate(m.gold):
            if gi in matched:
                pi = matched[gi]
                status[gi] = ("right" if speaker_agrees(g, m.pred[pi]) else "speaker", pi)
                continue
            best = max(range(len(m.pred)), key=lambda p: len(g.words & m.pred[p].words), default=None)
            if best is not None and g.words & m.pred[best].words:
                status[gi] = ("partial", best)
            else:
                status[gi] = ("none", None)
        out[m.doc.id] = (m, status)
    return out


def _content_words(text: str, spans: list[tuple[int, int]]) -> list[frozenset[int]]:
    """Scorer word indices ([^\\W_]+ runs) covered by each character span."""
    found = [(match.start(), match.end()) for match in _WORD.finditer(text)]
    return [frozenset(i for i, (a, b) in enumerate(found) if a < end and start < b) for start, end in spans]


def _tagged(model: Any, document: Any, states: torch.Tensor) -> list[tuple[int, int]]:
    """Character spans of the tagger's Content segments (argmax tags) in `document`."""
    words, probabilities = model.tag(document, states)
    return [(words.spans[s.first].start, words.spans[s.last].end) for s in segments(probabilities)
            if s.role == "Content"]


def analyse(gold: list[Any], documents: list[Any], model: Any, states: dict[str, torch.Tensor]) -> dict[str, Any]:
    records = {mode: predict(documents, model, states, mode) for mode in ("rules", "model", "hybrid")}
    status = {mode: _statuses(gold, records[mode]) for mode in records}
    misses: Counter[str] = Counter()
    discontinuous: Counter[str] = Counter()
    examples: dict[str, list[dict[str, Any]]] = {}
    alarms: Counter[str] = Counter()
    by_id = {d.id: d for d in documents}
    for doc_id, (m, hybrid) in status["hybrid"].items():
        text = m.doc.text
        tagged = _content_words(text, _tagged(model, by_id[doc_id], states[doc_id].float()))
        quotes = records["hybrid"][doc_id]["quotes"]
        model_quotes = {q["id"]: q for q in quotes if q["rule"] == "model"}
        for gi, g in enumerate(m.gold):
            state, pi = hybrid[gi]
            if state == "right":
                continue
            cause = _miss_cause(gi, g, state, pi, m, status, doc_id, model_quotes, tagged)
            misses[cause] += 1
            if len(g.parts) > 1:
                discontinuous[cause] += 1
            examples.setdefault(cause, [])
            if len(examples[cause]) < 8:
                examples[cause].append({"document": doc_id, "gold": g.content.text(text),
                                        "predicted": None if pi is None else m.pred[pi].content.text(text),
                                        "gold_source": g.who.text(text),
                                        "speaker": None if pi is None else m.pred[pi].who.text(text)})
        paired = {pi: gi for gi, (state, pi) in hybrid.items() if state in ("right", "speaker")}
        origin = {q["id"]: q["rule"] for q in quotes}
        for pi, p in enumerate(m.pred):
            source = "model" if origin.get(p.label) == "model" else "rule"
            if pi in paired:
                if hybrid[paired[pi]][0] == "speaker":
                    alarms[f"source ({source})"] += 1
                continue
            overlaps = any(p.words & g.words for g in m.gold)
            alarms[f"{'boundary' if overlaps else 'spurious'} ({source})"] += 1
    return {"misses": dict(misses.most_common()), "discontinuous_misses": dict(discontinuous),
            "false_alarms": dict(alarms.most_common()), "examples": examples,
            "gold": sum(len(m.gold) for m, _ in status["hybrid"].values()),
            "predicted": sum(len(m.pred) for m, _ in status["hybrid"].values())}


def _miss_cause(gi: int, g: Any, state: str, pi: int | None, m: Any, status: dict[str, Any], doc_id: str,
                model_quotes: dict[str, Any], tagged: list[frozenset[int]]) -> str:
    if status["rules"][doc_id][1][gi][0] == "right":
        return "combination: rule right, dropped"
    if status["model"][doc_id][1][gi][0] == "right":
        return "combination: model right, not kept"
    touching = frozenset().union(*[part for part in tagged if part & g.words])
    shared = len(touching & g.words)
    if pi is None:
        return "missed (tagged)" if shared >= 0.5 * len(g.words) else "missed (not tagged)"
    p = m.pred[pi]
    from_model = p.label in model_quotes
    if state == "speaker":
        if not from_model:
            return "source (rule)"
        if g.cue.parts and not g.cue.agrees(p.cue):
            return "source (model, cue wrong)"
        return "source (model, no speaker)" if not p.who.parts else "source (model, speaker wrong)"
    if not from_model:
        return "boundary (rule)"
    tags_right = shared >= 0.5 * len(g.words) and shared >= 0.5 * len(touching)
    return f"boundary (model, tags {'right' if tags_right else 'wrong'})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--states", type=Path, required=True)
    parser.add_argument("--head", type=Path, default=HERE / "core" / "bundled" / "attribution.safetensors")
    parser.add_argument("--splits", default="dev,train80")
    parser.add_argument("--out", type=Path, default=Path("attribution_errors.json"))
    args = parser.parse_args()
    model = load_attribution_model(args.head, None, load_cue_lexicon())
    report = {}
    for name in args.splits.split(","):
        states = _cached_states(args.states, "dev" if name == "dev" else "train")
        report[name] = analyse(_gold(args.polnear, name), _documents(args.documents, name), model, states)
        print(name, json.dumps({k: report[name][k] for k in ("gold", "predicted", "misses", "discontinuous_misses",
                                                             "false_alarms")}, indent=1), flush=True)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
