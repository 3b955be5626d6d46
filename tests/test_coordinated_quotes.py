"""Two or more direct quotes in one sentence, each with its own reporting clause, joined by ", and",
", but", ", while" or a comma: each quote keeps its own speaker, never read as one split quote of the
first speaker; a true split quote (one speaker, a reporting clause between its parts) stays one quote.
The tables are stanza's parses of the sentences (`quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def _quotes(table: str) -> list[dict[str, Any]]:
    return list(analyze(build_document(table)).to_record(trace=True)["quotes"])


def _summary(table: str) -> list[tuple[str, str, str | None, str]]:
    return [(q["text"], q["kind"], q["speaker"]["text"] if q["speaker"] else None, q["rule"])
            for q in _quotes(table)]


# “We are ready,” said Ana Costa, but “we are not,” said Bruno Lima. (the tester's y01)
BUT = """
“~      "      PUNCT  4   punct   O  _
We      we     PRON   4   nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are     be     AUX    4   cop     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~  ready  ADJ    7   ccomp   O  Degree=Pos
,~      ,      PUNCT  4   punct   O  _
”       "      PUNCT  4   punct   O  _
said    say    VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ana     Ana    PROPN  7   nsubj   O  Number=Sing
Costa~  Costa  PROPN  8   flat    O  Number=Sing
,       ,      PUNCT  11  punct   O  _
but     but    CCONJ  18  cc      O  _
“~      "      PUNCT  15  punct   O  _
we      we     PRON   15  nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are     be     AUX    15  cop     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
not~    not    PART   18  advmod  O  Polarity=Neg
,~      ,      PUNCT  15  punct   O  _
”       "      PUNCT  15  punct   O  _
said    say    VERB   7   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Bruno   Bruno  PROPN  18  nsubj   O  Number=Sing
Lima~   Lima   PROPN  19  flat    O  Number=Sing
.       .      PUNCT  7   punct   O  _
"""


# 'Ms Ode said, while …': a subordinator (SCONJ) joins the two reports (the tester's y02)
WHILE = """
“~      "      PUNCT  4   punct  O  _
Prices  price  NOUN   4   nsubj  O  Number=Plur
will    will   AUX    4   aux    O  VerbForm=Fin
fall~   fall   VERB   9   ccomp  O  VerbForm=Inf
,~      ,      PUNCT  4   punct  O  _
”       "      PUNCT  4   punct  O  _
Ms      Ms     PROPN  9   nsubj  O  Number=Sing
Ode     Ode    PROPN  7   flat   O  Number=Sing
said~   say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,       ,      PUNCT  15  punct  O  _
while   while  SCONJ  15  mark   O  _
“~      "      PUNCT  15  punct  O  _
prices  price  NOUN   15  nsubj  O  Number=Plur
will    will   AUX    15  aux    O  VerbForm=Fin
rise~   rise   VERB   20  ccomp  O  VerbForm=Inf
,~      ,      PUNCT  15  punct  O  _
”       "      PUNCT  15  punct  O  _
Mr      Mr.    PROPN  20  nsubj  O  Number=Sing
Bay     Bay    PROPN  18  flat   O  Number=Sing
said~   say    VERB   9   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .      PUNCT  20  punct  O  _
"""


# 'said her rival, Bruno Lima': the second speaker in apposition (the tester's t06)
AND_RIVAL = """
“~      "      PUNCT  4   punct      O  _
We      we     PRON   4   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are     be     AUX    4   cop        O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~  ready  ADJ    7   ccomp      O  Degree=Pos
,~      ,      PUNCT  4   punct      O  _
”       "      PUNCT  4   punct      O  _
said    say    VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ana     Ana    PROPN  7   nsubj      O  Number=Sing
Costa~  Costa  PROPN  8   flat       O  Number=Sing
,       ,      PUNCT  11  punct      O  _
and     and    CCONJ  18  cc         O  _
“~      "      PUNCT  15  punct      O  _
we      we     PRON   15  nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are     be     AUX    15  cop        O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
not~    not    PART   18  advmod     O  Polarity=Neg
,~      ,      PUNCT  15  punct      O  _
”       "      PUNCT  15  punct      O  _
said    say    VERB   7   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
her     her    PRON   20  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
rival~  rival  NOUN   18  nsubj      O  Number=Sing
,       ,      PUNCT  22  punct      O  _
Bruno   Bruno  PROPN  20  appos      O  Number=Sing
Lima~   Lima   PROPN  22  flat       O  Number=Sing
.       .      PUNCT  7   punct      O  _
"""


# 'said Cal, and …': a name after each cue
AND_SAID_NAME = """
“~      "      PUNCT  2   punct   O  _
Maybe~  maybe  ADV    5   advmod  O  _
,~      ,      PUNCT  2   punct   O  _
”       "      PUNCT  2   punct   O  _
said    say    VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Cal~    Cal    PROPN  5   nsubj   O  Number=Sing
,       ,      PUNCT  8   punct   O  _
and     and    CCONJ  13  cc      O  _
“~      "      PUNCT  10  punct   O  _
never~  never  ADV    13  advmod  O  _
,~      ,      PUNCT  10  punct   O  _
”       "      PUNCT  10  punct   O  _
said    say    VERB   5   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Dot~    Dot    PROPN  13  nsubj   O  Number=Sing
.       .      PUNCT  5   punct   O  _
"""


# 'shouted one protester, and … shouted another' (the tester's x23)
AND_ANOTHER = """
“~          "          PUNCT  2   punct   O  _
Go          go         VERB   6   advcl   O  Mood=Imp|VerbForm=Fin
home~       home       ADV    2   advmod  O  _
,~          ,          PUNCT  2   punct   O  _
”           "          PUNCT  2   punct   O  _
shouted     shouted    VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
one         one        NUM    8   nummod  O  NumForm=Word|NumType=Card
protester~  protester  NOUN   6   obj     O  Number=Plur
,           ,          PUNCT  12  punct   O  _
and         and        CCONJ  17  cc      O  _
“~          "          PUNCT  12  punct   O  _
Shame       Shame      ADJ    17  nsubj   O  Degree=Pos
on          on         ADP    14  case    O  _
you~        you        PRON   12  obl     O  Case=Acc|Person=2|PronType=Prs
,~          ,          PUNCT  12  punct   O  _
”           "          PUNCT  12  punct   O  _
shouted     shouted    VERB   6   conj    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
another~    another    DET    17  obj     O  PronType=Ind
.           .          PUNCT  6   punct   O  _
"""


# British single marks
SINGLE_MARKS = """
‘~     '     PUNCT  4   punct  O  _
We     we    PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will   will  AUX    4   aux    O  VerbForm=Fin
stay~  stay  VERB   7   ccomp  O  VerbForm=Inf
,~     ,     PUNCT  4   punct  O  _
’      '     PUNCT  4   punct  O  _
said   say   VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Tom    Tom   PROPN  7   nsubj  O  Number=Sing
Reed~  Reed  PROPN  8   flat   O  Number=Sing
,      ,     PUNCT  11  punct  O  _
but    but   CCONJ  15  cc     O  _
‘~     '     PUNCT  11  punct  O  _
we     we    PRON   15  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will   will  AUX    15  aux    O  VerbForm=Fin
go~    go    VERB   7   conj   O  VerbForm=Inf
,~     ,     PUNCT  15  punct  O  _
’      '     PUNCT  15  punct  O  _
said   say   VERB   7   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Jane   Jane  PROPN  18  nsubj  O  Number=Sing
Holt~  Holt  PROPN  19  flat   O  Number=Sing
.      .     PUNCT  18  punct  O  _
"""


# 'Park said, but …': the names before their cues
NAME_SAID_BUT = """
“~      "     PUNCT  4   punct   O  _
The     the   DET    3   det     O  Definite=Def|PronType=Art
plan    plan  NOUN   4   nsubj   O  Number=Sing
works~  work  VERB   8   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
,~      ,     PUNCT  4   punct   O  _
”       "     PUNCT  4   punct   O  _
Park    Park  PROPN  8   nsubj   O  Number=Sing
said~   say   VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,       ,     PUNCT  13  punct   O  _
but     but   CCONJ  13  cc      O  _
“~      "     PUNCT  13  punct   O  _
it      it    PRON   13  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
costs   cost  VERB   19  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
too     too   ADV    15  advmod  O  _
much~   much  ADJ    13  obj     O  Degree=Pos
,~      ,     PUNCT  13  punct   O  _
”       "     PUNCT  13  punct   O  _
Roth    Roth  PROPN  19  nsubj   O  Number=Sing
said~   say   VERB   8   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .     PUNCT  19  punct   O  _
"""


# 'he said, and … she said': two pronouns
PRONOUNS = """
“~     "    PUNCT  6   punct      O  _
Yes~   yes  INTJ   6   discourse  O  Polarity=Pos
,~     ,    PUNCT  2   punct      O  _
”      "    PUNCT  2   punct      O  _
he     he   PRON   6   nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
said~  say  VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,      ,    PUNCT  8   punct      O  _
and    and  CCONJ  14  cc         O  _
“~     "    PUNCT  10  punct      O  _
no~    no   INTJ   14  discourse  O  Polarity=Neg
,~     ,    PUNCT  10  punct      O  _
”      "    PUNCT  10  punct      O  _
she    she  PRON   14  nsubj      O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~  say  VERB   6   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.      .    PUNCT  6   punct      O  _
"""


# three quotes in a row, the last two joined by ', and' (the tester's y16)
THREE_CHAINED = """
“~    "    PUNCT  5  punct      O  _
Yes~  yes  INTJ   5  discourse  O  Polarity=Pos
,~    ,    PUNCT  2  punct      O  _
”     "    PUNCT  2  punct      O  _
said  say  VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Amy~  Amy  PROPN  5  nsubj      O  Number=Sing
.     .    PUNCT  5  punct      O  _

