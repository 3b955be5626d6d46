"""A model content that only says how much was said ('said nothing', 'said little') is no report: the
tagger read 'nothing' as a content at 0.83 for the fourth tester. Tables: stanza's parses (bundled model
0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

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
