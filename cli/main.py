"""The `quotetrace` command: thin click commands over the core.

    quotetrace FILES...            find quotes (the default command; `-` reads stdin)
    quotetrace eval GOLD_DIR       score against brat gold
    quotetrace models [download]   show or fetch models

Data goes to stdout, diagnostics to stderr. Exit codes: 0 success, 1 a document or the run
failed, 2 usage error. Core errors become one-line messages here and nowhere else.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from quotetrace.core import __version__
from quotetrace.core.errors import QuotetraceError
from rich.console import Console
from rich.table import Table

from . import dask_engine, explain, render
from .checks import checked_models, directory_problem
from .progress import WorkProgress, loading, progress_wanted
from .read import (
    InputFailure,
    Source,
    check_encoding,
    plan_inputs,
    read_inputs,
    read_sources,
    warning_duplicate_ids,
)
from .stop import INTERRUPTED_STATUS, TERMINATED_STATUS, Terminated, sigterm_as_interrupt

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "brat", "summary", "html", "parquet")
KINDS = ("direct", "mixed", "indirect")
CUE_TYPES = ("speech", "thought", "evidence")
# Formats that show each quote's trace with --explain (a `trace` key, a trace table, a trace column).
EXPLAIN_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# Formats --speakers can give its ranking in; the others would need a silent change of format.
SPEAKER_FORMATS = ("table", "summary", "json", "jsonl", "csv", "tsv")

USAGE_FIRST = """Find every quote in news text and tell who said what, with exact character spans.

\b
  quotetrace FILE|DIR|- ...        find quotes (the main job: no sub-command needed)
  quotetrace FILE -f json          the quotetrace/1 JSON (see `quotetrace extract --help`)
  quotetrace eval GOLD_DIR         score against brat gold
  quotetrace models                installed models

`quotetrace extract --help` lists every option of the main job.
"""


_FULL_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class DefaultCommandGroup(click.Group):
    """`quotetrace FILE` means `quotetrace extract FILE`: the main job needs no sub-command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["extract", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        """Every command's end on Ctrl-C, SIGTERM or a failed write to stdout: one line, never a traceback."""
        try:
            try:
                with sigterm_as_interrupt():
                    return super().invoke(ctx)
            finally:  # on sys.exit too: a write error found only by the last flush is still reported
                _Stdout().flush()
        except Terminated:
            _interrupted("terminated", TERMINATED_STATUS)
        except KeyboardInterrupt:
            _interrupted("interrupted", INTERRUPTED_STATUS)
        except (BrokenPipeError, ReaderLeft):
            _quiet_broken_pipe()
        except OutputError as exc:
            _silence_stdout()
            _warn(f"cannot write output: {exc}")
            sys.exit(1)
        except OSError as exc:
            # A disk full or over quota, met by a write that did not go through _Stdout (click.echo,
            # a rich console on sys.stdout); reading an input names its file and is reported there.
            if exc.filename is not None or exc.errno not in _FULL_DISK_ERRNOS:
                raise
            _silence_stdout()
            _warn(f"cannot write output: {exc.strerror or exc}")
            sys.exit(1)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] FILES|DIRS|- ...  |  COMMAND [ARGS]...")


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


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """One shared definition of a group of options (datasette's style): `@input_options` on any
    command that reads articles, and another option is one line added here."""

    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


