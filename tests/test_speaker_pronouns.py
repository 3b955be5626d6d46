"""Pronouns, relatives and documents as speakers (issue 14, kind 9), on hand-built parses (no model):
he/she go to a person, a role noun included, never to a thing or a place; "who" speaks only through
its antecedent; "a statement said" gives whoever issued the statement, else the document."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.model import Mention, Quote, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers import resolve_speakers


def last_speaker(table: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The last quote of a hand-built document and its speaker entity (None when unresolved)."""
    record = analyze(build_document(table)).to_record()
    quote = record["quotes"][-1]
    entities = {e["id"]: e for e in record["speakers"]}
    entity_id = quote["speaker"]["entity"] if quote["speaker"] else None
    return quote, entities.get(entity_id) if entity_id else None


# --- he/she and role nouns ---------------------------------------------------------------------

CARETAKER = """
The       the       DET   2  det
{role}    {role}    NOUN  3  nsubj
locked    lock      VERB  0  root
the       the       DET   5  det
gate~     gate      NOUN  3  obj
.         .         PUNCT 3  punct

#par
{pron}    {pron}    PRON  2  nsubj
said~     say       VERB  0  root
,         ,         PUNCT 6  punct
"~        "         PUNCT 6  punct
Nobody    nobody    PRON  6  nsubj
goes      go        VERB  2  ccomp
in        in        ADP   6  compound:prt
after     after     ADP   9  case
dark~     dark      NOUN  6  obl
.~        .         PUNCT 2  punct
"         "         PUNCT 2  punct
"""


@pytest.mark.parametrize(("role", "pron"), [("caretaker", "He"), ("nurse", "She"), ("referee", "He")])
def test_he_links_to_a_role_noun_named_before(role: str, pron: str) -> None:
    quote, entity = last_speaker(CARETAKER.format(role=role, pron=pron))
    assert quote["speaker"]["text"] == pron
    assert entity is not None and (entity["name"], entity["type"]) == (f"The {role}", "person")
    doc_text = build_document(CARETAKER.format(role=role, pron=pron)).text
    assert [doc_text[s:e] for s, e in entity["mentions"]] == [f"The {role}", pron]


HEAD_TEACHER = """
Then      then      ADV   7  advmod
a         a         DET   4  det
head      head      NOUN  4  compound
teacher   teacher   NOUN  7  nsubj
from      from      ADP   6  case
Riga      Riga      PROPN 4  nmod
raised    raise     VERB  0  root
his       his       PRON  9  nmod:poss
hand~     hand      NOUN  7  obj
.         .         PUNCT 7  punct

"~        "         PUNCT 3  punct
I         I         PRON  3  nsubj
heard     hear      VERB  13 ccomp
the       the       DET   5  det
budget    budget    NOUN  8  nsubj:pass
will      will      AUX   8  aux
be        be        AUX   8  aux:pass
cut       cut       VERB  3  ccomp
again~    again     ADV   8  advmod
,~        ,         PUNCT 13 punct
"         "         PUNCT 3  punct
he        he        PRON  13 nsubj
said      say       VERB  0  root
quietly~  quietly   ADV   13 advmod
.         .         PUNCT 13 punct
"""


def test_he_is_the_person_not_the_place_he_came_from() -> None:
    _, entity = last_speaker(HEAD_TEACHER)
    assert entity is not None and (entity["name"], entity["type"]) == ("a head teacher", "person")


THING_THEN_HE = """
{first}   {first_lemma} {upos} 2 nsubj
followed  follow    VERB  0  root
the       the       DET   4  det
ruling~   ruling    NOUN  2  obj
.         .         PUNCT 2  punct

He        he        PRON  2  nsubj
said~     say       VERB  0  root
,         ,         PUNCT 6  punct
"~        "         PUNCT 6  punct
I         I         PRON  6  nsubj
stand     stand     VERB  2  ccomp
by        by        ADP   9  case
every     every     DET   9  det
word~     word      NOUN  6  obl
.~        .         PUNCT 2  punct
"         "         PUNCT 2  punct
"""


