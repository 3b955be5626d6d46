"""Parses of the role-description cases (tests/test_role_descriptions.py) as the bundled models gave them:
hand-built documents for `quotetrace.core.build.build_document`, each under the text it parses (⏎⏎: a new
paragraph). Names and wording are invented (issue 14, kinds 8 and 9)."""

# The prosecutor, Ms Amelia Grant, told the court that the defendant had lied repeatedly. ⏎⏎ 'The evidence is
# overwhelming,' she said. ⏎⏎ The judge said the jury must put aside any sympathy. ⏎
COURT = """
The          the         DET    2   det     O  Definite=Def|PronType=Art
prosecutor~  prosecutor  NOUN   8   nsubj   O  Number=Sing
,            ,           PUNCT  2   punct   O  _
Ms           Ms          PROPN  8   nsubj   O  Number=Sing
Amelia       Amelia      PROPN  4   flat    O  Number=Sing
Grant~       grant       PROPN  4   flat    O  Number=Sing
,            ,           PUNCT  2   punct   O  _
told         tell        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    10  det     O  Definite=Def|PronType=Art
court        court       NOUN   8   obj     O  Number=Sing
that         that        SCONJ  15  mark    O  _
the          the         DET    13  det     O  Definite=Def|PronType=Art
defendant    defendant   NOUN   15  nsubj   O  Number=Sing
had          have        AUX    15  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
lied         lie         VERB   10  acl     O  Tense=Past|VerbForm=Part
repeatedly~  repeatedly  ADV    15  advmod  O  _
.            .           PUNCT  8   punct   O  _

#par
'~             '             PUNCT  5  punct  O  _
The            the           DET    3  det    O  Definite=Def|PronType=Art
evidence       evidence      NOUN   5  nsubj  O  Number=Sing
is             be            AUX    5  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
overwhelming~  overwhelming  ADJ    9  ccomp  O  Degree=Pos
,~             ,             PUNCT  5  punct  O  _
'              '             PUNCT  5  punct  O  _
she            she           PRON   9  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~          say           VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.              .             PUNCT  9  punct  O  _

#par
The        the       DET    2   det    O  Definite=Def|PronType=Art
judge      judge     NOUN   3   nsubj  O  Number=Sing
said       say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    5   det    O  Definite=Def|PronType=Art
jury       jury      NOUN   7   nsubj  O  Number=Sing
must       must      AUX    7   aux    O  VerbForm=Fin
put        put       VERB   3   ccomp  O  VerbForm=Inf
aside      aside     ADP    10  case   O  _
any        any       DET    10  det    O  PronType=Ind
sympathy~  sympathy  NOUN   7   obl    O  Number=Sing
.          .         PUNCT  3   punct  O  _
"""

# Defence barrister Tom Hale said his client was innocent. ⏎⏎ The judge said the trial would continue on Monday.
BARRISTER = """
Defence    Defence    PROPN  2  compound   O  Number=Sing
barrister  barrister  NOUN   5  nsubj      O  Number=Sing
Tom        Tom        PROPN  5  nsubj      O  Number=Sing
Hale       Hale       PROPN  3  flat       O  Number=Sing
said       say        VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
his        his        PRON   7  nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
client     client     NOUN   9  nsubj      O  Number=Sing
was        be         AUX    9  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
innocent~  innocent   ADJ    5  ccomp      O  Degree=Pos
.          .          PUNCT  5  punct      O  _

#par
The       the       DET    2  det    O  Definite=Def|PronType=Art
judge     judge     NOUN   3  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5  det    O  Definite=Def|PronType=Art
trial     trial     NOUN   7  nsubj  O  Number=Sing
would     would     AUX    7  aux    O  VerbForm=Fin
continue  continue  VERB   3  ccomp  O  VerbForm=Inf
on        on        ADP    9  case   O  _
Monday~   Monday    PROPN  7  obl    O  Number=Sing
.         .         PUNCT  3  punct  O  _
"""

# Judge Ann Fox and prosecutor Bo Kim left the court together. ⏎⏎ The judge said the trial would resume on
# Monday.
JUDGE_NAMED = """
Judge       Judge       PROPN  8   nsubj   O  Number=Sing
Ann         Ann         PROPN  1   flat    O  Number=Sing
Fox         Fox         PROPN  1   flat    O  Number=Sing
and         and         CCONJ  5   cc      O  _
prosecutor  prosecutor  NOUN   3   conj    O  Number=Sing
Bo          Bo          PROPN  1   flat    O  Number=Sing
Kim         Kim         PROPN  6   flat    O  Number=Sing
left        leave       VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    10  det     O  Definite=Def|PronType=Art
court       court       NOUN   8   obj     O  Number=Sing
together~   together    ADV    8   advmod  O  _
.           .           PUNCT  8   punct   O  _

#par
The      the     DET    2  det    O  Definite=Def|PronType=Art
judge    judge   NOUN   3  nsubj  O  Number=Sing
said     say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    5  det    O  Definite=Def|PronType=Art
trial    trial   NOUN   7  nsubj  O  Number=Sing
would    would   AUX    7  aux    O  VerbForm=Fin
resume   resume  VERB   3  ccomp  O  VerbForm=Inf
on       on      ADP    9  case   O  _
Monday~  Monday  PROPN  7  obl    O  Number=Sing
.        .       PUNCT  3  punct  O  _
"""

# Solicitor Ed Marr told the court that his client was sorry. ⏎⏎ The magistrate said the fine would stand.
MAGISTRATE = """
Solicitor  Solicitor  PROPN  4   nsubj      O  Number=Sing
Ed         Ed         PROPN  1   flat       O  Number=Sing
Marr       Marr       PROPN  2   flat       O  Number=Sing
told       tell       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    6   det        O  Definite=Def|PronType=Art
court      court      NOUN   4   obj        O  Number=Sing
that       that       SCONJ  11  mark       O  _
his        his        PRON   9   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
client     client     NOUN   11  nsubj      O  Number=Sing
was        be         AUX    11  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sorry~     sorry      ADJ    6   acl        O  Degree=Pos
.          .          PUNCT  4   punct      O  _

#par
The         the         DET    2  det    O  Definite=Def|PronType=Art
magistrate  magistrate  NOUN   3  nsubj  O  Number=Sing
said        say         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    5  det    O  Definite=Def|PronType=Art
fine        fine        NOUN   7  nsubj  O  Number=Sing
would       would       AUX    7  aux    O  VerbForm=Fin
stand~      stand       VERB   3  ccomp  O  VerbForm=Inf
.           .           PUNCT  3  punct  O  _
"""

# Sir Keir Danvers and Baroness Ruth Ayre clashed over the bill. ⏎⏎ Sir Keir said it was overdue. ⏎⏎ The
# baroness said: 'It is rushed and badly drafted.' ⏎⏎ She said peers would vote it down. ⏎
BARONESS = """
Sir       Sir       PROPN  0  root  O  Number=Sing
Keir      Keir      PROPN  1  flat  O  Number=Sing
Danvers   Danvers   PROPN  1  flat  O  Number=Sing
and       and       CCONJ  5  cc    O  _
Baroness  Baroness  PROPN  1  conj  O  Number=Sing
Ruth      Ruth      PROPN  1  list  O  Number=Sing

Ayre     Ayre     PROPN  2  nsubj  O  Number=Sing
clashed  clashed  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
over     over     ADP    5  case   O  _
the      the      DET    5  det    O  Definite=Def|PronType=Art
bill~    bill     NOUN   2  obl    O  Number=Sing
.        .        PUNCT  2  punct  O  _

#par
Sir       Sir      PROPN  3  nsubj  O  Number=Sing
Keir      Keir     PROPN  1  flat   O  Number=Sing
said      say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it        it       PRON   6  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was       be       AUX    6  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
overdue~  overdue  ADJ    3  ccomp  O  Degree=Pos
.         .        PUNCT  3  punct  O  _

#par
The       the       DET    2   det         O  Definite=Def|PronType=Art
baroness  baroness  NOUN   3   nsubj       O  Number=Sing
said~     say       VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
:         :         PUNCT  8   punct       O  _
'~        '         PUNCT  8   punct       O  _
It        it        PRON   8   nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
is        be        AUX    8   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
rushed    rush      VERB   3   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
and       and       CCONJ  11  cc          O  _
badly     badly     ADV    11  advmod      O  _
drafted~  draft     VERB   8   conj        O  Tense=Past|VerbForm=Part|Voice=Pass
.~        .         PUNCT  3   punct       O  _
'         '         PUNCT  8   punct       O  _

#par
She    she    PRON   2  nsubj         O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said   say    VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
peers  peer   NOUN   5  nsubj         O  Number=Plur
would  would  AUX    5  aux           O  VerbForm=Fin
vote   vote   VERB   2  ccomp         O  VerbForm=Inf
it     it     PRON   5  obj           O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
down~  down   ADP    5  compound:prt  O  _
.      .      PUNCT  2  punct         O  _
"""

