"""The content-boundary policy of reported speech: where a content read by a rule ends.

A rule reads where its content starts and how far the parse (or the words) carry it; the policy then
cuts it, in one declared order (`ORDER`), at

- `next-report`: another report that begins inside it ('…the quay had survived worse storms, but she
  added that…');
- `coordinated-clause`: a clause or predicate the writer coordinates after it ('…, and the union also
  stepped in', 'declined that assignment and has since left');
- `reporting-setting`: the occasion of the report ('… in an interview with The Washington Post');
- `trailing-aside`: a writer's comment at its end (', which would allow…', ', although he again refused…').

Each cut that changes a content adds `boundary:<name>` to the reading's trace. `RULE_BOUNDARIES` holds
the cuts each rule applies today, at the point of its reading where it applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ...cues import CueLexicon
from ...model import Document, Token
from .boundaries import clip_at_coordinated_clause, clip_at_next_report, clip_reporting_setting, clip_trailing_aside

Boundary = Literal["next-report", "coordinated-clause", "reporting-setting", "trailing-aside"]
ORDER: tuple[Boundary, ...] = ("next-report", "coordinated-clause", "reporting-setting", "trailing-aside")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the cuts need to know of a rule's reading besides its content: the cue, and the token
    the content hangs on in the parse (the cue's complement, object or topic)."""

    cue: Token
    clause: Token


def _next_report(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_at_next_report(doc, content, lexicon)


def _coordinated_clause(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_at_coordinated_clause(doc, reading.cue, reading.clause, content)


def _reporting_setting(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_reporting_setting(doc, reading.cue, content)


def _trailing_aside(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_trailing_aside(content)


_CUTS: dict[Boundary, Callable[[Document, list[Token], Reading, CueLexicon], list[Token]]] = {
    "next-report": _next_report,
    "coordinated-clause": _coordinated_clause,
    "reporting-setting": _reporting_setting,
    "trailing-aside": _trailing_aside,
}

_ALL: frozenset[Boundary] = frozenset(ORDER)
# The cuts each rule applies today (a rule not named applies none), keyed by rule id and, where one
# rule reads a content two ways and keeps the longer, by reading.
RULE_BOUNDARIES: dict[str, frozenset[Boundary]] = {
    "cue-complement": _ALL,
    "cue-postposed": frozenset({"next-report"}),
    "cue-nominal": frozenset({"next-report"}),
    "cue-as-predicate/parse": frozenset({"next-report"}),
    "cue-as-predicate/surface": frozenset({"coordinated-clause", "reporting-setting"}),
    "cue-topic/surface": frozenset({"coordinated-clause", "reporting-setting"}),
}


def cut(doc: Document, content: list[Token], boundaries: frozenset[Boundary], reading: Reading,
        lexicon: CueLexicon) -> tuple[list[Token], tuple[str, ...]]:
    """`content` (tokens in text order) cut at each of `boundaries`, in `ORDER`; returns the content
    and the trace steps (`boundary:<name>`) of the cuts that changed it."""
    steps: list[str] = []
    for boundary in ORDER:
        if boundary not in boundaries:
            continue
        shorter = _CUTS[boundary](doc, content, reading, lexicon)
        if len(shorter) != len(content):
            steps.append(f"boundary:{boundary}")
        content = shorter
    return content, tuple(steps)