@pytest.mark.parametrize(
    ("first", "first_lemma", "upos"), [("Controversy", "Controversy", "NOUN"), ("Chaos", "Chaos", "NOUN")]
)
def test_he_never_links_to_a_capitalised_common_noun(first: str, first_lemma: str, upos: str) -> None:
    quote, entity = last_speaker(THING_THEN_HE.format(first=first, first_lemma=first_lemma, upos=upos))
    assert quote["speaker"]["text"] == "He" and entity is None


PLACE_THEN_HE = """
Protests  protest   NOUN  2  nsubj
spread    spread    VERB  0  root
to        to        ADP   4  case
Cleveland~ Cleveland PROPN 2 obl
.         .         PUNCT 2  punct

He        he        PRON  2  nsubj
said~     say       VERB  0  root
,         ,         PUNCT 6  punct
"~        "         PUNCT 6  punct
I         I         PRON  6  nsubj
stand     stand     VERB  2  ccomp
by        by        ADP   9  case
every     every     DET   9  det
word~     word      NOUN  6  obl
.~        .         PUNCT 2  punct
"         "         PUNCT 2  punct
"""


def test_he_never_links_to_a_bare_place_name() -> None:
    quote, entity = last_speaker(PLACE_THEN_HE)
    assert quote["speaker"]["text"] == "He" and entity is None


MAYOR_THANKED_CARETAKER = """
Ada       Ada       PROPN 3  nsubj
Brenn     Brenn     PROPN 1  flat
thanked   thank     VERB  0  root
the       the       DET   5  det
caretaker~ caretaker NOUN 3  obj
.         .         PUNCT 3  punct

She       she       PRON  2  nsubj
said~     say       VERB  0  root
,         ,         PUNCT 6  punct
"~        "         PUNCT 6  punct
Nobody    nobody    PRON  6  nsubj
goes      go        VERB  2  ccomp
in        in        ADP   6  compound:prt
after     after     ADP   9  case
dark~     dark      NOUN  6  obl
.~        .         PUNCT 2  punct
"         "         PUNCT 2  punct
"""


def test_a_name_outweighs_a_role_noun_beside_it() -> None:
    _, entity = last_speaker(MAYOR_THANKED_CARETAKER)
    assert entity is not None and entity["name"] == "Ada Brenn"


NAMED_THEN_HE = CARETAKER.replace("The       the       DET   2  det\n{role}    {role}    NOUN  3  nsubj",
                                  "Tomas     Tomas     PROPN 3  nsubj\n{role}    {role}    PROPN 1  flat")


def test_a_role_link_is_less_sure_than_a_name_link() -> None:
    by_role, _ = last_speaker(CARETAKER.format(role="caretaker", pron="He"))
    by_name, entity = last_speaker(NAMED_THEN_HE.format(role="Reyland", pron="He"))
    assert entity is not None and entity["name"] == "Tomas Reyland"
    assert by_role["confidence"] < by_name["confidence"]


# --- documents ---------------------------------------------------------------------------------

STATEMENT_FROM = """
"~        "         PUNCT 3  punct
We        we        PRON  3  nsubj
regret    regret    VERB  13 ccomp
the       the       DET   5  det
delay~    delay     NOUN  3  obj
,~        ,         PUNCT 3  punct
"         "         PUNCT 3  punct
a         a         DET   9  det
{doc}     {doc}     NOUN  13 nsubj
{case}    {case}    ADP   12 case
Northwind Northwind PROPN 12 compound
Rail      Rail      PROPN 9  nmod
said~     say       VERB  0  root
.         .         PUNCT 13 punct
"""


@pytest.mark.parametrize(("doc", "case"), [("statement", "from"), ("memo", "from"), ("letter", "from")])
def test_document_from_a_named_issuer(doc: str, case: str) -> None:
    _, entity = last_speaker(STATEMENT_FROM.format(doc=doc, case=case))
    assert entity is not None and entity["name"] == "Northwind Rail"