# Mayor Linda Torres and Chief Marcus Webb spoke at the event. ⏎⏎ The mayor said the city would hire more
# officers.
MAYOR = """
Mayor   Mayor   PROPN  8   nsubj  O  Number=Sing
Linda   Linda   PROPN  1   flat   O  Number=Sing
Torres  Torres  PROPN  1   flat   O  Number=Sing
and     and     CCONJ  5   cc     O  _
Chief   Chief   PROPN  1   conj   O  Number=Sing
Marcus  Marcus  PROPN  1   flat   O  Number=Sing
Webb    Webb    PROPN  1   flat   O  Number=Sing
spoke   speak   VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
at      at      ADP    11  case   O  _
the     the     DET    11  det    O  Definite=Def|PronType=Art
event~  event   NOUN   8   obl    O  Number=Sing
.       .       PUNCT  8   punct  O  _

#par
The        the      DET    2  det    O  Definite=Def|PronType=Art
mayor      mayor    NOUN   3  nsubj  O  Number=Sing
said       say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the      DET    5  det    O  Definite=Def|PronType=Art
city       city     NOUN   7  nsubj  O  Number=Sing
would      would    AUX    7  aux    O  VerbForm=Fin
hire       hire     VERB   3  ccomp  O  VerbForm=Inf
more       more     ADJ    9  amod   O  Degree=Cmp
officers~  officer  NOUN   7  obj    O  Number=Plur
.          .        PUNCT  3  punct  O  _
"""

# Governor Ann Lee and Senator Ray Mann met on Monday. ⏎⏎ The senator said the talks had gone well.
SENATOR = """
Governor  Governor  PROPN  8   nsubj  O  Number=Sing
Ann       Ann       PROPN  1   flat   O  Number=Sing
Lee       Lee       PROPN  1   flat   O  Number=Sing
and       and       CCONJ  5   cc     O  _
Senator   Senator   PROPN  3   conj   O  Number=Sing
Ray       Ray       PROPN  1   conj   O  Number=Sing
Mann      Mann      PROPN  6   flat   O  Number=Sing
met       meet      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on        on        ADP    10  case   O  _
Monday~   Monday    PROPN  8   obl    O  Number=Sing
.         .         PUNCT  8   punct  O  _

#par
The      the      DET    2  det     O  Definite=Def|PronType=Art
senator  senator  NOUN   3  nsubj   O  Number=Sing
said     say      VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det     O  Definite=Def|PronType=Art
talks    talk     NOUN   7  nsubj   O  Number=Plur
had      have     AUX    7  aux     O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
gone     go       VERB   3  ccomp   O  Tense=Past|VerbForm=Part
well~    well     ADV    7  advmod  O  Degree=Pos
.        .        PUNCT  3  punct   O  _
"""

# Chief Constable Ann Marsh and Mayor Bo Li visited the station. ⏎⏎ The chief constable said crime had fallen.
CONSTABLE = """
Chief      Chief      ADJ    3   amod       O  Degree=Pos
Constable  Constable  PROPN  3   nmod:desc  O  Number=Sing
Ann        Ann        PROPN  9   nsubj      O  Number=Sing
Marsh      Marsh      PROPN  3   flat       O  Number=Sing
and        and        CCONJ  6   cc         O  _
Mayor      Mayor      PROPN  3   conj       O  Number=Sing
Bo         Bo         PROPN  6   flat       O  Number=Sing
Li         Li         PROPN  3   flat       O  Number=Sing
visited    visit      VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    11  det        O  Definite=Def|PronType=Art
station~   station    NOUN   9   obj        O  Number=Sing
.          .          PUNCT  9   punct      O  _

#par
The        the        DET    3  det    O  Definite=Def|PronType=Art
chief      chief      ADJ    3  amod   O  Degree=Pos
constable  constable  NOUN   4  nsubj  O  Number=Sing
said       say        VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
crime      crime      NOUN   7  nsubj  O  Number=Sing
had        have       AUX    7  aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fallen~    fall       VERB   4  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  4  punct  O  _
"""

# Sir Keir Danvers said the bill was overdue. ⏎⏎ The duchess said the bill was rushed.
DUCHESS = """
Sir       Sir      PROPN  4  nsubj  O  Number=Sing
Keir      Keir     PROPN  1  flat   O  Number=Sing
Danvers   Danvers  PROPN  2  flat   O  Number=Sing
said      say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    6  det    O  Definite=Def|PronType=Art
bill      bill     NOUN   8  nsubj  O  Number=Sing
was       be       AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
overdue~  overdue  ADJ    4  ccomp  O  Degree=Pos
.         .        PUNCT  4  punct  O  _

#par
The      the      DET    2  det         O  Definite=Def|PronType=Art
duchess  duchess  NOUN   3  nsubj       O  Number=Sing
said     say      VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det         O  Definite=Def|PronType=Art
bill     bill     NOUN   7  nsubj:pass  O  Number=Sing
was      be       AUX    7  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rushed~  rush     VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.        .        PUNCT  3  punct       O  _
"""

# Senator Ray Mann, a Democrat, and Senator Joe Pike, a Republican, met in private. The Republican said
# afterward that no deal was reached. ⏎
REPUBLICAN = """
Senator      Senator     PROPN  16  nsubj  O  Number=Sing
Ray          Ray         PROPN  16  nsubj  O  Number=Sing
Mann~        Mann        PROPN  1   flat   O  Number=Sing
,            ,           PUNCT  6   punct  O  _
a            a           DET    6   det    O  Definite=Ind|PronType=Art
Democrat~    Democrat    ADJ    1   appos  O  Degree=Pos|Number=Sing
,            ,           PUNCT  9   punct  O  _
and          and         CCONJ  9   cc     O  _
Senator      Senator     PROPN  1   conj   O  Number=Sing
Joe          Joe         PROPN  1   list   O  Number=Sing
Pike~        Pike        PROPN  1   list   O  Number=Sing
,            ,           PUNCT  14  punct  O  _
a            a           DET    14  det    O  Definite=Ind|PronType=Art
Republican~  Republican  ADJ    16  nsubj  O  Degree=Pos
,            ,           PUNCT  14  punct  O  _
met          meet        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in           in          ADP    18  case   O  _
private~     private     ADJ    16  obl    O  Degree=Pos
.            .           PUNCT  16  punct  O  _

The         the         DET    2  det         O  Definite=Def|PronType=Art
Republican  Republican  PROPN  3  nsubj       O  Number=Sing
said        say         VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
afterward   afterward   ADV    3  advmod      O  _
that        that        SCONJ  9  mark        O  _
no          no          DET    7  det         O  PronType=Neg
deal        deal        NOUN   9  nsubj:pass  O  Number=Sing
was         be          AUX    9  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reached~    reach       VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.           .           PUNCT  3  punct       O  _
"""

# Senator Joe Pike, a Republican, and Senator Ray Mann, a Democrat, met in private. The Democrat said afterward
# that talks would go on.
DEMOCRAT = """
Senator      Senator     PROPN  16  nsubj     O  Number=Sing
Joe          Joe         PROPN  1   flat      O  Number=Sing
Pike~        Pike        PROPN  1   flat      O  Number=Sing
,            ,           PUNCT  6   punct     O  _
a            a           DET    10  det       O  Definite=Ind|PronType=Art
Republican~  Republican  ADJ    10  amod      O  Degree=Pos
,            ,           PUNCT  6   punct     O  _
and          and         CCONJ  9   cc        O  _
Senator      Senator     PROPN  10  compound  O  Number=Sing
Ray          Ray         PROPN  1   list      O  Number=Sing
Mann~        Mann        PROPN  1   list      O  Number=Sing
,            ,           PUNCT  14  punct     O  _
a            a           DET    14  det       O  Definite=Ind|PronType=Art
Democrat~    Democrat    ADJ    16  nsubj     O  Degree=Pos|Number=Sing
,            ,           PUNCT  14  punct     O  _
met          meet        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in           in          ADP    18  case      O  _
private~     private     ADJ    16  obl       O  Degree=Pos
.            .           PUNCT  16  punct     O  _

The        the        DET    2  det           O  Definite=Def|PronType=Art
Democrat   Democrat   PROPN  3  nsubj         O  Number=Sing
said       say        VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
afterward  afterward  ADV    3  advmod        O  _
that       that       SCONJ  8  mark          O  _
talks      talk       NOUN   8  nsubj         O  Number=Plur
would      would      AUX    8  aux           O  VerbForm=Fin
go         go         VERB   3  ccomp         O  VerbForm=Inf
on~        on         ADP    8  compound:prt  O  _
.          .          PUNCT  3  punct         O  _
"""

# Ann Lee, a Conservative, and Tom Hale, a socialist, argued on the radio. The Conservative said taxes were too
# high.
CONSERVATIVE = """
Ann            Ann           PROPN  14  nsubj  O  Number=Sing
Lee~           Lee           PROPN  1   flat   O  Number=Sing
,              ,             PUNCT  5   punct  O  _
a              a             DET    5   det    O  Definite=Ind|PronType=Art
Conservative~  Conservative  ADJ    1   appos  O  Degree=Pos
,              ,             PUNCT  8   punct  O  _
and            and           CCONJ  8   cc     O  _
Tom            Tom           PROPN  1   conj   O  Number=Sing
Hale~          Hale          PROPN  1   conj   O  Number=Sing
,              ,             PUNCT  12  punct  O  _
a              a             DET    12  det    O  Definite=Ind|PronType=Art
socialist~     socialist     NOUN   1   list   O  Degree=Pos|Number=Sing
,              ,             PUNCT  1   punct  O  _
argued         argue         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on             on            ADP    17  case   O  _
the            the           DET    17  det    O  Definite=Def|PronType=Art
radio~         radio         NOUN   14  obl    O  Number=Sing
.              .             PUNCT  14  punct  O  _

The           the           DET    2  det     O  Definite=Def|PronType=Art
Conservative  Conservative  PROPN  3  nsubj   O  Number=Sing
said          say           VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
taxes         tax           NOUN   7  nsubj   O  Number=Plur
were          be            AUX    7  cop     O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
too           too           ADV    7  advmod  O  _
high~         high          ADJ    3  ccomp   O  Degree=Pos
.             .             PUNCT  3  punct   O  _
"""

