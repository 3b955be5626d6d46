"""Bounded cost per input: pathological paragraphs cut before stanza (core/segments.py), very long
documents analysed in windows (core/windows.py), lookups that do not scan the whole document, and
small versions of every case of bench/hostile.py through the real pipeline (no timings here: they
are in the bench script; these assert completion and exact offsets)."""

from __future__ import annotations

import random
import sys

import pytest
from helpers import ROOT, naive_document
from quotetrace.core import segments, windows
from quotetrace.core.model import Span
from quotetrace.core.pipeline import Failure, QuoteTracer, Result, analyze

sys.path.insert(0, str(ROOT / "bench"))
import hostile  # noqa: E402


def test_chunks_cover_a_paragraph_in_order_within_the_limit_at_sentence_ends() -> None:
    text = "  " + "The port will open in March. Officials said so, again and again. " * 80 + "x" * 900 + " end."
    paragraph = Span(2, len(text))
    pieces = segments.chunks(text, paragraph, limit=500)
    assert all(len(p) <= 500 for p in pieces)
    assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:], strict=False))
    # nothing but white space between or around the pieces
    covered = "".join(p.text_of(text) for p in pieces)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(p.text_of(text).endswith(".") for p in pieces[:-3])  # cut at sentence ends
    assert max(len(p) for p in pieces if set(p.text_of(text)) == {"x"}) <= 500  # a long token is cut too


def test_a_sentence_over_the_parsers_limit_becomes_pieces_cut_after_commas() -> None:
    words = [(Span(i * 4, i * 4 + 3), "," if i % 37 == 36 else "w") for i in range(1000)]
    short = [(Span(5000 + i * 4, 5000 + i * 4 + 3), "w") for i in range(20)]
    pieces = segments.segments([words, short, short])
    sizes = [sum(1 for span, _ in words + short if p.start <= span.start and span.end <= p.end) for p in pieces]
    assert max(sizes[:-1]) <= segments.MAX_SENTENCE_WORDS
    assert sum(sizes) == 1000 + 20  # every word in exactly one piece (the two short ones share a span)
    ends = {span.end: text for span, text in words}
    assert all(ends[p.end] == "," for p in pieces[:-2])  # each cut right after a comma


def test_tokens_in_and_paragraph_of_agree_with_a_full_scan() -> None:
    rng = random.Random(3)
    text = "\n".join(" ".join(rng.choice(["said", "“No,”", "the", "Port", "it's"]) for _ in range(rng.randint(1, 9)))
                     for _ in range(60)) + "\n\n"
    doc = naive_document(text)
    for _ in range(500):
        start = rng.randrange(len(text))
        span = Span(start, rng.randrange(start, len(text) + 1))
        assert doc.tokens_in(span) == [t for t in doc.tokens if span.contains(t.span) and len(t.span) > 0]
        limit = rng.randint(1, 4)
        assert doc.tokens_in(span, limit) == doc.tokens_in(span)[:limit]
        offset = rng.randrange(len(text) + 1)
        inside = [i for i, p in enumerate(doc.paragraphs) if p.start <= offset < p.end]
        after = [i for i, p in enumerate(doc.paragraphs) if offset < p.start]
        assert doc.paragraph_of(offset) == (inside or after or [len(doc.paragraphs) - 1])[0]


def _quote_keys(result: Result) -> list[tuple[object, ...]]:
    return [(q.kind, q.parts, q.cue, q.speaker.span if q.speaker else None, q.rule) for q in result.quotes]


def test_a_long_document_analysed_in_windows_keeps_each_paragraphs_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = [f'"We will build the new port number {i} in March," Ashby said. Then Reyes said no.'
                  for i in range(40)]
    doc = naive_document("\n".join(paragraphs))
    whole = analyze(doc)
    assert len(whole.quotes) >= 40
    monkeypatch.setattr(windows, "MAX_WINDOW_TOKENS", 100)
    parts = windows.windows(doc)
    assert len(parts) > 5 and all(len(p.tokens) <= 100 for p in parts)
    assert [t.span for p in parts for t in p.tokens] == [t.span for t in doc.tokens]
    for part in parts:
        assert [t.index for t in part.tokens] == list(range(len(part.tokens)))
        assert all(p.start in {q.start for q in doc.paragraphs} for p in part.paragraphs[1:])
    windowed = analyze(doc)
    assert _quote_keys(windowed) == _quote_keys(whole)
    assert [q.id for q in windowed.quotes] == [f"q{i}" for i in range(1, len(windowed.quotes) + 1)]
    ids = [e.id for e in windowed.entities]
    assert len(ids) == len(set(ids)) and all(q.entity_id in ids for q in windowed.quotes if q.entity_id)


def _check_exact(result: Result | Failure, text: str) -> Result:
    assert isinstance(result, Result), result
    for quote in result.quotes:
        for part in quote.parts:
            assert 0 <= part.start <= part.end <= len(text)
        assert quote.content_text(text) == result.to_record()["quotes"][int(quote.id[1:]) - 1]["text"]
        if quote.speaker is not None:
            assert text[quote.speaker.span.start : quote.speaker.span.end] == quote.speaker.text
    return result


@pytest.fixture(scope="module")
def tracer() -> QuoteTracer:
    return QuoteTracer("bundled", threads=1)


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(hostile.CASES))
def test_small_hostile_inputs_come_back_whole_with_exact_offsets(
        case: str, tracer: QuoteTracer, monkeypatch: pytest.MonkeyPatch) -> None:
    # the limits scaled down with the inputs, so the cutting is exercised at test sizes
    monkeypatch.setattr(segments, "MAX_CHUNK_CHARS", 3000)
    monkeypatch.setattr(segments, "MAX_PARAGRAPH_WORDS", 100)
    text = hostile.CASES[case](0.03 if case != "big_paragraph" else 0.002)
    documents = tracer.annotate([text], [case])
    for sentence in documents[0].sentences:
        assert len(sentence.tokens) <= segments.MAX_SENTENCE_WORDS + 5  # a multi-word token may add words
        for token in sentence.tokens:
            assert text[token.span.start : token.span.end] == token.text
    (result,) = tracer.extract([(case, text)])
    _check_exact(result, text)

