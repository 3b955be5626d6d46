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
  test. Quotes still open inside a kept one are dropped.
* ``content`` is the text between the marks less white space at either end (French « spacing »);
  a quote whose content is empty is not reported.
* ``depth`` counts the reported quotes that enclose this one, so a quote inside a dropped one is 0.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Span
from ..text import split_paragraphs

__all__ = ["DOUBLE_QUOTE_MARKS", "INVISIBLE", "MAX_WRAPPED_LINES", "MIN_UNCLOSED_WORDS", "OPENING_DOUBLE_MARKS",
           "QUOTE_MARKS", "STRAIGHT_DOUBLE_MARKS", "QuotedSpan", "find_quoted_spans", "is_apostrophe", "is_blank",
           "is_straight_double", "may_open_quote", "opens_quote", "strip_blank"]

# An unclosed quote that does not continue into the next paragraph is kept only with this many words.
MIN_UNCLOSED_WORDS = 3
# A quote hard-wrapped over lines is joined over at most this many lines; a wire story wraps a
# sentence over two or three lines at 60-70 characters, so ten is generous and keeps the scan linear.
MAX_WRAPPED_LINES = 10

_DOUBLE = "double"
_SINGLE = "single"
_GUILLEMET = "guillemet"
_SINGLE_GUILLEMET = "single guillemet"
_FAMILIES = (_DOUBLE, _SINGLE, _GUILLEMET, _SINGLE_GUILLEMET)

_FAMILY: dict[str, str] = {
    '"': _DOUBLE,
    "“": _DOUBLE,
    "”": _DOUBLE,
    "„": _DOUBLE,
    "‟": _DOUBLE,
    "``": _DOUBLE,
    "''": _DOUBLE,
    "'": _SINGLE,
    "‘": _SINGLE,
    "’": _SINGLE,
    "‚": _SINGLE,
    "‛": _SINGLE,
    "`": _SINGLE,
    "«": _GUILLEMET,
    "»": _GUILLEMET,
    "‹": _SINGLE_GUILLEMET,
    "›": _SINGLE_GUILLEMET,
}

QUOTE_MARKS: frozenset[str] = frozenset(_FAMILY)
"""Every mark the scanner can report as an open or close span (two of them are two characters)."""
DOUBLE_QUOTE_MARKS: frozenset[str] = frozenset(m for m, family in _FAMILY.items() if family in (_DOUBLE, _GUILLEMET))
"""Double marks and guillemets: never apostrophes, unlike single marks."""

_MARK_CHARS = frozenset(ch for mark in _FAMILY for ch in mark)
_MARK_RUN = re.compile("[" + re.escape("".join(sorted(_MARK_CHARS))) + "]+")
_APOSTROPHE_CHARS = frozenset("'’‘‛`")
INVISIBLE: frozenset[str] = frozenset("\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u00ad\u180e\u061c")
"""Characters that print as nothing and behave like white space around a mark: a byte-order mark at
the start of a file, zero-width spaces and joiners, word joiners, direction marks, soft hyphens.
Python's str.strip() keeps all of them (none is white space to Unicode)."""
_INVISIBLE = INVISIBLE
_OPENING_PUNCT = frozenset("([{<—–-‐/")
_CLOSING_PUNCT = frozenset(".,;:!?)]}>…—–-‐/*")

# Words that begin with an apostrophe: 'em, 'tis, rock 'n' roll. A quote that starts with one of
# them is rare; text that uses them with a straight ' is not.
_ELISIONS = frozenset({"em", "tis", "twas", "cause", "cos", "til", "bout", "round", "n", "nuff"})
# Endings glued to a word that is itself closed by a mark: the "Times"'s report.
_CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})

