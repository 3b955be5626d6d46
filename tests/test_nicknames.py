"""A nickname in quotation marks inside a name belongs to the name: `Dwayne "The Rock" Johnson` is
one person, whom a later "Johnson" is, and the nickname is no quote. Parses as stanza gave them
(issue 14, tester 3), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Dwayne "The Rock" Johnson said he would not run for office.
ROCK = """
Dwayne   Dwayne   PROPN  7   nsubj   O  Number=Sing
"~       "        PUNCT  4   punct   O  _
The      the      DET    4   det     O  Definite=Def|PronType=Art
Rock~    Rock     PROPN  7   nsubj   O  Number=Sing
"        "        PUNCT  4   punct   O  _
Johnson  Johnson  PROPN  7   nsubj   O  Number=Sing
said     say      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he       he       PRON   11  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would    would    AUX    11  aux     O  VerbForm=Fin
not      not      PART   11  advmod  O  Polarity=Neg
run      run      VERB   7   ccomp   O  VerbForm=Inf
for      for      ADP    13  case    O  _
office~  office   NOUN   11  obl     O  Number=Sing
.        .        PUNCT  7   punct   O  _
"""

# Former boxer Marvin "The Hammer" Doyle said he would retire. ⏎⏎ "I am done," Doyle said.
# (The parser hangs Doyle flat under Hammer.)
HAMMER = """
Former   former  ADJ    2   amod   O  Degree=Pos
boxer    boxer   NOUN   9   nsubj  O  Number=Sing
Marvin   Marvin  PROPN  9   nsubj  O  Number=Sing
"~       "       PUNCT  6   punct  O  _
The      the     DET    6   det    O  Definite=Def|PronType=Art
Hammer~  Hammer  PROPN  2   appos  O  Number=Sing
"        "       PUNCT  6   punct  O  _
Doyle    Doyle   PROPN  6   flat   O  Number=Sing
said     say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he       he      PRON   12  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would    would   AUX    12  aux    O  VerbForm=Fin
retire~  retire  VERB   9   ccomp  O  VerbForm=Inf
.        .       PUNCT  9   punct  O  _

#par
"~     "      PUNCT  4  punct       O  _
I      I      PRON   4  nsubj:pass  O  Case=Nom|Number=Sing|Person=1|PronType=Prs
am     be     AUX    4  aux:pass    O  Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin
done~  do     VERB   8  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
,~     ,      PUNCT  4  punct       O  _
"      "      PUNCT  4  punct       O  _
Doyle  Doyle  PROPN  8  nsubj       O  Number=Sing
said~  say    VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.      .      PUNCT  8  punct       O  _
"""

# Earvin “Magic” Johnson told fans that he felt fine.
MAGIC = """
Earvin   Earvin   PROPN  6   nsubj      O  Number=Sing
“~       "        PUNCT  3   punct      O  _
Magic~   Magic    PROPN  6   nsubj      O  Number=Sing
”        "        PUNCT  3   punct      O  _
Johnson  Johnson  PROPN  1   flat       O  Number=Sing
told     tell     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fans     fan      NOUN   6   obj        O  Number=Plur
that     that     SCONJ  10  mark       O  _
he       he       PRON   10  nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
felt     feel     VERB   7   acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fine~    fine     ADJ    10  xcomp      O  Degree=Pos
.        .        PUNCT  6   punct      O  _
"""

# Boxer Carlos "The Bull" Mendez said he would fight again in the spring. (The role that opens the
# sentence is taken into the first part's run: "Boxer Carlos".)
BULL = """
Boxer    Boxer   PROPN  8   nsubj   O  Number=Sing
Carlos   Carlos  PROPN  1   flat    O  Number=Sing
"~       "       PUNCT  5   punct   O  _
The      the     DET    5   det     O  Definite=Def|PronType=Art
Bull~    Bull    PROPN  1   appos   O  Number=Sing
"        "       PUNCT  5   punct   O  _
Mendez   Mendez  PROPN  1   flat    O  Number=Sing
said     say     VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he       he      PRON   11  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would    would   AUX    11  aux     O  VerbForm=Fin
fight    fight   VERB   8   ccomp   O  VerbForm=Inf
again    again   ADV    11  advmod  O  _
in       in      ADP    15  case    O  _
the      the     DET    15  det     O  Definite=Def|PronType=Art
spring~  spring  NOUN   11  obl     O  Number=Sing
.        .       PUNCT  8   punct   O  _
"""


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record(trace=True)


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "name"), [
    (ROCK, 'Dwayne "The Rock" Johnson'),
    (swap(ROCK, {"Dwayne": "Lena", "Rock~": "Storm~", "Rock": "Storm", "Johnson": "Marsh"}), 'Lena "The Storm" Marsh'),
    (HAMMER, 'Marvin "The Hammer" Doyle'),
    (swap(HAMMER, {"Marvin": "Rico", "Doyle": "Vance"}), 'Rico "The Hammer" Vance'),
    (MAGIC, "Earvin “Magic” Johnson"),
    (BULL, 'Carlos "The Bull" Mendez'),
    (swap(BULL, {"Boxer": "Referee", "Carlos": "Ana"}), 'Ana "The Bull" Mendez'),
])
def test_a_nickname_inside_a_name_is_part_of_it(table: str, name: str) -> None:
    out = record(table)
    assert {q["speaker"]["name"] for q in out["quotes"]} == {name}
    assert all(q["confidence"] >= 0.7 for q in out["quotes"])
    assert [s["name"] for s in out["speakers"]] == [name]
    nickname = name.split()[1:-1]
    assert not any(q["text"].strip("\"“”") in " ".join(nickname) for q in out["quotes"])
