"""The quotation-mark scanner: pair opening and closing marks into quoted spans.

Everything downstream (direct quotes, mixed quotes, speaker attribution) starts from the spans found
here, so the scanner errs on the side of finding fewer, well-formed quotes: a stray mark must never
turn the rest of an article into one long "quote".

How it works, one paragraph at a time (a quote never leaves its paragraph):

1. Collect the candidate marks. Apostrophes (don't, O'Malley's, the '90s, rock 'n' roll) are
   removed first; a ' or ’ after a letter and before a non-letter (students' books) is kept as a
   *maybe*: it closes a quote only when a single quote is open in the same paragraph.
2. Give every mark its context: *opening-like* when it follows white space, the paragraph start, an
   open bracket or a dash and is followed by something; *closing-like* when it follows something and
   is followed by white space, punctuation or the paragraph end. Runs of adjacent marks (``"'``,
   ``’”``) share the context of the run, so a nested quote at the edge of an outer one reads right.
3. Pair the marks with a stack. Marks come in four families that close only each other: double
   (“ ” „ ‟ " `` ''), single (‘ ’ ‚ ‛ ' `), guillemets (« ») and single guillemets (‹ ›). A closing
   mark closes the innermost open quote of its family; quotes opened after that one and still open
   are dropped (they were apostrophes or typos). A closing mark with nothing to close is ignored.

Decisions worth knowing:

* Straight " and '' : opening-like opens (even inside an open quote, which nests it); closing-like
  closes the open quote, or is ignored when none is open; anything else alternates (closes when a
  quote of the family is open, opens otherwise). Straight ' follows the same rule except that it
  never opens unless opening-like, because a mid-word ' is nearly always an apostrophe.
* Typographic marks keep their direction except where sloppy or foreign use is plain: “ closes an
  open quote when it is closing-like (“Hello,“ he said) or when the quote opened with „ (German);
  ” opens when nothing is open and it is opening-like (Swedish ”…”, reversed marks); » opens when
  no « is open (German »…«) and « then closes it; ‘ closes a quote opened with ‚. A ’ never opens.
* Unclosed quotes, at the end of a paragraph: the outermost one continues into the next paragraph
  when that paragraph starts with an opening mark of the same family (news style); the part gets
  ``close=None, continued=True`` and shares its ``chain`` with the next part. Otherwise it is kept,
  with ``close=None`` and content to the paragraph end, only when it looks like a real quote: a
  double mark or guillemet (single marks left open are usually apostrophes such as 'burbs),
  opened in opening-like context, with at least ``MIN_UNCLOSED_WORDS`` words. An unclosed
  quote is dropped otherwise; if the outermost one is dropped the next one inward gets the same
  test. Quotes still open inside a kept one are dropped. A quote left open before its own reporting
  clause at the paragraph's end ('"Unclosed quote, said Tom Hall.') neither continues nor runs to the
  end: it closes after its last comma with an empty ``close`` there.
* ``content`` is the text between the marks less white space at either end (French « spacing »);
  a quote whose content is empty is not reported.
* ``depth`` counts the reported quotes that enclose this one, so a quote inside a dropped one is 0.
"""

from __future__ import annotations

__all__ = ["MAX_WRAPPED_LINES", "MIN_UNCLOSED_WORDS", "QuotedSpan", "find_quoted_spans", "is_apostrophe"]

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...lemmatize import lemmatize_verb
from ...model import Span
from ...text import split_paragraphs
from ...wordlists import words
from .paragraph import Found, Scan, apostrophe_verdict, pair_marks
from .sets import APOSTROPHE_CHARS, DOUBLE, GUILLEMET, SINGLE, SINGLE_GUILLEMET

# An unclosed quote that does not continue into the next paragraph is kept only with this many words.
MIN_UNCLOSED_WORDS = 3
# A quote hard-wrapped over lines is joined over at most this many lines; a wire story wraps a
# sentence over two or three lines at 60-70 characters, so ten is generous and keeps the scan linear.
MAX_WRAPPED_LINES = 10
_INVERTING_CUES = words("inverting-cues")



