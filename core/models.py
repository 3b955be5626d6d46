"""Where stanza models live and which ones a run uses.

Three sources, chosen by name:
- `bundled`: the small English models that ship inside this package (`bundled/MANIFEST.json`);
- `stanza`: stanza's official English models in its resources directory (more accurate), used
  automatically when they are installed;
- a path: a directory laid out like the bundled one (a MANIFEST.json naming one file per processor).

This module only finds and describes models; `annotate` loads them.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ModelNotFound

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
MANIFEST = "MANIFEST.json"


@dataclass(frozen=True)
class ModelSet:
    """A complete set of models for the annotator."""

    source: str  # bundled | stanza | path
    root: Path
    files: dict[str, Path] = field(default_factory=dict)  # processor -> model file; empty for `stanza`
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def size_bytes(self) -> int:
        if self.files:
            return sum(p.stat().st_size for p in self.files.values() if p.exists())
        return sum(p.stat().st_size for p in self.root.rglob("*.pt"))

    def describe(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "root": str(self.root),
            "size_mb": round(self.size_bytes / 1e6, 1),
            "files": {k: str(v) for k, v in self.files.items()},
            "scores": self.manifest.get("scores", {}),
            "license": self.manifest.get("license", ""),
            "version": self.manifest.get("version", ""),
        }


def bundled_dir() -> Path:
    return Path(str(resources.files("quotetrace.core") / "bundled"))


def stanza_resources_dir() -> Path:
    """stanza's own default: $STANZA_RESOURCES_DIR or ~/stanza_resources."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else Path.home() / "stanza_resources"


def load_manifest_set(root: Path, source: str) -> ModelSet:
    manifest_path = root / MANIFEST
    if not manifest_path.is_file():
        raise ModelNotFound(
            f"no {MANIFEST} in {root}: a model directory needs one (see the README's 'Models' section)"
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotFound(f"cannot read {manifest_path}: {exc}") from exc
    files: dict[str, Path] = {}
    for processor in PROCESSORS:
        entry = manifest.get("models", {}).get(processor)
        if not entry:
            raise ModelNotFound(
                f"{manifest_path} names no '{processor}' model; rebuild it with training/train_models.py"
            )
        path = root / entry["file"]
        if not path.is_file():
            raise ModelNotFound(f"model file {path} is missing; reinstall quotetrace or rebuild the model")
        files[processor] = path
    return ModelSet(source=source, root=root, files=files, manifest=manifest)


def official_models_present(resources_dir: Path | None = None) -> bool:
    root = resources_dir or stanza_resources_dir()
    english = root / "en"
    if not (root / "resources.json").is_file() or not english.is_dir():
        return False
    return all(any((english / processor).glob("*.pt")) for processor in ("tokenize", "pos", "lemma", "depparse"))


def select_models(choice: str = "auto") -> ModelSet:
    """`auto` | `bundled` | `stanza` | a directory path → the models to load."""
    if choice == "auto":
        if official_models_present():
            return ModelSet(source="stanza", root=stanza_resources_dir())
        return load_manifest_set(bundled_dir(), "bundled")
    if choice == "bundled":
        return load_manifest_set(bundled_dir(), "bundled")
    if choice == "stanza":
        if not official_models_present():
            raise ModelNotFound(
                f"stanza's official English models are not installed in {stanza_resources_dir()}; "
                "run 'quotetrace models download' where a network exists, or use --models bundled"
            )
        return ModelSet(source="stanza", root=stanza_resources_dir())
    path = Path(choice).expanduser()
    if not path.is_dir():
        raise ModelNotFound(f"--models {choice!r}: not 'auto', 'bundled', 'stanza' or an existing directory")
    return load_manifest_set(path, "path")


def installed_models() -> list[dict[str, Any]]:
    """What `quotetrace models` lists: every source, usable or not, with the reason."""
    rows: list[dict[str, Any]] = []
    try:
        rows.append({**load_manifest_set(bundled_dir(), "bundled").describe(), "usable": True})
    except ModelNotFound as exc:
        rows.append({"source": "bundled", "root": str(bundled_dir()), "usable": False, "problem": str(exc)})
    if official_models_present():
        rows.append({**ModelSet(source="stanza", root=stanza_resources_dir()).describe(), "usable": True})
    else:
        rows.append(
            {
                "source": "stanza",
                "root": str(stanza_resources_dir()),
                "usable": False,
                "problem": "not installed (quotetrace models download)",
            }
        )
    return rows


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_official_models(resources_dir: Path | None = None) -> Path:
    """Fetch stanza's official English models with stanza's own downloader.

    Offline this fails, and says that the bundled model stays in use.
    """
    from . import annotate  # the only module allowed to import stanza

    root = resources_dir or stanza_resources_dir()
    annotate.download_english(root)
    return root
