"""Quotation marks: which characters are marks (`sets.py`: the mark sets and predicates every rule
asks) and how they pair into quoted spans (`scan.py`: the scanner, its decisions documented there).
Everything is importable from here, as before the two were split."""

from .scan import MAX_WRAPPED_LINES, MIN_UNCLOSED_WORDS, QuotedSpan, find_quoted_spans, is_apostrophe
from .sets import (
    DOUBLE_QUOTE_MARKS,
    INVISIBLE,
    OPENING_DOUBLE_MARKS,
    QUOTE_MARKS,
    STRAIGHT_DOUBLE_MARKS,
    is_blank,
    is_straight_double,
    may_open_quote,
    opens_quote,
    strip_blank,
)

__all__ = ["DOUBLE_QUOTE_MARKS", "INVISIBLE", "MAX_WRAPPED_LINES", "MIN_UNCLOSED_WORDS", "OPENING_DOUBLE_MARKS",
           "QUOTE_MARKS", "STRAIGHT_DOUBLE_MARKS", "QuotedSpan", "find_quoted_spans", "is_apostrophe", "is_blank",
           "is_straight_double", "may_open_quote", "opens_quote", "strip_blank"]
