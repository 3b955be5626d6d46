"""The direct-quote finders, registered against their rule ids, and the dispatcher that runs them in the
registry's priority order (core/rules.py), the way a pipeline runs registered processors by name.

Three stages, each a table of (rule ids, finder):

1. `CLAIM_FINDERS` read one quotation (a `QuoteGroup`); the first finder, by priority, that returns a
   `Claim` gives the quote its rule, cue and speaker (`beside.py`).
2. `LINK_FINDERS` read each quote, in text order, with the quote kept before it; the first that
   answers makes it a further part of the previous quote (`JOIN`) or gives it a speaker (`links.py`).
3. `TRANSCRIPT_FINDERS` read the document for transcript turns printed without marks (transcript.py) and
   the questions and answers of an interview (interview.py).

A rule id is emitted here only (`_claim`, `_join`): a finder returns what it read, never an id, and a
finder registered with several rules names the one it read in `Claim.rule`, which must be one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Literal, TypeVar

from ...cues import CueLexicon
from ...model import Document
from ...rules import RULES, Rule, RuleId
from ...syntax import cue_lemma
from ..interview import interview_turns
from ..marks import QuotedSpan
from ..shapes import content_parts, is_standalone, whole_sentence
from ..transcript import transcript_turns
from .beside import (
    QuoteGroup,
    cue_after_quote,
    cue_before_quote,
    dash_signed,
    quoted_turn,
    speaker_colon,
    turn_speaker,
)
from .links import after_sentence, continues_paragraph, resumes_after_clause, same_cue, second_cue
from .quote import Claim, DirectQuote, group_chains

__all__ = ["CLAIM_FINDERS", "LINK_FINDERS", "TRANSCRIPT_FINDERS", "find_direct_quotes", "in_priority_order"]

ClaimFinder = Callable[[QuoteGroup], Claim | None]
LinkFinder = Callable[[Document, DirectQuote | None, DirectQuote, CueLexicon], Claim | Literal["join"] | None]
TranscriptFinder = Callable[[Document, Sequence[QuotedSpan]], Iterator[Claim]]
F = TypeVar("F")


def _printed_turns(doc: Document, quoted: Sequence[QuotedSpan]) -> Iterator[Claim]:
    """`speaker-turn` without marks: 'SMITH: No. It is not closing.' (transcript.py)."""
    for part, colon, name in transcript_turns(doc, quoted):
        yield Claim(colon, name, lemma=":", parts=(part,))


def _interview_turns(doc: Document, quoted: Sequence[QuotedSpan]) -> Iterator[Claim]:
    """`interview-question` / `interview-answer`: 'Q: …' / 'A: …' paragraphs (interview.py)."""
    for turn in interview_turns(doc):
        rule: RuleId = "interview-question" if turn.role == "question" else "interview-answer"
        yield Claim(turn.label, turn.speaker, lemma=":", parts=turn.parts, rule=rule)


CLAIM_FINDERS: tuple[tuple[tuple[RuleId, ...], ClaimFinder], ...] = (
    (("speaker-turn",), quoted_turn),
    (("quote-then-cue",), cue_after_quote),
    (("cue-then-quote",), cue_before_quote),
    (("quote-dash-name",), dash_signed),
    (("speaker-colon",), speaker_colon),
)
LINK_FINDERS: tuple[tuple[tuple[RuleId, ...], LinkFinder], ...] = (
    (("split",), same_cue),
    (("split-second-cue",), second_cue),
    (("split-resumed",), resumes_after_clause),
    (("continuation",), continues_paragraph),
    (("after-report", "after-subject", "intro-colon"), after_sentence),
)
# speaker-turn is read twice: as a quoted turn (a claim on marks) and as a line printed without them
TRANSCRIPT_FINDERS: tuple[tuple[tuple[RuleId, ...], TranscriptFinder], ...] = (
    (("speaker-turn",), _printed_turns),
    (("interview-question", "interview-answer"), _interview_turns),
)


def in_priority_order(
    table: tuple[tuple[tuple[RuleId, ...], F], ...], registry: Mapping[str, Rule] = RULES
) -> list[tuple[tuple[RuleId, ...], F]]:
    """`table`'s entries sorted by their rules' priority in `registry` (lower first; ties keep the
    table's order). Raises KeyError for a rule `registry` lacks."""
    return sorted(table, key=lambda entry: min(registry[i].priority for i in entry[0]))


def find_direct_quotes(doc: Document, quoted: Sequence[QuotedSpan], lexicon: CueLexicon,
                       registry: Mapping[str, Rule] = RULES) -> list[DirectQuote]:
    """Every quote in marks that is speech, attributed where a cue says so, then the transcript turns
    printed without marks. `quoted` are the marks' spans (`marks.find_quoted_spans`); `registry`
    (default: core/rules.py) decides the order the finders run in and each rule's base confidence.

    Fragments that sit inside a sentence (no clause-ending punctuation, no cue beside them) are
    returned with no rule and no cue: the reported-speech finder decides whether they are part of a
    mixed quote; fragments nobody claims are scare quotes and are dropped later. Raises KeyError
    for a rule `registry` lacks and ValueError for a finder that names a rule it is not registered for.
    """
    claim_finders = in_priority_order(CLAIM_FINDERS, registry)
    quotes: list[DirectQuote] = []
    for marks in _turn_groups(doc, quoted):
        group = QuoteGroup(doc, marks, lexicon)
        quote = DirectQuote(parts=[], marks=list(marks))
        claim, rules = _first_claim(group, claim_finders)
        if claim is not None and claim.parts is not None:
            quote.parts = list(claim.parts)  # the rule cut the content itself ('"PENCE: …': after the colon)
        else:
            quote.parts = [p for mark in marks for p in content_parts(doc, mark)]
        if not quote.parts:
            continue
        if claim is not None:
            _claim(quote, claim, rules, registry)
        else:
            quote.whole = whole_sentence(doc, group.first, group.last)
            quote.stands_alone = quote.whole or is_standalone(doc, group.first, group.last)
        quotes.append(quote)
    linked = _link(doc, quotes, lexicon, registry)
    for rules, finder in in_priority_order(TRANSCRIPT_FINDERS, registry):
        for claim in finder(doc, quoted):
            printed = DirectQuote(parts=list(claim.parts or ()), marks=[])
            _claim(printed, claim, rules, registry)
            linked.append(printed)
    return linked


def _first_claim(group: QuoteGroup, finders: list[tuple[tuple[RuleId, ...], ClaimFinder]]
                 ) -> tuple[Claim | None, tuple[RuleId, ...]]:
    """The claim of the first finder, in the order given, that reads `group`, with its rules."""
    for rules, finder in finders:
        claim = finder(group)
        if claim is not None:
            return claim, rules
    return None, ()


def _turn_groups(doc: Document, quoted: Sequence[QuotedSpan]) -> list[list[QuotedSpan]]:
    """The quotations' groups of marks (`group_chains`), with a transcript quoted paragraph by paragraph
    ('"WALLACE: …' / '"PENCE: …') cut into one group a turn."""
    groups: list[list[QuotedSpan]] = []
    for group in group_chains(quoted):
        turns = [mark for mark in group if turn_speaker(doc, mark) is not None]
        if not turns:
            groups.append(group)
            continue
        current: list[QuotedSpan] = []
        for mark in group:
            if mark in turns and current:
                groups.append(current)
                current = []
            current.append(mark)
        groups.append(current)
    return groups


def _link(doc: Document, quotes: list[DirectQuote], lexicon: CueLexicon,
          registry: Mapping[str, Rule]) -> list[DirectQuote]:
    """Each quote offered to the linking finders in priority order, with the quote kept before it."""
    finders = in_priority_order(LINK_FINDERS, registry)
    result: list[DirectQuote] = []
    for quote in quotes:
        previous = result[-1] if result else None
        joined = False
        for rules, finder in finders:
            link = finder(doc, previous, quote, lexicon)
            if link is None:
                continue
            if isinstance(link, Claim):
                _claim(quote, link, rules, registry)
            elif previous is not None:
                _join(previous, quote, rules)
                joined = True
            break
        if not joined:
            result.append(quote)
    return result


def _rule_of(claim: Claim, rules: tuple[RuleId, ...]) -> RuleId:
    rule_id = claim.rule if claim.rule is not None else rules[0]
    if rule_id not in rules or (claim.rule is None and len(rules) > 1):
        raise ValueError(f"a finder registered for {list(rules)} claimed {claim.rule!r}")
    return rule_id


def _claim(quote: DirectQuote, claim: Claim, rules: tuple[RuleId, ...], registry: Mapping[str, Rule]) -> None:
    """The one place a claim becomes a quote's rule, base confidence, reporting clause's side, cue,
    speaker and lemma."""
    rule_id = _rule_of(claim, rules)
    quote.become(rule_id)
    quote.reporting_clause = registry[rule_id].reporting_clause
    confidence = registry[rule_id].confidence
    if confidence is None:
        raise ValueError(f"rule {rule_id!r} claims a quote but has no base confidence in the registry")
    quote.confidence = confidence
    quote.cue = [claim.cue] if claim.cue is not None else []
    quote.speaker = claim.speaker
    if claim.lemma is not None:
        quote.lemma = claim.lemma
    else:
        quote.lemma = cue_lemma(claim.cue) if claim.cue is not None else ""


def _join(previous: DirectQuote, quote: DirectQuote, rules: tuple[RuleId, ...]) -> None:
    """The one place a quote becomes a further part of the one before it (a split quote)."""
    previous.parts.extend(quote.parts)
    previous.marks.extend(quote.marks)
    previous.become(rules[0])
    previous.reporting_clause = None  # the clause now stands between its parts
