"""Memory of the parent process in worker mode, which only shares documents out and collects results.

    .venv/bin/python bench/parent_memory.py [--workers 2] [--copies 4]

Builds `QuoteTracer(workers=N)` and runs our samples (each `--copies` times) through it, then
reports the parent's resident memory after construction and after the run, its peak (`ru_maxrss`),
and whether it imported torch and stanza. The workers' own memory is in bench/throughput.py.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args()
    from quotetrace.core.pipeline import QuoteTracer, Result

    texts = [(f"{p.stem}-{i}", p.read_text(encoding="utf-8"))
             for i in range(args.copies) for p in sorted((ROOT / "samples").glob("*.txt"))]
    started = time.perf_counter()
    tracer = QuoteTracer("bundled", workers=args.workers, batch_size=4)
    print(f"parent after QuoteTracer(workers={args.workers}): {_rss_mb():.0f} MB "
          f"({time.perf_counter() - started:.1f} s)")
    results = list(tracer.extract(texts))
    quotes = sum(len(r.quotes) for r in results if isinstance(r, Result))
    print(f"parent after {len(results)} documents ({quotes} quotes): {_rss_mb():.0f} MB, "
          f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("imported: " + ", ".join(f"{name} {'yes' if name in sys.modules else 'no'}" for name in ("torch", "stanza")))


if __name__ == "__main__":
    main()