_Verdict = Literal["yes", "maybe", "no"]
_Action = Literal["open", "close", "skip"]


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quotation found by its marks; offsets are code points into the scanned text."""

    open: Span  # the opening mark (1 char usually; `''`/`` `` `` may be 2)
    close: Span | None  # the closing mark; None when the paragraph ended with the quote still open
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
    if not 0 <= i < len(text) or text[i] not in _APOSTROPHE_CHARS:
        return False
    if text[i] == "'" and (text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"):
        return False  # half of a '' mark
    lo, hi = _paragraph_around(text, i)
    verdict = _apostrophe_verdict(text, i, lo, hi)
    if verdict != "maybe":
        return verdict == "yes"
    closed, _ = _pair(text, lo, hi)
    return all(close.start != i for _, close in closed)


def find_quoted_spans(text: str, paragraphs: Sequence[Span] | None = None) -> list[QuotedSpan]:
    """All quotations in `text`, in text order. `paragraphs` defaults to `split_paragraphs(text)`.

    Text outside the paragraphs is not scanned. See the module docstring for the rules.
    """
    spans = split_paragraphs(text) if paragraphs is None else _clean_paragraphs(paragraphs, len(text))
    scans = _scan_units(text, spans)

    kept: list[_Found] = []
    for index, scan in enumerate(scans):
        kept.extend(scan.closed)
        following = scans[index + 1].starter if index + 1 < len(scans) else None
        for found in scan.unclosed:  # outermost first
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
                and found.family in (_DOUBLE, _GUILLEMET)
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
                single=found.family in (_SINGLE, _SINGLE_GUILLEMET),
            )
        )
        enclosing.append(found.bound)
    return result


def _scan_units(text: str, spans: list[Span] | tuple[Span, ...]) -> list[_Scan]:
    """One scan per paragraph, except that a line left with a quote open is joined to the next line
    when that line only wraps the sentence (one line break between them, the first line stopping
    mid-clause, the next going on in lower case) and the joined lines close the quote: hard-wrapped
    wire copy, PDF extracts and e-mail. At most `MAX_WRAPPED_LINES` lines join, so every line is
    scanned a bounded number of times and the scan stays linear."""
    scans: list[_Scan] = []
    index = 0
    while index < len(spans):
        start = spans[index].start
        scan = _Scan(text, start, spans[index].end)
        last = index
        while (
            last + 1 < len(spans)
            and last - index + 1 < MAX_WRAPPED_LINES
            and any(f.strong and f.family in (_DOUBLE, _GUILLEMET) for f in scan.unclosed)
            and _wraps(text, spans[last], spans[last + 1])
        ):
            joined = _Scan(text, start, spans[last + 1].end)
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


# --- one paragraph -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    glyph: str
    family: str
    open_like: bool  # after white space/start/bracket/dash, before something
    close_like: bool  # after something, before white space/punctuation/end
    solid_after: bool  # something other than white space follows the run of marks
    maybe_apostrophe: bool  # ' or ’ after a letter and before a non-letter
    continues: bool  # white space then a word follows: "students' books"


@dataclass(slots=True)
class _Open:
    mark: _Mark
    strong: bool  # opened by its own shape or an opening-like context, not by alternation


@dataclass(slots=True)
class _Found:
    open: Span
    close: Span | None
    content: Span
    family: str
    strong: bool
    bound: int  # where the quote ends: after its close mark, or the paragraph end
    previous: _Found | None = None  # the part before this one in a multi-paragraph quote
    continued: bool = False


class _Scan:
    """One paragraph's quotes: closed pairs, the quotes still open at its end, and its starter."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text = text
        self._lo = lo
        self._hi = hi
        self._word_starts: list[int] | None = None
        pairs, still_open = _pair(text, lo, hi)
        self.closed: list[_Found] = []
        for opened, close in pairs:
            content = _strip(text, opened.mark.end, close.start)
            if len(content):
                self.closed.append(
                    _Found(
                        Span(opened.mark.start, opened.mark.end),
                        close,
                        content,
                        opened.mark.family,
                        opened.strong,
                        close.end,
                    )
                )
        self.unclosed: list[_Found] = []
        for opened in still_open:
            content = _strip(text, opened.mark.end, hi)
            if len(content):
                self.unclosed.append(
                    _Found(
                        Span(opened.mark.start, opened.mark.end),
                        None,
                        content,
                        opened.mark.family,
                        opened.strong,
                        hi,
                    )
                )
        # The quote that opens the paragraph, if any: what a preceding unclosed quote continues into.
        first = lo
        while first < hi and text[first] in _INVISIBLE:
            first += 1
        self.starter: _Found | None = None
        for found in (*self.closed, *self.unclosed[:1]):
            if found.open.start == first:
                self.starter = found

    def words_from(self, start: int) -> int:
        """Words between `start` and the paragraph end (computed once per paragraph, on demand)."""
        if self._word_starts is None:
            text, lo = self._text, self._lo
            starts: list[int] = []
            for p in range(lo, self._hi):
                if not text[p].isalnum() or (p > lo and text[p - 1].isalnum()):
                    continue
                # don't is one word, not "don" and "t"
                if p - 2 >= lo and text[p - 1] in "'’" and text[p - 2].isalnum():
                    continue
                starts.append(p)
            self._word_starts = starts
        return len(self._word_starts) - bisect_left(self._word_starts, start)


