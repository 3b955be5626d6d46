""""The former" and "the latter" pick from the last two PEOPLE named: a possessor ("Arsenal's Declan
Price"), a party ("of the PTI") or a channel ("on Geo TV") named beside them is no member of the pair; with
one person and an organization there is no pair; a sentence that already speaks of the pair ("The former said
…. The latter said …") does not use up the reach back to the names. Parses as the bundled models gave them;
issue 14 (fourth tester), kind 1."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

CONFIDENT = 0.7

# Manchester City's Kevin Moore and Arsenal's Declan Price were both named in the squad. ⏎  ⏎ "It is an honour," the
# former said, while the latter said he was "delighted to be back". ⏎
POSSESSORS = """
Manchester  Manchester  PROPN  2   compound    O  Number=Sing
City~       City        PROPN  5   nmod:poss   O  Number=Sing
's          's          PART   2   case        O  _
Kevin       Kevin       PROPN  5   compound    O  Number=Sing
Moore       Moore       PROPN  13  nsubj:pass  O  Number=Sing
and         and         CCONJ  7   cc          O  _
Arsenal~    Arsenal     PROPN  10  nmod:poss   O  Number=Sing
's          's          PART   7   case        O  _
Declan      Declan      PROPN  10  compound    O  Number=Sing
Price       price       PROPN  5   conj        O  Number=Sing
were        be          AUX    13  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
both        both        ADV    13  advmod      O  _
named       name        VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
in          in          ADP    16  case        O  _
the         the         DET    16  det         O  Definite=Def|PronType=Art
squad~      squad       NOUN   13  obl         O  Number=Sing
.           .           PUNCT  13  punct       O  _

#par
"~         "          PUNCT  5   punct  O  _
It         it         PRON   5   nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
is         be         AUX    5   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
an         a          DET    5   det    O  Definite=Ind|PronType=Art
honour~    honour     NOUN   10  ccomp  O  Number=Sing
,~         ,          PUNCT  5   punct  O  _
"          "          PUNCT  5   punct  O  _
the        the        DET    9   det    O  Definite=Def|PronType=Art
former     former     ADJ    10  nsubj  O  Degree=Pos
said~      say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,          ,          PUNCT  15  punct  O  _
while      while      SCONJ  15  mark   O  _
the        the        DET    14  det    O  Definite=Def|PronType=Art
latter     latter     NOUN   15  nsubj  O  Number=Sing
said       say        VERB   10  advcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he         he         PRON   19  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was        be         AUX    19  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~         "          PUNCT  19  punct  O  _
delighted  delighted  ADJ    10  ccomp  O  Degree=Pos|Tense=Past
to         to         PART   22  mark   O  _
be         be         AUX    22  cop    O  VerbForm=Inf
back~      back       ADV    19  xcomp  O  _
"~         "          PUNCT  19  punct  O  _
.          .          PUNCT  10  punct  O  _
"""

# Ann Cole and Bob Reed spoke on Monday. ⏎  ⏎ The former said prices would rise. The latter said they would fall. ⏎
TWO_SENTENCES = """
Ann      Ann     PROPN  6  nsubj  O  Number=Sing
Cole     Cole    PROPN  6  nsubj  O  Number=Sing
and      and     CCONJ  4  cc     O  _
Bob      Bob     PROPN  2  conj   O  Number=Sing
Reed     Reed    PROPN  2  conj   O  Number=Sing
spoke    speak   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on       on      ADP    8  case   O  _
Monday~  Monday  PROPN  6  obl    O  Number=Sing
.        .       PUNCT  6  punct  O  _

