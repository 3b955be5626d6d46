"""Quotation-mark sets and predicates: the one owner of which characters are quotation marks.

Marks come in four families that close only each other: double (“ ” „ ‟ " `` ''), single (‘ ’ ‚ ‛ ' `),
guillemets (« ») and single guillemets (‹ ›). The scanner (`scan.py`) pairs them; rules ask the
predicates here (`opens_quote`, `may_open_quote`, `is_straight_double`) rather than retyping a set.
"""

from __future__ import annotations

__all__ = ["APOSTROPHE_CHARS", "DOUBLE_QUOTE_MARKS", "INVISIBLE", "MARK_CHARS", "MARK_FAMILY", "OPENING_DOUBLE_MARKS",
           "QUOTE_MARKS", "STRAIGHT_DOUBLE_MARKS", "is_blank", "is_straight_double", "may_open_quote", "opens_quote",
           "strip_blank"]

DOUBLE = "double"
SINGLE = "single"
GUILLEMET = "guillemet"
SINGLE_GUILLEMET = "single guillemet"
FAMILIES = (DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET)

MARK_FAMILY: dict[str, str] = {
    '"': DOUBLE,
    "“": DOUBLE,
    "”": DOUBLE,
    "„": DOUBLE,
    "‟": DOUBLE,
    "``": DOUBLE,
    "''": DOUBLE,
    "'": SINGLE,
    "‘": SINGLE,
    "’": SINGLE,
    "‚": SINGLE,
    "‛": SINGLE,
    "`": SINGLE,
    "«": GUILLEMET,
    "»": GUILLEMET,
    "‹": SINGLE_GUILLEMET,
    "›": SINGLE_GUILLEMET,
}
"""Each mark's family: a closing mark closes only an open quote of its own family."""

QUOTE_MARKS: frozenset[str] = frozenset(MARK_FAMILY)
"""Every mark the scanner can report as an open or close span (two of them are two characters)."""
DOUBLE_QUOTE_MARKS: frozenset[str] = frozenset(
    m for m, family in MARK_FAMILY.items() if family in (DOUBLE, GUILLEMET)
)
"""Double marks and guillemets: never apostrophes, unlike single marks."""
MARK_CHARS: frozenset[str] = frozenset(ch for mark in MARK_FAMILY for ch in mark)
"""The characters quotation marks are made of."""
APOSTROPHE_CHARS: frozenset[str] = frozenset("'’‘‛`")
"""Marks that may be an apostrophe rather than a quotation mark."""
INVISIBLE: frozenset[str] = frozenset("\ufeff\u200b\u200c\u200d\u2060\u200e\u200f\u00ad\u180e\u061c")
"""Characters that print as nothing and behave like white space around a mark: a byte-order mark at
the start of a file, zero-width spaces and joiners, word joiners, direction marks, soft hyphens.
Python's str.strip() keeps all of them (none is white space to Unicode)."""
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


def is_blank(ch: str) -> bool:
    """Whether one character is white space or one of `INVISIBLE` (so a BOM counts as blank)."""
    return ch.isspace() or ch in INVISIBLE


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