“~    "    PUNCT  5  punct      O  _
No~   no   INTJ   5  discourse  O  Polarity=Neg
,~    ,    PUNCT  2  punct      O  _
”     "    PUNCT  2  punct      O  _
said  say  VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ben~  Ben  PROPN  5  nsubj      O  Number=Sing
.     .    PUNCT  5  punct      O  _

“~      "      PUNCT  2   punct   O  _
Maybe~  maybe  ADV    5   advmod  O  _
,~      ,      PUNCT  2   punct   O  _
”       "      PUNCT  2   punct   O  _
said    say    VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Cal~    Cal    PROPN  5   nsubj   O  Number=Sing
,       ,      PUNCT  8   punct   O  _
and     and    CCONJ  13  cc      O  _
“~      "      PUNCT  10  punct   O  _
never~  never  ADV    13  advmod  O  _
,~      ,      PUNCT  10  punct   O  _
”       "      PUNCT  10  punct   O  _
said    say    VERB   5   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Dot~    Dot    PROPN  13  nsubj   O  Number=Sing
.       .      PUNCT  5   punct   O  _
"""


# three quotes chained by commas alone, each with its own reporting clause
COMMA_CHAIN = """
“~      "      PUNCT  2   punct  O  _
One~    one    NUM    5   nsubj  O  NumForm=Word|NumType=Card
,~      ,      PUNCT  2   punct  O  _
”       "      PUNCT  2   punct  O  _
said    say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Amy     Amy    PROPN  5   nsubj  O  Number=Sing
Lee~    Lee    PROPN  6   flat   O  Number=Sing
,       ,      PUNCT  10  punct  O  _
“~      "      PUNCT  10  punct  O  _
two~    two    NUM    6   appos  O  NumForm=Digit|NumType=Card
,~      ,      PUNCT  10  punct  O  _
”       "      PUNCT  10  punct  O  _
said    say    VERB   5   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ben     Ben    PROPN  13  nsubj  O  Number=Sing
Cole~   Cole   PROPN  14  flat   O  Number=Sing
,       ,      PUNCT  19  punct  O  _
and     and    CCONJ  19  cc     O  _
“~      "      PUNCT  19  punct  O  _
three~  three  NUM    22  dep    O  NumForm=Digit|NumType=Card
,~      ,      PUNCT  19  punct  O  _
”       "      PUNCT  19  punct  O  _
said    say    VERB   5   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Cara    Cara   PROPN  22  nsubj  O  Number=Sing
Diaz~   Diaz   PROPN  23  flat   O  Number=Sing
.       .      PUNCT  22  punct  O  _
"""


# 'shouted Harold Gee, and Mary Stone replied, “Never.”' (the tester's y04)
AND_REPLIED = """
“~        "        PUNCT  2   punct   O  _
Resign~   resign   PROPN  5   nsubj   O  Number=Sing
,~        ,        PUNCT  2   punct   O  _
”         "        PUNCT  2   punct   O  _
shouted   shouted  VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Harold    Harold   PROPN  5   obj     O  Number=Sing
Gee~      Gee      PROPN  6   flat    O  Number=Sing
,         ,        PUNCT  12  punct   O  _
and       and      CCONJ  12  cc      O  _
Mary      Mary     PROPN  12  nsubj   O  Number=Sing
Stone     Stone    PROPN  10  flat    O  Number=Sing
replied~  reply    VERB   5   conj    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,         ,        PUNCT  15  punct   O  _
“~        "        PUNCT  15  punct   O  _
Never~    never    ADV    12  advmod  O  _
.~        .        PUNCT  5   punct   O  _
”         "        PUNCT  15  punct   O  _
"""


# 'but Bruno Lima disagreed, “We are not.”'
OWN_CLAUSE_BEFORE = """
“~          "         PUNCT  4   punct  O  _
We          we        PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are         be        AUX    4   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~      ready     ADJ    7   ccomp  O  Degree=Pos
,~          ,         PUNCT  4   punct  O  _
”           "         PUNCT  4   punct  O  _
said        say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ana         Ana       PROPN  7   nsubj  O  Number=Sing
Costa~      Costa     PROPN  8   flat   O  Number=Sing
,           ,         PUNCT  14  punct  O  _
but         but       CCONJ  14  cc     O  _
Bruno       Bruno     PROPN  14  nsubj  O  Number=Sing
Lima        Lima      PROPN  12  flat   O  Number=Sing
disagreed~  disagree  VERB   7   conj   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,           ,         PUNCT  18  punct  O  _
“~          "         PUNCT  18  punct  O  _
We          we        PRON   18  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are         be        AUX    7   ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
not~        not       PART   7   ccomp  O  Polarity=Neg
.~          .         PUNCT  7   punct  O  _
”           "         PUNCT  7   punct  O  _
"""


# a true split quote: one reporting clause between its two parts
TRUE_SPLIT = """
“~       "     PUNCT  3   punct  O  _
We       we    PRON   3   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
tried~   try   VERB   7   ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
,~       ,     PUNCT  3   punct  O  _
”        "     PUNCT  3   punct  O  _
she      she   PRON   7   nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~    say   VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,        ,     PUNCT  12  punct  O  _
“~       "     PUNCT  12  punct  O  _
and      and   CCONJ  12  cc     O  _
we       we    PRON   12  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
failed~  fail  VERB   7   conj   O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
.~       .     PUNCT  7   punct  O  _
”        "     PUNCT  7   punct  O  _
"""


# a true split quote whose second part has its own cue with the same speaker
SPLIT_ADDED = """
“~       "     PUNCT  3   punct      O  _
We       we    PRON   3   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
tried~   try   VERB   7   ccomp      O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
,~       ,     PUNCT  3   punct      O  _
”        "     PUNCT  3   punct      O  _
she      she   PRON   7   nsubj      O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~    say   VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,        ,     PUNCT  16  punct      O  _
but      but   CCONJ  16  cc         O  _
“~       "     PUNCT  12  punct      O  _
we       we    PRON   12  nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
failed~  fail  VERB   16  parataxis  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
,~       ,     PUNCT  12  punct      O  _
”        "     PUNCT  12  punct      O  _
she      she   PRON   16  nsubj      O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
added~   add   VERB   7   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .     PUNCT  7   punct      O  _
"""

# 'but Bruno Lima had doubts. “…”': a coordinated clause with its own subject, then a bare quote
OWN_CLAUSE_THEN_QUOTE = """
“~       "      PUNCT  4   punct  O  _
We       we     PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are      be     AUX    4   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~   ready  ADJ    7   ccomp  O  Degree=Pos
,~       ,      PUNCT  4   punct  O  _
”        "      PUNCT  4   punct  O  _
said     say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ana      Ana    PROPN  7   nsubj  O  Number=Sing
Costa~   Costa  PROPN  8   flat   O  Number=Sing
,        ,      PUNCT  14  punct  O  _
but      but    CCONJ  14  cc     O  _
Bruno    Bruno  PROPN  14  nsubj  O  Number=Sing
Lima     Lima   PROPN  12  flat   O  Number=Sing
had      have   VERB   7   conj   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
doubts~  doubt  NOUN   14  obj    O  Number=Plur
.        .      PUNCT  7   punct  O  _

