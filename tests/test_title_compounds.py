"""Long speaker phrases that pile titles, organisations and roles before a person's name (tester 7):
the speaker is the person, not the title ('Secretary'), the organisation ('Eskom', 'University of
Toronto'), an acronym ('BRS') or a capitalised adjective ('Olympic'), and the words before the name are
the person's description, in the rules and in the hybrid (whose model hands over its source span headed by
the phrase's first word). Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`) of our
own sentences; those marked 'shape of' are our words in the shape stanza gave the tester's sentence,
which other words did not always reproduce. `speakers/title_compounds.py`."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.model import Mention, Quote, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers import resolve_speakers
from quotetrace.core.speakers.context import View
from quotetrace.core.speakers.entity_types import orgish
from quotetrace.core.speakers.lexicon import load_lexicon
from quotetrace.core.speakers.title_compounds import title_compounds

# Secretary of Defense Lloyd Austin-Hale said on Monday that the troops would stay in the region.
SECRETARY_OF_DEFENSE = """
Secretary  Secretary  PROPN  8   nsubj      O  Number=Sing
of         of         ADP    3   case       O  _
Defense    Defense    PROPN  1   nmod       O  Number=Sing
Lloyd      Lloyd      PROPN  3   flat       O  Number=Sing
Austin~    Austin     PROPN  3   flat       O  Number=Sing
-~         -          PUNCT  5   punct      O  _
Hale       Hale       PROPN  3   flat       O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on         on         ADP    10  case       O  _
Monday     Monday     PROPN  8   obl        O  Number=Sing
that       that       SCONJ  15  mark       O  _
the        the        DET    13  det        O  Definite=Def|PronType=Art
troops     troops     NOUN   15  nsubj      O  Number=Plur
would      would      AUX    15  aux        O  VerbForm=Fin
stay       stay       VERB   10  acl:relcl  O  VerbForm=Inf
in         in         ADP    18  case       O  _
the        the        DET    18  det        O  Definite=Def|PronType=Art
region~    region     NOUN   15  obl        O  Number=Sing
.          .          PUNCT  8   punct      O  _
"""

# Minister of Finance Chrystia Freeland-Moss told reporters the deficit would shrink next year.
MINISTER_OF_FINANCE_TOLD = """
Minister   Minister  PROPN  8   nsubj  O  Number=Sing
of         of        ADP    3   case   O  _
Finance    Finance   PROPN  1   nmod   O  Number=Sing
Chrystia   Chrystia  PROPN  3   flat   O  Number=Sing
Freeland~  Freeland  PROPN  3   flat   O  Number=Sing
-~         -         PUNCT  5   punct  O  _
Moss       Moss      PROPN  3   flat   O  Number=Sing
told       tell      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   8   obj    O  Number=Plur
the        the       DET    11  det    O  Definite=Def|PronType=Art
deficit    deficit   NOUN   13  nsubj  O  Number=Sing
would      would     AUX    13  aux    O  VerbForm=Fin
shrink     shrink    VERB   8   ccomp  O  VerbForm=Inf
next       next      ADJ    15  amod   O  Degree=Pos
year~      year      NOUN   13  obj    O  Number=Sing
.          .         PUNCT  8   punct  O  _
"""

# Chairman of the Federal Reserve Jerome Powell-Stone said inflation was easing across the economy.
CHAIRMAN_OF_THE_RESERVE = """
Chairman   Chairman   PROPN  10  nsubj     O  Number=Sing
of         of         ADP    9   case      O  _
the        the        DET    9   det       O  Definite=Def|PronType=Art
Federal    Federal    ADJ    7   amod      O  Degree=Pos
Reserve    Reserve    PROPN  7   compound  O  Number=Sing
Jerome     Jerome     PROPN  7   compound  O  Number=Sing
Powell~    Powell     PROPN  9   compound  O  Number=Sing
-~         -          PUNCT  7   punct     O  _
Stone      Stone      PROPN  1   nmod      O  Number=Sing
said       say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
inflation  inflation  NOUN   13  nsubj     O  Number=Sing
was        be         AUX    13  aux       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
easing     ease       VERB   10  ccomp     O  Tense=Pres|VerbForm=Part
across     across     ADP    16  case      O  _
the        the        DET    16  det       O  Definite=Def|PronType=Art
economy~   economy    NOUN   13  obl       O  Number=Sing
.          .          PUNCT  10  punct     O  _
"""

# "We will appeal the ruling," said Attorney General of Ontario Doug Downey-Price.
SAID_ATTORNEY_GENERAL_OF = """
"~        "         PUNCT  4   punct  O  _
We        we        PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will      will      AUX    4   aux    O  VerbForm=Fin
appeal    appeal    VERB   9   ccomp  O  VerbForm=Inf
the       the       DET    6   det    O  Definite=Def|PronType=Art
ruling~   ruling    NOUN   4   obj    O  Number=Sing
,~        ,         PUNCT  4   punct  O  _
"         "         PUNCT  4   punct  O  _
said      say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Attorney  Attorney  PROPN  9   nsubj  O  Number=Sing
General   General   PROPN  10  flat   O  Number=Sing
of        of        ADP    13  case   O  _
Ontario   Ontario   PROPN  11  nmod   O  Number=Sing
Doug      Doug      PROPN  13  flat   O  Number=Sing
Downey~   Downey    PROPN  13  flat   O  Number=Sing
-~        -         PUNCT  17  punct  O  _
Price~    price     PROPN  13  flat   O  Number=Sing
.         .         PUNCT  9   punct  O  _
"""

# Minister for Health Stephen Donnelly-Ward said the hospital would open in 2027.
# "We are on track," the Minister said.
MINISTER_FOR_HEALTH_THEN_THE_MINISTER = """
Minister   Minister  PROPN  8   nsubj  O  Number=Sing
for        for       ADP    3   case   O  _
Health     Health    PROPN  1   nmod   O  Number=Sing
Stephen    Stephen   PROPN  3   flat   O  Number=Sing
Donnelly~  Donnelly  PROPN  4   flat   O  Number=Sing
-~         -         PUNCT  5   punct  O  _
Ward       Ward      PROPN  4   flat   O  Number=Sing
said       say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    10  det    O  Definite=Def|PronType=Art
hospital   hospital  NOUN   12  nsubj  O  Number=Sing
would      would     AUX    12  aux    O  VerbForm=Fin
open       open      VERB   8   ccomp  O  VerbForm=Inf
in         in        ADP    14  case   O  _
2027~      2027      NUM    12  obl    O  NumForm=Digit|NumType=Card
.          .         PUNCT  8   punct  O  _

