"""Benchmark: what the attribution model adds to the whole pipeline, in words per second.

    .venv/bin/python bench/attribution_speed.py --head core/bundled/attribution.safetensors [--repeat 3] [FILES...]

Defaults to the articles in samples/. Each round times, on the same texts, the pipeline with the
rules alone (stanza annotation + rules + speakers) and the extra steps of the attribution model:
its own MiniLM forward over the text (`word_states`), then the hybrid's analysis given those
states (rules, head, assembly, merge; the rules count twice, an overestimate by about 3 %). Rounds
alternate, so the ratios come from one run; the machine is shared, so compare ratios, not
absolute figures. The "shared forward" line is the cost if the head
read the states the bundled tagger's MiniLM forward already computes (head + hybrid only).
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
    timings: dict[str, list[float]] = {"pipeline": [], "minilm": [], "head+hybrid": []}
    for _ in range(args.repeat):
        started = time.perf_counter()
        documents = tracer.annotate(texts, ids)
        for document in documents:
            analyze(document, tracer.lexicon)
        timings["pipeline"].append(time.perf_counter() - started)
        started = time.perf_counter()
        states = [model.states(document) for document in documents]
        timings["minilm"].append(time.perf_counter() - started)
        started = time.perf_counter()
        for document, found in zip(documents, states, strict=True):
            analyze(document, tracer.lexicon, attribution=model, attribution_states=found)
        timings["head+hybrid"].append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in timings.items()}
    base = median["pipeline"]
    print(f"{len(texts)} texts, {words} words, {args.repeat} rounds (medians)")
    print(f"rules pipeline:               {words / base:7.0f} words/s  1.00x time")
    own = base + median["minilm"] + median["head+hybrid"]
    print(f"hybrid, own MiniLM forward:   {words / own:7.0f} words/s  {own / base:.2f}x time")
    shared = base + median["head+hybrid"]
    print(f"hybrid, shared forward:       {words / shared:7.0f} words/s  {shared / base:.2f}x time")


if __name__ == "__main__":
    main()