“~     "      PUNCT  5  punct   O  _
We     we     PRON   5  nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are    be     AUX    5  cop     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
not    not    PART   5  advmod  O  Polarity=Neg
ready  ready  ADJ    0  root    O  Degree=Pos
at     at     ADP    7  case    O  _
all~   all    DET    5  obl     O  PronType=Tot
.~     .      PUNCT  5  punct   O  _
”      "      PUNCT  5  punct   O  _
"""


# 'if he had met Trump, who leads…': the parse took the relative clause for a conjunct of 'met'
RELATIVE_AS_CONJUNCT = """
“~       "        PUNCT  5   punct   O  _
It       it       PRON   5   nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be       AUX    5   cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
very     very     ADV    5   advmod  O  _
nice~    nice     ADJ    10  advcl   O  Degree=Pos
,~       ,        PUNCT  5   punct   O  _
”        "        PUNCT  5   punct   O  _
the      the      DET    9   det     O  Definite=Def|PronType=Art
tycoon   tycoon   PROPN  10  nsubj   O  Number=Sing
told     tell     VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Reuters  Reuters  PROPN  10  obj     O  Number=Plur
when     when     ADV    13  advmod  O  PronType=Int
asked    ask      VERB   10  advcl   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
if       if       SCONJ  17  mark    O  _
he       he       PRON   17  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
had      have     AUX    17  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
met      meet     VERB   13  advcl   O  Tense=Past|VerbForm=Part
Trump~   Trump    PROPN  17  obj     O  Number=Sing
,        ,        PUNCT  21  punct   O  _
who      who      PRON   21  nsubj   O  PronType=Rel
leads    lead     VERB   17  conj    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
in       in       ADP    24  case    O  _
the      the      DET    24  det     O  Definite=Def|PronType=Art
polls~   poll     NOUN   21  obl     O  Number=Plur
.        .        PUNCT  10  punct   O  _