#par
The     the     DET    4  det    O  Definite=Def|PronType=Art
former  former  ADJ    4  amod   O  Degree=Pos
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
prices  price   NOUN   6  nsubj  O  Number=Plur
would   would   AUX    6  aux    O  VerbForm=Fin
rise~   rise    VERB   3  ccomp  O  VerbForm=Inf
.       .       PUNCT  3  punct  O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
they    they    PRON   6  nsubj  O  Case=Nom|Number=Plur|Person=3|PronType=Prs
would   would   AUX    6  aux    O  VerbForm=Fin
fall~   fall    VERB   3  ccomp  O  VerbForm=Inf
.       .       PUNCT  3  punct  O  _
"""

# Ahmed Khan of the PPP and Sara Malik of the PTI debated on Geo TV. ⏎  ⏎ The former said the budget was unfair, while
# the latter said it was fair. ⏎
PARTIES_AND_CHANNEL = """
Ahmed    Ahmed   PROPN  12  nsubj     O  Number=Sing
Khan     Khan    PROPN  1   flat      O  Number=Sing
of       of      ADP    5   case      O  _
the      the     DET    5   det       O  Definite=Def|PronType=Art
PPP      PPP     PROPN  2   nmod      O  Number=Sing
and      and     CCONJ  7   cc        O  _
Sara     Sara    PROPN  5   conj      O  Number=Sing
Malik    Malik   PROPN  1   conj      O  Number=Sing
of       of      ADP    11  case      O  _
the      the     DET    11  det       O  Definite=Def|PronType=Art
PTI      PTI     PROPN  8   nmod      O  Number=Sing
debated  debate  VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on       on      ADP    15  case      O  _
Geo      Geo     PROPN  15  compound  O  Number=Sing
TV~      TV      PROPN  12  obl       O  Number=Sing
.        .       PUNCT  12  punct     O  _

#par
The      the     DET    2   det    O  Definite=Def|PronType=Art
former   former  ADJ    3   nsubj  O  Degree=Pos
said     say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    5   det    O  Definite=Def|PronType=Art
budget   budget  NOUN   7   nsubj  O  Number=Sing
was      be      AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
unfair~  unfair  ADJ    3   ccomp  O  Degree=Pos
,        ,       PUNCT  12  punct  O  _
while    while   SCONJ  12  mark   O  _
the      the     DET    11  det    O  Definite=Def|PronType=Art
latter   latter  NOUN   12  nsubj  O  Number=Sing
said     say     VERB   3   advcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it      PRON   15  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    15  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~    fair    ADJ    12  ccomp  O  Degree=Pos
.        .       PUNCT  3   punct  O  _
"""

# Ford's chief executive Jim Farley and Toyota's Akio Toyoda met on Tuesday. ⏎  ⏎ The latter said the deal was close. ⏎
COMPANY_ROLES = """
Ford~      Ford       PROPN  4   nmod:poss  O  Number=Sing
's         's         PART   1   case       O  _
chief      chief      ADJ    4   amod       O  Degree=Pos
executive  executive  NOUN   12  nsubj      O  Number=Sing
Jim        Jim        PROPN  12  nsubj      O  Number=Sing
Farley     Farley     PROPN  5   flat       O  Number=Sing
and        and        CCONJ  8   cc         O  _
Toyota~    Toyota     PROPN  10  nmod:poss  O  Number=Sing
's         's         PART   8   case       O  _
Akio       Akio       PROPN  11  compound   O  Number=Sing
Toyoda     Toyoda     PROPN  5   conj       O  Number=Sing
met        meet       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on         on         ADP    14  case       O  _
Tuesday~   Tuesday    PROPN  12  obl        O  Number=Sing
.          .          PUNCT  12  punct      O  _

#par
The     the     DET    2  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
deal    deal    NOUN   7  nsubj  O  Number=Sing
was     be      AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close~  close   ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _
"""

# Ms Jo Hart of Labour and Mr Sam Cole of Reform UK spoke to the BBC. ⏎  ⏎ The latter said taxes must fall. ⏎
PARTIES_BROADCASTER = """
Ms      Ms      PROPN  13  nsubj     O  Number=Sing
Jo      Jo      PROPN  1   flat      O  Number=Sing
Hart    Hart    PROPN  1   flat      O  Number=Sing
of      of      ADP    9   case      O  _
Labour  Labour  PROPN  9   compound  O  Number=Sing
and     and     CCONJ  7   cc        O  _
Mr      Mr.     PROPN  5   conj      O  Number=Sing
Sam     Sam     PROPN  9   compound  O  Number=Sing
Cole    Cole    PROPN  1   list      O  Number=Sing
of      of      ADP    12  case      O  _
Reform  Reform  PROPN  12  compound  O  Number=Sing
UK      UK      PROPN  9   nmod      O  Number=Sing
spoke   speak   VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
to      to      ADP    16  case      O  _
the     the     DET    16  det       O  Definite=Def|PronType=Art
BBC~    BBC     PROPN  13  obl       O  Number=Sing
.       .       PUNCT  13  punct     O  _