def _pair(text: str, lo: int, hi: int) -> tuple[list[tuple[_Open, Span]], list[_Open]]:
    """Pair the marks of text[lo:hi]: the (opener, close mark) pairs and the openers left open."""
    marks = _marks(text, lo, hi)
    count = len(marks)

    # Look-ahead tables, filled right to left so the pairing stays linear: the next single mark,
    # and where the next mark that could close a double quote or a guillemet quote stands.
    next_single = [-1] * count
    next_double_close = [hi] * count
    next_guillemet = [hi] * count
    single, double_close, guillemet = -1, hi, hi
    for k in range(count - 1, -1, -1):
        next_single[k], next_double_close[k], next_guillemet[k] = single, double_close, guillemet
        mark = marks[k]
        if mark.family == _SINGLE:
            single = k
        elif mark.family == _GUILLEMET:
            guillemet = mark.start
        elif mark.family == _DOUBLE and (
            mark.glyph in ('"', "''", "”") or (mark.glyph in ("“", "‟") and mark.close_like)
        ):
            double_close = mark.start

    stack: list[_Open] = []
    # Per family, the stack positions of its open quotes, so finding the innermost one is O(1).
    by_family: dict[str, list[int]] = {family: [] for family in _FAMILIES}
    pairs: list[tuple[_Open, Span]] = []

    for k, mark in enumerate(marks):
        positions = by_family[mark.family]
        t = positions[-1] if positions else -1
        target = stack[t] if t >= 0 else None

        possessive = False
        if target is not None and mark.maybe_apostrophe and mark.continues and text[mark.start - 1].isalpha():
            # "‘the students’ books are lost,’ she said": the first ’ is a plural possessive when a
            # later ’ can close the quote before anything opens another single quote, and before
            # the enclosing double quote (if any) ends.
            j = next_single[k]
            if j >= 0 and marks[j].glyph in ("'", "’") and not marks[j].open_like:
                below = stack[t - 1].mark.family if t > 0 else None
                barrier = hi
                if below == _DOUBLE:
                    barrier = next_double_close[k]
                elif below == _GUILLEMET:
                    barrier = next_guillemet[k]
                possessive = marks[j].start < barrier

        action = _action(mark, target, possessive)
        if action == "close":
            assert target is not None
            # Quotes opened inside this one and never closed were apostrophes or typos: drop them.
            while len(stack) > t:
                dropped = stack.pop()
                by_family[dropped.mark.family].pop()
            pairs.append((target, Span(mark.start, mark.end)))
        elif action == "open":
            strong = mark.glyph not in ('"', "''", "'") or mark.open_like
            stack.append(_Open(mark, strong))
            positions.append(len(stack) - 1)
    return pairs, stack


def _action(mark: _Mark, target: _Open | None, possessive: bool) -> _Action:
    """What a mark does, given the innermost open quote of its family (if any)."""
    glyph = mark.glyph
    target_glyph = target.mark.glyph if target is not None else None
    opener_only = mark.open_like and not mark.close_like
    closer_only = mark.close_like and not mark.open_like

    if glyph in ("“", "‟"):
        # Closes German „…“ and the sloppy “Hello,“ he said; otherwise it opens (maybe nested).
        return "close" if target is not None and (target_glyph == "„" or closer_only) else "open"
    if glyph in ("‘", "‛"):
        return "close" if target is not None and (target_glyph == "‚" or closer_only) else "open"
    if glyph in ("„", "``", "`"):
        return "open"
    if glyph == "‚":
        return "open" if mark.open_like else "skip"  # otherwise a comma look-alike
    if glyph == "”":
        if target is not None:
            return "close"
        return "open" if mark.open_like else "skip"  # Swedish ”…”, reversed marks
    if glyph in ("«", "‹"):
        return "close" if target_glyph in ("»", "›") else "open"
    if glyph in ("»", "›"):
        if target_glyph in ("«", "‹"):
            return "close"
        return "open" if mark.solid_after else "skip"  # German »…«
    if glyph == "’" or (glyph == "'" and mark.maybe_apostrophe):
        # After a letter: a closing quote only when a single quote is open in this paragraph.
        return "close" if target is not None and not possessive else "skip"
    # Straight " '' and ': direction from context, else alternate.
    if target is not None and not opener_only:
        return "close"
    if closer_only:
        return "skip"  # a stray closing mark
    if glyph == "'" and not mark.open_like:
        return "skip"
    return "open"


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """The candidate marks of text[lo:hi], apostrophes left out, with their context."""
    marks: list[_Mark] = []
    last_pair = text.rfind("''", lo, hi)
    for run in _MARK_RUN.finditer(text, lo, hi):  # a single character class: linear, no backtracking
        i, j = run.start(), run.end()
        before = text[i - 1] if i > lo else ""
        after = text[j] if j < hi else ""
        open_like = (_blank(before) or before in _OPENING_PUNCT) and not _blank(after)
        close_like = not _blank(before) and (_blank(after) or after in _CLOSING_PUNCT)
        solid_after = not _blank(after)
        k = i
        while k < j:
            ch = text[k]
            glyph = ch + ch if ch in "`'" and k + 1 < j and text[k + 1] == ch else ch
            if glyph == "''" and k > lo and text[k - 1].isalnum() and j < hi and text[j].isalpha():
                glyph = ch  # word''s: a closing ' and an apostrophe, not a PTB ''
            if glyph == "''" and k + 2 == j and open_like and last_pair <= k and _short_word(text, j, hi) in _ELISIONS:
                # ''Tis a hard winter,': an opening ' and the apostrophe of 'Tis, unless a later '' closes
                # a PTB-style ''Twas the night…'' quote
                glyph = ch
            end = k + len(glyph)
            maybe = False
            if glyph in _APOSTROPHE_CHARS:
                verdict = _apostrophe_verdict(text, k, lo, hi)
                if verdict == "yes":
                    k = end
                    continue
                maybe = verdict == "maybe"
            continues = end + 1 < hi and text[end].isspace() and text[end + 1].isalnum()
            family = _FAMILY[glyph]
            marks.append(_Mark(k, end, glyph, family, open_like, close_like, solid_after, maybe, continues))
            k = end
    return marks


