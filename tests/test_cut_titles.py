"""An abbreviated title and its full stop before a name is a title, even where the sentence splitter
cut after it ("said fire Capt. | Jose Rivera.", "Gov. | Ellen Park said …"): the speaker is the
person, not "Capt", and "Park" after a governor's title is no place. Parses as stanza gave them
(issue 14, A7), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# "It's moving fast," said fire Capt. Jose Rivera.
CAPT = """
"~      "     PUNCT  4  punct   O  _
It~     it    PRON   4  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
's      be    AUX    4  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
moving  move  VERB   8  ccomp   O  Tense=Pres|VerbForm=Part
fast~   fast  ADV    4  advmod  O  Degree=Pos
,~      ,     PUNCT  4  punct   O  _
"       "     PUNCT  4  punct   O  _
said    say   VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fire    fire  NOUN   8  nsubj   O  Number=Sing
Capt~   Capt  PROPN  9  flat    O  Number=Sing
.       .     PUNCT  8  punct   O  _

Jose     Jose    PROPN  0  root   O  Number=Sing
Rivera~  Rivera  PROPN  1  flat   O  Number=Sing
.        .       PUNCT  1  punct  O  _
"""

# Gov. Ellen Park said the budget was balanced.
GOV = """
Gov.  Gov.  PROPN  0  root  O  Number=Sing

Ellen      Ellen    PROPN  3  nsubj       O  Number=Sing
Park       Park     PROPN  1  flat        O  Number=Sing
said       say      VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the      DET    5  det         O  Definite=Def|PronType=Art
budget     budget   NOUN   7  nsubj:pass  O  Number=Sing
was        be       AUX    7  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
balanced~  balance  VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.          .        PUNCT  3  punct       O  _
"""


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record(trace=True)


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize("table", [
    CAPT,
    swap(CAPT, {"Capt~": "Sgt~", "Capt": "Sgt"}),
    swap(CAPT, {"Capt~": "Lt~", "Capt": "Lt"}),
])
def test_a_title_cut_off_by_the_splitter_goes_with_the_name(table: str) -> None:
    (quote,) = record(table)["quotes"]
    assert quote["speaker"]["name"] == "Jose Rivera"
    assert quote["speaker"]["text"].endswith("Jose Rivera")


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Rep."])
def test_a_titled_name_is_a_person_not_a_place(title: str) -> None:
    rec = record(swap(GOV, {"Gov.": title}))
    (quote,) = rec["quotes"]
    assert quote["speaker"]["name"] == "Ellen Park"
    (entity,) = [e for e in rec["speakers"] if e["id"] == quote["speaker"]["entity"]]
    assert entity["type"] == "person"


def test_a_word_that_is_no_title_stays_apart() -> None:
    # "… said fire Corp. Jose Rivera.": "Corp." is no title, so nothing is joined across the break.
    (quote,) = record(swap(CAPT, {"Capt~": "Corp~", "Capt": "Corp"}))["quotes"]
    assert quote["speaker"]["name"] != "Jose Rivera"
