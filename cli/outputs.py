"""Output directories (`--output-dir` for brat files and Dask partitions), made ready before the models load."""

from __future__ import annotations

import tempfile
from pathlib import Path


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
