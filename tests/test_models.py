"""Model selection and the offline download failure, without any network or real model."""

from __future__ import annotations

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
    with pytest.raises(ModelNotFound, match="'auto', 'bundled', 'stanza'"):
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
    for processor, entry in manifest["models"].items():
        assert models.sha256_of(chosen.files[processor]) == entry["sha256"], processor
    assert chosen.size_bytes <= 60_000_000
    assert "CC BY-SA" in manifest["license"]


def test_offline_download_fails_with_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stanza

    def no_network(*args: object, **kwargs: object) -> None:
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'\nmore detail")

    monkeypatch.setattr(stanza, "download", no_network)
    with pytest.raises(ModelNotFound) as caught:
        models.download_official_models(tmp_path)
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
