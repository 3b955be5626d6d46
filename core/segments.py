"""Cutting pathological paragraphs into pieces the annotator can handle at bounded cost.

stanza's costs are not linear in what it is given: the parser scores every pair of words in a
sentence (a 20,000-word run-on sentence asked for 81 GB), and the tokenizer holds a whole paragraph
in memory at once. Ordinary news paragraphs are far below the limits here and pass through whole;
a paragraph above them is cut, first into chunks of at most `MAX_CHUNK_CHARS` characters (at a
sentence end where one is near, else at white space), then, once the tokenizer has found its
sentences, into segments of whole sentences, with a sentence longer than `MAX_SENTENCE_WORDS` words
cut into pieces (after a semicolon, colon or comma where one is near). Each piece is parsed on its
own, and the annotator joins the pieces of one sentence back into one sentence for the rules
(`Segment.piece`). Every span here is in code points of the original text, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from .model import Span

#: a paragraph of at most this many words and marks goes to stanza whole
MAX_PARAGRAPH_WORDS = 400
#: the longest chunk of one paragraph the tokenizer gets at once
MAX_CHUNK_CHARS = 20_000
#: the longest sentence the parser gets; longer ones are parsed in pieces
MAX_SENTENCE_WORDS = 150
#: words per segment when the sentences of a cut paragraph are grouped again
SEGMENT_WORDS = 400

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")
_TOKENISH = re.compile(r"\w+|[^\w\s]")
_CLAUSE_PUNCT = frozenset({";", ":", ","})


class Segment(NamedTuple):
    """A stretch of text annotated in one go. `piece` is 0 for whole sentences, 1 for the first piece
    of a sentence too long to parse at once and 2 for each later piece of it."""

    span: Span
    piece: int = 0


def needs_cutting(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is long enough that it could hold a sentence over the parser's limit."""
    if len(paragraph) > MAX_CHUNK_CHARS:
        return True
    # every run of word characters and every other mark may be a token of its own: '""""' is four
    tokens = _TOKENISH.finditer(text, paragraph.start, paragraph.end)
    return sum(1 for _ in islice(tokens, MAX_PARAGRAPH_WORDS + 1)) > MAX_PARAGRAPH_WORDS


def chunks(text: str, paragraph: Span, limit: int | None = None) -> list[Span]:
    """The paragraph cut into spans of at most `limit` characters (a token longer than that is cut
    too), each cut after the last sentence end in the second half of its window, else at its last
    white space; spans are trimmed of white space and cover every other character in order."""
    limit = limit or MAX_CHUNK_CHARS
    pieces: list[Span] = []
    start = paragraph.start
    while paragraph.end - start > limit:
        window = text[start : start + limit]
        cut = 0
        for match in _SENTENCE_END.finditer(window, limit // 2):
            cut = match.end()
        if not cut:
            spaces = [m.end() for m in _SPACE.finditer(window, limit // 2)]
            cut = spaces[-1] if spaces else limit
        pieces.append(_trim(text, Span(start, start + cut)))
        start += cut
    pieces.append(_trim(text, Span(start, paragraph.end)))
    return [piece for piece in pieces if len(piece)]


def segments(sentences: Sequence[Sequence[tuple[Span, str]]]) -> list[Segment]:
    """Group a chunk's sentences (each a list of (token span, token text)) into segments of whole
    sentences of at most `SEGMENT_WORDS` tokens; a sentence over `MAX_SENTENCE_WORDS` tokens becomes
    several segments of at most that many, its pieces (`Segment.piece` 1, then 2)."""
    out: list[Segment] = []
    group: list[Span] = []
    size = 0
    for sentence in sentences:
        if not sentence:
            continue
        if len(sentence) > MAX_SENTENCE_WORDS:
            if group:
                out.append(Segment(Span(group[0].start, group[-1].end)))
                group, size = [], 0
            out += [Segment(span, 2 if i else 1) for i, span in enumerate(_pieces(sentence))]
            continue
        if size + len(sentence) > SEGMENT_WORDS and group:
            out.append(Segment(Span(group[0].start, group[-1].end)))
            group, size = [], 0
        group.append(Span(sentence[0][0].start, sentence[-1][0].end))
        size += len(sentence)
    if group:
        out.append(Segment(Span(group[0].start, group[-1].end)))
    return out


def _pieces(sentence: Sequence[tuple[Span, str]]) -> list[Span]:
    out: list[Span] = []
    first = 0
    while len(sentence) - first > MAX_SENTENCE_WORDS:
        last = first + MAX_SENTENCE_WORDS  # exclusive
        cut = last
        for i in range(last - 1, first + MAX_SENTENCE_WORDS // 2, -1):
            if sentence[i][1] in _CLAUSE_PUNCT:
                cut = i + 1
                break
        out.append(Span(sentence[first][0].start, sentence[cut - 1][0].end))
        first = cut
    out.append(Span(sentence[first][0].start, sentence[-1][0].end))
    return out


def _trim(text: str, span: Span) -> Span:
    piece = text[span.start : span.end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece) - len(piece.rstrip())
    if left == len(piece):
        return Span(span.start, span.start)
    return Span(span.start + left, span.end - right)
