"""'Police named the victim as Tom Ash, 17.': naming who someone is reports no one's words or view of them
(issue 14, a third tester's fourth kind: it was a report of the police at 0.723). A verb that says what
Y is held to be ('dismissed the offer as an insult') stays a report. The tables are the bundled stanza
models' parses (`quotetrace debug-parse --as table`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Police named the victim as Tom Ash, 17.
NAMED_THE_VICTIM = """
Police  Police  PROPN  2  nsubj          O  Number=Sing
named   name    VERB   0  root           O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    4  det            O  Definite=Def|PronType=Art
victim  victim  NOUN   2  obj            O  Number=Sing
as      as      ADP    6  case           O  _
Tom     Tom     PROPN  2  obl            O  Number=Sing
Ash~    Ash     PROPN  6  flat           O  Number=Sing
,       ,       PUNCT  9  punct          O  _
17~     17      NUM    6  nmod:unmarked  O  NumForm=Digit|NumType=Card
.       .       PUNCT  2  punct          O  _
"""

# Hospital officials named the dead man as Luis Ortega.
NAMED_THE_DEAD_MAN = """
Hospital   Hospital  PROPN  2  compound  O  Number=Sing
officials  official  NOUN   3  nsubj     O  Number=Plur
named      name      VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    6  det       O  Definite=Def|PronType=Art
dead       dead      ADJ    6  amod      O  Degree=Pos
man        man       NOUN   3  obj       O  Number=Sing
as         as        ADP    8  case      O  _
Luis       Luis      PROPN  3  obl       O  Number=Sing
Ortega~    Ortega    PROPN  8  flat      O  Number=Sing
.          .         PUNCT  3  punct     O  _
"""

# The board named Priya Nair as its new chair on Monday.
NAMED_THE_CHAIR = """
The      the     DET    2   det        O  Definite=Def|PronType=Art
board    board   NOUN   3   nsubj      O  Number=Sing
named    name    VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Priya    Priya   PROPN  3   obj        O  Number=Sing
Nair     Nair    PROPN  4   flat       O  Number=Sing
as       as      ADP    9   case       O  _
its      its     PRON   9   nmod:poss  O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
new      new     ADJ    9   amod       O  Degree=Pos
chair    chair   NOUN   3   obl        O  Number=Sing
on       on      ADP    11  case       O  _
Monday~  Monday  PROPN  9   nmod       O  Number=Sing
.        .       PUNCT  3   punct      O  _
"""

# The union dismissed the offer as an insult to nurses.
DISMISSED_AS_AN_INSULT = """
The        the      DET    2   det    O  Definite=Def|PronType=Art
union      union    NOUN   3   nsubj  O  Number=Sing
dismissed  dismiss  VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the      DET    5   det    O  Definite=Def|PronType=Art
offer      offer    NOUN   3   obj    O  Number=Sing
as         as       ADP    8   case   O  _
an         a        DET    8   det    O  Definite=Ind|PronType=Art
insult     insult   NOUN   3   obl    O  Number=Sing
to         to       ADP    10  case   O  _
nurses~    nurse    NOUN   8   nmod   O  Number=Plur
.          .        PUNCT  3   punct  O  _
"""


def _reports(table: str) -> list[tuple[str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], (q["speaker"] or {}).get("text")) for q in quotes]


@pytest.mark.parametrize("table", [NAMED_THE_VICTIM, NAMED_THE_DEAD_MAN, NAMED_THE_CHAIR],
                         ids=["victim", "dead-man", "chair"])
def test_naming_someone_as_a_name_or_post_is_no_report(table: str) -> None:
    assert _reports(table) == []


def test_a_view_of_the_object_as_something_stays_a_report() -> None:
    assert _reports(DISMISSED_AS_AN_INSULT) == [("the offer as an insult to nurses", "The union")]


def test_the_model_reports_no_naming_either() -> None:
    # in the default hybrid the tagger's reading of the same words was kept at 0.618 (a tester's r12)
    from test_passive_listener import _model_quotes

    _, quotes = _model_quotes(NAMED_THE_VICTIM, ["Police"], ["named"], ["the", "victim", "as", "Tom", "Ash"])
    assert quotes == []
    _, quotes = _model_quotes(DISMISSED_AS_AN_INSULT, ["The", "union"], ["dismissed"],
                              ["the", "offer", "as", "an", "insult", "to", "nurses"])
    assert len(quotes) == 1
