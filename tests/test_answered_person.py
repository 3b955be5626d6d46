"""Whom a speaker answers is no content (tester 10): 'Mr Duffy was responding to the Finance Minister,
Paschal Donohoe-Kerr, who said…' gave Duffy the content 'the Finance Minister, Paschal Donohoe-Kerr' at
0.71 (rule `cue-topic`). The to-object of an answering cue (`answering-cues`: respond, reply, react,
answer, retort) that names a person is the one answered, in the main clause as in an aside; other cues
with 'to' keep their topic ('referred to the minister as a good friend'). Tables: stanza's parses
(bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

RESPONDING_TO = """
Mr          Mr.       PROPN  4   nsubj
Duffy       Duffy     PROPN  1   flat
was         be        AUX    4   aux
responding  respond   VERB   0   root
to          to        ADP    8   case
the         the       DET    8   det
Finance     Finance   PROPN  8   compound
Minister~   Minister  PROPN  4   obl
,           ,         PUNCT  10  punct
Paschal     Paschal   PROPN  8   appos
Donohoe~    Donohoe   PROPN  10  flat
-~          -         PUNCT  13  punct
Kerr~       Kerr      PROPN  10  flat
,           ,         PUNCT  16  punct
who         who       PRON   16  nsubj
said        say       VERB   8   acl:relcl
the         the       DET    18  det
budget      budget    NOUN   20  nsubj:pass
was         be        AUX    20  aux:pass
balanced~   balance   VERB   16  ccomp
.           .         PUNCT  4   punct
"""

REFERRED_TO = """
Mr         Mr.       PROPN  3   nsubj
Duffy      Duffy     PROPN  1   flat
referred   refer     VERB   0   root
to         to        ADP    7   case
the        the       DET    7   det
Finance    Finance   PROPN  7   compound
Minister~  Minister  PROPN  3   obl
,          ,         PUNCT  9   punct
Paschal    Paschal   PROPN  7   conj
Donohoe~   Donohoe   PROPN  9   flat
-~         -         PUNCT  12  punct
Kerr~      Kerr      PROPN  9   flat
,          ,         PUNCT  17  punct
as         as        ADP    17  case
a          a         DET    17  det
good       good      ADJ    17  amod
friend~    friend    NOUN   7   nmod
.          .         PUNCT  3   punct
"""


def _quotes(table: str) -> list[tuple[str, str | None]]:
    record: dict[str, Any] = analyze(build_document(table)).to_record()
    names = {e["id"]: e["name"] for e in record["speakers"]}
    return [(q["text"], names.get(q["speaker"]["entity"]) if q["speaker"] else None) for q in record["quotes"]]


@pytest.mark.parametrize("swaps", [
    {},
    {"responding  respond ": "replying    reply   "},
    {"responding  respond ": "reacting    react   "},
    # a role noun with the name in apposition
    {"Finance     Finance   PROPN  8   compound": "finance     finance   NOUN   8   compound",
     "Minister~   Minister  PROPN": "minister~   minister  NOUN "},
])
def test_the_one_answered_is_no_content(swaps: dict[str, str]) -> None:
    table = RESPONDING_TO
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    assert _quotes(table) == [("the budget was balanced", "Paschal Donohoe-Kerr")]


def test_a_cue_that_does_not_answer_keeps_its_topic() -> None:
    assert _quotes(REFERRED_TO) == [("the Finance Minister, Paschal Donohoe-Kerr, as a good friend", "Duffy")]


# the same with a double-barrelled name stanza splits at its hyphen, 'Ross' a conjunct of 'Minister': the
# relative 'who' was given a group named 'Justice Minister, McEntee-Ross, who the law would change' at 0.9
HYPHEN_CONJUNCT = """
Ms          Ms        PROPN  4   nsubj
Byrne       Byrne     PROPN  1   flat
was         be        AUX    4   aux
responding  respond   VERB   0   root
to          to        ADP    8   case
the         the       DET    8   det
Justice     Justice   PROPN  8   compound
Minister~   Minister  PROPN  4   obl
,           ,         PUNCT  10  punct
Helen       Helen     PROPN  8   appos
McEntee~    McEntee   PROPN  10  flat
-~          -         PUNCT  11  punct
Ross~       Ross      PROPN  8   conj
,           ,         PUNCT  16  punct
who         who       PRON   16  nsubj
said        say       VERB   8   acl:relcl
the         the       DET    18  det
law         law       NOUN   20  nsubj
would       would     AUX    20  aux
change~     change    VERB   16  ccomp
.           .         PUNCT  4   punct
"""


@pytest.mark.parametrize("swaps", [
    {},
    {"McEntee~    McEntee ": "Byrne~      Byrne   ", "Ross~       Ross ": "Kerr~       Kerr "},
])
def test_a_name_split_at_its_hyphen_is_one_person(swaps: dict[str, str]) -> None:
    table = HYPHEN_CONJUNCT
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    surname = "Byrne-Kerr" if swaps else "McEntee-Ross"
    assert _quotes(table) == [("the law would change", f"Helen {surname}")]
