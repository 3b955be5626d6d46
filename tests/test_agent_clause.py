"""A passive listener cue with an agent ('Jones was told by Smith that the contract had been cancelled'): the
by-phrase speaks and the that-clause is the report, even where a parser hangs the clause on the agent as
if it were a relative clause (an acl or acl:relcl of `Smith` with "that" as its mark). Issue 14, a third
tester's third kind: it was no rule report, and the model's fragment "that the contract had been" at
0.597. The tables are the bundled stanza models' parses (`quotetrace debug-parse --as table`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Jones was told by Smith that the contract had been cancelled.
TOLD_BY_SMITH = """
Jones       Jones     PROPN  3   nsubj:pass  O  Number=Sing
was         be        AUX    3   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
told        tell      VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by          by        ADP    5   case        O  _
Smith       Smith     PROPN  3   obl:agent   O  Number=Sing
that        that      SCONJ  11  mark        O  _
the         the       DET    8   det         O  Definite=Def|PronType=Art
contract    contract  NOUN   11  nsubj:pass  O  Number=Sing
had         have      AUX    11  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been        be        AUX    11  aux:pass    O  Tense=Past|VerbForm=Part
cancelled~  cancel    VERB   5   acl:relcl   O  Tense=Past|VerbForm=Part|Voice=Pass
.           .         PUNCT  3   punct       O  _
"""

# The nurses were assured by the hospital director that no jobs would be lost.
ASSURED_BY_THE_DIRECTOR = """
The       the       DET    2   det         O  Definite=Def|PronType=Art
nurses    nurse     NOUN   4   nsubj:pass  O  Number=Plur
were      be        AUX    4   aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
assured   assure    VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by        by        ADP    8   case        O  _
the       the       DET    8   det         O  Definite=Def|PronType=Art
hospital  hospital  NOUN   8   compound    O  Number=Sing
director  director  NOUN   4   obl:agent   O  Number=Sing
that      that      SCONJ  14  mark        O  _
no        no        DET    11  det         O  PronType=Neg
jobs      job       NOUN   14  nsubj:pass  O  Number=Plur
would     would     AUX    14  aux         O  VerbForm=Fin
be        be        AUX    14  aux:pass    O  VerbForm=Inf
lost~     lose      VERB   8   acl:relcl   O  Tense=Past|VerbForm=Part|Voice=Pass
.         .         PUNCT  4   punct       O  _
"""

# Investors were warned by the regulator that the fund was close to collapse.
WARNED_BY_THE_REGULATOR = """
Investors  investor   NOUN   3   nsubj:pass  O  Number=Plur
were       be         AUX    3   aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
warned     warn       VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by         by         ADP    6   case        O  _
the        the        DET    6   det         O  Definite=Def|PronType=Art
regulator  regulator  NOUN   3   obl:agent   O  Number=Sing
that       that       SCONJ  11  mark        O  _
the        the        DET    9   det         O  Definite=Def|PronType=Art
fund       fund       NOUN   11  nsubj       O  Number=Sing
was        be         AUX    11  cop         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close      close      ADJ    6   acl:relcl   O  Degree=Pos
to         to         PART   13  mark        O  _
collapse~  collapse   VERB   11  xcomp       O  VerbForm=Inf
.          .          PUNCT  3   punct       O  _
"""

# The jury was told by a witness that the car had been stolen.
TOLD_BY_A_WITNESS = """
The      the      DET    2   det         O  Definite=Def|PronType=Art
jury     jury     NOUN   4   nsubj:pass  O  Number=Sing
was      be       AUX    4   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
told     tell     VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by       by       ADP    7   case        O  _
a        a        DET    7   det         O  Definite=Ind|PronType=Art
witness  witness  NOUN   4   obl:agent   O  Number=Sing
that     that     SCONJ  13  mark        O  _
the      the      DET    10  det         O  Definite=Def|PronType=Art
car      car      NOUN   13  nsubj:pass  O  Number=Sing
had      have     AUX    13  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been     be       AUX    13  aux:pass    O  Tense=Past|VerbForm=Part
stolen~  steal    VERB   7   acl         O  Tense=Past|VerbForm=Part|Voice=Pass
.        .        PUNCT  4   punct       O  _
"""


def _reports(table: str) -> list[tuple[str, str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], q["cue"]["text"], (q["speaker"] or {}).get("text")) for q in quotes]


@pytest.mark.parametrize(("table", "expected"), [
    (TOLD_BY_SMITH, ("that the contract had been cancelled", "told", "Smith")),
    (ASSURED_BY_THE_DIRECTOR, ("that no jobs would be lost", "assured", "the hospital director")),
    (WARNED_BY_THE_REGULATOR, ("that the fund was close to collapse", "warned", "the regulator")),
    (TOLD_BY_A_WITNESS, ("that the car had been stolen", "told", "a witness")),
], ids=["told-relcl", "assured-relcl", "warned-relcl", "told-acl"])
def test_the_agent_speaks_the_clause_hung_on_it(table: str, expected: tuple[str, str, str]) -> None:
    assert _reports(table) == [expected]
