"""The bundled attribution model on our samples and the shared sample: the hybrid keeps every
attribution the rules find today (same content, cue and speaker mention), and runs deterministically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import SAMPLES, SHARED
from quotetrace.core.pipeline import QuoteTracer, analyze

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def tracer() -> QuoteTracer:
    tracer = QuoteTracer("bundled", attribution="hybrid")
    if tracer.attribution is None:
        pytest.skip("no attribution model bundled")
    return tracer


def _key(quote: dict[str, Any]) -> tuple[Any, ...]:
    speaker = quote["speaker"]
    return (tuple(map(tuple, quote["spans"])), quote["cue"] and quote["cue"]["start"],
            speaker and (speaker["start"], speaker["end"]))


def _texts() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt")) + sorted((SHARED / "samples").glob("*.txt"))


def test_the_hybrid_keeps_every_rule_attribution(tracer: QuoteTracer) -> None:
    paths = _texts()
    documents = tracer.annotate([p.read_text(encoding="utf-8") for p in paths], [p.stem for p in paths])
    for document in documents:
        rules = analyze(document, tracer.lexicon).to_record()["quotes"]
        hybrid = analyze(document, tracer.lexicon, attribution=tracer.attribution).to_record()["quotes"]
        assert hybrid == analyze(document, tracer.lexicon, attribution=tracer.attribution).to_record()["quotes"]
        kept = {_key(q) for q in hybrid}
        lost = [q["text"][:60] for q in rules if q["speaker"] and _key(q) not in kept]
        assert not lost, f"{document.id}: the hybrid loses {lost}"
        for quote in hybrid:
            for start, end in quote["spans"]:
                assert document.text[start:end] in quote["text"]
