"""Benchmark: how long a fresh process takes before it can annotate (the cost every CLI call pays).

    .venv/bin/python bench/load.py [--repeat 5] [--threads N]

Each round starts one new Python process per configuration, in turn, so the figures of one run are
comparable (these machines are shared and noisy: compare the ratios). A process times, in order:
importing torch and stanza, building the pipeline (all models read, the transformer included), and
annotating one sentence. Configurations:

  bundled           the default: the tagger reads all-MiniLM-L6-v2 through our own encoder
  via-transformers  the same models, the transformer read through `transformers` instead (what
                    stanza does by itself; shows what core/encoder.py saves)
  bundled-small     the tagger without a transformer
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, sys, time
started = time.perf_counter()
import stanza, torch  # noqa: F401
imported = time.perf_counter()
from quotetrace.core import encoder
from quotetrace.core.annotate import Annotator
from quotetrace.core.errors import ModelError
from quotetrace.core.models import select_models
config, threads = sys.argv[1], int(sys.argv[2]) or None
if config == "via-transformers":
    def refuse(directory):
        raise ModelError("benchmark: read the transformer through transformers")
    encoder.load_encoder = refuse
models = select_models("bundled-small" if config == "bundled-small" else "bundled")
annotator = Annotator(models, threads=threads)
built = time.perf_counter()
annotator.annotate(["The mayor said the plan was not right."])
done = time.perf_counter()
print(json.dumps({"import": imported - started, "pipeline": built - imported,
                  "first_sentence": done - built, "total": done - started}))
"""

CONFIGS = ("bundled", "via-transformers", "bundled-small")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {config: [] for config in CONFIGS}
    for _ in range(args.repeat):
        for config in CONFIGS:
            result = subprocess.run([sys.executable, "-c", CHILD, config, str(args.threads)],
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0:
                sys.exit(f"{config}: {result.stderr.strip().splitlines()[-1]}")
            runs[config].append(json.loads(result.stdout.strip().splitlines()[-1]))
    print(f"median of {args.repeat} fresh processes per configuration, seconds")
    print(f"{'configuration':18} {'import':>7} {'pipeline':>9} {'1st sent.':>9} {'total':>7}")
    medians = {config: {key: statistics.median(run[key] for run in results) for key in results[0]}
               for config, results in runs.items()}
    for config, figures in medians.items():
        print(f"{config:18} {figures['import']:7.2f} {figures['pipeline']:9.2f} "
              f"{figures['first_sentence']:9.2f} {figures['total']:7.2f}")
    base = medians["bundled"]
    for config in CONFIGS[1:]:
        print(f"{config} / bundled: pipeline {medians[config]['pipeline'] / base['pipeline']:.2f}x, "
              f"total {medians[config]['total'] / base['total']:.2f}x")


if __name__ == "__main__":
    main()
