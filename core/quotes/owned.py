"""A report whose content is someone else's report, named with its owner: 'Mr Hill denied Ms Stone's
allegation that he had lied', 'rejected Governor Hart's assertion that…', 'responded to the Prime
Minister's claim that wages were rising'. PolNeAR marks such stances on what others said with the
subject as source and the whole noun phrase as content ('The university rebutted Exxon's accusation
that…', 'noted Clinton's comment that…'), so they stay; but the words inside are the owner's, and a
reader who filters at the README's 0.7 must not take the subject for the one who said them (tester 8).
Their confidence is capped at `OWNED_REPORT`, whatever rule or model found them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..cues import CueLexicon
from ..model import Document, Quote, Span, Token
from ..syntax import POSSESSIVE_MARKERS
from .topics import TOPIC_ONLY

# The same cap as a topic's: a stance on a named owner's report says what the subject did with it, not
# what the subject said (see the figures in bench/snapshot.py runs quoted in the commit message)
OWNED_REPORT = TOPIC_ONLY


def owned_report(doc: Document, parts: Sequence[Span], lexicon: CueLexicon) -> bool:
    """Whether an indirect content (`parts`, code-point spans, end exclusive) opens with a reporting noun
    (its lemma a cue of `lexicon`: claim, assertion, remark…) owned by a named noun phrase ('the Prime
    Minister's', not 'his') and followed by "that" inside the content:
    'Ms Stone's allegation that he had lied'. Read off the words: parsers hang the clause on the noun,
    on the verb before it, or make "that" an object."""
    words = [t for part in parts[:1] for t in doc.tokens_in(part) if t.upos != "PUNCT"]
    inside = {t.index for part in parts for t in doc.tokens_in(part)}
    return any(owned_noun_before_that(doc, t, inside, lexicon) for t in words[:_REACH])


# words from the content's start within which the owned noun stands ('the former Prime Minister's claim')
_REACH = 8


def owned_noun_before_that(doc: Document, noun: Token, inside: set[int] | None, lexicon: CueLexicon) -> bool:
    """Whether `noun` is a reporting noun of `lexicon` with a named owner, right before a "that" (one of
    `inside`, token indices, when given): 'the Prime Minister's claim | that…', not 'the club that'."""
    after = noun.index + 1
    if (noun.upos != "NOUN" or after >= len(doc.tokens) or (inside is not None and after not in inside)
            or doc.tokens[after].lower != "that" or (noun.lemma or noun.lower).lower() not in lexicon):
        return False
    before = doc.tokens[noun.index - 1] if noun.index > 0 else None
    marked = before is not None and before.text in POSSESSIVE_MARKERS and before.upos != "AUX"
    return marked or any(c.deprel == "nmod:poss" and c.upos in ("NOUN", "PROPN") for c in doc.children(noun))


def cap_owned_reports(doc: Document, quotes: Sequence[Quote], lexicon: CueLexicon) -> list[Quote]:
    """`quotes` with the confidence of each indirect quote whose content is an owned report
    (`owned_report`) at most `OWNED_REPORT`, the step `merge:owned-report` in the trace of each one capped."""
    return [replace(q, confidence=OWNED_REPORT, trace=(*q.trace, "merge:owned-report"))
            if q.kind == "indirect" and q.confidence > OWNED_REPORT and owned_report(doc, q.parts, lexicon) else q
            for q in quotes]
