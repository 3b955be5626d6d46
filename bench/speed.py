"""Benchmark: model load time and annotation speed on news text (CPU unless a GPU is visible).

    .venv/bin/python bench/speed.py [--models bundled] [--repeat 5] [--threads N] [FILES...]
    .venv/bin/python bench/speed.py --models bundled,bundled-small    # the MiniLM tagger's cost

Defaults to the articles in samples/. Prints the time to import stanza and torch, each model set's
load seconds, then words per second for annotation alone (stanza) and for the whole extraction
(annotation + quote rules + speakers), plus the ratios between them. With several model sets their
rounds alternate, so the ratios come from one run. Figures on shared machines are noisy: compare
ratios from one run.
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
    import stanza  # noqa: F401  (timed apart: every model set pays it once per process)

    print(f"{len(texts)} texts, {words:,} words per round; importing stanza and torch "
          f"{time.perf_counter() - started:.2f} s")
    tracers = {}
    for choice in args.models.split(","):
        started = time.perf_counter()
        tracers[choice] = QuoteTracer(choice, threads=args.threads, batch_size=len(texts))
        print(f"{choice}: {tracers[choice].models.source} ({tracers[choice].models.variant} tagger), "
              f"load {time.perf_counter() - started:.2f} s")
    annotate_rates: dict[str, list[float]] = {choice: [] for choice in tracers}
    whole_rates: dict[str, list[float]] = {choice: [] for choice in tracers}
    for _ in range(args.repeat):
        for choice, tracer in tracers.items():
            t0 = time.perf_counter()
            documents = tracer.annotate(texts, ids)
            t1 = time.perf_counter()
            for document in documents:
                analyze(document, tracer.lexicon)
            t2 = time.perf_counter()
            annotate_rates[choice].append(words / (t1 - t0))
            whole_rates[choice].append(words / (t2 - t0))
    first = next(iter(tracers))
    for choice in tracers:
        annotate = statistics.median(annotate_rates[choice])
        whole = statistics.median(whole_rates[choice])
        print(f"{choice}: annotation {annotate:,.0f} words/s (median of {args.repeat}); annotation + rules + "
              f"speakers {whole:,.0f} words/s; rules cost {100 * (1 - whole / annotate):.1f} %")
        if choice != first:
            ratio = statistics.median(whole_rates[choice]) / statistics.median(whole_rates[first])
            print(f"  whole extraction speed {choice} / {first}: {ratio:.2f}")


if __name__ == "__main__":
    main()
