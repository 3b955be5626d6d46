"""Who a he/she is when two people are named: an apposition the parser called a conjunct ("Ann Cole,
his rival") describes its name and is no second speaker, and a possessive on a person noun in
apposition to a name refers to someone else, whose gender it then shows ("Ann Cole, his rival": Bob
Hunt is a man; "His deputy, Colonel Olga Sokolova": the general before is). Hand-built parses as
stanza gave them (`quotetrace debug-parse`), and variants with the genders or the order swapped."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers.context import View, apposed_conj
from quotetrace.core.speakers.gender import apposed_name
from quotetrace.core.speakers.lexicon import load_lexicon

# Bob Hunt said the plan would save lives. Ann Cole, his rival, called it "dangerous nonsense."
# "People will die," she said.   (rival: conj of Cole, no coordinator)
RIVAL = """
Bob     Bob    PROPN  3  nsubj  O  Number=Sing
Hunt    Hunt   PROPN  1  flat   O  Number=Sing
said    say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5  det    O  Definite=Def|PronType=Art
plan    plan   NOUN   7  nsubj  O  Number=Sing
would   would  AUX    7  aux    O  VerbForm=Fin
save    save   VERB   3  ccomp  O  VerbForm=Inf
lives~  life   NOUN   7  obj    O  Number=Plur
.       .      PUNCT  3  punct  O  _

Ann        Ann        PROPN  2   compound   O  Number=Sing
Cole~      Cole       PROPN  7   nsubj      O  Number=Sing
,          ,          PUNCT  5   punct      O  _
his        his        PRON   5   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
rival~     rival      NOUN   2   conj       O  Number=Sing
,          ,          PUNCT  2   punct      O  _
called     call       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it         it         PRON   7   obj        O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
"~         "          PUNCT  11  punct      O  _
dangerous  dangerous  ADJ    11  amod       O  Degree=Pos
nonsense~  nonsense   NOUN   7   obj        O  Number=Sing
.~         .          PUNCT  7   punct      O  _
"          "          PUNCT  7   punct      O  _

"~      "       PUNCT  4  punct  O  _
People  person  NOUN   4  nsubj  O  Number=Plur
will    will    AUX    4  aux    O  VerbForm=Fin
die~    die     VERB   8  ccomp  O  VerbForm=Inf
,~      ,       PUNCT  4  punct  O  _
"       "       PUNCT  4  punct  O  _
she     she     PRON   8  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~   say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .       PUNCT  8  punct  O  _
"""

# Ann Cole said the plan would fail. Bob Hunt, her rival, disagreed sharply. "It will succeed," he
# said. "She is wrong."   (rival: appos of Hunt)
HER_RIVAL = """
Ann    Ann    PROPN  3  nsubj  O  Number=Sing
Cole   Cole   PROPN  3  nsubj  O  Number=Sing
said   say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the    the    DET    5  det    O  Definite=Def|PronType=Art
plan   plan   NOUN   7  nsubj  O  Number=Sing
would  would  AUX    7  aux    O  VerbForm=Fin
fail~  fail   VERB   3  ccomp  O  VerbForm=Inf
.      .      PUNCT  3  punct  O  _

Bob        Bob       PROPN  7  nsubj      O  Number=Sing
Hunt~      Hunt      PROPN  1  flat       O  Number=Sing
,          ,         PUNCT  5  punct      O  _
her        her       PRON   5  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
rival~     rival     NOUN   1  appos      O  Number=Sing
,          ,         PUNCT  5  punct      O  _
disagreed  disagree  VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sharply~   sharply   ADV    7  advmod     O  _
.          .         PUNCT  7  punct      O  _

"~        "        PUNCT  4  punct  O  _
It        it       PRON   4  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
will      will     AUX    4  aux    O  VerbForm=Fin
succeed~  succeed  VERB   8  ccomp  O  VerbForm=Inf
,~        ,        PUNCT  4  punct  O  _
"         "        PUNCT  4  punct  O  _
he        he       PRON   8  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
said~     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  8  punct  O  _

