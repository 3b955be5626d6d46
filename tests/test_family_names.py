"""A title's gender never links to a full name of the other gender ("Mr Evans" is not "Mrs Sue
Evans"), and a bare first name in apposition to a kin noun of a named person has that person's
surname: "Mary Evans and her husband, Tom" names Tom Evans, whom a later "Mr Evans" is. Parses as
stanza gave them (issue 14, tester 3), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Mary Evans and her husband, Tom, lost their home. ⏎⏎ Mr Evans said the fire brigade had arrived quickly.
HUSBAND = """
Mary      Mary     PROPN  9   nsubj      O  Number=Sing
Evans     Evans    PROPN  1   flat       O  Number=Sing
and       and      CCONJ  5   cc         O  _
her       her      PRON   5   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
husband~  husband  NOUN   1   conj       O  Number=Sing
,         ,        PUNCT  7   punct      O  _
Tom~      Tom      PROPN  1   conj       O  Number=Sing
,         ,        PUNCT  1   punct      O  _
lost      lose     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
their     their    PRON   11  nmod:poss  O  Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs
home~     home     NOUN   9   obj        O  Number=Sing
.         .        PUNCT  9   punct      O  _

#par
Mr        Mr.      PROPN  3  nsubj     O  Number=Sing
Evans     Evans    PROPN  1  flat      O  Number=Sing
said      say      VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    6  det       O  Definite=Def|PronType=Art
fire      fire     NOUN   6  compound  O  Number=Sing
brigade   brigade  NOUN   8  nsubj     O  Number=Sing
had       have     AUX    8  aux       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
arrived   arrive   VERB   3  ccomp     O  Tense=Past|VerbForm=Part
quickly~  quickly  ADV    8  advmod    O  _
.         .        PUNCT  3  punct     O  _
"""

# Former president Barack Obama and his wife, Michelle, spoke at the event. ⏎⏎ Mrs Obama said the
# election mattered.
WIFE = """
Former     former     ADJ    2   amod       O  Degree=Pos
president  president  NOUN   3   nmod:desc  O  Number=Sing
Barack     Barack     PROPN  11  nsubj      O  Number=Sing
Obama      Obama      PROPN  3   flat       O  Number=Sing
and        and        CCONJ  7   cc         O  _
his        his        PRON   7   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
wife~      wife       NOUN   4   conj       O  Number=Sing
,          ,          PUNCT  9   punct      O  _
Michelle~  Michelle   PROPN  3   conj       O  Number=Sing
,          ,          PUNCT  3   punct      O  _
spoke      speak      VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
at         at         ADP    14  case       O  _
the        the        DET    14  det        O  Definite=Def|PronType=Art
event~     event      NOUN   11  obl        O  Number=Sing
.          .          PUNCT  11  punct      O  _

#par
Mrs        Mrs       PROPN  3  nsubj  O  Number=Sing
Obama      Obama     PROPN  1  flat   O  Number=Sing
said       say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    5  det    O  Definite=Def|PronType=Art
election   election  NOUN   6  nsubj  O  Number=Sing
mattered~  matter    VERB   3  ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .         PUNCT  3  punct  O  _
"""

# Peter Hill and his wife, Jane, sold the house. ⏎⏎ Mrs Hill said they had no choice.
HILL = """
Peter   Peter  PROPN  9   nsubj      O  Number=Sing
Hill    Hill   PROPN  1   flat       O  Number=Sing
and     and    CCONJ  5   cc         O  _
his     his    PRON   5   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
wife~   wife   NOUN   2   conj       O  Number=Sing
,       ,      PUNCT  7   punct      O  _
Jane~   Jane   PROPN  1   conj       O  Number=Sing
,       ,      PUNCT  1   punct      O  _
sold    sell   VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    11  det        O  Definite=Def|PronType=Art
house~  house  NOUN   9   obj        O  Number=Sing
.       .      PUNCT  9   punct      O  _

