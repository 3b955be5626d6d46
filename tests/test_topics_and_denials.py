"""A bare noun phrase after a verb of discussion (`topic-cues`: 'met to discuss the merger', 'debated the
budget'), of defence or denial (`stance-cues`: 'defended the rail project', 'denies fraud'), or as the
subject of a passive stance ('Tom Smith was praised by Bill Jones') names what was talked about or what
a stance is about, not what was said. New-user tester 9 saw them as quotes at 0.71-0.83 (pn01, pc01,
m04, ct01, t03, m02). PolNeAR marks such contents (discuss/debate 30 of 61, deny 15 of 23, defend 42 of
65 in train and dev), so they stay, as stance targets do (tests/test_stance_targets.py), but under 0.7:
`STANCE_TARGET` for the rules, `POINTER_CONTENT` for the model. A denial or a defence that says
something ('denied that she knew the donor') keeps its confidence. Tables: stanza's parses (bundled
models, `quotetrace debug-parse`) of the testers' sentences; variants change the verb and noun."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.combine import POINTER_CONTENT
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect.objects import STANCE_TARGET
from test_passive_listener import _model_quotes, _read
from test_stance_targets import STANCE_ON_A_THING

# John Carter and Peter Wills met on Monday to discuss the merger.
MET_TO_DISCUSS = """
John     John     PROPN  6   nsubj  O
Carter   Carter   PROPN  1   flat   O
and      and      CCONJ  4   cc     O
Peter    Peter    PROPN  1   conj   O
Wills    Wills    PROPN  1   conj   O
met      meet     VERB   0   root   O
on       on       ADP    8   case   O
Monday   Monday   PROPN  6   obl    O
to       to       PART   10  mark   O
{verb}   {lemma}  VERB   6   advcl  O
the      the      DET    12  det    O
{noun}~  {noun}   NOUN   10  obj    O
.        .        PUNCT  6   punct  O
"""

# Mark Bell and Sarah Quinn debated the budget on Tuesday.
DEBATED = """
Mark      Mark     PROPN  6   nsubj  O
Bell      Bell     PROPN  1   flat   O
and       and      CCONJ  4   cc     O
Sarah     Sarah    PROPN  1   conj   O
Quinn     Quinn    PROPN  1   conj   O
{verb}    {lemma}  VERB   0   root   O
the       the      DET    8   det    O
{noun}    {noun}   NOUN   6   obj    O
on        on       ADP    10  case   O
Tuesday~  Tuesday  PROPN  6   obl    O
.         .        PUNCT  6   punct  O
"""

# David Hollis, 52, denies fraud. (stanza keeps 'denies' as its lemma; the cue's key is read off it)
DENIES = """
David    David   PROPN  6  nsubj          O
Hollis~  Hollis  PROPN  1  flat           O
,        ,       PUNCT  4  punct          O
52~      52      NUM    1  nmod:unmarked  O
,        ,       PUNCT  4  punct          O
{verb}   {lemma} VERB   0  root           O
{noun}~  {noun}  NOUN   6  obj            O
.        .       PUNCT  6  punct          O
"""

# Ann Lee denied that she knew the donor.
DENIED_THAT = """
Ann     Ann    PROPN  3  nsubj  O
Lee     Lee    PROPN  1  flat   O
denied  deny   VERB   0  root   O
that    that   SCONJ  6  mark   O
she     she    PRON   6  nsubj  O
knew    know   VERB   3  ccomp  O
the     the    DET    8  det    O
donor~  donor  NOUN   6  obj    O
.       .      PUNCT  3  punct  O
"""

# Tom Smith was praised by Bill Jones on Monday.
PASSIVE_STANCE = """
Tom      Tom      PROPN  4  nsubj:pass  O
Smith    Smith    PROPN  1  flat        O
was      be       AUX    4  aux:pass    O
{verb}   {lemma}  VERB   0  root        O
by       by       ADP    6  case        O
Bill     Bill     PROPN  4  obl:agent   O
Jones    Jones    PROPN  6  flat        O
on       on       ADP    9  case        O
Monday~  Monday   PROPN  4  obl         O
.        .        PUNCT  4  punct       O
"""

TOPICS = [("discuss", "discuss", "merger"), ("debate", "debate", "crisis"), ("address", "address", "deficit")]
DEBATES = [("debated", "debate", "budget"), ("discussed", "discuss", "plan"), ("addressed", "address", "issue")]
DENIALS = [("denies", "denies", "fraud"), ("denied", "deny", "charges"), ("disputed", "dispute", "figures"),
           ("rejected", "reject", "offer"), ("defended", "defend", "project")]


def _rule_quotes(table: str) -> list[tuple[str | None, str, float, str]]:
    result = analyze(build_document(table))
    return [(q.speaker.text if q.speaker else None, " ".join(p.text_of(result.text) for p in q.parts),
             q.confidence, q.rule) for q in result.quotes]


@pytest.mark.parametrize(("verb", "lemma", "noun"), TOPICS)
def test_the_model_s_topic_of_a_meeting_is_a_pointer(verb: str, lemma: str, noun: str) -> None:
    # a one-hot tagging: without the cap the quote's confidence is the tagger's 1.0
    text, quotes = _model_quotes(MET_TO_DISCUSS.format(verb=verb, lemma=lemma, noun=noun),
                                 ["John", "Carter", "and", "Peter", "Wills"], ["met", "on", "Monday", "to", verb],
                                 ["the", noun])
    assert [(_read(text, q)[1], q.confidence) for q in quotes] == [(f"the {noun}", POINTER_CONTENT)]


@pytest.mark.parametrize(("verb", "lemma", "noun"), DEBATES)
def test_the_model_s_topic_of_a_debate_is_a_pointer(verb: str, lemma: str, noun: str) -> None:
    text, quotes = _model_quotes(DEBATED.format(verb=verb, lemma=lemma, noun=noun),
                                 ["Mark", "Bell", "and", "Sarah", "Quinn"], [verb], ["the", noun])
    assert [(_read(text, q)[1], q.confidence) for q in quotes] == [(f"the {noun}", POINTER_CONTENT)]


@pytest.mark.parametrize(("verb", "lemma", "noun"), DENIALS)
def test_the_model_s_charge_denied_is_a_pointer(verb: str, lemma: str, noun: str) -> None:
    text, quotes = _model_quotes(DENIES.format(verb=verb, lemma=lemma, noun=noun), ["David", "Hollis"], [verb],
                                 [noun])
    assert [(_read(text, q)[1], q.confidence) for q in quotes] == [(noun, POINTER_CONTENT)]


@pytest.mark.parametrize(("verb", "lemma", "noun"), [("defended", "defend", "project"), ("denied", "deny", "charges"),
                                                     ("rejected", "reject", "offer")])
def test_the_rules_keep_a_charge_denied_below_a_sure_quote(verb: str, lemma: str, noun: str) -> None:
    # 'Mayor Ann Lee defended the new project' (tester 9's t03: 'has defended the rail project', 0.74)
    assert _rule_quotes(STANCE_ON_A_THING.format(verb=verb, lemma=lemma, noun=noun)) == [
        ("Mayor Ann Lee", f"the new {noun}", STANCE_TARGET, "cue-object")]


def test_a_denial_that_says_something_keeps_its_confidence() -> None:
    [(speaker, content, confidence, rule)] = _rule_quotes(DENIED_THAT)
    assert (speaker, content) == ("Ann Lee", "that she knew the donor")
    assert confidence > 0.7
    text, quotes = _model_quotes(DENIED_THAT, ["Ann", "Lee"], ["denied"], ["that", "she", "knew", "the", "donor"])
    assert [(_read(text, q)[1], q.confidence) for q in quotes] == [("that she knew the donor", 1.0)]


@pytest.mark.parametrize(("verb", "lemma"), [("praised", "praise"), ("criticized", "criticize"),
                                             ("supported", "support")])
def test_the_subject_of_a_passive_stance_is_its_target(verb: str, lemma: str) -> None:
    assert _rule_quotes(PASSIVE_STANCE.format(verb=verb, lemma=lemma)) == [
        ("Bill Jones", "Tom Smith", STANCE_TARGET, "cue-passive")]