"~      "      PUNCT  4  punct  O  _
She     she    PRON   4  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
is      be     AUX    4  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
wrong~  wrong  ADJ    0  root   O  Degree=Pos
.~      .      PUNCT  4  punct  O  _
"       "      PUNCT  4  punct  O  _
"""

# "We are ready," said General Ivan Petrov. His deputy, Colonel Olga Sokolova, was more cautious.
# "We need two more weeks," she said.   (deputy and Colonel: two subjects of "cautious")
DEPUTY = """
"~       "        PUNCT  4  punct  O  _
We       we       PRON   4  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are      be       AUX    4  cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~   ready    ADJ    7  ccomp  O  Degree=Pos
,~       ,        PUNCT  4  punct  O  _
"        "        PUNCT  4  punct  O  _
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
General  General  PROPN  7  nsubj  O  Number=Sing
Ivan     Ivan     PROPN  8  flat   O  Number=Sing
Petrov~  Petrov   PROPN  8  flat   O  Number=Sing
.        .        PUNCT  7  punct  O  _

His        his       PRON   2   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
deputy~    deputy    NOUN   10  nsubj      O  Number=Sing
,          ,         PUNCT  2   punct      O  _
Colonel    Colonel   PROPN  10  nsubj      O  Number=Sing
Olga       Olga      PROPN  4   flat       O  Number=Sing
Sokolova~  Sokolova  PROPN  4   flat       O  Number=Sing
,          ,         PUNCT  2   punct      O  _
was        be        AUX    10  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
more       more      ADV    10  advmod     O  Degree=Cmp
cautious~  cautious  ADJ    0   root       O  Degree=Pos
.          .         PUNCT  10  punct      O  _