“~         "         PUNCT  5  punct   O  _
He         he        PRON   5  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was        be        AUX    5  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
very       very      ADV    5  advmod  O  _
charming~  Charming  ADJ    0  root    O  Degree=Pos
.~         .         PUNCT  5  punct   O  _
”          "         PUNCT  5  punct   O  _
"""


# 'outside the hotel where the talks were held': a clause of place with its own subject
SCENE_CLAUSE = """
“~         "         PUNCT  3   punct         O  _
They       they      PRON   3   nsubj         O  Case=Nom|Number=Plur|Person=3|PronType=Prs
walked     walk      VERB   9   advcl         O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
out~       out       ADP    3   compound:prt  O  _
,~         ,         PUNCT  3   punct         O  _
”          "         PUNCT  3   punct         O  _
Marek      Marek     PROPN  9   nsubj         O  Number=Sing
Dvorak     Dvorak    PROPN  7   flat          O  Number=Sing
told       tell      VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   9   obj           O  Number=Plur
outside    outside   ADP    13  case          O  _
the        the       DET    13  det           O  Definite=Def|PronType=Art
hotel      hotel     NOUN   9   obl           O  Number=Sing
where      where     ADV    18  advmod        O  PronType=Int
the        the       DET    16  det           O  Definite=Def|PronType=Art
talks      talk      NOUN   18  nsubj:pass    O  Number=Plur
were       be        AUX    18  aux:pass      O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
held~      hold      VERB   13  acl:relcl     O  Tense=Past|VerbForm=Part|Voice=Pass
.          .         PUNCT  9   punct         O  _

