"""The shape of core/ stays what a newcomer can read: no module over 500 lines, no function over 60
lines without its reason ("long because …" in a comment or its docstring), no backslash continuation,
and every condition that mixes `and` and `or` bracketed."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "core"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MODULES = sorted(CORE.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(CORE.parent))


def long_functions(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, lines) of each function over `MAX_FUNCTION_LINES` lines that does not say
    why in a comment or its docstring ("long because")."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            body = "\n".join(lines[node.lineno - 1 : node.end_lineno])
            if length > MAX_FUNCTION_LINES and "long because" not in body:
                found.append((node.name, node.lineno, length))
    return found


def backslash_continuations(source: str) -> list[int]:
    """Lines that end in a backslash continuation (outside strings)."""
    in_string: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            in_string.update(range(token.start[0], token.end[0]))
    return [n for n, line in enumerate(source.splitlines(), 1) if line.endswith("\\") and n not in in_string]


def unbracketed_mixes(source: str) -> list[int]:
    """Lines where an `and` sits directly inside an `or` (or the reverse) without brackets of its own."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.BoolOp):
            continue
        for value in node.values:
            if not isinstance(value, ast.BoolOp) or type(value.op) is type(node.op):
                continue
            # col_offset counts UTF-8 bytes; the bracket, if any, is the last thing before the operand
            number = value.lineno - 1
            before = lines[number].encode()[: value.col_offset].decode().rstrip()
            while not before and number > 0:
                number -= 1
                before = lines[number].rstrip()
            if not before.endswith("("):
                found.append(value.lineno)
    return found


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_module_shape(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES, f"{_name(path)}: split it by responsibility"
    assert long_functions(source) == [], f"{_name(path)}: shorten, or say why ('long because …')"
    assert backslash_continuations(source) == [], f"{_name(path)}: bracket the expression instead"
    assert unbracketed_mixes(source) == [], f"{_name(path)}: bracket the inner and/or"


def test_the_checks_catch_what_they_look_for() -> None:
    long_body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    assert long_functions(f"def f():\n{long_body}\n") == [("f", 1, MAX_FUNCTION_LINES + 1)]
    assert long_functions(f"def f():\n    # long because: one table\n{long_body}\n") == []
    assert backslash_continuations('x = 1 + \\\n    2\ny = "a\\\\"\n') == [1]
    assert unbracketed_mixes("x = a and b or c\n") == [1]
    assert unbracketed_mixes("x = (a and b) or c\ny = a or (\n    b and c)\nz = f(a and b) or c\n") == []
    assert unbracketed_mixes("z = f(a or b and c)\n") == [1]
