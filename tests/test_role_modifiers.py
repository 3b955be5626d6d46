"""A description links to an entity of the same role only when its modifiers do not pick another
bearer of that role: "the prosecution lawyer" is not "Defence lawyer Jo Dee", "his assistant coach" is
not "Head coach Vic Ray", "the former chief constable" is not the serving one. Such a description
gets an entity of its own (below 0.7); a bare or agreeing description still links. Parses as stanza
gave them (issue 14, A1), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Defence lawyer Jo Dee told the jury that her client was innocent. ⏎⏎ The prosecution lawyer said the
# evidence was clear.
LAWYERS = """
Defence    Defence   PROPN  2   compound   O  Number=Sing
lawyer     lawyer    NOUN   5   nsubj      O  Number=Sing
Jo         Jo        PROPN  2   flat       O  Number=Sing
Dee        Dee       PROPN  3   flat       O  Number=Sing
told       tell      VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    7   det        O  Definite=Def|PronType=Art
jury       jury      NOUN   5   obj        O  Number=Sing
that       that      SCONJ  12  mark       O  _
her        her       PRON   10  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
client     client    NOUN   12  nsubj      O  Number=Sing
was        be        AUX    12  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
innocent~  innocent  ADJ    7   acl:relcl  O  Degree=Pos
.          .         PUNCT  5   punct      O  _

#par
The          the          DET    3  det       O  Definite=Def|PronType=Art
prosecution  prosecution  NOUN   3  compound  O  Number=Sing
lawyer       lawyer       NOUN   4  nsubj     O  Number=Sing
said         say          VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    6  det       O  Definite=Def|PronType=Art
evidence     evidence     NOUN   8  nsubj     O  Number=Sing
was          be           AUX    8  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
clear~       clear        ADJ    4  ccomp     O  Degree=Pos
.            .            PUNCT  4  punct     O  _
"""

# Head coach Vic Ray told reporters that the team was ready. His assistant coach said the players were
# tired.
COACHES = """
Head       Head      PROPN  2   compound   O  Number=Sing
coach      coach     NOUN   5   nsubj      O  Number=Sing
Vic        Vic       PROPN  2   flat       O  Number=Sing
Ray        Ray       PROPN  3   flat       O  Number=Sing
told       tell      VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   5   obj        O  Number=Plur
that       that      SCONJ  11  mark       O  _
the        the       DET    9   det        O  Definite=Def|PronType=Art
team       team      NOUN   11  nsubj      O  Number=Sing
was        be        AUX    11  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ready~     ready     ADJ    6   acl:relcl  O  Degree=Pos
.          .         PUNCT  5   punct      O  _

His        his        PRON   3  nmod:poss   O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
assistant  assistant  NOUN   3  compound    O  Number=Sing
coach      coach      NOUN   4  nsubj       O  Number=Sing
said       say        VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    6  det         O  Definite=Def|PronType=Art
players    player     NOUN   8  nsubj:pass  O  Number=Plur
were       be         AUX    8  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
tired~     tired      VERB   4  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  4  punct       O  _
"""

# Chief Constable Ann Marsh said officers acted properly. ⏎⏎ "Morale is at rock bottom," the former
# chief constable said.
FORMER = """
Chief      Chief      ADJ    3  amod      O  Degree=Pos
Constable  Constable  PROPN  3  compound  O  Number=Sing
Ann        Ann        PROPN  5  nsubj     O  Number=Sing
Marsh      Marsh      PROPN  3  flat      O  Number=Sing
said       say        VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
officers   officer    NOUN   7  nsubj     O  Number=Plur
acted      act        VERB   5  ccomp     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
properly~  properly   ADV    7  advmod    O  _
.          .          PUNCT  5  punct     O  _

#par
"~         "          PUNCT  6   punct     O  _
Morale     Morale     PROPN  6   nsubj     O  Number=Sing
is         be         AUX    6   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
at         at         ADP    6   case      O  _
rock       rock       NOUN   6   compound  O  Number=Sing
bottom~    bottom     NOUN   13  ccomp     O  Number=Sing
,~         ,          PUNCT  6   punct     O  _
"          "          PUNCT  6   punct     O  _
the        the        DET    12  det       O  Definite=Def|PronType=Art
former     former     ADJ    12  amod      O  Degree=Pos
chief      chief      ADJ    12  amod      O  Degree=Pos
constable  constable  NOUN   13  nsubj     O  Number=Sing
said~      say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .          PUNCT  13  punct     O  _
"""


def last(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record(trace=True)["quotes"][-1]


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "named"), [
    (LAWYERS, "Jo Dee"),
    (swap(LAWYERS, {"prosecution": "opposing"}), "Jo Dee"),
    (COACHES, "Vic Ray"),
    (swap(COACHES, {"assistant": "goalkeeping"}), "Vic Ray"),
    (FORMER, "Ann Marsh"),
])
def test_a_description_that_picks_another_bearer_of_the_role_does_not_link(table: str, named: str) -> None:
    quote = last(table)
    assert quote["speaker"]["name"] != named
    assert quote["confidence"] < 0.7


@pytest.mark.parametrize("table", [
    swap(LAWYERS, {"prosecution": "defence"}),
    swap(LAWYERS, {"prosecution": "defence", "The": "Her"}),
])
def test_an_agreeing_description_still_links(table: str) -> None:
    assert last(table)["speaker"]["name"] == "Jo Dee"
