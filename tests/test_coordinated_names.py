"""Every person joined by "and" is a name of their own, with their own title and apposition, however
the parse links them: "Senator Ruth Gale and Governor Tom Fry" (Fry hung under Ruth) is two people,
not "Tom Fry" described as "Senator Ruth Gale and Governor"; "Leo Marsh, a former minister, and Mia
Grant, his successor" gives Marsh "former minister" alone. An organization or a country keeps its
"and". Hand-built parses as stanza gave them."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers.context import View
from quotetrace.core.speakers.lexicon import load_lexicon
from quotetrace.core.speakers.names import find_names

# Senator Ruth Gale and Governor Tom Fry spoke after the meeting. "We reached a deal," Fry said.
# "It is a good deal for the state," she added.
GALE_FRY = """
Senator   Senator   PROPN  8   nsubj     O  Number=Sing
Ruth      Ruth      PROPN  8   nsubj     O  Number=Sing
Gale      Gale      PROPN  2   flat      O  Number=Sing
and       and       CCONJ  5   cc        O  _
Governor  Governor  PROPN  3   conj      O  Number=Sing
Tom       Tom       PROPN  7   compound  O  Number=Sing
Fry       Fry       PROPN  2   flat      O  Number=Sing
spoke     speak     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
after     after     ADP    11  case      O  _
the       the       DET    11  det       O  Definite=Def|PronType=Art
meeting~  meeting   NOUN   8   obl       O  Number=Sing
.         .         PUNCT  8   punct     O  _

"~       "      PUNCT  3  punct  O  _
We       we     PRON   3  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
reached  reach  VERB   9  ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
a        a      DET    5  det    O  Definite=Ind|PronType=Art
deal~    deal   NOUN   3  obj    O  Number=Sing
,~       ,      PUNCT  3  punct  O  _
"        "      PUNCT  3  punct  O  _
Fry      Fry    PROPN  9  nsubj  O  Number=Sing
said~    say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .      PUNCT  9  punct  O  _

"~      "      PUNCT  6   punct  O  _
It      it     PRON   6   nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
is      be     AUX    6   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
a       a      DET    6   det    O  Definite=Ind|PronType=Art
good    good   ADJ    6   amod   O  Degree=Pos
deal    deal   NOUN   13  ccomp  O  Number=Sing
for     for    ADP    9   case   O  _
the     the    DET    9   det    O  Definite=Def|PronType=Art
state~  state  NOUN   6   nmod   O  Number=Sing
,~      ,      PUNCT  6   punct  O  _
"       "      PUNCT  6   punct  O  _
she     she    PRON   13  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
added~  add    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .      PUNCT  13  punct  O  _
"""

# … "We reached a deal," Gale said.
GALE = """
Senator   Senator   PROPN  8   nsubj     O  Number=Sing
Ruth      Ruth      PROPN  8   nsubj     O  Number=Sing
Gale      Gale      PROPN  2   flat      O  Number=Sing
and       and       CCONJ  5   cc        O  _
Governor  Governor  PROPN  3   conj      O  Number=Sing
Tom       Tom       PROPN  7   compound  O  Number=Sing
Fry       Fry       PROPN  2   flat      O  Number=Sing
spoke     speak     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
after     after     ADP    11  case      O  _
the       the       DET    11  det       O  Definite=Def|PronType=Art
meeting~  meeting   NOUN   8   obl       O  Number=Sing
.         .         PUNCT  8   punct     O  _

