"""Which noun-phrase object of a reporting verb is no statement, and how often an object reading is right.

PolNeAR's annotators mark most objects of reporting verbs as content (`criticized the trade deals`,
`endorsed Gary Johnson`), and they are right as often as the readings' confidence says (below). An
object with nothing said in it is no content at all: a bare noun phrase (no clause, no predicate, no
quotation) whose head, or the noun its "of" names after a container noun ('a state of emergency'), is a
person, a group or an event by its commonest WordNet 3.0 sense (`data/person_nouns.txt`,
`data/event_group_nouns.txt`, written by training/person_nouns.py): `blamed the referee`, `announced a
partnership with the City of Dover`, `declared a state of emergency` say what was done, to whom or what
was begun, not what was said. A name (`blamed Trump`) stays: PolNeAR marks the person a stance is about.

Their confidence stays the rule's base plus the cue's prior: measured on PolNeAR dev and train[:80]
(bench/snapshot.py, 29 November, rules alone) object readings were right 71 % and 68 % of the time at a
mean confidence of 0.67 and 0.64; for verbs of cue rate under 0.5, 62 % and 61 % at 0.64 and 0.63;
rate 0.5-0.7, 78 % and 80 % at 0.69 and 0.63. A flat confidence by rate band was tried and raised dev's
calibration error from 7.4 to 7.7 (train[:80] 6.4 to 6.1; the speaker step scales it after).

An object of a verb of praise, blame or support (`target-cues`, `stance-cues`: 'praised the plan',
'condemned the attack', 'praised her rival, Lena Holm') names what a stance is about, not a message.
PolNeAR marks these too (most often right there: see `STANCE_TARGET`), so they stay, but never shown as
a confident quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from ...model import Document, Token
from ...syntax import cue_lemma
from ...wordlists import words
from ..marks import QUOTE_MARKS
from ..shapes import title_case

_CONTAINERS = words("container-nouns")
# nouns a group is called in news whose commonest WordNet sense is something else ('his side': a team)
_GROUPS = words("group-nouns")
# prepositions that make a phrase on the verb its time, which a reading off the words runs into
_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following"})

# verbs whose object is what a stance is about (`target-cues`, `stance-cues`) or what a talk was about
# (`topic-cues`: 'met to discuss the merger'): either way a bare noun phrase there is no message
_STANCE_CUES = words("target-cues") | words("stance-cues") | words("topic-cues")
# The confidence at most of a content that is only a stance's target (`stance_target`), as for the model's
# readings that point at words said elsewhere (attribution/combine.POINTER_CONTENT): over the hybrid's
# threshold (0.44), so it is still output, and under the 0.7 from which a user reads a quote as sure. On
# PolNeAR such contents were right more often, by its annotators' habit of marking the thing praised
# (bench/np_contents.py, 30 November: 78 % of 18 hybrid quotes on dev, 75 % of 24 on train[:80]); a plan
# praised is no quote to a reader, so the cap stays below that rate: F1 unchanged, ECE +0.1 / +0.2 (hybrid
# dev / train[:80]). Dropping them instead cost hybrid F1 0.4 / 0.6 (71.0 -> 70.6, 67.8 -> 67.2; model
# 0.4 / 0.8, rules 0.2 / 0.5) for an ECE 0.2 / 0.4 lower.
STANCE_TARGET = 0.5

# dependents of a noun phrase's words that make it say something: a clause, a predicate, an as-phrase
_SAYING_DEPRELS = frozenset({"acl", "acl:relcl", "ccomp", "xcomp", "advcl", "csubj", "parataxis"})


@cache
def _nouns() -> frozenset[str]:
    found: set[str] = set()
    for name in ("person_nouns.txt", "event_group_nouns.txt"):
        text = resources.files("quotetrace.core").joinpath("data", name).read_text(encoding="utf-8")
        found.update(line for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(found | _GROUPS)


def _time_of(doc: Document, head: Token) -> set[int]:
    """The words of the phrases of time hung on the verb whose object `head` is ('praised his side after
    the 3-1 win'): a preposition of time before a noun."""
    if head.head < 0:
        return set()
    return {t.index for c in doc.children(doc.tokens[head.head]) if c.index > head.index and c.upos == "NOUN"
            and any(m.deprel == "case" and m.lower in _TIME_PREPOSITIONS for m in doc.children(c))
            for t in doc.subtree(c)}


def not_a_statement(doc: Document, head: Token, content: Sequence[Token]) -> bool:
    """Whether `content`, read as a cue's object headed by `head`, says nothing: no word outside the
    object's noun phrase (but a phrase of time on the verb: 'after the 3-1 win'), no verb, clause or
    quotation mark in it, no name set beside its head ('her opponent, Tom Hall'), and its head a common
    noun whose commonest sense is a person, a group or an event (after a container noun of
    `container-nouns`, the noun of its "of": 'a state of emergency')."""
    if head.upos != "NOUN":
        return False
    phrase = {t.index for t in doc.subtree(head)} | _time_of(doc, head)
    if any(t.index not in phrase and t.upos != "PUNCT" for t in content):
        return False  # 'urged supporters to monitor polling places': the reading runs past the object
    if any(c.upos == "PROPN" and c.deprel in ("appos", "compound", "flat") for c in doc.children(head)):
        return False  # 'criticized her opponent, Tom Hall': a named person, whom PolNeAR's stances are about
    if any(t.upos in ("VERB", "AUX") or t.deprel in _SAYING_DEPRELS or t.text in QUOTE_MARKS for t in content):
        return False
    nouns = [head]
    if head.lower in _CONTAINERS:  # 'a state of emergency': the noun of its "of" says what it is
        nouns += [c for c in doc.children(head) if c.deprel == "nmod" and c.upos == "NOUN" and any(
            m.deprel == "case" and m.lower == "of" for m in doc.children(c))]
    return any((t.lemma or t.text).lower() in _nouns() for t in nouns)


def stance_target(doc: Document, verbs: Sequence[Token], content: Sequence[Token]) -> bool:
    """Whether `content` (tokens) is only what a stance or a talk of one of the cue `verbs` is about: a
    verb of praise, blame, support or denial (`target-cues`, `stance-cues`) or of discussion
    (`topic-cues`) whose object is in `content`, and no verb, clause, predicate ('as bold'), or
    quotation mark in it: 'praised the plan', 'condemned the attack on the embassy', 'praised her rival,
    Lena Holm', 'denies fraud', 'met to discuss the merger'; not 'praised the plan as bold', 'welcomed
    the decision to stay', 'praised "a bold plan"', 'denied that he knew' or 'backed off the plan'. A
    title in quotation marks names a work, no words said: 'praised the album "Northern Lights" for its
    ambition' is a stance's target (was a mixed quote at 0.74, tester 10)."""
    stances = _stance_verbs(doc, verbs)
    if not any(t.head in stances and t.deprel == "obj" for t in content):
        return False
    return _says_nothing(content)


def passive_stance_target(doc: Document, verbs: Sequence[Token], content: Sequence[Token]) -> bool:
    """`stance_target` for a passive cue, whose subject is what the stance is about ('Tom Smith was
    praised by Bill Jones', 'the plan was discussed by the board'): `content` holds the passive
    subject of one of `verbs` and nothing that says something."""
    stances = _stance_verbs(doc, verbs)
    if not any(t.head in stances and t.deprel == "nsubj:pass" for t in content):
        return False
    return _says_nothing(content)


def _stance_verbs(doc: Document, verbs: Sequence[Token]) -> set[int]:
    # a particle makes another verb: 'backed off his proposals', 'backed down' take no stance
    return {v.index for v in verbs if cue_lemma(v) in _STANCE_CUES
            and not any(c.deprel == "compound:prt" for c in doc.children(v))}


def _says_nothing(content: Sequence[Token]) -> bool:
    """No verb, clause, predicate ('as bold') or quotation mark in `content`, but for a title in marks
    (`_titles`: 'praised the album "Northern Lights"' names a work, no words said)."""
    titles = _titles(content)
    if titles is None:
        return False
    return not any(t.upos in ("VERB", "AUX") or t.deprel in _SAYING_DEPRELS or t.lower == "as"
                   for t in content if t.index not in titles)


def _titles(content: Sequence[Token]) -> set[int] | None:
    """The token indices of the quotation marks in `content` and the words between each pair when all
    are titles ('"Northern Lights"': two to eight capitalised words, `shapes.title_case`, or one proper
    noun); None when any quotation holds other words ('praised "a bold plan"') or a mark is unpaired."""
    marks = [i for i, t in enumerate(content) if t.text in QUOTE_MARKS]
    if len(marks) % 2:
        return None
    found: set[int] = set()
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
        inner = content[open_at + 1 : close_at]
        text = " ".join(t.text for t in inner)
        single = len(inner) == 1 and inner[0].upos == "PROPN" and text[:1].isupper()
        if not (single or title_case(text)):
            return None
        found |= {t.index for t in content[open_at : close_at + 1]}
    return found