"~      "     PUNCT  3   punct   O  _
We      we    PRON   3   nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
need    need  VERB   10  ccomp   O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
two     two   NUM    6   nummod  O  NumForm=Word|NumType=Card
more    more  ADJ    6   amod    O  Degree=Cmp
weeks~  week  NOUN   3   obj     O  Number=Plur
,~      ,     PUNCT  3   punct   O  _
"       "     PUNCT  3   punct   O  _
she     she   PRON   10  nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~   say   VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .     PUNCT  10  punct   O  _
"""

# "We will not give up," said the minister, Ann Cole, adding that talks would go on.
# (Cole: conj of minister, no coordinator)
MINISTER = """
"~         "         PUNCT  5   punct         O  _
We         we        PRON   5   nsubj         O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will       will      AUX    5   aux           O  VerbForm=Fin
not        not       PART   5   advmod        O  Polarity=Neg
give       give      VERB   9   ccomp         O  VerbForm=Inf
up~        up        ADP    5   compound:prt  O  _
,~         ,         PUNCT  5   punct         O  _
"          "         PUNCT  5   punct         O  _
said       say       VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    11  det           O  Definite=Def|PronType=Art
minister~  minister  NOUN   9   nsubj         O  Number=Sing
,          ,         PUNCT  14  punct         O  _
Ann        Ann       PROPN  14  compound      O  Number=Sing
Cole~      Cole      PROPN  11  conj          O  Number=Sing
,          ,         PUNCT  16  punct         O  _
adding     add       VERB   9   advcl         O  Tense=Pres|VerbForm=Part
that       that      SCONJ  18  det           O  PronType=Dem
talks      talk      NOUN   20  nsubj         O  Number=Plur
would      would     AUX    20  aux           O  VerbForm=Fin
go         go        VERB   16  ccomp         O  VerbForm=Inf
on~        on        ADP    20  compound:prt  O  _
.          .         PUNCT  9   punct         O  _
"""


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record()


def speakers(table: str) -> list[tuple[str, str | None, float]]:
    """(quote text, the speaker entity's name, confidence) of each quote."""
    return [(q["text"], (q["speaker"] or {}).get("name"), q["confidence"]) for q in record(table)["quotes"]]


def swap(table: str, pairs: dict[str, str]) -> str:
    """The table with whole cells replaced (names, pronouns and their Gender feature)."""
    rows = []
    for line in table.splitlines():
        rows.append(" ".join(pairs.get(cell, cell) for cell in line.split()))
    return "\n".join(rows) + "\n"


TO_FEMALE = {"his": "her", "His": "Her", "Gender=Masc": "Gender=Fem"}
TO_MALE = {"her": "his", "Gender=Fem": "Gender=Masc", "she": "he", "She": "He"}


def test_she_after_his_rival_is_the_rival_not_the_man_before() -> None:
    found = speakers(RIVAL)
    assert [name for _, name, _ in found] == ["Bob Hunt", "Ann Cole", "Ann Cole"]
    assert found[2][2] >= 0.7  # "his" showed Hunt a man: she can be no one else
    cole = next(e for e in record(RIVAL)["speakers"] if e["name"] == "Ann Cole")
    assert (cole["type"], cole["description"]) == ("person", "his rival")


def test_he_after_her_rival_is_the_rival() -> None:
    found = speakers(HER_RIVAL)
    assert [name for _, name, _ in found] == ["Ann Cole", "Bob Hunt"]
    assert found[1][2] >= 0.7


def test_the_rival_the_other_way_round() -> None:
    # Ann Cole said …; Bob Hunt, her rival, called it …; "People will die," he said.
    table = swap(RIVAL, {"Bob": "Ann", "Hunt": "Cole", "Ann": "Bob", "Cole~": "Hunt~", **TO_FEMALE,
                         "she": "he", "Gender=Fem": "Gender=Masc"})
    table = table.replace("her rival~ rival NOUN 2 conj O Number=Sing", "her rival~ rival NOUN 2 conj O Number=Sing")
    found = speakers(table)
    assert [name for _, name, _ in found] == ["Ann Cole", "Bob Hunt", "Bob Hunt"]


def test_she_after_his_deputy_named_in_apposition_is_the_deputy() -> None:
    found = speakers(DEPUTY)
    assert [name for _, name, _ in found] == ["Ivan Petrov", "Olga Sokolova"]
    assert found[1][2] >= 0.7


def test_he_after_her_deputy_named_in_apposition_is_the_deputy() -> None:
    table = swap(DEPUTY, {"Ivan": "Olga", "Petrov~": "Sokolova~", "Olga": "Ivan", "Sokolova~": "Petrov~",
                          **TO_FEMALE, "she": "he", "Gender=Fem": "Gender=Masc"})
    found = speakers(table)
    assert [name for _, name, _ in found] == ["Olga Sokolova", "Ivan Petrov"]


def test_the_role_in_apposition_is_no_second_candidate() -> None:
    # without the apposition, "His deputy" would be a role-noun candidate beside Sokolova, and the
    # link would read as a guess between two people whose gender the text never showed
    quote = analyze(build_document(DEPUTY)).to_record(trace=True)["quotes"][1]
    assert quote["text"].startswith("We need")
    assert quote["trace"][-1] == "speaker:pronoun(salience×0.9)"


def test_a_conjunct_without_coordinator_after_a_role_is_its_name() -> None:
    found = speakers(MINISTER)
    assert [name for _, name, _ in found] == ["Ann Cole", "Ann Cole"]
    entity = record(MINISTER)["speakers"][0]
    assert (entity["name"], entity["type"], entity["description"]) == ("Ann Cole", "person", "minister")


# "We want answers," said the family, neighbours and local leaders.   (a list: leaders conj of neighbours)
LIST = """
"~          "          PUNCT  3   punct     O  _
We          we         PRON   3   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
want        want       VERB   7   ccomp     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
answers~    answer     NOUN   3   obj       O  Number=Plur
,~          ,          PUNCT  3   punct     O  _
"           "          PUNCT  3   punct     O  _
said        say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the        DET    9   det       O  Definite=Def|PronType=Art
family~     family     NOUN   7   nsubj     O  Number=Sing
,           ,          PUNCT  11  punct     O  _
neighbours  neighbour  NOUN   9   conj      O  Number=Plur
and         and        CCONJ  14  cc        O  _
local       local      ADJ    14  amod      O  Degree=Pos
leaders~    leader     NOUN   11  conj      O  Number=Plur
.           .          PUNCT  7   punct     O  _
"""

# Ann Cole, the former governor and party leader, said the plan would fail.
GOVERNOR = """
Ann        Ann       PROPN  2   compound  O  Number=Sing
Cole~      Cole      PROPN  11  nsubj     O  Number=Sing
,          ,         PUNCT  6   punct     O  _
the        the       DET    6   det       O  Definite=Def|PronType=Art
former     former    ADJ    6   amod      O  Degree=Pos
governor   governor  NOUN   2   conj      O  Number=Sing
and        and       CCONJ  9   cc        O  _
party      party     NOUN   9   compound  O  Number=Sing
leader~    leader    NOUN   6   conj      O  Number=Sing
,          ,         PUNCT  2   punct     O  _
said       say       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    13  det       O  Definite=Def|PronType=Art
plan       plan      NOUN   15  nsubj     O  Number=Sing
would      would     AUX    15  aux       O  VerbForm=Fin
fail~      fail      VERB   11  ccomp     O  VerbForm=Inf
.          .         PUNCT  11  punct     O  _
"""


@pytest.mark.parametrize(("table", "word", "apposed"), [
    (RIVAL, "rival", True),
    (MINISTER, "Cole", True),
    (LIST, "neighbours", False),  # a coordinator further down the chain: a list of three
    (LIST, "leaders", False),
    (GOVERNOR, "governor", True),  # a singular role after a name, its own roles coordinated
    (GOVERNOR, "leader", False),
])
def test_which_conjuncts_are_appositions(table: str, word: str, apposed: bool) -> None:
    doc = build_document(table)
    view = View(doc, [])
    token = next(t for t in doc.tokens if t.text == word)
    assert apposed_conj(view, token) is apposed


def test_a_list_of_people_stays_a_group() -> None:
    entity = record(LIST)["speakers"][0]
    assert entity["type"] == "group"


def test_a_name_keeps_its_apposed_roles_as_its_description() -> None:
    entity = record(GOVERNOR)["speakers"][0]
    assert (entity["name"], entity["description"]) == ("Ann Cole", "former governor and party leader")


# His rival, Ann Cole, won the vote.   (Cole: a conjunct hung on "rival", inside its subtree)
HIS_RIVAL_CONJ = """
His     his    PRON   2  nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
rival~  rival  NOUN   8  nsubj      O  Number=Sing
,       ,      PUNCT  5  punct      O  _
Ann     Ann    PROPN  5  compound   O  Number=Sing
Cole~   Cole   PROPN  2  conj       O  Number=Sing
,       ,      PUNCT  2  punct      O  _
won     win    VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    9  det        O  Definite=Def|PronType=Art
vote~   vote   NOUN   7  obj        O  Number=Sing
.       .      PUNCT  7  punct      O  _
"""


@pytest.mark.parametrize(("table", "possessive", "name"), [
    (HIS_RIVAL_CONJ, "His", "Ann"),  # the name hung inside the role's own subtree
    (RIVAL, "his", "Cole~"),
    (HER_RIVAL, "her", "Hunt~"),
    (DEPUTY, "His", "Colonel"),
])
def test_the_name_a_possessive_role_stands_beside(table: str, possessive: str, name: str) -> None:
    doc = build_document(table)
    view = View(doc, [])
    token = next(t for t in doc.tokens if t.text == possessive)
    names = {t.index for t in doc.tokens if t.upos == "PROPN"}
    found = apposed_name(view, load_lexicon(), token, names)
    assert found is not None and found.text == name.rstrip("~")
