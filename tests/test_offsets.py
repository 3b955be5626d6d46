"""Property: whatever the text, the rules never raise and every span names exactly its text."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import naive_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quotetrace.core.pipeline import analyze

PIECES = st.sampled_from(
    ["said", "Putin", "he", "told", "reporters", "the", "plan", "works", "“", "”", '"', "‘", "’", "'", "«", "»",
     "„", ",", ".", ":", " ", " ", " ", "\n", "\r\n", "\n\n", "😀", "\ufeff", "don't", "'90s", "Sun", "added",
     "that", "according", "to", "é", "👩‍👩‍👧"]
)


def check_record(text: str, record: dict[str, Any]) -> None:
    for quote in record["quotes"]:
        assert quote["text"] == " ".join(text[s:e] for s, e in quote["spans"])
        for start, end in quote["spans"]:
            assert 0 <= start < end <= len(text)
        for key in ("cue", "speaker"):
            if quote[key] is not None:
                piece = quote[key]
                assert text[piece["start"] : piece["end"]] == piece["text"]
        assert 0.0 <= quote["confidence"] <= 1.0
    for speaker in record["speakers"]:
        for start, end in speaker["mentions"]:
            assert 0 <= start < end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=80).map(lambda pieces: " ".join(pieces) if len(pieces) % 2 else "".join(pieces)))
def test_rules_never_raise_and_spans_are_exact(text: str) -> None:
    check_record(text, analyze(naive_document(text)).to_record())


@pytest.fixture(scope="module")
def tracer() -> Any:
    from quotetrace.core.pipeline import QuoteTracer

    return QuoteTracer("bundled")


@pytest.mark.model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, max_size=60).map(" ".join))
def test_real_pipeline_spans_are_exact(tracer: Any, text: str) -> None:
    from quotetrace.core.pipeline import Result

    (outcome,) = tracer.extract([("random", text)])
    assert isinstance(outcome, Result)
    assert outcome.text == text
    check_record(text, outcome.to_record())
