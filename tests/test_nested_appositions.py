"""A name set off by commas after a noun nested in the subject phrase names that noun (tester 10): in
'Sources close to the Chancellor, Oliver Dowd, said' stanza makes the name the cue's second subject, and
the name won at 0.93; the group speaks. After an organisation the name is the head's own ('a spokesman
for the company, Jo Hart,'). Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

SOURCES_CLOSE_TO = """
Sources      Sources     NOUN   10  nsubj  O  Number=Plur
close        close       ADJ    1   acl    O  Degree=Pos
to           to          ADP    5   case   O  _
the          the         DET    5   det    O  Definite=Def|PronType=Art
Chancellor~  Chancellor  PROPN  2   obl    O  Number=Sing
,            ,           PUNCT  7   punct  O  _
Oliver       Oliver      PROPN  10  nsubj  O  Number=Sing
Dowd~        Dowd        PROPN  7   flat   O  Number=Sing
,            ,           PUNCT  2   punct  O  _
said         say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he           he          PRON   14  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was          be          AUX    14  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~           "           PUNCT  14  punct  O  _
furious~     furious     ADJ    10  ccomp  O  Degree=Pos
"            "           PUNCT  14  punct  O  _
about        about       ADP    18  case   O  _
the          the         DET    18  det    O  Definite=Def|PronType=Art
leak~        leak        NOUN   14  obl    O  Number=Sing
.            .           PUNCT  10  punct  O  _
"""

ALLIES_OF = """
Allies       Allies      NOUN   9   nsubj  O  Number=Plur
of           of          ADP    4   case   O  _
the          the         DET    4   det    O  Definite=Def|PronType=Art
Chancellor~  Chancellor  PROPN  1   nmod   O  Number=Sing
,            ,           PUNCT  6   punct  O  _
Oliver       Oliver      PROPN  9   nsubj  O  Number=Sing
Dowd~        Dowd        PROPN  6   flat   O  Number=Sing
,            ,           PUNCT  1   punct  O  _
said         say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he           he          PRON   12  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was          be          AUX    12  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
furious      furious     ADJ    9   ccomp  O  Degree=Pos
about        about       ADP    15  case   O  _
the          the         DET    15  det    O  Definite=Def|PronType=Art
leak~        leak        NOUN   12  obl    O  Number=Sing
.            .           PUNCT  9   punct  O  _
"""

AIDES_TO = """
Aides      Aides     NOUN   10  nsubj   O  Number=Plur
to         to        ADP    5   case    O  _
the        the       DET    5   det     O  Definite=Def|PronType=Art
Prime      Prime     ADJ    5   amod    O  Degree=Pos
Minister~  Minister  PROPN  1   nmod    O  Number=Sing
,          ,         PUNCT  7   punct   O  _
Keir       Keir      PROPN  10  nsubj   O  Number=Sing
Starmer~   Starmer   PROPN  7   flat    O  Number=Sing
,          ,         PUNCT  1   punct   O  _
said       say       VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he         he        PRON   14  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would      would     AUX    14  aux     O  VerbForm=Fin
not        not       PART   14  advmod  O  Polarity=Neg
resign~    resign    VERB   10  ccomp   O  VerbForm=Inf
.          .         PUNCT  10  punct   O  _
"""

FRIENDS_OF = """
Friends  Friend  NOUN   9   nsubj  O  Number=Plur
of       of      ADP    4   case   O  _
the      the     DET    4   det    O  Definite=Def|PronType=Art
singer~  singer  NOUN   1   nmod   O  Number=Sing
,        ,       PUNCT  6   punct  O  _
Amy      Amy     PROPN  9   nsubj  O  Number=Sing
Lowe~    Lowe    PROPN  6   flat   O  Number=Sing
,        ,       PUNCT  1   punct  O  _
said     say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
she      she     PRON   13  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
had      have    AUX    13  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been     be      AUX    13  cop    O  Tense=Past|VerbForm=Part
unwell   unwell  ADJ    9   ccomp  O  Degree=Pos
for      for     ADP    15  case   O  _
months~  month   NOUN   13  obl    O  Number=Plur
.        .       PUNCT  9   punct  O  _
"""

SPOKESMAN_FOR_MINISTER = """
A          a          DET    2   det    O  Definite=Ind|PronType=Art
spokesman  spokesman  NOUN   10  nsubj  O  Number=Sing
for        for        ADP    5   case   O  _
the        the        DET    5   det    O  Definite=Def|PronType=Art
minister~  minister   NOUN   2   nmod   O  Number=Sing
,          ,          PUNCT  2   punct  O  _
Jo         Jo         PROPN  10  nsubj  O  Number=Sing
Hart~      Hart       PROPN  7   flat   O  Number=Sing
,          ,          PUNCT  2   punct  O  _
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    12  det    O  Definite=Def|PronType=Art
plan       plan       NOUN   14  nsubj  O  Number=Sing
was        be         AUX    14  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
dead~      dead       ADJ    10  ccomp  O  Degree=Pos
.          .          PUNCT  10  punct  O  _
"""

SPOKESMAN_FOR_COMPANY = """
A          a          DET    2   det    O  Definite=Ind|PronType=Art
spokesman  spokesman  NOUN   10  nsubj  O  Number=Sing
for        for        ADP    5   case   O  _
the        the        DET    5   det    O  Definite=Def|PronType=Art
company~   company    NOUN   2   nmod   O  Number=Sing
,          ,          PUNCT  2   punct  O  _
Jo         Jo         PROPN  10  nsubj  O  Number=Sing
Hart~      Hart       PROPN  7   flat   O  Number=Sing
,          ,          PUNCT  2   punct  O  _
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    12  det    O  Definite=Def|PronType=Art
plan       plan       NOUN   14  nsubj  O  Number=Sing
was        be         AUX    14  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
dead~      dead       ADJ    10  ccomp  O  Degree=Pos
.          .          PUNCT  10  punct  O  _
"""


NAME_BEFORE_CUE = """
Acts         Acts        NOUN   7   nsubj  O  Number=Plur
of           of          ADP    3   case   O  _
protest~     protest     NOUN   1   nmod   O  Number=Sing
,            ,           PUNCT  1   punct  O  _
Mr.          Mr.         PROPN  7   nsubj  O  Number=Sing
Obama        Obama       PROPN  5   flat   O  Number=Sing
said~        say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,            ,           PUNCT  10  punct  O  _
are          be          AUX    7   ccomp  O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
acts         act         NOUN   7   ccomp  O  Number=Plur
of           of          ADP    12  case   O  _
patriotism~  patriotism  NOUN   10  nmod   O  Number=Sing
.            .           PUNCT  7   punct  O  _
"""


def _speakers(table: str) -> list[str | None]:
    result = analyze(build_document(table))
    return [q.speaker.span.text_of(result.text) if q.speaker else None for q in result.quotes]


@pytest.mark.parametrize(("table", "group"), [
    (SOURCES_CLOSE_TO, "Sources"), (ALLIES_OF, "Allies"), (AIDES_TO, "Aides"), (FRIENDS_OF, "Friends")])
def test_a_name_after_the_person_a_plural_group_is_close_to_is_not_the_speaker(table: str, group: str) -> None:
    assert _speakers(table) == [group]


def test_a_name_after_a_nested_person_is_that_persons_and_the_spokesman_speaks() -> None:
    assert _speakers(SPOKESMAN_FOR_MINISTER) == ["A spokesman"]


def test_a_name_after_a_nested_organisation_is_the_spokesmans_own() -> None:
    assert _speakers(SPOKESMAN_FOR_COMPANY) == ["Jo Hart"]


def test_a_name_between_a_nested_noun_and_the_cue_is_the_speaker() -> None:
    # PolNeAR dev (nyt_2016-09-25): the name is set off before the cue but not after it
    assert _speakers(NAME_BEFORE_CUE) == ["Mr. Obama"]


@pytest.mark.parametrize(("head", "deprel"), [(10, "nsubj"), (1, "appos"), (5, "appos")])
def test_the_group_speaks_however_the_name_and_its_comma_hang(head: int, deprel: str) -> None:
    # the name's closing comma hung on the name itself, and the name as the cue's subject, the group's
    # apposition or the Chancellor's: the group speaks each time
    lines = SOURCES_CLOSE_TO.splitlines()
    lines[7] = f"Oliver       Oliver      PROPN  {head}   {deprel}  O  Number=Sing"
    lines[9] = ",            ,           PUNCT  7   punct  O  _"
    assert _speakers("\n".join(lines) + "\n") == ["Sources"]
