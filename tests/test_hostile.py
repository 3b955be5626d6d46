"""Bounded cost per input: pathological paragraphs cut before stanza (core/segments.py), very long
documents analysed in windows (core/windows.py), lookups that do not scan the whole document, and
small versions of every case of bench/hostile.py through the real pipeline (no timings here: they
are in the bench script; these assert completion and exact offsets)."""

from __future__ import annotations

import pickle
import random
import sys
from collections.abc import Iterator

import pytest
from helpers import ROOT, naive_document
from quotetrace.core import annotate, pipeline, segments, windows
from quotetrace.core.model import Document, Sentence, Span, Token
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
    cut = segments.segments([words, short, short])
    assert [s.piece for s in cut] == [1] + [2] * (len(cut) - 2) + [0]  # the two short ones: whole sentences
    pieces = [s.span for s in cut]
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
    parts = list(windows.windows(doc))
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


def _check_one_tree(sentence: Sentence) -> None:
    """One root, every head inside the sentence, and every word reaches the root."""
    first = sentence.tokens[0].index
    heads = {t.index: t.head for t in sentence.tokens}
    assert [t.index for t in sentence.tokens] == list(range(first, first + len(sentence.tokens)))
    assert sum(1 for head in heads.values() if head < 0) == 1
    for token in sentence.tokens:
        seen, at = set(), token.index
        while heads[at] >= 0:
            assert heads[at] in heads and at not in seen
            seen.add(at)
            at = heads[at]


def test_pieces_of_one_sentence_are_joined_into_one_tree() -> None:
    from quotetrace.core.annotate import _join

    def word(start: int, head: int, deprel: str) -> tuple[Span, str, str, int, str, str]:
        return (Span(start, start + 1), "NOUN", "w", head, deprel, "")

    first = [word(0, 2, "nsubj"), word(2, 0, "root"), word(4, 2, "obj")]
    second = [word(6, 0, "root"), word(8, 1, "obj")]
    third = [word(10, 2, "nsubj"), word(12, 0, "root")]
    joined = _join([first, second, third])
    assert [w[0].start for w in joined] == [0, 2, 4, 6, 8, 10, 12]
    assert [w[3] for w in joined] == [2, 0, 2, 2, 4, 7, 2]
    assert [w[4] for w in joined] == ["nsubj", "root", "obj", "parataxis", "obj", "nsubj", "parataxis"]


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
        for token in sentence.tokens:
            assert text[token.span.start : token.span.end] == token.text
        _check_one_tree(sentence)
    (result,) = tracer.extract([(case, text)])
    _check_exact(result, text)



@pytest.mark.model
def test_a_sentence_parsed_in_pieces_is_one_sentence_for_the_rules(
        tracer: QuoteTracer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segments, "MAX_PARAGRAPH_WORDS", 30)
    monkeypatch.setattr(segments, "MAX_SENTENCE_WORDS", 20)
    clauses = ", ".join(f"the port {i} would open in March and the council would pay" for i in range(6))
    quote = ('"We will not accept this plan, whatever the council says, whatever the minister promises, '
             'and whatever the port costs, because it is wrong for the town and wrong for its people,"')
    text = f"Officials said on Tuesday that {clauses}, and then Mayor Helen Ashby said {quote} to reporters.\r\n"
    (doc,) = tracer.annotate([text], ["one"])
    assert len(doc.sentences) == 1  # 100 words, parsed in pieces of at most 20
    (sentence,) = doc.sentences
    assert len(sentence.tokens) > 80
    assert sentence.span.text_of(text) == text.strip()
    assert all(text[t.span.start : t.span.end] == t.text for t in sentence.tokens)
    _check_one_tree(sentence)
    (result,) = tracer.extract([("one", text)])
    found = [q for q in _check_exact(result, text).quotes if q.kind == "direct"]
    start = text.index(quote) + 1
    # the quotation crosses several pieces and comes back whole, from its first word to its last
    assert [(q.parts[0].start, q.parts[-1].end) for q in found] == [(start, start + len(quote) - 2)]


def _random_tree_document(rng: random.Random) -> Document:
    """Sentences of random trees (and, now and then, a cycle or a head in another sentence)."""
    sentences, index, offset = [], 0, 0
    for number in range(rng.randint(1, 6)):
        size = rng.randint(1, 30)
        tokens = []
        for position in range(size):
            head = index + rng.randrange(position) if position else -1
            if position and rng.random() < 0.05:
                head = rng.randrange(max(1, index + size + 5))  # anywhere, even a later sentence
            tokens.append(Token(index=index + position, span=Span(offset, offset + 1), text="w", head=head,
                                sentence=number))
            offset += 2
        index += size
        sentences.append(Sentence(number, Span(tokens[0].span.start, tokens[-1].span.end), tuple(tokens)))
    return Document(text="w " * offset, sentences=tuple(sentences), paragraphs=(Span(0, 2 * offset),))


