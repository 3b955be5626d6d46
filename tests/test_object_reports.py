"""Objects and topics of reporting verbs (issue 14, second tester, kind 5): an object that is no statement
('blamed the referee', 'declared a state of emergency', 'announced a partnership') is no content, in the
rules and in the model's reading; an object that says something stays, with its own rule id
(`cue-object`) so its precision can be measured apart from clausal complements. The tables are stanza's
parses (bundled model 0.4.0, `quotetrace debug-parse`) of the tester's sentences and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.attribution.runner import HybridPolicy
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from test_passive_listener import _model_quotes, _read


def quotes_of(table: str) -> list[tuple[str, str, str | None, str]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["kind"], q["text"], (q["speaker"] or {}).get("text"), q["rule"]) for q in quotes]


REFEREE = """
Pedro        Pedro        PROPN  3   nsubj       O Number=Sing
Alves        Alves        PROPN  1   flat        O Number=Sing
blamed       blamed       VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    5   det         O Definite=Def|PronType=Art
referee~     referee      NOUN   3   obj         O Number=Sing
.            .            PUNCT  3   punct       O _
"""

EMERGENCY = """
Governor     Governor     PROPN  4   nsubj       O Number=Sing
Ellen        Ellen        PROPN  1   flat        O Number=Sing
Park         Park         PROPN  2   flat        O Number=Sing
declared     declare      VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a            a            DET    6   det         O Definite=Ind|PronType=Art
state        state        NOUN   4   obj         O Number=Sing
of           of           ADP    8   case        O _
emergency~   emergency    NOUN   6   nmod        O Number=Sing
.            .            PUNCT  4   punct       O _
"""

PARTNERSHIP = """
Brightwave   Brightwave   PROPN  3   nsubj       O Number=Sing
Energy       Energy       PROPN  1   flat        O Number=Sing
announced    announce     VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a            a            DET    5   det         O Definite=Ind|PronType=Art
partnership  partnership  NOUN   3   obj         O Number=Sing
with         with         ADP    8   case        O _
the          the          DET    8   det         O Definite=Def|PronType=Art
City         City         PROPN  5   nmod        O Number=Sing
of           of           ADP    10  case        O _
Dover~       Dover        PROPN  8   nmod        O Number=Sing
.            .            PUNCT  3   punct       O _
"""

FIGURES = """
The          the          DET    2   det         O Definite=Def|PronType=Art
Treasury     Treasury     PROPN  3   nsubj       O Number=Sing
rejected     reject       VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    5   det         O Definite=Def|PronType=Art
figures~     figure       NOUN   3   obj         O Number=Plur
.            .            PUNCT  3   punct       O _
"""

ACCUSED = """
Frank        Frank        PROPN  2   compound    O Number=Sing
Cole         Cole         PROPN  3   nsubj       O Number=Sing
accused      accuse       VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    5   det         O Definite=Def|PronType=Art
firm         firm         NOUN   3   obj         O Number=Sing
of           of           ADP    7   case        O _
lying~       lie          VERB   5   nmod        O Tense=Pres|VerbForm=Part
.            .            PUNCT  3   punct       O _
"""

RESPONDING = """
Responding   Responding   VERB   11  advcl       O Tense=Pres|VerbForm=Part
to           to           ADP    3   case        O _
criticism    criticism    NOUN   1   obl         O Number=Sing
from         from         ADP    5   case        O _
Sen.         Sen.         PROPN  3   nmod        O Number=Sing
Kim          Kim          PROPN  5   flat        O Number=Sing
Ahn~         Ahn          PROPN  5   flat        O Number=Sing
,            ,            PUNCT  1   punct       O _
Ray          Ray          PROPN  11  nsubj       O Number=Sing
Tull         Tull         PROPN  9   flat        O Number=Sing
said         say          VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    13  det         O Definite=Def|PronType=Art
program      program      NOUN   15  nsubj       O Number=Sing
was          be           AUX    15  aux         O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
working~     work         VERB   11  ccomp       O Tense=Pres|VerbForm=Part
.            .            PUNCT  11  punct       O _
"""

HIS_SIDE = """
Gary         Gary         PROPN  2   compound    O Number=Sing
Holt         Holt         PROPN  3   nsubj       O Number=Sing
praised      praised      VERB   0   root        O Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
his          his          PRON   5   nmod:poss   O Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
side         side         NOUN   3   obj         O Number=Sing
after        after        ADP    11  case        O _
the          the          DET    11  det         O Definite=Def|PronType=Art
3~           3            NUM    10  compound    O NumForm=Digit|NumType=Card
-~           -            PUNCT  8   punct       O _
1            1            NUM    11  nummod      O NumForm=Digit|NumType=Card
win          win          NOUN   3   obl         O Number=Sing
over         over         ADP    13  case        O _
City~        City         PROPN  11  nmod        O Number=Sing
.            .            PUNCT  3   punct       O _
"""

# variants: a group and an event as objects, an of-phrase after a container noun
PRAISED_TEAM = """
The      the      DET    2  det    O _
coach    coach    NOUN   3  nsubj  O _
praised  praise   VERB   0  root   O Tense=Past|VerbForm=Fin
the      the      DET    5  det    O _
squad~   squad    NOUN   3  obj    O _
.        .        PUNCT  3  punct  O _
"""

HAILED_VICTORY = """
Ms       Ms       PROPN  2  compound  O _
Lund     Lund     PROPN  3  nsubj     O _
hailed   hail     VERB   0  root      O Tense=Past|VerbForm=Fin
the      the      DET    5  det       O _
victory~ victory  NOUN   3  obj       O _
.        .        PUNCT  3  punct     O _
"""

CONFIRMED_SERIES = """
The       the       DET    2  det       O _
ministry  ministry  NOUN   3  nsubj     O _
confirmed confirm   VERB   0  root      O Tense=Past|VerbForm=Fin
a         a         DET    5  det       O _
series    series    NOUN   3  obj       O _
of        of        ADP    7  case      O _
meetings~ meeting   NOUN   5  nmod      O _
.         .         PUNCT  3  punct     O _
"""

# an object that is a statement stays: the report is the plan's content
CONFIRMED_PLAN = """
The       the       DET    2  det       O _
ministry  ministry  NOUN   3  nsubj     O _
confirmed confirm   VERB   0  root      O Tense=Past|VerbForm=Fin
the       the       DET    6  det       O _
new       new       ADJ    6  amod      O _
timetable timetable NOUN   3  obj       O _
for       for       ADP    9  case      O _
the       the       DET    9  det       O _
repairs~  repair    NOUN   6  nmod      O _
.         .         PUNCT  3  punct     O _
"""


@pytest.mark.parametrize("table", [REFEREE, EMERGENCY, PARTNERSHIP, HIS_SIDE, PRAISED_TEAM, HAILED_VICTORY,
                                   CONFIRMED_SERIES],
                         ids=["referee", "state-of-emergency", "partnership", "his-side-after-the-win", "squad",
                              "victory", "series-of"])
def test_an_object_that_is_a_person_group_or_event_is_no_content(table: str) -> None:
    assert quotes_of(table) == []


@pytest.mark.parametrize(("table", "expected"), [
    (CONFIRMED_PLAN, [("indirect", "the new timetable for the repairs", "The ministry", "cue-object")]),
    # PolNeAR marks an accusation with its charge: 'of lying' is what Cole said the firm did
    (ACCUSED, [("indirect", "the firm of lying", "Frank Cole", "cue-object")]),
])
def test_an_object_that_says_something_is_a_cue_object_report(table: str, expected: list[Any]) -> None:
    assert quotes_of(table) == expected


def test_criticism_from_someone_else_is_not_the_topic_of_the_answer() -> None:
    assert quotes_of(RESPONDING) == [("indirect", "the program was working", "Ray Tull", "cue-complement")]


def test_the_model_keeps_no_object_that_is_no_statement() -> None:
    assert _model_quotes(REFEREE, ["Pedro", "Alves"], ["blamed"], ["the", "referee"])[1] == []
    assert _model_quotes(EMERGENCY, ["Governor", "Ellen", "Park"], ["declared"],
                         ["a", "state", "of", "emergency"])[1] == []
    text, quotes = _model_quotes(CONFIRMED_PLAN, ["The", "ministry"], ["confirmed"],
                                 ["the", "new", "timetable", "for", "the", "repairs"])
    assert [_read(text, q) for q in quotes] == [("The ministry", "the new timetable for the repairs")]


# the parser reads 'said most concerned noise' as an object: say takes none, so it is a clause misparsed
SAID_MOST = """
A              a             DET    4   det       O  Definite=Ind|PronType=Art
City           City          PROPN  3   compound  O  Number=Sing
Hall           Hall          PROPN  4   compound  O  Number=Sing
spokesperson~  spokesperson  NOUN   9   nsubj     O  Number=Sing
,              ,             PUNCT  6   punct     O  _
Ivy            Ivy           PROPN  9   nsubj     O  Number=Sing
Chen~          Chen          PROPN  6   flat      O  Number=Sing
,              ,             PUNCT  4   punct     O  _
said           say           VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
most           most          ADJ    11  advmod    O  Degree=Sup
concerned      concerned     ADJ    12  amod      O  Degree=Pos
noise~         noise         NOUN   9   obj       O  Number=Sing
.              .             PUNCT  9   punct     O  _
"""


def test_an_object_of_say_is_a_misparsed_clause_and_stays_the_model_s_report() -> None:
    text, quotes = _model_quotes(SAID_MOST, ["A", "City", "Hall", "spokesperson", ",", "Ivy", "Chen"], ["said"],
                                 ["most", "concerned", "noise"])
    assert [_read(text, q)[1] for q in quotes] == ["most concerned noise"]


def test_a_policy_fitted_before_the_split_gives_cue_object_the_measures_of_cue_complement() -> None:
    policy = HybridPolicy.from_json('{"precision": {"cue-complement": 0.81}, "rules_over_model": ["cue-complement"]}',
                                    "test")
    assert policy.precision["cue-object"] == 0.81
    assert "cue-object" in policy.rules_over_model
    own = HybridPolicy.from_json('{"precision": {"cue-complement": 0.81, "cue-object": 0.6}, "rules_over_model": []}',
                                 "test")
    assert own.precision["cue-object"] == 0.6
    assert "cue-object" not in own.rules_over_model