input_options = _options(
    click.argument("inputs", nargs=-1, metavar="[FILES|DIRS|-]..."),
    click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
                 help="text: one article per file; jsonl: one JSON object per line."),
    click.option("--text-field", default="text", show_default=True, help="JSONL field holding the article text."),
    click.option("--id-field", default="id", show_default=True, help="JSONL field holding the document id."),
    click.option("--encoding", default=None,
                 help="Input encoding [default: UTF-8, else detected and named on stderr]."),
)
# Every option here but --models reaches QuoteTracer(...) as a keyword argument of the same name, so
# a new tracer option (--workers) is one line here and nothing else in the command.
model_options = _options(
    click.option("--models", default="auto", show_default=True,
                 help="auto, bundled, bundled-small (no transformer), stanza (official models) or a model directory."),
    click.option("--attribution", type=click.Choice(["auto", "rules", "model", "hybrid"]), default="auto",
                 show_default=True, help="Who attributes quotes: the rules, the learned model, or both "
                 "(auto: the mode the bundled model measured best, else rules)."),
    click.option("--batch-size", type=click.IntRange(1, 1024), default=16, show_default=True,
                 help="Documents annotated together."),
    click.option("--threads", type=click.IntRange(1, 256), default=None, help="CPU threads for torch."),
)
filter_options = _options(
    click.option("--kinds", callback=_csv_list(KINDS), default=None, help="Keep these kinds: direct,mixed,indirect."),
    click.option("--cue-types", callback=_csv_list(CUE_TYPES), default=None,
                 help="Keep these cue types: speech,thought,evidence [default: all]."),
    click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True),
)
output_options = _options(
    click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
                 help="Output format [default: table on a terminal, jsonl otherwise]."),
    click.option("--speakers", is_flag=True,
                 help="Rank speakers by quotes and quoted words: a table on a terminal, else JSONL; -f json|csv|tsv."),
    click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                 help="brat: write <id>.txt and <id>.ann here instead of printing."),
    click.option("--full", is_flag=True, help="Table: show every quote whole, however long."),
    click.option("--highlight", is_flag=True,
                 help="Print each article with its quotes coloured by speaker (a terminal view)."),
    click.option("-q", "--quiet", is_flag=True, help="No progress display on stderr."),
    click.option("--explain", "explain_traces", is_flag=True,
                 help="Add each quote's trace: the rules and steps that made it."),
)


