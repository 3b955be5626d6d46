"""The `quotetrace` command: thin click commands over the core.

    quotetrace FILES...            find quotes (the default command; `-` reads stdin)
    quotetrace eval GOLD_DIR       score against brat gold
    quotetrace models [download]   show or fetch models

Data goes to stdout, diagnostics to stderr. Exit codes: 0 success, 1 a document or the run
failed, 2 usage error. Core errors become one-line messages here and nowhere else.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click
from quotetrace.core import __version__
from quotetrace.core.errors import QuotetraceError
from rich.console import Console
from rich.table import Table

from . import render
from .read import InputDocument, InputFailure, read_inputs

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "brat", "summary")
KINDS = ("direct", "mixed", "indirect")
CUE_TYPES = ("speech", "thought", "evidence")


class DefaultCommandGroup(click.Group):
    """`quotetrace FILE` means `quotetrace extract FILE`: the main job needs no sub-command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["extract", *args]
        return super().parse_args(ctx, args)


def _csv_list(allowed: tuple[str, ...]) -> Any:
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
        if value is None:
            return allowed
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        unknown = [v for v in items if v not in allowed]
        if unknown:
            raise click.BadParameter(f"{', '.join(unknown)} not in {', '.join(allowed)}")
        return items

    return convert


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrace")
def main() -> None:
    """Find every quote in news text and tell who said what, with exact character spans."""


@main.command("extract")
@click.argument("inputs", nargs=-1, metavar="[FILES|DIRS|-]...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: table on a terminal, jsonl otherwise].")
@click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="text: one article per file; jsonl: one JSON object per line.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the article text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field holding the document id.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
@click.option("--models", default="auto", show_default=True,
              help="auto, bundled, bundled-small (no transformer), stanza (official models) or a model directory.")
@click.option("--kinds", callback=_csv_list(KINDS), default=None, help="Keep these kinds: direct,mixed,indirect.")
@click.option("--cue-types", callback=_csv_list(CUE_TYPES), default=None,
              help="Keep these cue types: speech,thought,evidence [default: all].")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--speakers", is_flag=True, help="Rank speakers by quotes and quoted words (= --format summary).")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="brat: write <id>.txt and <id>.ann here instead of printing.")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=16, show_default=True,
              help="Documents annotated together.")
@click.option("--threads", type=click.IntRange(1, 256), default=None, help="CPU threads for torch.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Worker processes, each with its own models (default: one per CPU core).")
def extract_command(inputs: tuple[str, ...], fmt: str | None, input_format: str, text_field: str, id_field: str,
                    encoding: str, models: str, kinds: tuple[str, ...], cue_types: tuple[str, ...],
                    min_confidence: float, speakers: bool, output_dir: Path | None, batch_size: int,
                    threads: int | None, workers: int | None) -> None:
    """Find quotes in FILES (directories: every *.txt; `-` or nothing: stdin)."""
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("give one or more files, directories or '-' for stdin")
        inputs = ("-",)
    fmt = "summary" if speakers else fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if output_dir is not None and fmt != "brat":
        raise click.UsageError("--output-dir goes with --format brat")

    from quotetrace.core.pipeline import Failure, QuoteTracer
    from quotetrace.core.workers import default_workers

    try:
        tracer = QuoteTracer(models, threads=threads, batch_size=batch_size, cue_types=cue_types,
                             workers=workers or default_workers())
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    if models != "bundled-small":
        for note in tracer.models.notes:  # a fallback the user did not ask for: say so once
            _warn(note)

    failures = 0

    def documents() -> Iterator[tuple[str, str]]:
        nonlocal failures
        for item in read_inputs(list(inputs), encoding=encoding, input_format=input_format,  # type: ignore[arg-type]
                                text_field=text_field, id_field=id_field, stdin=sys.stdin.buffer):
            if isinstance(item, InputFailure):
                failures += 1
                _warn(f"{item.id}: {item.message}")
                continue
            assert isinstance(item, InputDocument)
            yield item.id, item.text

    def records() -> Iterator[tuple[dict[str, Any], str]]:
        nonlocal failures
        for outcome in tracer.extract(documents()):
            if isinstance(outcome, Failure):
                failures += 1
                _warn(f"{outcome.document_id}: {outcome.message}")
                continue
            yield _filtered(outcome.to_record(), kinds, min_confidence), outcome.text

    out = sys.stdout
    try:
        _emit(fmt, records(), out, output_dir)
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failures:
        _warn(f"{failures} document(s) failed")
        sys.exit(1)


def _filtered(record: dict[str, Any], kinds: tuple[str, ...], min_confidence: float) -> dict[str, Any]:
    quotes = [q for q in record["quotes"] if q["kind"] in kinds and q["confidence"] >= min_confidence]
    used = {q["speaker"]["entity"] for q in quotes if q["speaker"]}
    speakers = [s for s in record["speakers"] if s["id"] in used]
    return {**record, "quotes": quotes, "speakers": speakers}


