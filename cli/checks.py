"""What is checked before the models load (seconds, not the minutes a run may take): output directories
(`--output-dir` for brat files and Dask partitions) and the `--models` choice."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import click


def directory_problem(directory: Path) -> str | None:
    """Why files cannot be written under `directory`, in a few words, or None when they can.

    The directory is created (with its parents) and a temporary file is made and removed in it:
    asking `os.access` is not enough, since it says yes to root for /proc, a read-only mount or a
    full disk, where writing still fails later (after the models took seconds to load)."""
    if directory.exists() and not directory.is_dir():
        return "exists and is not a directory"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return f"cannot be created or written ({reason})"
    return None


def checked_models(choice: str) -> Any:
    """The `ModelSet` that `--models choice` names, found before anything loads (reading manifests
    only): a name that is no keyword and no model directory, or `stanza` where stanza's models are
    not installed, is a usage error (exit 2); a broken installation is an error of the run (exit 1)."""
    from quotetrace.core.errors import ModelNotFound
    from quotetrace.core.models import select_models

    try:
        return select_models(choice)
    except ModelNotFound as exc:
        if choice in ("auto", "bundled", "bundled-small"):
            raise click.ClickException(str(exc)) from exc
        message = str(exc)
        raise click.UsageError(message if message.startswith("--models") else f"--models {choice}: {message}") from exc
