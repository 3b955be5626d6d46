"""Wrong speakers at high confidence, each kind on hand-built parses (no model): a continuation
paragraph stops where someone else is named, an anonymity clause ("who asked not to be named") is no
report, one anonymous speaker stays one entity, and pronoun gender rules out entities of the other
gender."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record()


# --- a continuation paragraph stops where someone else is named ------------------------------

WATTS = """
"~        "         PUNCT  3   punct     O  _
We        we        PRON   3   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
have      have      VERB   8   ccomp     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
no        no        DET    5   det       O  PronType=Neg
choice~   choice    NOUN   3   obj       O  Number=Sing
,~        ,         PUNCT  3   punct     O  _
"         "         PUNCT  3   punct     O  _
said      say       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
budget    budget    NOUN   10  compound  O  Number=Sing
director  director  NOUN   8   nsubj     O  Number=Sing
Emily     Emily     PROPN  10  appos     O  Number=Sing
Watts~    Watts     PROPN  11  flat      O  Number=Sing
.         .         PUNCT  8   punct     O  _
"""

PATEL_VOTED = """
Council  Council  PROPN  2  compound  O  Number=Sing
member   member   NOUN   5  nsubj     O  Number=Sing
Raj      Raj      PROPN  2  flat      O  Number=Sing
Patel    Patel    PROPN  3  flat      O  Number=Sing
voted    vote     VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
against  against  ADP    8  case      O  _
the      the      DET    8  det       O  Definite=Def|PronType=Art
budget~  budget   NOUN   5  obl       O  Number=Sing
.        .        PUNCT  5  punct     O  _
"""

LIBRARIES = """
#par
"~         "          PUNCT  4  punct   O  _
Libraries  Libraries  PROPN  4  nsubj   O  Number=Plur
are        be         AUX    4  cop     O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
where      where      ADV    6  advmod  O  PronType=Int
kids       kid        NOUN   6  nsubj   O  Number=Plur
go         go         VERB   0  root    O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
after      after      ADP    8  case    O  _
school~    school     NOUN   6  obl     O  Number=Sing
.~         .          PUNCT  4  punct   O  _
"          "          PUNCT  6  punct   O  _
"""

PATEL_SERVES = """
Patel        Patel      PROPN  3  nsubj  O  Number=Sing
has          have       AUX    3  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
represented  represent  VERB   0  root   O  Tense=Past|VerbForm=Part
the          the        DET    5  det    O  Definite=Def|PronType=Art
district     district   NOUN   3  obj    O  Number=Sing
since        since      ADP    7  case   O  _
2019~        2019       NUM    3  obl    O  NumForm=Digit|NumType=Card
.            .          PUNCT  3  punct  O  _
"""


def _continuation_speakers(table: str) -> list[tuple[str, str | None, float]]:
    """(rule, speaker entity's name, confidence) of each direct quote."""
    out = []
    for quote in record(table)["quotes"]:
        if quote["kind"] == "direct":
            name = quote["speaker"]["name"] if quote["speaker"] else None
            out.append((quote["rule"], name, quote["confidence"]))
    return out


def test_a_bare_quote_paragraph_continues_the_speaker_when_nobody_else_is_named() -> None:
    quotes = _continuation_speakers(WATTS + "\n" + LIBRARIES)
    assert [(rule, name) for rule, name, _ in quotes] == [
        ("quote-then-cue", "Emily Watts"), ("continuation", "Emily Watts")]


def test_a_person_named_between_the_quotes_stops_the_continuation() -> None:
    for table in (WATTS + "\n" + PATEL_VOTED + "\n" + LIBRARIES,
                  WATTS + "\n" + PATEL_VOTED + "\n" + LIBRARIES + "\n" + PATEL_SERVES):
        quotes = _continuation_speakers(table)
        assert quotes[0][1] == "Emily Watts"
        rule, name, confidence = quotes[1]
        assert rule != "continuation"
        assert name is None or ("Patel" in name and confidence < 0.8)


def test_the_quotes_own_paragraph_naming_someone_else_stops_the_continuation() -> None:
    rule, name, confidence = _continuation_speakers(WATTS + "\n" + LIBRARIES + "\n" + PATEL_SERVES)[1]
    assert rule != "continuation"
    assert name is None or ("Patel" in name and confidence < 0.8)


# --- anonymous speakers: one entity, and their wish to stay anonymous is no report -------------

WITNESS_ANONYMOUS = """
The       the       DET    2   det        O  Definite=Def|PronType=Art
building  building  NOUN   3   nsubj      O  Number=Sing
shook     shook     VERB   8   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
for       for       ADP    6   case       O  _
a         a         DET    6   det        O  Definite=Ind|PronType=Art
minute~   minute    NOUN   3   obl        O  Number=Sing
,         ,         PUNCT  3   punct      O  _
said      say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a         a         DET    10  det        O  Definite=Ind|PronType=Art
witness~  witness   NOUN   8   nsubj      O  Number=Sing
,         ,         PUNCT  13  punct      O  _
who       who       PRON   13  nsubj      O  PronType=Rel
{verb:<9} {lemma:<9} VERB   10  acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not       not       PART   17  advmod     O  Polarity=Neg
to        to        PART   17  mark       O  _
be        be        AUX    17  aux:pass   O  VerbForm=Inf
{part:<9} {plemma:<9} VERB   13  xcomp      O  Tense=Past|VerbForm=Part|Voice=Pass
.         .         PUNCT  8   punct      O  _
"""

WITNESS_ADDED = """
The       the       DET    2   det        O  Definite=Def|PronType=Art
building  building  NOUN   3   nsubj      O  Number=Sing
shook     shook     VERB   8   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
for       for       ADP    6   case       O  _
a         a         DET    6   det        O  Definite=Ind|PronType=Art
minute~   minute    NOUN   3   obl        O  Number=Sing
,         ,         PUNCT  3   punct      O  _
said      say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a         a         DET    10  det        O  Definite=Ind|PronType=Art
witness~  witness   NOUN   8   nsubj      O  Number=Sing
,         ,         PUNCT  13  punct      O  _
who       who       PRON   13  nsubj      O  PronType=Rel
added     add       VERB   10  acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that      that      SCONJ  17  mark       O  _
the       the       DET    16  det        O  Definite=Def|PronType=Art
windows   window    NOUN   17  nsubj      O  Number=Plur
broke~    break     VERB   13  ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .         PUNCT  8   punct      O  _
"""


@pytest.mark.parametrize(("verb", "lemma", "part", "plemma"), [
    ("asked", "ask", "named~", "name"), ("requested", "request", "identified~", "identify"),
    ("asked", "ask", "identified~", "identify")])
def test_an_anonymity_clause_is_no_report(verb: str, lemma: str, part: str, plemma: str) -> None:
    result = record(WITNESS_ANONYMOUS.format(verb=verb, lemma=lemma, part=part, plemma=plemma))
    assert [q["text"] for q in result["quotes"]] == ["The building shook for a minute"]
    assert [(s["name"], s["type"]) for s in result["speakers"]] == [("a witness", "anonymous")]


def test_an_anonymous_speaker_and_its_relative_are_one_entity() -> None:
    result = record(WITNESS_ADDED)
    assert [q["text"] for q in result["quotes"]] == ["The building shook for a minute", "that the windows broke"]
    assert [q["speaker"]["entity"] for q in result["quotes"]] == ["E1", "E1"]
    assert len(result["speakers"]) == 1
    text = build_document(WITNESS_ADDED).text
    assert [text[s:e] for s, e in result["speakers"][0]["mentions"]] == ["a witness", "who"]


# --- an organisation's official named in apposition speaks, not the organisation ----------------

FED_CHAIR = """
The           the          DET    3   det         O  Definite=Def|PronType=Art
Federal       Federal      ADJ    3   amod        O  Degree=Pos
Reserve       Reserve      PROPN  4   nsubj       O  Number=Sing
held          hold         VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
interest      interest     NOUN   6   compound    O  Number=Sing
rates         rate         NOUN   4   obj         O  Number=Plur
steady        steady       ADJ    6   amod        O  Degree=Pos
on            on           ADP    9   case        O  _
Wednesday~    Wednesday    PROPN  7   obl         O  Number=Sing
,             ,            PUNCT  13  punct       O  _
and           and          CCONJ  13  cc          O  _
its           its          PRON   13  nmod:poss   O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
{role}~ {role} NOUN 9 conj O Number=Sing
,             ,            PUNCT  15  punct       O  _
{first} {first} PROPN 13 appos O Number=Sing
{last}~ {last} PROPN 15 flat O Number=Sing
,             ,            PUNCT  16  punct       O  _
said          say          VERB   4   conj        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the          DET    21  det         O  Definite=Def|PronType=Art
central       central      ADJ    21  amod        O  Degree=Pos
bank          bank         NOUN   23  nsubj:pass  O  Number=Sing
was           be           AUX    23  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
prepared      prepare      VERB   18  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
to            to           PART   25  mark        O  _
act           act          VERB   23  xcomp       O  VerbForm=Inf
"~            "            PUNCT  28  punct       O  _
as            as           ADP    28  case        O  _
appropriate~  appropriate  ADJ    25  obl         O  Degree=Pos
"~            "            PUNCT  28  punct       O  _
.             .            PUNCT  4   punct       O  _
"""

UNION_SECRETARY = """
'~          '          PUNCT  4   punct      O  _
We          we         PRON   4   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are         be         AUX    4   cop        O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready       ready      ADJ    19  ccomp      O  Degree=Pos
for         for        ADP    7   case       O  _
a           a          DET    7   det        O  Definite=Ind|PronType=Art
fight~      fight      NOUN   4   obl        O  Number=Sing
,~          ,          PUNCT  14  punct      O  _
'           '          PUNCT  14  punct      O  _
the         the        DET    11  det        O  Definite=Def|PronType=Art
{org}~ {org} PROPN 14 nmod:poss O Number=Sing
's          's         PART   11  case       O  _
general     general    ADJ    14  amod       O  Degree=Pos
secretary~  secretary  NOUN   4   parataxis  O  Number=Sing
,           ,          PUNCT  16  punct      O  _
{first} {first} PROPN 14 appos O Number=Sing
{last}~ {last} PROPN 16 flat O Number=Sing
,           ,          PUNCT  16  punct      O  _
said~       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.           .          PUNCT  19  punct      O  _
"""


@pytest.mark.parametrize(("role", "first", "last"), [("chair", "Jerome", "Powell"), ("spokeswoman", "Lisa", "Cook")])
def test_a_coordinated_cue_after_a_role_and_its_name_gives_the_name(role: str, first: str, last: str) -> None:
    result = record(FED_CHAIR.format(role=role, first=first, last=last))
    (quote,) = result["quotes"]
    assert quote["speaker"]["text"] == f"{first} {last}"
    assert [s["name"] for s in result["speakers"]] == [f"{first} {last}"]


@pytest.mark.parametrize(("org", "first", "last"), [("union", "Sharon", "Graham"), ("party", "Anna", "Berg")])
def test_an_owner_before_a_role_is_not_the_speaker(org: str, first: str, last: str) -> None:
    result = record(UNION_SECRETARY.format(org=org, first=first, last=last))
    (quote,) = result["quotes"]
    assert (quote["text"], quote["speaker"]["text"]) == ("We are ready for a fight,", f"{first} {last}")
    assert quote["confidence"] >= 0.8