@click.group(cls=DefaultCommandGroup, help=USAGE_FIRST, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrace")
def main() -> None:
    pass


explain.register(main)  # quotetrace rules, quotetrace debug-parse


@dataclass(frozen=True, slots=True)
class OutputChoice:
    fmt: str
    speakers: bool
    output_dir: Path | None
    full: bool
    highlight: bool
    explain: bool = False


def _output_choice(fmt: str | None, speakers: bool, output_dir: Path | None, full: bool,
                   highlight: bool, explain_traces: bool = False) -> OutputChoice:
    """The output asked for, or a usage error for options that do not go together."""
    on_terminal = sys.stdout.isatty()
    if highlight:
        if fmt not in (None, "table") or speakers:
            raise click.UsageError("--highlight is a terminal view; it does not go with --format or --speakers")
        fmt = "table"
    if speakers:
        fmt = fmt or ("table" if on_terminal else "jsonl")
        if fmt not in SPEAKER_FORMATS:
            raise click.UsageError(f"--speakers gives its ranking as {', '.join(SPEAKER_FORMATS)}, not {fmt}")
    fmt = fmt or ("table" if on_terminal else "jsonl")
    if full and (fmt != "table" or highlight or speakers):
        # every other output holds each quote whole already; --full is the table's way to ask for that
        raise click.UsageError(f"--full is for the quote table; -f {fmt} always gives every quote whole"
                               if fmt != "table" else "--full is for the quote table, not --highlight or --speakers")
    if explain_traces and (fmt not in EXPLAIN_FORMATS or highlight or speakers):
        raise click.UsageError(f"--explain adds each quote's trace to {', '.join(EXPLAIN_FORMATS)} output "
                               "(not --highlight or --speakers)")
    if output_dir is not None:
        if fmt != "brat":
            raise click.UsageError("--output-dir goes with --format brat")
        problem = directory_problem(output_dir)
        if problem:
            raise click.UsageError(f"--output-dir {output_dir}: {problem}")
    return OutputChoice(fmt, speakers, output_dir, full, highlight, explain_traces)


@main.command("extract")
@input_options
@output_options
@filter_options
@model_options
@dask_engine.dask_options
def extract_command(inputs: tuple[str, ...], input_format: str, text_field: str, id_field: str,
                    encoding: str | None, fmt: str | None, speakers: bool, output_dir: Path | None, full: bool,
                    highlight: bool, quiet: bool, explain_traces: bool, kinds: tuple[str, ...],
                    cue_types: tuple[str, ...], min_confidence: float, models: str,
                    **tracer_options: Any) -> None:
    """Find quotes in FILES (directories: every *.txt; `-` or nothing: stdin)."""
    _check_input_options(inputs, input_format, text_field, id_field)
    engine = {name: tracer_options.pop(name) for name in dask_engine.OPTION_NAMES}
    if dask_engine.wanted(engine, fmt):
        _extract_on_dask(locals(), engine)
    from quotetrace.core.workers import default_workers

    tracer_options["workers"] = engine["workers"] or default_workers()
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("give one or more files, directories or '-' for stdin")
        inputs = ("-",)
    choice = _output_choice(fmt, speakers, output_dir, full, highlight, explain_traces)
    readable, problems = _checked_inputs(inputs, input_format, encoding)
    failures = len(problems)
    # the HTML report lists failed documents with their errors; other formats leave them to stderr
    failed: list[tuple[str, str]] | None = list(problems) if choice.fmt == "html" and not choice.speakers else None
    from quotetrace.core.pipeline import Failure

    show_progress = progress_wanted(quiet)
    with loading("loading models", enabled=show_progress):
        tracer = _load_tracer(models, cue_types=cue_types, **tracer_options)
    # counting a JSONL archive's lines reads it once more: only for someone watching
    total = _document_total(readable, input_format) if show_progress else None
    with WorkProgress(total, enabled=show_progress) as progress:

        detections: set[tuple[str, str]] = set()
        documents_read = 0  # to tell an input that held no document from one without quotes

        def documents() -> Iterator[tuple[str, str]]:
            nonlocal failures, documents_read
            items = read_sources(readable, encoding=encoding, input_format=input_format,  # type: ignore[arg-type]
                                 text_field=text_field, id_field=id_field, stdin=sys.stdin.buffer)
            for item in warning_duplicate_ids(items, _warn):
                if isinstance(item, InputFailure):
                    failures += 1
                    _warn(item.message)  # the message names its file (and line) itself
                    if failed is not None:
                        failed.append((item.id, item.message))
                    continue
                detection = (item.source, item.detected_encoding or "")
                if item.detected_encoding is not None and detection not in detections:
                    detections.add(detection)  # once per file, not per line of a JSONL archive
                    _warn(f"{item.source}: not UTF-8; read as {item.detected_encoding} (detected; "
                          "--encoding forces one)")
                if item.warning is not None:
                    _warn(item.warning)
                documents_read += 1
                progress.document_read(item.text)
                yield item.id, item.text

        def records() -> Iterator[Any]:
            nonlocal failures
            for outcome in tracer.extract(documents(), progress=progress.words_done if progress.enabled else None):
                progress.document_done()
                if isinstance(outcome, Failure):
                    failures += 1
                    _warn(f"{outcome.document_id}: {outcome.message}")
                    if failed is not None:
                        failed.append((outcome.document_id, outcome.message))
                yield from _failed_documents(failed)
                if not isinstance(outcome, Failure):
                    yield _filtered(outcome.to_record(trace=choice.explain), kinds, min_confidence), outcome.text
            yield from _failed_documents(failed)

        try:
            _emit(choice, records(), _Stdout())
        except QuotetraceError as exc:
            raise click.ClickException(str(exc)) from exc
    if failures:
        _warn(f"{failures} document(s) failed")
        sys.exit(1)
    if not documents_read:  # a JSONL input of blank lines only: success would read as "no quotes found"
        _warn("the input holds no documents")
        sys.exit(1)


def _check_input_options(inputs: tuple[str, ...], input_format: str, text_field: str, id_field: str) -> None:
    """Usage errors for input options that would otherwise be ignored or read nothing: a JSONL field
    option with text input, an empty field name, standard input named twice."""
    ctx = click.get_current_context()
    for name, value in (("text_field", text_field), ("id_field", id_field)):
        option = "--" + name.replace("_", "-")
        if input_format != "jsonl" and ctx.get_parameter_source(name) != click.core.ParameterSource.DEFAULT:
            raise click.UsageError(f"{option} names a JSONL field; it goes with --input-format jsonl")
        if not value.strip():
            raise click.UsageError(f"{option} must name a field, not be empty")
    if inputs.count("-") > 1:
        raise click.UsageError("'-' (standard input) is given more than once; it can be read only once")


def _failed_documents(failed: list[tuple[str, str]] | None) -> Iterator[Any]:
    """The failures noted so far as the HTML report's FailedDocument entries (none for other formats)."""
    if not failed:
        return
    from .render_html import FailedDocument

    yield from (FailedDocument(doc_id, message) for doc_id, message in failed)
    failed.clear()


def _checked_inputs(inputs: tuple[str, ...], input_format: str,
                    encoding: str | None) -> tuple[list[Source], list[tuple[str, str]]]:
    """The readable inputs and the (name, problem) of each that failed, found before the models load
    (seconds): an unknown encoding is a usage error; missing files and empty directories are reported
    now, and when nothing is left to read the run ends here."""
    try:
        check_encoding(encoding)
        sources = plan_inputs(list(inputs), input_format)  # type: ignore[arg-type]
    except QuotetraceError as exc:
        raise click.UsageError(str(exc)) from exc
    readable = [source for source in sources if source.problem is None]
    problems = [(source.name, source.problem) for source in sources if source.problem is not None]
    for _, problem in problems:
        _warn(problem)
    if not readable:
        _warn(f"{len(problems)} input(s) failed; nothing to read")
        sys.exit(1)
    return readable, problems


def _load_tracer(models: str, **options: Any) -> Any:
    from quotetrace.core.pipeline import QuoteTracer

    model_set = checked_models(models)
    try:
        tracer = QuoteTracer(model_set, **options)
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    if models != "bundled-small":
        for note in tracer.models.notes:  # a fallback the user did not ask for: say so once
            _warn(note)
    return tracer


def _document_total(sources: list[Source], input_format: str) -> int | None:
    """How many documents the sources hold, when that is cheap to know: one per text file; for
    JSONL files the count of non-blank lines; None when standard input is among them."""
    if any(source.path is None for source in sources):
        return None
    if input_format != "jsonl":
        return len(sources)
    total = 0
    for source in sources:
        try:
            with open(source.path, "rb") as handle:  # type: ignore[arg-type]
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue  # reported when it is read
    return total


class OutputError(Exception):
    """stdout could not be written (a full disk, a closed terminal): the reason, in words."""


class ReaderLeft(Exception):
    """stdout's reader closed the pipe (`| head`): no error. Not a BrokenPipeError, which rich
    would catch and turn into exit status 1."""


class _Stdout:
    """sys.stdout looked up at each write: while progress shows, rich swaps in a proxy that keeps
    output above the progress line. A failed write becomes an `OutputError`, a closed pipe
    `ReaderLeft` (the reader left, which is no error)."""

    def write(self, text: str) -> int:
        try:
            return sys.stdout.write(text)
        except BrokenPipeError as exc:
            raise ReaderLeft() from exc
        except OSError as exc:
            raise OutputError(exc.strerror or str(exc)) from exc

    def flush(self) -> None:
        try:
            sys.stdout.flush()
        except BrokenPipeError as exc:
            raise ReaderLeft() from exc
        except OSError as exc:
            raise OutputError(exc.strerror or str(exc)) from exc

    def isatty(self) -> bool:
        return sys.stdout.isatty()


def _extract_on_dask(args: dict[str, Any], engine: dict[str, Any]) -> None:
    from functools import partial

    from quotetrace.core.dask import TraceConfig

    if not args["inputs"] and sys.stdin.isatty():
        raise click.UsageError("give one or more files, directories or '-' for stdin")
    _checked_inputs(args["inputs"] or ("-",), args["input_format"], args["encoding"])  # before any cluster starts
    if engine["scheduler"] is None:  # a remote cluster's workers find their models on their own disks
        checked_models(args["models"])
    read_options = {k: args[k] for k in ("encoding", "input_format", "text_field", "id_field")}
    options = args["tracer_options"]
    config = TraceConfig(args["models"], options["batch_size"], options["threads"] or 1, args["cue_types"],
                         options["attribution"])
    fmt = "summary" if args["speakers"] else args["fmt"]
    sys.exit(dask_engine.run_command(
        args["inputs"] or ("-",), engine, fmt=fmt, output_dir=args["output_dir"],
        read=lambda inputs: warning_duplicate_ids(read_inputs(inputs, stdin=sys.stdin.buffer, **read_options), _warn),
        config=config,
        transform=partial(_filtered, kinds=args["kinds"], min_confidence=args["min_confidence"]),
        settings={**read_options, "kinds": list(args["kinds"]), "min_confidence": args["min_confidence"]}))


def _filtered(record: dict[str, Any], kinds: tuple[str, ...], min_confidence: float) -> dict[str, Any]:
    quotes = [q for q in record["quotes"] if q["kind"] in kinds and q["confidence"] >= min_confidence]
    used = {q["speaker"]["entity"] for q in quotes if q["speaker"]}
    speakers = [s for s in record["speakers"] if s["id"] in used]
    return {**record, "quotes": quotes, "speakers": speakers}


def _emit(choice: OutputChoice, records: Iterator[tuple[dict[str, Any], str]], out: Any) -> None:
    # Off a terminal rich would assume 80 columns; a table in a file or a pager reads better wider.
    width = None if out.isatty() else 120
    fmt = choice.fmt
    if choice.speakers:
        _emit_speakers(fmt, (record for record, _ in records), out, width)
    elif choice.highlight:
        console = Console(file=out, width=width)
        if not console.is_terminal:  # rich drops colours off a terminal, and the quotes with them
            _warn("--highlight shows quotes by colour, which a pipe or file loses; "
                  "set FORCE_COLOR=1 to keep them (e.g. for `less -R`)")
        render.render_highlight(records, console)
    elif fmt == "table" and choice.explain:
        explain.render_explained_table(records, Console(file=out, soft_wrap=False, width=width))
    elif fmt == "table":
        render.render_table(records, Console(file=out, soft_wrap=False, width=width), full=choice.full)
    elif fmt == "summary":
        render.render_summary((record for record, _ in records), Console(file=out, width=width))
    elif fmt == "json":
        render.write_json((record for record, _ in records), out)
    elif fmt == "jsonl":
        render.write_jsonl((record for record, _ in records), out)
    elif fmt == "csv":
        render.write_csv_header(out, trace=choice.explain)
        for record, _ in records:
            render.write_csv_rows(record, out, trace=choice.explain)
    elif fmt == "tsv":
        render.write_tsv_header(out, trace=choice.explain)
        for record, _ in records:
            render.write_tsv_rows(record, out, trace=choice.explain)
    elif fmt == "html":
        from .render_html import write_html

        write_html(records, out)
    elif fmt == "brat":
        _emit_brat(records, out, choice.output_dir)


def _emit_speakers(fmt: str, records: Iterator[dict[str, Any]], out: Any, width: int | None) -> None:
    if fmt in ("table", "summary"):
        render.render_summary(records, Console(file=out, width=width))
    elif fmt == "json":
        render.write_speakers_json(records, out)
    elif fmt == "jsonl":
        render.write_jsonl((render.speakers_record(record) for record in records), out)
    else:
        render.write_speakers_rows(records, out, "\t" if fmt == "tsv" else ",")


def _emit_brat(records: Iterator[tuple[dict[str, Any], str]], out: Any, output_dir: Path | None) -> None:
    """brat files on `out`, or a .txt and .ann per document under `output_dir` (made ready before the
    models loaded); a document whose files cannot be written is reported and the others still are."""
    unwritten = 0
    for record, text in records:
        ann = render.render_brat(record, text)
        if output_dir is None:
            out.write(f"# {record['id']}\n{ann}")
            if ann and not ann.endswith("\n"):
                out.write("\n")
            continue
        stem = _safe_stem(record["id"])
        try:
            # newline="" keeps CRLF and every other character where the offsets say they are
            with (output_dir / f"{stem}.txt").open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            with (output_dir / f"{stem}.ann").open("w", encoding="utf-8", newline="") as handle:
                handle.write(ann)
        except OSError as exc:
            unwritten += 1
            _warn(f"{record['id']}: cannot write {output_dir / stem}.txt/.ann: {exc.strerror or exc}")
    if unwritten:
        raise QuotetraceError(f"{unwritten} document(s) could not be written under {output_dir}")


_STEM_LIMIT = 200  # bytes: with ".txt" under the 255 bytes most file systems allow in a name


def _safe_stem(doc_id: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id).strip("._")
    return cleaned.encode("utf-8")[:_STEM_LIMIT].decode("utf-8", "ignore") or "document"


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this saved JSONL output instead of running quotetrace.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", type=click.IntRange(0, 10_000), default=0, show_default=True,
              help="Also show the N worst misses and false alarms.")
