"""The Python API's contract without a model: input shapes and the progress callback."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.annotate import Annotator
from quotetrace.core.pipeline import QuoteTracer


def tracer_without_models() -> QuoteTracer:
    tracer = QuoteTracer.__new__(QuoteTracer)
    tracer.batch_size = 4

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


def test_annotation_reports_words_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    annotator = Annotator.__new__(Annotator)
    calls: list[list[str]] = []

    def run(pieces: list[str]) -> list[Any]:
        calls.append(pieces)
        return [object() for _ in pieces]

    annotator._run = run  # type: ignore[method-assign]
    monkeypatch.setattr("quotetrace.core.annotate._PROGRESS_FIRST_WORDS", 2)
    monkeypatch.setattr("quotetrace.core.annotate._PROGRESS_WORDS", 5)
    paragraphs = ["one two", "three", "four five six", "seven", "eight nine ten eleven twelve", "thirteen", "x y"]
    reported: list[int] = []
    annotated = annotator._run_reporting(paragraphs, reported.append)
    assert len(annotated) == len(paragraphs)
    assert sum(reported) == 15  # every word, once
    # the first group is small, so the bar moves soon; later groups grow to the cap
    assert reported == [2, 4, 6, 3]
    assert [p for call in calls for p in call] == paragraphs  # in order, each paragraph once