@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quotation found by its marks; offsets are code points into the scanned text."""

    open: Span  # the opening mark (1 char usually; `''`/`` `` `` may be 2)
    # the closing mark; None when the paragraph ended with the quote still open; empty where the writer
    # left it out before the quote's own reporting clause ('"Unclosed quote, said Tom Hall.')
    close: Span | None
    content: Span  # the text between the marks, trimmed of white space
    chain: int  # parts of one multi-paragraph quote share a chain id; else unique
    depth: int  # 0 outer, 1 nested inside another reported quote, 2 inside that, ...
    continued: bool  # this part's paragraph ended with it open and the next paragraph reopened it
    single: bool = False  # single marks (‘ ’ ' ‹ ›) rather than double ones



def is_apostrophe(text: str, i: int) -> bool:
    """Whether the ' or ’ (or a misused ‘ or `) at `i` is an apostrophe rather than a quote mark.

    A mark after a letter and before a non-letter (students' books, or a closing quote) is decided
    by scanning its paragraph (with the lines a hard-wrapped quote joins to it): it is an apostrophe
    unless it closes a quote there. That costs one
    pass over the paragraph; to classify many marks, use `find_quoted_spans` instead.
    """
    if not 0 <= i < len(text) or text[i] not in APOSTROPHE_CHARS:
        return False
    if text[i] == "'" and (text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"):
        return False  # half of a '' mark
    lo, hi = _paragraph_around(text, i)
    verdict = apostrophe_verdict(text, i, lo, hi)
    if verdict != "maybe":
        return verdict == "yes"
    closed, _ = pair_marks(text, lo, hi)
    return all(close.start != i for _, close in closed)


def find_quoted_spans(text: str, paragraphs: Sequence[Span] | None = None) -> list[QuotedSpan]:
    """All quotations in `text`, in text order. `paragraphs` defaults to `split_paragraphs(text)`.

    Text outside the paragraphs is not scanned. See the module docstring for the rules.
    """
    spans = split_paragraphs(text) if paragraphs is None else _clean_paragraphs(paragraphs, len(text))
    scans = _scan_units(text, spans)

    kept: list[Found] = []
    for index, scan in enumerate(scans):
        kept.extend(scan.closed)
        following = scans[index + 1].starter if index + 1 < len(scans) else None
        for found in scan.unclosed:  # outermost first
            if found.previous is None and _close_before_own_report(text, found):
                kept.append(found)
                break
            if following is not None and following.family == found.family:
                found.continued = True
                following.previous = found
                kept.append(found)
                break
            if found.previous is not None:  # the last part of a multi-paragraph quote
                kept.append(found)
                break
            if (
                found.strong
                and found.family in (DOUBLE, GUILLEMET)
                and scan.words_from(found.content.start) >= MIN_UNCLOSED_WORDS
            ):
                kept.append(found)
                break
        # Anything still open inside the kept quote, or after the loop found none, is dropped.

    kept.sort(key=lambda f: f.open.start)
    result: list[QuotedSpan] = []
    enclosing: list[int] = []  # the ends of reported quotes that enclose the current position
    chains: dict[int, int] = {}  # id(found) -> chain
    next_chain = 0
    for found in kept:
        while enclosing and enclosing[-1] <= found.open.start:
            enclosing.pop()
        if found.previous is not None and id(found.previous) in chains:
            chain = chains[id(found.previous)]
        else:
            chain = next_chain
            next_chain += 1
        chains[id(found)] = chain
        result.append(
            QuotedSpan(
                open=found.open,
                close=found.close,
                content=found.content,
                chain=chain,
                depth=len(enclosing),
                continued=found.continued,
                single=found.family in (SINGLE, SINGLE_GUILLEMET),
            )
        )
        enclosing.append(found.bound)
    return result


# The words of a reporting clause after a quote's last comma: two to five ("said Tom Hall", "he said")
_REPORT_TAIL = re.compile(r",\s+((?:[^\W\d_][\w'’.-]*\s+){1,4}[^\W\d_][\w'’-]*)[.!]?\s*$")
_REPORT_PRONOUNS = frozenset({"he", "she", "they"})


def _close_before_own_report(text: str, found: Found) -> bool:
    """Close `found`, a quote left open at its paragraph's end, at the comma before a reporting clause
    that ends the paragraph ('"Unclosed quote, said Tom Hall.', '"…, Tom Hall said.', '"…, he said.'):
    the writer left the closing mark out before it, so the quote ends there and neither carries its
    speaker's words on into the next paragraph's quote nor holds its own cue (tester 12: Tom Hall's
    words went on into Ann Lee's quote at 0.9). Whether it did; `found` is changed in place."""
    tail = _REPORT_TAIL.search(text, found.content.start, found.bound)
    if tail is None:
        return False
    clause = [w.rstrip(".") for w in tail.group(1).split()]
    verb_first = lemmatize_verb(clause[0].lower()) in _INVERTING_CUES
    verb_last = lemmatize_verb(clause[-1].lower()) in _INVERTING_CUES
    named = verb_first and all(w[:1].isupper() for w in clause[1:])
    named = named or (verb_last and all(w[:1].isupper() for w in clause[:-1]))
    if not (named or (verb_last and len(clause) == 2 and clause[0].lower() in _REPORT_PRONOUNS)):
        return False
    end = tail.start() + 1
    # closed where the mark was left out: an empty close, so that the finders read the clause after it
    found.content, found.close, found.bound = Span(found.content.start, end), Span(end, end), end
    return True


def _scan_units(text: str, spans: list[Span] | tuple[Span, ...]) -> list[Scan]:
    """One scan per paragraph, except that a line left with a quote open is joined to the next line
    when that line only wraps the sentence (one line break between them, the first line stopping
    mid-clause, the next going on in lower case) and the joined lines close the quote: hard-wrapped
    wire copy, PDF extracts and e-mail. At most `MAX_WRAPPED_LINES` lines join, so every line is
    scanned a bounded number of times and the scan stays linear."""
    scans: list[Scan] = []
    index = 0
    while index < len(spans):
        start = spans[index].start
        scan = Scan(text, start, spans[index].end)
        last = index
        while (
            last + 1 < len(spans)
            and last - index + 1 < MAX_WRAPPED_LINES
            and any(f.strong and f.family in (DOUBLE, GUILLEMET) for f in scan.unclosed)
            and _wraps(text, spans[last], spans[last + 1])
        ):
            joined = Scan(text, start, spans[last + 1].end)
            if len(joined.unclosed) >= len(scan.unclosed):
                break  # the next line does not close the open quote: it is not its wrapped rest
            scan, last = joined, last + 1
        scans.append(scan)
        index = last + 1
    return scans


def _wraps(text: str, line: Span, following: Span) -> bool:
    """`following` continues the sentence of `line` after a hard line break."""
    gap = text[line.end : following.start]
    end = text[line.end - 1] if line.end > line.start else ""
    return (
        gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
        and (end.isalnum() or end in ",;-–—")
        and text[following.start].islower()
    )


def _clean_paragraphs(paragraphs: Sequence[Span], length: int) -> list[Span]:
    """Caller-given paragraphs, sorted, clipped to the text and made disjoint."""
    cleaned: list[Span] = []
    floor = 0
    for paragraph in sorted(paragraphs):
        start = max(paragraph.start, floor)
        end = min(paragraph.end, length)
        if start < end:
            cleaned.append(Span(start, end))
            floor = end
    return cleaned


def _paragraph_around(text: str, i: int) -> tuple[int, int]:
    # the unit `find_quoted_spans` scans: a paragraph, or hard-wrapped lines it joins, so that a
    # mark closing a wrapped quote is judged with the line that opened it
    for scan in _scan_units(text, split_paragraphs(text)):
        if scan._lo <= i < scan._hi:
            return scan._lo, scan._hi
    return 0, len(text)


