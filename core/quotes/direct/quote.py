"""What the direct-quote finders return: a finder's claim on a quotation, and the quote the dispatcher
(`dispatch.py`) builds from the claim that wins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ...model import Span, Token
from ...rules import RuleId
from ..marks import QuotedSpan

__all__ = ["JOIN", "Claim", "DirectQuote", "group_chains"]


@dataclass
class DirectQuote:
    parts: list[Span]
    marks: list[QuotedSpan]
    cue: list[Token] = field(default_factory=list)
    speaker: Token | None = None
    rule: RuleId | None = None  # None: no cue claims it (yet)
    lemma: str = ""
    confidence: float = 0.0
    stands_alone: bool = False  # unclaimed, and a sentence of its own rather than a fragment in one
    whole: bool = False  # unclaimed, and a whole sentence or paragraph: speech, however short
    trace: list[str] = field(default_factory=list)  # the rules it had before its current one
    # where its rule found the reporting clause beside it (`Rule.reporting_clause`), None for a split
    # quote, whose clause stands between its parts
    reporting_clause: Literal["before", "after"] | None = None

    def become(self, rule: RuleId) -> None:
        """Take `rule` as its rule, keeping the one it had in `trace`."""
        if self.rule is not None:
            self.trace.append(self.rule)
        self.rule = rule


@dataclass(frozen=True, slots=True)
class Claim:
    """A finder's reading of a quote, which the dispatcher turns into the quote's rule, cue and speaker.

    `cue`: the cue token (None: the rule has no cue of its own, as a continuation); `speaker`: the head
    token of the speaker mention, or None; `lemma`: the cue lemma recorded (None: the cue's own lemma;
    "" for none); `parts`: content spans (code-point offsets, end exclusive) when the rule cuts the
    content itself, None for the marks' contents; `rule`: which of the finder's registered rules
    fired, for a finder registered with several (None: its only one)."""

    cue: Token | None
    speaker: Token | None
    lemma: str | None = None
    parts: tuple[Span, ...] | None = None
    rule: RuleId | None = None


JOIN: Literal["join"] = "join"
"""What a linking finder returns when a quote is a further part of the quote before it."""


def group_chains(quoted: Sequence[QuotedSpan]) -> list[list[QuotedSpan]]:
    """Outer quotes, with multi-paragraph continuations merged into one group."""
    groups: dict[int, list[QuotedSpan]] = {}
    for span in quoted:
        if span.depth == 0:
            groups.setdefault(span.chain, []).append(span)
    return sorted(groups.values(), key=lambda g: g[0].open.start)