@click.option("--models", default="auto", show_default=True, help="Models to run when --pred is not given.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Score only the first N documents.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display on stderr.")
def eval_command(gold_dir: Path, pred: Path | None, as_json: bool, errors: int, models: str,
                 limit: int | None, quiet: bool) -> None:
    """Score quotes against brat gold (GOLD_DIR/text/*.txt + GOLD_DIR/attributions/*.ann)."""
    from quotetrace.core import evaluate

    try:
        gold = evaluate.read_brat_corpus(gold_dir)
        if limit is not None:
            gold = gold[:limit]
        if pred is not None:
            predictions = evaluate.read_predictions_jsonl(pred)
        else:
            predictions = _predict(gold, models, progress_wanted(quiet))
        report = evaluate.score(gold, predictions)
        found = evaluate.find_errors(gold, predictions, errors) if errors else None
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    out = _Stdout()  # a closed pipe or a full disk: DefaultCommandGroup.invoke ends the run
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


def _predict(gold: list[Any], models: str, show_progress: bool) -> dict[str, dict[str, Any]]:
    from quotetrace.core.pipeline import Failure, QuoteTracer

    tracer = QuoteTracer(checked_models(models))
    predictions: dict[str, dict[str, Any]] = {}
    with WorkProgress(len(gold), enabled=show_progress, label="scoring") as progress:

        def texts() -> Iterator[tuple[str, str]]:
            for doc in gold:
                progress.document_read(doc.text)
                yield doc.id, doc.text

        for outcome in tracer.extract(texts(), progress=progress.words_done if progress.enabled else None):
            progress.document_done()
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
    attribution = _attribution_row()
    out = _Stdout()
    if as_json:
        out.write(json.dumps({"default": chosen, "models": rows, "attribution": attribution}, indent=2) + "\n")
        return
    cells: list[tuple[str, ...]] = []
    notes: list[str] = []
    for row in rows:
        scores = row.get("scores", {}).get("ewt_dev", {}) if row.get("usable") else {}
        score_text = " ".join(f"{k} {v}" for k, v in scores.items() if k in ("tokens", "sentences", "upos", "las"))
        cells.append((row["source"], "yes" if row["source"] == chosen else "", _tagger_text(row),
                      str(row.get("size_mb", "")), score_text or row.get("problem", ""), row["root"]))
        notes += [f"{row['source']}: {note}" for note in row.get("notes", [])]
    console = Console(file=out, soft_wrap=True, highlight=False)
    if console.is_terminal and console.width >= _MODELS_TABLE_WIDTH:
        console.print(_models_table(cells), soft_wrap=False)
    else:
        _print_model_blocks(cells, console)
    for note in notes:
        console.print(note, markup=False)
    console.print(f"attribution: {attribution['in_use']} ({attribution['why']})", markup=False)


