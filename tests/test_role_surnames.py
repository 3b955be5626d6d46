"""Surnames that are role nouns (tester 10): a capitalised role noun right after a first name the
dictionary of the `names` extra knows ends that person's name ("Chris Bishop", "Sarah King"), and the
word alone later ("Bishop said", "King said") is that person, who keeps the first name's gender; it
was an anonymous "Bishop" at 0.9, and "she" went to "Judge". A determiner keeps the role ("the King").
A capitalised plural role before names is their title ("Councillors Sarah King and Thomas Judge").
Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

pytestmark = pytest.mark.usefixtures("first_name_dictionary")

CONFIDENT = 0.7

# Mr Chris Bishop said the figures were misleading. ⏎ ⏎ "They are wrong," Bishop said.
MR_CHRIS_BISHOP = """
Mr           Mr.      PROPN  4  nsubj  O  Number=Sing
Chris        Chris    PROPN  4  nsubj  O  Number=Sing
Bishop       Bishop   PROPN  2  flat   O  Number=Sing
said         say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the      DET    6  det    O  Definite=Def|PronType=Art
figures      figure   NOUN   8  nsubj  O  Number=Plur
were         be       AUX    8  aux    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
misleading~  mislead  VERB   4  ccomp  O  Tense=Pres|VerbForm=Part
.            .        PUNCT  4  punct  O  _

#par
"~      "       PUNCT  4  punct  O  _
They    they    PRON   4  nsubj  O  Case=Nom|Number=Plur|Person=3|PronType=Prs
are     be      AUX    4  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
wrong~  wrong   ADJ    8  ccomp  O  Degree=Pos
,~      ,       PUNCT  4  punct  O  _
"       "       PUNCT  4  punct  O  _
Bishop  Bishop  PROPN  8  nsubj  O  Number=Sing
said~   say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .       PUNCT  8  punct  O  _
"""

# Councillors Sarah King and Thomas Judge clashed … King said … Judge said … ⏎ ⏎ "…," King said. ⏎ ⏎
# "…," Judge said. ⏎ ⏎ She later told reporters that … He said he would vote against it.
KING_AND_JUDGE = """
Councillors  Councillors  PROPN  7   nsubj     O  Number=Plur
Sarah        Sarah        PROPN  3   compound  O  Number=Sing
King         King         PROPN  1   flat      O  Number=Sing
and          and          CCONJ  5   cc        O  _
Thomas       Thomas       PROPN  3   conj      O  Number=Sing
Judge        Judge        PROPN  3   conj      O  Number=Sing
clashed      clashed      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
over         over         ADP    11  case      O  _
the          the          DET    11  det       O  Definite=Def|PronType=Art
housing      housing      NOUN   11  compound  O  Number=Sing
plan         plan         NOUN   7   obl       O  Number=Sing
on           on           ADP    13  case      O  _
Monday~      Monday       PROPN  7   obl       O  Number=Sing
.            .            PUNCT  7   punct     O  _

#par
King     King     PROPN  2  nsubj   O  Number=Sing
said     say      VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    4  det     O  Definite=Def|PronType=Art
plan     plan     NOUN   6  nsubj   O  Number=Sing
would    would    AUX    6  aux     O  VerbForm=Fin
deliver  deliver  VERB   2  ccomp   O  VerbForm=Inf
2,000    2000     NUM    8  nummod  O  NumForm=Digit|NumType=Card
homes~   home     NOUN   6  obj     O  Number=Plur
.        .        PUNCT  2  punct   O  _

Judge          Judge         PROPN  2  nsubj  O  Number=Sing
said           say           VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it             it            PRON   5  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was            be            AUX    5  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
unaffordable~  unaffordable  ADJ    2  ccomp  O  Degree=Pos
.              .             PUNCT  2  punct  O  _

#par
"~        "     PUNCT  5   punct   O  _
We        we    PRON   5   nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
can~      can   AUX    5   aux     O  VerbForm=Fin
not       not   PART   5   advmod  O  Polarity=Neg
keep      keep  VERB   10  ccomp   O  VerbForm=Inf
waiting~  wait  VERB   5   xcomp   O  Tense=Pres|VerbForm=Part
,~        ,     PUNCT  5   punct   O  _
"         "     PUNCT  5   punct   O  _
King      King  PROPN  10  nsubj   O  Number=Sing
said~     say   VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .     PUNCT  10  punct   O  _

