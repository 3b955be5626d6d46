"""A subject with a relative clause between it and its cue still reports (rule surface-that, where the
parse lost the reported clause), and the speaker is the subject's head, not the last noun before the
cue; on hand-built parses copied from stanza's misparses (`quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> list[dict[str, Any]]:
    return list(analyze(build_document(table)).to_record(trace=True)["quotes"])


# samples/port_strike_talks.txt: 'offer' a second subject of 'said', 'remained' hung on 'raise'
SPOKESWOMAN_WHO_DECLINED = """
A            a            DET    2   det
spokeswoman  spokeswoman  NOUN   13  nsubj
for          for          ADP    5   case
the          the          DET    5   det
company~     company      NOUN   2   nmod
,            ,            PUNCT  8   punct
who          who          PRON   8   nsubj
declined     decline      VERB   2   acl:relcl _ Mood=Ind|Tense=Past|VerbForm=Fin
to           to           PART   11  mark
be           be           AUX    11  aux:pass
named~       name         VERB   8   xcomp _ Tense=Past|VerbForm=Part|Voice=Pass
,            ,            PUNCT  2   punct
said         say          VERB   0   root _ Mood=Ind|Tense=Past|VerbForm=Fin
its          its          PRON   15  nmod:poss
offer        offer        NOUN   13  nsubj
of           of           ADP    20  case
a            a            DET    20  det
four         four         NUM    19  nummod
percent      percent      NOUN   20  compound
raise        raise        NOUN   15  nmod
remained     remain       VERB   20  acl _ Mood=Ind|Tense=Past|VerbForm=Part
on           on           ADP    24  case
the          the          DET    24  det
table~       table        NOUN   21  obl
.            .            PUNCT  13  punct
"""

OFFICIAL_WHO_WAS_NOT_AUTHORIZED = """
A           a          DET    3   det
union       union      NOUN   3   compound
official~   official   NOUN   12  nsubj
,           ,          PUNCT  7   punct
who         who        PRON   7   nsubj:pass
was         be         AUX    7   aux:pass
authorized  authorize  VERB   3   acl:relcl _ Tense=Past|VerbForm=Part|Voice=Pass
to          to         PART   9   mark
speak       speak      VERB   7   xcomp
publicly~   publicly   ADV    9   advmod
,           ,          PUNCT  3   punct
said        say        VERB   0   root _ Mood=Ind|Tense=Past|VerbForm=Fin
dockers     docker     NOUN   12  nsubj
at          at         ADP    16  case
the         the        DET    16  det
port        port       NOUN   13  nmod
walked      walk       VERB   16  acl _ Mood=Ind|Tense=Past|VerbForm=Fin
out~        out        ADP    17  compound:prt
.           .          PUNCT  12  punct
"""

# no relative clause: the words end at 'company', the parse knows 'spokeswoman' heads the phrase
SPOKESWOMAN_FOR_THE_COMPANY = """
A            a            DET    2   det
spokeswoman  spokeswoman  NOUN   6   nsubj
for          for          ADP    5   case
the          the          DET    5   det
company      company      NOUN   2   nmod
said         say          VERB   0   root _ Mood=Ind|Tense=Past|VerbForm=Fin
its          its          PRON   8   nmod:poss
offer        offer        NOUN   6   obj
had          have         AUX    10  aux _ Mood=Ind|Tense=Past|VerbForm=Fin
expired~     expire       VERB   8   acl _ Tense=Past|VerbForm=Part
.            .            PUNCT  6   punct
"""


@pytest.mark.parametrize(("table", "content", "speaker"), [
    (SPOKESWOMAN_WHO_DECLINED, "its offer of a four percent raise remained on the table", "A spokeswoman"),
    (OFFICIAL_WHO_WAS_NOT_AUTHORIZED, "dockers at the port walked out", "A union official"),
    (SPOKESWOMAN_FOR_THE_COMPANY, "its offer had expired", "A spokeswoman"),
])
def test_the_subject_before_a_relative_clause_reports(table: str, content: str, speaker: str) -> None:
    quotes = quotes_of(table)
    assert [q["text"] for q in quotes] == [content]
    assert quotes[0]["rule"] == "surface-that"
    assert quotes[0]["speaker"]["text"] == speaker


def test_only_a_relative_clause_is_skipped_on_the_way_to_the_subject() -> None:
    # ', where … ,' before the cue is no relative clause on a subject: the words find no speaker
    table = SPOKESWOMAN_WHO_DECLINED.replace("who          who          PRON", "where        where        ADV ")
    assert quotes_of(table) == []
