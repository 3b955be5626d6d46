"""A second report coordinated after a first one, with its own source right before its cue (rule
`coordinated-report`, step `boundary:coordinated-report`, core/quotes/indirect/rivals.py): each table
is stanza's parse of the sentence in its comment (`quotetrace debug-parse`), which hangs the second
clause inside the first report; without the rule the first speaker got both contents."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.attribution.runner import HybridPolicy
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect.rivals import coordinated_source
from test_rules import flat

RULE = "coordinated-report"
STEP = "boundary:coordinated-report"


def _quotes(table: str) -> list[dict[str, Any]]:
    return list(analyze(build_document(table)).to_record(trace=True)["quotes"])


def _who_said_what(table: str) -> list[tuple[str, str, str]]:
    return [(q["speaker"]["text"], q["text"], q["rule"]) for q in _quotes(table)]


# Chairman Ed Cole said profits were up and the chief executive, Joan Ives, said the outlook was strong.
# ('the chief executive' a conjunct of 'up', the second 'said' a complement of the first, no subject)
SAID_AND_APPOSITION = """
Chairman    Chairman   PROPN  3   compound
Ed          Ed         PROPN  3   compound
Cole        Cole       PROPN  4   nsubj
said        say        VERB   0   root
profits     profit     NOUN   7   nsubj
were        be         AUX    7   cop
up          up         ADP    4   ccomp
and         and        CCONJ  11  cc
the         the        DET    11  det
chief       chief      ADJ    11  amod
executive~  executive  NOUN   7   conj
,           ,          PUNCT  13  punct
Joan        Joan       PROPN  11  appos
Ives~       Ives       PROPN  13  flat
,           ,          PUNCT  16  punct
said        say        VERB   4   ccomp
the         the        DET    18  det
outlook     outlook    NOUN   20  nsubj
was         be         AUX    20  cop
strong~     strong     ADJ    16  ccomp
.           .          PUNCT  4   punct
"""

# Detective Inspector Ruth Cole told reporters the suspect had been arrested and his lawyer, Neil Banks,
# said he would plead not guilty.
TOLD_AND_LAWYER = """
Detective  Detective  PROPN  4   compound
Inspector  Inspector  PROPN  4   compound
Ruth       Ruth       PROPN  4   compound
Cole       Cole       PROPN  5   nsubj
told       tell       VERB   0   root
reporters  reporter   NOUN   5   obj
the        the        DET    8   det
suspect    suspect    NOUN   11  nsubj:pass
had        have       AUX    11  aux
been       be         AUX    11  aux:pass
arrested   arrest     VERB   6   acl:relcl
and        and        CCONJ  14  cc
his        his        PRON   14  nmod:poss
lawyer~    lawyer     NOUN   11  conj
,          ,          PUNCT  16  punct
Neil       Neil       PROPN  14  appos
Banks~     Banks      PROPN  16  flat
,          ,          PUNCT  17  punct
said       say        VERB   5   ccomp
he         he         PRON   22  nsubj
would      would      AUX    22  aux
plead      plead      VERB   19  ccomp
not        not        PART   24  advmod
guilty~    guilty     VERB   22  xcomp
.          .          PUNCT  5   punct
"""

# Mayor Ann Lee told reporters that the bridge would reopen and the engineer, Tom Gray, said repairs were finished.
TOLD_THAT_AND = """
Mayor      Mayor     PROPN  4   nsubj
Ann        Ann       PROPN  1   flat
Lee        Lee       PROPN  2   flat
told       tell      VERB   0   root
reporters  reporter  NOUN   4   iobj
that       that      SCONJ  10  mark
the        the       DET    8   det
bridge     bridge    NOUN   10  nsubj
would      would     AUX    10  aux
reopen     reopen    VERB   5   acl:relcl
and        and       CCONJ  13  cc
the        the       DET    13  det
engineer~  engineer  NOUN   10  conj
,          ,         PUNCT  15  punct
Tom        Tom       PROPN  13  appos
Gray~      Gray      PROPN  15  flat
,          ,         PUNCT  1   punct
said       say       VERB   4   ccomp
repairs    repair    NOUN   21  nsubj:pass
were       be        AUX    21  aux:pass
finished~  finish    VERB   18  ccomp
.          .         PUNCT  4   punct
"""

# The minister said the budget was balanced but the opposition leader, Mark Hale, insisted the figures were wrong.
SAID_BUT_INSISTED = """
The         the         DET    2   det
minister    minister    NOUN   3   nsubj
said        say         VERB   0   root
the         the         DET    5   det
budget      budget      NOUN   7   nsubj:pass
was         be          AUX    7   aux:pass
balanced    balance     VERB   3   ccomp
but         but         CCONJ  20  cc
the         the         DET    11  det
opposition  opposition  ADJ    11  amod
leader~     leader      NOUN   7   conj
,           ,           PUNCT  13  punct
Mark        Mark        PROPN  11  appos
Hale~       Hale        PROPN  13  flat
,           ,           PUNCT  16  punct
insisted    insisted    VERB   3   ccomp
the         the         DET    18  det
figures     figure      NOUN   20  nsubj
were        be          AUX    20  cop
wrong~      wrong       ADJ    3   ccomp
.           .           PUNCT  3   punct
"""

# The coach said the team was ready; the captain, Sam Ortiz, said the players were tired.
SAID_SEMICOLON = """
The       the      DET    2   det
coach     coach    NOUN   3   nsubj
said      say      VERB   0   root
the       the      DET    5   det
team      team     NOUN   7   nsubj
was       be       AUX    7   cop
ready~    ready    ADJ    3   ccomp
;         ;        PUNCT  10  punct
the       the      DET    10  det
captain~  captain  NOUN   7   nsubj
,         ,        PUNCT  12  punct
Sam       Sam      PROPN  10  appos
Ortiz~    Ortiz    PROPN  12  flat
,         ,        PUNCT  7   punct
said      say      VERB   3   ccomp
the       the      DET    17  det
players   player   NOUN   19  nsubj:pass
were      be       AUX    19  aux:pass
tired~    tired    VERB   15  ccomp
.         .        PUNCT  3   punct
"""

# According to police, two people were hurt, and a witness, Lara Dunn, said the car was speeding.
ACCORDING_AND = """
According  accord   VERB   3   case
to         to       ADP    1   fixed
police~    police   NOUN   8   obl
,          ,        PUNCT  3   punct
two        two      NUM    6   nummod
people     people   NOUN   8   nsubj:pass
were       be       AUX    8   aux:pass
hurt~      hurt     VERB   0   root
,          ,        PUNCT  12  punct
and        and      CCONJ  12  cc
a          a        DET    12  det
witness~   witness  NOUN   17  nsubj
,          ,        PUNCT  14  punct
Lara       Lara     PROPN  12  appos
Dunn~      Dunn     PROPN  14  flat
,          ,        PUNCT  3   punct
said       say      VERB   8   conj
the        the      DET    19  det
car        car      NOUN   21  nsubj
was        be       AUX    21  aux
speeding~  speed    VERB   17  ccomp
.          .        PUNCT  8   punct
"""

# The fire started in the kitchen, according to fire chief Dale Mora, and the owner, Lucy Park, said nobody was hurt.
ACCORDING_AFTER_AND = """
The        the      DET    2   det
fire       fire     NOUN   3   nsubj
started    start    VERB   22  ccomp
in         in       ADP    6   case
the        the      DET    6   det
kitchen~   kitchen  NOUN   3   obl
,          ,        PUNCT  11  punct
according  accord   VERB   11  case
to         to       ADP    11  case
fire       fire     NOUN   11  compound
chief      chief    NOUN   3   obl
Dale       Dale     PROPN  11  appos
Mora~      Mora     PROPN  12  flat
,          ,        PUNCT  17  punct
and        and      CCONJ  17  cc
the        the      DET    17  det
owner~     owner    NOUN   11  conj
,          ,        PUNCT  19  punct
Lucy       Lucy     PROPN  17  appos
Park~      Park     PROPN  17  appos
,          ,        PUNCT  20  punct
said       say      VERB   0   root
nobody     nobody   PRON   25  nsubj:pass
was        be       AUX    25  aux:pass
hurt~      hurt     VERB   22  ccomp
.          .        PUNCT  22  punct
"""

# Police said the road was closed and residents said they had heard an explosion.
GROUP_SECOND = """
Police      Police     PROPN  2   nsubj
said        say        VERB   0   root
the         the        DET    4   det
road        road       NOUN   6   nsubj:pass
was         be         AUX    6   aux:pass
closed      close      VERB   2   ccomp
and         and        CCONJ  8   cc
residents   resident   NOUN   6   conj
said        say        VERB   2   conj
they        they       PRON   12  nsubj
had         have       AUX    12  aux
heard       hear       VERB   9   ccomp
an          a          DET    14  det
explosion~  explosion  NOUN   12  obj
.           .          PUNCT  2   punct
"""

# Officials said the dam had held and residents told reporters the water was rising.
TOLD_BY_GROUP = """
Officials  official  NOUN   2   nsubj
said       say       VERB   0   root
the        the       DET    4   det
dam        dam       NOUN   6   nsubj
had        have      AUX    6   aux
held       hold      VERB   2   ccomp
and        and       CCONJ  8   cc
residents  resident  NOUN   6   conj
told       tell      VERB   2   conj
reporters  reporter  NOUN   9   obj
the        the       DET    12  det
water      water     NOUN   14  nsubj
was        be        AUX    14  aux
rising~    rise      VERB   10  acl:relcl
.          .         PUNCT  2   punct
"""

# The governor said that lawmakers said it would go.
NESTED_THAT = """
The        the       DET    2  det
governor   governor  NOUN   3  nsubj
said       say       VERB   0  root
that       that      SCONJ  6  mark
lawmakers  lawmaker  NOUN   6  nsubj
said       say       VERB   3  ccomp
it         it        PRON   9  nsubj
would      would     AUX    9  aux
go~        go        VERB   6  ccomp
.          .         PUNCT  3  punct
"""

# Smith told a crowd that he knows that voters are angry.
NESTED_KNOWS = """
Smith   Smith  PROPN  2   nsubj
told    tell   VERB   0   root
a       a      DET    4   det
crowd   crowd  NOUN   2   obj
that    that   SCONJ  7   mark
he      he     PRON   7   nsubj
knows   know   VERB   4   acl:relcl
that    that   SCONJ  11  mark
voters  voter  NOUN   11  nsubj
are     be     AUX    11  cop
angry~  angry  ADJ    7   ccomp
.       .      PUNCT  2   punct
"""

# Mr Hale said the plan was sound and she said it would fail. (hand-made: the misparse of
# SAID_AND_APPOSITION with a pronoun for the second speaker)
PRONOUN_SECOND = """
Mr     Mr     PROPN  3   nsubj
Hale   Hale   PROPN  1   flat
said   say    VERB   0   root
the    the    DET    5   det
plan   plan   NOUN   7   nsubj
was    be     AUX    7   cop
sound  sound  ADJ    3   ccomp
and    and    CCONJ  9   cc
she    she    PRON   7   conj
said   say    VERB   3   ccomp
it     it     PRON   13  nsubj
would  would  AUX    13  aux
fail~  fail   VERB   10  ccomp
.      .      PUNCT  3   punct
"""


# Chief Executive Tim Cook-Bell said the iPhone had "another blockbuster quarter," while finance chief
# Kevan Parekh-Lin said services revenue grew 14%. (tester 8's us13: the hyphen cut off by the
# tokenizer ended the walk back from the second cue, and Cook-Bell got both contents)
WHILE_HYPHENATED = """
Chief        Chief        ADJ    4   amod
Executive    executive    ADJ    3   amod
Tim          Tim          PROPN  4   compound
Cook~        Cook         PROPN  7   nsubj
-~           -            PUNCT  4   punct
Bell         Bell         PROPN  4   flat
said         say          VERB   0   root
the          the          DET    9   det
iPhone       iPhone       PROPN  10  nsubj
had          have         VERB   7   ccomp
"~           "            PUNCT  14  punct
another      another      DET    14  det
blockbuster  blockbuster  NOUN   14  compound
quarter~     quarter      NOUN   10  obj
,~           ,            PUNCT  24  punct
"            "            PUNCT  14  punct
while        while        SCONJ  24  mark
finance      finance      NOUN   19  compound
chief        chief        NOUN   24  nsubj
Kevan        Kevan        PROPN  19  flat
Parekh~      Parekh       PROPN  20  flat
-~           -            PUNCT  21  punct
Lin          Lin          PROPN  20  flat
said         say          VERB   7   ccomp
services     service      NOUN   26  compound
revenue      revenue      NOUN   27  nsubj
grew         grow         VERB   24  ccomp
14~          14           NUM    29  nummod
%~           %            NOUN   27  obj
.            .            PUNCT  7   punct
"""


@pytest.mark.parametrize(("table", "expected"), [
    (SAID_AND_APPOSITION, [("Chairman Ed Cole", "profits were up", "cue-complement"),
                           ("Joan Ives", "the outlook was strong", RULE)]),
    # the parse took the second clause for the first report's whole content ('said he would plead…'):
    # the first content is the words between its cue and the joiner, less the listener
    (TOLD_AND_LAWYER, [("Detective Inspector Ruth Cole", "the suspect had been arrested", "cue-complement"),
                       ("Neil Banks", "he would plead not guilty", RULE)]),
    (TOLD_THAT_AND, [("Mayor Ann Lee", "that the bridge would reopen", "cue-complement"),
                     ("Tom Gray", "repairs were finished", RULE)]),
    # 'the figures were wrong' hangs on the first cue: the content is the rest of the sentence
    (SAID_BUT_INSISTED, [("The minister", "the budget was balanced", "cue-complement"),
                         ("Mark Hale", "the figures were wrong", RULE)]),
    (SAID_SEMICOLON, [("The coach", "the team was ready", "cue-complement"),
                      ("Sam Ortiz", "the players were tired", RULE)]),
    (PRONOUN_SECOND, [("Mr Hale", "the plan was sound", "cue-complement"), ("she", "it would fail", RULE)]),
    # a group, with the coordinator the parse hangs on it left out of its mention
    (GROUP_SECOND, [("Police", "the road was closed", "cue-complement"),
                    ("residents", "they had heard an explosion", RULE)]),
    (TOLD_BY_GROUP, [("Officials", "the dam had held", "cue-complement"),
                     ("residents", "the water was rising", RULE)]),
    (ACCORDING_AFTER_AND, [("fire chief Dale Mora", "The fire started in the kitchen", "according-to"),
                           ("Lucy Park", "nobody was hurt", RULE)]),
])
def test_a_coordinated_report_keeps_its_own_speaker(table: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = _quotes(table)
    assert [(q["speaker"]["text"], q["text"], q["rule"]) for q in quotes] == expected
    second = quotes[-1]
    assert second["text"] == build_document(table).text[second["spans"][0][0] : second["spans"][0][1]]


def test_the_first_content_ends_before_the_joiner() -> None:
    first = _quotes(SAID_AND_APPOSITION)[0]
    assert STEP in first["trace"]
    assert first["spans"] == [[len("Chairman Ed Cole said "), len("Chairman Ed Cole said profits were up")]]


def test_a_rival_the_parse_read_ends_the_first_content_too() -> None:
    # 'a witness' is the second said's subject, so the complement rule reads it; the according-to
    # content ran over it and the witness's report was dropped as nested
    assert _who_said_what(ACCORDING_AND) == [
        ("police", "two people were hurt", "according-to"),
        ("a witness", "the car was speeding", "cue-complement"),
    ]
    assert STEP in _quotes(ACCORDING_AND)[0]["trace"]


def test_a_hyphened_name_before_the_second_cue_ends_the_first_content() -> None:
    # the second report has a subject in the parse, so the complement rule reads it; the first one's
    # content ran over it until the walk back from 'said' crossed the hyphen of 'Parekh-Lin'
    assert _who_said_what(WHILE_HYPHENATED) == [
        ("Chief Executive Tim Cook-Bell", 'the iPhone had "another blockbuster quarter,"', "cue-complement"),
        ("finance chief Kevan Parekh-Lin", "services revenue grew 14%", "cue-complement"),
    ]
    assert STEP in _quotes(WHILE_HYPHENATED)[0]["trace"]


@pytest.mark.parametrize(("table", "expected"), [
    # PolNeAR marks a report opened by an embedding word inside the outer content
    (NESTED_THAT, [("The governor", "that lawmakers said it would go", "cue-complement")]),
    (NESTED_KNOWS, [("Smith", "that he knows that voters are angry", "surface-that")]),
])
def test_a_nested_report_stays_inside(table: str, expected: list[tuple[str, str, str]]) -> None:
    assert _who_said_what(table) == expected


@pytest.mark.parametrize(("words", "source"), [
    ("and/CCONJ the/DET chief/ADJ executive~/NOUN ,/PUNCT Joan/PROPN Ives~/PROPN ,/PUNCT said/VERB",
     "the chief executive , Joan Ives ,"),
    (";/PUNCT his/PRON boss/NOUN said/VERB", "his boss"),
    ("but/CCONJ she/PRON said/VERB", "she"),
    (",/PUNCT while/SCONJ 20/NUM residents/NOUN said/VERB", "20 residents"),
    ("that/SCONJ lawmakers/NOUN said/VERB", None),  # an embedding word, not a joiner
    ("and/CCONJ which/PRON critics/NOUN said/VERB", None),  # a relative pronoun names nobody
    ("business/NOUN and/CCONJ political/ADJ leaders/NOUN said/VERB", None),  # one phrase, two nouns
    ("and/CCONJ this/PRON said/VERB", None),  # a demonstrative, no subject pronoun
    # a hyphen glued inside a name is part of the phrase; one with spaces round it is not
    ("while/SCONJ Kevan/PROPN Parekh~/PROPN -~/PUNCT Lin/PROPN said/VERB", "Kevan Parekh - Lin"),
    ("but/CCONJ his/PRON deputy~/NOUN ,/PUNCT Jo/PROPN Kwong~/PROPN -~/PUNCT Lee~/PROPN ,/PUNCT said/VERB",
     "his deputy , Jo Kwong - Lee ,"),
    ("and/CCONJ Jo/PROPN Kwong/PROPN -/PUNCT Lee/PROPN said/VERB", None),
])
def test_coordinated_source(words: str, source: str | None) -> None:
    doc = build_document(flat("Analysts/NOUN said/VERB prices/NOUN rose/VERB " + words))
    found = coordinated_source(doc, doc.tokens[-1])
    assert (" ".join(t.text for t in found[1]) if found else None) == source



def test_the_hybrid_weighs_a_coordinated_report_as_the_complement_rule() -> None:
    # the shipped policy was fitted before the rule existed, when cue-complement read these cues: without
    # the entry the model's reading (no speaker for 'he would plead not guilty') won over the rule's
    policy = HybridPolicy(precision={"cue-complement": 0.8}, rules_over_model=frozenset({"cue-complement"}))
    split = policy.with_split_rules()
    assert RULE in split.rules_over_model
    assert split.precision[RULE] == 0.8