#par
"~        "         PUNCT  5   punct  O  _
We        we        PRON   5   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are       be        AUX    5   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
on        on        ADP    5   case   O  _
track~    track     NOUN   10  ccomp  O  Number=Sing
,~        ,         PUNCT  5   punct  O  _
"         "         PUNCT  5   punct  O  _
the       the       DET    9   det    O  Definite=Def|PronType=Art
Minister  Minister  PROPN  10  nsubj  O  Number=Sing
said~     say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .         PUNCT  10  punct  O  _
"""

# Deputy Inspector General of Police Rajesh Kumar Singh said the suspects had been arrested in Lucknow.
INSPECTOR_GENERAL_OF_POLICE = """
Deputy     deputy     PROPN  3   compound    O  Number=Sing
Inspector  Inspector  PROPN  3   compound    O  Number=Sing
General    General    PROPN  9   nsubj       O  Number=Sing
of         of         ADP    5   case        O  _
Police     Police     PROPN  3   nmod        O  Number=Sing
Rajesh     Rajesh     PROPN  5   flat        O  Number=Sing
Kumar      Kumar      PROPN  6   flat        O  Number=Sing
Singh      Singh      PROPN  5   flat        O  Number=Sing
said       say        VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    11  det         O  Definite=Def|PronType=Art
suspects   suspect    NOUN   14  nsubj:pass  O  Number=Plur
had        have       AUX    14  aux         O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
been       be         AUX    14  aux:pass    O  Tense=Past|VerbForm=Part
arrested   arrest     VERB   9   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
in         in         ADP    16  case        O  _
Lucknow~   Lucknow    PROPN  14  obl         O  Number=Sing
.          .          PUNCT  9   punct       O  _
"""

# "The numbers are clear," said Chief Financial Officer of Halden Mining Tom Reyes-Lund.
SAID_CFO_OF_COMPANY = """
"~         "          PUNCT  5   punct  O  _
The        the        DET    3   det    O  Definite=Def|PronType=Art
numbers    number     NOUN   5   nsubj  O  Number=Plur
are        be         AUX    5   cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
clear~     clear      ADJ    8   ccomp  O  Degree=Pos
,~         ,          PUNCT  5   punct  O  _
"          "          PUNCT  5   punct  O  _
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Chief      Chief      ADJ    11  amod   O  Degree=Pos
Financial  Financial  ADJ    11  amod   O  Degree=Pos
Officer    Officer    PROPN  8   nsubj  O  Number=Sing
of         of         ADP    13  case   O  _
Halden     Halden     PROPN  11  nmod   O  Number=Sing
Mining     Mining     PROPN  13  flat   O  Number=Sing
Tom        Tom        PROPN  13  flat   O  Number=Sing
Reyes~     Reyes      PROPN  13  flat   O  Number=Sing
-~         -          PUNCT  18  punct  O  _
Lund~      Lund       PROPN  13  flat   O  Number=Sing
.          .          PUNCT  8   punct  O  _
"""

# Governor of the Central Bank of Ireland Gabriel Makhlouf-Ryan said inflation would fall.
GOVERNOR_OF_CENTRAL_BANK = """
Governor   Governor   PROPN  12  nsubj  O  Number=Sing
of         of         ADP    5   case   O  _
the        the        DET    5   det    O  Definite=Def|PronType=Art
Central    Central    ADJ    5   amod   O  Degree=Pos
Bank       Bank       PROPN  1   nmod   O  Number=Sing
of         of         ADP    7   case   O  _
Ireland    Ireland    PROPN  5   nmod   O  Number=Sing
Gabriel    Gabriel    PROPN  7   flat   O  Number=Sing
Makhlouf~  Makhlouf   PROPN  8   flat   O  Number=Sing
-~         -          PUNCT  9   punct  O  _
Ryan       Ryan       PROPN  7   flat   O  Number=Sing
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
inflation  inflation  NOUN   15  nsubj  O  Number=Sing
would      would      AUX    15  aux    O  VerbForm=Fin
fall~      fall       VERB   12  ccomp  O  VerbForm=Inf
.          .          PUNCT  12  punct  O  _
"""

# shape of 'Rogers spokesperson Zac Carreiro said': organisation and role both subjects of the cue
ORG_AND_ROLE_SUBJECTS = """
"~            "             PUNCT  5   punct       O  _
Refunds       refund        NOUN   5   nsubj:pass  O  Number=Plur
will          will          AUX    5   aux         O  VerbForm=Fin
be            be            AUX    5   aux:pass    O  VerbForm=Inf
issued        issue         VERB   15  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
within        within        ADP    8   case        O  _
a             a             DET    8   det         O  Definite=Ind|PronType=Art
week~         week          NOUN   5   obl         O  Number=Sing
,~            ,             PUNCT  5   punct       O  _
"             "             PUNCT  5   punct       O  _
Bell          Bell          PROPN  15  nsubj       O  Number=Sing
spokesperson  spokesperson  NOUN   15  nsubj       O  Number=Sing
Caroline      Caroline      PROPN  12  flat        O  Number=Sing
Audet         Audet         PROPN  13  flat        O  Number=Sing
said~         say           VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.             .             PUNCT  15  punct       O  _
"""

# shape of 'Eskom spokesperson Daphne Mokwena said': the organisation the subject, the role a conjunct
# of the quote's predicate
ORG_SUBJECT_ROLE_CONJUNCT = """
"~            "             PUNCT  5   punct   O  _
The           the           DET    3   det     O  Definite=Def|PronType=Art
network       network       NOUN   5   nsubj   O  Number=Sing
is            be            AUX    5   cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
stable        stable        ADJ    13  ccomp   O  Degree=Pos
again~        again         ADV    5   advmod  O  _
,~            ,             PUNCT  5   punct   O  _
"             "             PUNCT  5   punct   O  _
Telkom        Telkom        PROPN  13  nsubj   O  Number=Sing
spokesperson  spokesperson  NOUN   5   conj    O  Number=Sing
Thabo         Thabo         PROPN  10  flat    O  Number=Sing
Mokoena       Mokoena       PROPN  11  flat    O  Number=Sing
said~         say           VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.             .             PUNCT  13  punct   O  _
"""

# shape of 'said Loblaw chief executive Per Bank-Larsen': 'Per' tagged a preposition, the name an nmod
SAID_ORG_CHIEF_EXECUTIVE = """
"~         "          PUNCT  6   punct    O  _
We         we         PRON   6   nsubj    O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will       will       AUX    6   aux      O  VerbForm=Fin
not        not        PART   6   advmod   O  Polarity=Neg
be         be         AUX    6   aux      O  VerbForm=Inf
closing    close      VERB   10  ccomp    O  Tense=Pres|VerbForm=Part
stores~    store      NOUN   6   obj      O  Number=Plur
,~         ,          PUNCT  6   punct    O  _
"          "          PUNCT  6   punct    O  _
said       say        VERB   0   root     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Sobeys     Sobeys     PROPN  13  compound O  Number=Sing
chief      chief      ADJ    13  amod     O  Degree=Pos
executive  executive  NOUN   10  nsubj    O  Number=Sing
Per        per        ADP    15  case     O  _
Olsen~     Olsen      PROPN  13  nmod     O  Number=Sing
-~         -          PUNCT  17  punct    O  _
Dahl~      Dahl       PROPN  15  flat     O  Number=Sing
.          .          PUNCT  10  punct    O  _
"""

# shape of 'BRS working president K T Rama Rao alleged …': acronym and role both subjects
ACRONYM_ROLE_NAME = """
BJP         BJP         PROPN  7   nsubj  O  Number=Sing
national    national    ADJ    3   amod   O  Degree=Pos
president   president   NOUN   7   nsubj  O  Number=Sing
J           J           PROPN  3   flat   O  Number=Sing
P           P           PROPN  4   flat   O  Number=Sing
Nadda       Nadda       PROPN  4   flat   O  Number=Sing
claimed     claim       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that        that        SCONJ  11  mark   O  _
the         the         DET    10  det    O  Definite=Def|PronType=Art
opposition  opposition  NOUN   11  nsubj  O  Number=Sing
had         have        VERB   7   ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
no          no          DET    13  det    O  _
plan        plan        NOUN   11  obj    O  Number=Sing
for         for         ADP    16  case   O  _
the         the         DET    16  det    O  Definite=Def|PronType=Art
state~      state       NOUN   13  nmod   O  Number=Sing
.           .           PUNCT  7   punct  O  _
"""

# shape of 'University of Toronto economist Jane Whitlock-Ames said': the university the subject
UNIVERSITY_OF_ROLE_NAME = """
University  University  PROPN  9   nsubj     O  Number=Sing
of          of          ADP    4   case      O  _
Ottawa      Ottawa      PROPN  4   compound  O  Number=Sing
historian   historian   NOUN   1   nmod      O  Number=Sing
Amira       Amira       PROPN  4   flat      O  Number=Sing
Haddad~     Haddad      PROPN  5   flat      O  Number=Sing
-~          -           PUNCT  6   punct     O  _
Clarke      Clarke      PROPN  5   flat      O  Number=Sing
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    11  det       O  Definite=Def|PronType=Art
archive     archive     NOUN   15  nsubj     O  Number=Sing
was         be          AUX    15  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a           DET    15  det       O  Definite=Ind|PronType=Art
national    national    ADJ    15  amod      O  Degree=Pos
treasure~   treasure    NOUN   9   ccomp     O  Number=Sing
.           .           PUNCT  9   punct     O  _
"""

# shape of 'We spoke to Olympic rower Helen Glover-Banks about her comeback.' (adjective and role both
# obliques), then question and answer turns (our own, as stanza parsed them)
ADJECTIVE_ROLE_INTERVIEW = """
We        we        PRON   2   nsubj      O  Case=Nom|Number=Plur|Person=1|PronType=Prs
spoke     speak     VERB   0   root       O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
to        to        ADP    5   case       O  _
Olympic   Olympic   PROPN  2   obl        O  Number=Sing
cyclist   cyclist   NOUN   2   obl        O  Number=Sing
Laura     Laura     PROPN  5   flat       O  Number=Sing
Kenny~    Kenny     PROPN  6   flat       O  Number=Sing
-~        -         PUNCT  9   punct      O  _
Trott     Trott     PROPN  6   flat       O  Number=Sing
about     about     ADP    12  case       O  _
her       her       PRON   12  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
retirement~  retirement  NOUN   2   obl        O  Number=Sing
.         .         PUNCT  2   punct      O  _

