"""Names of speakers in other outlets' conventions (issue 14, kind 8), on hand-built parses (no model):
a sentence opener glued onto a name, a common word that opens a name, a role in apposition, a role
joined to a role, a Title Case headline, a headline label before a colon."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def speakers_of(table: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The quotes and the speaker entities by id of a hand-built document."""
    record = analyze(build_document(table)).to_record()
    return record["quotes"], {e["id"]: e for e in record["speakers"]}


def only_speaker(table: str) -> dict[str, Any]:
    quotes, entities = speakers_of(table)
    assert len(quotes) == 1, quotes
    entity_id = quotes[0]["speaker"]["entity"]
    assert entity_id is not None, quotes[0]
    return entities[entity_id]


# --- a capitalised opener is not part of the name -------------------------------------------

OPENER_AMOD = """
{opener}  {lemma}  {upos}  2 {deprel}
Hal       Hal      PROPN   4 nsubj
Benton    Benton   PROPN   2 flat
said      say      VERB    0 root
the       the      DET     6 det
plan      plan     NOUN    8 nsubj
would     would    AUX     8 aux
fail~     fail     VERB    4 ccomp
.         .        PUNCT   4 punct
"""


@pytest.mark.parametrize(
    ("opener", "lemma", "upos", "deprel"),
    [
        ("Later", "late", "ADJ", "amod"),  # as tagged by the bundled model
        ("Earlier", "early", "ADV", "advmod"),
        ("Meanwhile", "meanwhile", "PROPN", "compound"),
        ("Today", "today", "NOUN", "compound"),
        ("Then", "then", "PROPN", "flat"),
    ],
)
def test_sentence_opener_is_not_part_of_the_name(opener: str, lemma: str, upos: str, deprel: str) -> None:
    table = OPENER_AMOD.format(opener=opener, lemma=lemma, upos=upos, deprel=deprel)
    entity = only_speaker(table)
    assert (entity["name"], entity["type"]) == ("Hal Benton", "person")
    quotes, _ = speakers_of(table)
    assert quotes[0]["speaker"]["text"] == "Hal Benton"  # the mention drops the opener too


YESTERDAY_AS_HEAD = """
Yesterday yesterday PROPN 4  nsubj
Carla     Carla     PROPN 1  flat
Ruiz      Ruiz      PROPN 2  flat
said      say       VERB  0  root
the       the       DET   6  det
school    school    NOUN  8  nsubj
would     would     AUX   8  aux
reopen    reopen    VERB  4  ccomp
in        in        ADP   10 case
May~      May       PROPN 8  obl
.         .         PUNCT 4  punct
"""


def test_opener_the_parser_made_the_head_of_the_name() -> None:
    entity = only_speaker(YESTERDAY_AS_HEAD)
    assert entity["name"] == "Carla Ruiz"


# --- a common word before a name: the name is the part that heads the phrase -----------------

UNION_OFFICIAL = """
Union     Union     PROPN 3  compound
official  official  ADJ   3  amod
Rob       Rob       PROPN 5  nsubj
Kettering Kettering PROPN 3  flat
said      say       VERB  0  root
the       the       DET   7  det
offer     offer     NOUN  10 nsubj
was       be        AUX   10 cop
too       too       ADV   10 advmod
low~      low       ADJ   5  ccomp
.         .         PUNCT 5  punct
"""

PORT_SPOKESMAN = """
Port      Port      PROPN 3  compound
spokesman spokesman NOUN  3  compound
Grant     Grant     PROPN 5  nsubj
Ames      Ames      PROPN 3  flat
said      say       VERB  0  root
the       the       DET   7  det
ships     ship      NOUN  9  nsubj
were      be        AUX   9  cop
late~     late      ADJ   5  ccomp
.         .         PUNCT 5  punct
"""


@pytest.mark.parametrize(
    ("table", "name", "description"),
    [(UNION_OFFICIAL, "Rob Kettering", "Union official"), (PORT_SPOKESMAN, "Grant Ames", "Port spokesman")],
)
def test_modifier_apart_from_the_name_is_its_description(table: str, name: str, description: str) -> None:
    entity = only_speaker(table)
    assert (entity["name"], entity["type"], entity["description"]) == (name, "person", description)


