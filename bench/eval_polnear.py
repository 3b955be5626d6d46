"""Benchmark: quotetrace on PolNeAR dev — accuracy and speed in one run.

    .venv/bin/python bench/eval_polnear.py [--polnear ../shared/data/polnear] [--split dev] [--limit N]
        [--models auto] [--out bench/results.md]

Prints, and writes to --out, the evaluation table (content exact/partial, source, cue, end-to-end for
all/direct/indirect) plus speed: words per second for the whole run (model loading included) and for
annotation alone, and the share of time spent in stanza vs in our rules. Also scores the same predictions
with speaker resolution switched off (each quote's speaker left as its own mention) to show what
resolution adds, and the share of quotes whose speaker resolves to a named entity.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import re
import sys
import time
from pathlib import Path
from typing import Any

from quotetrace.core import evaluate
from quotetrace.core.pipeline import QuoteTracer, analyze

HERE = Path(__file__).resolve().parents[1]


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def table(report: dict[str, Any]) -> str:
    rows = ["| quotes | content exact F1 | content partial F1 | content matched F1 | source F1 | cue acc. "
            "| end-to-end P | R | F1 |", "|---|---|---|---|---|---|---|---|---|"]
    for kind in ("all", "direct", "indirect"):
        m = report["metrics"][kind]
        e2e = m["end_to_end"]
        rows.append(f"| {kind} | {pct(m['content_exact']['f1'])} | {pct(m['content_partial']['f1'])} | "
                    f"{pct(m['content_matched']['f1'])} | {pct(m['source']['f1'])} | {pct(m['cue_accuracy'])} | "
                    f"{pct(e2e['precision'])} | {pct(e2e['recall'])} | {pct(e2e['f1'])} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--models", default="auto")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    gold_dir = args.polnear / args.split
    if not gold_dir.is_dir():
        sys.exit(f"no PolNeAR split at {gold_dir}")
    gold = evaluate.read_brat_corpus(gold_dir)[: args.limit]
    words = sum(len(re.findall(r"[^\W_]+", doc.text)) for doc in gold)

    started = time.perf_counter()
    tracer = QuoteTracer(args.models, threads=args.threads)
    loaded = time.perf_counter()
    documents = []
    for i in range(0, len(gold), tracer.batch_size):
        batch = gold[i : i + tracer.batch_size]
        documents.extend(tracer.annotate([d.text for d in batch], [d.id for d in batch]))
    annotated = time.perf_counter()
    results = [analyze(doc, tracer.lexicon) for doc in documents]
    finished = time.perf_counter()

    predictions = {r.document_id: r.to_record() for r in results}
    report = evaluate.score(gold, predictions)
    unresolved = {doc_id: _without_resolution(record) for doc_id, record in predictions.items()}
    report_unresolved = evaluate.score(gold, unresolved)
    quotes = [q for r in predictions.values() for q in r["quotes"]]
    named = _named_share(predictions)

    lines = [
        f"# quotetrace on PolNeAR {args.split} — {dt.date.today().isoformat()}",
        "",
        f"- documents: {len(gold)}, words: {words:,}, gold quotes: "
        f"{sum(len(d.attributions) for d in gold):,}, predicted quotes: {len(quotes):,}",
        f"- models: {tracer.models.source} ({tracer.models.root.name}), machine: {platform.machine()}, "
        f"{platform.processor() or 'cpu'}, python {platform.python_version()}",
        f"- model load {loaded - started:.1f} s; annotation {annotated - loaded:.1f} s "
        f"({words / max(annotated - loaded, 1e-9):,.0f} words/s); rules + speakers {finished - annotated:.2f} s "
        f"({words / max(finished - annotated, 1e-9):,.0f} words/s); whole run "
        f"{words / max(finished - started, 1e-9):,.0f} words/s",
        f"- annotation is {100 * (annotated - loaded) / max(finished - loaded, 1e-9):.0f} % of processing time",
        f"- quotes whose speaker resolves to a named entity: {pct(named)} %",
        "",
        "With speaker resolution (the shipped behaviour):",
        "",
        table(report),
        "",
        "End-to-end F1 without resolution (speaker = the mention beside the cue only, no links): "
        f"all {pct(report_unresolved['metrics']['all']['end_to_end']['f1'])}, "
        f"direct {pct(report_unresolved['metrics']['direct']['end_to_end']['f1'])}, "
        f"indirect {pct(report_unresolved['metrics']['indirect']['end_to_end']['f1'])}.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        args.out.with_suffix(".json").write_text(json.dumps(report, indent=2), encoding="utf-8")


def _without_resolution(record: dict[str, Any]) -> dict[str, Any]:
    """Quotes whose speaker came only through a link (continuations) lose it: what a tool without
    resolution would report."""
    quotes = []
    for quote in record["quotes"]:
        if quote["speaker"] is not None and quote["rule"] == "continuation":
            quote = {**quote, "speaker": None}
        quotes.append(quote)
    return {**record, "quotes": quotes}


def _named_share(predictions: dict[str, dict[str, Any]]) -> float | None:
    total = named = 0
    for record in predictions.values():
        types = {s["id"]: s for s in record["speakers"]}
        for quote in record["quotes"]:
            total += 1
            speaker = quote["speaker"]
            entity = types.get(speaker["entity"]) if speaker else None
            if entity and entity["type"] in ("person", "organization", "place") and entity["name"]:
                named += 1
    return named / total if total else None


if __name__ == "__main__":
    main()