#par
Q~    Q     PROPN  0  root    O  Number=Sing
:     :     PUNCT  4  punct   O  _
Why   why   ADV    4  advmod  O  PronType=Int
stop  stop  VERB   1  appos   O  Mood=Imp|VerbForm=Fin
now~  now   ADV    4  advmod  O  PronType=Dem
?     ?     PUNCT  1  punct   O  _

#par
A~       A        NUM    0  root       O  _
:        :        PUNCT  6  punct      O  _
Because  because  SCONJ  6  mark       O  _
my       my       PRON   5  nmod:poss  O  Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs
body     body     NOUN   6  nsubj      O  Number=Sing
told     tell     VERB   1  advcl      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
me       I        PRON   6  obj        O  Case=Acc|Number=Sing|Person=1|PronType=Prs
to~      to       PART   6  xcomp      O  _
.        .        PUNCT  1  punct      O  _

I        I        PRON   2  nsubj  O  Case=Nom|Number=Sing|Person=1|PronType=Prs
had      have     VERB   0  root   O  Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin
nothing  nothing  PRON   2  obj    O  Number=Sing|PronType=Ind
left     leave    VERB   3  acl    O  Tense=Past|VerbForm=Part
to       to       PART   6  mark   O  _
give~    give     VERB   4  xcomp  O  VerbForm=Inf
.        .        PUNCT  2  punct  O  _
"""

# A spokesperson for Prime Minister Justin Trudeau said the trip had been cancelled.
SPOKESPERSON_FOR_PRIME_MINISTER = """
A             a             DET    2   det         O  Definite=Ind|PronType=Art
spokesperson  spokesperson  NOUN   8   nsubj       O  Number=Sing
for           for           ADP    6   case        O  _
Prime         Prime         ADJ    6   amod        O  Degree=Pos
Minister      Minister      PROPN  6   compound    O  Number=Sing
Justin        Justin        PROPN  2   nmod        O  Number=Sing
Trudeau       Trudeau       PROPN  2   nmod        O  Number=Sing
said          say           VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the           DET    10  det         O  Definite=Def|PronType=Art
trip          trip          NOUN   13  nsubj:pass  O  Number=Sing
had           have          AUX    13  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been          be            AUX    13  aux:pass    O  Tense=Past|VerbForm=Part
cancelled~    cancel        VERB   8   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.             .             PUNCT  8   punct       O  _
"""

# The Director of Public Prosecutions said the case would not proceed.
DIRECTOR_OF_PUBLIC_PROSECUTIONS = """
The           the           DET    2   det         O  Definite=Def|PronType=Art
Director      director      NOUN   6   nsubj       O  Number=Sing
of            of            ADP    5   case        O  _
Public        Public        ADJ    5   amod        O  Degree=Pos
Prosecutions  Prosecutions  PROPN  2   nmod        O  Number=Plur
said          say           VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the           the           DET    8   det         O  Definite=Def|PronType=Art
case          case          NOUN   11  nsubj:pass  O  Number=Sing
would         would         AUX    11  aux         O  VerbForm=Fin
not           not           PART   11  advmod      O  Polarity=Neg
proceed~      proceed       VERB   6   ccomp       O  Tense=Past|VerbForm=Part
.             .             PUNCT  6   punct       O  _
"""

# A reporter for USA Today said the briefing had been cut short.
REPORTER_FOR_USA_TODAY = """
A         a         DET    2   det         O  Definite=Ind|PronType=Art
reporter  reporter  NOUN   6   nsubj       O  Number=Sing
for       for       ADP    4   case        O  _
USA       USA       PROPN  2   nmod        O  Number=Sing
Today     Today     PROPN  2   nmod        O  Number=Sing
said      say       VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    8   det         O  Definite=Def|PronType=Art
briefing  briefing  NOUN   11  nsubj:pass  O  Number=Sing
had       have      AUX    11  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been      be        AUX    11  aux:pass    O  Tense=Past|VerbForm=Part
cut       cut       VERB   6   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
short~    short     ADJ    11  xcomp       O  Degree=Pos
.         .         PUNCT  6   punct       O  _
"""

# Douglas Holtz-Eakin, president of the American Action Forum, said the plan would add to the deficit.
PRESIDENT_OF_ACTION_FORUM = """
Douglas    Douglas    PROPN  13  nsubj     O  Number=Sing
Holtz~     Holtz      PROPN  1   flat      O  Number=Sing
-~         -          PUNCT  4   punct     O  _
Eakin~     Eakin      PROPN  1   flat      O  Number=Sing
,          ,          PUNCT  6   punct     O  _
president  president  NOUN   1   appos     O  Number=Sing
of         of         ADP    11  case      O  _
the        the        DET    11  det       O  Definite=Def|PronType=Art
American   American   ADJ    11  amod      O  Degree=Pos
Action     Action     PROPN  11  compound  O  Number=Sing
Forum~     Forum      PROPN  6   nmod      O  Number=Sing
,          ,          PUNCT  1   punct     O  _
said       say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    15  det       O  Definite=Def|PronType=Art
plan       plan       NOUN   17  nsubj     O  Number=Sing
would      would      AUX    17  aux       O  VerbForm=Fin
add        add        VERB   13  ccomp     O  VerbForm=Inf
to         to         ADP    20  case      O  _
the        the        DET    20  det       O  Definite=Def|PronType=Art
deficit~   deficit    NOUN   17  obl       O  Number=Sing
.          .          PUNCT  13  punct     O  _
"""


# Governor of the Bank of England Bailey said rates would stay on hold.
GOVERNOR_OF_BANK_SURNAME = """
Governor  Governor  PROPN  8   nsubj     O  Number=Sing
of        of        ADP    4   case      O  _
the       the       DET    4   det       O  Definite=Def|PronType=Art
Bank      Bank      PROPN  1   nmod      O  Number=Sing
of        of        ADP    7   case      O  _
England   England   PROPN  7   compound  O  Number=Sing
Bailey    Bailey    PROPN  4   nmod      O  Number=Sing
said      say       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rates     rate      NOUN   11  nsubj     O  Number=Plur
would     would     AUX    11  aux       O  VerbForm=Fin
stay      stay      VERB   8   ccomp     O  VerbForm=Inf
on        on        ADP    13  case      O  _
hold~     hold      NOUN   11  obl       O  Number=Sing
.         .         PUNCT  8   punct     O  _
"""

# Chief Executive of Halden Mining Chrystia Moss said the mine would reopen in May.
CEO_OF_COMPANY_UNKNOWN_FIRST_NAME = """
Chief      Chief      ADJ    2   amod   O  Degree=Pos
Executive  executive  PROPN  8   nsubj  O  Number=Sing
of         of         ADP    4   case   O  _
Halden     Halden     PROPN  2   nmod   O  Number=Sing
Mining     Mining     PROPN  4   flat   O  Number=Sing
Chrystia   Chrystia   PROPN  4   flat   O  Number=Sing
Moss       Moss       PROPN  4   flat   O  Number=Sing
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    10  det    O  Definite=Def|PronType=Art
mine       mine       NOUN   12  nsubj  O  Number=Sing
would      would      AUX    12  aux    O  VerbForm=Fin
reopen     reopen     VERB   8   ccomp  O  VerbForm=Inf
in         in         ADP    14  case   O  _
May~       May        PROPN  12  obl    O  Number=Sing
.          .          PUNCT  8   punct  O  _
"""

# President of the European Commission Ursula von der Leyen said the deal was close.
PRESIDENT_OF_COMMISSION_PARTICLES = """
President   President   PROPN  10  nsubj     O  Number=Sing
of          of          ADP    6   case      O  _
the         the         DET    6   det       O  Definite=Def|PronType=Art
European    European    ADJ    6   amod      O  Degree=Pos
Commission  Commission  PROPN  6   compound  O  Number=Sing
Ursula      Ursula      PROPN  7   compound  O  Number=Sing
von         von         PROPN  10  nsubj     O  Number=Sing
der         der         PROPN  1   nmod      O  Number=Sing
Leyen       Leyen       PROPN  8   flat      O  Number=Sing
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    12  det       O  Definite=Def|PronType=Art
deal        deal        NOUN   14  nsubj     O  Number=Sing
was         be          AUX    14  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close~      close       ADJ    10  ccomp     O  Degree=Pos
.           .           PUNCT  10  punct     O  _
"""


# Transport for Wales said the line would reopen on Monday.
BODY_FOR_A_PLACE = """
Transport  Transport  PROPN  4   nsubj  O  Number=Sing
for        for        ADP    3   case   O  _
Wales      Wales      PROPN  1   nmod   O  Number=Sing
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    6   det    O  Definite=Def|PronType=Art
line       line       NOUN   8   nsubj  O  Number=Sing
would      would      AUX    8   aux    O  VerbForm=Fin
reopen     reopen     VERB   4   ccomp  O  VerbForm=Inf
on         on         ADP    10  case   O  _
Monday~    Monday     PROPN  8   obl    O  Number=Sing
.          .          PUNCT  4   punct  O  _
"""

# "The line will close for two weekends," said Transport for London. (hand-built)
SAID_BODY_FOR_A_PLACE = """
"~         "          PUNCT  5   punct  O  _
The        the        DET    3   det    O  Definite=Def|PronType=Art
line       line       NOUN   5   nsubj  O  Number=Sing
will       will       AUX    5   aux    O  VerbForm=Fin
close      close      VERB   11  ccomp  O  VerbForm=Inf
for        for        ADP    8   case   O  _
two        two        NUM    8   nummod O  NumForm=Word|NumType=Card
weekends~  weekend    NOUN   5   obl    O  Number=Plur
,~         ,          PUNCT  5   punct  O  _
"          "          PUNCT  5   punct  O  _
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Transport  Transport  PROPN  11  nsubj  O  Number=Sing
for        for        ADP    14  case   O  _
London~    London     PROPN  12  nmod   O  Number=Sing
.          .          PUNCT  11  punct  O  _
"""


# Councillor Ann Mayor Jr. said the budget was balanced.
SURNAME_TITLE_AND_SUFFIX = """
Councillor  Councillor  PROPN  5  nsubj       O  Number=Sing
Ann         Ann         PROPN  5  nsubj       O  Number=Sing
Mayor       Mayor       PROPN  2  flat        O  Number=Sing
Jr.         Jr.         PROPN  3  flat        O  Number=Sing
said        say         VERB   0  root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    7  det         O  Definite=Def|PronType=Art
budget      budget      NOUN   9  nsubj:pass  O  Number=Sing
was         be          AUX    9  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
balanced~   balance     VERB   5  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.           .           PUNCT  5  punct       O  _
"""


# The head of the Congressional Black Caucus said the vote was a disgrace.
HEAD_OF_CAUCUS = """
The            the            DET    2   det    O  Definite=Def|PronType=Art
head           head           NOUN   8   nsubj  O  Number=Sing
of             of             ADP    7   case   O  _
the            the            DET    7   det    O  Definite=Def|PronType=Art
Congressional  Congressional  ADJ    7   amod   O  Degree=Pos
Black          Black          ADJ    7   amod   O  Degree=Pos
Caucus         Caucus         PROPN  2   nmod   O  Number=Sing
said           say            VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the            the            DET    10  det    O  Definite=Def|PronType=Art
vote           vote           NOUN   13  nsubj  O  Number=Sing
was            be             AUX    13  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a              a              DET    13  det    O  Definite=Ind|PronType=Art
disgrace~      disgrace       ADJ    8   ccomp  O  Degree=Pos|Number=Sing
.              .              PUNCT  8   punct  O  _
"""


def _speakers(table: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(content, speaker mention, entity name, entity description) of each quote, in the rules."""
    result = analyze(build_document(table))
    out = []
    for quote in result.quotes:
        entity = result.entity(quote.entity_id)
        out.append((" ".join(p.text_of(result.text) for p in quote.parts),
                    quote.speaker.span.text_of(result.text) if quote.speaker else None,
                    entity.name if entity else None, entity.description if entity else None))
    return out


