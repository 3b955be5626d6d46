"""Two people who share a surname are two entities when their titles show different genders ("Ms
Evans" and "Mr Evans") or their first names differ ("Mr Tom Evans and Mrs Sue Evans"); a titled short
name links to the full name whose gender fits; a bare surname that both could bear is doubtful
(`NAME_AMBIGUOUS`) and stays below 0.7. Parses as stanza gave them (issue 14, A6), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Ms Evans, the head teacher, said pupils would return on Monday, while Mr Evans, the caretaker, said
# the heating was still broken.
TITLES = """
Ms          Ms         PROPN  8   nsubj       O  Number=Sing
Evans~      Evans      PROPN  1   flat        O  Number=Sing
,           ,          PUNCT  6   punct       O  _
the         the        DET    6   det         O  Definite=Def|PronType=Art
head        head       NOUN   6   compound    O  Number=Sing
teacher~    teacher    NOUN   1   appos       O  Number=Sing
,           ,          PUNCT  1   punct       O  _
said        say        VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
pupils      pupil      NOUN   11  nsubj       O  Number=Plur
would       would      AUX    11  aux         O  VerbForm=Fin
return      return     VERB   8   ccomp       O  VerbForm=Inf
on          on         ADP    13  case        O  _
Monday~     Monday     PROPN  11  obl         O  Number=Sing
,           ,          PUNCT  27  punct       O  _
while       while      SCONJ  16  mark        O  _
Mr          Mr.        PROPN  11  advcl       O  Number=Sing
Evans~      Evans      PROPN  16  flat        O  Number=Sing
,           ,          PUNCT  20  punct       O  _
the         the        DET    20  det         O  Definite=Def|PronType=Art
caretaker~  caretaker  NOUN   16  appos       O  Number=Sing
,           ,          PUNCT  1   punct       O  _
said        say        VERB   8   ccomp       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the        DET    24  det         O  Definite=Def|PronType=Art
heating     heating    NOUN   27  nsubj:pass  O  Number=Sing
was         be         AUX    27  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
still       still      ADV    27  advmod      O  _
broken~     break      VERB   22  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.           .          PUNCT  8   punct       O  _
"""

# Mr Tom Evans and Mrs Sue Evans run the shop. ⏎⏎ Mr Evans said sales were down. Mrs Evans said the
# rent had doubled.
FIRST_NAMES = """
Mr     Mr.    PROPN  8   nsubj  O  Number=Sing
Tom    Tom    PROPN  8   nsubj  O  Number=Sing
Evans  Evans  PROPN  1   flat   O  Number=Sing
and    and    CCONJ  5   cc     O  _
Mrs    Mrs    PROPN  2   conj   O  Number=Sing
Sue    Sue    PROPN  5   flat   O  Number=Sing
Evans  Evans  PROPN  1   flat   O  Number=Sing
run    run    VERB   0   root   O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
the    the    DET    10  det    O  Definite=Def|PronType=Art
shop~  shop   NOUN   8   obj    O  Number=Sing
.      .      PUNCT  8   punct  O  _

#par
Mr     Mr.    PROPN  3  nsubj  O  Number=Sing
Evans  Evans  PROPN  1  flat   O  Number=Sing
said   say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sales  sale   NOUN   6  nsubj  O  Number=Plur
were   be     AUX    6  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
down~  down   ADV    3  ccomp  O  _
.      .      PUNCT  3  punct  O  _

Mrs       Mrs     PROPN  3  nsubj  O  Number=Sing
Evans     Evans   PROPN  1  flat   O  Number=Sing
said      say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the     DET    5  det    O  Definite=Def|PronType=Art
rent      rent    NOUN   7  nsubj  O  Number=Sing
had       have    AUX    7  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
doubled~  double  VERB   3  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.         .       PUNCT  3  punct  O  _
"""

# Mr Tom Evans and Mrs Sue Evans run the shop. ⏎⏎ Mr Evans said sales were down. Evans said the rent
# had doubled.
BARE = """
Mr     Mr.    PROPN  8   nsubj  O  Number=Sing
Tom    Tom    PROPN  8   nsubj  O  Number=Sing
Evans  Evans  PROPN  1   flat   O  Number=Sing
and    and    CCONJ  5   cc     O  _
Mrs    Mrs    PROPN  2   conj   O  Number=Sing
Sue    Sue    PROPN  5   flat   O  Number=Sing
Evans  Evans  PROPN  1   flat   O  Number=Sing
run    run    VERB   0   root   O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
the    the    DET    10  det    O  Definite=Def|PronType=Art
shop~  shop   NOUN   8   obj    O  Number=Sing
.      .      PUNCT  8   punct  O  _

#par
Mr     Mr.    PROPN  3  nsubj  O  Number=Sing
Evans  Evans  PROPN  1  flat   O  Number=Sing
said   say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sales  sale   NOUN   6  nsubj  O  Number=Plur
were   be     AUX    6  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
down~  down   ADV    3  ccomp  O  _
.      .      PUNCT  3  punct  O  _

Evans     Evans   PROPN  2  nsubj  O  Number=Sing
said      say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the     DET    4  det    O  Definite=Def|PronType=Art
rent      rent    NOUN   6  nsubj  O  Number=Sing
had       have    AUX    6  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
doubled~  double  VERB   2  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.         .       PUNCT  2  punct  O  _
"""


def quotes(table: str) -> list[dict[str, Any]]:
    return analyze(build_document(table)).to_record(trace=True)["quotes"]


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize("table", [
    TITLES,
    swap(TITLES, {"Ms": "Mrs"}),
    # the other order: the man first
    swap(TITLES, {"Ms": "Mr", "Mr": "Ms", "Mr.": "Ms"}),
])
def test_titles_of_different_gender_are_two_people(table: str) -> None:
    first, second = quotes(table)
    assert first["speaker"]["entity"] != second["speaker"]["entity"]
    assert first["confidence"] >= 0.7
    assert second["confidence"] >= 0.7


@pytest.mark.parametrize("table", [FIRST_NAMES, swap(FIRST_NAMES, {"Sue": "Ann"})])
def test_a_titled_surname_goes_to_the_full_name_of_its_gender(table: str) -> None:
    first, second = quotes(table)
    assert first["speaker"]["name"] == "Tom Evans"
    assert second["speaker"]["name"].endswith("Evans") and second["speaker"]["name"] != "Tom Evans"
    assert first["speaker"]["entity"] != second["speaker"]["entity"]
    assert min(first["confidence"], second["confidence"]) >= 0.7


def test_a_bare_surname_two_people_share_is_doubtful() -> None:
    first, second = quotes(BARE)
    assert first["speaker"]["name"] == "Tom Evans"
    assert second["speaker"]["text"] == "Evans"
    assert second["confidence"] < 0.7
    assert "ambiguous-name" in second["trace"][-1]


def test_the_same_title_twice_is_one_person() -> None:
    first, second = quotes(swap(TITLES, {"Mr": "Ms", "Mr.": "Ms"}))
    assert first["speaker"]["entity"] == second["speaker"]["entity"]
