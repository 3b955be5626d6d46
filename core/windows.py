"""The rules over a very long document, one window of sentences at a time.

Several rules compare each quote or mention with the others in its document, which is cheap for an
article (a thousand words, a few dozen quotes) and quadratic for a pathological one (5 MB of one
paragraph holds some 90,000 quotes). A document over `MAX_WINDOW_TOKENS` tokens is therefore cut
into windows of whole sentences, cut at a paragraph start where one lies in the second half of the
window; each window is analysed as a document of its own over the same text (offsets stay those of
the whole input), and the results are joined, quotes numbered and entities renamed in text order.
Speakers are not linked across windows: the price of a bounded cost, paid only by documents some
twenty times longer than a long news article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import replace
from typing import TypeVar

from .model import Document, Entity, Quote, Result, Sentence, Span

MAX_WINDOW_TOKENS = 20_000

S = TypeVar("S")


def windows(doc: Document, limit: int | None = None) -> Iterator[Document]:
    """`doc` as consecutive documents of whole sentences, each of at most `limit` tokens (or one
    sentence, if a sentence is longer), with their own token and sentence numbering; made one at a
    time, so that only the window being analysed holds renumbered tokens."""
    starts = {p.start for p in doc.paragraphs}
    for group in sentence_groups(doc.sentences, starts, limit, size=lambda s: len(s.tokens),
                                 start=lambda s: s.span.start):
        yield _sub_document(doc, group)


def sentence_groups(sentences: Iterable[S], paragraph_starts: Set[int], limit: int | None, *,
                    size: Callable[[S], int], start: Callable[[S], int]) -> Iterator[list[S]]:
    """Consecutive groups of `sentences` (any objects: `size` gives one's tokens, `start` its first
    code-point offset) of at most `limit` tokens (`MAX_WINDOW_TOKENS` if None), or one sentence if
    it is longer; a full group is cut before its last sentence that starts a paragraph in its second
    half, the sentences after the cut carried into the next group. Reads `sentences` lazily: a group
    is yielded as soon as the next one has begun, so a stream of sentences is held one window deep."""
    limit = limit or MAX_WINDOW_TOKENS
    group: list[S] = []
    total = 0
    for sentence in sentences:
        if group and total + size(sentence) > limit:
            cut = next((i for i in range(len(group) - 1, len(group) // 2, -1)
                        if start(group[i]) in paragraph_starts), len(group))
            yield group[:cut]
            group = group[cut:]
            total = sum(size(s) for s in group)
        group.append(sentence)
        total += size(sentence)
    if group:
        yield group


def _sub_document(doc: Document, sentences: list[Sentence]) -> Document:
    first_token = sentences[0].tokens[0].index
    first_sentence = sentences[0].index
    renumbered = []
    for sentence in sentences:
        tokens = tuple(replace(t, index=t.index - first_token, sentence=t.sentence - first_sentence,
                               head=t.head - first_token if t.head >= 0 else -1) for t in sentence.tokens)
        renumbered.append(replace(sentence, index=sentence.index - first_sentence, tokens=tokens))
    start, end = sentences[0].span.start, sentences[-1].span.end
    paragraphs = tuple(Span(max(p.start, start), min(p.end, end)) for p in doc.paragraphs
                       if p.end > start and p.start < end)
    return Document(text=doc.text, sentences=tuple(renumbered), paragraphs=paragraphs, id=doc.id)


def analyze_in_windows(doc: Document, analyze: Callable[[Document], Result]) -> Result:
    """`analyze` over each window of `doc`, joined into one `Result` for the whole document."""
    return join_windows(doc.id, doc.text, (analyze(window) for window in windows(doc)))


def join_windows(document_id: str, text: str, results: Iterable[Result]) -> Result:
    """The windows' `results`, in text order, as one `Result`: quotes renumbered q1, q2, … and
    entities E1, E2, … across windows (each window's speakers stay its own)."""
    quotes: list[Quote] = []
    entities: list[Entity] = []
    for result in results:
        names: dict[str, str] = {}
        for entity in result.entities:
            names[entity.id] = f"E{len(entities) + 1}"
            entities.append(replace(entity, id=names[entity.id]))
        for quote in result.quotes:
            quotes.append(replace(quote, id=f"q{len(quotes) + 1}",
                                  entity_id=names.get(quote.entity_id) if quote.entity_id else None))
    return Result(document_id=document_id, text=text, quotes=tuple(quotes), entities=tuple(entities))