#par
The     the     DET    2  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
taxes   tax     NOUN   6  nsubj  O  Number=Plur
must    must    AUX    6  aux    O  VerbForm=Fin
fall~   fall    VERB   3  ccomp  O  VerbForm=Inf
.       .       PUNCT  3  punct  O  _
"""

# Jo Hart of the Labour Party spoke on Sky News on Monday. ⏎  ⏎ The latter said taxes must fall. ⏎
ONE_PERSON = """
Jo       Jo      PROPN  7   nsubj     O  Number=Sing
Hart     Hart    PROPN  1   flat      O  Number=Sing
of       of      ADP    6   case      O  _
the      the     DET    6   det       O  Definite=Def|PronType=Art
Labour   Labour  PROPN  6   compound  O  Number=Sing
Party    Party   PROPN  2   nmod      O  Number=Sing
spoke    speak   VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on       on      ADP    10  case      O  _
Sky      Sky     PROPN  10  compound  O  Number=Sing
News     News    PROPN  7   obl       O  Number=Sing
on       on      ADP    12  case      O  _
Monday~  Monday  PROPN  7   obl       O  Number=Sing
.        .       PUNCT  7   punct     O  _

#par
The     the     DET    2  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
taxes   tax     NOUN   6  nsubj  O  Number=Plur
must    must    AUX    6  aux    O  VerbForm=Fin
fall~   fall    VERB   3  ccomp  O  VerbForm=Inf
.       .       PUNCT  3  punct  O  _
"""

# Ann Cole and Bob Reed spoke on Monday. ⏎  ⏎ The former said prices would rise, and the latter said they would fall.
# The latter added that wages would fall too. ⏎
LATTER_TWICE = """
Ann      Ann     PROPN  6  nsubj  O  Number=Sing
Cole     Cole    PROPN  6  nsubj  O  Number=Sing
and      and     CCONJ  4  cc     O  _
Bob      Bob     PROPN  2  conj   O  Number=Sing
Reed     Reed    PROPN  2  conj   O  Number=Sing
spoke    speak   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on       on      ADP    8  case   O  _
Monday~  Monday  PROPN  6  obl    O  Number=Sing
.        .       PUNCT  6  punct  O  _

#par
The     the     DET    4   det    O  Definite=Def|PronType=Art
former  former  ADJ    4   amod   O  Degree=Pos
said    say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
prices  price   NOUN   6   nsubj  O  Number=Plur
would   would   AUX    6   aux    O  VerbForm=Fin
rise~   rise    VERB   3   ccomp  O  VerbForm=Inf
,       ,       PUNCT  11  punct  O  _
and     and     CCONJ  11  cc     O  _
the     the     DET    10  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   11  nsubj  O  Number=Sing
said    say     VERB   3   conj   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
they    they    PRON   14  nsubj  O  Case=Nom|Number=Plur|Person=3|PronType=Prs
would   would   AUX    14  aux    O  VerbForm=Fin
fall~   fall    VERB   11  ccomp  O  VerbForm=Inf
.       .       PUNCT  3   punct  O  _