def _emit(fmt: str, records: Iterator[tuple[dict[str, Any], str]], out: TextIO, output_dir: Path | None) -> None:
    # Off a terminal rich would assume 80 columns; a table in a file or a pager reads better wider.
    width = None if out.isatty() else 120
    if fmt == "table":
        render.render_table(records, Console(file=out, soft_wrap=False, width=width))
    elif fmt == "summary":
        render.render_summary((record for record, _ in records), Console(file=out, width=width))
    elif fmt == "json":
        render.write_json((record for record, _ in records), out)
    elif fmt == "jsonl":
        render.write_jsonl((record for record, _ in records), out)
    elif fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        render.write_csv_header(out, delimiter)
        for record, _ in records:
            render.write_csv_rows(record, out, delimiter)
            out.flush()
    elif fmt == "brat":
        _emit_brat(records, out, output_dir)


def _emit_brat(records: Iterator[tuple[dict[str, Any], str]], out: TextIO, output_dir: Path | None) -> None:
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    for record, text in records:
        ann = render.render_brat(record, text)
        if output_dir is None:
            out.write(f"# {record['id']}\n{ann}")
            if ann and not ann.endswith("\n"):
                out.write("\n")
            continue
        stem = _safe_stem(record["id"])
        # newline="" keeps CRLF and every other character where the offsets say they are
        with (output_dir / f"{stem}.txt").open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        with (output_dir / f"{stem}.ann").open("w", encoding="utf-8", newline="") as handle:
            handle.write(ann)


def _safe_stem(doc_id: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id).strip("._")
    return cleaned or "document"


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this saved JSONL output instead of running quotetrace.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", type=click.IntRange(0, 10_000), default=0, show_default=True,
              help="Also show the N worst misses and false alarms.")
@click.option("--models", default="auto", show_default=True, help="Models to run when --pred is not given.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Score only the first N documents.")
def eval_command(gold_dir: Path, pred: Path | None, as_json: bool, errors: int, models: str,
                 limit: int | None) -> None:
    """Score quotes against brat gold (GOLD_DIR/text/*.txt + GOLD_DIR/attributions/*.ann)."""
    from quotetrace.core import evaluate

    try:
        gold = evaluate.read_brat_corpus(gold_dir)
        if limit is not None:
            gold = gold[:limit]
        predictions = evaluate.read_predictions_jsonl(pred) if pred is not None else _predict(gold, models)
        report = evaluate.score(gold, predictions)
        found = evaluate.find_errors(gold, predictions, errors) if errors else None
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    out = sys.stdout
    try:
        if as_json:
            payload = dict(report)
            if found is not None:
                payload["errors"] = found
            out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
            return
        from .render_eval import format_errors, render_eval_report

        console = Console(file=out)
        render_eval_report(report, console)
        if found is not None:
            format_errors(found, console)
    except BrokenPipeError:
        _quiet_broken_pipe()


def _predict(gold: list[Any], models: str) -> dict[str, dict[str, Any]]:
    from quotetrace.core.pipeline import Failure, QuoteTracer

    tracer = QuoteTracer(models)
    predictions: dict[str, dict[str, Any]] = {}
    for outcome in tracer.extract((doc.id, doc.text) for doc in gold):
        if isinstance(outcome, Failure):
            _warn(f"{outcome.document_id}: {outcome.message}")
            continue
        predictions[outcome.document_id] = outcome.to_record()
    return predictions


@main.group("models", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def models_group(ctx: click.Context, as_json: bool) -> None:
    """Show the installed models (bundled, stanza's official), their sizes and scores."""
    if ctx.invoked_subcommand is not None:
        return
    from quotetrace.core.models import installed_models, select_models

    rows = installed_models()
    try:
        chosen = select_models("auto").source
    except QuotetraceError:
        chosen = None
    out = sys.stdout
    if as_json:
        out.write(json.dumps({"default": chosen, "models": rows}, indent=2) + "\n")
        return
    table = Table(title="quotetrace models")
    for column in ("source", "in use", "tagger", "size (MB)", "scores (EWT dev, end to end)", "where"):
        table.add_column(column)
    notes: list[str] = []
    for row in rows:
        scores = row.get("scores", {}).get("ewt_dev", {}) if row.get("usable") else {}
        score_text = " ".join(f"{k} {v}" for k, v in scores.items() if k in ("tokens", "sentences", "upos", "las"))
        table.add_row(row["source"], "yes" if row["source"] == chosen else "", _tagger_text(row),
                      str(row.get("size_mb", "")), score_text or row.get("problem", ""), row["root"])
        notes += [f"{row['source']}: {note}" for note in row.get("notes", [])]
    console = Console(file=out)
    console.print(table)
    for note in notes:
        console.print(note, markup=False)


def _tagger_text(row: dict[str, Any]) -> str:
    if row.get("source") == "stanza" or not row.get("usable"):
        return ""
    verified = row.get("transformer_verified", {})
    if not verified:
        return "small"
    names = ", ".join(name.rsplit("/", 1)[-1] for name in verified)
    return f"{names} ({'verified' if all(verified.values()) else 'NOT the pinned weights'})"


@models_group.command("download")
def models_download() -> None:
    """Fetch stanza's official English models (needs a network)."""
    from quotetrace.core.models import download_official_models

    try:
        where = download_official_models()
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"stanza's English models installed in {where}; quotetrace now uses them by default")


def _warn(message: str) -> None:
    click.echo(f"quotetrace: {message}", err=True)


def _quiet_broken_pipe() -> None:
    """`quotetrace ... | head`: the reader left; stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


if __name__ == "__main__":
    main()