UNION_POST = """
"~        "         PUNCT 4  punct
Our       our       PRON  3  nmod:poss
members   member    NOUN  4  nsubj
voted     vote      VERB  13 ccomp
to        to        PART  6  mark
strike~   strike    VERB  4  xcomp
,~        ,         PUNCT 4  punct
"         "         PUNCT 4  punct
the       the       DET   10 det
union~    union     NOUN  12 nmod:poss
's        's        PART  10 case
{doc}     {doc}     NOUN  13 nsubj
{verb}~   {lemma}   VERB  0  root
.         .         PUNCT 13 punct
"""


@pytest.mark.parametrize(("doc", "verb", "lemma"), [("post", "read", "read"), ("statement", "said", "say")])
def test_possessor_of_the_document_speaks(doc: str, verb: str, lemma: str) -> None:
    _, entity = last_speaker(UNION_POST.format(doc=doc, verb=verb, lemma=lemma))
    assert entity is not None and entity["name"] == "the union"


ISSUED_BEFORE = """
The       the       DET   2  det
mayor~    mayor     NOUN  4  nmod:poss
's        's        PART  2  case
office    office    NOUN  5  nsubj
issued    issue     VERB  0  root
a         a         DET   7  det
statement~ statement NOUN 5  obj
.         .         PUNCT 5  punct

"~        "         PUNCT 5  punct
The       the       DET   3  det
road      road      NOUN  5  nsubj
will      will      AUX   5  aux
reopen    reopen    VERB  12 ccomp
on        on        ADP   7  case
Monday~   Monday    PROPN 5  obl
,~        ,         PUNCT 5  punct
"         "         PUNCT 5  punct
the       the       DET   11 det
statement statement NOUN  12 nsubj
said~     say       VERB  0  root
.         .         PUNCT 12 punct
"""


def test_document_issued_in_the_sentence_before() -> None:
    _, entity = last_speaker(ISSUED_BEFORE)
    assert entity is not None and entity["name"] == "The mayor's office"


REPORT_SAID = """
The       the       DET   2  det
{doc}     {doc}     NOUN  3  nsubj
said      say       VERB  0  root
the       the       DET   5  det
river     river     NOUN  8  nsubj:pass
had       have      AUX   8  aux
been      be        AUX   8  aux:pass
polluted  pollute   VERB  3  ccomp
for       for       ADP   10 case
years~    year      NOUN  8  obl
.         .         PUNCT 3  punct
"""


@pytest.mark.parametrize("doc", ["report", "post", "study"])
def test_document_with_no_issuer_is_an_anonymous_source(doc: str) -> None:
    _, entity = last_speaker(REPORT_SAID.format(doc=doc))
    assert entity is not None and (entity["name"], entity["type"]) == (f"The {doc}", "anonymous")


# --- relatives ---------------------------------------------------------------------------------

RELATIVE_LOST = """
The       the       DET   2  det
plan      plan      NOUN  3  nsubj
angered   anger     VERB  0  root
Mara      Mara      PROPN 3  obj
Solvik~   Solvik    PROPN 4  flat
,         ,         PUNCT 7  punct
who       who       PRON  8  nsubj
said      say       VERB  3  parataxis
the       the       DET   10 det
beds      bed       NOUN  12 nsubj
were      be        AUX   12 cop
full~     full      ADJ   8  ccomp
.         .         PUNCT 3  punct
"""

RELATIVE_ALONE = """
Who       who       PRON  2  nsubj
said      say       VERB  0  root
the       the       DET   4  det
beds      bed       NOUN  6  nsubj
were      be        AUX   6  cop
full~     full      ADJ   2  ccomp
.         .         PUNCT 2  punct
"""


def relative_quote(table: str) -> tuple[list[Quote], list[Any]]:
    doc = build_document(table)
    at = doc.text.index("the beds were full")
    who = doc.text.lower().index("who")
    head = next(t.index for t in doc.tokens if t.text.lower() == "who")
    speaker = Mention(Span(who, who + 3), doc.text[who : who + 3], "pronoun", head)
    quote = Quote("q1", "indirect", (Span(at, at + len("the beds were full")),), speaker=speaker, confidence=0.8)
    resolved, entities = resolve_speakers(doc, [quote])
    return resolved, entities


