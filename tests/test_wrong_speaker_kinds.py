"""Wrong speakers at high confidence found by a new-user tester (tester 8): a place or body in the
of/for/from-phrase of a role taken for the speaker where a parser hung the role on the quotation
('The senator from Massachusetts added, "…"' gave Massachusetts at 0.85). Tables: stanza's parses
(bundled model 0.4.0, `quotetrace debug-parse`); MP_FOR_BATH is one edited to hang the role the same way."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

CONGRESSWOMAN_FROM_OHIO = """
The            the            DET    2   det        O  Definite=Def|PronType=Art
congresswoman  congresswoman  NOUN   10  nsubj      O  Number=Sing
from           from           ADP    4   case       O  _
Ohio           Ohio           PROPN  2   nmod       O  Number=Sing
added~         add            VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,              ,              PUNCT  10  punct      O  _
"~             "              PUNCT  10  punct      O  _
He             he             PRON   10  nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
should         should         AUX    10  aux        O  VerbForm=Fin
read           read           VERB   5   ccomp      O  VerbForm=Inf
her            her            PRON   12  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
file~          file           NOUN   10  obj        O  Number=Sing
.~             .              PUNCT  10  punct      O  _
"              "              PUNCT  10  punct      O  _
"""

SPOKESMAN_FOR_THE_MINISTRY = """
A          a          DET    2   det         O  Definite=Ind|PronType=Art
spokesman  spokesman  NOUN   13  nsubj:pass  O  Number=Sing
for        for        ADP    5   case        O  _
the        the        DET    5   det         O  Definite=Def|PronType=Art
ministry   ministry   NOUN   2   nmod        O  Number=Sing
added~     add        VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,          ,          PUNCT  13  punct       O  _
"~         "          PUNCT  13  punct       O  _
No         no         DET    10  det         O  PronType=Neg
decision   decision   NOUN   13  nsubj:pass  O  Number=Sing
has        have       AUX    13  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
been       be         AUX    13  aux:pass    O  Tense=Past|VerbForm=Part
taken~     take       VERB   6   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.~         .          PUNCT  13  punct       O  _
"          "          PUNCT  13  punct       O  _
"""

MP_FOR_BATH = """
The      the     DET    2   det       O  Definite=Def|PronType=Art
MP       MP      PROPN  12  nsubj     O  Number=Sing
for      for     ADP    5   case      O  _
Bath     Bath    PROPN  5   compound  O  Number=Sing
West     West    PROPN  2   nmod      O  Number=Sing
added~   add     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,        ,       PUNCT  12  punct     O  _
"~       "       PUNCT  12  punct     O  _
The      the     DET    10  det       O  Definite=Def|PronType=Art
figures  figure  NOUN   12  nsubj     O  Number=Plur
are      be      AUX    12  cop       O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
wrong~   wrong   ADJ    6   ccomp     O  Degree=Pos
.~       .       PUNCT  12  punct     O  _
"        "       PUNCT  12  punct     O  _
"""


def _read(table: str) -> list[tuple[str, str | None]]:
    result = analyze(build_document(table))
    return [(" ".join(p.text_of(result.text) for p in q.parts),
             q.speaker.span.text_of(result.text) if q.speaker else None) for q in result.quotes]


def test_the_place_after_a_role_with_a_lost_subject_is_not_the_speaker() -> None:
    assert _read(CONGRESSWOMAN_FROM_OHIO) == [("He should read her file.", "The congresswoman")]


def test_the_body_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    assert _read(SPOKESMAN_FOR_THE_MINISTRY) == [("No decision has been taken.", "A spokesman")]


def test_a_constituency_of_two_words_is_not_the_speaker() -> None:
    assert _read(MP_FOR_BATH) == [("The figures are wrong.", "The MP")]