COMPANY_SPOKESWOMAN = """
"~          "           PUNCT 4  punct
We          we          PRON  4  nsubj
are         be          AUX   4  cop
proud       proud       ADJ   11 ccomp
of          of          ADP   8  case
the         the         DET   8  det
new         new         ADJ   8  amod
line~       line        NOUN  4  obl
,~          ,           PUNCT 4  punct
"           "           PUNCT 4  punct
said        say         VERB  0  root
a           a           DET   14 det
company     company     NOUN  14 compound
spokeswoman~ spokeswoman NOUN 11 nsubj
,           ,           PUNCT 16 punct
Nadia       Nadia       PROPN 14 appos
Ferro~      Ferro       PROPN 16 flat
.           .           PUNCT 11 punct
"""


def test_role_then_name_in_apposition() -> None:
    entity = only_speaker(COMPANY_SPOKESWOMAN)
    assert (entity["name"], entity["type"], entity["description"]) == ("Nadia Ferro", "person", "company spokeswoman")


# --- a role joined to a role describes one speaker --------------------------------------------

PRESIDENT_AND_CEO = """
"~         "          PUNCT 4  punct
We         we         PRON  4  nsubj
will       will       AUX   4  aux
wait       wait       VERB  10 ccomp
for        for        ADP   7  case
the        the        DET   7  det
audit~     audit      NOUN  4  obl
,~         ,          PUNCT 4  punct
"          "          PUNCT 4  punct
said       say        VERB  0  root
Rosa       Rosa       PROPN 10 nsubj
M.         M.         PROPN 11 flat
Quill~     Quill      PROPN 11 flat
,          ,          PUNCT 15 punct
{role}     {role}     NOUN  11 {rel}
and        and        CCONJ 17 cc
{second}   {second}   {upos} 11 conj
of         of         ADP   22 case
the        the        DET   22 det
Lakeside   Lakeside   PROPN 22 compound
Growers    Growers    PROPN 22 compound
Council~   Council    PROPN 15 nmod
.          .          PUNCT 10 punct
"""


@pytest.mark.parametrize(
    ("role", "rel", "second", "upos"),
    [("president", "list", "CEO", "PROPN"), ("chairman", "appos", "founder", "NOUN"),
     ("director", "list", "treasurer", "NOUN")],
)
def test_role_and_role_is_one_person(role: str, rel: str, second: str, upos: str) -> None:
    entity = only_speaker(PRESIDENT_AND_CEO.format(role=role, rel=rel, second=second, upos=upos))
    assert (entity["name"], entity["type"]) == ("Rosa M. Quill", "person")
    assert entity["description"].startswith(role)


HUSBAND_AND_WIFE = """
Rosa      Rosa      PROPN 7  nsubj
Quill     Quill     PROPN 1  flat
and       and       CCONJ 5  cc
her       her       PRON  5  nmod:poss
husband   husband   NOUN  1  conj
Tomas     Tomas     PROPN 5  flat
said      say       VERB  0  root
they      they      PRON  10 nsubj
would     would     AUX   10 aux
stay~     stay      VERB  7  ccomp
.         .         PUNCT 7  punct
"""

MAYOR_AND_CHIEF = """
The       the       DET   2  det
mayor     mayor     NOUN  7  nsubj
and       and       CCONJ 6  cc
the       the       DET   6  det
fire      fire      NOUN  6  compound
chief     chief     NOUN  2  conj
said      say       VERB  0  root
the       the       DET   9  det
road      road      NOUN  11 nsubj
was       be        AUX   11 cop
closed~   closed    ADJ   7  ccomp
.         .         PUNCT 7  punct
"""


@pytest.mark.parametrize("table", [HUSBAND_AND_WIFE, MAYOR_AND_CHIEF])
def test_two_people_joined_stay_a_group(table: str) -> None:
    assert only_speaker(table)["type"] == "group"