@pytest.mark.parametrize(("table", "mention", "name", "description"), [
    (SECRETARY_OF_DEFENSE, "Secretary of Defense Lloyd Austin-Hale", "Lloyd Austin-Hale", "Secretary of Defense"),
    (MINISTER_OF_FINANCE_TOLD, "Minister of Finance Chrystia Freeland-Moss", "Chrystia Freeland-Moss",
     "Minister of Finance"),
    (CHAIRMAN_OF_THE_RESERVE, "Chairman of the Federal Reserve Jerome Powell-Stone", "Jerome Powell-Stone",
     "Chairman of the Federal Reserve"),
    (SAID_ATTORNEY_GENERAL_OF, "Attorney General of Ontario Doug Downey-Price", "Doug Downey-Price",
     "Attorney General of Ontario"),
    # the of-phrase ends at an organisation word ('Police'): a three-word name after it
    (INSPECTOR_GENERAL_OF_POLICE, "Deputy Inspector General of Police Rajesh Kumar Singh", "Rajesh Kumar Singh",
     "Deputy Inspector General of Police"),
    # nothing known ends 'Halden Mining': the last two words are the name
    (SAID_CFO_OF_COMPANY, "Chief Financial Officer of Halden Mining Tom Reyes-Lund", "Tom Reyes-Lund",
     "Chief Financial Officer of Halden Mining"),
    (GOVERNOR_OF_CENTRAL_BANK, "Governor of the Central Bank of Ireland Gabriel Makhlouf-Ryan", "Gabriel Makhlouf-Ryan",
     "Governor of the Central Bank of Ireland"),
])
def test_a_title_with_an_of_or_for_phrase_before_a_name_describes_the_named_person(
    table: str, mention: str, name: str, description: str
) -> None:
    # it was the title ('Secretary', 'Chairman', 'Deputy Inspector General') at 0.82-0.9
    [(_, said_by, entity, described)] = _speakers(table)
    assert (said_by, entity, described) == (mention, name, description)


