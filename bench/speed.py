"""Benchmark: model load time and annotation speed on news text (CPU unless a GPU is visible).

    .venv/bin/python bench/speed.py [--models bundled] [--repeat 5] [--threads N] [FILES...]

Defaults to the articles in samples/. Prints load seconds, then words per second for annotation alone
(stanza) and for the whole extraction (annotation + quote rules + speakers), batch by batch, plus the
ratio between them. Figures on shared machines are noisy: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from quotetrace.core.pipeline import QuoteTracer, analyze

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--models", default="bundled")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    files = args.files or sorted((HERE / "samples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    ids = [f.stem for f in files]
    words = sum(len(re.findall(r"[^\W_]+", t)) for t in texts)

    started = time.perf_counter()
    tracer = QuoteTracer(args.models, threads=args.threads, batch_size=len(texts))
    load = time.perf_counter() - started
    print(f"models: {tracer.models.source}; load {load:.2f} s; {len(texts)} texts, {words:,} words per round")

    annotate_rates, whole_rates = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        documents = tracer.annotate(texts, ids)
        t1 = time.perf_counter()
        for document in documents:
            analyze(document, tracer.lexicon)
        t2 = time.perf_counter()
        annotate_rates.append(words / (t1 - t0))
        whole_rates.append(words / (t2 - t0))
    annotate = statistics.median(annotate_rates)
    whole = statistics.median(whole_rates)
    print(f"annotation: {annotate:,.0f} words/s (median of {args.repeat})")
    print(f"annotation + rules + speakers: {whole:,.0f} words/s; rules cost {100 * (1 - whole / annotate):.1f} %")


if __name__ == "__main__":
    main()
