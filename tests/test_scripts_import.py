"""Every bench/ and training/ script still imports: they reach into core by name (the scorer's pairing,
the attribution modes), CI runs none of them, and a moved name (`MODES` into `attribution.plan`,
`match_all` into `evaluate.matching`) once broke two of them silently."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted([*ROOT.joinpath("bench").glob("*.py"), *ROOT.joinpath("training").glob("*.py")])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_script_imports(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("torch")  # the attribution recipe and its benches need the minilm extra
    monkeypatch.syspath_prepend(str(path.parent))
    name = f"_script_{path.parent.name}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)  # runs the top level only: every script keeps its work in main()
