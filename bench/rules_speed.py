"""CPU time of the rules alone (`analyze` and `to_record`) over cached annotations.

    .venv/bin/python bench/rules_speed.py [--cache DIR] [--rounds 3]

Reads the pickled `Document`s that `bench/snapshot.py annotate` wrote and reports, per set, the CPU
seconds of the fastest of `--rounds` passes of the rules over all its documents. To compare two
versions, run this script under each in turn on the same machine (PYTHONPATH pointing at a copy of
the other version) and take the ratio; the machine is shared, so compare runs made close together.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from quotetrace.core.pipeline import analyze
from snapshot import DEFAULT_CACHE, _cached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for name, documents in _cached(args.cache).items():
        best = float("inf")
        for _ in range(args.rounds):
            started = time.process_time()
            for doc in documents:
                analyze(doc).to_record()
            best = min(best, time.process_time() - started)
        words = sum(len(doc.text.split()) for doc in documents)
        print(f"{name}: {len(documents)} documents, {words:,} words, {best:.2f} CPU s "
              f"({words / best:,.0f} words per CPU s)")


if __name__ == "__main__":
    main()
