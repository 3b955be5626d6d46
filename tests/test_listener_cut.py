"""The one told is not what was told: a listener right after a listener cue ('told the BBC the road was
closed', 'told staff the office would close') is cut from the content when a clause of the cue with a
subject of its own follows it, however the parser hung the listener (as the cue's object, or as a
second subject of the clause). Tester 5 (y05) and the fixb engineer found both. Tables: stanza's
parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

TOLD_THE_BBC = """
Sergeant  Sergeant  PROPN  4   nsubj       O  Number=Sing
Ali       Ali       PROPN  1   flat        O  Number=Sing
Khan      Khan      PROPN  2   flat        O  Number=Sing
told      tell      VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    6   det         O  Definite=Def|PronType=Art
BBC       BBC       PROPN  10  nsubj:pass  O  Number=Sing
the       the       DET    8   det         O  Definite=Def|PronType=Art
road      road      NOUN   10  nsubj:pass  O  Number=Sing
was       be        AUX    10  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
closed~   close     VERB   4   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.         .         PUNCT  4   punct       O  _
"""

TOLD_STAFF = """
The      the      DET    2  det    O  Definite=Def|PronType=Art
manager  manager  NOUN   3  nsubj  O  Number=Sing
told     tell     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
staff    staff    NOUN   3  obj    O  Number=Plur
the      the      DET    6  det    O  Definite=Def|PronType=Art
office   office   NOUN   8  nsubj  O  Number=Sing
would    would    AUX    8  aux    O  VerbForm=Fin
close~   close    VERB   3  ccomp  O  VerbForm=Inf
.        .        PUNCT  3  punct  O  _
"""


@pytest.mark.parametrize(("table", "expected"), [
    (TOLD_THE_BBC, "the road was closed"),  # the parse: 'BBC' a second passive subject of 'closed'
    (TOLD_STAFF, "the office would close"),  # the parse: 'staff' the object of 'told'
])
def test_the_listener_is_cut_from_the_clause_it_was_told(table: str, expected: str) -> None:
    result = analyze(build_document(table))
    assert [q.parts[0].text_of(result.text) for q in result.quotes] == [expected]
    assert "boundary:addressee-or-time" in result.quotes[0].trace