def test_the_title_alone_later_is_the_named_holder() -> None:
    # '"We are on track," the Minister said' went to an entity 'Minister' of its own
    assert [(mention, name) for _, mention, name, _ in _speakers(MINISTER_FOR_HEALTH_THEN_THE_MINISTER)] == [
        ("Minister for Health Stephen Donnelly-Ward", "Stephen Donnelly-Ward"),
        ("the Minister", "Stephen Donnelly-Ward"),
    ]


@pytest.mark.parametrize(("table", "mention", "name", "description"), [
    # each was the organisation or acronym: 'Bell', 'Telkom', 'Sobeys chief executive' (no name), 'BJP'
    (ORG_AND_ROLE_SUBJECTS, "Bell spokesperson Caroline Audet", "Caroline Audet", "spokesperson"),
    (ORG_SUBJECT_ROLE_CONJUNCT, "Telkom spokesperson Thabo Mokoena", "Thabo Mokoena", "spokesperson"),
    (SAID_ORG_CHIEF_EXECUTIVE, "Sobeys chief executive Per Olsen-Dahl", "Per Olsen-Dahl", "Sobeys chief executive"),
    (ACRONYM_ROLE_NAME, "BJP national president J P Nadda", "J P Nadda", "national president"),
    (UNIVERSITY_OF_ROLE_NAME, "University of Ottawa historian Amira Haddad-Clarke", "Amira Haddad-Clarke",
     "Ottawa historian"),
])
def test_an_organisation_or_acronym_before_a_role_and_a_name_is_not_the_speaker(
    table: str, mention: str, name: str, description: str
) -> None:
    # a name phrase the parse read already ('spokesperson Thabo Mokoena') keeps its description
    [(_, said_by, entity, described)] = _speakers(table)
    assert (said_by, entity, described) == (mention, name, description)


