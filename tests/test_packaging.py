"""pyproject.toml lists quotetrace's packages by hand (the import names differ from the folders), and CI
installs without -e: a package folder missing from the list installs without its modules. This keeps the
list and the folders the same."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return set(config["packages"])


def _on_disk() -> set[str]:
    found = set()
    for top, name in (("core", "quotetrace.core"), ("cli", "quotetrace.cli")):
        for init in (ROOT / top).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / top).parts
            found.add(".".join((name, *parts)))
    return found


def test_every_package_folder_is_declared_and_every_declared_package_exists() -> None:
    assert _declared() == _on_disk()