"~       "      PUNCT  3  punct  O  _
We       we     PRON   3  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
reached  reach  VERB   9  ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
a        a      DET    5  det    O  Definite=Ind|PronType=Art
deal~    deal   NOUN   3  obj    O  Number=Sing
,~       ,      PUNCT  3  punct  O  _
"        "      PUNCT  3  punct  O  _
Gale     Gale   PROPN  9  nsubj  O  Number=Sing
said~    say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .      PUNCT  9  punct  O  _
"""

# Leo Marsh, a former minister, and Mia Grant, his successor, clashed in Parliament on Monday.
# "You have failed," Marsh said. "I have not," she replied.
MARSH_GRANT = """
Leo         Leo         PROPN  15  nsubj      O  Number=Sing
Marsh~      Marsh       PROPN  1   flat       O  Number=Sing
,           ,           PUNCT  6   punct      O  _
a           a           DET    6   det        O  Definite=Ind|PronType=Art
former      former      ADJ    6   amod       O  Degree=Pos
minister~   minister    NOUN   1   appos      O  Number=Sing
,           ,           PUNCT  10  punct      O  _
and         and         CCONJ  9   cc         O  _
Mia         Mia         PROPN  6   conj       O  Number=Sing
Grant~      grant       PROPN  1   conj       O  Number=Sing
,           ,           PUNCT  13  punct      O  _
his         his         PRON   13  nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
successor~  successor   NOUN   1   list       O  Number=Sing
,           ,           PUNCT  1   punct      O  _
clashed     clashed     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in          in          ADP    17  case       O  _
Parliament  Parliament  PROPN  15  obl        O  Number=Sing
on          on          ADP    19  case       O  _
Monday~     Monday      PROPN  15  obl        O  Number=Sing
.           .           PUNCT  15  punct      O  _

"~       "      PUNCT  4  punct  O  _
You      you    PRON   4  nsubj  O  Case=Nom|Person=2|PronType=Prs
have     have   AUX    4  aux    O  Mood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin
failed~  fail   VERB   8  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
,~       ,      PUNCT  4  punct  O  _
"        "      PUNCT  4  punct  O  _
Marsh    Marsh  PROPN  8  nsubj  O  Number=Sing
said~    say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .      PUNCT  8  punct  O  _

