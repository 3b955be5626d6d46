"""Snapshot the rules' output before and after a change, without re-running stanza each time.

    .venv/bin/python bench/snapshot.py annotate [--cache DIR]        # once: stanza over every snapshot text
    .venv/bin/python bench/snapshot.py write OUT.json [--cache DIR]  # the rules over the cached documents
    .venv/bin/python bench/snapshot.py diff BEFORE.json AFTER.json   # what moved, document by document
    .venv/bin/python bench/snapshot.py score SNAP.json               # PolNeAR dev and train[:80] end to end
    .venv/bin/python bench/snapshot.py calibration SNAP.json         # ECE and precision by speaker step
    .venv/bin/python bench/snapshot.py rules SNAP.json               # precision and mean confidence by rule

The texts are our samples, ../shared/samples, PolNeAR dev and the first 80 PolNeAR train articles. The
annotated `Document`s are pickled under --cache (default ~/.cache/quotetrace-snapshot, never in the
repository: PolNeAR texts are not ours to commit), one file per set, keyed by the model set in use. Rule
changes then cost a second or two to snapshot, and the scores use the same scorer as `quotetrace eval`.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path
from typing import Any

from quotetrace.core import evaluate
from quotetrace.core.model import Document

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"
DEFAULT_CACHE = Path.home() / ".cache" / "quotetrace-snapshot"
TRAIN_HEAD = 80


def _sets() -> dict[str, list[tuple[str, str]]]:
    sets: dict[str, list[tuple[str, str]]] = {}
    sets["samples"] = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((HERE / "samples").glob("*.txt"))]
    shared_samples = sorted((SHARED / "samples").glob("*.txt"))
    sets["shared-samples"] = [(p.stem, p.read_text(encoding="utf-8")) for p in shared_samples]
    polnear = SHARED / "data" / "polnear"
    if (polnear / "dev").is_dir():
        sets["dev"] = [(g.id, g.text) for g in evaluate.read_brat_corpus(polnear / "dev")]
        sets["train80"] = [(g.id, g.text) for g in evaluate.read_brat_corpus(polnear / "train")[:TRAIN_HEAD]]
    return sets


def _gold() -> dict[str, list[evaluate.GoldDocument]]:
    polnear = SHARED / "data" / "polnear"
    if not (polnear / "dev").is_dir():
        return {}
    return {"dev": evaluate.read_brat_corpus(polnear / "dev"),
            "train80": evaluate.read_brat_corpus(polnear / "train")[:TRAIN_HEAD]}


def annotate(cache: Path, models: str) -> None:
    from quotetrace.core.pipeline import QuoteTracer

    tracer = QuoteTracer(models)
    cache.mkdir(parents=True, exist_ok=True)
    for name, items in _sets().items():
        target = cache / f"{name}.{tracer.models.variant}.pkl"
        if target.exists():
            print(f"{name}: cached at {target}", file=sys.stderr)
            continue
        documents: list[Document] = []
        for start in range(0, len(items), 8):
            batch = items[start : start + 8]
            documents += tracer.annotate([t for _, t in batch], [i for i, _ in batch])
            print(f"{name}: {len(documents)}/{len(items)}", file=sys.stderr)
        with target.open("wb") as handle:
            pickle.dump(documents, handle)


def _cached(cache: Path) -> dict[str, list[Document]]:
    found: dict[str, list[Document]] = {}
    for path in sorted(cache.glob("*.pkl")):
        name = path.name.split(".")[0]
        with path.open("rb") as handle:
            found[name] = pickle.load(handle)  # our own cache, written by `annotate` above
    if not found:
        sys.exit(f"no cached documents under {cache}: run `bench/snapshot.py annotate` first")
    return found


def write(out: Path, cache: Path) -> None:
    from quotetrace.core.pipeline import analyze

    snapshot: dict[str, dict[str, Any]] = {}
    for name, documents in _cached(cache).items():
        snapshot[name] = {doc.id: analyze(doc).to_record(trace=True) for doc in documents}
    out.write_text(json.dumps(snapshot, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {out}: " + ", ".join(f"{k} {len(v)} documents" for k, v in snapshot.items()), file=sys.stderr)


def _quote_key(quote: dict[str, Any]) -> str:
    speaker = quote.get("speaker") or {}
    return json.dumps([quote["kind"], quote["spans"], (quote.get("cue") or {}).get("start"),
                       speaker.get("start"), speaker.get("name")])


def diff(before: Path, after: Path, show: int) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    for name in sorted(set(a) | set(b)):
        gone = added = same = 0
        lines: list[str] = []
        for doc_id in sorted(set(a.get(name, {})) | set(b.get(name, {}))):
            old = {_quote_key(q): q for q in a.get(name, {}).get(doc_id, {}).get("quotes", [])}
            new = {_quote_key(q): q for q in b.get(name, {}).get(doc_id, {}).get("quotes", [])}
            same += len(old.keys() & new.keys())
            for key in old.keys() - new.keys():
                gone += 1
                lines.append(f"  - {doc_id} {old[key]['rule']} {old[key]['kind']} {old[key]['text'][:90]!r}")
            for key in new.keys() - old.keys():
                added += 1
                lines.append(f"  + {doc_id} {new[key]['rule']} {new[key]['kind']} {new[key]['text'][:90]!r}")
        print(f"{name}: {same} unchanged, {gone} gone, {added} new")
        for line in lines[:show]:
            print(line)


def score(snapshot_path: Path) -> None:
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    for name, gold in _gold().items():
        if name not in snapshot:
            continue
        report = evaluate.score(gold, snapshot[name])
        cells = []
        for kind in ("all", "direct", "indirect"):
            e2e = report["metrics"][kind]["end_to_end"]
            cells.append(f"{kind} P {100 * (e2e['precision'] or 0):.1f} R {100 * (e2e['recall'] or 0):.1f} "
                         f"F1 {100 * (e2e['f1'] or 0):.1f}")
        print(f"{name}: " + " | ".join(cells))


def _speaker_step(quote: dict[str, Any]) -> str:
    """The quote's speaker step as the trace names it, with each factor's name but not its value:
    'speaker:pronoun(salience, gender-unshown)'."""
    step = next((s for s in reversed(quote.get("trace", [])) if s.startswith("speaker:")), "speaker:none")
    return re.sub(r"[×≤][0-9.]+", "", step)


def calibration(snapshot_path: Path, bins: int = 10) -> None:
    """Per set: the expected calibration error of the quotes' confidences against being right end to
    end (Naeini et al. 2015: |share right - mean confidence| per equal-width bin, weighted by size),
    the precision of quotes at confidence >= 0.7, and precision and mean confidence per speaker step."""
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    for name, gold in _gold().items():
        if name not in snapshot:
            continue
        outcomes = evaluate.quote_outcomes(gold, snapshot[name])
        rows = [[0, 0.0, 0] for _ in range(bins)]
        steps: dict[str, list[float]] = {}
        high = [0, 0]
        for doc_id, record in snapshot[name].items():
            for quote in record["quotes"]:
                right = outcomes.get((doc_id, quote["id"]))
                if right is None:
                    continue
                row = rows[min(int(quote["confidence"] * bins), bins - 1)]
                row[0] += 1
                row[1] += quote["confidence"]
                row[2] += int(right)
                if quote["confidence"] >= 0.7:
                    high[0] += int(right)
                    high[1] += 1
                cell = steps.setdefault(_speaker_step(quote), [0, 0, 0.0])
                cell[0] += int(right)
                cell[1] += 1
                cell[2] += quote["confidence"]
        total = sum(r[0] for r in rows)
        ece = sum(abs(r[2] - r[1]) for r in rows) / max(total, 1)
        print(f"{name}: {total} quotes, ECE {100 * ece:.1f}, precision at confidence >= 0.7 "
              f"{100 * high[0] / max(high[1], 1):.1f} ({high[1]} quotes)")
        for step, (right, count, conf) in sorted(steps.items(), key=lambda item: -item[1][1]):
            print(f"  {step:60} {count:5} quotes  right {100 * right / count:5.1f}  mean confidence {conf / count:.2f}")


def by_rule(snapshot_path: Path) -> None:
    """Per set and rule: how many quotes it made, how many were right end to end (content matched and
    speaker agreeing, as `score` counts them) and their mean confidence, so a rule's confidence can be
    set to what it measures."""
    snapshot = json.loads(snapshot_path.read_text(encoding="utf-8"))
    for name, gold in _gold().items():
        if name not in snapshot:
            continue
        outcomes = evaluate.quote_outcomes(gold, snapshot[name])
        cells: dict[str, list[float]] = {}
        for doc_id, record in snapshot[name].items():
            for quote in record["quotes"]:
                right = outcomes.get((doc_id, quote["id"]))
                if right is None:
                    continue
                cell = cells.setdefault(quote["rule"], [0, 0, 0.0])
                cell[0] += int(right)
                cell[1] += 1
                cell[2] += quote["confidence"]
        print(f"{name}:")
        for rule, (right, count, conf) in sorted(cells.items(), key=lambda item: -item[1][1]):
            print(f"  {rule:24} {int(count):5} quotes  right {100 * right / count:5.1f}  "
                  f"mean confidence {conf / count:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_annotate = sub.add_parser("annotate")
    p_annotate.add_argument("--models", default="auto")
    p_write = sub.add_parser("write")
    p_write.add_argument("out", type=Path)
    p_diff = sub.add_parser("diff")
    p_diff.add_argument("before", type=Path)
    p_diff.add_argument("after", type=Path)
    p_diff.add_argument("--show", type=int, default=40)
    p_score = sub.add_parser("score")
    p_score.add_argument("snapshot", type=Path)
    p_calibration = sub.add_parser("calibration")
    p_calibration.add_argument("snapshot", type=Path)
    p_rules = sub.add_parser("rules")
    p_rules.add_argument("snapshot", type=Path)
    for p in (p_annotate, p_write):
        p.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()
    if args.command == "annotate":
        annotate(args.cache, args.models)
    elif args.command == "write":
        write(args.out, args.cache)
    elif args.command == "diff":
        diff(args.before, args.after, args.show)
    elif args.command == "calibration":
        calibration(args.snapshot)
    elif args.command == "rules":
        by_rule(args.snapshot)
    else:
        score(args.snapshot)


if __name__ == "__main__":
    main()