#par
"~         "        PUNCT  4   punct   O  _
Nobody     nobody   PRON   4   nsubj   O  Number=Sing|PronType=Tot
has        have     AUX    4   aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
explained  explain  VERB   13  ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
where      where    ADV    8   advmod  O  PronType=Int
the        the      DET    7   det     O  Definite=Def|PronType=Art
money      money    NOUN   8   nsubj   O  Number=Sing
comes      come     VERB   4   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
from~      from     ADP    8   obl     O  _
,~         ,        PUNCT  4   punct   O  _
"          "        PUNCT  4   punct   O  _
Judge      Judge    PROPN  13  nsubj   O  Number=Sing
said~      say      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .        PUNCT  13  punct   O  _

#par
She        she       PRON   3  nsubj         O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
later      late      ADV    3  advmod        O  Degree=Cmp
told       tell      VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   3  obj           O  Number=Plur
that       that      SCONJ  9  mark          O  _
she        she       PRON   9  nsubj         O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
would      would     AUX    9  aux           O  VerbForm=Fin
not        not       PART   9  advmod        O  Polarity=Neg
give       give      VERB   4  acl:relcl     O  VerbForm=Inf
up~        up        ADP    9  compound:prt  O  _
.          .         PUNCT  3  punct         O  _

He       he       PRON   2  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he       he       PRON   5  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would    would    AUX    5  aux    O  VerbForm=Fin
vote     vote     VERB   2  ccomp  O  VerbForm=Inf
against  against  ADP    7  case   O  _
it~      it       PRON   5  obl    O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.        .        PUNCT  2  punct  O  _
"""

# Ms Anna Bishop and Mr Karl Mayor led the protest … ⏎ ⏎ Bishop said … Mayor said … ⏎ ⏎ She later said …
BISHOP_AND_MAYOR = """
Ms        Ms       PROPN  8   nsubj     O  Number=Sing
Anna      Anna     PROPN  1   flat      O  Number=Sing
Bishop    Bishop   PROPN  1   flat      O  Number=Sing
and       and      CCONJ  5   cc        O  _
Mr        Mr.      PROPN  6   compound  O  Number=Sing
Karl      Karl     PROPN  1   conj      O  Number=Sing
Mayor     Mayor    PROPN  1   flat      O  Number=Sing
led       lead     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    10  det       O  Definite=Def|PronType=Art
protest   protest  NOUN   8   obj       O  Number=Sing
outside   outside  ADP    14  case      O  _
the       the      DET    14  det       O  Definite=Def|PronType=Art
council   council  NOUN   14  compound  O  Number=Sing
offices~  office   NOUN   8   obl       O  Number=Plur
.         .        PUNCT  8   punct     O  _

#par
Bishop     Bishop    PROPN  2  nsubj       O  Number=Sing
said       say       VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
residents  resident  NOUN   6  nsubj:pass  O  Number=Plur
had        have      AUX    6  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been       be        AUX    6  aux:pass    O  Tense=Past|VerbForm=Part
ignored~   ignore    VERB   2  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.          .         PUNCT  2  punct       O  _

Mayor    Mayor    PROPN  2  nsubj  O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    4  det    O  Definite=Def|PronType=Art
council  council  NOUN   6  nsubj  O  Number=Sing
had      have     AUX    6  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
lied~    lie      VERB   2  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.        .        PUNCT  2  punct  O  _

#par
She     she     PRON   3  nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
later   late    ADV    3  advmod  O  Degree=Cmp
said    say     VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det     O  Definite=Def|PronType=Art
group   group   NOUN   7  nsubj   O  Number=Sing
would   would   AUX    7  aux     O  VerbForm=Fin
return  return  VERB   3  ccomp   O  VerbForm=Inf
next    next    ADJ    9  amod    O  Degree=Pos
week~   week    NOUN   7  obj     O  Number=Sing
.       .       PUNCT  3  punct   O  _
"""

# Larry King met the King in London on Monday. ⏎ ⏎ The King said the talks had been useful.
THE_KING = """
Larry    Larry   PROPN  3  nsubj  O  Number=Sing
King     King    PROPN  1  flat   O  Number=Sing
met      meet    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    5  det    O  Definite=Def|PronType=Art
King     King    PROPN  3  obj    O  Number=Sing
in       in      ADP    7  case   O  _
London   London  PROPN  3  obl    O  Number=Sing
on       on      ADP    9  case   O  _
Monday~  Monday  PROPN  3  obl    O  Number=Sing
.        .       PUNCT  3  punct  O  _