# Senator Ray Mann, a Democrat, spoke first. The Republican said afterward that no deal was reached.
NO_REPUBLICAN = """
Senator    Senator   PROPN  8  nsubj  O  Number=Sing
Ray        Ray       PROPN  1  flat   O  Number=Sing
Mann~      Mann      PROPN  1  flat   O  Number=Sing
,          ,         PUNCT  6  punct  O  _
a          a         DET    6  det    O  Definite=Ind|PronType=Art
Democrat~  Democrat  PROPN  1  list   O  Number=Sing
,          ,         PUNCT  6  punct  O  _
spoke      speak     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
first~     first     ADJ    8  xcomp  O  Degree=Pos|NumForm=Word|NumType=Ord
.          .         PUNCT  8  punct  O  _

The         the         DET    2  det         O  Definite=Def|PronType=Art
Republican  Republican  PROPN  3  nsubj       O  Number=Sing
said        say         VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
afterward   afterward   ADV    3  advmod      O  _
that        that        SCONJ  9  mark        O  _
no          no          DET    7  det         O  PronType=Neg
deal        deal        NOUN   9  nsubj:pass  O  Number=Sing
was         be          AUX    9  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reached~    reach       VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.           .           PUNCT  3  punct       O  _
"""

# Chief Constable Ann Marsh said officers acted properly. Her predecessor, John Webb, said the force had lost
# its way. ⏎⏎ "Morale is at rock bottom," the former chief constable said. ⏎
FORMER_CONSTABLE = """
Chief      Chief      ADJ    3  amod      O  Degree=Pos
Constable  Constable  PROPN  3  compound  O  Number=Sing
Ann        Ann        PROPN  5  nsubj     O  Number=Sing
Marsh      Marsh      PROPN  3  flat      O  Number=Sing
said       say        VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
officers   officer    NOUN   7  nsubj     O  Number=Plur
acted      act        VERB   5  ccomp     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
properly~  properly   ADV    7  advmod    O  _
.          .          PUNCT  5  punct     O  _

Her           her          PRON   2   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
predecessor~  predecessor  NOUN   7   nsubj      O  Number=Sing
,             ,            PUNCT  2   punct      O  _
John          John         PROPN  7   nsubj      O  Number=Sing
Webb~         Webb         PROPN  4   flat       O  Number=Sing
,             ,            PUNCT  2   punct      O  _
said          say          VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the          DET    9   det        O  Definite=Def|PronType=Art
force         force        NOUN   11  nsubj      O  Number=Sing
had           have         AUX    11  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
lost          lose         VERB   7   ccomp      O  Tense=Past|VerbForm=Part
its           its          PRON   13  nmod:poss  O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
way~          way          NOUN   11  obj        O  Number=Sing
.             .            PUNCT  7   punct      O  _

#par
"~         "          PUNCT  6   punct     O  _
Morale     Morale     PROPN  6   nsubj     O  Number=Sing
is         be         AUX    6   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
at         at         ADP    6   case      O  _
rock       rock       NOUN   6   compound  O  Number=Sing
bottom~    bottom     NOUN   13  ccomp     O  Number=Sing
,~         ,          PUNCT  6   punct     O  _
"          "          PUNCT  6   punct     O  _
the        the        DET    12  det       O  Definite=Def|PronType=Art
former     former     ADJ    12  amod      O  Degree=Pos
chief      chief      ADJ    12  amod      O  Degree=Pos
constable  constable  NOUN   13  nsubj     O  Number=Sing
said~      say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .          PUNCT  13  punct     O  _
"""

# Mayor Bo Kim said the budget was sound. His predecessor, Ann Cole, said the city was broke. ⏎⏎ "We are in deep
# trouble," the former mayor said.
FORMER_MAYOR = """
Mayor   Mayor   PROPN  4  nsubj  O  Number=Sing
Bo      Bo      PROPN  1  flat   O  Number=Sing
Kim     Kim     PROPN  1  flat   O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    6  det    O  Definite=Def|PronType=Art
budget  budget  NOUN   8  nsubj  O  Number=Sing
was     be      AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~  sound   ADJ    4  ccomp  O  Degree=Pos
.       .       PUNCT  4  punct  O  _

His           his          PRON   2   nmod:poss   O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
predecessor~  predecessor  NOUN   7   nsubj       O  Number=Sing
,             ,            PUNCT  2   punct       O  _
Ann           Ann          PROPN  2   appos       O  Number=Sing
Cole~         Cole         PROPN  4   flat        O  Number=Sing
,             ,            PUNCT  2   punct       O  _
said          say          VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the          DET    9   det         O  Definite=Def|PronType=Art
city          city         NOUN   11  nsubj:pass  O  Number=Sing
was           be           AUX    11  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
broke~        break        VERB   7   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.             .            PUNCT  7   punct       O  _

#par
"~        "        PUNCT  6   punct  O  _
We        we       PRON   6   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are       be       AUX    6   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
in        in       ADP    6   case   O  _
deep      deep     ADJ    6   amod   O  Degree=Pos
trouble~  trouble  NOUN   12  ccomp  O  Number=Sing
,~        ,        PUNCT  6   punct  O  _
"         "        PUNCT  6   punct  O  _
the       the      DET    11  det    O  Definite=Def|PronType=Art
former    former   ADJ    11  amod   O  Degree=Pos
mayor     mayor    NOUN   12  nsubj  O  Number=Sing
said~     say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  12  punct  O  _
"""

# Speaking to the BBC, Dr Maya Rao, a virologist, said the variant was "not more dangerous." ⏎
VIROLOGIST = """
Speaking     speak       VERB   13  advcl   O  Tense=Pres|VerbForm=Part
to           to          ADP    4   case    O  _
the          the         DET    4   det     O  Definite=Def|PronType=Art
BBC~         BBC         PROPN  1   obl     O  Number=Sing
,            ,           PUNCT  1   punct   O  _
Dr           Dr          PROPN  4   conj    O  Number=Sing
Maya         Maya        PROPN  6   flat    O  Number=Sing
Rao~         Rao         PROPN  6   flat    O  Number=Sing
,            ,           PUNCT  1   punct   O  _
a            a           DET    11  det     O  Definite=Ind|PronType=Art
virologist~  virologist  NOUN   13  nsubj   O  Number=Sing
,            ,           PUNCT  1   punct   O  _
said         say         VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    15  det     O  Definite=Def|PronType=Art
variant      variant     NOUN   20  nsubj   O  Number=Sing
was          be          AUX    20  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~           "           PUNCT  20  punct   O  _
not          not         PART   20  advmod  O  Polarity=Neg
more         more        ADV    20  advmod  O  Degree=Cmp
dangerous~   dangerous   ADJ    13  ccomp   O  Degree=Pos
.~           .           PUNCT  13  punct   O  _
"            "           PUNCT  20  punct   O  _
"""

# Professor Ian Holt, an economist, said interest rates would rise.
ECONOMIST = """
Professor   Professor  PROPN  8   nsubj     O  Number=Sing
Ian         Ian        PROPN  1   flat      O  Number=Sing
Holt~       Holt       PROPN  1   flat      O  Number=Sing
,           ,          PUNCT  6   punct     O  _
an          a          DET    6   det       O  Definite=Ind|PronType=Art
economist~  economist  NOUN   1   appos     O  Number=Sing
,           ,          PUNCT  1   punct     O  _
said        say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
interest    interest   NOUN   10  compound  O  Number=Sing
rates       rate       NOUN   12  nsubj     O  Number=Plur
would       would      AUX    12  aux       O  VerbForm=Fin
rise~       rise       VERB   8   ccomp     O  VerbForm=Inf
.           .          PUNCT  8   punct     O  _
"""

# Dr Maya Rao, a virologist, spoke to the BBC on Monday. ⏎⏎ The virologist said the variant was mild.
THE_VIROLOGIST = """
Dr           Dr          PROPN  8   nsubj  O  Number=Sing
Maya         Maya        PROPN  1   flat   O  Number=Sing
Rao~         Rao         PROPN  1   flat   O  Number=Sing
,            ,           PUNCT  6   punct  O  _
a            a           DET    6   det    O  Definite=Ind|PronType=Art
virologist~  virologist  NOUN   1   appos  O  Number=Sing
,            ,           PUNCT  1   punct  O  _
spoke        speak       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
to           to          ADP    11  case   O  _
the          the         DET    11  det    O  Definite=Def|PronType=Art
BBC          BBC         PROPN  8   obl    O  Number=Sing
on           on          ADP    13  case   O  _
Monday~      Monday      PROPN  8   obl    O  Number=Sing
.            .           PUNCT  8   punct  O  _

#par
The         the         DET    2  det    O  Definite=Def|PronType=Art
virologist  virologist  NOUN   3  nsubj  O  Number=Sing
said        say         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    5  det    O  Definite=Def|PronType=Art
variant     variant     NOUN   7  nsubj  O  Number=Sing
was         be          AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
mild~       mild        ADJ    3  ccomp  O  Degree=Pos
.           .           PUNCT  3  punct  O  _
"""