“~      "      PUNCT  4  punct  O  _
We      we     PRON   4  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were    be     AUX    4  cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
ready   ready  ADJ    0  root   O  Degree=Pos
to      to     PART   6  mark   O  _
stay    stay   VERB   4  xcomp  O  VerbForm=Inf
all     all    DET    8  det    O  PronType=Tot
night~  night  NOUN   6  obj    O  Number=Sing
.~      .      PUNCT  4  punct  O  _
”       "      PUNCT  4  punct  O  _
"""


def test_but_between_two_reporting_clauses_gives_each_quote_its_speaker() -> None:
    assert _summary(BUT) == [("We are ready,", "direct", "Ana Costa", "quote-then-cue"),
                             ("we are not,", "direct", "Bruno Lima", "quote-then-cue")]


def test_no_reported_speech_holds_the_other_quotes_reporting_clause() -> None:
    # the surface reading '“We are ready,” said Ana Costa, but “we are not,”' as Lima's content is gone
    for table in (BUT, WHILE, SINGLE_MARKS):
        assert [q["kind"] for q in _quotes(table)] == ["direct", "direct"]


def test_while_between_two_reporting_clauses() -> None:
    assert _summary(WHILE) == [("Prices will fall,", "direct", "Ms Ode", "quote-then-cue"),
                               ("prices will rise,", "direct", "Mr Bay", "quote-then-cue")]


def test_second_speaker_in_apposition() -> None:
    quotes = _quotes(AND_RIVAL)
    assert [q["text"] for q in quotes] == ["We are ready,", "we are not,"]
    assert quotes[0]["speaker"]["text"] == "Ana Costa"
    assert quotes[1]["speaker"]["name"] == "Bruno Lima"
    assert quotes[1]["speaker"]["entity"] != quotes[0]["speaker"]["entity"]


def test_name_after_each_cue() -> None:
    assert _summary(AND_SAID_NAME) == [("Maybe,", "direct", "Cal", "quote-then-cue"),
                                       ("never,", "direct", "Dot", "quote-then-cue")]


def test_second_quote_is_not_the_first_protesters() -> None:
    quotes = _quotes(AND_ANOTHER)
    assert [q["text"] for q in quotes] == ["Go home,", "Shame on you,"]
    assert quotes[0]["speaker"]["text"] == "one protester"
    assert quotes[1]["rule"] == "quote-then-cue"
    # 'another', a determiner heading its own noun phrase, is the second speaker
    assert quotes[1]["speaker"]["text"] == "another"
    assert quotes[1]["speaker"]["entity"] != quotes[0]["speaker"]["entity"]


def test_single_marks() -> None:
    assert _summary(SINGLE_MARKS) == [("We will stay,", "direct", "Tom Reed", "quote-then-cue"),
                                      ("we will go,", "direct", "Jane Holt", "quote-then-cue")]


def test_names_before_their_cues() -> None:
    assert _summary(NAME_SAID_BUT) == [("The plan works,", "direct", "Park", "quote-then-cue"),
                                       ("it costs too much,", "direct", "Roth", "quote-then-cue")]


def test_two_pronoun_speakers() -> None:
    quotes = _quotes(PRONOUNS)
    assert [(q["text"], q["speaker"]["text"]) for q in quotes] == [("Yes,", "he"), ("no,", "she")]


def test_three_quotes_then_and() -> None:
    assert [(q["text"], q["speaker"]["text"]) for q in _quotes(THREE_CHAINED)] == [
        ("Yes,", "Amy"), ("No,", "Ben"), ("Maybe,", "Cal"), ("never,", "Dot")]


def test_quotes_chained_by_commas() -> None:
    # the cue before “two,” is the reporting clause of “One,”; “two,” has its own after it
    assert [(q["text"], q["speaker"]["text"]) for q in _quotes(COMMA_CHAIN)] == [
        ("One,", "Amy Lee"), ("two,", "Ben Cole"), ("three,", "Cara Diaz")]


def test_another_speakers_clause_is_no_second_cue_of_the_first() -> None:
    assert _summary(AND_REPLIED) == [("Resign,", "direct", "Harold Gee", "quote-then-cue"),
                                     ("Never.", "direct", "Mary Stone", "cue-then-quote")]


def test_coordinated_clause_with_its_own_subject_before_the_quote() -> None:
    assert [(q["text"], q["speaker"]["text"]) for q in _quotes(OWN_CLAUSE_BEFORE)] == [
        ("We are ready,", "Ana Costa"), ("We are not.", "Bruno Lima")]


def test_true_split_quote_stays_one_quote() -> None:
    quotes = _quotes(TRUE_SPLIT)
    assert [(q["text"], q["speaker"]["text"], q["rule"]) for q in quotes] == [
        ("We tried, and we failed.", "she", "split")]


def test_split_quote_with_a_second_cue_of_the_same_speaker_stays_one_quote() -> None:
    quotes = _quotes(SPLIT_ADDED)
    assert [(q["text"], q["speaker"]["text"], q["rule"]) for q in quotes] == [
        ("We tried, we failed,", "she", "split-resumed")]
    assert len(quotes[0]["spans"]) == 2


def test_bare_quote_after_another_speakers_coordinated_clause_is_not_the_first_speakers() -> None:
    quotes = _quotes(OWN_CLAUSE_THEN_QUOTE)
    assert [len(q["spans"]) for q in quotes] == [1] * len(quotes)
    assert quotes[0]["text"] == "We are ready,"
    assert all(q["speaker"] is None or q["speaker"]["text"] != "Ana Costa" for q in quotes[1:])


def test_clauses_that_describe_the_scene_do_not_stop_a_split_quote() -> None:
    for table, speaker in ((RELATIVE_AS_CONJUNCT, "the tycoon"), (SCENE_CLAUSE, "Marek Dvorak")):
        quotes = _quotes(table)
        assert [(len(q["spans"]), q["speaker"]["text"], q["rule"]) for q in quotes] == [
            (2, speaker, "split-resumed")]
