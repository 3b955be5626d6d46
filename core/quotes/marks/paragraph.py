"""One paragraph of the quotation-mark scanner (see `scan.py` for the whole method): each mark with
its context, apostrophes told from quotation marks, and the stack that pairs opening and closing marks.
Offsets are code points into the scanned text, end exclusive."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from ...model import Span
from .sets import APOSTROPHE_CHARS, DOUBLE, FAMILIES, GUILLEMET, INVISIBLE, MARK_CHARS, MARK_FAMILY, SINGLE

__all__ = ["Found", "Scan", "apostrophe_verdict", "pair_marks"]

_MARK_RUN = re.compile("[" + re.escape("".join(sorted(MARK_CHARS))) + "]+")
_OPENING_PUNCT = frozenset("([{<—–-‐/")
_CLOSING_PUNCT = frozenset(".,;:!?)]}>…—–-‐/*")

# Words that begin with an apostrophe: 'em, 'tis, rock 'n' roll. A quote that starts with one of
# them is rare; text that uses them with a straight ' is not.
_ELISIONS = frozenset({"em", "tis", "twas", "cause", "cos", "til", "bout", "round", "n", "nuff"})
# Endings glued to a word that is itself closed by a mark: the "Times"'s report.
_CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})

_Verdict = Literal["yes", "maybe", "no"]
_Action = Literal["open", "close", "skip"]


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
class Found:
    open: Span
    close: Span | None
    content: Span
    family: str
    strong: bool
    bound: int  # where the quote ends: after its close mark, or the paragraph end
    previous: Found | None = None  # the part before this one in a multi-paragraph quote
    continued: bool = False


class Scan:
    """One paragraph's quotes: closed pairs, the quotes still open at its end, and its starter."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text = text
        self._lo = lo
        self._hi = hi
        self._word_starts: list[int] | None = None
        pairs, still_open = pair_marks(text, lo, hi)
        self.closed: list[Found] = []
        for opened, close in pairs:
            content = strip_span(text, opened.mark.end, close.start)
            if len(content):
                self.closed.append(
                    Found(
                        Span(opened.mark.start, opened.mark.end),
                        close,
                        content,
                        opened.mark.family,
                        opened.strong,
                        close.end,
                    )
                )
        self.unclosed: list[Found] = []
        for opened in still_open:
            content = strip_span(text, opened.mark.end, hi)
            if len(content):
                self.unclosed.append(
                    Found(
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
        while first < hi and text[first] in INVISIBLE:
            first += 1
        self.starter: Found | None = None
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


def _look_ahead(marks: list[_Mark], hi: int) -> tuple[list[int], list[int], list[int]]:
    """Look-ahead tables for each mark, filled right to left so the pairing stays linear: the index
    of the next single mark (-1: none), and where the next mark that could close a double quote or
    a guillemet quote starts (`hi`: none)."""
    count = len(marks)
    next_single = [-1] * count
    next_double_close = [hi] * count
    next_guillemet = [hi] * count
    single, double_close, guillemet = -1, hi, hi
    for k in range(count - 1, -1, -1):
        next_single[k], next_double_close[k], next_guillemet[k] = single, double_close, guillemet
        mark = marks[k]
        if mark.family == SINGLE:
            single = k
        elif mark.family == GUILLEMET:
            guillemet = mark.start
        elif mark.family == DOUBLE and (
            mark.glyph in ('"', "''", "”") or (mark.glyph in ("“", "‟") and mark.close_like)
        ):
            double_close = mark.start
    return next_single, next_double_close, next_guillemet


def pair_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[_Open, Span]], list[_Open]]:
    """Pair the marks of text[lo:hi]: the (opener, close mark) pairs and the openers left open."""
    marks = _marks(text, lo, hi)
    next_single, next_double_close, next_guillemet = _look_ahead(marks, hi)
    stack: list[_Open] = []
    # Per family, the stack positions of its open quotes, so finding the innermost one is O(1).
    by_family: dict[str, list[int]] = {family: [] for family in FAMILIES}
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
                if below == DOUBLE:
                    barrier = next_double_close[k]
                elif below == GUILLEMET:
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
        open_like = (is_edge_blank(before) or before in _OPENING_PUNCT) and not is_edge_blank(after)
        close_like = not is_edge_blank(before) and (is_edge_blank(after) or after in _CLOSING_PUNCT)
        solid_after = not is_edge_blank(after)
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
            if glyph in APOSTROPHE_CHARS:
                verdict = apostrophe_verdict(text, k, lo, hi)
                if verdict == "yes":
                    k = end
                    continue
                maybe = verdict == "maybe"
            continues = end + 1 < hi and text[end].isspace() and text[end + 1].isalnum()
            family = MARK_FAMILY[glyph]
            marks.append(_Mark(k, end, glyph, family, open_like, close_like, solid_after, maybe, continues))
            k = end
    return marks


def apostrophe_verdict(text: str, i: int, lo: int, hi: int) -> _Verdict:
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
        if word in _CLITICS and prev != "" and not is_edge_blank(prev):
            return "yes"  # the "Times"'s report
    if (
        not prev.isalnum()
        and i + 2 < hi
        and nxt.isdigit()
        and text[i + 2].isdigit()
        and (i + 3 >= hi or text[i + 3] == "s" or not text[i + 3].isalnum())
    ):
        return "yes"  # the '90s, '60s, class of '99
    before_n = text[i - 2] if i - 2 >= lo else ""
    n_alone = before_n != "" and (before_n in APOSTROPHE_CHARS or is_edge_blank(before_n))
    if prev in ("n", "N") and n_alone and is_edge_blank(nxt):
        return "yes"  # the second mark of rock 'n' roll, rock n' roll
    if ch in "‘‛`":
        return "no"
    if prev.isalnum():
        return "maybe"  # students' books, goin' home, or a closing quote
    if ch == "’" and (is_edge_blank(prev) or prev in _OPENING_PUNCT or prev in MARK_CHARS) and nxt.isalnum():
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




def is_edge_blank(ch: str) -> bool:
    """White space, invisible, or nothing at all (the paragraph edge)."""
    return ch == "" or ch.isspace() or ch in INVISIBLE



def strip_span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