# Trade Minister Li Wei met his Japanese counterpart, Kenji Sato. The Japanese minister said tariffs would stay.
# ⏎
JAPANESE = """
Trade         Trade        PROPN  3   compound   O  Number=Sing
Minister      Minister     PROPN  3   nmod:desc  O  Number=Sing
Li            Li           PROPN  5   nsubj      O  Number=Sing
Wei           Wei          PROPN  3   flat       O  Number=Sing
met           meet         VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
his           his          PRON   8   nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
Japanese      Japanese     ADJ    8   amod       O  Degree=Pos
counterpart~  counterpart  NOUN   5   obj        O  Number=Sing
,             ,            PUNCT  10  punct      O  _
Kenji         Kenji        PROPN  8   appos      O  Number=Sing
Sato~         Sato         PROPN  10  flat       O  Number=Sing
.             .            PUNCT  5   punct      O  _

The       the       DET    3  det    O  Definite=Def|PronType=Art
Japanese  Japanese  ADJ    3  amod   O  Degree=Pos
minister  minister  NOUN   4  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
tariffs   tariffs   NOUN   7  nsubj  O  Number=Plur
would     would     AUX    7  aux    O  VerbForm=Fin
stay~     stay      VERB   4  ccomp  O  VerbForm=Inf
.         .         PUNCT  4  punct  O  _
"""

# Foreign Minister Ana Ruiz met her French counterpart, Paul Roux, in Madrid. ⏎⏎ The French minister said the
# border would stay open.
FRENCH = """
Foreign       foreign      ADJ    2   amod       O  Degree=Pos
Minister      Minister     PROPN  3   nmod:desc  O  Number=Sing
Ana           Ana          PROPN  5   nsubj      O  Number=Sing
Ruiz          Ruiz         PROPN  3   flat       O  Number=Sing
met           meet         VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
her           her          PRON   8   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
French        French       ADJ    8   amod       O  Degree=Pos
counterpart~  counterpart  NOUN   5   obj        O  Number=Sing
,             ,            PUNCT  10  punct      O  _
Paul          Paul         PROPN  8   appos      O  Number=Sing
Roux~         Roux         PROPN  10  flat       O  Number=Sing
,             ,            PUNCT  14  punct      O  _
in            in           ADP    14  case       O  _
Madrid~       Madrid       PROPN  10  nmod       O  Number=Sing
.             .            PUNCT  5   punct      O  _

#par
The       the       DET    3  det    O  Definite=Def|PronType=Art
French    French    ADJ    3  amod   O  Degree=Pos
minister  minister  NOUN   4  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    6  det    O  Definite=Def|PronType=Art
border    border    NOUN   8  nsubj  O  Number=Sing
would     would     AUX    8  aux    O  VerbForm=Fin
stay      stay      VERB   4  ccomp  O  VerbForm=Inf
open~     open      ADJ    8  xcomp  O  Degree=Pos
.         .         PUNCT  4  punct  O  _
"""

# Trade Minister Li Wei met business leaders in Tokyo. ⏎⏎ The Japanese minister said tariffs would stay.
NO_JAPANESE = """
Trade     Trade     PROPN  3  compound   O  Number=Sing
Minister  Minister  PROPN  3  nmod:desc  O  Number=Sing
Li        Li        PROPN  5  nsubj      O  Number=Sing
Wei       Wei       PROPN  3  flat       O  Number=Sing
met       meet      VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
business  business  NOUN   7  compound   O  Number=Sing
leaders   leader    NOUN   5  obj        O  Number=Plur
in        in        ADP    9  case       O  _
Tokyo~    Tokyo     PROPN  5  obl        O  Number=Sing
.         .         PUNCT  5  punct      O  _

#par
The       the       DET    3  det    O  Definite=Def|PronType=Art
Japanese  Japanese  ADJ    3  amod   O  Degree=Pos
minister  minister  NOUN   4  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
tariffs   tariffs   NOUN   7  nsubj  O  Number=Plur
would     would     AUX    7  aux    O  VerbForm=Fin
stay~     stay      VERB   4  ccomp  O  VerbForm=Inf
.         .         PUNCT  4  punct  O  _
"""

# NEW YORK (AP) — Shares of Halcyon Corp. fell 12% on Wednesday after the company said in a statement that its
# chief executive, Mark Tilden, would step down. ⏎⏎ "This was a personal decision," Tilden said in an interview.
# "I leave the company in good hands." ⏎
HALCYON = """
NEW         new        PROPN  11  nsubj         O  Number=Sing
YORK        YORK       PROPN  1   flat          O  Number=Sing
(~          (          PUNCT  4   punct         O  _
AP~         AP         PROPN  2   appos         O  Number=Sing
)           )          PUNCT  4   punct         O  _
—           —          PUNCT  4   punct         O  _
Shares      Shares     PROPN  11  nsubj         O  Number=Plur
of          of         ADP    10  case          O  _
Halcyon     Halcyon    PROPN  10  compound      O  Number=Sing
Corp.       Corp.      PROPN  7   nmod          O  Number=Sing
fell        fall       VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
12~         12         NUM    13  nummod        O  NumForm=Digit|NumType=Card
%           %          NOUN   11  obj           O  Number=Sing
on          on         ADP    15  case          O  _
Wednesday   Wednesday  PROPN  11  obl           O  Number=Sing
after       after      SCONJ  19  mark          O  _
the         the        DET    18  det           O  Definite=Def|PronType=Art
company     company    NOUN   19  nsubj         O  Number=Sing
said        say        VERB   11  advcl         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in          in         ADP    22  case          O  _
a           a          DET    22  det           O  Definite=Ind|PronType=Art
statement   statement  NOUN   19  obl           O  Number=Sing
that        that       SCONJ  32  mark          O  _
its         its        PRON   26  nmod:poss     O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
chief       chief      ADJ    26  amod          O  Degree=Pos
executive~  executive  NOUN   32  nsubj         O  Number=Sing
,           ,          PUNCT  28  punct         O  _
Mark        Mark       PROPN  26  appos         O  Number=Sing
Tilden~     Tilden     PROPN  28  flat          O  Number=Sing
,           ,          PUNCT  32  punct         O  _
would       would      AUX    32  aux           O  VerbForm=Fin
step        step       VERB   11  conj          O  VerbForm=Inf
down~       down       ADP    32  compound:prt  O  _
.           .          PUNCT  11  punct         O  _

#par
"~          "          PUNCT  6   punct  O  _
This        this       PRON   6   nsubj  O  Number=Sing|PronType=Dem
was         be         AUX    6   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a          DET    6   det    O  Definite=Ind|PronType=Art
personal    personal   ADJ    6   amod   O  Degree=Pos
decision~   decision   NOUN   10  ccomp  O  Number=Sing
,~          ,          PUNCT  6   punct  O  _
"           "          PUNCT  6   punct  O  _
Tilden      Tilden     PROPN  10  nsubj  O  Number=Sing
said        say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in          in         ADP    13  case   O  _
an          a          DET    13  det    O  Definite=Ind|PronType=Art
interview~  interview  NOUN   10  obl    O  Number=Sing
.           .          PUNCT  10  punct  O  _

"~       "        PUNCT  3  punct  O  _
I        I        PRON   3  nsubj  O  Case=Nom|Number=Sing|Person=1|PronType=Prs
leave    leave    VERB   0  root   O  Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
company  company  NOUN   3  obj    O  Number=Sing
in       in       ADP    8  case   O  _
good     good     ADJ    8  amod   O  Degree=Pos
hands~   hand     NOUN   3  obl    O  Number=Plur
.~       .        PUNCT  3  punct  O  _
"        "        PUNCT  3  punct  O  _
"""

# Nordic Rail said in a statement that services would resume on Thursday. ⏎⏎ "We apologise for the disruption,"
# the company said. ⏎
NORDIC = """
Nordic     Nordic     PROPN  3   nsubj      O  Number=Sing
Rail       Rail       PROPN  1   flat       O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in         in         ADP    6   case       O  _
a          a          DET    6   det        O  Definite=Ind|PronType=Art
statement  statement  NOUN   3   obl        O  Number=Sing
that       that       SCONJ  10  mark       O  PronType=Rel
services   service    NOUN   10  nsubj      O  Number=Plur
would      would      AUX    10  aux        O  VerbForm=Fin
resume     resume     VERB   6   acl:relcl  O  VerbForm=Inf
on         on         ADP    12  case       O  _
Thursday~  Thursday   PROPN  10  obl        O  Number=Sing
.          .          PUNCT  3   punct      O  _

#par
"~           "           PUNCT  3   punct  O  _
We           we          PRON   3   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
apologise    apologise   VERB   11  ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
for          for         ADP    6   case   O  _
the          the         DET    6   det    O  Definite=Def|PronType=Art
disruption~  disruption  NOUN   3   obl    O  Number=Sing
,~           ,           PUNCT  3   punct  O  _
"            "           PUNCT  3   punct  O  _
the          the         DET    10  det    O  Definite=Def|PronType=Art
company      company     NOUN   11  nsubj  O  Number=Sing
said~        say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.            .           PUNCT  11  punct  O  _
"""

# Shares of Brightline Inc. fell sharply on Monday after the firm said that profits had halved.
FIRM = """
Shares      Shares      NOUN   5   nsubj   O  Number=Plur
of          of          ADP    3   case    O  _
Brightline  Brightline  PROPN  1   nmod    O  Number=Sing
Inc.        Inc.        PROPN  1   nmod    O  Number=Sing
fell        fall        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sharply     sharply     ADV    5   advmod  O  _
on          on          ADP    8   case    O  _
Monday      Monday      PROPN  5   obl     O  Number=Sing
after       after       SCONJ  12  mark    O  _
the         the         DET    11  det     O  Definite=Def|PronType=Art
firm        firm        NOUN   12  nsubj   O  Number=Sing
said        say         VERB   5   advcl   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that        that        SCONJ  16  mark    O  _
profits     profit      NOUN   16  nsubj   O  Number=Plur
had         have        AUX    16  aux     O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
halved~     halved      VERB   12  ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
.           .           PUNCT  5   punct   O  _
"""

