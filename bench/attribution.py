"""Score the attribution model against the rules on PolNeAR dev and train[:80], from caches.

    .venv/bin/python bench/attribution.py --cache /work/cache --states /work/modelcache --model HEAD [--oracle]

--cache holds the stanza-annotated `Document`s of `bench/snapshot.py annotate`; --states the MiniLM
word states of `training/attribution.py states` (both derived from PolNeAR texts, kept outside the
repository). Prints end-to-end P/R/F1 for all / direct / indirect quotes, for the rules, the model
and the hybrid. --oracle replaces the tagger's output by the gold tags, to measure the assembly
step alone.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import torch
from quotetrace.core import evaluate
from quotetrace.core.attribution.runner import AttributionModel, load_attribution_model
from quotetrace.core.cues import load_cue_lexicon
from quotetrace.core.model import Document
from quotetrace.core.pipeline import analyze

HERE = Path(__file__).resolve().parents[1]
TRAIN_HEAD = 80


def _split(polnear: Path, cache: Path, states: Path, name: str) -> tuple[list[Any], list[Document], dict[str, Any]]:
    if name == "dev":
        gold = evaluate.read_brat_corpus(polnear / "dev")
    else:
        gold = evaluate.read_brat_corpus(polnear / "train")[:TRAIN_HEAD]
    with (cache / f"{name}.transformer.pkl").open("rb") as handle:
        documents = pickle.load(handle)  # our own cache (bench/snapshot.py annotate)
    found: dict[str, Any] = {}
    for path in sorted(states.glob(f"states.{'dev' if name == 'dev' else 'train'}.*.pt")):
        found.update(torch.load(path, weights_only=True))
    return gold, documents, found


def records(documents: list[Document], model: AttributionModel, states: dict[str, Any],
            mode: str) -> dict[str, dict[str, Any]]:
    lexicon = load_cue_lexicon()
    out: dict[str, dict[str, Any]] = {}
    model.mode = mode
    for document in documents:
        result = analyze(document, lexicon, attribution=model,
                         attribution_states=states[document.id].float() if mode != "rules" else None)
        out[document.id] = result.to_record()
    return out


def table(report: dict[str, Any]) -> dict[str, list[float]]:
    rows = {}
    for kind in ("all", "direct", "indirect"):
        e2e = report["metrics"][kind]["end_to_end"]
        rows[kind] = [round(100 * (e2e[k] or 0.0), 1) for k in ("precision", "recall", "f1")]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--states", type=Path, required=True)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--splits", default="dev,train80")
    parser.add_argument("--json", type=Path, help="also write the full reports here")
    args = parser.parse_args()
    model = load_attribution_model(args.model, None, load_cue_lexicon())
    full: dict[str, Any] = {}
    for name in args.splits.split(","):
        gold, documents, states = _split(args.polnear, args.cache, args.states, name)
        for mode in ("rules", "model", "hybrid"):
            report = evaluate.score(gold, records(documents, model, states, mode))
            full[f"{name}/{mode}"] = report
            print(name, mode, json.dumps(table(report)), file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(full, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