def test_interview_answers_go_to_the_person_a_capitalised_adjective_and_role_introduce() -> None:
    # every answer went to 'Olympic' at 0.75
    answers = [(mention, name) for content, mention, name, _ in _speakers(ADJECTIVE_ROLE_INTERVIEW)
               if not content.startswith("Why")]
    assert answers == [("Olympic cyclist Laura Kenny-Trott", "Laura Kenny-Trott")]


def test_the_models_source_span_headed_by_its_first_word_is_the_person() -> None:
    # the hybrid's model hands over the whole source span headed by the parse's first top word ('BJP')
    doc = build_document(ACRONYM_ROLE_NAME)
    source = Span(0, doc.text.index(" claimed"))
    content = Span(doc.text.index("that"), doc.text.rindex("."))
    cue = Span(doc.text.index("claimed"), doc.text.index(" that"))
    quote = Quote(id="q1", kind="indirect", parts=(content,), cue=cue,
                  speaker=Mention(source, source.text_of(doc.text), "name", head=0), confidence=0.77, rule="model")
    [resolved], entities = resolve_speakers(doc, [quote])
    [entity] = [e for e in entities if e.id == resolved.entity_id]
    assert (entity.name, entity.type, resolved.confidence) == ("J P Nadda", "person", 0.77)