# Skyway Airways said in a statement that flights would resume. ⏎⏎ "We are sorry for the delays," the airline
# said.
AIRLINE = """
Skyway     Skyway     PROPN  3   nsubj      O  Number=Sing
Airways    Airway     PROPN  1   flat       O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in         in         ADP    6   case       O  _
a          a          DET    6   det        O  Definite=Ind|PronType=Art
statement  statement  NOUN   3   obl        O  Number=Sing
that       that       SCONJ  10  obj        O  _
flights    flight     NOUN   10  nsubj      O  Number=Plur
would      would      AUX    10  aux        O  VerbForm=Fin
resume~    resume     VERB   6   acl:relcl  O  VerbForm=Inf
.          .          PUNCT  3   punct      O  _

#par
"~       "        PUNCT  4   punct  O  _
We       we       PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are      be       AUX    4   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
sorry    sorry    ADJ    12  ccomp  O  Degree=Pos
for      for      ADP    7   case   O  _
the      the      DET    7   det    O  Definite=Def|PronType=Art
delays~  delay    NOUN   4   obl    O  Number=Plur
,~       ,        PUNCT  4   punct  O  _
"        "        PUNCT  4   punct  O  _
the      the      DET    11  det    O  Definite=Def|PronType=Art
airline  airline  NOUN   12  nsubj  O  Number=Sing
said~    say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .        PUNCT  12  punct  O  _
"""

# Shares of Halcyon Corp. fell on Monday. ⏎⏎ The ministry said the market was stable.
MINISTRY = """
Shares   Shares   NOUN   5  nsubj  O  Number=Plur
of       of       ADP    3  case   O  _
Halcyon  Halcyon  PROPN  1  nmod   O  Number=Sing
Corp.    Corp.    PROPN  1  nmod   O  Number=Sing
fell     fall     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on       on       ADP    7  case   O  _
Monday~  Monday   PROPN  5  obl    O  Number=Sing
.        .        PUNCT  5  punct  O  _

#par
The       the       DET    2  det    O  Definite=Def|PronType=Art
ministry  ministry  NOUN   3  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5  det    O  Definite=Def|PronType=Art
market    market    NOUN   7  nsubj  O  Number=Sing
was       be        AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
stable~   stable    ADJ    3  ccomp  O  Degree=Pos
.         .         PUNCT  3  punct  O  _
"""

# The report, published by the Institute for Fiscal Studies, said households would be £1,200 worse off. The
# Treasury rejected the figures. ⏎
IFS = """
The         the        DET    2   det           O  Definite=Def|PronType=Art
report~     report     NOUN   12  nsubj         O  Number=Sing
,           ,          PUNCT  4   punct         O  _
published   publish    VERB   2   acl           O  Tense=Past|VerbForm=Part|Voice=Pass
by          by         ADP    7   case          O  _
the         the        DET    7   det           O  Definite=Def|PronType=Art
Institute   Institute  PROPN  4   obl:agent     O  Number=Sing
for         for        ADP    10  case          O  _
Fiscal      Fiscal     ADJ    10  amod          O  Degree=Pos
Studies~    Study      PROPN  4   obl:agent     O  Number=Plur
,           ,          PUNCT  4   punct         O  _
said        say        VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
households  household  NOUN   16  nsubj         O  Number=Plur
would       would      AUX    16  aux           O  VerbForm=Fin
be          be         AUX    16  cop           O  VerbForm=Inf
£~          £          SYM    12  ccomp         O  _
1,200       1200       NUM    18  compound      O  NumForm=Digit|NumType=Card
worse       bad        ADJ    16  amod          O  Degree=Cmp
off~        off        ADP    16  compound:prt  O  _
.           .          PUNCT  12  punct         O  _

The       the       DET    2  det    O  Definite=Def|PronType=Art
Treasury  Treasury  PROPN  3  nsubj  O  Number=Sing
rejected  reject    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5  det    O  Definite=Def|PronType=Art
figures~  figure    NOUN   3  obj    O  Number=Plur
.         .         PUNCT  3  punct  O  _
"""

# According to the Council on Foreign Relations, the talks have stalled.
CFR = """
According   accord    VERB   4   case   O  Tense=Pres|VerbForm=Part
to          to        ADP    1   fixed  O  _
the         the       DET    4   det    O  Definite=Def|PronType=Art
Council     Council   PROPN  12  obl    O  Number=Sing
on          on        ADP    7   case   O  _
Foreign     foreign   ADJ    7   amod   O  Degree=Pos
Relations~  Relation  PROPN  4   nmod   O  Number=Plur
,           ,         PUNCT  4   punct  O  _
the         the       DET    10  det    O  Definite=Def|PronType=Art
talks       talk      NOUN   12  nsubj  O  Number=Plur
have        have      AUX    12  aux    O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
stalled~    stalled   VERB   0   root   O  Tense=Past|VerbForm=Part|Voice=Pass
.           .         PUNCT  12  punct  O  _
"""

# The Centre for Policy Studies said taxes were too high.
CPS = """
The      the     DET    2   det       O  Definite=Def|PronType=Art
Centre   Centre  PROPN  6   nsubj     O  Number=Sing
for      for     ADP    5   case      O  _
Policy   Policy  PROPN  5   compound  O  Number=Sing
Studies  Study   PROPN  2   nmod      O  Number=Plur
said     say     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
taxes    tax     NOUN   10  nsubj     O  Number=Plur
were     be      AUX    10  cop       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
too      too     ADV    10  advmod    O  _
high~    high    ADJ    6   ccomp     O  Degree=Pos
.        .       PUNCT  6   punct     O  _
"""
# Professor Ann Cole said the data was clear. ⏎⏎ The researcher said more work was needed.
ROLE_CLASS = """
Professor  Professor  PROPN  3  compound  O  Number=Sing
Ann        Ann        PROPN  3  compound  O  Number=Sing
Cole       Cole       PROPN  4  nsubj     O  Number=Sing
said       say        VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    6  det       O  Definite=Def|PronType=Art
data       data       NOUN   8  nsubj     O  Number=Sing
was        be         AUX    8  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
clear~     clear      ADJ    4  ccomp     O  Degree=Pos
.          .          PUNCT  4  punct     O  _

#par
The         the         DET    2  det         O  Definite=Def|PronType=Art
researcher  researcher  NOUN   3  nsubj       O  Number=Sing
said        say         VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
more        more        ADJ    5  amod        O  Degree=Cmp
work        work        NOUN   7  nsubj:pass  O  Number=Sing
was         be          AUX    7  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
needed~     need        VERB   3  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.           .           PUNCT  3  punct       O  _
"""

# Republican presidential nominee Joe Pike said the race was close. ⏎⏎ The Democratic presidential nominee said
# the polls were wrong.
DEMOCRATIC = """
Republican    Republican    ADJ    3   amod   O  Degree=Pos
presidential  presidential  ADJ    3   amod   O  Degree=Pos
nominee       nominee       NOUN   6   nsubj  O  Number=Sing
Joe           Joe           PROPN  6   nsubj  O  Number=Sing
Pike          Pike          PROPN  4   flat   O  Number=Sing
said          say           VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the           DET    8   det    O  Definite=Def|PronType=Art
race          race          NOUN   10  nsubj  O  Number=Sing
was           be            AUX    10  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close~        close         ADJ    6   ccomp  O  Degree=Pos
.             .             PUNCT  6   punct  O  _

#par
The           the           DET    4  det    O  Definite=Def|PronType=Art
Democratic    Democratic    ADJ    4  amod   O  Degree=Pos
presidential  presidential  ADJ    4  amod   O  Degree=Pos
nominee       nominee       NOUN   5  nsubj  O  Number=Sing
said          say           VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the           DET    7  det    O  Definite=Def|PronType=Art
polls         poll          NOUN   9  nsubj  O  Number=Plur
were          be            AUX    9  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
wrong~        wrong         ADJ    5  ccomp  O  Degree=Pos
.             .             PUNCT  5  punct  O  _
"""

# The Kentucky senator said the bill would pass. ⏎⏎ The Vermont senator said it would fail.
OWN_LABEL = """
The       the       DET    3  det       O  Definite=Def|PronType=Art
Kentucky  Kentucky  PROPN  3  compound  O  Number=Sing
senator   senator   NOUN   4  nsubj     O  Number=Sing
said      say       VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    6  det       O  Definite=Def|PronType=Art
bill      bill      NOUN   8  nsubj     O  Number=Sing
would     would     AUX    8  aux       O  VerbForm=Fin
pass~     pass      VERB   4  ccomp     O  VerbForm=Inf
.         .         PUNCT  4  punct     O  _

#par
The      the      DET    3  det       O  Definite=Def|PronType=Art
Vermont  Vermont  PROPN  3  compound  O  Number=Sing
senator  senator  NOUN   4  nsubj     O  Number=Sing
said     say      VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it       PRON   7  nsubj     O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
would    would    AUX    7  aux       O  VerbForm=Fin
fail~    fail     VERB   4  ccomp     O  VerbForm=Inf
.        .        PUNCT  4  punct     O  _
"""

# Iowa Republicans said the caucus went smoothly.
IOWA = """
Iowa         Iowa        PROPN  2  compound  O  Number=Sing
Republicans  Republican  PROPN  3  nsubj     O  Number=Plur
said         say         VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    5  det       O  Definite=Def|PronType=Art
caucus       caucus      NOUN   6  nsubj     O  Number=Sing
went         go          VERB   3  ccomp     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
smoothly~    smoothly    ADV    6  advmod    O  Degree=Pos
.            .           PUNCT  3  punct     O  _
"""

