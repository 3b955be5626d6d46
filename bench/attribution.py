"""Benchmark: rules, model and hybrid end to end on PolNeAR dev and the held-out train[:80].

    .venv/bin/python bench/attribution.py --documents DIR --states DIR [--head core/bundled/attribution.safetensors]

--documents holds the stanza-annotated dev and train80 `Document`s that `bench/snapshot.py annotate`
caches; --states the MiniLM word states of `training/attribution.py states`. Both derive from PolNeAR
texts and stay outside the repository. Prints P/R/F1 for all / direct / indirect quotes and the
expected calibration error of each mode's confidences, and writes the full report (with reliability
tables) as JSON to --out. It scores what the pipeline outputs, with the hybrid policy stored in the
model file; `training/attribution.py policy` is the step that fits that policy on dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "training"))

from attribution import evaluate  # noqa: E402  (training/attribution.py, the recipe's own scorer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--states", type=Path, required=True)
    parser.add_argument("--head", type=Path, default=HERE / "core" / "bundled" / "attribution.safetensors")
    parser.add_argument("--out", type=Path, default=Path("attribution_report.json"))
    args = parser.parse_args()
    report = evaluate(args.polnear, args.states, args.documents, args.head, hold_out=80, fit=False)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