def test_children_and_subtree_from_the_index_are_those_of_a_full_scan() -> None:
    rng = random.Random(19)
    for _ in range(200):
        doc = _random_tree_document(rng)
        for token in doc.tokens:
            sentence = doc.sentences[token.sentence].tokens
            assert list(doc.children(token)) == [t for t in sentence if t.head == token.index]
            members = {token.index}
            while grown := {t.index for t in sentence if t.head in members} - members:
                members |= grown
            assert doc.subtree(token) == [t for t in sentence if t.index in members]


def test_a_pickled_document_leaves_its_index_behind_and_indexes_again() -> None:
    doc = _random_tree_document(random.Random(4))
    before = [doc.subtree(t) for t in doc.tokens]
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc and pickle.dumps(copy) == pickle.dumps(doc)  # the index is not part of the state
    assert [copy.subtree(t) for t in copy.tokens] == before


def test_nested_reports_are_dropped_as_by_comparing_every_pair() -> None:
    from types import SimpleNamespace

    from quotetrace.core.quotes.indirect import _drop_nested

    def by_pairs(found: list[SimpleNamespace]) -> list[SimpleNamespace]:
        contents = [{t.index for t in a.content} for a in found]
        return [a for i, a in enumerate(found)
                if not any(a.cue[0].index in contents[j]
                           and not (b.cue[0].index in contents[i] and a.cue[0].index < b.cue[0].index)
                           for j, b in enumerate(found) if j != i)]

    rng = random.Random(7)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(40)
            content = [SimpleNamespace(index=i) for i in range(start, start + rng.randint(1, 15))]
            found.append(SimpleNamespace(cue=(SimpleNamespace(index=rng.randrange(50)),), content=content))
        assert _drop_nested(found) == by_pairs(found)  # type: ignore[arg-type]


def test_whole_paragraph_agrees_with_comparing_stripped_texts() -> None:
    from quotetrace.core.headlines import _whole_paragraph

    rng = random.Random(11)
    for _ in range(300):
        pieces = ["a", "b", " ", "\n", "\n\n", "\u2028", "\t", "."]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        doc = naive_document(text)
        if not doc.paragraphs:
            continue
        start = rng.randrange(len(text))
        span = Span(start, rng.randrange(start, len(text) + 1))
        paragraph = doc.paragraphs[doc.paragraph_of(span.start)]
        expected = paragraph.text_of(text).strip() == span.text_of(text).strip()
        assert _whole_paragraph(doc, span) == expected, (text, span)


def test_sentence_groups_read_lazily_and_cut_as_the_windows_do() -> None:
    # (start, size) sentences; paragraphs start at 0, 30 and 70
    sentences = [(0, 10), (10, 10), (20, 10), (30, 10), (40, 10), (50, 10), (60, 10), (70, 10), (80, 10)]
    read: list[int] = []

    def stream() -> Iterator[tuple[int, int]]:
        for sentence in sentences:
            read.append(sentence[0])
            yield sentence

    groups = windows.sentence_groups(stream(), {0, 30, 70}, 45, size=lambda s: s[1], start=lambda s: s[0])
    first = next(groups)
    # cut before the paragraph at 30 (in the second half of the full window), not where it overflowed
    assert [s[0] for s in first] == [0, 10, 20]
    assert read == [0, 10, 20, 30, 40]  # one sentence past the full window, no more
    # no paragraph start in the second half: cut where the window is full
    assert [[s[0] for s in g] for g in groups] == [[30, 40, 50, 60], [70, 80]]


@pytest.mark.model
def test_a_big_text_annotated_window_by_window_gives_the_whole_documents_result(
        tracer: QuoteTracer, monkeypatch: pytest.MonkeyPatch) -> None:
    # everything scaled down: windows of 120 tokens, stanza batches of 600 characters, sentences
    # over 20 words parsed in pieces, so the pieces of one sentence fall in different batches
    monkeypatch.setattr(windows, "MAX_WINDOW_TOKENS", 120)
    monkeypatch.setattr(annotate, "BATCH_CHARS", 600)
    monkeypatch.setattr(segments, "MAX_PARAGRAPH_WORDS", 30)
    monkeypatch.setattr(segments, "MAX_SENTENCE_WORDS", 20)
    paragraphs = [f'"We will build the new port number {i} in March," Mayor Helen Ashby said. Then Reyes, '
                  f'who leads the opposition, said that the town, the port, the council and the {i} workers '
                  'would all pay for it, and she added: "Never."' for i in range(12)]
    text = "\ufeff" + "\r\n\r\n".join(paragraphs) + " 👍"
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 10 ** 9)
    (whole,) = tracer.extract([("big", text)])
    monkeypatch.setattr(pipeline, "STREAM_CHARS", 100)
    parts = list(tracer.annotator.annotate_in_windows(text, "big"))
    assert len(parts) > 3
    assert [t.span for p in parts for t in p.tokens] == [t.span for t in tracer.annotate([text], ["big"])[0].tokens]
    short = "Ashby said the port would open."
    results = list(tracer.extract([("a", short), ("big", text), ("b", short)]))
    assert [r.document_id for r in results] == ["a", "big", "b"]
    assert isinstance(whole, Result) and len(whole.quotes) >= 24
    assert results[1].to_record() == whole.to_record()
    _check_exact(results[1], text)