# Republican Joe Pike said the race was close.
REPUBLICAN_JOE = """
Republican  Republican  ADJ    3  amod   O  Degree=Pos
Joe         Joe         PROPN  4  nsubj  O  Number=Sing
Pike        Pike        PROPN  2  flat   O  Number=Sing
said        say         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    6  det    O  Definite=Def|PronType=Art
race        race        NOUN   8  nsubj  O  Number=Sing
was         be          AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close~      close       ADJ    4  ccomp  O  Degree=Pos
.           .           PUNCT  4  punct  O  _
"""

# ZTX said in a statement that the plant would close. ⏎⏎ "We are sorry," the company said.
ZTX = """
ZTX        ZTX        PROPN  2   nsubj      O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in         in         ADP    5   case       O  _
a          a          DET    5   det        O  Definite=Ind|PronType=Art
statement  statement  NOUN   2   obl        O  Number=Sing
that       that       SCONJ  10  mark       O  _
the        the        DET    8   det        O  Definite=Def|PronType=Art
plant      plant      NOUN   10  nsubj      O  Number=Sing
would      would      AUX    10  aux        O  VerbForm=Fin
close~     close      VERB   5   acl:relcl  O  VerbForm=Inf
.          .          PUNCT  2   punct      O  _

#par
"~       "        PUNCT  4  punct  O  _
We       we       PRON   4  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are      be       AUX    4  cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
sorry~   sorry    ADJ    9  ccomp  O  Degree=Pos
,~       ,        PUNCT  4  punct  O  _
"        "        PUNCT  4  punct  O  _
the      the      DET    8  det    O  Definite=Def|PronType=Art
company  company  NOUN   9  nsubj  O  Number=Sing
said~    say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .        PUNCT  9  punct  O  _
"""

# Ms Kara Obi and Mr Lee Tan addressed the meeting. The former said the budget was fair; the latter said it was
# cruel. ⏎
FORMER_LATTER = """
Ms         Ms       PROPN  8   nsubj  O  Number=Sing
Kara       Kara     PROPN  1   flat   O  Number=Sing
Obi        Obi      PROPN  1   flat   O  Number=Sing
and        and      CCONJ  5   cc     O  _
Mr         Mr.      PROPN  1   conj   O  Number=Sing
Lee        Lee      PROPN  1   conj   O  Number=Sing
Tan        Tan      PROPN  1   flat   O  Number=Sing
addressed  address  VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the      DET    10  det    O  Definite=Def|PronType=Art
meeting~   meeting  NOUN   8   obj    O  Number=Sing
.          .        PUNCT  8   punct  O  _

The     the     DET    2   det    O  Definite=Def|PronType=Art
former  former  ADJ    3   nsubj  O  Degree=Pos
said    say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5   det    O  Definite=Def|PronType=Art
budget  budget  NOUN   7   nsubj  O  Number=Sing
was     be      AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~   fair    ADJ    3   ccomp  O  Degree=Pos
;       ;       PUNCT  11  punct  O  _
the     the     DET    10  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   11  nsubj  O  _
said    say     VERB   3   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it      it      PRON   14  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was     be      AUX    14  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
cruel~  cruel   ADJ    11  ccomp  O  Degree=Pos
.       .       PUNCT  3   punct  O  _
"""

# Acme Corp. and Bolt Ltd. issued statements on Monday. The latter said the merger was off.
LATTER_ORGS = """
Acme        Acme       PROPN  6  nsubj  O  Number=Sing
Corp.       Corp.      PROPN  1  flat   O  Number=Sing
and         and        CCONJ  4  cc     O  _
Bolt        Bolt       PROPN  2  conj   O  Number=Sing
Ltd.        Ltd.       PROPN  2  conj   O  Number=Sing
issued      issue      VERB   0  root   O  Mood=Ind|Tense=Past|VerbForm=Fin
statements  statement  NOUN   6  obj    O  Number=Plur
on          on         ADP    9  case   O  _
Monday~     Monday     PROPN  6  obl    O  Number=Sing
.           .          PUNCT  6  punct  O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
merger  merger  NOUN   7  nsubj  O  Number=Sing
was     be      AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
off~    off     ADP    3  ccomp  O  _
.       .       PUNCT  3  punct  O  _
"""

# Mr Lee Tan and Ms Kara Obi addressed the meeting. The former said the budget was cruel; the latter said it was
# fair.
LATTER_SWAPPED = """
Mr         Mr.      PROPN  8   nsubj  O  Number=Sing
Lee        Lee      PROPN  1   flat   O  Number=Sing
Tan        Tan      PROPN  1   flat   O  Number=Sing
and        and      CCONJ  5   cc     O  _
Ms         Ms       PROPN  1   conj   O  Number=Sing
Kara       Kara     PROPN  5   flat   O  Number=Sing
Obi        Obi      PROPN  1   flat   O  Number=Sing
addressed  address  VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the      DET    10  det    O  Definite=Def|PronType=Art
meeting~   meeting  NOUN   8   obj    O  Number=Sing
.          .        PUNCT  8   punct  O  _

The     the     DET    2   det    O  Definite=Def|PronType=Art
former  former  ADJ    3   nsubj  O  Degree=Pos
said    say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5   det    O  Definite=Def|PronType=Art
budget  budget  NOUN   7   nsubj  O  Number=Sing
was     be      AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
cruel~  cruel   ADJ    3   ccomp  O  Degree=Pos
;       ;       PUNCT  11  punct  O  _
the     the     DET    10  det    O  Definite=Def|PronType=Art
latter  latter  NOUN   11  nsubj  O  _
said    say     VERB   3   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it      it      PRON   14  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was     be      AUX    14  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~   fair    ADJ    11  ccomp  O  Degree=Pos
.       .       PUNCT  3   punct  O  _
"""

# The former said the budget was fair.
FORMER_ALONE = """
The     the     DET    2  det    O  Definite=Def|PronType=Art
former  former  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
budget  budget  NOUN   7  nsubj  O  Number=Sing
was     be      AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~   fair    ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _
"""

# Kara Obi spoke first. The former said the budget was fair.
FORMER_ONE = """
Kara    Kara   PROPN  3  nsubj  O  Number=Sing
Obi     Obi    PROPN  1  flat   O  Number=Sing
spoke   speak  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
first~  first  ADJ    3  xcomp  O  Degree=Pos|NumForm=Word|NumType=Ord
.       .      PUNCT  3  punct  O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
former  former  NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
budget  budget  NOUN   7  nsubj  O  Number=Sing
was     be      AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~   fair    ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _
"""

# Striker Tom Kane, 34, and goalkeeper Ed Lamb, 29, both missed training. ⏎⏎ "We were unlucky," the 29-year-old
# said. ⏎
AGE = """
Striker     Striker     PROPN  0   root       O  Number=Sing
Tom         Tom         PROPN  1   flat       O  Number=Sing
Kane~       Kane        PROPN  1   flat       O  Number=Sing
,           ,           PUNCT  5   punct      O  _
34~         34          NUM    1   list       O  NumForm=Digit|NumType=Card
,           ,           PUNCT  8   punct      O  _
and         and         CCONJ  8   cc         O  _
goalkeeper  goalkeeper  NOUN   1   conj       O  Number=Sing
Ed          Ed          PROPN  10  compound   O  Number=Sing
Lamb~       Lamb        PROPN  1   list       O  Number=Sing
,           ,           PUNCT  12  punct      O  _
29~         29          NUM    1   list       O  NumForm=Digit|NumType=Card
,           ,           PUNCT  1   punct      O  _
both        both        CCONJ  15  discourse  O  PronType=Tot
missed      miss        VERB   1   list       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
training~   training    NOUN   15  obj        O  Number=Sing
.           .           PUNCT  1   punct      O  _

#par
"~        "        PUNCT  4   punct     O  _
We        we       PRON   4   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were      be       AUX    4   cop       O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
unlucky~  unlucky  ADJ    13  ccomp     O  Degree=Pos
,~        ,        PUNCT  4   punct     O  _
"         "        PUNCT  4   punct     O  _
the       the      DET    12  det       O  Definite=Def|PronType=Art
29~       29       NUM    10  nummod    O  NumForm=Digit|NumType=Card
-~        -        PUNCT  8   punct     O  _
year~     year     NOUN   12  compound  O  Number=Sing
-~        -        PUNCT  10  punct     O  _
old       old      ADJ    13  nsubj     O  Degree=Pos
said~     say      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  13  punct     O  _
"""

# Striker Tom Kane, aged 34, and goalkeeper Ed Lamb, aged 29, both missed training. ⏎⏎ "We were unlucky," the
# 34-year-old said.
AGE_AGED = """
Striker     Striker     PROPN  0   root       O  Number=Sing
Tom         Tom         PROPN  1   flat       O  Number=Sing
Kane~       Kane        PROPN  1   flat       O  Number=Sing
,           ,           PUNCT  5   punct      O  _
aged        aged        VERB   1   acl        O  _
34~         34          NUM    1   list       O  NumForm=Digit|NumType=Card
,           ,           PUNCT  9   punct      O  _
and         and         CCONJ  9   cc         O  _
goalkeeper  goalkeeper  NOUN   1   conj       O  Number=Sing
Ed          Ed          PROPN  11  compound   O  Number=Sing
Lamb~       Lamb        PROPN  1   list       O  Number=Sing
,           ,           PUNCT  13  punct      O  _
aged        aged        VERB   1   acl        O  _
29~         29          NUM    13  xcomp      O  NumForm=Digit|NumType=Card
,           ,           PUNCT  1   punct      O  _
both        both        CCONJ  17  discourse  O  _
missed      miss        VERB   1   list       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
training~   training    NOUN   17  obj        O  Number=Sing
.           .           PUNCT  1   punct      O  _

#par
"~        "        PUNCT  4   punct     O  _
We        we       PRON   4   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were      be       AUX    4   cop       O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
unlucky~  unlucky  ADJ    13  ccomp     O  Degree=Pos
,~        ,        PUNCT  4   punct     O  _
"         "        PUNCT  4   punct     O  _
the       the      DET    12  det       O  Definite=Def|PronType=Art
34~       34       NUM    10  nummod    O  NumForm=Digit|NumType=Card
-~        -        PUNCT  8   punct     O  _
year~     year     NOUN   12  compound  O  Number=Sing
-~        -        PUNCT  10  punct     O  _
old       old      ADJ    13  nsubj     O  Degree=Pos
said~     say      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  13  punct     O  _
"""

