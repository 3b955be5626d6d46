"""The Python API's contract without a model: input shapes and the progress callback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from quotetrace.core.pipeline import QuoteTracer


def tracer_without_models() -> QuoteTracer:
    tracer = QuoteTracer.__new__(QuoteTracer)
    tracer.batch_size, tracer.workers = 4, 1

    def no_annotation(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a wrong shape must be refused before anything is annotated")

    tracer.annotate = no_annotation  # type: ignore[method-assign]
    return tracer


@pytest.mark.parametrize(
    ("items", "says"),
    [
        (["a bare text"], "item 0 is str (for bare texts use quotetrace.core.pipeline.extract(texts))"),
        ([("id", "text", "extra")], "item 0 is a tuple of 3, not 2"),
        ([("id", "text"), ["only one"]], "item 1 is a list of 1, not 2"),
        ([("id", 42)], "item 0: its text (element 1) is int, not str"),
        ([("id", b"bytes")], "item 0: its text (element 1) is bytes, not str (decode bytes first"),
        ([("id", "text"), ("id2", None)], "item 1: its text (element 1) is NoneType, not str"),
        ([(1, "text")], "item 0: its id (element 0) is int, not str"),
        ([[None, None]], "item 0: its id (element 0) is NoneType and its text (element 1) is NoneType, not str"),
        ([42], "item 0 is int"),
        ("one string", "not one string"),
    ],
)
def test_a_wrong_shape_is_a_type_error_naming_the_expected_input(items: Any, says: str) -> None:
    with pytest.raises(TypeError, match="expects") as raised:
        list(tracer_without_models().extract(items))
    assert "(document id, text) pairs" in str(raised.value)
    assert says in str(raised.value)


def test_annotation_batches_start_small_and_grow_to_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.core.annotate import _batches
    from quotetrace.core.model import Span
    from quotetrace.core.segments import Segment

    monkeypatch.setattr("quotetrace.core.annotate._PROGRESS_FIRST_CHARS", 2)
    monkeypatch.setattr("quotetrace.core.annotate._PROGRESS_CHARS", 5)
    monkeypatch.setattr("quotetrace.core.annotate.BATCH_CHARS", 4)
    sizes = [2, 1, 3, 1, 5, 1, 2]
    taken: list[int] = []

    def jobs() -> Iterator[tuple[int, Segment]]:
        for i, size in enumerate(sizes):
            taken.append(i)
            yield i, Segment(Span(0, size))

    batches = _batches(jobs(), growing=True)
    assert [i for i, _ in next(batches)] == [0] and taken == [0, 1]  # taken as needed, not all at once
    ranges = [[0]] + [[i for i, _ in batch] for batch in batches]
    # consecutive, each item once, in order; the first batch small so that the bar moves soon
    assert ranges == [[0], [1, 2], [3], [4], [5, 6]]
    assert [[i for i, _ in batch] for batch in _batches(jobs(), growing=False)] == [[0, 1], [2, 3], [4], [5, 6]]
