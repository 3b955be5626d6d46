"""The training recipe's arithmetic (no training runs here: CI never trains)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


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
    parser = argparse.ArgumentParser()
    parser.add_argument("--max_steps", type=int)
    parser.add_argument("--lr", type=float)
    known, _ = parser.parse_known_args(merged)
    assert (known.max_steps, known.lr) == (1500, 0.001)


def test_the_parsers_second_phase_learns_from_predicted_tags_with_its_own_checkpoint(
        tmp_path: Path, monkeypatch: Any) -> None:
    recipe = _load("train_models")
    calls: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(recipe, "stanza_module", lambda args, module, margs: calls.append(([module, *margs], {})))
    monkeypatch.setattr(recipe.subprocess, "run", lambda command, **kw: calls.append((command, kw["env"])))
    model = tmp_path / "saved" / recipe.MODEL_FILES["depparse"]
    model.parent.mkdir(parents=True)
    model.write_bytes(b"phase one")
    args = argparse.Namespace(work=tmp_path, device=None, scale=1.0, warm_only=True, threads=1)
    recipe.train(args, "depparse")
    retags = [c for c, _ in calls if c[0] == "stanza.models.tagger"]
    # train, dev and test retagged by the trained tagger into their own data root
    assert len(retags) == 3
    assert all(str(tmp_path / "data_retagged" / "depparse") in " ".join(c) for c in retags)
    assert all(str(tmp_path / "saved" / recipe.MODEL_FILES["pos"]).endswith(c[c.index("--save_name") + 1])
               for c in retags)
    command, env = calls[-1]
    assert command[1].endswith("warm_start.py") and command[2].endswith("_phase1.pt")
    assert env["DATA_ROOT"] == str(tmp_path / "data_retagged")
    name = command[command.index("--checkpoint_save_name") + 1]
    assert name.endswith("_phase2_checkpoint.pt")
    assert (model.with_name(model.stem + "_phase1.pt")).read_bytes() == b"phase one"


def test_the_transformer_tagger_trains_on_the_installed_weights_and_records_the_hub_name(
        tmp_path: Path, monkeypatch: Any) -> None:
    import torch

    recipe = _load("train_models")
    calls: list[list[str]] = []
    monkeypatch.setattr(recipe, "stanza_module", lambda args, module, margs: calls.append([module, *margs]))
    monkeypatch.setattr(recipe, "transformer_dir", lambda: tmp_path / "site" / "model")
    model = tmp_path / "saved" / recipe.MODEL_FILES["pos_minilm"]
    model.parent.mkdir(parents=True)
    # what stanza leaves behind: the transformer's local path in the tagger's config
    torch.save({"config": {"bert_model": str(tmp_path / "site" / "model"), "hidden_dim": 150},
                "model": {"w": torch.zeros(2)}}, model)
    args = argparse.Namespace(work=tmp_path, device=None, scale=1.0, warm_only=False, threads=1)
    recipe.train(args, "pos_minilm")
    (command,) = calls
    assert command[0] == "stanza.utils.training.run_pos"
    assert command[command.index("--bert_model") + 1] == str(tmp_path / "site" / "model")
    assert "{transformer}" not in command
    saved = torch.load(model, weights_only=True)
    assert saved["config"] == {"bert_model": recipe.TRANSFORMER, "hidden_dim": 150}
    assert torch.equal(saved["model"]["w"], torch.zeros(2))


def test_the_model_over_rule_level_is_where_the_model_was_right_clearly_more_often() -> None:
    recipe = _load("attribution")
    # (calibrated model confidence, rule right, model right) per overlapping pair on dev
    pairs = [(0.95, False, True), (0.9, False, True), (0.9, False, True), (0.85, True, True),
             (0.8, False, True), (0.7, True, False), (0.6, True, False), (0.5, True, False)]
    assert recipe._model_over_rule(pairs) == 0.8
    # a level is not split between tied confidences, and a gain under MARGIN pairs changes nothing
    assert recipe._model_over_rule([(0.9, False, True), (0.9, True, False), (0.9, False, True),
                                    (0.9, False, True), (0.9, False, True)]) == 0.9
    assert recipe._model_over_rule([(0.9, False, True), (0.5, True, False)]) > 1.0
