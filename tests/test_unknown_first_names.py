"""A couple named "A and B Surname" with first names the dictionary of the `names` extra does not know
("Sipho and Nomsa Khumalo") are two people, so that a later "Mr Khumalo" is not simply Nomsa (tester 10:
0.96); which of them a title means is then unknown, below 0.7. The dictionary's silence about the bare
word counts only beside a partner's first name it knows ("Trump and Bernie Sanders": Trump is no first
name). A titled surname whose one full name only the dictionary's gender contradicts is doubtful
("Raila Odinga and his wife, Ida Odinga … Mr Odinga": the dictionary calls Raila female).
Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

CONFIDENT = 0.7

# Sipho and Nomsa Khumalo lost their home in the floods. ⏎ ⏎ Mr Khumalo said the insurer had not paid out.
MR_KHUMALO = """
Sipho    Sipho    PROPN  5   nsubj      O  Number=Sing
and      and      CCONJ  3   cc         O  _
Nomsa    Nomsa    PROPN  1   conj       O  Number=Sing
Khumalo  Khumalo  PROPN  1   conj       O  Number=Sing
lost     lose     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
their    their    PRON   7   nmod:poss  O  Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs
home     home     NOUN   5   obj        O  Number=Sing
in       in       ADP    10  case       O  _
the      the      DET    10  det        O  Definite=Def|PronType=Art
floods~  flood    NOUN   5   obl        O  Number=Plur
.        .        PUNCT  5   punct      O  _

#par
Mr       Mr.      PROPN  3  nsubj         O  Number=Sing
Khumalo  Khumalo  PROPN  1  flat          O  Number=Sing
said     say      VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det           O  Definite=Def|PronType=Art
insurer  insurer  NOUN   8  nsubj         O  Number=Sing
had      have     AUX    8  aux           O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not      not      PART   8  advmod        O  Polarity=Neg
paid     pay      VERB   3  ccomp         O  Tense=Past|VerbForm=Part
out~     out      ADP    8  compound:prt  O  _
.        .        PUNCT  3  punct         O  _
"""

# Nomsa and Sipho Khumalo lost their home in the floods. ⏎ ⏎ Mrs Khumalo said the insurer had not paid out.
MRS_KHUMALO_REVERSED = """
Nomsa    Nomsa    PROPN  5   nsubj      O  Number=Sing
and      and      CCONJ  3   cc         O  _
Sipho    Sipho    PROPN  1   conj       O  Number=Sing
Khumalo  Khumalo  PROPN  1   conj       O  Number=Sing
lost     lose     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
their    their    PRON   7   nmod:poss  O  Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs
home     home     NOUN   5   obj        O  Number=Sing
in       in       ADP    10  case       O  _
the      the      DET    10  det        O  Definite=Def|PronType=Art
floods~  flood    NOUN   5   obl        O  Number=Plur
.        .        PUNCT  5   punct      O  _

#par
Mrs      Mrs      PROPN  3  nsubj         O  Number=Sing
Khumalo  Khumalo  PROPN  1  flat          O  Number=Sing
said     say      VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det           O  Definite=Def|PronType=Art
insurer  insurer  NOUN   8  nsubj         O  Number=Sing
had      have     AUX    8  aux           O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not      not      PART   8  advmod        O  Polarity=Neg
paid     pay      VERB   3  ccomp         O  Tense=Past|VerbForm=Part
out~     out      ADP    8  compound:prt  O  _
.        .        PUNCT  3  punct         O  _
"""

# Thabo and Nomsa Dube run a spaza shop in Soweto. ⏎ ⏎ Dr Dube said business had fallen by half.
DR_DUBE = """
Thabo    Thabo   PROPN  5   nsubj     O  Number=Sing
and      and     CCONJ  3   cc        O  _
Nomsa    Nomsa   PROPN  1   conj      O  Number=Sing
Dube     Dube    PROPN  1   conj      O  Number=Sing
run      run     VERB   0   root      O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
a        a       DET    8   det       O  Definite=Ind|PronType=Art
spaza    spaza   NOUN   8   compound  O  Number=Sing
shop     shop    NOUN   5   obj       O  Number=Sing
in       in      ADP    10  case      O  _
Soweto~  Soweto  PROPN  5   obl       O  Number=Sing
.        .       PUNCT  5   punct     O  _

#par
Dr        Dr        PROPN  3  nsubj  O  Number=Sing
Dube      Dube      PROPN  1  flat   O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
business  business  NOUN   6  nsubj  O  Number=Sing
had       have      AUX    6  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fallen    fall      VERB   3  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
by        by        ADP    8  case   O  _
half~     half      NOUN   6  obl    O  NumForm=Word|NumType=Card
.         .         PUNCT  3  punct  O  _
"""

# Trump and Bernie Sanders met in Ohio. ⏎ ⏎ Mr Sanders said the talks were good.
TRUMP_AND_SANDERS = """
Trump    Trump    PROPN  5  nsubj  O  Number=Sing
and      and      CCONJ  3  cc     O  _
Bernie   Bernie   PROPN  1  conj   O  Number=Sing
Sanders  Sanders  PROPN  1  conj   O  Number=Sing
met      meet     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in       in       ADP    7  case   O  _
Ohio~    Ohio     PROPN  5  obl    O  Number=Sing
.        .        PUNCT  5  punct  O  _

