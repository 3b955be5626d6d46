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

from collections.abc import Callable
from dataclasses import replace

from .model import Document, Entity, Quote, Result, Sentence, Span

MAX_WINDOW_TOKENS = 20_000


def windows(doc: Document, limit: int | None = None) -> list[Document]:
    """`doc` as consecutive documents of whole sentences, each of at most `limit` tokens (or one
    sentence, if a sentence is longer), with their own token and sentence numbering."""
    limit = limit or MAX_WINDOW_TOKENS
    paragraph_starts = {p.start for p in doc.paragraphs}
    groups: list[list[Sentence]] = [[]]
    size = 0
    for sentence in doc.sentences:
        group = groups[-1]
        if group and size + len(sentence.tokens) > limit:
            cut = next((i for i in range(len(group) - 1, len(group) // 2, -1)
                        if group[i].span.start in paragraph_starts), len(group))
            groups[-1], carried = group[:cut], group[cut:]
            groups.append(carried)
            size = sum(len(s.tokens) for s in carried)
        groups[-1].append(sentence)
        size += len(sentence.tokens)
    return [_sub_document(doc, group) for group in groups if group]


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
    quotes: list[Quote] = []
    entities: list[Entity] = []
    for window in windows(doc):
        result = analyze(window)
        names: dict[str, str] = {}
        for entity in result.entities:
            names[entity.id] = f"E{len(entities) + 1}"
            entities.append(replace(entity, id=names[entity.id]))
        for quote in result.quotes:
            quotes.append(replace(quote, id=f"q{len(quotes) + 1}",
                                  entity_id=names.get(quote.entity_id) if quote.entity_id else None))
    return Result(document_id=doc.id, text=doc.text, quotes=tuple(quotes), entities=tuple(entities))