def test_a_role_for_a_titled_person_stays_its_own_speaker() -> None:
    # 'A spokesperson for Prime Minister Justin Trudeau': the spokesperson speaks, not Trudeau
    assert _speakers(SPOKESPERSON_FOR_PRIME_MINISTER) == [
        ("the trip had been cancelled", "A spokesperson", "A spokesperson", "")]


def test_an_of_phrase_that_names_no_one_makes_no_person() -> None:
    # 'Public Prosecutions' keeps the title's phrase: no name is cut from it
    [(_, mention, name, _)] = _speakers(DIRECTOR_OF_PUBLIC_PROSECUTIONS)
    assert (mention, name) == ("The Director", "The Director")


def test_an_organisation_after_for_is_no_person() -> None:
    # 'USA Today': 'Today' is no name, and one word is too few after an of/for phrase
    [(_, mention, name, _)] = _speakers(REPORTER_FOR_USA_TODAY)
    assert (mention, name) == ("A reporter", "A reporter")


@pytest.mark.usefixtures("first_name_dictionary")
def test_an_organisation_that_opens_with_a_nationality_is_no_person() -> None:
    # 'the American Action Forum': 'Action' opens no name, so no 'Action Forum' is cut from the phrase
    # (whose title would then have stood for a person of that name); the speaker is Holtz-Eakin
    doc = build_document(PRESIDENT_OF_ACTION_FORUM)
    assert title_compounds(View(doc, []), load_lexicon()) == []
    [(_, mention, name, _)] = _speakers(PRESIDENT_OF_ACTION_FORUM)
    assert (mention, name) == ("Douglas Holtz-Eakin", "Douglas Holtz-Eakin")


