"""The training recipe's arithmetic (no training runs here: CI never trains)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def _load(name: str) -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "training" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_scaling_multiplies_steps_but_keeps_one_dev_evaluation() -> None:
    recipe = _load("train_models")
    pos = recipe.RECIPE["pos"]
    assert recipe.scaled(pos, "--max_steps", 5)[pos.index("--max_steps") + 1] == "9000"
    # a tiny smoke run still reaches the first dev evaluation (stanza's tagger fails otherwise)
    tiny = recipe.scaled(pos, "--max_steps", 0.01, recipe.eval_interval("pos"))
    assert tiny[pos.index("--max_steps") + 1] == "100"
    assert recipe.eval_interval("depparse") == 200 and recipe.eval_interval("mwt") == 1


def test_the_warm_phase_overrides_the_first_phase_steps_and_rate() -> None:
    recipe = _load("train_models")
    merged = recipe.scaled(recipe.RECIPE["pos"], "--max_steps", 1) + recipe.WARM_PHASE["pos"]
    # argparse keeps the last value of a repeated option: the warm phase's own steps and rate win
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--max_steps", type=int)
    parser.add_argument("--lr", type=float)
    known, _ = parser.parse_known_args(merged)
    assert (known.max_steps, known.lr) == (1500, 0.001)
