"""A document's issuer named in a participle set off by commas after it ('The study, published by the
Centre for Economic Policy Research, said…'), which a parser hangs on the document's verb as an adverbial
clause rather than on the document: the issuer speaks, not 'The study' (was: 'The study' at 0.9, external
case r14-9). Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

STUDY_PUBLISHED_BY = """
The        the       DET    2   det        O  Definite=Def|PronType=Art
study~     study     NOUN   13  nsubj      O  Number=Sing
,          ,         PUNCT  4   punct      O  _
published  publish   VERB   13  advcl      O  Tense=Past|VerbForm=Part|Voice=Pass
by         by        ADP    7   case       O  _
the        the       DET    7   det        O  Definite=Def|PronType=Art
Centre     Centre    PROPN  4   obl:agent  O  Number=Sing
for        for       ADP    11  case       O  _
Economic   Economic  ADJ    11  amod       O  Degree=Pos
Policy     Policy    PROPN  11  compound   O  Number=Sing
Research~  Research  PROPN  4   obl:agent  O  Number=Sing
,          ,         PUNCT  4   punct      O  _
said       say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
wages      wages     NOUN   16  nsubj      O  Number=Plur
had        have      AUX    16  aux        O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
stalled~   stalled   VERB   13  ccomp      O  Tense=Past|VerbForm=Part|Voice=Pass
.          .         PUNCT  13  punct      O  _
"""

# the same parse, with another document and issuing verb
POLL_RELEASED_BY = STUDY_PUBLISHED_BY.replace("study~     study ", "poll~      poll  ").replace(
    "published  publish ", "released   release ")

# a parse that hangs the participle on the document itself (acl): read as before
SURVEY_RELEASED_BY = """
The        the       DET    2   det        O  Definite=Def|PronType=Art
survey~    survey    NOUN   10  nsubj      O  Number=Sing
,          ,         PUNCT  4   punct      O  _
released   release   VERB   2   acl        O  Tense=Past|VerbForm=Part|Voice=Pass
by         by        ADP    8   case       O  _
the        the       DET    8   det        O  Definite=Def|PronType=Art
Harbour    Harbour   PROPN  8   compound   O  Number=Sing
Trust~     trust     PROPN  4   obl:agent  O  Number=Sing
,          ,         PUNCT  4   punct      O  _
said       say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
most       most      ADJ    12  amod       O  Degree=Sup
residents  resident  NOUN   13  nsubj      O  Number=Plur
backed     back      VERB   10  ccomp      O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    15  det        O  Definite=Def|PronType=Art
wall~      wall      NOUN   13  obj        O  Number=Sing
.          .         PUNCT  10  punct      O  _
"""


def _speakers(table: str) -> list[Any]:
    record = analyze(build_document(table)).to_record()
    return [(q["text"], q["speaker"] and q["speaker"]["name"]) for q in record["quotes"]]


@pytest.mark.parametrize(("table", "expected"), [
    (STUDY_PUBLISHED_BY, [("wages had stalled", "Centre for Economic Policy Research")]),
    (POLL_RELEASED_BY, [("wages had stalled", "Centre for Economic Policy Research")]),
    (SURVEY_RELEASED_BY, [("most residents backed the wall", "Harbour Trust")]),
], ids=["study-published-advcl", "poll-released-advcl", "survey-released-acl"])
def test_the_issuer_in_a_participle_after_the_document_speaks(table: str, expected: Any) -> None:
    assert _speakers(table) == expected