The     the     DET    2  det     O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj   O  Number=Sing
added   add     VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that    that    SCONJ  7  mark    O  _
wages   wages   NOUN   7  nsubj   O  Number=Plur
would   would   AUX    7  aux     O  VerbForm=Fin
fall    fall    VERB   3  ccomp   O  VerbForm=Inf
too~    too     ADV    7  advmod  O  _
.       .       PUNCT  3  punct   O  _
"""


def said(table: str, content: str) -> dict[str, Any]:
    record = analyze(build_document(table)).to_record(trace=True)
    found = [q for q in record["quotes"] if content in q["text"]]
    assert len(found) == 1, [q["text"] for q in record["quotes"]]
    return found[0]


@pytest.mark.parametrize(("table", "content", "name"), [
    (POSSESSORS, "It is an honour", "Kevin Moore"),
    (POSSESSORS, "delighted to be back", "Declan Price"),
    (TWO_SENTENCES, "they would fall", "Bob Reed"),
    (PARTIES_AND_CHANNEL, "budget was unfair", "Ahmed Khan"),
    (PARTIES_AND_CHANNEL, "it was fair", "Sara Malik"),
    (COMPANY_ROLES, "deal was close", "Akio Toyoda"),
    (PARTIES_BROADCASTER, "taxes must fall", "Sam Cole"),
    (LATTER_TWICE, "they would fall", "Bob Reed"),
    (LATTER_TWICE, "wages would fall", "Bob Reed"),
])
def test_the_former_and_the_latter_are_the_last_two_people(table: str, content: str, name: str) -> None:
    q = said(table, content)
    assert q["speaker"]["name"] == name
    assert q["trace"][-1] == "speaker:description(pair×0.9)"


def test_one_person_beside_organizations_is_no_pair() -> None:
    q = said(ONE_PERSON, "taxes must fall")
    assert q["speaker"] is None
    assert q["confidence"] < CONFIDENT


# A person and a name of unknown type joined by "and" (issue 16's new-user testers: 'Ruth Kane and Omar Said
# spoke after the vote; the former said …'): the one-word name is the pair's other person.
# Ruth Kane and Haddad spoke after the vote. The former said it was fair. The latter said that it was rigged.
JOINED_SENTENCES = """
Ruth    Ruth    PROPN  5  nsubj  O  Number=Sing
Kane    Kane    PROPN  1  flat   O  Number=Sing
and     and     CCONJ  4  cc     O  _
Haddad  Haddad  PROPN  1  conj   O  Number=Sing
spoke   speak   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
after   after   ADP    8  case   O  _
the     the     DET    8  det    O  Definite=Def|PronType=Art
vote~   vote    NOUN   5  obl    O  Number=Sing
.       .       PUNCT  5  punct  O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
former  former  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it      it      PRON   6  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was     be      AUX    6  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~   fair    ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _

The      the     DET    2  det         O  Definite=Def|PronType=Art
latter   latter  NOUN   3  nsubj       O  Number=Sing
said     say     VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that     that    SCONJ  7  mark        O  _
it       it      PRON   7  nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    7  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rigged~  rig     VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.        .       PUNCT  3  punct       O  _
"""

# Ruth Kane and Haddad spoke after the vote; the former said it was fair, while the latter said it was rigged.
JOINED_SEMICOLON = """
Ruth     Ruth    PROPN  5   nsubj       O  Number=Sing
Kane     Kane    PROPN  1   flat        O  Number=Sing
and      and     CCONJ  4   cc          O  _
Haddad   Haddad  PROPN  1   conj        O  Number=Sing
spoke    speak   VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
after    after   ADP    8   case        O  _
the      the     DET    8   det         O  Definite=Def|PronType=Art
vote~    vote    NOUN   5   obl         O  Number=Sing
;        ;       PUNCT  12  punct       O  _
the      the     DET    11  det         O  Definite=Def|PronType=Art
former   former  NOUN   12  nsubj       O  Number=Sing
said     say     VERB   5   parataxis   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it      PRON   15  nsubj       O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    15  cop         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~    fair    ADJ    12  ccomp       O  Degree=Pos
,        ,       PUNCT  20  punct       O  _
while    while   SCONJ  20  mark        O  _
the      the     DET    19  det         O  Definite=Def|PronType=Art
latter   latter  NOUN   20  nsubj       O  Number=Sing
said     say     VERB   12  advcl       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it      PRON   23  nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    23  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rigged~  rig     VERB   20  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.        .       PUNCT  5   punct       O  _
"""


@pytest.mark.parametrize(("table", "content", "name"), [
    (JOINED_SENTENCES, "it was fair", "Ruth Kane"),
    (JOINED_SENTENCES, "it was rigged", "Haddad"),
    (JOINED_SEMICOLON, "it was fair", "Ruth Kane"),
    (JOINED_SEMICOLON, "it was rigged", "Haddad"),
])
def test_a_name_joined_to_a_person_by_and_is_the_pair_s_other_person(table: str, content: str, name: str) -> None:
    q = said(table, content)
    assert (q["speaker"]["name"], q["trace"][-1]) == (name, "speaker:description(pair×0.9)")
