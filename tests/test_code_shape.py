"""The shape of core/ stays what a newcomer can read: no module over 500 lines, no function over 60
lines without its reason ("long because …" in a comment or its docstring), no backslash continuation,
every condition that mixes `and` and `or` bracketed, and no import cycle between core's modules."""

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


def _module_of(path: Path) -> str:
    parts = path.relative_to(CORE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """core/'s modules (dotted, from the repository root: 'core.quotes.marks') -> the core modules each
    imports anywhere in its file (inside functions and TYPE_CHECKING blocks too: a lazy import still
    ties two modules together)."""
    modules = {_module_of(path): path for path in MODULES}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
                for alias in node.names:  # 'from . import windows' names a module
                    edges.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quotetrace.core"):
                edges.add("core" + (node.module or "")[len("quotetrace.core"):])
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of two modules or more (Tarjan's algorithm), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_core_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "core.quotes.marks" in graph["core.pipeline"] and "core.workers" in graph["core.pipeline"]
    assert cycles(graph) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