#par
The      the     DET    2  det    O  Definite=Def|PronType=Art
King     King    PROPN  3  nsubj  O  Number=Sing
said     say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    5  det    O  Definite=Def|PronType=Art
talks    talk    NOUN   8  nsubj  O  Number=Plur
had      have    AUX    8  aux    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
been     be      AUX    8  cop    O  Tense=Past|VerbForm=Part
useful~  useful  ADJ    3  ccomp  O  Degree=Pos
.        .       PUNCT  3  punct  O  _
"""

# Labour's Chloe Swarbrick and National's Chris Bishop clashed in Parliament on Tuesday. ⏎ ⏎ Swarbrick said …
# (stanza hangs 'Chloe Swarbrick' on 'Bishop' as a compound across the 'and')
TWO_PARTIES = """
Labour~     Labour      PROPN  4   nmod:poss  O  Number=Sing
's          's          PART   1   case       O  _
Chloe       Chloe       PROPN  4   compound   O  Number=Sing
Swarbrick   Swarbrick   PROPN  9   compound   O  Number=Sing
and         and         CCONJ  6   cc         O  _
National~   National    PROPN  1   conj       O  Number=Sing
's          's          PART   6   case       O  _
Chris       Chris       PROPN  9   compound   O  Number=Sing
Bishop      Bishop      PROPN  10  nsubj      O  Number=Sing
clashed     clashed     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in          in          ADP    12  case       O  _
Parliament  Parliament  PROPN  10  obl        O  Number=Sing
on          on          ADP    14  case       O  _
Tuesday~    Tuesday     PROPN  10  obl        O  Number=Sing
.           .           PUNCT  10  punct      O  _

#par
Swarbrick  Swarbrick  PROPN  2  nsubj  O  Number=Sing
said       say        VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rents      rent       NOUN   5  nsubj  O  Number=Plur
had        have       AUX    5  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
risen~     risen      VERB   2  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  2  punct  O  _
"""

# … ⏎ ⏎ Bishop said the figures were misleading. ⏎ ⏎ The debate lasted three hours. ⏎ ⏎ Later, she told reporters
# the fight was not over. ⏎ ⏎ "We'll be back next week," she said. ⏎ ⏎ He said he looked forward to it.
FAR_SHE = """
Labour~     Labour      PROPN  4   nmod:poss  O  Number=Sing
's          's          PART   1   case       O  _
Chloe       Chloe       PROPN  4   compound   O  Number=Sing
Swarbrick   Swarbrick   PROPN  9   compound   O  Number=Sing
and         and         CCONJ  6   cc         O  _
National~   National    PROPN  1   conj       O  Number=Sing
's          's          PART   6   case       O  _
Chris       Chris       PROPN  9   compound   O  Number=Sing
Bishop      Bishop      PROPN  10  nsubj      O  Number=Sing
clashed     clashed     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in          in          ADP    12  case       O  _
Parliament  Parliament  PROPN  10  obl        O  Number=Sing
on          on          ADP    14  case       O  _
Tuesday~    Tuesday     PROPN  10  obl        O  Number=Sing
.           .           PUNCT  10  punct      O  _

#par
Swarbrick   Swarbrick   PROPN  2  nsubj  O  Number=Sing
accused     accuse      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    4  det    O  Definite=Def|PronType=Art
Government  Government  PROPN  2  obj    O  Number=Sing
of          of          ADP    7  case   O  _
abandoning  abandon     VERB   7  amod   O  Tense=Pres|VerbForm=Ger
renters~    renters     NOUN   4  nmod   O  Number=Plur
.           .           PUNCT  2  punct  O  _

She    she    PRON   2  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said   say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rents  rent   NOUN   5  nsubj  O  Number=Plur
had    have   AUX    5  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
risen  risen  VERB   2  ccomp  O  Tense=Past|VerbForm=Part
20     20     NUM    5  obj    O  NumForm=Digit|NumType=Card
per    per    ADP    8  case   O  _
cent~  cent   NOUN   5  obl    O  Number=Sing
.      .      PUNCT  2  punct  O  _

