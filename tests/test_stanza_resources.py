"""The empty stanza resources folder: one per user, reused, never trusted when others can write to it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from quotetrace.core import stanza_resources as annotate


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(annotate.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(annotate, "_RESOURCES_DIR", None)
    return tmp_path


def test_every_process_reuses_one_folder_so_a_killed_worker_leaves_none(fresh: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first = annotate.empty_resources_dir()
    monkeypatch.setattr(annotate, "_RESOURCES_DIR", None)  # as a new worker process starts
    assert annotate.empty_resources_dir() == first
    assert Path(first).parent == fresh
    assert (Path(first) / "resources.json").read_text(encoding="utf-8") == "{}"
    assert [p.name for p in fresh.iterdir()] == [Path(first).name]


def test_a_changed_resources_file_is_emptied_again(fresh: Path) -> None:
    folder = Path(annotate.empty_resources_dir())
    (folder / "resources.json").write_text('{"en": {"default_processors": {}}}', encoding="utf-8")
    assert annotate._private_resources(folder)
    assert (folder / "resources.json").read_text(encoding="utf-8") == "{}"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_others_may_write_to_is_not_trusted(fresh: Path) -> None:
    shared = fresh / f"quotetrace-stanza-{os.getuid()}"
    shared.mkdir()
    shared.chmod(0o777)
    (shared / "resources.json").write_text('{"planted": 1}', encoding="utf-8")
    folder = Path(annotate.empty_resources_dir())
    assert folder != shared
    assert (folder / "resources.json").read_text(encoding="utf-8") == "{}"
    assert (shared / "resources.json").read_text(encoding="utf-8") == '{"planted": 1}'


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_symbolic_link_planted_at_the_folder_name_is_not_followed(fresh: Path) -> None:
    target = fresh / "elsewhere"
    target.mkdir(mode=0o700)
    (fresh / f"quotetrace-stanza-{os.getuid()}").symlink_to(target)
    folder = Path(annotate.empty_resources_dir())
    assert folder.parent == fresh and not folder.is_symlink()
    assert not (target / "resources.json").exists()
