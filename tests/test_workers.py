"""Worker processes (core/workers.py): input order, bounded batches in flight, a dying worker costs
only its own document; and the real pipeline gives the same results in workers as in one process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from helpers import SAMPLES
from quotetrace.core.model import Result
from quotetrace.core.models import ModelSet
from quotetrace.core.pipeline import Failure, QuoteTracer
from quotetrace.core.workers import WorkerConfig, WorkerPool

CONFIG = WorkerConfig(ModelSet(source="path", root=Path(".")), threads=1, batch_size=3, cue_types=frozenset())


def no_models(_: WorkerConfig) -> None:
    """A worker that loads nothing: these tests are about the pool, not the models."""


def echo(batch: list[tuple[str, str]]) -> list[Result | Failure]:
    """Each document's text back as a Result, except that 'crash' kills the worker process."""
    time.sleep(0.05)  # long enough that one worker cannot take every batch alone
    out: list[Result | Failure] = []
    for doc_id, text in batch:
        if text == "crash":
            os._exit(3)
        out.append(Result(document_id=doc_id, text=f"{text}@{os.getpid()}", quotes=(), entities=()))
    return out


def test_results_come_back_in_input_order_from_several_processes() -> None:
    items = [(f"d{i}", f"text {i}") for i in range(40)]
    with WorkerPool(CONFIG, 2, initializer=no_models, task=echo) as pool:
        results = list(pool.extract(iter(items)))
    assert [r.document_id for r in results] == [doc_id for doc_id, _ in items]
    assert all(isinstance(r, Result) and r.text.startswith(text + "@")
               for r, (_, text) in zip(results, items, strict=True))
    assert len({r.text.split("@")[1] for r in results}) == 2  # both workers took batches


def test_a_document_that_kills_its_worker_is_one_failure_and_the_rest_go_on() -> None:
    items = [(f"d{i}", "crash" if i == 7 else f"text {i}") for i in range(20)]
    with WorkerPool(CONFIG, 2, initializer=no_models, task=echo) as pool:
        results = list(pool.extract(items))
    assert [r.document_id for r in results] == [doc_id for doc_id, _ in items]
    failed = [r for r in results if isinstance(r, Failure)]
    assert [f.document_id for f in failed] == ["d7"]
    assert "worker process died" in failed[0].message


def test_a_batch_sent_to_a_pool_broken_meanwhile_is_lost_not_raised() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with WorkerPool(CONFIG, 1, initializer=no_models, task=echo) as pool:
        with pytest.raises(BrokenProcessPool):
            pool._submit([("d0", "crash")]).result()
        # the race the pool met under load: a worker died while the next batch was being sent
        later = pool._submit([("d1", "text 1")])
        with pytest.raises(BrokenProcessPool):
            later.result()


def test_batches_in_flight_are_bounded_for_an_endless_stream() -> None:
    taken = 0

    def endless():  # type: ignore[no-untyped-def]
        nonlocal taken
        while True:
            taken += 1
            yield (f"d{taken}", "text")

    with WorkerPool(CONFIG, 2, initializer=no_models, task=echo) as pool:
        results = pool.extract(endless())
        first = [next(results) for _ in range(5)]
        assert [r.document_id for r in first] == ["d1", "d2", "d3", "d4", "d5"]
        assert taken <= (2 * 2 + 2) * CONFIG.batch_size  # two batches per worker in flight, not the stream
        results.close()


@pytest.mark.model
def test_workers_give_what_one_process_gives_on_our_samples() -> None:
    items = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLES.glob("*.txt"))]
    assert len(items) > 2
    alone = [r.to_record() for r in QuoteTracer("bundled", batch_size=1).extract(items)]  # type: ignore[union-attr]
    tracer = QuoteTracer("bundled", batch_size=1, workers=2)
    shared = [r.to_record() for r in tracer.extract(items)]  # type: ignore[union-attr]
    assert shared == alone
    assert tracer._annotator is None  # the models were loaded in the workers only
    assert tracer._attribution is None  # the attribution model too


def test_a_tracer_with_workers_loads_no_model_but_checks_the_choice_at_once() -> None:
    tracer = QuoteTracer("bundled", workers=2, attribution="auto")
    assert tracer._annotator is None and tracer._attribution is None
    with pytest.raises(ValueError, match="attribution must be one of auto, rules, model, hybrid, not 'hybird'"):
        QuoteTracer("bundled", workers=2, attribution="hybird")