#par
Bishop       Bishop   PROPN  2  nsubj  O  Number=Sing
said         say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the      DET    4  det    O  Definite=Def|PronType=Art
figures      figure   NOUN   6  nsubj  O  Number=Plur
were         be       AUX    6  aux    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
misleading~  mislead  VERB   2  ccomp  O  Tense=Pres|VerbForm=Part
.            .        PUNCT  2  punct  O  _

#par
The     the     DET    2  det     O  Definite=Def|PronType=Art
debate  debate  NOUN   3  nsubj   O  Number=Sing
lasted  last    VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
three   three   NUM    5  nummod  O  NumForm=Word|NumType=Card
hours~  hour    NOUN   3  obj     O  Number=Plur
.       .       PUNCT  3  punct   O  _

#par
Later~     late      ADV    4   advmod  O  Degree=Cmp
,          ,         PUNCT  1   punct   O  _
she        she       PRON   4   nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
told       tell      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   4   obj     O  Number=Plur
the        the       DET    7   det     O  Definite=Def|PronType=Art
fight      fight     NOUN   10  nsubj   O  Number=Sing
was        be        AUX    10  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not        not       PART   10  advmod  O  Polarity=Neg
over~      over      ADV    4   ccomp   O  _
.          .         PUNCT  4   punct   O  _

#par
"~     "     PUNCT  7   punct   O  _
We~    we    PRON   7   nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
'll    will  AUX    7   aux     O  VerbForm=Fin
be     be    AUX    7   cop     O  VerbForm=Inf
back   back  ADV    7   advmod  O  _
next   next  ADJ    7   amod    O  Degree=Pos
week~  week  NOUN   11  ccomp   O  Number=Sing
,~     ,     PUNCT  7   punct   O  _
"      "     PUNCT  7   punct   O  _
she    she   PRON   11  nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~  say   VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.      .     PUNCT  11  punct   O  _

#par
He       he       PRON   2  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
said     say      VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he       he       PRON   4  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
looked   look     VERB   2  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
forward  forward  ADV    4  advmod  O  _
to       to       ADP    7  case    O  _
it~      it       PRON   4  obl     O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.        .        PUNCT  2  punct   O  _
"""


def _said(table: str) -> list[tuple[str, str | None, float]]:
    record = analyze(build_document(table)).to_record()
    return [(q["text"], q["speaker"]["name"] if q["speaker"] else None, q["confidence"]) for q in record["quotes"]]


def test_a_role_noun_surname_alone_is_the_person_named_before() -> None:
    said = _said(MR_CHRIS_BISHOP)
    assert [name for _, name, _ in said] == ["Chris Bishop", "Chris Bishop"]


def test_role_noun_surnames_keep_their_first_names_gender() -> None:
    said = {text: (name, confidence) for text, name, confidence in _said(KING_AND_JUDGE)}
    assert said["the plan would deliver 2,000 homes"][0] == "Sarah King"
    assert said["it was unaffordable"][0] == "Thomas Judge"
    assert said["that she would not give up"][0] == "Sarah King"
    assert said["he would vote against it"][0] == "Thomas Judge"
    assert said["he would vote against it"][1] >= CONFIDENT


def test_titled_role_noun_surnames_are_people() -> None:
    said = {text: name for text, name, _ in _said(BISHOP_AND_MAYOR)}
    assert said["residents had been ignored"] == "Anna Bishop"
    assert said["the council had lied"] == "Karl Mayor"
    assert said["the group would return next week"] == "Anna Bishop"


def test_a_role_noun_after_a_determiner_stays_a_role() -> None:
    (text, name, confidence), = _said(THE_KING)
    assert name == "The King"
    assert confidence < CONFIDENT


def test_a_name_hung_on_another_across_a_coordinator_is_no_modifier() -> None:
    # 'Chloe Swarbrick' was read as a modifier of 'Bishop' and lost, and with it her first name
    assert [name for _, name, _ in _said(TWO_PARTIES)] == ["Chloe Swarbrick"]


def test_a_pronoun_riding_on_a_far_guess_is_no_confident_link() -> None:
    # the first 'she' goes past Chloe Swarbrick, three paragraphs back, to Chris Bishop (far, 0.59); the
    # next one went to him at 0.81 on that guess alone
    record = analyze(build_document(FAR_SHE)).to_record(trace=True)
    quote = next(q for q in record["quotes"] if q["text"].startswith("We'll be back"))
    assert quote["confidence"] < CONFIDENT
    assert "weak-antecedent≤0.65" in quote["trace"][-1]
