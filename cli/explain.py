"""Commands that show how the rules work: `quotetrace rules` (the registry), `quotetrace debug-parse FILE`
(the parse the rules see, as a test table and as CoNLL-U) and the trace table of `--explain`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, get_args

import click
from quotetrace.core.errors import QuotetraceError
from quotetrace.core.rules import Family
from rich.console import Console
from rich.table import Table

from . import render
from .checks import checked_models


def register(group: click.Group) -> None:
    """Add this module's commands to the `quotetrace` group."""
    group.add_command(rules_command)
    group.add_command(debug_parse_command)


def _registry_rows() -> list[dict[str, Any]]:
    from quotetrace.core.build import build_document
    from quotetrace.core.rules import RULES, rule_examples

    examples: dict[str, list[dict[str, str]]] = {}
    for example in rule_examples():
        text = build_document(example.table).text
        examples.setdefault(example.rule_id, []).append({"text": text, "quote": example.quote})
    return [{"id": r.id, "family": r.family, "priority": r.priority, "confidence": r.confidence,
             "description": r.description, "examples": examples.get(r.id, [])} for r in RULES.values()]


@click.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the registry as JSON.")
@click.option("--family", type=click.Choice(get_args(Family)), default=None, help="Only this family.")
def rules_command(as_json: bool, family: str | None) -> None:
    """List every rule and step (id, family, priority, base confidence, description, example)."""
    rows = [r for r in _registry_rows() if family is None or r["family"] == family]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table(show_lines=True)
    for column in ("id", "family", "priority", "conf.", "description", "example → quote"):
        table.add_column(column, overflow="fold")
    for row in rows:
        example = "\n".join(f"{e['text']}\n→ {e['quote']}" for e in row["examples"]) or "—"
        confidence = "—" if row["confidence"] is None else f"{row['confidence']:.2f}"
        table.add_row(row["id"], row["family"], str(row["priority"]), confidence, row["description"], example)
    Console(file=sys.stdout, width=None if sys.stdout.isatty() else 160).print(table)


@click.command("debug-parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as", "shape", type=click.Choice(["table", "conllu", "both"]), default="both", show_default=True,
              help="table: rows for core.build.build_document (paste into a test); conllu: CoNLL-U.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of FILE.")
@click.option("--models", default="auto", show_default=True, help="Models to parse with (as for extract).")
def debug_parse_command(file: Path, shape: str, encoding: str, models: str) -> None:
    """Print the parse the rules see for FILE: a test table and/or CoNLL-U."""
    from quotetrace.core.conllu import document_conllu, document_table
    from quotetrace.core.pipeline import QuoteTracer

    try:
        text = file.read_text(encoding=encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise click.ClickException(f"{file}: cannot read as {encoding} ({type(exc).__name__})") from exc
    try:
        document = QuoteTracer(checked_models(models)).annotate([text], [file.stem])[0]
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    if shape in ("table", "both"):
        click.echo(document_table(document), nl=False)
    if shape == "both":
        click.echo()
    if shape in ("conllu", "both"):
        click.echo(document_conllu(document), nl=False)


def render_explained_table(records: Iterable[tuple[dict[str, Any], str]], console: Console) -> None:
    """The quote table of each document, then its quotes' traces (needs records made with `trace=True`)."""
    for record, text in records:
        render.render_table([(record, text)], console)
        if not record["quotes"]:
            continue
        table = Table(title=f"why ({record['id']})", title_justify="left",
                      caption="speaker:LINK(FACTOR×VALUE, …): how the speaker was linked and what it did to the "
                              "confidence (× multiplies, ≤ caps)", caption_justify="left")
        table.add_column("quote")
        table.add_column("rule")
        table.add_column("trace", overflow="fold")
        for quote in record["quotes"]:
            table.add_row(quote["id"], quote["rule"], " → ".join(quote.get("trace", [])))
        console.print(table)