_MODEL_COLUMNS = ("source", "in use", "tagger", "size (MB)", "scores (EWT dev, end to end)", "where")
# Below this many columns the table cuts its paths: one block per model instead, as in a pipe,
# where whole lines (grep-able, nothing cut) matter more than a grid.
_MODELS_TABLE_WIDTH = 120


def _models_table(cells: list[tuple[str, ...]]) -> Table:
    table = Table(title="quotetrace models")
    for column in _MODEL_COLUMNS:
        # fold: a path or a model name longer than its column is broken over lines, never cut
        table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*row)
    return table


def _print_model_blocks(cells: list[tuple[str, ...]], console: Console) -> None:
    """One block per model: the source (and "in use"), then one line per other field, each whole."""
    for source, in_use, *rest in cells:
        console.print(f"{source}{' (in use)' if in_use else ''}", markup=False, style="bold")
        for name, value in zip(_MODEL_COLUMNS[2:], rest, strict=True):
            if value:
                console.print(f"  {name}: {value}", markup=False)


def _attribution_row() -> dict[str, Any]:
    """Which attribution mode `--attribution auto` runs, and why."""
    from quotetrace.core.attribution.plan import attribution_entry
    from quotetrace.core.attribution.runner import select_attribution
    from quotetrace.core.cues import load_cue_lexicon

    try:
        entry = attribution_entry()
        model = select_attribution("auto", load_cue_lexicon())
    except QuotetraceError as exc:
        return {"in_use": "rules", "why": str(exc)}
    if model is None:
        why = "no attribution model bundled" if not entry else "the rules measured best, or MiniLM is not installed"
        return {"in_use": "rules", "why": why}
    return {"in_use": model.mode, "why": f"{entry.get('file')}, best on PolNeAR dev", "scores": entry.get("scores", {})}


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
    from quotetrace.core.annotate import download_official_models

    try:
        where = download_official_models()
    except QuotetraceError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"stanza's English models installed in {where}; quotetrace now uses them by default")


def _warn(message: str) -> None:
    click.echo(f"quotetrace: {message}", err=True)


def _quiet_broken_pipe() -> None:
    """`quotetrace ... | head`: the reader left; stop without a traceback."""
    _silence_stdout()
    sys.exit(0)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what is still buffered
    cannot fail again at exit ("Exception ignored … BrokenPipeError")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


def _interrupted(how: str, status: int) -> None:
    """Ctrl-C or SIGTERM: what was written stays (whole records: each is one write; a JSON array or
    an HTML page closed on them), one line, and the shell's status for the signal (130 for SIGINT,
    143 for SIGTERM). Worker processes were terminated as the interrupt left their pool."""
    try:
        sys.stdout.flush()
    except OSError:
        _silence_stdout()
    _warn(how)
    sys.exit(status)


if __name__ == "__main__":
    main()
