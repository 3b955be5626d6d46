"""Plain-text helpers that need no model: paragraphs and input normalisation."""

from __future__ import annotations

import re
import unicodedata

from .model import Span

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]\s*$")
# A quotation that closes with a comma ('"…,"', '« … »,') leaves its sentence open for the reporting
# clause; a line that ends there, or a few words into that clause ('"…," said Tomas'), is a hard wrap.
# Six words cover 'said the council leader, Peter' and stop a run of lines from joining for long.
_OPEN_AFTER_QUOTE = re.compile(r"(?:,[\"”’»]|[\"”’»],|[\"”’»](?:--|—|–))\s*(?:[\w'’-]+,?\s*){0,6}$")
# 'The mayor was blunt—⏎"We will not pay."': a dash set against the last word introduces what follows (a
# dateline's dash, 'MOSCOW —', is set off by a space and is left alone)
_DASH_INTRO = re.compile(r"\w(?:--|—|–)$")
_QUOTE_OPENERS = "\"“”‘'«»„"


def lone_surrogate(text: str) -> int | None:
    """The code-point offset of the first lone surrogate in `text` (U+D800–U+DFFF on its own: JSON
    and Python can spell one, but it is no character and UTF-8 cannot encode it), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding white space.

    News text comes in two shapes: one paragraph per line, or paragraphs separated by blank lines
    with hard-wrapped lines inside. A line break ends a paragraph unless the text is hard-wrapped,
    which we recognise by blank-line-separated blocks whose inner lines mostly stop mid-sentence.
    """
    lines = [Span(m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [trimmed for trimmed in (_trim(text, line) for line in lines) if trimmed.end > trimmed.start]
    if not lines:
        return ()
    if not _looks_hard_wrapped(text, lines):
        return _join_wrapped_clauses(text, lines)
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
    return _join_wrapped_clauses(text, paragraphs)


def _join_wrapped_clauses(text: str, paragraphs: list[Span]) -> tuple[Span, ...]:
    """`paragraphs` with a reporting clause hard-wrapped onto the next line joined to its quote:
    '"We will not sign the lease,"\nHale said.' is one sentence, since the quotation closes with a
    comma (or a dash: '"Never"--\nsaid Ada Brenn.'); the next line counts when one line break alone (LF,
    CRLF or CR) separates it and it does not open a quotation of its own, unless a dash against the last
    word introduces it ('was blunt—\n"…"'). A quote that closes with a full stop ends its sentence and is
    not joined."""
    joined: list[Span] = []
    for paragraph in paragraphs:
        if joined and _wrapped_clause(text, joined[-1], paragraph):
            joined[-1] = Span(joined[-1].start, paragraph.end)
        else:
            joined.append(paragraph)
    return tuple(joined)


def _wrapped_clause(text: str, line: Span, following: Span) -> bool:
    gap = text[line.end : following.start]
    if gap.strip(" \t") not in ("\n", "\r\n", "\r"):
        return False
    if text[following.start] in _QUOTE_OPENERS:
        return _DASH_INTRO.search(text, line.start, line.end) is not None
    return _OPEN_AFTER_QUOTE.search(text, line.start, line.end) is not None


def _invisible(ch: str) -> bool:
    """White space, or a format character that shows nothing (Unicode category Cf: the byte order
    mark U+FEFF, zero-width space and joiners, direction marks). Left at a paragraph's edge, the
    tokenizer glues it to the first token, and '\ufeff"' is no longer a quotation mark."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return Span(start, end)


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