# The club signed 29-year-old goalkeeper Ed Lamb and 34-year-old striker Tom Kane. ⏎⏎ "It is a fresh start," the
# 29-year-old said.
AGE_FRONT = """
The         the         DET    2   det       O  Definite=Def|PronType=Art
club        club        NOUN   3   nsubj     O  Number=Sing
signed      sign        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
29~         29          NUM    6   nummod    O  NumForm=Digit|NumType=Card
-~          -           PUNCT  6   punct     O  _
year~       year        NOUN   8   compound  O  Number=Sing
-~          -           PUNCT  6   punct     O  _
old         old         ADJ    9   amod      O  Degree=Pos
goalkeeper  goalkeeper  NOUN   3   obj       O  Number=Sing
Ed          Ed          PROPN  11  compound  O  Number=Sing
Lamb        Lamb        PROPN  9   appos     O  Number=Sing
and         and         CCONJ  18  cc        O  _
34~         34          NUM    15  nummod    O  NumForm=Digit|NumType=Card
-~          -           PUNCT  15  punct     O  _
year~       year        NOUN   17  compound  O  Number=Sing
-~          -           PUNCT  15  punct     O  _
old         old         ADJ    18  amod      O  Degree=Pos
striker     striker     NOUN   10  conj      O  Number=Sing
Tom         Tom         PROPN  18  appos     O  Number=Sing
Kane~       Kane        PROPN  19  flat      O  Number=Sing
.           .           PUNCT  3   punct     O  _

#par
"~      "      PUNCT  6   punct     O  _
It      it     PRON   6   nsubj     O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
is      be     AUX    6   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
a       a      DET    6   det       O  Definite=Ind|PronType=Art
fresh   fresh  ADJ    6   amod      O  Degree=Pos
start~  start  NOUN   15  ccomp     O  Number=Sing
,~      ,      PUNCT  6   punct     O  _
"       "      PUNCT  6   punct     O  _
the     the    DET    14  det       O  Definite=Def|PronType=Art
29~     29     NUM    12  nummod    O  NumForm=Digit|NumType=Card
-~      -      PUNCT  10  punct     O  _
year~   year   NOUN   14  compound  O  Number=Sing
-~      -      PUNCT  12  punct     O  _
old     old    ADJ    15  nsubj     O  Degree=Pos
said~   say    VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .      PUNCT  15  punct     O  _
"""

# Tom Kane (34) and Ed Lamb (29) were both injured. ⏎⏎ "It hurts," the 29-year-old said.
AGE_BRACKETS = """
Tom       Tom     PROPN  14  nsubj:pass  O  Number=Sing
Kane      Kane    PROPN  1   flat        O  Number=Sing
(~        (       PUNCT  4   punct       O  _
34~       34      NUM    2   appos       O  NumForm=Digit|NumType=Card
)         )       PUNCT  4   punct       O  _
and       and     CCONJ  7   cc          O  _
Ed        Ed      PROPN  1   conj        O  Number=Sing
Lamb      Lamb    PROPN  1   list        O  Number=Sing
(~        (       PUNCT  10  punct       O  _
29~       29      NUM    1   list        O  NumForm=Digit|NumType=Card
)         )       PUNCT  10  punct       O  _
were      be      AUX    14  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
both      both    ADV    14  advmod      O  _
injured~  injure  VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
.         .       PUNCT  14  punct       O  _

#par
"~      "     PUNCT  3   punct     O  _
It      it    PRON   3   nsubj     O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
hurts~  hurt  VERB   12  ccomp     O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
,~      ,     PUNCT  3   punct     O  _
"       "     PUNCT  3   punct     O  _
the     the   DET    11  det       O  Definite=Def|PronType=Art
29~     29    NUM    9   nummod    O  NumForm=Digit|NumType=Card
-~      -     PUNCT  7   punct     O  _
year~   year  NOUN   11  compound  O  Number=Sing
-~      -     PUNCT  9   punct     O  _
old     old   NOUN   12  nsubj     O  Degree=Pos|Number=Sing
said~   say   VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .     PUNCT  12  punct     O  _
"""

# Striker Tom Kane, 34, and goalkeeper Ed Lamb, 29, both missed training. ⏎⏎ "We were unlucky," the 40-year-old
# said.
AGE_NONE = """
Striker     Striker     PROPN  0   root       O  Number=Sing
Tom         Tom         PROPN  1   flat       O  Number=Sing
Kane~       Kane        PROPN  1   flat       O  Number=Sing
,           ,           PUNCT  5   punct      O  _
34~         34          NUM    1   list       O  NumForm=Digit|NumType=Card
,           ,           PUNCT  8   punct      O  _
and         and         CCONJ  8   cc         O  _
goalkeeper  goalkeeper  NOUN   1   conj       O  Number=Sing
Ed          Ed          PROPN  10  compound   O  Number=Sing
Lamb~       Lamb        PROPN  1   list       O  Number=Sing
,           ,           PUNCT  12  punct      O  _
29~         29          NUM    1   list       O  NumForm=Digit|NumType=Card
,           ,           PUNCT  1   punct      O  _
both        both        CCONJ  15  discourse  O  PronType=Tot
missed      miss        VERB   1   list       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
training~   training    NOUN   15  obj        O  Number=Sing
.           .           PUNCT  1   punct      O  _

#par
"~        "        PUNCT  4   punct     O  _
We        we       PRON   4   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were      be       AUX    4   cop       O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
unlucky~  unlucky  ADJ    13  ccomp     O  Degree=Pos
,~        ,        PUNCT  4   punct     O  _
"         "        PUNCT  4   punct     O  _
the       the      DET    12  det       O  Definite=Def|PronType=Art
40~       40       NUM    10  nummod    O  NumForm=Digit|NumType=Card
-~        -        PUNCT  8   punct     O  _
year~     year     NOUN   12  compound  O  Number=Sing
-~        -        PUNCT  10  punct     O  _
old       old      ADJ    13  nsubj     O  Degree=Pos
said~     say      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .        PUNCT  13  punct     O  _
"""

# The Department for Work and Pensions said the figures were wrong.
DWP = """
The         the         DET    2   det    O  Definite=Def|PronType=Art
Department  Department  PROPN  7   nsubj  O  Number=Sing
for         for         ADP    4   case   O  _
Work        work        PROPN  2   nmod   O  Number=Sing
and         and         CCONJ  6   cc     O  _
Pensions    Pensions    PROPN  4   conj   O  Number=Plur
said        say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    9   det    O  Definite=Def|PronType=Art
figures     figure      NOUN   11  nsubj  O  Number=Plur
were        be          AUX    11  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
wrong~      wrong       ADJ    7   ccomp  O  Degree=Pos
.           .           PUNCT  7   punct  O  _
"""

# According to the Centre for Economics and Business Research, growth will slow.
CEBR = """
According  accord     VERB   4   case      O  Tense=Pres|VerbForm=Part
to         to         ADP    1   fixed     O  _
the        the        DET    4   det       O  Definite=Def|PronType=Art
Centre     Centre     PROPN  13  obl       O  Number=Sing
for        for        ADP    6   case      O  _
Economics  Economics  PROPN  4   nmod      O  Number=Plur
and        and        CCONJ  8   cc        O  _
Business   Business   PROPN  9   compound  O  Number=Sing
Research~  Research   PROPN  6   conj      O  Number=Sing
,          ,          PUNCT  4   punct     O  _
growth     growth     NOUN   13  nsubj     O  Number=Sing
will       will       AUX    13  aux       O  VerbForm=Fin
slow~      slow       VERB   0   root      O  VerbForm=Inf
.          .          PUNCT  13  punct     O  _
"""

# A study by the Office for National Statistics found that wages rose.
ONS = """
A           a           DET    2   det    O  Definite=Ind|PronType=Art
study       study       NOUN   9   nsubj  O  Number=Sing
by          by          ADP    5   case   O  _
the         the         DET    5   det    O  Definite=Def|PronType=Art
Office      office      NOUN   2   nmod   O  Number=Sing
for         for         ADP    8   case   O  _
National    National    ADJ    8   amod   O  Degree=Pos
Statistics  Statistics  PROPN  2   nmod   O  Number=Plur
found       find        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that        that        SCONJ  12  mark   O  _
wages       wages       NOUN   12  nsubj  O  Number=Plur
rose~       rise        VERB   9   ccomp  O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
.           .           PUNCT  9   punct  O  _
"""

# The Ministry of Defence and NATO said the drills would go on.
MOD_NATO = """
The       the       DET    2   det           O  Definite=Def|PronType=Art
Ministry  Ministry  PROPN  7   nsubj         O  Number=Sing
of        of        ADP    4   case          O  _
Defence   Defence   PROPN  2   nmod          O  Number=Sing
and       and       CCONJ  6   cc            O  _
NATO      NATO      PROPN  4   conj          O  Number=Sing
said      say       VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    9   det           O  Definite=Def|PronType=Art
drills    drill     NOUN   11  nsubj         O  Number=Plur
would     would     AUX    11  aux           O  VerbForm=Fin
go        go        VERB   7   ccomp         O  VerbForm=Inf
on~       on        ADP    11  compound:prt  O  _
.         .         PUNCT  7   punct         O  _
"""