# --- a Title Case headline names nobody -------------------------------------------------------

ENDORSE_HEADLINE = """
Valley    Valley    PROPN 0  root
Nurses    Nurses    PROPN 1  flat
Endorse   Endorse   PROPN 1  flat
Maren     Maren     PROPN 1  list
Teague    Teague    PROPN 1  list
for       for       ADP   7  case
Mayor     Mayor     PROPN 1  nmod

#par
The       the       DET   2  det
association association NOUN 4 nsubj
today     today     NOUN  4  obl:tmod
endorsed  endorse   VERB  0  root
Maren     Maren     PROPN 4  obj
Teague~   Teague    PROPN 5  flat
.         .         PUNCT 4  punct

#par
"~        "         PUNCT 4  punct
I         I         PRON  4  nsubj
am        be        AUX   4  cop
grateful  grateful  ADJ   10 ccomp
for       for       ADP   7  case
their     their     PRON  7  nmod:poss
trust~    trust     NOUN  4  obl
,~        ,         PUNCT 4  punct
"         "         PUNCT 4  punct
said      say       VERB  0  root
Teague~   Teague    PROPN 10 nsubj
.         .         PUNCT 10 punct
"""

FIRE_FIGHTERS_HEADLINE = """
Fire      Fire      PROPN 2  compound
Fighters  Fighters  NOUN  0  root
Back      Back      PROPN 2  flat
Marla     Marla     PROPN 3  flat
Quintero  Quintero  PROPN 2  appos

#par
Union     union     NOUN  2  compound
members   member    NOUN  3  nsubj
voted     vote      VERB  0  root
to        to        PART  5  mark
endorse   endorse   VERB  3  xcomp
Marla     Marla     PROPN 5  obj
Quintero~ Quintero  PROPN 6  flat
.         .         PUNCT 3  punct

#par
"~        "         PUNCT 4  punct
They      they      PRON  4  nsubj
know      know      VERB  0  ccomp
me~       me        PRON  4  obj
,~        ,         PUNCT 4  punct
"         "         PUNCT 4  punct
said      say       VERB  0  root
Quintero~ Quintero  PROPN 8  nsubj
.         .         PUNCT 8  punct
"""


@pytest.mark.parametrize(
    ("table", "name"), [(ENDORSE_HEADLINE, "Maren Teague"), (FIRE_FIGHTERS_HEADLINE, "Marla Quintero")]
)
def test_title_case_headline_is_not_a_name(table: str, name: str) -> None:
    quotes, entities = speakers_of(table)
    speaker = entities[quotes[-1]["speaker"]["entity"]]
    assert (speaker["name"], speaker["type"]) == (name, "person")


TITLE_CASE_SENTENCE = """
Mayor     Mayor     PROPN 3  nsubj
Ola       Ola       PROPN 1  flat
Brenner   Brenner   PROPN 1  flat
Told      tell      VERB  0  root
Reporters reporter  NOUN  4  obj
The       the       DET   7  det
Plan      plan      NOUN  9  nsubj
Was       be        AUX   9  cop
Dead~     dead      ADJ   4  ccomp
.         .         PUNCT 4  punct
"""


def test_title_case_sentence_with_a_full_stop_keeps_its_names() -> None:
    entity = only_speaker(TITLE_CASE_SENTENCE.replace("3  nsubj", "4  nsubj", 1))
    assert entity["name"] == "Ola Brenner"


# --- a headline label before a colon is nobody -------------------------------------------------

LABEL_COLON = """
{label}~  {label}   PROPN 0  root
:         :         PUNCT 5  punct
Mayor     Mayor     PROPN 5  nsubj
Teague    Teague    PROPN 3  flat
Opens     open      VERB  1  parataxis
New       New       ADJ   7  amod
Clinic    Clinic    PROPN 5  obj
in        in        ADP   9  case
Eastport  Eastport  PROPN 5  obl
"""


