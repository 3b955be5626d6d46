"""Benchmark: what the attribution model adds to the whole pipeline, in words per second.

    .venv/bin/python bench/attribution_speed.py --head core/bundled/attribution.safetensors [--repeat 3] [FILES...]

Defaults to the articles in samples/. Each round runs the whole pipeline (stanza annotation, rules,
speakers) on the same texts three ways, in turn, so the ratios come from one run (the machine is
shared: compare ratios, not absolute figures):
- rules: the rules alone;
- hybrid: the rules and the attribution model, whose tagger takes the MiniLM states stanza's
  part-of-speech tagger computed for each sentence (the encoder's `ForwardMemo`), as `quotetrace` runs it;
- hybrid, own forward: the same with the memo off, so the attribution model runs MiniLM over the
  sentences again itself (what it cost before 30 November, but for sentence instead of window context).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from quotetrace.core.attribution.runner import load_attribution_model
from quotetrace.core.pipeline import QuoteTracer, analyze

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--head", type=Path, default=HERE / "core" / "bundled" / "attribution.safetensors")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    files = args.files or sorted((HERE / "samples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    ids = [f.stem for f in files]
    words = sum(len(re.findall(r"[^\W_]+", t)) for t in texts)
    tracer = QuoteTracer("bundled", threads=args.threads, attribution="rules")
    if not tracer.models.transformers:
        raise SystemExit("needs the minilm extra: the attribution model reads all-MiniLM-L6-v2")
    model = load_attribution_model(args.head, next(iter(tracer.models.transformers.values())), tracer.lexicon,
                                   mode="hybrid")
    if model.encoder is None or model.encoder.memo is None:
        raise SystemExit("the attribution model did not share stanza's encoder")
    memo = model.encoder.memo
    tracer.annotate(texts[:1], ids[:1])  # models loaded before the first round
    runs = {"rules": (None, None), "hybrid": (model, memo), "hybrid, own forward": (model, None)}
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, (attribution, kept) in runs.items():
            model.encoder.memo = kept
            started = time.perf_counter()
            for document in tracer.annotate(texts, ids):
                analyze(document, tracer.lexicon, attribution=attribution)
            timings[name].append(time.perf_counter() - started)
    model.encoder.memo = memo
    median = {name: statistics.median(values) for name, values in timings.items()}
    base = median["rules"]
    print(f"{len(texts)} texts, {words} words, {args.repeat} rounds (medians)")
    for name, seconds in median.items():
        print(f"{name + ':':22} {words / seconds:7.0f} words/s  {seconds / base:.2f}x time")


if __name__ == "__main__":
    main()
