"""Pipelines for the Dask tests, importable by worker processes (they unpickle these by name).

`fake_tracer` needs no model: every passage in straight double quotes is a direct quote, and a
few words in a text make it misbehave the ways a real pipeline can. `failing_real_tracer` is the
bundled model with one document that raises inside the worker.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from quotetrace.core.dask import TraceConfig
from quotetrace.core.model import Quote, Result, Span
from quotetrace.core.pipeline import Failure

RAISE = "RAISE-IN-WORKER"  # the batch raises, as a crashing rule or annotator would
REFUSE = "REFUSE-DOCUMENT"  # the pipeline reports a Failure for this document
KILL = "KILL-WORKER"  # the worker process dies, as under the out-of-memory killer

_QUOTED = re.compile(r'"([^"]+)"')


class FakeTracer:
    def __init__(self, config: TraceConfig) -> None:
        self.config = config
        self.batches: list[int] = []

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]:
        batch = list(items)
        self.batches.append(len(batch))
        if any(RAISE in text for _, text in batch):
            raise RuntimeError(f"boom\nwith a second line in {len(batch)} documents")
        if any(KILL in text for _, text in batch):
            os._exit(3)
        for doc_id, text in batch:
            if REFUSE in text:
                yield Failure(doc_id, "refused by the fake pipeline")
                continue
            quotes = tuple(Quote(id=f"q{i}", kind="direct", parts=(Span(m.start(1), m.end(1)),), rule="fake")
                           for i, m in enumerate(_QUOTED.finditer(text), start=1))
            yield Result(document_id=doc_id, text=text, quotes=quotes)


BUILT: Counter[TraceConfig] = Counter()  # pipelines built in this process, by configuration


def fake_tracer(config: TraceConfig) -> FakeTracer:
    BUILT[config] += 1
    return FakeTracer(config)


def built(config: TraceConfig) -> int:
    return BUILT[config]


class _FailingReal:
    def __init__(self, config: TraceConfig) -> None:
        from quotetrace.core.pipeline import QuoteTracer

        self.tracer = QuoteTracer(config.models, threads=config.threads, batch_size=config.batch_size)
        self.models: Any = self.tracer.models

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]:
        batch = list(items)
        if any(RAISE in text for _, text in batch):
            raise RuntimeError("a document that breaks the pipeline")
        return self.tracer.extract(batch)


def failing_real_tracer(config: TraceConfig) -> _FailingReal:
    return _FailingReal(config)