def test_who_whose_clause_the_parser_lost_speaks_for_the_noun_before_it() -> None:
    resolved, entities = relative_quote(RELATIVE_LOST)
    assert [e.name for e in entities] == ["Mara Solvik"] and resolved[0].entity_id == entities[0].id


def test_who_with_no_antecedent_is_no_speaker() -> None:
    resolved, entities = relative_quote(RELATIVE_ALONE)
    assert resolved[0].speaker is None and resolved[0].entity_id is None and entities == []


# --- a dateline never speaks --------------------------------------------------------------------

DATELINE_SUBJECT = """
MOSCOW    MOSCOW    PROPN 6  nsubj
—         —         PUNCT 1  punct
The       the       DET   5  det
foreign   foreign   ADJ   5  amod
ministry  ministry  NOUN  1  appos
said      say       VERB  0  root
on        on        ADP   8  case
Monday    Monday    PROPN 6  obl
that      that      SCONJ 12 mark
talks     talk      NOUN  12 nsubj
would     would     AUX   12 aux
resume~   resume    VERB  6  ccomp
.         .         PUNCT 6  punct
"""

DATELINE_WITH_AGENCY = """
LONDON    LONDON    PROPN 7  nsubj
(~        (         PUNCT 3  punct
Reuters~  Reuters   PROPN 1  appos
)         )         PUNCT 3  punct
—         —         PUNCT 1  punct
Rescuers  rescuer   NOUN  1  appos
said      say       VERB  0  root
two       two       NUM   9  nummod
people    people    NOUN  11 nsubj:pass
were      be        AUX   11 aux:pass
saved~    save      VERB  7  ccomp
.         .         PUNCT 7  punct
"""


@pytest.mark.parametrize(
    ("table", "speaker"), [(DATELINE_SUBJECT, "The foreign ministry"), (DATELINE_WITH_AGENCY, "Rescuers")]
)
def test_a_dateline_taken_for_the_subject_never_speaks(table: str, speaker: str) -> None:
    quote, entity = last_speaker(table)
    assert quote["speaker"]["text"] == speaker
    assert entity is not None and entity["name"] == speaker


# The union posted a statement on Monday. The post read: "We will strike on Friday."
POSTED = """
The        the        DET    2  det
union      union      NOUN   3  nsubj
{verb}     {lemma}    VERB   0  root
a          a          DET    5  det
statement  statement  NOUN   3  obj
on         on         ADP    7  case
Monday~    Monday     PROPN  3  obl
.          .          PUNCT  3  punct

The       the       DET    2  det
{doc}     {doc}     NOUN   3  nsubj
read~     read      VERB   0  root
:         :         PUNCT  8  punct
"~        "         PUNCT  8  punct
We        we        PRON   8  nsubj
will      will      AUX    8  aux
strike    strike    VERB   3  ccomp
on        on        ADP    10 case
Friday~   Friday    PROPN  8  obl
.~        .         PUNCT  8  punct
"         "         PUNCT  8  punct
"""


@pytest.mark.parametrize(("verb", "lemma", "doc"), [("posted", "post", "post"), ("tweeted", "tweet", "tweet"),
                                                    ("issued", "issue", "statement")])
def test_the_verb_that_names_the_document_gives_its_issuer(verb: str, lemma: str, doc: str) -> None:
    _, entity = last_speaker(POSTED.format(verb=verb, lemma=lemma, doc=doc))
    assert entity is not None and entity["name"] == "The union"


def test_a_verb_naming_another_document_gives_no_issuer() -> None:
    _, entity = last_speaker(POSTED.format(verb="posted", lemma="post", doc="report"))
    assert entity is not None and (entity["name"], entity["type"]) == ("The report", "anonymous")