#par
Mr       Mr.      PROPN  3  nsubj  O  Number=Sing
Sanders  Sanders  PROPN  1  flat   O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
talks    talk     NOUN   7  nsubj  O  Number=Plur
were     be       AUX    7  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
good~    good     ADJ    3  ccomp  O  Degree=Pos
.        .        PUNCT  3  punct  O  _
"""

# Raila Odinga and his wife, Ida Odinga, visited … ⏎ ⏎ Mrs Odinga said … "…," she said. ⏎ ⏎ Mr Odinga said …
RAILA_AND_IDA = """
Raila    Raila   PROPN  10  nsubj      O  Number=Sing
Odinga   Odinga  PROPN  1   flat       O  Number=Sing
and      and     CCONJ  5   cc         O  _
his      his     PRON   5   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
wife~    wife    NOUN   1   conj       O  Number=Sing
,        ,       PUNCT  7   punct      O  _
Ida      Ida     PROPN  1   conj       O  Number=Sing
Odinga~  Odinga  PROPN  7   flat       O  Number=Sing
,        ,       PUNCT  1   punct      O  _
visited  visit   VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    13  det        O  Definite=Def|PronType=Art
flood    flood   NOUN   13  compound   O  Number=Sing
victims  victim  NOUN   10  obj        O  Number=Plur
in       in      ADP    15  case       O  _
Kisumu~  Kisumu  PROPN  10  obl        O  Number=Sing
.        .       PUNCT  10  punct      O  _

#par
Mrs         Mrs         PROPN  3  nsubj  O  Number=Sing
Odinga      Odinga      PROPN  1  flat   O  Number=Sing
said        say         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    5  det    O  Definite=Def|PronType=Art
government  government  NOUN   7  nsubj  O  Number=Sing
must        must        AUX    7  aux    O  VerbForm=Fin
act         act         VERB   3  ccomp  O  VerbForm=Inf
faster~     fast        ADJ    7  xcomp  O  Degree=Cmp
.           .           PUNCT  3  punct  O  _

"~        "        PUNCT  4  punct  O  _
These     this     DET    3  det    O  Number=Plur|PronType=Dem
families  family   NOUN   4  nsubj  O  Number=Plur
have      have     VERB   9  ccomp  O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
nothing~  nothing  PRON   4  obj    O  Number=Sing|PronType=Ind
,~        ,        PUNCT  4  punct  O  _
"         "        PUNCT  4  punct  O  _
she       she      PRON   9  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  9  punct  O  _

#par
Mr           Mr.         PROPN  3   nsubj  O  Number=Sing
Odinga       Odinga      PROPN  1   flat   O  Number=Sing
said         say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he           he          PRON   6   nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would        would       AUX    6   aux    O  VerbForm=Fin
raise        raise       VERB   3   ccomp  O  VerbForm=Inf
the          the         DET    8   det    O  Definite=Def|PronType=Art
matter       matter      NOUN   6   obj    O  Number=Sing
in           in          ADP    10  case   O  _
Parliament~  Parliament  PROPN  6   obl    O  Number=Sing
.            .           PUNCT  3   punct  O  _
"""


def _quote(table: str) -> dict[str, Any]:
    record = analyze(build_document(table)).to_record(trace=True)
    assert len(record["quotes"]) == 1, [q["text"] for q in record["quotes"]]
    return dict(record["quotes"][0])


@pytest.mark.usefixtures("first_name_dictionary")
@pytest.mark.parametrize(("table", "partner"), [
    (MR_KHUMALO, "Nomsa Khumalo"), (MRS_KHUMALO_REVERSED, "Sipho Khumalo"), (DR_DUBE, "Nomsa Dube")])
def test_a_titled_surname_after_a_couple_of_unknown_first_names_is_ambiguous(table: str, partner: str) -> None:
    q = _quote(table)
    assert q["speaker"]["name"] != partner
    assert q["confidence"] < CONFIDENT
    assert q["trace"][-1] == "speaker:name(ambiguous-name×0.7)"


@pytest.mark.usefixtures("first_name_dictionary")
def test_a_surname_before_a_known_first_name_is_no_partner() -> None:
    q = _quote(TRUMP_AND_SANDERS)
    assert q["speaker"]["name"] == "Bernie Sanders"
    assert q["confidence"] >= CONFIDENT


@pytest.mark.usefixtures("first_name_dictionary")
def test_a_title_apart_from_the_one_name_only_the_dictionary_contradicts_is_doubtful() -> None:
    # the dictionary calls Raila female and the text makes Ida the wife: 'Mr Odinga' was a person of
    # his own, unnamed, at 0.9
    record = analyze(build_document(RAILA_AND_IDA)).to_record(trace=True)
    quote = next(q for q in record["quotes"] if q["text"].startswith("he would raise"))
    assert quote["confidence"] < CONFIDENT
    assert quote["trace"][-1] == "speaker:name(ambiguous-name×0.7)"