# kicker labels (word_classes.tsv) and words that are labels alone (headline-labels: RECAP, New, MORE)
@pytest.mark.parametrize("label", ["ICYMI", "BREAKING", "Watch", "EXCLUSIVE", "RECAP", "New", "MORE", "Trending"])
def test_headline_label_is_no_speaker(label: str) -> None:
    quotes, _ = speakers_of(LABEL_COLON.format(label=label))
    assert quotes == []


def test_name_before_a_colon_still_speaks() -> None:
    quotes, entities = speakers_of(LABEL_COLON.format(label="Teague"))
    assert [(q["rule"], q["speaker"]["text"]) for q in quotes] == [("name-colon", "Teague")]


# --- a title tagged as an adjective; a name after a role that the parser hung elsewhere ---------

TITLE_AS_ADJECTIVE = """
{title}   {lemma}   ADJ   2  amod
Ezra      Ezra      PROPN 4  nsubj
Mond      Mond      PROPN 2  flat
said      say       VERB  0  root
the       the       DET   6  det
school    school    NOUN  9  nsubj
would     would     AUX   9  aux
be        be        AUX   9  aux:pass
rebuilt~  rebuild   VERB  4  ccomp
.         .         PUNCT 4  punct
"""


@pytest.mark.parametrize(("title", "lemma"), [("Principal", "principal"), ("Chief", "chief")])
def test_title_tagged_as_adjective_is_a_description(title: str, lemma: str) -> None:
    entity = only_speaker(TITLE_AS_ADJECTIVE.format(title=title, lemma=lemma))
    assert (entity["name"], entity["type"], entity["description"]) == ("Ezra Mond", "person", title)


ROLE_COMMA_NAME = """
"~        "         PUNCT 5  punct
I         I         PRON  5  nsubj
did       do        AUX   5  aux
not       not       PART  5  advmod
see       see       VERB  10 advcl
the       the       DET   7  det
sign~     sign      NOUN  5  obj
,~        ,         PUNCT 5  punct
"         "         PUNCT 5  punct
{verb}    {lemma}   VERB  0  root
the       the       DET   12 det
{role}~   {role}    NOUN  10 nsubj
,         ,         PUNCT 14 punct
Nils      Nils      PROPN 10 {rel}
Aho~      Aho       PROPN 14 flat
.         .         PUNCT 10 punct
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "role", "rel"),
    [("stammered", "stammer", "driver", "dep"), ("said", "say", "driver", "parataxis"),
     ("added", "add", "spokesman", "list")],
)
def test_name_after_a_role_and_a_comma_names_it(verb: str, lemma: str, role: str, rel: str) -> None:
    entity = only_speaker(ROLE_COMMA_NAME.format(verb=verb, lemma=lemma, role=role, rel=rel))
    assert (entity["name"], entity["type"]) == ("Nils Aho", "person")


# --- a first name the tagger read as a verb or an auxiliary ---------------------------------------

FIRST_NAME_AS_WORD = """
{word}    {lemma}   {upos} 3  {rel}
Carden    Carden    PROPN 3  nsubj
said      say       VERB  0  root
the       the       DET   5  det
vote      vote      NOUN  7  nsubj
was       be        AUX   7  cop
fair~     fair      ADJ   3  ccomp
.         .         PUNCT 3  punct
"""


@pytest.mark.parametrize(
    ("word", "lemma", "upos", "rel", "name"),
    [("Will", "will", "AUX", "aux", "Will Carden"), ("Mark", "mark", "VERB", "advcl", "Mark Carden"),
     ("Rob", "rob", "VERB", "dep", "Rob Carden"),
     # an inflected verb and a noun are no first names
     ("Said", "Said", "VERB", "dep", "Carden"), ("Democrat", "democrat", "NOUN", "compound", "Carden")],
)
def test_first_name_read_as_a_word(word: str, lemma: str, upos: str, rel: str, name: str) -> None:
    entity = only_speaker(FIRST_NAME_AS_WORD.format(word=word, lemma=lemma, upos=upos, rel=rel))
    assert entity["name"] == name
