"""A that-clause a parser hangs on a listener cue's object as if it were a relative clause ('told the jury
that his client had been framed': `framed` an acl of `jury`, "that" its mark): the clause is the report
and the listener is no part of it, in the rules and in the model's reading. The tables are stanza's
parses (bundled model 0.4.0, `quotetrace debug-parse`): it reads every passive that-clause after a
listener this way."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from test_passive_listener import _model_quotes, _read

TOLD_THE_JURY = """
The      the      DET    3   det         O  Definite=Def|PronType=Art
defence  defence  NOUN   3   compound    O  Number=Sing
lawyer~  lawyer   NOUN   9   nsubj       O  Number=Sing
,        ,        PUNCT  3   punct       O  _
Mr       Mr.      PROPN  9   nsubj       O  Number=Sing
Owen     Owen     PROPN  5   flat        O  Number=Sing
Pratt~   Pratt    PROPN  5   flat        O  Number=Sing
,        ,        PUNCT  3   punct       O  _
told     tell     VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    11  det         O  Definite=Def|PronType=Art
jury     jury     NOUN   9   obj         O  Number=Sing
that     that     SCONJ  17  mark        O  _
his      his      PRON   14  nmod:poss   O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
client   client   NOUN   17  nsubj:pass  O  Number=Sing
had      have     AUX    17  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been     be       AUX    17  aux:pass    O  Tense=Past|VerbForm=Part
framed~  frame    VERB   11  acl         O  Tense=Past|VerbForm=Part|Voice=Pass
.        .        PUNCT  9   punct       O  _
"""

ASSURED_THE_BOARD = """
The        the        DET    2   det         O  Definite=Def|PronType=Art
treasurer  treasurer  NOUN   3   nsubj       O  Number=Sing
assured    assure     VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    5   det         O  Definite=Def|PronType=Art
board      board      NOUN   3   obj         O  Number=Sing
that       that       SCONJ  11  mark        O  _
the        the        DET    8   det         O  Definite=Def|PronType=Art
money      money      NOUN   11  nsubj:pass  O  Number=Sing
had        have       AUX    11  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been       be         AUX    11  aux:pass    O  Tense=Past|VerbForm=Part
returned~  return     VERB   5   acl         O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  3   punct       O  _
"""

WARNED_THE_COUNCIL = """
She      she      PRON   2   nsubj       O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
warned   warn     VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    4   det         O  Definite=Def|PronType=Art
council  council  NOUN   2   obj         O  Number=Sing
that     that     SCONJ  10  mark        O  _
the      the      DET    7   det         O  Definite=Def|PronType=Art
bridge   bridge   NOUN   10  nsubj:pass  O  Number=Sing
had      have     AUX    10  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been     be       AUX    10  aux:pass    O  Tense=Past|VerbForm=Part
closed~  close    VERB   4   acl         O  Tense=Past|VerbForm=Part|Voice=Pass
.        .        PUNCT  2   punct       O  _
"""


def _reports(table: str) -> list[tuple[str, str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["kind"], q["text"], (q["speaker"] or {}).get("text")) for q in quotes]


@pytest.mark.parametrize(("table", "expected"), [
    (TOLD_THE_JURY, ("indirect", "that his client had been framed", "Mr Owen Pratt")),
    (ASSURED_THE_BOARD, ("indirect", "that the money had been returned", "The treasurer")),
    (WARNED_THE_COUNCIL, ("indirect", "that the bridge had been closed", "She")),
], ids=["told", "assured", "warned"])
def test_the_rules_read_the_clause_hung_on_the_listener_as_the_report(table: str, expected: Any) -> None:
    assert _reports(table) == [expected]


def test_the_model_cuts_the_listener_from_a_clause_hung_on_it() -> None:
    text, quotes = _model_quotes(TOLD_THE_JURY, ["The", "defence", "lawyer"], ["told"],
                                 ["the", "jury", "that", "his", "client", "had", "been", "framed"])
    assert [_read(text, q)[1] for q in quotes] == ["that his client had been framed"]
    text, quotes = _model_quotes(ASSURED_THE_BOARD, ["The", "treasurer"], ["assured"],
                                 ["the", "board", "that", "the", "money", "had", "been", "returned"])
    assert [_read(text, q)[1] for q in quotes] == ["that the money had been returned"]
