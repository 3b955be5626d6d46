"""The empty resources.json stanza is pointed at when every model path is given, so it looks nothing up.

stanza insists on a resources folder even then; an empty index keeps it from reaching for the network.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

_RESOURCES_DIR: str | None = None


def empty_resources_dir() -> str:
    """A directory holding an empty stanza resources.json, so stanza looks nothing up: one per user,
    reused by every process, so a killed worker (whose exit handlers never run) leaves nothing behind.
    A directory of that name that another user owns or others may write to is not trusted: a private
    one is made instead and removed at exit."""
    global _RESOURCES_DIR
    if _RESOURCES_DIR is None:
        directory = Path(tempfile.gettempdir()) / f"quotetrace-stanza-{_user_id()}"
        if not _private_resources(directory):
            directory = Path(tempfile.mkdtemp(prefix="quotetrace-stanza-"))
            (directory / "resources.json").write_text("{}", encoding="utf-8")
            atexit.register(shutil.rmtree, directory, ignore_errors=True)
        _RESOURCES_DIR = str(directory)
    return _RESOURCES_DIR


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)  # not on Windows, where the temporary folder is the user's own
    return str(getuid()) if getuid is not None else "user"


def _private_resources(directory: Path) -> bool:
    """Whether `directory` is (or now is) this user's own, closed to others, with an empty resources.json."""
    try:
        directory.mkdir(mode=0o700, exist_ok=True)
        status = directory.lstat()  # a symbolic link planted there is refused, not followed
        getuid = getattr(os, "getuid", None)
        if (getuid is not None and status.st_uid != getuid()) or status.st_mode & 0o022:
            return False
        resources = directory / "resources.json"
        if not resources.is_file() or resources.read_text(encoding="utf-8") != "{}":
            # written whole, then renamed: a process reading it never sees half a file
            partial = directory / f"resources.{os.getpid()}.tmp"
            partial.write_text("{}", encoding="utf-8")
            os.replace(partial, resources)
        return True
    except OSError:
        return False
