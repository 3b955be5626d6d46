"""Quotes from archives too big for one machine, on Dask (the issue's `quotetrace.dask`).

    import dask.bag as db
    from quotetrace.core import dask as qd
    pairs = db.from_sequence([("doc1", text1), ("doc2", text2)], partition_size=200)
    outcomes = qd.trace_bag(pairs)                    # quotetrace/1 records and failures
    qd.records(outcomes).map(json.dumps).to_textfiles("out/*.jsonl")
    qd.quotes_frame(outcomes).to_parquet("quotes/")   # one row per quote, the CSV columns

Needs the `dask` extra (dask, distributed, pyarrow); nothing here imports them before a function
that needs them is called, so the rest of the library works without it.

Each worker process loads the models once (`tracer_for`, a per-process cache keyed by
`TraceConfig`) and reuses them for every partition it is given; inside a partition documents go
through stanza `batch_size` at a time, as in the single-process command. Run workers with one thread
each: torch parallelises inside a process, and two stanza pipelines in one process only contend.

A document that fails never loses its partition: it becomes a failure item `{"id": ..., "error":
"one line"}` in place of its record, and every other document of the partition is still traced.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, cast

from .errors import QuotetraceError
from .model import Result

if TYPE_CHECKING:
    import pandas as pd
    from dask.bag import Bag
    from dask.dataframe import DataFrame

    from .model import Failure

Outcome = dict[str, Any]
"""A `quotetrace/1` record (`Result.to_record()`), or a failure `{"id": str, "error": str}`."""

ALL_CUE_TYPES: tuple[str, ...] = ("speech", "thought", "evidence")

# The flat frame's columns whose values are numbers; every other CSV column is a string. Offsets are
# code-point offsets into the document's text, end exclusive.
_INTEGER_COLUMNS = frozenset({"speaker_start", "speaker_end", "cue_start", "cue_end"})
_FLOAT_COLUMNS = frozenset({"confidence"})
_MESSAGE_LIMIT = 300  # characters of an exception's message kept in a failure


class Tracer(Protocol):
    """What a partition needs of a pipeline: `QuoteTracer.extract`'s contract, one outcome per item,
    in order."""

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]: ...


@dataclass(frozen=True)
class TraceConfig:
    """How workers build their pipeline. Hashable: it keys the per-process cache.

    `models`, `batch_size` (documents annotated together), `threads` (torch threads per worker
    process), `cue_types` and `attribution` (rules, model, hybrid or auto) mean what they mean for
    `QuoteTracer`. `factory`, when given, builds
    the pipeline instead of `QuoteTracer` (a picklable, importable callable taking this config):
    for tests, or a pipeline of your own.
    """

    models: str = "auto"
    batch_size: int = 16
    threads: int = 1
    cue_types: tuple[str, ...] = ALL_CUE_TYPES
    attribution: str = "auto"
    factory: Callable[[TraceConfig], Tracer] | None = field(default=None, compare=True)


_TRACERS: dict[TraceConfig, Tracer] = {}
_TRACERS_LOCK = threading.Lock()


def tracer_for(config: TraceConfig) -> Tracer:
    """The pipeline for `config` in this process, built on first use (seconds) and then reused.

    Raises what building it raises (`ModelNotFound`, `ModelError`): a missing model is the run's
    problem, not one document's.
    """
    with _TRACERS_LOCK:
        tracer = _TRACERS.get(config)
        if tracer is None:
            tracer = _TRACERS[config] = _build(config)
    return tracer


def _build(config: TraceConfig) -> Tracer:
    if config.factory is not None:
        return config.factory(config)
    from .pipeline import QuoteTracer

    return QuoteTracer(config.models, threads=config.threads, batch_size=config.batch_size,
                       cue_types=config.cue_types, attribution=config.attribution)


def load_models(config: TraceConfig = TraceConfig()) -> str:
    """Build this process's pipeline now: run as one task on every worker before a run, so that a
    missing model is reported once, up front, and no partition waits for a load. Returns where the
    models come from (`ModelSet.source`, or the factory's class name). Raises what `tracer_for` does."""
    tracer = tracer_for(config)
    models = getattr(tracer, "models", None)
    return str(getattr(models, "source", type(tracer).__name__))


def failure(doc_id: str, message: str) -> Outcome:
    """A failure item: the document's id and a one-line reason."""
    one_line = " ".join(message.split())
    if len(one_line) > _MESSAGE_LIMIT:
        one_line = one_line[: _MESSAGE_LIMIT - 1] + "…"
    return {"id": doc_id, "error": one_line}


def is_failure(outcome: Outcome) -> bool:
    return "error" in outcome and "schema" not in outcome


def _is_record(outcome: Outcome) -> bool:
    return not is_failure(outcome)


def trace_partition(items: Iterable[Any], config: TraceConfig = TraceConfig()) -> list[Outcome]:
    """One outcome per item, in order: the `quotetrace/1` record of each `(id, text)` pair, or a
    failure item. An item that is no pair of strings is a failure, not an exception; so is a
    document whose batch raises anything at all (the batch is then retried one document at a time,
    so the others still come through). Only building the pipeline may raise.
    """
    tracer = tracer_for(config)
    items = list(items)
    outcomes: list[Outcome | None] = [None] * len(items)
    valid: list[tuple[int, tuple[str, str]]] = []
    for position, item in enumerate(items):
        pair = _as_pair(item)
        if isinstance(pair, str):
            outcomes[position] = failure(_item_id(item, position), pair)
        else:
            valid.append((position, pair))
    size = max(1, config.batch_size)
    for start in range(0, len(valid), size):
        batch = valid[start : start + size]
        for (position, _), outcome in zip(batch, _trace_batch(tracer, [pair for _, pair in batch]), strict=True):
            outcomes[position] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


def _trace_batch(tracer: Tracer, batch: list[tuple[str, str]]) -> list[Outcome]:
    try:
        outcomes = [_outcome(result) for result in tracer.extract(batch)]
    except Exception as exc:  # noqa: BLE001 - one document must not sink the partition
        if len(batch) == 1:
            return [failure(batch[0][0], f"{type(exc).__name__}: {exc}")]
        return [outcome for pair in batch for outcome in _trace_batch(tracer, [pair])]
    if len(outcomes) != len(batch):
        raise QuotetraceError(f"the pipeline gave {len(outcomes)} outcomes for {len(batch)} documents")
    return outcomes


def _outcome(result: Result | Failure) -> Outcome:
    if isinstance(result, Result):
        return result.to_record()
    return failure(result.document_id, result.message)


def _as_pair(item: Any) -> tuple[str, str] | str:
    """The item as an (id, text) pair, or why it is not one."""
    if not isinstance(item, tuple | list) or len(item) != 2:
        return f"expected an (id, text) pair, found {type(item).__name__}"
    doc_id, text = item
    if not isinstance(doc_id, str):
        doc_id = str(doc_id)
    if not isinstance(text, str):
        return f"text is {type(text).__name__}, not a string"
    return doc_id, text


def _item_id(item: Any, position: int) -> str:
    if isinstance(item, tuple | list) and item:
        return str(item[0])
    return f"item:{position}"


# --------------------------------------------------------------------------------------------------
# Dask collections


def trace_bag(pairs: Bag, config: TraceConfig = TraceConfig()) -> Bag:
    """A bag of `(id, text)` pairs → a bag of outcomes (records and failure items), partition for
    partition, in order. Lazy, like every bag operation."""
    # dask's collections are untyped: cast(Any, …) keeps mypy strict everywhere else
    traced: Bag = cast(Any, pairs).map_partitions(trace_partition, config)
    return traced


def records(outcomes: Bag) -> Bag:
    """The `quotetrace/1` records of a traced bag."""
    kept: Bag = cast(Any, outcomes).filter(_is_record)
    return kept


def failures(outcomes: Bag) -> Bag:
    """The failure items (`{"id", "error"}`) of a traced bag."""
    kept: Bag = cast(Any, outcomes).filter(is_failure)
    return kept


def trace_dataframe(frame: DataFrame, *, text_column: str = "text", id_column: str = "id",
                    config: TraceConfig = TraceConfig()) -> DataFrame:
    """A Dask dataframe with text and id columns → one row per document with string columns `id`,
    `record` (the `quotetrace/1` record as JSON, missing for a failure) and `error` (the one-line
    reason, missing for a success). Partitions map to partitions."""
    traced: DataFrame = cast(Any, frame).map_partitions(_trace_frame_partition, text_column, id_column,
                                                       config, meta=_record_frame([]))
    return traced


def _trace_frame_partition(part: pd.DataFrame, text_column: str, id_column: str,
                           config: TraceConfig) -> pd.DataFrame:
    pairs = list(zip(part[id_column].astype(str), part[text_column], strict=True))
    return _record_frame(trace_partition(pairs, config))


def _record_frame(outcomes: Sequence[Outcome]) -> pd.DataFrame:
    import pandas as pd

    rows = {
        "id": [str(outcome["id"]) for outcome in outcomes],
        "record": [None if is_failure(o) else json.dumps(o, ensure_ascii=False) for o in outcomes],
        "error": [o["error"] if is_failure(o) else None for o in outcomes],
    }
    return pd.DataFrame({name: pd.Series(values, dtype="string") for name, values in rows.items()})


def quotes_frame(traced: Bag | DataFrame) -> DataFrame:
    """One row per quote of every record in a traced bag (`trace_bag`) or frame (`trace_dataframe`),
    with the columns of the CSV output (`quotetrace.core.rows.CSV_COLUMNS`). Offsets and
    confidence are numbers (nullable), the rest strings; failures contribute no rows."""
    from dask.bag import Bag

    meta = quote_rows_frame([])
    collection: Any = traced
    if isinstance(traced, Bag):
        rows: DataFrame = collection.map_partitions(_list_of_frame).to_dataframe(meta=meta)
    else:
        rows = collection.map_partitions(_quotes_of_record_frame, meta=meta)
    return rows


def _list_of_frame(outcomes: Iterable[Outcome]) -> list[dict[str, Any]]:
    # Bag.to_dataframe wants rows; going through the typed frame keeps one conversion for all paths.
    frame = quote_rows_frame(list(outcomes))
    return list(frame.to_dict(orient="records"))


def _quotes_of_record_frame(part: pd.DataFrame) -> pd.DataFrame:
    return quote_rows_frame([json.loads(record) for record in part["record"].dropna()])


def quote_rows_frame(outcomes: Sequence[Outcome]) -> pd.DataFrame:
    """A pandas frame of one row per quote (the CSV columns, typed as `quotes_frame` says) for
    these outcomes; failure items are skipped."""
    import pandas as pd

    from .rows import CSV_COLUMNS, csv_rows

    rows = [row for outcome in outcomes if not is_failure(outcome) for row in csv_rows(outcome)]
    columns: dict[str, Any] = {}
    for index, name in enumerate(CSV_COLUMNS):
        cells = [row[index] for row in rows]
        if name in _INTEGER_COLUMNS:
            columns[name] = pd.Series([int(c) if c else None for c in cells], dtype="Int64")
        elif name in _FLOAT_COLUMNS:
            columns[name] = pd.Series([float(c) if c else None for c in cells], dtype="Float64")
        else:
            columns[name] = pd.Series(cells, dtype="string")
    return pd.DataFrame(columns)