def test_a_speaker_mention_cut_inside_the_phrase_is_the_whole_phrase() -> None:
    # a rule's mention that starts inside the title ('State Madeleine Albright' of PolNeAR's 'Former
    # Secretary of State Madeleine Albright') is stretched back over it, as one cut short is forward
    doc = build_document(SECRETARY_OF_DEFENSE)
    cut = Span(doc.text.index("Defense"), doc.text.index(" said"))
    content = Span(doc.text.index("that"), doc.text.rindex("."))
    cue = Span(doc.text.index("said"), doc.text.index(" on Monday"))
    quote = Quote(id="q1", kind="indirect", parts=(content,), cue=cue,
                  speaker=Mention(cut, cut.text_of(doc.text), "name", head=2), confidence=0.9, rule="cue-complement")
    [resolved], entities = resolve_speakers(doc, [quote])
    [entity] = [e for e in entities if e.id == resolved.entity_id]
    assert resolved.speaker is not None
    assert (resolved.speaker.text, entity.name) == ("Secretary of Defense Lloyd Austin-Hale", "Lloyd Austin-Hale")


def test_a_name_with_particles_after_an_of_phrase_is_whole() -> None:
    [(_, mention, name, description)] = _speakers(PRESIDENT_OF_COMMISSION_PARTICLES)
    assert (mention, name, description) == ("President of the European Commission Ursula von der Leyen",
                                            "Ursula von der Leyen", "President of the European Commission")


def _confidence_and_speaker_step(table: str) -> tuple[float, str]:
    [quote] = analyze(build_document(table)).to_record(trace=True)["quotes"]
    return quote["confidence"], quote["trace"][-1]


def test_a_title_whose_one_word_holder_cannot_be_cut_out_is_no_confident_speaker() -> None:
    # 'Bailey' alone after the of-phrase: too little to tell from it; the title spoke at 0.9
    assert _confidence_and_speaker_step(GOVERNOR_OF_BANK_SURNAME) == (0.675, "speaker:anonymous(unsplit-title×0.75)")


@pytest.mark.usefixtures("first_name_dictionary")
def test_a_title_whose_holder_has_an_unknown_first_name_is_no_confident_speaker() -> None:
    # nothing known ends 'Halden Mining' and the dictionary does not know 'Chrystia'
    assert _confidence_and_speaker_step(CEO_OF_COMPANY_UNKNOWN_FIRST_NAME) == (
        0.675, "speaker:anonymous(unsplit-title×0.75)")


def test_without_the_first_name_dictionary_the_holder_is_the_last_two_words() -> None:
    # no dictionary (the default install): every word may open a name, so the last two are the holder
    [(_, mention, name, description)] = _speakers(CEO_OF_COMPANY_UNKNOWN_FIRST_NAME)
    assert (mention, name, description) == ("Chief Executive of Halden Mining Chrystia Moss", "Chrystia Moss",
                                            "Chief Executive of Halden Mining")


@pytest.mark.parametrize(("table", "mention", "name"), [
    (BODY_FOR_A_PLACE, "Transport for Wales", "Transport for Wales"),
    (SAID_BODY_FOR_A_PLACE, "Transport for London", "Transport for London"),
])
def test_a_body_named_for_a_place_is_one_organisation(table: str, mention: str, name: str) -> None:
    # the speaker was 'Transport' at 0.9 (tester 7): no organisation word marks such a name
    result = analyze(build_document(table))
    [quote] = result.quotes
    entity = result.entity(quote.entity_id)
    assert quote.speaker is not None and entity is not None
    assert (quote.speaker.span.text_of(result.text), entity.name, entity.type) == (mention, name, "organization")


def test_two_places_or_a_title_before_for_make_no_body() -> None:
    doc = build_document(
        "Support  support  NOUN  0  root\nfrom  from  ADP  4  case\nthe  the  DET  4  det\nUK  UK  PROPN  1  nmod\n"
        "for  for  ADP  6  case\nGermany  Germany  PROPN  1  nmod\nand  and  CCONJ  9  cc\n"
        "Minister  Minister  PROPN  1  conj\nfor  for  ADP  11  case\nWales  Wales  PROPN  9  nmod\n"
    )
    uk, germany, minister, wales = (doc.tokens[i] for i in (3, 5, 7, 9))
    assert not orgish([uk, germany], load_lexicon(), doc.tokens)
    assert not orgish([minister, wales], load_lexicon(), doc.tokens)


def test_a_name_suffix_alone_after_a_title_is_no_name() -> None:
    # 'Mayor' is her surname here, and 'Jr.' was taken for the name after that title, at 0.9
    [(_, mention, name, description)] = _speakers(SURNAME_TITLE_AND_SUFFIX)
    assert (mention, name, description) == ("Councillor Ann Mayor Jr.", "Ann Mayor Jr.", "Councillor")


@pytest.mark.parametrize("table", [HEAD_OF_CAUCUS, PRESIDENT_OF_ACTION_FORUM])
def test_without_the_dictionary_an_organisations_last_words_are_no_name(table: str) -> None:
    # the default install has no first-name dictionary: 'Caucus' and 'Forum' end a body's name, so no
    # 'Black Caucus' or 'Action Forum' is cut out for 'The head' or the president to stand for
    assert title_compounds(View(build_document(table), []), load_lexicon()) == []