# Halcyon Corp. bought Brightline Inc. on Monday. ⏎⏎ The company said the deal would close in May.
TWO_COMPANIES = """
Halcyon     Halcyon     PROPN  3  nsubj     O  Number=Sing
Corp.       Corp.       PROPN  1  flat      O  Number=Sing
bought      buy         VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Brightline  Brightline  PROPN  5  compound  O  Number=Sing
Inc.        Inc.        PROPN  3  obj       O  Number=Sing
on          on          ADP    7  case      O  _
Monday~     Monday      PROPN  3  obl       O  Number=Sing
.           .           PUNCT  3  punct     O  _

#par
The      the      DET    2  det    O  Definite=Def|PronType=Art
company  company  NOUN   3  nsubj  O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5  det    O  Definite=Def|PronType=Art
deal     deal     NOUN   7  nsubj  O  Number=Sing
would    would    AUX    7  aux    O  VerbForm=Fin
close    close    VERB   3  ccomp  O  VerbForm=Inf
in       in       ADP    9  case   O  _
May~     May      PROPN  7  obl    O  Number=Sing
.        .        PUNCT  3  punct  O  _
"""

# Mayor Bo Kim stepped down in May. His successor, Ann Cole, was sworn in on Monday. ⏎⏎ "We start today," the
# new mayor said.
SUCCESSOR = """
Mayor    Mayor  PROPN  4  nsubj         O  Number=Sing
Bo       Bo     PROPN  1  flat          O  Number=Sing
Kim      Kim    PROPN  1  flat          O  Number=Sing
stepped  step   VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
down     down   ADP    4  compound:prt  O  _
in       in     ADP    7  case          O  _
May~     May    PROPN  4  obl           O  Number=Sing
.        .      PUNCT  4  punct         O  _

His         his        PRON   2   nmod:poss     O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
successor~  successor  NOUN   8   nsubj:pass    O  Number=Sing
,           ,          PUNCT  2   punct         O  _
Ann         Ann        PROPN  2   appos         O  Number=Sing
Cole~       Cole       PROPN  4   flat          O  Number=Sing
,           ,          PUNCT  2   punct         O  _
was         be         AUX    8   aux:pass      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sworn       swear      VERB   0   root          O  Tense=Past|VerbForm=Part|Voice=Pass
in          in         ADP    8   compound:prt  O  _
on          on         ADP    11  case          O  _
Monday~     Monday     PROPN  8   obl           O  Number=Sing
.           .          PUNCT  8   punct         O  _

#par
"~      "      PUNCT  3   punct         O  _
We      we     PRON   3   nsubj         O  Case=Nom|Number=Plur|Person=1|PronType=Prs
start   start  VERB   10  ccomp         O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
today~  today  NOUN   3   obl:unmarked  O  Number=Sing
,~      ,      PUNCT  3   punct         O  _
"       "      PUNCT  3   punct         O  _
the     the    DET    9   det           O  Definite=Def|PronType=Art
new     new    ADJ    9   amod          O  Degree=Pos
mayor   mayor  NOUN   10  nsubj         O  Number=Sing
said~   say    VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .      PUNCT  10  punct         O  _
"""

# Ann Lee, a Canadian, and Bo Kim, an American, shared the prize. The Canadian said the win was a surprise.
CANADIAN = """
Ann        Ann       PROPN  14  nsubj  O  Number=Sing
Lee~       Lee       PROPN  1   flat   O  Number=Sing
,          ,         PUNCT  5   punct  O  _
a          a         DET    5   det    O  Definite=Ind|PronType=Art
Canadian~  Canadian  ADJ    1   appos  O  Degree=Pos|Number=Sing
,          ,         PUNCT  8   punct  O  _
and        and       CCONJ  8   cc     O  _
Bo         Bo        PROPN  1   conj   O  Number=Sing
Kim~       Kim       PROPN  1   conj   O  Number=Sing
,          ,         PUNCT  12  punct  O  _
an         a         DET    12  det    O  Definite=Ind|PronType=Art
American~  American  ADJ    14  nsubj  O  Degree=Pos
,          ,         PUNCT  12  punct  O  _
shared     share     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    16  det    O  Definite=Def|PronType=Art
prize~     prize     NOUN   14  obj    O  Number=Sing
.          .         PUNCT  14  punct  O  _

The        the       DET    2  det    O  Definite=Def|PronType=Art
Canadian   Canadian  PROPN  3  nsubj  O  Number=Sing
said       say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    5  det    O  Definite=Def|PronType=Art
win        win       NOUN   8  nsubj  O  Number=Sing
was        be        AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a          a         DET    8  det    O  Definite=Ind|PronType=Art
surprise~  surprise  NOUN   3  ccomp  O  Number=Sing
.          .         PUNCT  3  punct  O  _
"""

# German Chancellor Olaf Brandt met Japanese Prime Minister Ken Ito in Paris. The German said the talks were
# frank.
GERMAN = """
German      German      ADJ    3   amod      O  Degree=Pos
Chancellor  Chancellor  PROPN  5   nsubj     O  Number=Sing
Olaf        Olaf        PROPN  2   flat      O  Number=Sing
Brandt      Brandt      PROPN  3   flat      O  Number=Sing
met         meet        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Japanese    Japanese    ADJ    10  amod      O  Degree=Pos
Prime       Prime       ADJ    10  amod      O  Degree=Pos
Minister    Minister    PROPN  9   compound  O  Number=Sing
Ken         Ken         PROPN  10  compound  O  Number=Sing
Ito         Ito         PROPN  5   obj       O  Number=Sing
in          in          ADP    12  case      O  _
Paris~      Paris       PROPN  5   obl       O  Number=Sing
.           .           PUNCT  5   punct     O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
German  German  PROPN  3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
talks   talk    NOUN   7  nsubj  O  Number=Plur
were    be      AUX    7  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
frank~  frank   ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _
"""

# Chancellor Olaf Brandt met Prime Minister Ann Lee in Paris. The German said the talks were frank.
NO_GERMAN = """
Chancellor  Chancellor  PROPN  4   nsubj     O  Number=Sing
Olaf        Olaf        PROPN  1   flat      O  Number=Sing
Brandt      Brandt      PROPN  1   flat      O  Number=Sing
met         meet        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Prime       Prime       ADJ    8   amod      O  Degree=Pos
Minister    Minister    PROPN  7   compound  O  Number=Sing
Ann         Ann         PROPN  8   compound  O  Number=Sing
Lee         Lee         PROPN  4   obj       O  Number=Sing
in          in          ADP    10  case      O  _
Paris~      Paris       PROPN  4   obl       O  Number=Sing
.           .           PUNCT  4   punct     O  _

The     the     DET    2  det    O  Definite=Def|PronType=Art
German  German  PROPN  3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
talks   talk    NOUN   7  nsubj  O  Number=Plur
were    be      AUX    7  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
frank~  frank   ADJ    3  ccomp  O  Degree=Pos
.       .       PUNCT  3  punct  O  _
"""

# Former Mayor Ann Cole criticised the plan on Monday. ⏎⏎ The mayor said the plan would go ahead.
ONLY_FORMER = """
Former      former     ADJ    4  amod      O  Degree=Pos
Mayor       Mayor      PROPN  4  compound  O  Number=Sing
Ann         Ann        PROPN  4  compound  O  Number=Sing
Cole        Cole       PROPN  5  nsubj     O  Number=Sing
criticised  criticise  VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the        DET    7  det       O  Definite=Def|PronType=Art
plan        plan       NOUN   5  obj       O  Number=Sing
on          on         ADP    9  case      O  _
Monday~     Monday     PROPN  5  obl       O  Number=Sing
.           .          PUNCT  5  punct     O  _

#par
The     the    DET    2  det     O  Definite=Def|PronType=Art
mayor   mayor  NOUN   3  nsubj   O  Number=Sing
said    say    VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5  det     O  Definite=Def|PronType=Art
plan    plan   NOUN   7  nsubj   O  Number=Sing
would   would  AUX    7  aux     O  VerbForm=Fin
go      go     VERB   3  ccomp   O  VerbForm=Inf
ahead~  ahead  ADV    7  advmod  O  Degree=Pos
.       .      PUNCT  3  punct   O  _
"""

# The mayor told reporters Bo Kim had resigned. ⏎⏎ The reporter said the story was true.
REPORTERS = """
The        the       DET    2  det        O  Definite=Def|PronType=Art
mayor      mayor     NOUN   3  nsubj      O  Number=Sing
told       tell      VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   3  obj        O  Number=Plur
Bo         Bo        PROPN  8  nsubj      O  Number=Sing
Kim        Kim       PROPN  8  nsubj      O  Number=Sing
had        have      AUX    8  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
resigned~  resign    VERB   4  acl:relcl  O  Tense=Past|VerbForm=Part|Voice=Pass
.          .         PUNCT  3  punct      O  _

#par
The       the       DET    2  det    O  Definite=Def|PronType=Art
reporter  reporter  NOUN   3  nsubj  O  Number=Sing
said      say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5  det    O  Definite=Def|PronType=Art
story     story     NOUN   7  nsubj  O  Number=Sing
was       be        AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
true~     true      ADJ    3  ccomp  O  Degree=Pos
.         .         PUNCT  3  punct  O  _
"""

