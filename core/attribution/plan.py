"""Which attribution model a choice (`--attribution`) means, found without loading it.

Kept apart from `runner` (which imports torch) so that a process that only shares documents out to
workers, and never runs the model itself, checks the choice and the installed files but loads nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError, ModelNotFound
from ..models import MANIFEST, bundled_dir, find_transformer

#: the attribution modes: the rules alone, the tagger alone, or both combined
MODES = ("rules", "model", "hybrid")

CHOICES = ("auto", *MODES)


def attribution_entry() -> dict[str, Any]:
    """The bundled manifest's `attribution_model` entry ({} when no attribution model is bundled;
    the manifest's `attribution` key is the citation list of the stanza models)."""
    manifest_path = bundled_dir() / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotFound(f"cannot read {manifest_path}: {exc}") from exc
    entry = manifest.get("attribution_model", {})
    return entry if isinstance(entry, dict) else {}


@dataclass(frozen=True)
class AttributionPlan:
    """Which attribution model `runner.select_attribution` would load: found, not loaded."""

    path: Path
    transformer: Path
    mode: str


def plan_attribution(choice: str) -> AttributionPlan | None:
    """`choice` checked against what is installed, without loading anything (None: the rules alone).
    ModelError for an unknown choice; ModelNotFound when `model` or `hybrid` is asked for and the
    model or its transformer is not installed."""
    if choice not in CHOICES:
        raise ModelError(f"--attribution {choice!r}: choose one of {', '.join(CHOICES)}")
    if choice == "rules":
        return None
    entry = attribution_entry()
    path = bundled_dir() / str(entry.get("file", ""))
    directory, why = None, "this quotetrace bundles no attribution model"
    if entry and path.is_file():
        directory, why = find_transformer(str(entry.get("transformer", "")), _bundled_manifest())
    if directory is None:
        if choice == "auto":
            return None
        raise ModelNotFound(f"--attribution {choice} needs the attribution model: {why}")
    mode = str(entry.get("default", "rules")) if choice == "auto" else choice
    if mode == "rules":
        return None
    return AttributionPlan(path, directory, mode)



def _bundled_manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((bundled_dir() / MANIFEST).read_text(encoding="utf-8"))
    return loaded
