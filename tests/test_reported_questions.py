"""A reported question: 'She asked whether he had any regrets' reports what she asked, as PolNeAR marks
'asked if they planned to attend the caucuses'. A parser often hangs the whether- or if-clause on the
verb of asking as an adverbial clause; after a verb of asking (ask, wonder, inquire, question) it is the
cue's complement, from its 'whether' (the listener, 'the minister', is no part of it). Issue 14, a
third tester's third kind: the question was missed by the rules. The tables are the bundled stanza
models' parses (`quotetrace debug-parse --as table`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# She asked whether he had any regrets.
SHE_ASKED_WHETHER = """
She       she      PRON   2  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
asked     ask      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
whether   whether  SCONJ  5  mark   O  _
he        he       PRON   5  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
had       have     VERB   2  advcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
any       any      DET    7  det    O  PronType=Ind
regrets~  regret   NOUN   5  obj    O  Number=Plur
.         .        PUNCT  2  punct  O  _
"""

# Reporters asked the minister whether the tax would rise.
ASKED_THE_MINISTER_WHETHER = """
Reporters  Reporter  NOUN   2  nsubj  O  Number=Plur
asked      ask       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    4  det    O  Definite=Def|PronType=Art
minister   minister  NOUN   2  obj    O  Number=Sing
whether    whether   SCONJ  9  mark   O  _
the        the       DET    7  det    O  Definite=Def|PronType=Art
tax        tax       NOUN   9  nsubj  O  Number=Sing
would      would     AUX    9  aux    O  VerbForm=Fin
rise~      rise      VERB   2  advcl  O  VerbForm=Inf
.          .         PUNCT  2  punct  O  _
"""

# Councillor Jan Wills asked if the library would stay open.
ASKED_IF = """
Councillor  Councillor  PROPN  4  nsubj  O  Number=Sing
Jan         January     PROPN  1  flat   O  Number=Sing
Wills       Wills       PROPN  2  flat   O  Number=Sing
asked       ask         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
if          if          SCONJ  9  mark   O  _
the         the         DET    7  det    O  Definite=Def|PronType=Art
library     library     NOUN   9  nsubj  O  Number=Sing
would       would       AUX    9  aux    O  VerbForm=Fin
stay        stay        VERB   4  ccomp  O  VerbForm=Inf
open~       open        ADJ    9  xcomp  O  Degree=Pos
.           .           PUNCT  4  punct  O  _
"""

# Several parents wondered whether the school was safe.
WONDERED_WHETHER = """
Several   several   ADJ    2  amod   O  Degree=Pos
parents   parent    NOUN   3  nsubj  O  Number=Plur
wondered  wondered  VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
whether   whether   SCONJ  8  mark   O  _
the       the       DET    6  det    O  Definite=Def|PronType=Art
school    school    NOUN   8  nsubj  O  Number=Sing
was       be        AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
safe~     safe      ADJ    3  ccomp  O  Degree=Pos
.         .         PUNCT  3  punct  O  _
"""


def _reports(table: str) -> list[tuple[str, str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], q["cue"]["text"], (q["speaker"] or {}).get("text")) for q in quotes]


@pytest.mark.parametrize(("table", "expected"), [
    (SHE_ASKED_WHETHER, ("whether he had any regrets", "asked", "She")),
    (ASKED_THE_MINISTER_WHETHER, ("whether the tax would rise", "asked", "Reporters")),
    (ASKED_IF, ("if the library would stay open", "asked", "Councillor Jan Wills")),
    (WONDERED_WHETHER, ("whether the school was safe", "wondered", "Several parents")),
], ids=["asked-whether", "asked-listener-whether", "asked-if", "wondered-whether"])
def test_the_question_asked_is_the_report(table: str, expected: tuple[str, str, str]) -> None:
    assert _reports(table) == [expected]
