"""The Python API's contract without a model: input shapes and the progress callback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from quotetrace.core import pipeline
from quotetrace.core.build import build_document
from quotetrace.core.errors import ModelError
from quotetrace.core.model import Document, Failure, Result
from quotetrace.core.pipeline import QuoteTracer, analyze


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


# --- argument validation at construction, before any model loads ---------------------------------

@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a bad argument must be refused before any model loads")

    monkeypatch.setattr(pipeline, "select_models", refuse)
    monkeypatch.setattr(pipeline, "shared_annotator", refuse)


@pytest.mark.parametrize(
    ("options", "error", "says"),
    [
        ({"cue_types": "speech"}, TypeError, "cue_types must be an iterable of evidence, speech, thought, not str"),
        ({"cue_types": ["nope"]}, ValueError, "unknown: 'nope'"),
        ({"cue_types": ["speech", 3]}, ValueError, "unknown: 3"),
        ({"cue_types": 5}, TypeError, "cue_types must be"),
        ({"threads": "2"}, TypeError, "threads must be None or an int ≥ 1, not str"),
        ({"threads": 0}, ValueError, "threads must be None or an int ≥ 1, not 0"),
        ({"workers": -1}, ValueError, "workers must be an int ≥ 1, not -1"),
        ({"workers": 2.0}, TypeError, "workers must be an int ≥ 1, not float"),
        ({"batch_size": 0}, ValueError, "batch_size must be an int ≥ 1, not 0"),
        ({"batch_size": True}, TypeError, "batch_size must be an int ≥ 1, not bool"),
        ({"models": 5}, TypeError, "models must be a ModelSet, 'auto', 'bundled', 'bundled-small', 'stanza' or a"),
        ({"attribution": "nope"}, ValueError, "attribution must be one of auto, rules, model, hybrid, not 'nope'"),
        ({"attribution": None}, TypeError, "attribution must be one of"),
    ],
)
def test_a_bad_argument_is_refused_at_construction_naming_it(
        no_models: None, options: dict[str, Any], error: type[Exception], says: str) -> None:
    with pytest.raises(error) as raised:
        QuoteTracer(**options)
    assert says in str(raised.value)


def test_analyze_refuses_a_text() -> None:
    with pytest.raises(TypeError, match="analyze expects an annotated Document, not str"):
        analyze("We will win, said Ann Lee.")  # type: ignore[arg-type]


@pytest.mark.parametrize("texts", ['"We will win," said Mayor Ann Lee.', b"bytes", 5])
def test_module_extract_refuses_one_string_or_a_non_iterable(no_models: None, texts: Any) -> None:
    with pytest.raises(TypeError, match="extract expects an iterable of texts"):
        pipeline.extract(texts)


# --- one bad item never loses the others; a bad text is a Failure whatever the batch ---------------

def tracer_counting(batch_size: int = 4) -> tuple[QuoteTracer, list[list[str]]]:
    """A tracer whose annotation records each batch of ids and fails on texts that say FAIL."""
    tracer = QuoteTracer.__new__(QuoteTracer)
    tracer.batch_size, tracer.workers = batch_size, 1
    tracer.lexicon, tracer.cue_types = None, pipeline.ALL_CUE_TYPES  # type: ignore[assignment]
    tracer._attribution_plan, tracer._attribution = None, None  # the rules alone, nothing to load
    batches: list[list[str]] = []

    def annotate(texts: list[str], ids: list[str], progress: Any = None) -> list[Document]:
        batches.append(list(ids))
        if any("FAIL" in text for text in texts):
            raise ModelError("stanza failed while annotating: IndexError: internal")
        return [build_document("Hello hello INTJ 0 root", doc_id=doc_id) for doc_id in ids]

    tracer.annotate = annotate  # type: ignore[method-assign]
    return tracer, batches


def test_a_list_with_a_bad_item_is_refused_before_any_work() -> None:
    tracer, batches = tracer_counting()
    with pytest.raises(TypeError, match="item 1: its text"):
        tracer.extract([("ok1", "Hello."), ("bad", None)])  # type: ignore[list-item]
    assert batches == []


def test_a_stream_with_a_bad_item_yields_every_document_before_it_then_raises() -> None:
    tracer, batches = tracer_counting(batch_size=4)
    stream = (item for item in [("ok1", "Hello."), ("ok2", "Hi."), ("bad", None), ("after", "Never read.")])
    seen: list[str] = []
    with pytest.raises(TypeError, match="item 2: its text"):
        for outcome in tracer.extract(stream):  # type: ignore[arg-type]
            seen.append(outcome.document_id)
    assert seen == ["ok1", "ok2"]
    assert batches == [["ok1", "ok2"]]


@pytest.mark.parametrize("neighbours", [0, 1, 2, 5])
def test_a_lone_surrogate_is_a_failure_with_our_message_whatever_the_batch(neighbours: int) -> None:
    tracer, batches = tracer_counting()
    items = [(f"ok{i}", "Hello.") for i in range(neighbours)] + [("d1", '"Hi \ud800," said Ann Lee.')]
    outcomes = list(tracer.extract(items))
    assert [o.document_id for o in outcomes] == [item[0] for item in items]
    failure = outcomes[-1]
    assert isinstance(failure, Failure)
    assert failure.message.startswith("the text holds a lone surrogate at offset 4")
    assert all(isinstance(o, Result) for o in outcomes[:-1])
    assert all("d1" not in batch for batch in batches)  # never handed to stanza


def test_a_lone_surrogate_in_an_id_is_a_failure_too() -> None:
    tracer, _ = tracer_counting()
    (failure,) = tracer.extract([("d\udc00", "Hello.")])
    assert isinstance(failure, Failure) and "the id holds a lone surrogate at offset 1" in failure.message


@pytest.mark.parametrize("neighbours", [0, 1, 3])
def test_a_text_the_model_fails_on_is_a_failure_alone_or_in_a_batch(neighbours: int) -> None:
    tracer, _ = tracer_counting()
    items = [("bad", "FAIL here.")] + [(f"ok{i}", "Hello.") for i in range(neighbours)]
    outcomes = list(tracer.extract(items))
    assert isinstance(outcomes[0], Failure) and "stanza failed while annotating" in outcomes[0].message
    assert [type(o) for o in outcomes[1:]] == [Result] * neighbours


def test_a_non_callable_progress_is_refused() -> None:
    tracer, _ = tracer_counting()
    with pytest.raises(TypeError, match="progress must be callable, not int"):
        tracer.extract([("d", "x")], progress=5)  # type: ignore[arg-type]
