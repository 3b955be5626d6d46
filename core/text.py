"""Plain-text helpers that need no model: paragraphs and input normalisation."""

from __future__ import annotations

import re

from .model import Span

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]\s*$")


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding white space.

    News text comes in two shapes: one paragraph per line, or paragraphs separated by blank lines
    with hard-wrapped lines inside. A line break ends a paragraph unless the text is hard-wrapped,
    which we recognise by blank-line-separated blocks whose inner lines mostly stop mid-sentence.
    """
    lines = [Span(m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [_trim(text, line) for line in lines if text[line.start : line.end].strip()]
    if not lines:
        return ()
    if not _looks_hard_wrapped(text, lines):
        return tuple(lines)
    paragraphs: list[Span] = []
    current = lines[0]
    for line in lines[1:]:
        gap = text[current.end : line.start]
        if gap.count("\n") >= 2 or _blank_line_between(gap):
            paragraphs.append(current)
            current = line
        else:
            current = Span(current.start, line.end)
    paragraphs.append(current)
    return tuple(paragraphs)


def _trim(text: str, span: Span) -> Span:
    piece = text[span.start : span.end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece) - len(piece.rstrip())
    return Span(span.start + left, span.end - right)


def _blank_line_between(gap: str) -> bool:
    return bool(re.search(r"\n[ \t\r]*\n", gap))


def _looks_hard_wrapped(text: str, lines: list[Span]) -> bool:
    inner_ends = 0
    mid_sentence = 0
    lowercase_next = 0
    for this, following in zip(lines, lines[1:], strict=False):
        if _blank_line_between(text[this.end : following.start]):
            continue
        inner_ends += 1
        if not _SENTENCE_END.search(text[this.start : this.end]):
            mid_sentence += 1
        if text[following.start : following.start + 1].islower():
            lowercase_next += 1
    # Wrapped prose breaks lines mid-sentence, so many lines go on with a lowercase word; lists of
    # signed quotes or bylines ('… ― Sonya Herridge') end without a full stop but start anew.
    return inner_ends >= 3 and mid_sentence / inner_ends >= 0.6 and lowercase_next / inner_ends >= 0.25
