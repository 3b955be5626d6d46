"""Documents shared out to worker processes, each with its own models and one torch thread.

stanza's networks are small: one process rarely keeps more than one core busy, and several torch
threads in one process fight over the cores (on a shared two-core machine the default threading was
measured at 3-4x slower than one thread). N processes with one thread each use N cores without that
contention (`bench/throughput.py` measures both). Each worker loads the models once, takes batches of
documents, and sends back `Result`s or `Failure`s; the caller gets them in input order.

Batches in flight are bounded (a few per worker), so an endless stream of documents never piles up
in memory. A worker that dies (killed for memory, a crash in native code) takes the batches in
flight with it: they are run again one document at a time in a fresh pool, and a document that kills
its worker again is reported as a `Failure`; the others go on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context

from .model import Failure, Result
from .models import ModelSet

Item = tuple[str, str]

# seconds to wait for a terminated worker to go; SIGTERM ends a torch process at once
_TERMINATE_WAIT_S = 5.0


def available_cores() -> int:
    """CPU cores this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """The `--workers` default: one process per available core, each with one torch thread
    (measured faster than one process using every core through torch's threads: bench/throughput.py)."""
    return available_cores()


@dataclass(frozen=True)
class WorkerConfig:
    """What each worker needs to build its own `QuoteTracer` (all of it picklable)."""

    models: ModelSet
    threads: int
    batch_size: int
    cue_types: frozenset[str]
    attribution: str = "auto"


Task = Callable[[list[Item]], list[Result | Failure]]


class WorkerPool:
    """`workers` processes, started on first use and shut down by `close()` (or `with`).

    Each process runs `initializer(config)` once (the pipeline's builds a `QuoteTracer`), then `task` on
    each batch (the pipeline's calls that tracer's `extract`); both must be importable module-level
    functions. The pipeline passes its own, so this module needs nothing of it."""

    def __init__(self, config: WorkerConfig, workers: int, *,
                 initializer: Callable[[WorkerConfig], None], task: Task) -> None:
        self.config = config
        self.workers = max(1, workers)
        self._initializer = initializer
        self._task = task
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:  # Ctrl-C or an error: waiting for the batches in flight would take seconds
            self.terminate()

    def terminate(self) -> None:
        """Stop the worker processes now, without waiting for their batches in flight."""
        if self._executor is None:
            return
        # ProcessPoolExecutor gains terminate_workers() only in Python 3.14
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=_TERMINATE_WAIT_S)
        # a worker still starting under load (importing torch) may outlive the wait: SIGKILL cannot be held
        # off (CI on a loaded machine saw one alive after the pool had gone)
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join(timeout=_TERMINATE_WAIT_S)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _submit(self, batch: list[Item]) -> Future[list[Result | Failure]]:
        if self._executor is None:
            # spawn, not fork: a forked copy of a process that already runs torch threads can deadlock
            self._executor = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                                 initializer=self._initializer, initargs=(self.config,))
        try:
            return self._executor.submit(self._task, batch)
        except BrokenProcessPool as exc:
            # a worker died since the last batch went out: this batch is lost with the ones in flight,
            # and is run again with them, where their results are read
            lost: Future[list[Result | Failure]] = Future()
            lost.set_exception(exc)
            return lost

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def extract(self, items: Iterable[Item]) -> Iterator[Result | Failure]:
        """(document id, text) pairs in; one `Result` or `Failure` per document out, in input order."""
        iterator = iter(items)
        in_flight: deque[tuple[list[Item], Future[list[Result | Failure]]]] = deque()
        window = 2 * self.workers
        while True:
            while len(in_flight) < window and (batch := list(islice(iterator, self.config.batch_size))):
                in_flight.append((batch, self._submit(batch)))
            if not in_flight:
                return
            batch, future = in_flight.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                lost = [batch] + [b for b, _ in in_flight]
                in_flight.clear()
                self._restart()
                yield from self._one_by_one([item for b in lost for item in b])

    def _one_by_one(self, items: list[Item]) -> Iterator[Result | Failure]:
        for item in items:
            try:
                yield from self._submit([item]).result()
            except BrokenProcessPool:
                self._restart()
                yield Failure(item[0], "the worker process died on this document (out of memory?)")
