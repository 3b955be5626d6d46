"""What is not a report (issue 14, second tester, kinds 2-4): a listener cue in the passive or as a bare
participle ('Asked whether he would resign, Mr Clark said…'), a subject that says nobody spoke ('Nobody
expected…'), a fronted participle of a thought verb beside a clause that reports nothing ('Knowing that
the deadline had passed, the team worked…'), and a report in a subordinate clause that would run on into
the main clause. The tables are stanza's parses of the tester's sentences and of variants (bundled model
0.4.0, `quotetrace debug-parse`); the model's readings are the tagger's as the tester's run gave them."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.attribution.combine import UNNAMED_TELLER
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from test_passive_listener import _model_quotes, _read


def quotes_of(table: str) -> list[tuple[str, str, str | None]]:
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record(trace=True)["quotes"]
    for quote in quotes:
        assert [doc.text[s:e] for s, e in quote["spans"]] == quote["text"].split(" ", len(quote["spans"]) - 1)[
            : len(quote["spans"])] or len(quote["spans"]) == 1
    return [(q["kind"], q["text"], (q["speaker"] or {}).get("text")) for q in quotes]


FROST_REMINDED = """
"~           "            PUNCT  4   punct       O _
I            I            PRON   4   nsubj       O Case=Nom|Number=Sing|Person=1|PronType=Prs
never        never        ADV    4   advmod      O PronType=Neg
said         say          VERB   10  ccomp       O Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin
that~        that         PRON   4   obj         O Number=Sing|PronType=Dem
,~           ,            PUNCT  4   punct       O _
"            "            PUNCT  4   punct       O _
Mr           Mr.          PROPN  10  nsubj       O Number=Sing
Frost        Frost        PROPN  8   flat        O Number=Sing
said~        say          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,            ,            PUNCT  13  punct       O _
when         when         ADV    13  advmod      O PronType=Int
reminded     remind       VERB   10  advcl       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  18  mark        O _
Ms           Ms           PROPN  18  nsubj       O Number=Sing
Gale         Gale         PROPN  18  nsubj       O Number=Sing
had          have         AUX    18  aux         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quoted       quote        VERB   13  ccomp       O Tense=Past|VerbForm=Part
him~         he           PRON   18  obj         O Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs
.            .            PUNCT  10  punct       O _
"""

TOLD_PLANT = """
Told         Told         VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  6   mark        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
plant        plant        NOUN   6   nsubj       O Number=Sing
would        would        AUX    6   aux         O VerbForm=Fin
close~       close        VERB   1   ccomp       O VerbForm=Inf
,            ,            PUNCT  6   punct       O _
the          the          DET    9   det         O Definite=Def|PronType=Art
workers      worker       NOUN   10  nsubj       O Number=Plur
walked       walk         VERB   1   ccomp       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
out~         out          ADP    10  compound:prt O _
.            .            PUNCT  1   punct       O _
"""

WARNED_BRIDGE = """
Warned       Warned       VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  6   mark        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
bridge       bridge       NOUN   6   nsubj       O Number=Sing
was          be           AUX    6   cop         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
unsafe~      unsafe       ADJ    1   ccomp       O Degree=Pos
,            ,            PUNCT  6   punct       O _
the          the          DET    9   det         O Definite=Def|PronType=Art
council      council      NOUN   10  nsubj       O Number=Sing
closed       close        VERB   1   ccomp       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it           it           PRON   10  obj         O Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
on           on           ADP    13  case        O _
Friday~      Friday       PROPN  10  obl         O Number=Sing
.            .            PUNCT  1   punct       O _
"""

ASKED_BY_REPORTERS = """
Asked        ask          VERB   11  ccomp       O Mood=Ind|Person=3|Tense=Past|VerbForm=Fin
by           by           ADP    3   case        O _
reporters    reporter     NOUN   1   obl         O Number=Plur
whether      whether      SCONJ  7   mark        O _
he           he           PRON   7   nsubj       O Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would        would        AUX    7   aux         O VerbForm=Fin
resign~      resign       VERB   1   advcl       O VerbForm=Inf
,            ,            PUNCT  7   punct       O _
Mr           Mr.          PROPN  11  nsubj       O Number=Sing
Clark        Clark        PROPN  9   flat        O Number=Sing
said         say          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he           he           PRON   14  nsubj       O Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would        would        AUX    14  aux         O VerbForm=Fin
stay~        stay         VERB   11  ccomp       O VerbForm=Inf
.            .            PUNCT  1   punct       O _
"""


@pytest.mark.parametrize(("table", "expected"), [
    # '…, when reminded that Ms Gale had quoted him': what Ms Gale said, told to Frost, is no quote of Frost
    (FROST_REMINDED, [("direct", "I never said that,", "Mr Frost")]),
    (TOLD_PLANT, []),
    (WARNED_BRIDGE, []),
    # the parser makes the fronted participle the complement of 'said': Clark's report is the other one
    (ASKED_BY_REPORTERS, [("indirect", "he would stay", "Mr Clark")]),
])
def test_the_one_told_is_not_the_speaker_of_what_he_was_told(table: str, expected: list[Any]) -> None:
    assert quotes_of(table) == expected


NOBODY_EXPECTED = """
Nobody       nobody       PRON   2   nsubj       O Number=Sing|PronType=Tot
expected     expect       VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    4   det         O Definite=Def|PronType=Art
system       system       NOUN   2   obj         O Number=Sing
to           to           PART   6   mark        O _
fail~        fail         VERB   4   acl         O VerbForm=Inf
.            .            PUNCT  2   punct       O _
"""

NO_ONE_BELIEVED = """
No           no           DET    2   det         O PronType=Neg
one          one          NOUN   3   nsubj       O Number=Sing
believed     believe      VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  8   mark        O _
the          the          DET    6   det         O Definite=Def|PronType=Art
deal         deal         NOUN   8   nsubj       O Number=Sing
would        would        AUX    8   aux         O VerbForm=Fin
hold~        hold         VERB   3   ccomp       O VerbForm=Inf
.            .            PUNCT  3   punct       O _
"""

NONE_OF_THEM = """
None         none         DET    5   nsubj       O PronType=Neg
of           of           ADP    4   case        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
officials    official     NOUN   1   nmod        O Number=Plur
said         say          VERB   0   root        O Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    7   det         O Definite=Def|PronType=Art
plan         plan         NOUN   9   nsubj       O Number=Sing
was          be           AUX    9   cop         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
dead~        dead         ADJ    5   ccomp       O Degree=Pos
.            .            PUNCT  5   punct       O _
"""

NOT_A_SINGLE = """
Not          not          PART   5   advmod      O Polarity=Neg
a            a            DET    4   det         O Definite=Ind|PronType=Art
single       single       ADJ    4   amod        O Degree=Pos
minister     minister     NOUN   5   nsubj       O Number=Sing
argued       argue        VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  10  mark        O _
the          the          DET    8   det         O Definite=Def|PronType=Art
tax          tax          NOUN   10  nsubj       O Number=Sing
was          be           AUX    10  cop         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~        fair         ADJ    5   ccomp       O Degree=Pos
.            .            PUNCT  5   punct       O _
"""


NEITHER_NOR = """
Neither  neither  DET    3   det       O  _
Ms       Ms       PROPN  3   compound  O  Number=Sing
Lin      Lin      PROPN  7   nsubj     O  Number=Sing
nor      nor      CCONJ  5   cc        O  _
Mr       Mr.      PROPN  3   conj      O  Number=Sing
Ortiz    Ortiz    PROPN  3   conj      O  Number=Sing
said     say      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that     that     SCONJ  12  mark      O  _
the      the      DET    10  det       O  Definite=Def|PronType=Art
deal     deal     NOUN   12  nsubj     O  Number=Sing
was      be       AUX    12  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~    fair     ADJ    7   ccomp     O  Degree=Pos
.        .        PUNCT  7   punct     O  _
"""


@pytest.mark.parametrize("table", [NOBODY_EXPECTED, NO_ONE_BELIEVED, NONE_OF_THEM, NOT_A_SINGLE, NEITHER_NOR],
                         ids=["nobody", "no-one", "none-of", "not-a-single", "neither-nor"])
def test_a_negative_quantifier_subject_reports_nothing(table: str) -> None:
    assert quotes_of(table) == []


KNOWING = """
Knowing      Knowing      VERB   10  advcl       O Tense=Pres|VerbForm=Part
that         that         SCONJ  6   mark        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
deadline     deadline     NOUN   6   nsubj       O Number=Sing
had          have         AUX    6   aux         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
passed~      pass         VERB   1   ccomp       O Tense=Past|VerbForm=Part|Voice=Pass
,            ,            PUNCT  6   punct       O _
the          the          DET    9   det         O Definite=Def|PronType=Art
team         team         NOUN   10  nsubj       O Number=Sing
worked       work         VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
through      through      ADP    13  case        O _
the          the          DET    13  det         O Definite=Def|PronType=Art
night~       night        NOUN   10  obl         O Number=Sing
.            .            PUNCT  10  punct       O _
"""

BELIEVING = """
Believing    Believing    VERB   10  advcl       O Tense=Pres|VerbForm=Part
that         that         SCONJ  6   mark        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
storm        storm        NOUN   6   nsubj       O Number=Sing
had          have         AUX    6   aux         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
passed~      pass         VERB   1   ccomp       O Tense=Past|VerbForm=Part|Voice=Pass
,            ,            PUNCT  1   punct       O _
the          the          DET    9   det         O Definite=Def|PronType=Art
crew         crew         NOUN   10  nsubj       O Number=Sing
sailed       sail         VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
at           at           ADP    12  case        O _
dawn~        dawn         NOUN   10  obl         O Number=Sing
.            .            PUNCT  10  punct       O _
"""

FEARING = """
Fearing      Fearing      VERB   9   csubj       O Tense=Pres|VerbForm=Part
that         that         SCONJ  6   mark        O _
the          the          DET    4   det         O Definite=Def|PronType=Art
dam          dam          NOUN   6   nsubj       O Number=Sing
would        would        AUX    6   aux         O VerbForm=Fin
break~       break        VERB   1   ccomp       O VerbForm=Inf
,            ,            PUNCT  6   punct       O _
residents    resident     NOUN   9   nsubj       O Number=Plur
fled         flead        VERB   0   root        O Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
their        their        PRON   11  nmod:poss   O Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs
homes~       home         NOUN   9   obj         O Number=Plur
.            .            PUNCT  9   punct       O _
"""

# the same participle beside a reporting verb: the writer reports the team's knowledge with its words
KNOWING_SAID = """
Knowing   know      VERB   10  advcl  O Tense=Pres|VerbForm=Part
that      that      SCONJ  6   mark   O _
the       the       DET    4   det    O _
deadline  deadline  NOUN   6   nsubj  O _
had       have      AUX    6   aux    O _
passed~   pass      VERB   1   ccomp  O Tense=Past|VerbForm=Part
,         ,         PUNCT  6   punct  O _
the       the       DET    9   det    O _
team      team      NOUN   10  nsubj  O _
said      say       VERB   0   root   O Tense=Past|VerbForm=Fin
it        it        PRON   13  nsubj  O _
would     would     AUX    13  aux    O _
work      work      VERB   10  ccomp  O VerbForm=Inf
through   through   ADP    16  case   O _
the       the       DET    16  det    O _
night~    night     NOUN   13  obl    O _
.         .         PUNCT  10  punct  O _
"""


@pytest.mark.parametrize("table", [KNOWING, BELIEVING, FEARING], ids=["knowing", "believing", "fearing"])
def test_a_fronted_thought_participle_beside_a_clause_that_reports_nothing_is_no_report(table: str) -> None:
    assert quotes_of(table) == []


def test_beside_a_reporting_verb_the_participle_still_reports() -> None:
    assert ("indirect", "that the deadline had passed", "the team") in quotes_of(KNOWING_SAID)


WHEN_TOLD = """
When         when         ADV    4   advmod      O PronType=Int
Peter        Peter        PROPN  4   nsubj       O Number=Sing
Vance        Vance        PROPN  2   flat        O Number=Sing
told         tell         VERB   18  advcl       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    6   det         O Definite=Def|PronType=Art
committee    committee    NOUN   4   obj         O Number=Sing
that         that         SCONJ  12  mark        O _
costs        cost         NOUN   12  nsubj       O Number=Plur
were         be           AUX    12  cop         O Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
"~           "            PUNCT  12  punct       O _
under        under        ADP    12  case        O _
control~     control      NOUN   4   ccomp       O Number=Sing
,~           ,            PUNCT  4   punct       O _
"            "            PUNCT  4   punct       O _
he           he           PRON   18  nsubj:pass  O Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was          be           AUX    18  aux:pass    O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
either       either       CCONJ  18  cc:preconj  O _
misinformed  misinformed  VERB   0   root        O Tense=Past|VerbForm=Part|Voice=Pass
or           or           CCONJ  20  cc          O _
misleading   mislead      VERB   18  conj        O Tense=Pres|VerbForm=Part
them~        they         PRON   20  obj         O Case=Acc|Number=Plur|Person=3|PronType=Prs
.            .            PUNCT  18  punct       O _
"""

AFTER_SAID = """
After        after        SCONJ  4   mark        O _
the          the          DET    3   det         O Definite=Def|PronType=Art
mayor        mayor        NOUN   4   nsubj       O Number=Sing
said         say          VERB   13  advcl       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  9   mark        O _
the          the          DET    7   det         O Definite=Def|PronType=Art
budget       budget       NOUN   9   nsubj:pass  O Number=Sing
was          be           AUX    9   aux:pass    O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
balanced~    balance      VERB   4   ccomp       O Tense=Past|VerbForm=Part|Voice=Pass
,            ,            PUNCT  4   punct       O _
the          the          DET    12  det         O Definite=Def|PronType=Art
council      council      NOUN   13  nsubj       O Number=Sing
voted        vote         VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
to           to           PART   15  mark        O _
approve      approve      VERB   13  xcomp       O VerbForm=Inf
it~          it           PRON   15  obj         O Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.            .            PUNCT  13  punct       O _
"""

ALTHOUGH_INSISTED = """
Although     although     SCONJ  4   mark        O _
Ms           Ms           PROPN  4   nsubj       O Number=Sing
Reyes        Reyes        PROPN  2   flat        O Number=Sing
insisted     insisted     VERB   13  advcl       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that         that         SCONJ  9   mark        O _
the          the          DET    7   det         O Definite=Def|PronType=Art
report       report       NOUN   9   nsubj       O Number=Sing
was          be           AUX    9   cop         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
accurate~    accurate     ADJ    4   ccomp       O Degree=Pos
,            ,            PUNCT  4   punct       O _
the          the          DET    12  det         O Definite=Def|PronType=Art
editors      editor       NOUN   13  nsubj       O Number=Plur
withdrew     withdraw     VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it~          it           PRON   13  obj         O Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.            .            PUNCT  13  punct       O _
"""


@pytest.mark.parametrize(("table", "expected"), [
    (WHEN_TOLD, [("mixed", 'that costs were "under control,"', "Peter Vance")]),
    (AFTER_SAID, [("indirect", "that the budget was balanced", "the mayor")]),
    (ALTHOUGH_INSISTED, [("indirect", "that the report was accurate", "Ms Reyes")]),
])
def test_a_report_in_a_subordinate_clause_ends_with_that_clause(table: str, expected: list[Any]) -> None:
    assert quotes_of(table) == expected
    trace = analyze(build_document(table)).to_record(trace=True)["quotes"][0]["trace"]
    assert "boundary:main-clause" in trace


# a fronted adverbial clause is no report read off the words before 'the driver turned back' either
REALIZING = """
Realizing  Realizing  VERB   10  advcl       O  Tense=Pres|VerbForm=Part
that       that       SCONJ  6   mark        O  _
the        the        DET    4   det         O  Definite=Def|PronType=Art
bridge     bridge     NOUN   6   nsubj:pass  O  Number=Sing
was        be         AUX    6   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
closed~    close      VERB   1   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
,          ,          PUNCT  1   punct       O  _
the        the        DET    9   det         O  Definite=Def|PronType=Art
driver     driver     NOUN   10  nsubj       O  Number=Sing
turned     turn       VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
back~      back       ADV    10  advmod      O  _
.          .          PUNCT  10  punct       O  _
"""

WHEN_CLAIMED = """
When      when    ADV    4   advmod    O  PronType=Int
the       the     DET    3   det       O  Definite=Def|PronType=Art
mayor     mayor   NOUN   4   nsubj     O  Number=Sing
claimed   claim   VERB   13  advcl     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that      that    SCONJ  9   mark      O  _
the       the     DET    7   det       O  Definite=Def|PronType=Art
park      park    NOUN   9   nsubj     O  Number=Sing
was       be      AUX    9   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
safe~     safe    ADJ    4   ccomp     O  Degree=Pos
,         ,       PUNCT  4   punct     O  _
she       she     PRON   13  nsubj     O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
was       be      AUX    13  aux       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ignoring  ignore  VERB   0   root      O  Tense=Pres|VerbForm=Part
the       the     DET    16  det       O  Definite=Def|PronType=Art
police    police  NOUN   16  compound  O  Number=Sing
reports~  report  NOUN   13  obj       O  Number=Plur
.         .       PUNCT  13  punct     O  _
"""


def test_a_fronted_adverbial_clause_is_not_read_as_a_report_before_a_comma() -> None:
    assert quotes_of(REALIZING) == []
    assert quotes_of(WHEN_CLAIMED) == [("indirect", "that the park was safe", "the mayor")]


ASKED_WHETHER = """
Asked        ask          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
whether      whether      SCONJ  5   mark        O _
he           he           PRON   5   nsubj       O Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would        would        AUX    5   aux         O VerbForm=Fin
resign~      resign       VERB   1   ccomp       O VerbForm=Inf
,            ,            PUNCT  5   punct       O _
Mr           Mr.          PROPN  9   nsubj       O Number=Sing
Clark        Clark        PROPN  7   flat        O Number=Sing
said~        say          VERB   1   ccomp       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
:            :            PUNCT  9   punct       O _
'~           '            PUNCT  9   punct       O _
No.          no.          PUNCT  9   punct       O _
Absolutely   absolutely   ADV    2   advmod      O _
not~         not          PART   0   root        O Polarity=Neg
.~           .            PUNCT  2   punct       O _
'            '            PUNCT  2   punct       O _
"""

CHO_ASKED = """
Cho~         Cho          PROPN  8   nsubj       O Number=Sing
,            ,            PUNCT  1   punct       O _
asked        ask          VERB   8   ccomp       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
about        about        ADP    6   case        O _
the          the          DET    6   det         O Definite=Def|PronType=Art
injury~      injury       NOUN   3   obl         O Number=Sing
,            ,            PUNCT  3   punct       O _
said~        say          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
:            :            PUNCT  14  punct       O _
"~           "            PUNCT  14  punct       O _
It~          it           PRON   14  nsubj       O Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
's           be           AUX    14  cop         O Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
no           no           DET    14  det         O PronType=Neg
excuse~      excuse       NOUN   3   parataxis   O Number=Sing
.~           .            PUNCT  3   punct       O _
"            "            PUNCT  14  punct       O _
"""

NOBODY_SAID = """
Nobody       nobody       PRON   2   nsubj       O Number=Sing|PronType=Tot
said         say          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
much         much         ADV    2   advmod      O Degree=Pos
as           as           SCONJ  7   mark        O _
the          the          DET    6   det         O Definite=Def|PronType=Art
band         band         NOUN   7   nsubj       O Number=Sing
played       play         VERB   2   ccomp       O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~           "            PUNCT  9   punct       O _
Abide        Abide        PROPN  7   obj         O Number=Sing
With         with         ADP    11  case        O _
Me~          I            PRON   7   obl         O Case=Acc|Number=Sing|Person=1|PronType=Prs
"~           "            PUNCT  9   punct       O _
.            .            PUNCT  2   punct       O _
"""


def test_the_model_gives_a_participle_listener_cue_no_speaker_and_a_low_confidence() -> None:
    text, quotes = _model_quotes(CHO_ASKED, ["Cho"], ["asked", "about"], ["the", "injury"])
    assert [_read(text, q) for q in quotes] == [(None, "the injury")]
    assert quotes[0].confidence <= UNNAMED_TELLER
    assert "model:passive-listener" in quotes[0].trace
    text, quotes = _model_quotes(ASKED_WHETHER, [], ["Asked"], ["whether", "he", "would", "resign"])
    assert [_read(text, q) for q in quotes] == [(None, "whether he would resign")]
    assert quotes[0].confidence <= UNNAMED_TELLER


def test_the_model_reads_no_report_under_a_negative_subject_or_in_a_thought_aside() -> None:
    assert _model_quotes(NOBODY_SAID, ["Nobody"], ["said"], ["the", "band", "played"])[1] == []
    assert _model_quotes(KNOWING, ["the", "team"], ["Knowing"], ["that", "the", "deadline", "had", "passed"])[1] == []


TOLD_HOLT = """
Mr        Mr.       PROPN  2   compound  O _
Vance     Vance     PROPN  3   nsubj     O _
told      tell      VERB   0   root      O Tense=Past|VerbForm=Fin
Ms        Ms.       PROPN  5   compound  O _
Holt      Holt      PROPN  3   obj       O _
that      that      SCONJ  9   mark      O _
costs     cost      NOUN   9   nsubj     O _
were      be        AUX    9   cop       O _
fine~     fine      ADJ    3   ccomp     O _
.         .         PUNCT  3   punct     O _
"""


def test_the_model_never_makes_a_listener_cue_s_object_its_content() -> None:
    # 'told the committee that costs were…', 'told Ms Holt that…': whom he told, not what
    assert _model_quotes(WHEN_TOLD, ["Peter", "Vance"], ["told"], ["the", "committee"])[1] == []
    assert _model_quotes(TOLD_HOLT, ["Mr", "Vance"], ["told"], ["Ms", "Holt"])[1] == []
    text, quotes = _model_quotes(TOLD_HOLT, ["Mr", "Vance"], ["told"], ["Ms", "Holt", "that", "costs", "were", "fine"])
    assert [_read(text, q) for q in quotes] == [("Mr Vance", "that costs were fine")]