"~        "      PUNCT  3  punct      O  _
I         I      PRON   3  nsubj      O  Case=Nom|Number=Sing|Person=1|PronType=Prs
have      have   AUX    8  parataxis  O  Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin
not~      not    PART   8  advmod     O  Polarity=Neg
,~        ,      PUNCT  4  punct      O  _
"         "      PUNCT  3  punct      O  _
she       she    PRON   8  nsubj      O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
replied~  reply  VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .      PUNCT  8  punct      O  _
"""

# The Department of Health and Human Services said the rule would stand.
DEPARTMENT = """
The         the         DET    2   det       O  Definite=Def|PronType=Art
Department  Department  PROPN  8   nsubj     O  Number=Sing
of          of          ADP    4   case      O  _
Health      Health      PROPN  2   nmod      O  Number=Sing
and         and         CCONJ  7   cc        O  _
Human       Human       PROPN  7   compound  O  Number=Sing
Services    Services    PROPN  4   conj      O  Number=Plur
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    10  det       O  Definite=Def|PronType=Art
rule        rule        NOUN   12  nsubj     O  Number=Sing
would       would       AUX    12  aux       O  VerbForm=Fin
stand~      stand       VERB   8   ccomp     O  VerbForm=Inf
.           .           PUNCT  8   punct     O  _
"""


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record()


def names(table: str) -> list[tuple[str, str, str]]:
    """(display name, description, mention text) of every name phrase."""
    doc = build_document(table)
    view = View(doc, [])
    return [(n.display, n.description, doc.text[n.mention.start : n.mention.end])
            for n in find_names(view, load_lexicon(), frozenset())]


def test_two_titled_people_joined_by_and_are_two_names() -> None:
    found = names(GALE_FRY)
    assert ("Ruth Gale", "Senator", "Senator Ruth Gale") in found
    assert ("Tom Fry", "Governor", "Governor Tom Fry") in found


def test_she_after_two_people_named_together_is_a_guess() -> None:
    quotes = record(GALE_FRY)["quotes"]
    assert quotes[0]["speaker"]["name"] == "Tom Fry"
    assert quotes[1]["confidence"] < 0.7  # Gale or Fry: the text never says which is a woman
    fry = next(e for e in record(GALE_FRY)["speakers"] if e["name"] == "Tom Fry")
    assert fry["description"] == "Governor"


def test_a_surname_finds_its_conjunct() -> None:
    [entity] = record(GALE)["speakers"]
    assert (entity["name"], entity["type"], entity["description"]) == ("Ruth Gale", "person", "Senator")


@pytest.mark.parametrize(("first", "second"), [("Senator", "Governor"), ("Mayor", "Chief"), ("Dr.", "Professor")])
def test_other_titles(first: str, second: str) -> None:
    table = "\n".join(" ".join({"Senator": first, "Governor": second}.get(c, c) for c in line.split())
                       for line in GALE_FRY.splitlines())
    found = {display: description for display, description, _ in names(table)}
    assert found["Ruth Gale"] == first and found["Tom Fry"] == second


def test_each_conjunct_keeps_its_own_apposition() -> None:
    found = {display: description for display, description, _ in names(MARSH_GRANT)}
    assert found["Leo Marsh"] == "former minister"  # not "former minister and Mia, his successor"
    quotes = record(MARSH_GRANT)["quotes"]
    assert quotes[1]["speaker"]["name"] == "Mia Grant"  # "his successor": Marsh is a man


def test_an_organization_keeps_its_and() -> None:
    assert names(DEPARTMENT) == [("Department of Health and Human Services", "",
                                  "The Department of Health and Human Services")]


# Unemployment fell in May, according to the Bureau of Labor Statistics.
BUREAU = """
Unemployment  Unemployment  NOUN   2   nsubj     O  Number=Sing
fell          fall          VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in            in            ADP    4   case      O  _
May~          May           PROPN  2   obl       O  Number=Sing
,             ,             PUNCT  9   punct     O  _
according     accord        VERB   9   case      O  Tense=Pres|VerbForm=Part
to            to            ADP    6   fixed     O  _
the           the           DET    9   det       O  Definite=Def|PronType=Art
Bureau        Bureau        PROPN  2   obl       O  Number=Sing
of            of            ADP    12  case      O  _
Labor         Labor         PROPN  12  compound  O  Number=Sing
Statistics~   Statistics    PROPN  9   nmod      O  Number=Plur
.             .             PUNCT  2   punct     O  _
"""

# "We got what we wanted," said union leader Frank Ruiz.
RUIZ = """
"~       "       PUNCT  3   punct      O  _
We       we      PRON   3   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
got      get     VERB   9   ccomp      O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
what     what    PRON   3   obj        O  PronType=Int
we       we      PRON   6   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
wanted~  want    VERB   4   acl:relcl  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
,~       ,       PUNCT  3   punct      O  _
"        "       PUNCT  3   punct      O  _
said     say     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
union    union   NOUN   11  compound   O  Number=Sing
leader   leader  NOUN   9   nsubj      O  Number=Sing
Frank    Frank   PROPN  11  appos      O  Number=Sing
Ruiz~    Ruiz    PROPN  12  flat       O  Number=Sing
.        .       PUNCT  9   punct      O  _
"""


def test_an_institution_named_with_of_is_one_name_and_the_mention_covers_it() -> None:
    [quote] = record(BUREAU)["quotes"]
    assert quote["speaker"]["text"] == "the Bureau of Labor Statistics"
    assert quote["speaker"]["name"] == "Bureau of Labor Statistics"
    [entity] = record(BUREAU)["speakers"]
    assert entity["type"] == "organization"


# Prices rose, according to the ORG of REST.
INSTITUTION = """
Prices     price      NOUN   2  nsubj  O  Number=Plur
rose~      rise       VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
,          ,          PUNCT  7  punct  O  _
according  accord     VERB   7  case   O  VerbForm=Part
to         to         ADP    4  fixed  O  _
the        the        DET    7  det    O  Definite=Def|PronType=Art
ORG        ORG        PROPN  2  obl    O  Number=Sing
of         of         ADP    9  case   O  _
REST~      REST       PROPN  7  nmod   O  Number=Sing
.          .          PUNCT  2  punct  O  _
"""


@pytest.mark.parametrize(("org", "rest"), [("University", "Chicago"), ("Ministry", "Defence"), ("Bank", "England")])
def test_other_institutions(org: str, rest: str) -> None:
    table = INSTITUTION.replace("ORG", org).replace("REST", rest)
    assert [display for display, _, _ in names(table)] == [f"{org} of {rest}"]


def test_of_after_a_person_joins_nothing() -> None:
    # "a friend of Mia Grant": of after a common noun that is no institution
    table = INSTITUTION.replace("ORG", "Leo").replace("REST", "Marsh")
    assert [display for display, _, _ in names(table)] == ["Leo", "Marsh"]


def test_a_role_before_the_name_is_part_of_the_speaker_mention() -> None:
    [quote] = record(RUIZ)["quotes"]
    assert quote["speaker"]["text"] == "union leader Frank Ruiz"
    assert quote["speaker"]["name"] == "Frank Ruiz"


# President Elena Novak spoke with Prime Minister James | Holt by phone on Sunday. Holt said the talks
# went well.   (the sentence splitter cut after "James")
CUT = """
President  President  PROPN  2  nmod:desc  O  Number=Sing
Elena      Elena      PROPN  4  nsubj      O  Number=Sing
Novak      Novak      PROPN  2  flat       O  Number=Sing
spoke      speak      VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
with       with       ADP    8  case       O  _
Prime      Prime      ADJ    8  amod       O  Degree=Pos
Minister   Minister   PROPN  8  compound   O  Number=Sing
James      James      PROPN  4  obl        O  Number=Sing