def _apostrophe_verdict(text: str, i: int, lo: int, hi: int) -> _Verdict:
    """Whether the ' ’ ‘ ‛ or ` at i is an apostrophe: yes, no (a quote mark), or maybe (students')."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isalnum() and nxt.isalnum():
        return "yes"  # don't, O'Malley's, y'all, Putin's
    word = _short_word(text, i + 1, hi)
    if word is not None:
        if word in _ELISIONS:
            return "yes"  # 'em, 'tis, rock 'n' roll (prev is not a letter here)
        if word in _CLITICS and prev != "" and not _blank(prev):
            return "yes"  # the "Times"'s report
    if (
        not prev.isalnum()
        and i + 2 < hi
        and nxt.isdigit()
        and text[i + 2].isdigit()
        and (i + 3 >= hi or text[i + 3] == "s" or not text[i + 3].isalnum())
    ):
        return "yes"  # the '90s, '60s, class of '99
    if prev in ("n", "N") and i - 2 >= lo and (text[i - 2] in _APOSTROPHE_CHARS or _blank(text[i - 2])) and _blank(nxt):
        return "yes"  # the second mark of rock 'n' roll, rock n' roll
    if ch in "‘‛`":
        return "no"
    if prev.isalnum():
        return "maybe"  # students' books, goin' home, or a closing quote
    if ch == "’" and (_blank(prev) or prev in _OPENING_PUNCT or prev in _MARK_CHARS) and nxt.isalnum():
        return "yes"  # ’Nam, ’burbs: a ’ never opens a quote
    return "no"


def _short_word(text: str, start: int, hi: int) -> str | None:
    """The lower-cased run of letters at `start`, if it is at most six letters long."""
    end = start
    while end < hi and end - start <= 6 and text[end].isalpha():
        end += 1
    if end == start or end - start > 6:
        return None
    return text[start:end].lower()


def _blank(ch: str) -> bool:
    """White space, invisible, or nothing at all (the paragraph edge)."""
    return ch == "" or ch.isspace() or ch in _INVISIBLE


def is_blank(ch: str) -> bool:
    """Whether one character is white space or one of `INVISIBLE` (so a BOM counts as blank)."""
    return ch.isspace() or ch in _INVISIBLE


def strip_blank(text: str, left: bool = True, right: bool = True) -> str:
    """`text` less white space and `INVISIBLE` characters at the chosen ends; linear in the input.

    str.strip() keeps U+FEFF, U+200B and the like, so a file that starts with a byte-order mark
    would look as if something stood before its first quotation mark.
    """
    start, end = 0, len(text)
    while left and start < end and is_blank(text[start]):
        start += 1
    while right and end > start and is_blank(text[end - 1]):
        end -= 1
    return text[start:end]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


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


# Mark sets and predicates for the rules, so no rule retypes a set of marks (one owner: this module).
STRAIGHT_DOUBLE_MARKS: frozenset[str] = frozenset({'"', "''"})
"""Double marks that open and close alike."""
OPENING_DOUBLE_MARKS: frozenset[str] = frozenset({"“", "„", "‟", "``", "«"})
"""Double marks and guillemets that only open (German „ opens too)."""


def is_straight_double(mark: str) -> bool:
    """'"' or "''": a double mark that may open or close."""
    return mark in STRAIGHT_DOUBLE_MARKS


def opens_quote(mark: str) -> bool:
    """A double mark or guillemet that only opens a quotation ("“", "„", "‟", "``", "«")."""
    return mark in OPENING_DOUBLE_MARKS


def may_open_quote(mark: str) -> bool:
    """A double mark or guillemet that can open a quotation: an opening one or a straight one."""
    return mark in OPENING_DOUBLE_MARKS or mark in STRAIGHT_DOUBLE_MARKS
