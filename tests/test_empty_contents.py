"""A model content that only says how much was said ('said nothing', 'said little') is no report: the
tagger read 'nothing' as a content at 0.83 for the fourth tester. Tables: stanza's parses (bundled model
0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from quotetrace.core.attribution.combine import POINTER_CONTENT
from test_passive_listener import _model_quotes, _read

SAID_NOTHING = """
The      the      DET    2  det    O  Definite=Def|PronType=Art
mayor    mayor    NOUN   3  nsubj  O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
nothing  nothing  PRON   3  obj    O  Number=Sing|PronType=Ind
about    about    ADP    7  case   O  _
the      the      DET    7  det    O  Definite=Def|PronType=Art
cuts~    cut      NOUN   4  nmod   O  Number=Plur
.        .        PUNCT  3  punct  O  _
"""

SAID_LITTLE = """
The     the     DET    2  det    O  Definite=Def|PronType=Art
coach   coach   NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
little  little  ADJ    3  obj    O  Degree=Pos
after   after   ADP    7  case   O  _
the     the     DET    7  det    O  Definite=Def|PronType=Art
match~  match   NOUN   3  obl    O  Number=Sing
.       .       PUNCT  3  punct  O  _
"""


def test_said_nothing_or_little_is_no_model_report() -> None:
    assert _model_quotes(SAID_NOTHING, ["The", "mayor"], ["said"], ["nothing"])[1] == []
    assert _model_quotes(SAID_LITTLE, ["The", "coach"], ["said"], ["little"])[1] == []


def test_a_content_with_more_than_an_amount_stays() -> None:
    text, quotes = _model_quotes(SAID_NOTHING, ["The", "mayor"], ["said"], ["nothing", "about", "the", "cuts"])
    assert [_read(text, q) for q in quotes] == [("The mayor", "nothing about the cuts")]


NEITHER_SAID_ANYTHING = """
Neither   neither   DET    3   det       O  _
Ms        Ms        PROPN  3   compound  O  Number=Sing
Lin       Lin       PROPN  7   nsubj     O  Number=Sing
nor       nor       CCONJ  5   cc        O  _
Mr        Mr.       PROPN  3   conj      O  Number=Sing
Ortiz     Ortiz     PROPN  3   conj      O  Number=Sing
said      say       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
anything  anything  PRON   7   obj       O  Number=Sing|PronType=Ind
about     about     ADP    11  case      O  _
the       the       DET    11  det       O  Definite=Def|PronType=Art
deal~     deal      NOUN   8   nmod      O  Number=Sing
.         .         PUNCT  7   punct     O  _
"""

REJECTED_THAT = """
Whitaker  Whitaker  PROPN  2  nsubj  O  Number=Sing
rejected  reject    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that~     that      PRON   2  obj    O  Number=Sing|PronType=Dem
.         .         PUNCT  2  punct  O  _
"""

# the control is a message announced: 'rejected that plan' names a stance's target, itself under
# POINTER_CONTENT since reject joined stance-cues (objects.stance_target, tests/test_topics_and_denials.py)
ANNOUNCED_THAT_PLAN = """
Whitaker   Whitaker  PROPN  2  nsubj  O  Number=Sing
announced  announce  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that       that      DET    4  det    O  Number=Sing|PronType=Dem
plan~      plan      NOUN   2  obj    O  Number=Sing
.          .         PUNCT  2  punct  O  _
"""


def test_neither_nor_as_subject_reports_nothing_in_the_model_either() -> None:
    # tester 5: 'Neither Ms Lin nor Mr Ortiz said anything about the deal' was a quote at 0.77
    source = ["Neither", "Ms", "Lin", "nor", "Mr", "Ortiz"]
    assert _model_quotes(NEITHER_SAID_ANYTHING, source, ["said"], ["anything", "about", "the", "deal"])[1] == []


def test_a_content_of_a_pronoun_alone_is_kept_as_a_pointer_at_most_at_half_confidence() -> None:
    # tester 5: 'Whitaker rejected that.' gave the content 'that' at 0.90; PolNeAR marks such contents
    text, quotes = _model_quotes(REJECTED_THAT, ["Whitaker"], ["rejected"], ["that"])
    assert [_read(text, q) for q in quotes] == [("Whitaker", "that")]
    assert quotes[0].confidence <= POINTER_CONTENT
    text, quotes = _model_quotes(ANNOUNCED_THAT_PLAN, ["Whitaker"], ["announced"], ["that", "plan"])
    assert [_read(text, q) for q in quotes] == [("Whitaker", "that plan")]
    assert quotes[0].confidence > POINTER_CONTENT
