"""`quotetrace extract INPUTS --engine dask`: an archive through a Dask cluster, written in partitions.

The driver (this process) reads the inputs lazily (cli/read.py), cuts them into partitions of
`--partition-size` documents in input order, and submits each to the cluster
(`quotetrace.core.dask.trace_partition`: every worker loads the models once). Only a bounded number of
partitions are in flight at a time, so an archive larger than memory streams through. The driver
writes every finished partition itself, so workers need no shared file system:

    OUTPUT_DIR/part-00000.jsonl       quotetrace/1 records, one per line (or part-00000.parquet:
                                      one row per quote, the CSV columns)
    OUTPUT_DIR/_errors/part-00000.jsonl   that partition's failed documents: {"id", "error"}
    OUTPUT_DIR/_errors.jsonl          all failed documents of the run, rewritten at its end
    OUTPUT_DIR/_inputs/part-00000.json    that partition's inputs: how many, a SHA-256 of their ids and
                                          one of their texts
    OUTPUT_DIR/_quotetrace.json       the run's settings, which `--resume` must match

Each file is written to a temporary name and renamed into place, a partition's inputs record and
errors before its data, so a partition whose data file exists is complete; `--resume` skips those
and a killed run restarts with no duplicate and no missing document. A resume checks every written
partition's ids (in order) against the inputs it is given now: inputs added, removed or reordered
since would leave a duplicate or a gap, so the run stops with one line instead. A partition whose ids
are the same but whose texts changed (a document edited in place) is traced again: it still covers
the same documents, so its new file replaces the stale one exactly, and the output then matches the
inputs as a fresh run's would. (Names starting with `_` or `.` are skipped by Parquet dataset readers,
so `pyarrow.parquet.read_table(OUTPUT_DIR)` reads just the quotes.)

A document that fails inside a worker is a failure of its own (see core/dask.py). A partition whose
task fails as a whole (a worker killed, say by the out-of-memory killer) is retried one document per
task, so only the document that brought the worker down is lost, and it is named in the errors.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import click
from quotetrace.core.dask import Outcome, TraceConfig, failure, is_failure, load_models, trace_partition

from .checks import directory_problem
from .read import InputDocument, InputItem

ENGINES = ("local", "dask")
FORMATS = ("jsonl", "parquet")
DEFAULT_PARTITION_SIZE = 100
MANIFEST = "_quotetrace.json"
ERRORS_DIR = "_errors"
ERRORS_FILE = "_errors.jsonl"
INPUTS_DIR = "_inputs"
_CONNECT_TIMEOUT = 30  # seconds to reach a scheduler; Dask's own default, said once here
_LOG_EVERY = 30.0  # seconds between progress lines when stderr is not a terminal
_DASK_ONLY = ("scheduler", "resume", "partition_size")
# --workers means worker processes for either engine: core/workers.py here, the local cluster on Dask
OPTION_NAMES = ("engine", "workers", *_DASK_ONLY)  # what `dask_options` adds to a command


class RunError(Exception):
    """The run cannot go on (a settings mismatch, no model on the workers); a one-line message."""


def dask_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The engine's options, for `quotetrace extract`."""
    options = [
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="local: this process; dask: a Dask cluster, output in partitions under --output-dir."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="dask: the scheduler to use (tcp://host:8786) [default: start a local cluster]."),
        click.option("--workers", type=click.IntRange(1, 1024), default=None,
                     help="Worker processes, each with its own models and one torch thread (with --engine dask: "
                     "of the local cluster) [default: CPU cores]."),
        click.option("--partition-size", type=click.IntRange(1, 100_000), default=None,
                     help=f"dask: documents per partition and output file [default: {DEFAULT_PARTITION_SIZE}]."),
        click.option("--resume", is_flag=True, default=None,
                     help="dask: keep the partitions already in --output-dir (those whose texts changed "
                     "are traced again) and do the rest."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def wanted(engine_options: dict[str, Any], fmt: str | None) -> bool:
    """Whether the Dask engine runs; a usage error for its options without it."""
    if engine_options["engine"] == "dask":
        return True
    given = [name for name in _DASK_ONLY if engine_options.get(name) is not None]
    if given:
        names = " and ".join("--" + name.replace("_", "-") for name in given)
        raise click.UsageError(f"{names} {'goes' if len(given) == 1 else 'go'} with --engine dask")
    if fmt == "parquet":
        raise click.UsageError("--format parquet goes with --engine dask")
    return False


@dataclass(frozen=True)
class RunSpec:
    """Where and how a run writes; `settings` are what a resumed run must share (options, inputs)."""

    output_dir: Path
    fmt: str = "jsonl"
    partition_size: int = DEFAULT_PARTITION_SIZE
    resume: bool = False
    scheduler: str | None = None
    workers: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunReport:
    """What a run did: partitions written now and found done, of those written the ones traced again
    because their texts changed since a run before, documents traced, failures."""

    written: int = 0
    skipped: int = 0
    retraced: int = 0
    documents: int = 0
    failed: int = 0
    errors_path: Path | None = None


def run_command(inputs: tuple[str, ...], engine_options: dict[str, Any], *, fmt: str | None,
                output_dir: Path | None, read: Callable[[list[str]], Iterator[InputItem]],
                config: TraceConfig, transform: Callable[[Outcome], Outcome], settings: dict[str, Any]) -> int:
    """The click side: check the options, run, report on stderr; returns the exit status."""
    fmt = fmt or "jsonl"
    if fmt not in FORMATS:
        raise click.UsageError(f"--engine dask writes {' or '.join(FORMATS)}, not {fmt}")
    if output_dir is None:
        raise click.UsageError("--engine dask writes partitions under --output-dir; give one")
    problem = directory_problem(output_dir)
    if problem:
        raise click.UsageError(f"--output-dir {output_dir}: {problem}")
    spec = RunSpec(output_dir, fmt, engine_options["partition_size"] or DEFAULT_PARTITION_SIZE,
                   bool(engine_options["resume"]), engine_options["scheduler"], engine_options["workers"],
                   {**settings, "inputs": list(inputs), "config": _config_settings(config)})
    try:
        report = run(read(list(inputs)), config, spec, transform=transform, progress=_Progress())
    except RunError as exc:
        raise click.ClickException(str(exc)) from exc
    notes = [f"{report.skipped} already done"] if report.skipped else []
    if report.retraced:
        notes.append(f"{report.retraced} traced again: texts changed since they were written")
    resumed = f" ({'; '.join(notes)})" if notes else ""
    click.echo(f"quotetrace: {report.written} partition(s) written{resumed}, {report.documents} document(s) "
               f"traced, {report.failed} failed; output in {spec.output_dir}", err=True)
    if report.failed:
        click.echo(f"quotetrace: failed documents are listed in {report.errors_path}", err=True)
        return 1
    return 0


def _config_settings(config: TraceConfig) -> dict[str, Any]:
    """What decides the records; batch size, threads and workers may change between a run and its resume."""
    settings: dict[str, Any] = {"models": config.models, "cue_types": list(config.cue_types)}
    if config.factory is not None:
        settings["factory"] = f"{config.factory.__module__}.{config.factory.__qualname__}"
    return settings


def run(items: Iterable[InputItem], config: TraceConfig, spec: RunSpec, *,
        transform: Callable[[Outcome], Outcome] = lambda record: record,
        progress: _Progress | None = None) -> RunReport:
    """Trace `items` on a Dask cluster and write them under `spec.output_dir` (see the module's
    docstring for the layout). Raises `RunError` for another run's directory without `--resume`, a
    resumed run with other settings, or workers that cannot load the models."""
    from distributed import Client

    output = _Output(spec, transform)
    output.prepare()
    progress = progress or _Progress(enabled=False)
    if spec.scheduler is not None:
        try:
            client = Client(spec.scheduler, timeout=_CONNECT_TIMEOUT)
        except (OSError, ValueError) as exc:  # unreachable (OSError, TimeoutError) or no address at all
            raise RunError(f"cannot reach the Dask scheduler at {spec.scheduler}: {exc}") from exc
        cluster = None
    else:
        cluster = local_cluster(spec.workers or os.cpu_count() or 1)
        client = Client(cluster)
    try:
        _warm_up(client, config)
        with progress:
            _stream(client, items, config, output, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    output.finish()
    return output.report


def local_cluster(workers: int) -> Any:
    """A `LocalCluster` of `workers` processes with one thread each, its HTTP server on a free port.

    Dask's statistical profiler is off: it samples every worker thread's stack every 10 ms for the
    dashboard, and on long stanza tasks that cost about 5 % of a worker's CPU time (7.2-7.3 against
    6.9 CPU-seconds on the first 8 PolNeAR dev articles, two runs each) for a profile nobody reads.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                            silence_logs=40)


def _warm_up(client: Any, config: TraceConfig) -> None:
    """Load the models on every worker now, each in a task of its own (so no worker's event loop
    stalls for seconds): a worker without the models fails the run at once, with one message."""
    workers = list(client.scheduler_info(n_workers=-1)["workers"])
    futures = [client.submit(load_models, config, workers=[w], pure=False, allow_other_workers=False)
               for w in workers]
    try:
        client.gather(futures)
    except Exception as exc:  # noqa: BLE001 - no model, or no quotetrace at all, on a worker
        raise RunError(f"a worker cannot load the models: {type(exc).__name__}: {exc}") from exc


def _partitions(items: Iterable[InputItem], size: int) -> Iterator[tuple[int, list[InputItem]]]:
    iterator = iter(items)
    number = 0
    while chunk := list(islice(iterator, size)):
        yield number, chunk
        number += 1


def _stream(client: Any, items: Iterable[InputItem], config: TraceConfig, output: _Output,
            progress: _Progress) -> None:
    from distributed import as_completed

    window = max(2, 2 * sum(client.nthreads().values()))
    pending = as_completed()
    jobs: dict[str, tuple[int, list[InputItem]]] = {}
    partitions = 0
    for number, chunk in _partitions(items, output.spec.partition_size):
        partitions = number + 1
        if output.done(number):
            if output.unchanged(number, chunk):
                output.report.skipped += 1
                progress.advance(0, 0)
                continue
            output.stale(number)
        while len(jobs) >= window:
            _collect(client, next(pending), jobs, config, output, progress)
        pairs = [(item.id, item.text) for item in chunk if isinstance(item, InputDocument)]
        future = client.submit(trace_partition, pairs, config, pure=False)
        jobs[future.key] = (number, chunk)
        pending.add(future)
    for future in pending:
        _collect(client, future, jobs, config, output, progress)
    output.check_no_more(partitions)


def _collect(client: Any, future: Any, jobs: dict[str, tuple[int, list[InputItem]]], config: TraceConfig,
             output: _Output, progress: _Progress) -> None:
    from quotetrace.core.errors import QuotetraceError

    number, chunk = jobs.pop(future.key)
    pairs = [(item.id, item.text) for item in chunk if isinstance(item, InputDocument)]
    try:
        outcomes: list[Outcome] = future.result()
    except QuotetraceError as exc:
        raise RunError(f"partition {number}: {exc}") from exc
    except Exception:  # noqa: BLE001 - the task as a whole died: find the document that did it
        outcomes = _one_by_one(client, pairs, config)
    read_failures = [failure(item.id, item.message) for item in chunk if not isinstance(item, InputDocument)]
    output.write(number, outcomes, read_failures, chunk)
    progress.advance(len(chunk), sum(1 for o in outcomes if is_failure(o)) + len(read_failures))


def _one_by_one(client: Any, pairs: list[tuple[str, str]], config: TraceConfig) -> list[Outcome]:
    futures = [client.submit(trace_partition, [pair], config, pure=False) for pair in pairs]
    outcomes: list[Outcome] = []
    for pair, future in zip(pairs, futures, strict=True):
        try:
            outcomes.extend(future.result())
        except Exception:  # noqa: BLE001 - this document, or one beside it on a worker that died
            outcomes.append(_alone(client, pair, config))
    return outcomes


def _alone(client: Any, pair: tuple[str, str], config: TraceConfig) -> Outcome:
    """A document whose task failed, run again with nothing else in flight: a task that only shared a
    worker with the document that killed it comes through now."""
    try:
        return list(client.submit(trace_partition, [pair], config, pure=False).result())[0]
    except Exception as exc:  # noqa: BLE001 - this document kills its worker
        return failure(pair[0], f"its worker failed: {type(exc).__name__}: {exc}")


class _Output:
    """The output directory: the manifest, atomic partition files, the errors."""

    def __init__(self, spec: RunSpec, transform: Callable[[Outcome], Outcome]) -> None:
        self.spec = spec
        self.transform = transform
        self.report = RunReport()
        self.errors_dir = spec.output_dir / ERRORS_DIR
        self.inputs_dir = spec.output_dir / INPUTS_DIR

    def prepare(self) -> None:
        directory = self.spec.output_dir
        manifest_path = directory / MANIFEST
        manifest = {"format": self.spec.fmt, "partition_size": self.spec.partition_size, **self.spec.settings}
        if manifest_path.exists():
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
            if not self.spec.resume:
                raise RunError(f"{directory} holds an earlier run; add --resume to finish it, or choose "
                               "another --output-dir")
            changed = sorted(k for k in manifest.keys() | previous.keys() if manifest.get(k) != previous.get(k))
            if changed:
                raise RunError(f"{directory} holds a run with other settings ({', '.join(changed)}); resume "
                               "it with the same ones, or choose another --output-dir")
        elif directory.exists() and any(p.name.startswith("part-") for p in directory.iterdir()):
            raise RunError(f"{directory} holds partition files but no {MANIFEST}; choose another --output-dir")
        self.errors_dir.mkdir(parents=True, exist_ok=True)
        self.inputs_dir.mkdir(exist_ok=True)
        _atomic_write(manifest_path, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8"))

    def data_path(self, number: int) -> Path:
        return self.spec.output_dir / f"part-{number:05d}.{self.spec.fmt}"

    def done(self, number: int) -> bool:
        return self.data_path(number).exists()

    def inputs_path(self, number: int) -> Path:
        return self.inputs_dir / f"part-{number:05d}.json"

    def unchanged(self, number: int, chunk: list[InputItem]) -> bool:
        """Whether partition `number`, already written, was made from these texts. Raises `RunError`
        when its ids (in order) differ from these or its inputs record is missing or unreadable. A
        record without a texts digest (written before there was one) cannot say, and counts as changed."""
        path = self.inputs_path(number)
        try:
            written = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            written = None
        now = _inputs_record(chunk)
        if not isinstance(written, dict) or any(written.get(k) != now[k] for k in ("documents", "ids_sha256")):
            first = chunk[0].id if chunk else "?"
            raise RunError(f"{self.spec.output_dir}: the inputs changed since partition {number} was written "
                           f"(its ids differ from the {len(chunk)} starting at {first}); resuming would leave "
                           "a duplicate or a gap: run the new inputs into another --output-dir")
        return bool(written.get("texts_sha256") == now["texts_sha256"])

    def stale(self, number: int) -> None:
        """Partition `number` is to be traced again: its data file goes first, so a run killed before
        the new one is written does it again rather than keep the stale one beside a new inputs record."""
        self.data_path(number).unlink(missing_ok=True)
        self.report.retraced += 1

    def check_no_more(self, partitions: int) -> None:
        """Raise `RunError` when partitions beyond the inputs' end are left from a longer input list."""
        numbers = (p.stem.removeprefix("part-") for p in self.spec.output_dir.glob(f"part-*.{self.spec.fmt}"))
        extra = sorted(f"part-{n}.{self.spec.fmt}" for n in numbers if n.isdigit() and int(n) >= partitions)
        if extra:
            raise RunError(f"{self.spec.output_dir}: {extra[0]} and {len(extra) - 1} more partition(s) lie "
                           f"beyond the inputs' {partitions} partition(s): the inputs shrank since they were "
                           "written; run them into another --output-dir")

    def write(self, number: int, outcomes: list[Outcome], read_failures: list[Outcome],
              chunk: list[InputItem]) -> None:
        errors = read_failures + [o for o in outcomes if is_failure(o)]
        records = [self.transform(o) for o in outcomes if not is_failure(o)]
        errors_path = self.errors_dir / f"part-{number:05d}.jsonl"
        _atomic_write(self.inputs_path(number), json.dumps(_inputs_record(chunk)).encode("utf-8"))
        if errors:
            _atomic_write(errors_path, _jsonl(errors))
        else:
            errors_path.unlink(missing_ok=True)  # left by a run killed before this partition's data
        _atomic_write(self.data_path(number), _parquet(records) if self.spec.fmt == "parquet" else _jsonl(records))
        self.report.written += 1
        self.report.documents += len(records)
        self.report.failed += len(errors)

    def finish(self) -> None:
        """_errors.jsonl: every failed document of the run, this session's and the resumed ones'."""
        self.report.failed = 0
        chunks = []
        for path in sorted(self.errors_dir.glob("part-*.jsonl")):
            data = path.read_bytes()
            chunks.append(data)
            self.report.failed += data.count(b"\n")
        self.report.errors_path = self.spec.output_dir / ERRORS_FILE
        _atomic_write(self.report.errors_path, b"".join(chunks))


def _inputs_record(chunk: list[InputItem]) -> dict[str, Any]:
    """What a partition was made from: its number of inputs, a SHA-256 of their ids in order (each id
    UTF-8 encoded and NUL-terminated, so no two id lists share a digest by concatenation) and one of
    their texts in order (an input that could not be read counts by its message). A text may hold NUL
    itself, so each is marked as text or message and prefixed with its length in bytes."""
    ids = hashlib.sha256()
    texts = hashlib.sha256()
    for item in chunk:
        ids.update(item.id.encode("utf-8", "surrogatepass") + b"\0")
        kind, content = (b"T", item.text) if isinstance(item, InputDocument) else (b"F", item.message)
        data = content.encode("utf-8", "surrogatepass")
        texts.update(kind + len(data).to_bytes(8, "big") + data)
    return {"documents": len(chunk), "ids_sha256": ids.hexdigest(), "texts_sha256": texts.hexdigest()}


def _jsonl(records: list[Outcome]) -> bytes:
    import io

    from .render import write_jsonl

    buffer = io.StringIO(newline="")
    write_jsonl(records, buffer)
    return buffer.getvalue().encode("utf-8")


def _parquet(records: list[Outcome]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from quotetrace.core.dask import quote_rows_frame

    table = pa.Table.from_pandas(quote_rows_frame(records), preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name beside `path`, then rename: readers and `--resume` see the whole
    file or none of it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


class _Progress:
    """Partitions and documents done, on stderr: a live line on a terminal, else a line every
    `_LOG_EVERY` seconds."""

    def __init__(self, enabled: bool = True) -> None:
        self.logging = enabled
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(stderr=True)
        self.enabled = enabled and console.is_terminal
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                 console=console, transient=True, disable=not self.enabled)
        self.task = self.progress.add_task("tracing", total=None)
        self.partitions = self.documents = self.failed = 0
        self.last_line = time.monotonic()

    def __enter__(self) -> _Progress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def advance(self, documents: int, failed: int) -> None:
        self.partitions += 1
        self.documents += documents
        self.failed += failed
        line = f"{self.partitions} partitions, {self.documents} documents, {self.failed} failed"
        self.progress.update(self.task, description=line)
        if not self.enabled and self.logging and time.monotonic() - self.last_line >= _LOG_EVERY:
            # a batch job's stderr goes to a log file: a line now and then, not a live display
            click.echo(f"quotetrace: {line}", err=True)
            self.last_line = time.monotonic()