Holt     Holt    PROPN  0  root   O  Number=Sing
by       by      ADP    3  case   O  _
phone    phone   NOUN   1  nmod   O  Number=Sing
on       on      ADP    5  case   O  _
Sunday~  Sunday  PROPN  1  nmod   O  Number=Sing
.        .       PUNCT  1  punct  O  _

Holt   Holt  PROPN  2  nsubj   O  Number=Sing
said   say   VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the    the   DET    4  det     O  Definite=Def|PronType=Art
talks  talk  NOUN   5  nsubj   O  Number=Plur
went   go    VERB   2  ccomp   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
well~  well  ADV    5  advmod  O  Degree=Pos
.      .     PUNCT  2  punct   O  _
"""


def test_a_name_cut_by_the_sentence_splitter_is_one_name() -> None:
    [quote] = record(CUT)["quotes"]
    assert quote["speaker"]["name"] == "James Holt"
    [entity] = record(CUT)["speakers"]
    assert (entity["type"], entity["description"]) == ("person", "Prime Minister")


def test_a_sentence_that_ends_with_a_full_stop_is_not_cut_inside_a_name() -> None:
    ended = CUT.replace("James      James      PROPN  4  obl        O  Number=Sing",
                        "James      James      PROPN  4  obl        O  Number=Sing\n.  .  PUNCT  4  punct  O  _")
    assert ". Holt by phone" in build_document(ended).text
    assert record(ended)["quotes"][0]["speaker"]["name"] != "James Holt"


def test_a_paragraph_break_is_not_cut_inside_a_name() -> None:
    # a sentence that ends its paragraph, then a new paragraph (a line break between the two sentences)
    parted = CUT.replace("\n\nHolt     Holt    PROPN  0  root ", "\n\n#par\nHolt     Holt    PROPN  0  root ", 1)
    doc = build_document(parted)
    assert "James\nHolt by phone" in doc.text and len(doc.paragraphs) == 2 and len(doc.sentences) == 3
    assert record(parted)["quotes"][0]["speaker"]["name"] != "James Holt"


# Pastor Ilya Moren said the roof would be fixed.
PASTOR = """
{title}   {title}   PROPN  4  nsubj  O  Number=Sing
Ilya      Ilya      PROPN  1  flat   O  Number=Sing
Moren     Moren     PROPN  2  flat   O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    6  det    O  Definite=Def|PronType=Art
roof      roof      NOUN   9  nsubj  O  Number=Sing
would     would     AUX    9  aux    O  VerbForm=Fin
be        be        AUX    9  aux    O  VerbForm=Inf
fixed~    fix       VERB   4  ccomp  O  Tense=Past|VerbForm=Part
.         .         PUNCT  4  punct  O  _
"""


@pytest.mark.parametrize("title", ["Pastor", "Chaplain", "Rabbi"])
def test_a_clergy_title_is_no_part_of_the_name(title: str) -> None:
    [entity] = record(PASTOR.format(title=title))["speakers"]
    assert (entity["name"], entity["type"], entity["description"]) == ("Ilya Moren", "person", title)