#par
Mrs      Mrs     PROPN  3  nsubj  O  Number=Sing
Hill     Hill    PROPN  1  flat   O  Number=Sing
said     say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
they     they    PRON   5  nsubj  O  Case=Nom|Number=Plur|Person=3|PronType=Prs
had      have    VERB   3  ccomp  O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
no       no      DET    7  det    O  PronType=Neg
choice~  choice  NOUN   5  obj    O  Number=Sing
.        .       PUNCT  3  punct  O  _
"""

# Tom, her husband, and Mary Evans lost their home. ⏎⏎ Mr Evans said the brigade came quickly.
NAME_FIRST = """
Tom~      Tom      PROPN  9   nsubj      O  Number=Sing
,         ,        PUNCT  1   punct      O  _
her       her      PRON   4   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
husband~  husband  NOUN   9   nsubj      O  Number=Sing
,         ,        PUNCT  4   punct      O  _
and       and      CCONJ  7   cc         O  _
Mary      Mary     PROPN  1   conj       O  Number=Sing
Evans     Evans    PROPN  7   flat       O  Number=Sing
lost      lose     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
their     their    PRON   11  nmod:poss  O  Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs
home~     home     NOUN   9   obj        O  Number=Sing
.         .        PUNCT  9   punct      O  _

#par
Mr        Mr.      PROPN  3  nsubj   O  Number=Sing
Evans     Evans    PROPN  1  flat    O  Number=Sing
said      say      VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    5  det     O  Definite=Def|PronType=Art
brigade   brigade  NOUN   6  nsubj   O  Number=Sing
came      come     VERB   3  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quickly~  quickly  ADV    6  advmod  O  _
.         .        PUNCT  3  punct   O  _
"""

# Sue Evans and her son, Liam, run the farm. ⏎⏎ Mr Evans said the harvest was poor.
SON = """
Sue    Sue    PROPN  9   nsubj      O  Number=Sing
Evans  Evans  PROPN  1   flat       O  Number=Sing
and    and    CCONJ  5   cc         O  _
her    her    PRON   5   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
son~   son    NOUN   1   conj       O  Number=Sing
,      ,      PUNCT  7   punct      O  _
Liam~  Liam   PROPN  1   conj       O  Number=Sing
,      ,      PUNCT  1   punct      O  _
run    run    VERB   0   root       O  Mood=Ind|VerbForm=Fin
the    the    DET    11  det        O  Definite=Def|PronType=Art
farm~  farm   NOUN   9   obj        O  Number=Sing
.      .      PUNCT  9   punct      O  _

#par
Mr       Mr.      PROPN  3  nsubj  O  Number=Sing
Evans    Evans    PROPN  1  flat   O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
harvest  harvest  NOUN   7  nsubj  O  Number=Sing
was      be       AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
poor~    poor     ADJ    3  ccomp  O  Degree=Pos
.        .        PUNCT  3  punct  O  _
"""

# Mrs Sue Evans runs the farm. ⏎⏎ Mr Evans said the harvest was poor.
TITLED = """
Mrs    Mrs    PROPN  4  nsubj  O  Number=Sing
Sue    Sue    PROPN  1  flat   O  Number=Sing
Evans  Evans  PROPN  1  flat   O  Number=Sing
runs   run    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
the    the    DET    6  det    O  Definite=Def|PronType=Art
farm~  farm   NOUN   4  obj    O  Number=Sing
.      .      PUNCT  4  punct  O  _

#par
Mr       Mr.      PROPN  3  nsubj  O  Number=Sing
Evans    Evans    PROPN  1  flat   O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
harvest  harvest  NOUN   7  nsubj  O  Number=Sing
was      be       AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
poor~    poor     ADJ    3  ccomp  O  Degree=Pos
.        .        PUNCT  3  punct  O  _
"""

# Jane Evans runs the farm. ⏎⏎ Mr Evans said the harvest was poor.
UNTITLED = """
Jane   Jane   PROPN  3  nsubj  O  Number=Sing
Evans  Evans  PROPN  1  flat   O  Number=Sing
runs   run    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
the    the    DET    5  det    O  Definite=Def|PronType=Art
farm~  farm   NOUN   3  obj    O  Number=Sing
.      .      PUNCT  3  punct  O  _

