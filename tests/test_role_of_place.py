"""'the ROLE of PLACE, Name, said:' after an opening clause: the speaker is the named person, not the
place of the role ('Asked about the vote, the mayor of Leeds, Tom Riordan, said: "We need more money."'
gave 'Leeds' at 0.85). Hand-built parse as the bundled model gives it (quotetrace debug-parse --as table)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

MAYOR_OF_LEEDS = """
Asked     ask      VERB   0   root
about     about    ADP    4   case
the       the      DET    4   det
vote~     vote     NOUN   1   obl
,         ,        PUNCT  7   punct
the       the      DET    7   det
mayor     mayor    NOUN   1   obj
of        of       ADP    9   case
Leeds~    Leeds    PROPN  7   nmod
,         ,        PUNCT  11  punct
Tom       Tom      PROPN  9   conj
Riordan~  Riordan  PROPN  11  flat
,         ,        PUNCT  11  punct
said~     say      VERB   1   parataxis
:         :        PUNCT  18  punct
"~        "        PUNCT  18  punct
We        we       PRON   18  nsubj
need      need     VERB   14  ccomp
more      more     ADJ    20  amod
money~    money    NOUN   18  obj
.~        .        PUNCT  1   punct
"         "        PUNCT  18  punct
"""


@pytest.mark.parametrize(("swaps", "speaker"), [
    ({}, "Tom Riordan"),
    ({"Leeds~    Leeds ": "Derby~    Derby ", "Tom       Tom ": "Ann       Ann ",
      "Riordan~  Riordan": "Coleby~   Coleby "}, "Ann Coleby"),
    ({"mayor     mayor": "head      head ", "Leeds~    Leeds ": "Oxfam~    Oxfam "}, "Tom Riordan"),
    ({"said~     say ": "added~    add  ", "vote~     vote ": "cuts~     cut  "}, "Tom Riordan"),
    ({"Asked     ask ": "Pressed   press"}, "Tom Riordan"),
    ({"mayor     mayor": "MP        MP   ", "of        of ": "for       for"}, "Tom Riordan"),
    ({"mayor     mayor": "chief     chief", "of        of ": "at        at "}, "Tom Riordan"),
])
def test_the_name_after_a_role_of_a_place_speaks(swaps: dict[str, str], speaker: str) -> None:
    table = MAYOR_OF_LEEDS
    for old, new in swaps.items():
        assert old in table, old
        table = table.replace(old, new)
    quotes = analyze(build_document(table)).to_record()["quotes"]
    assert [(q["text"], q["speaker"]["text"]) for q in quotes] == [("We need more money.", speaker)]


# 'Mayor of London Sadiq Khan said:': the parse makes the title the subject and hangs the place and the
# surname on it side by side (and the first name on the place); was 'Mayor', anonymous, at 0.85
TITLE_OF_PLACE_NAME = """
Mayor   Mayor   PROPN  6   nsubj
of      of      ADP    3   case
London  London  PROPN  1   nmod
Sadiq   Sadiq   PROPN  3   flat
Khan    Khan    PROPN  1   nmod
said~   say     VERB   0   root
:       :       PUNCT  12  punct
"~      "       PUNCT  12  punct
The     the     DET    10  det
city    city    NOUN   12  nsubj
is      be      AUX    12  cop
open~   open    ADJ    6   ccomp
.~      .       PUNCT  6   punct
"       "       PUNCT  12  punct
"""


@pytest.mark.parametrize(("swaps", "name"), [
    # the whole name since title_compounds read it on the surface (the surname alone before)
    ({}, "Sadiq Khan"),
    ({"London  London": "Leeds   Leeds ", "Sadiq   Sadiq": "Tracy   Tracy", "Khan    Khan": "Lamb    Lamb"},
     "Tracy Lamb"),
    ({"Mayor   Mayor": "Bishop  Bishop", "Khan    Khan": "Moss    Moss"}, "Sadiq Moss"),
    ({"said~   say ": "added~  add "}, "Sadiq Khan"),
])
def test_a_title_of_a_place_before_a_name_gives_the_person(swaps: dict[str, str], name: str) -> None:
    table = TITLE_OF_PLACE_NAME
    for old, new in swaps.items():
        assert old in table, old
        table = table.replace(old, new)
    quotes = analyze(build_document(table)).to_record()["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [("The city is open.", name)]


# a common noun's of-phrase is no title's place: 'Brackwater Inc.' stays one name (was 'Inc.' once)
SHARES_OF_COMPANY = """
Shares     Shares     NOUN   5   nsubj
of         of         ADP    3   case
Brackwater Brackwater PROPN  1   nmod
Inc.       Inc.       PROPN  1   nmod
fell       fall       VERB   0   root
on         on         ADP    7   case
Monday     Monday     PROPN  5   obl
after      after      SCONJ  11  mark
the        the        DET    10  det
company    company    NOUN   11  nsubj
said       say        VERB   5   advcl
in         in         ADP    14  case
a          a          DET    14  det
statement  statement  NOUN   11  obl
that       that       SCONJ  19  mark
its        its        PRON   17  nmod:poss
founder    founder    NOUN   19  nsubj
would      would      AUX    19  aux
retire~    retire     VERB   14  acl:relcl
.          .          PUNCT  5   punct
"""


def test_a_company_name_after_a_common_nouns_of_stays_whole() -> None:
    quotes = analyze(build_document(SHARES_OF_COMPANY)).to_record()["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [("that its founder would retire", "Brackwater Inc.")]
