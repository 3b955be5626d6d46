"""'X quoted Y as saying…' and 'Y was quoted (by X) as saying…': Y is the speaker and what follows "as
saying" the content; the publication that quotes (X) is where the words were reported and speaks
nothing itself (issue 14, a third tester's first kind: the Times, the BBC, the Guardian and Reuters were
given their sources' words at 0.7-0.9). The tables are the bundled stanza models' parses
(`quotetrace debug-parse --as table`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# The Times quoted the minister as saying: "The deal is dead."
TIMES_QUOTED_THE_MINISTER = """
The       the       DET    2  det    O  Definite=Def|PronType=Art
Times     Times     PROPN  3  nsubj  O  Number=Plur
quoted    quote     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5  det    O  Definite=Def|PronType=Art
minister  minister  NOUN   3  obj    O  Number=Sing
as        as        SCONJ  7  mark   O  _
saying~   say       VERB   3  advcl  O  Tense=Pres|VerbForm=Part
:         :         PUNCT  3  punct  O  _

"~     "     PUNCT  5  punct  O  _
The    the   DET    3  det    O  Definite=Def|PronType=Art
deal   deal  NOUN   5  nsubj  O  Number=Sing
is     be    AUX    5  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
dead~  dead  ADJ    0  root   O  Degree=Pos
.~     .     PUNCT  5  punct  O  _
"      "     PUNCT  5  punct  O  _
"""

# "We won't back down," the BBC quoted Mark Smith as saying.
BBC_QUOTED_AFTER_QUOTE = """
"~       "      PUNCT  5   punct         O  _
We       we     PRON   5   nsubj         O  Case=Nom|Number=Plur|Person=1|PronType=Prs
wo~      will   AUX    5   aux           O  VerbForm=Fin
n't      not    PART   5   advmod        O  Polarity=Neg
back     back   VERB   11  advcl         O  VerbForm=Inf
down~    down   ADP    5   compound:prt  O  _
,~       ,      PUNCT  5   punct         O  _
"        "      PUNCT  5   punct         O  _
the      the    DET    10  det           O  Definite=Def|PronType=Art
BBC      BBC    PROPN  11  nsubj         O  Number=Sing
quoted   quote  VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Mark     Mark   PROPN  13  compound      O  Number=Sing
Smith    Smith  PROPN  11  obj           O  Number=Sing
as       as     SCONJ  15  mark          O  _
saying~  say    VERB   11  advcl         O  Tense=Pres|VerbForm=Part
.        .      PUNCT  11  punct         O  _
"""

# Mark Smith was quoted by the Guardian as saying that he would stand down.
QUOTED_BY_THE_GUARDIAN = """
Mark      Mark      PROPN  4   nsubj:pass    O  Number=Sing
Smith     Smith     PROPN  1   flat          O  Number=Sing
was       be        AUX    4   aux:pass      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quoted    quote     VERB   0   root          O  Tense=Past|VerbForm=Part|Voice=Pass
by        by        ADP    7   case          O  _
the       the       DET    7   det           O  Definite=Def|PronType=Art
Guardian  Guardian  PROPN  4   obl:agent     O  Number=Sing
as        as        SCONJ  9   mark          O  _
saying    say       VERB   4   advcl         O  Tense=Pres|VerbForm=Part
that      that      SCONJ  13  mark          O  _
he        he        PRON   13  nsubj         O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
would     would     AUX    13  aux           O  VerbForm=Fin
stand     stand     VERB   9   ccomp         O  VerbForm=Inf
down~     down      ADP    13  compound:prt  O  _
.         .         PUNCT  4   punct         O  _
"""

# The Reuters news agency quoted a senior official as saying that the talks had collapsed.
REUTERS_QUOTED_AN_OFFICIAL = """
The         the       DET    4   det       O  Definite=Def|PronType=Art
Reuters     Reuters   PROPN  4   compound  O  Number=Plur
news        news      NOUN   4   compound  O  Number=Plur
agency      agency    NOUN   5   nsubj     O  Number=Sing
quoted      quote     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a         DET    8   det       O  Definite=Ind|PronType=Art
senior      senior    ADJ    8   amod      O  Degree=Pos
official    official  NOUN   5   obj       O  Number=Sing
as          as        SCONJ  10  mark      O  _
saying      say       VERB   5   advcl     O  Tense=Pres|VerbForm=Part
that        that      SCONJ  15  mark      O  _
the         the       DET    13  det       O  Definite=Def|PronType=Art
talks       talk      NOUN   15  nsubj     O  Number=Plur
had         have      AUX    15  aux       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
collapsed~  collapse  VERB   10  ccomp     O  Tense=Past|VerbForm=Part|Voice=Pass
.           .         PUNCT  5   punct     O  _
"""

# The Financial Post cited Lena Ortiz as saying that the merger would close in May.
POST_CITED = """
The        the        DET    3   det    O  Definite=Def|PronType=Art
Financial  Financial  ADJ    3   amod   O  Degree=Pos
Post       Post       NOUN   4   nsubj  O  Number=Sing
cited      cite       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Lena       Lena       PROPN  4   obj    O  Number=Sing
Ortiz      Ortiz      PROPN  4   obj    O  Number=Sing
as         as         SCONJ  8   mark   O  _
saying     say        VERB   4   advcl  O  Tense=Pres|VerbForm=Part
that       that       SCONJ  13  mark   O  _
the        the        DET    11  det    O  Definite=Def|PronType=Art
merger     merger     NOUN   13  nsubj  O  Number=Sing
would      would      AUX    13  aux    O  VerbForm=Fin
close      close      VERB   8   ccomp  O  VerbForm=Inf
in         in         ADP    15  case   O  _
May~       May        PROPN  13  obl    O  Number=Sing
.          .          PUNCT  4   punct  O  _
"""

# "The budget is a fantasy," the Herald quoted Senator Ann Price as saying.
HERALD_QUOTED_AFTER_QUOTE = """
"~        "        PUNCT  6   punct     O  _
The       the      DET    3   det       O  Definite=Def|PronType=Art
budget    budget   NOUN   6   nsubj     O  Number=Sing
is        be       AUX    6   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
a         a        DET    6   det       O  Definite=Ind|PronType=Art
fantasy~  fantasy  NOUN   11  advcl     O  Number=Sing
,~        ,        PUNCT  6   punct     O  _
"         "        PUNCT  6   punct     O  _
the       the      DET    10  det       O  Definite=Def|PronType=Art
Herald    Herald   PROPN  11  nsubj     O  Number=Sing
quoted    quote    VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Senator   Senator  PROPN  14  compound  O  Number=Sing
Ann       Ann      PROPN  14  compound  O  Number=Sing
Price     price    PROPN  11  obj       O  Number=Sing
as        as       SCONJ  16  mark      O  _
saying~   say      VERB   11  advcl     O  Tense=Pres|VerbForm=Part
.         .        PUNCT  11  punct     O  _
"""

# Paul Klein was cited by Bloomberg as saying: "We will not sell."
CITED_BY_BLOOMBERG = """
Paul       Paul       PROPN  4   nsubj:pass  O  Number=Sing
Klein      Klein      PROPN  1   flat        O  Number=Sing
was        be         AUX    4   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
cited      cite       VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by         by         ADP    6   case        O  _
Bloomberg  Bloomberg  PROPN  4   obl:agent   O  Number=Sing
as         as         SCONJ  8   mark        O  _
saying~    say        VERB   4   advcl       O  Tense=Pres|VerbForm=Part
:          :          PUNCT  14  punct       O  _
"~         "          PUNCT  14  punct       O  _
We         we         PRON   14  nsubj       O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will       will       AUX    14  aux         O  VerbForm=Fin
not        not        PART   14  advmod      O  Polarity=Neg
sell~      sell       VERB   4   parataxis   O  VerbForm=Inf
.~         .          PUNCT  4   punct       O  _
"          "          PUNCT  14  punct       O  _
"""

# Local radio quoted Mayor Tom Reyes as telling residents that the water was safe.
QUOTED_AS_TELLING = """
Local      local     ADJ    2   amod       O  Degree=Pos
radio      radio     NOUN   3   nsubj      O  Number=Sing
quoted     quote     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Mayor      Mayor     PROPN  3   obj        O  Number=Sing
Tom        Tom       PROPN  4   flat       O  Number=Sing
Reyes      Reyes     PROPN  4   flat       O  Number=Sing
as         as        SCONJ  8   mark       O  _
telling    tell      VERB   3   advcl      O  Tense=Pres|VerbForm=Part
residents  resident  NOUN   8   obj        O  Number=Plur
that       that      SCONJ  14  mark       O  _
the        the       DET    12  det        O  Definite=Def|PronType=Art
water      water     NOUN   14  nsubj      O  Number=Sing
was        be        AUX    14  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
safe~      safe      ADJ    9   acl:relcl  O  Degree=Pos
.          .         PUNCT  3   punct      O  _
"""

# The Daily Star quoted a police spokesman as saying that two men had been arrested.
STAR_QUOTED_A_SPOKESMAN = """
The        the        DET    3   det         O  Definite=Def|PronType=Art
Daily      Daily      PROPN  3   compound    O  Number=Sing
Star       Star       PROPN  4   nsubj       O  Number=Sing
quoted     quote      VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a          a          DET    7   det         O  Definite=Ind|PronType=Art
police     police     NOUN   7   compound    O  Number=Sing
spokesman  spokesman  NOUN   4   obj         O  Number=Sing
as         as         SCONJ  9   mark        O  _
saying     say        VERB   4   advcl       O  Tense=Pres|VerbForm=Part
that       that       SCONJ  15  mark        O  _
two        two        NUM    12  nummod      O  NumForm=Word|NumType=Card
men        man        NOUN   15  nsubj:pass  O  Number=Plur
had        have       AUX    15  aux         O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
been       be         AUX    15  aux:pass    O  Tense=Past|VerbForm=Part
arrested~  arrest     VERB   9   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  4   punct       O  _
"""


# Carla Diaz was quoted as saying the factory would reopen next year.  (the clause hung on "quoted")
QUOTED_AS_SAYING_LOST_CLAUSE = """
Carla    Carla    PROPN  4   nsubj:pass  O  Number=Sing
Diaz     Diaz     PROPN  1   flat        O  Number=Sing
was      be       AUX    4   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quoted   quote    VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
as       as       SCONJ  6   mark        O  _
saying   say      VERB   4   advcl       O  Tense=Pres|VerbForm=Part
the      the      DET    8   det         O  Definite=Def|PronType=Art
factory  factory  NOUN   10  nsubj       O  Number=Sing
would    would    AUX    10  aux         O  VerbForm=Fin
reopen   reopen   VERB   4   advcl       O  VerbForm=Inf
next     next     ADJ    12  amod        O  Degree=Pos
year~    year     NOUN   10  obj         O  Number=Sing
.        .        PUNCT  4   punct       O  _
"""

# Officials were quoted as saying the border would reopen on Friday.
OFFICIALS_QUOTED = """
Officials  official  NOUN   3   nsubj:pass  O  Number=Plur
were       be        AUX    3   aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
quoted     quote     VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
as         as        SCONJ  5   mark        O  _
saying     say       VERB   3   advcl       O  Tense=Pres|VerbForm=Part
the        the       DET    7   det         O  Definite=Def|PronType=Art
border     border    NOUN   9   nsubj       O  Number=Sing
would      would     AUX    9   aux         O  VerbForm=Fin
reopen     reopen    VERB   3   advcl       O  VerbForm=Inf
on         on        ADP    11  case        O  _
Friday~    Friday    PROPN  9   obl         O  Number=Sing
.          .         PUNCT  3   punct       O  _
"""

def _reports(table: str) -> list[tuple[str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], (q["speaker"] or {}).get("text")) for q in quotes]


@pytest.mark.parametrize(("table", "expected"), [
    (TIMES_QUOTED_THE_MINISTER, ("The deal is dead.", "the minister")),
    (BBC_QUOTED_AFTER_QUOTE, ("We won't back down,", "Mark Smith")),
    (QUOTED_BY_THE_GUARDIAN, ("that he would stand down", "Mark Smith")),
    (REUTERS_QUOTED_AN_OFFICIAL, ("that the talks had collapsed", "a senior official")),
    (POST_CITED, ("that the merger would close in May", "Lena Ortiz")),
    (HERALD_QUOTED_AFTER_QUOTE, ("The budget is a fantasy,", "Senator Ann Price")),
    (CITED_BY_BLOOMBERG, ("We will not sell.", "Paul Klein")),
    (STAR_QUOTED_A_SPOKESMAN, ("that two men had been arrested", "a police spokesman")),
], ids=["times-colon", "bbc-after-quote", "guardian-passive", "reuters-official", "post-cited", "herald-after-quote",
        "bloomberg-cited-passive", "star-spokesman"])
def test_the_one_quoted_speaks_not_the_publication(table: str, expected: tuple[str, str]) -> None:
    assert _reports(table) == [expected]


def test_the_quoted_person_is_no_object_report() -> None:
    # 'quoted Mayor Tom Reyes' is who spoke, not what was said (was 'Mayor Tom Reyes' as a cue-object
    # report at 0.697); the parser hangs the that-clause on the listener as a relative clause, which
    # the rules do not read here: nothing rather than a name as content
    assert _reports(QUOTED_AS_TELLING) == []


@pytest.mark.parametrize(("table", "expected"), [
    (QUOTED_AS_SAYING_LOST_CLAUSE, ("the factory would reopen next year", "Carla Diaz")),
    (OFFICIALS_QUOTED, ("the border would reopen on Friday", "Officials")),
], ids=["diaz", "officials"])
def test_a_clause_hung_on_the_quoting_verb_is_the_participle_s_report(table: str, expected: tuple[str, str]) -> None:
    assert _reports(table) == [expected]


# bare clauses after "as saying" (issue 14, the fourth tester's first kind: the words went to the
# publication at 0.90, or were missed): the parser hangs the clause on the quoting verb as a conjunct,
# as a nominal complement, or hangs the participle on the clause it reports

# Dawn quoted Finance Minister Ishaq Dar as saying no new taxes would be imposed.
DAWN_QUOTED_BARE = """
Dawn      Dawn      PROPN  2   nsubj       O  Number=Sing
quoted    quote     VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Finance   Finance   PROPN  4   compound    O  Number=Sing
Minister  Minister  PROPN  2   obj         O  Number=Sing
Ishaq     Ishaq     PROPN  4   flat        O  Number=Sing
Dar       Dar       PROPN  4   flat        O  Number=Sing
as        as        SCONJ  8   mark        O  _
saying    say       VERB   2   advcl       O  Tense=Pres|VerbForm=Part
no        no        DET    11  det         O  PronType=Neg
new       new       ADJ    11  amod        O  Degree=Pos
taxes     tax       NOUN   14  nsubj:pass  O  Number=Plur
would     would     AUX    14  aux         O  VerbForm=Fin
be        be        AUX    14  aux:pass    O  VerbForm=Inf
imposed~  imposed   VERB   2   conj        O  Tense=Past|VerbForm=Part|Voice=Pass
.         .         PUNCT  2   punct       O  _
"""

# The Times of India quoted Union Minister Piyush Goyal as saying exports had grown by ten percent.
TIMES_OF_INDIA_BARE = """
The       the       DET    2   det       O  Definite=Def|PronType=Art
Times     Times     PROPN  5   nsubj     O  Number=Plur
of        of        ADP    4   case      O  _
India     India     PROPN  2   nmod      O  Number=Sing
quoted    quote     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Union     Union     PROPN  7   compound  O  Number=Sing
Minister  Minister  PROPN  5   obj       O  Number=Sing
Piyush    Piyush    PROPN  7   flat      O  Number=Sing
Goyal     Goyal     PROPN  7   flat      O  Number=Sing
as        as        SCONJ  11  mark      O  _
saying    say       VERB   14  advcl     O  Tense=Pres|VerbForm=Part
exports   exports   NOUN   14  nsubj     O  Number=Plur
had       have      AUX    14  aux       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
grown     grow      VERB   5   advcl     O  Tense=Past|VerbForm=Part|Voice=Pass
by        by        ADP    17  case      O  _
ten       ten       NUM    17  nummod    O  NumForm=Digit|NumType=Card
percent~  percent   NOUN   14  obl       O  Number=Sing
.         .         PUNCT  5   punct     O  _
"""

# Dar was quoted by Dawn as saying no new taxes would be imposed.
DAR_QUOTED_BY_DAWN_BARE = """
Dar       Dar      PROPN  3   nsubj:pass  O  Number=Sing
was       be       AUX    3   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quoted    quote    VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by        by       ADP    5   case        O  _
Dawn      Dawn     PROPN  3   obl:agent   O  Number=Sing
as        as       SCONJ  7   mark        O  _
saying    say      VERB   3   advcl       O  Tense=Pres|VerbForm=Part
no        no       DET    10  det         O  PronType=Neg
new       new      ADJ    10  amod        O  Degree=Pos
taxes     tax      NOUN   13  nsubj:pass  O  Number=Plur
would     would    AUX    13  aux         O  VerbForm=Fin
be        be       AUX    13  aux:pass    O  VerbForm=Inf
imposed~  imposed  VERB   3   conj        O  Tense=Past|VerbForm=Part|Voice=Pass
.         .        PUNCT  3   punct       O  _
"""

# Omar Ayub was quoted as saying the visit was a "photo opportunity".
AYUB_QUOTED_BARE = """
Omar          Omar         PROPN  4   nsubj:pass  O  Number=Sing
Ayub          Ayub         PROPN  1   flat        O  Number=Sing
was           be           AUX    4   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
quoted        quote        VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
as            as           SCONJ  6   mark        O  _
saying        say          VERB   4   advcl       O  Tense=Pres|VerbForm=Part
the           the          DET    8   det         O  Definite=Def|PronType=Art
visit         visit        NOUN   13  nsubj       O  Number=Sing
was           be           AUX    13  cop         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a             a            DET    13  det         O  Definite=Ind|PronType=Art
"~            "            PUNCT  13  punct       O  _
photo         photo        NOUN   13  compound    O  Number=Sing
opportunity~  opportunity  NOUN   4   ccomp       O  Number=Sing
"~            "            PUNCT  13  punct       O  _
.             .            PUNCT  4   punct       O  _
"""

# Reuters quoted a senior Saudi official as saying the kingdom would raise output in July.
REUTERS_SAUDI_BARE = """
Reuters   Reuters   PROPN  2   nsubj  O  Number=Plur
quoted    quote     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a         a         DET    6   det    O  Definite=Ind|PronType=Art
senior    senior    ADJ    6   amod   O  Degree=Pos
Saudi     Saudi     ADJ    6   amod   O  Degree=Pos
official  official  NOUN   2   obj    O  Number=Sing
as        as        SCONJ  8   mark   O  _
saying    say       VERB   2   advcl  O  Tense=Pres|VerbForm=Part
the       the       DET    10  det    O  Definite=Def|PronType=Art
kingdom   kingdom   NOUN   12  nsubj  O  Number=Sing
would     would     AUX    12  aux    O  VerbForm=Fin
raise     raise     VERB   2   conj   O  VerbForm=Inf
output    output    NOUN   12  obj    O  Number=Sing
in        in        ADP    15  case   O  _
July~     July      PROPN  12  obl    O  Number=Sing
.         .         PUNCT  2   punct  O  _
"""


@pytest.mark.parametrize(("table", "expected"), [
    (DAWN_QUOTED_BARE, ("no new taxes would be imposed", "Finance Minister Ishaq Dar")),
    (TIMES_OF_INDIA_BARE, ("exports had grown by ten percent", "Union Minister Piyush Goyal")),
    (DAR_QUOTED_BY_DAWN_BARE, ("no new taxes would be imposed", "Dar")),
    (AYUB_QUOTED_BARE, ('the visit was a "photo opportunity"', "Omar Ayub")),
    (REUTERS_SAUDI_BARE, ("the kingdom would raise output in July", "a senior Saudi official")),
], ids=["dawn-conj", "times-of-india-participle-on-clause", "dar-passive-conj", "ayub-nominal", "reuters-conj"])
def test_a_bare_clause_after_as_saying_is_the_quoted_person_s(table: str, expected: tuple[str, str]) -> None:
    assert _reports(table) == [expected]