#par
Mr       Mr.      PROPN  3  nsubj  O  Number=Sing
Evans    Evans    PROPN  1  flat   O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
harvest  harvest  NOUN   7  nsubj  O  Number=Sing
was      be       AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
poor~    poor     ADJ    3  ccomp  O  Degree=Pos
.        .        PUNCT  3  punct  O  _
"""


def quotes(table: str) -> list[dict[str, Any]]:
    return analyze(build_document(table)).to_record(trace=True)["quotes"]


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "speaker"), [
    (HUSBAND, "Tom Evans"),
    (WIFE, "Michelle Obama"),
    (HILL, "Jane Hill"),
    (NAME_FIRST, "Tom Evans"),
    (SON, "Liam Evans"),
    # other names and kin
    (swap(HUSBAND, {"Mary": "Ann", "Tom~": "Rob~", "Tom": "Rob", "Evans": "Okafor"}), "Rob Okafor"),
    (swap(SON, {"son~": "brother~", "son": "brother", "Liam~": "Omar~", "Liam": "Omar"}), "Omar Evans"),
    (swap(HILL, {"wife~": "daughter~", "wife": "daughter"}), "Jane Hill"),
])
def test_a_titled_surname_goes_to_the_kin_of_its_gender(table: str, speaker: str) -> None:
    (quote,) = quotes(table)
    assert quote["speaker"]["name"] == speaker
    assert quote["confidence"] >= 0.7


def test_the_kin_keeps_its_own_surname_link_and_the_other_title_the_first_person() -> None:
    # Mary Evans and her husband, Tom, … ⏎⏎ Mr Evans said … ⏎⏎ Mrs Evans said …
    table = HUSBAND + "\n#par\n" + swap(HUSBAND.split("#par")[1], {"Mr": "Mrs", "Mr.": "Mrs"})
    first, second = quotes(table)
    assert first["speaker"]["name"] == "Tom Evans"
    assert second["speaker"]["name"] == "Mary Evans"


def test_a_kin_noun_without_a_full_name_changes_nothing() -> None:
    # Her husband, Tom, lost his home. ⏎⏎ Mr Evans said … : no surname to give Tom
    lines = HUSBAND.strip().splitlines()
    assert lines[0].startswith("Mary") and lines[1].startswith("Evans")
    table = "\n".join(["Mary  Mary  PROPN  9  nsubj  O  Number=Sing", "Evans  Evans  ADV  1  advmod  O  _", *lines[2:]])
    (quote,) = quotes(table)
    assert quote["speaker"]["name"] != "Tom Evans"


@pytest.mark.parametrize("table", [
    TITLED,
    swap(TITLED, {"Mrs": "Ms"}),
    swap(TITLED, {"Mrs": "Mr", "Mr": "Ms", "Mr.": "Ms", "Sue": "Tom"}),
])
def test_a_title_never_links_to_a_full_name_of_the_other_title(table: str) -> None:
    (quote,) = quotes(table)
    assert quote["speaker"]["name"] == "Evans"


@pytest.mark.usefixtures("first_name_dictionary")
@pytest.mark.parametrize(("table", "speaker"), [
    (UNTITLED, "Evans"),
    (swap(UNTITLED, {"Jane": "Tom"}), "Tom Evans"),
    (swap(UNTITLED, {"Jane": "Linda", "Mr": "Mrs", "Mr.": "Mrs"}), "Linda Evans"),
    (swap(UNTITLED, {"Jane": "Peter", "Mr": "Ms", "Mr.": "Ms"}), "Evans"),
])
def test_a_title_never_links_to_a_first_name_of_the_other_gender(table: str, speaker: str) -> None:
    (quote,) = quotes(table)
    assert quote["speaker"]["name"] == speaker
