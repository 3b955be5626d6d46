"""Words that open an article and name nobody are never a speaker (tester 8): a dateline's place in
Title case ('Bengaluru: …', 'Brisbane — …') on the article's first line, and a label ('Press release —',
'PRESS RELEASE:', 'FOR IMMEDIATE RELEASE —'). 'Bengaluru' spoke the whole lede at 0.77 (name-colon),
'Brisbane' and 'Press release' the lede's report at 0.74 and 0.77, 'PRESS RELEASE' a transcript turn at
0.75. A headline led by a name keeps its speaker ('Pat Caddell: …'), and so does a name before an aside
between dashes. Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Bengaluru: Karnataka Chief Minister Siddaramaiah Gowda on Friday announced free bus travel for women.
BENGALURU = """
Bengaluru~    Bengaluru     PROPN  10  nsubj     O  Number=Sing
:             :             PUNCT  10  punct     O  _
Karnataka     Karnataka     PROPN  5   compound  O  Number=Sing
Chief         Chief         PROPN  5   compound  O  Number=Sing
Minister      Minister      PROPN  10  nsubj     O  Number=Sing
Siddaramaiah  Siddaramaiah  PROPN  5   flat      O  Number=Sing
Gowda         Gowda         PROPN  6   flat      O  Number=Sing
on            on            ADP    9   case      O  _
Friday        Friday        PROPN  5   nmod      O  Number=Sing
announced     announce      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
free          free          ADJ    13  amod      O  Degree=Pos
bus           bus           NOUN   13  compound  O  Number=Sing
travel        travel        NOUN   10  obj       O  Number=Sing
for           for           ADP    15  case      O  _
women~        woman         NOUN   13  nmod      O  Number=Plur
.             .             PUNCT  1   punct     O  _
"""

# Kochi: The Kerala government has announced a ban on single-use plastics.
KOCHI = """
Kochi~      Kochi       PROPN  0   root      O  Number=Sing
:           :           PUNCT  7   punct     O  _
The         the         DET    5   det       O  Definite=Def|PronType=Art
Kerala      Kerala      PROPN  5   compound  O  Number=Sing
government  government  NOUN   7   nsubj     O  Number=Sing
has         have        AUX    7   aux       O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
announced   announce    VERB   1   appos     O  Tense=Past|VerbForm=Part
a           a           DET    9   det       O  Definite=Ind|PronType=Art
ban         ban         NOUN   7   obj       O  Number=Sing
on          on          ADP    14  case      O  _
single~     single      ADJ    13  amod      O  Degree=Pos
-~          -           PUNCT  11  punct     O  _
use         use         NOUN   14  compound  O  Number=Sing
plastics~   plastics    NOUN   7   obl       O  Number=Plur
.           .           PUNCT  1   punct     O  _
"""

# Pat Caddell: Voters worry about her health.
CADDELL = """
Pat       Pat      PROPN  0  root       O  Number=Sing
Caddell~  Caddell  PROPN  1  flat       O  Number=Sing
:         :        PUNCT  5  punct      O  _
Voters    voter    PROPN  5  nsubj      O  Number=Plur
worry     worry    VERB   1  parataxis  O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
about     about    ADP    8  case       O  _
her       her      PRON   8  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
health~   health   NOUN   5  obl        O  Number=Sing
.         .        PUNCT  1  punct      O  _
"""

# Newspaper: Defense secretary used personal email at Pentagon. / WASHINGTON (AP) — A news report published
# Wednesday said Defense Secretary Ash Carter used a personal email account.
NEWSPAPER = """
Newspaper~  newspaper  PROPN  0  root      O  Number=Sing
:           :          PUNCT  5  punct     O  _
Defense     Defense    PROPN  4  compound  O  Number=Sing
secretary   secretary  NOUN   5  nsubj     O  Number=Sing
used        use        VERB   1  appos     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
personal    personal   ADJ    7  amod      O  Degree=Pos
email       email      NOUN   5  obj       O  Number=Sing
at          at         ADP    9  case      O  _
Pentagon~   Pentagon   PROPN  5  obl       O  Number=Sing
.           .          PUNCT  1  punct     O  _

#par
WASHINGTON  Washington  PROPN  11  nsubj     O  Number=Sing
(~          (           PUNCT  3   punct     O  _
AP~         AP          PROPN  1   appos     O  Number=Sing
)           )           PUNCT  3   punct     O  _
—           —           PUNCT  3   punct     O  _
A           a           DET    8   det       O  Definite=Ind|PronType=Art
news        news        NOUN   8   compound  O  Number=Sing
report      report      NOUN   11  nsubj     O  Number=Sing
published   publish     VERB   8   acl       O  Tense=Past|VerbForm=Part
Wednesday   Wednesday   PROPN  9   flat      O  Number=Sing
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Defense     Defense     PROPN  13  compound  O  Number=Sing
Secretary   Secretary   PROPN  16  nsubj     O  Number=Sing
Ash         Ash         PROPN  12  flat      O  Number=Sing
Carter      Carter      PROPN  14  flat      O  Number=Sing
used        use         VERB   11  ccomp     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a           DET    20  det       O  Definite=Ind|PronType=Art
personal    personal    ADJ    20  amod      O  Degree=Pos
email       email       NOUN   20  compound  O  Number=Sing
account~    account     NOUN   16  obj       O  Number=Sing
.           .           PUNCT  11  punct     O  _
"""

# Brisbane — Queensland Health Minister Shannon Fentiman-Cole warned hospitals were "at breaking point" this winter.
BRISBANE = """
Brisbane    Brisbane    PROPN  10  nsubj  O  Number=Sing
—           —           PUNCT  1   punct  O  _
Queensland  Queensland  PROPN  1   appos  O  Number=Sing
Health      Health      PROPN  3   flat   O  Number=Sing
Minister    Minister    PROPN  3   flat   O  Number=Sing
Shannon     Shannon     PROPN  3   flat   O  Number=Sing
Fentiman~   Fentiman    PROPN  6   flat   O  Number=Sing
-~          -           PUNCT  7   punct  O  _
Cole        Cole        PROPN  3   flat   O  Number=Sing
warned      warn        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
hospitals   hospital    NOUN   10  obj    O  Number=Plur
were        be          AUX    16  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
"~          "           PUNCT  16  punct  O  _
at          at          ADP    16  case   O  _
breaking    break       VERB   16  amod   O  VerbForm=Ger
point~      point       NOUN   10  ccomp  O  Number=Sing
"           "           PUNCT  16  punct  O  _
this        this        DET    19  det    O  Number=Sing|PronType=Dem
winter~     winter      NOUN   16  appos  O  Number=Sing
.           .           PUNCT  10  punct  O  _
"""

# Perth — Western Australia Premier Roger Cook said the port would reopen next week.
PERTH = """
Perth      Perth      PROPN  8   nsubj     O  Number=Sing
—          —          PUNCT  1   punct     O  _
Western    western    ADJ    4   amod      O  Degree=Pos
Australia  Australia  PROPN  5   compound  O  Number=Sing
Premier    Premier    PROPN  8   nsubj     O  Number=Sing
Roger      Roger      PROPN  5   flat      O  Number=Sing
Cook       Cook       PROPN  6   flat      O  Number=Sing
said       say        VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    10  det       O  Definite=Def|PronType=Art
port       port       NOUN   12  nsubj     O  Number=Sing
would      would      AUX    12  aux       O  VerbForm=Fin
reopen     reopen     VERB   8   ccomp     O  VerbForm=Inf
next       next       ADJ    14  amod      O  Degree=Pos
week~      week       NOUN   12  obj       O  Number=Sing
.          .          PUNCT  8   punct     O  _
"""

# Warren — a former senator — said the bill was dead on arrival.
WARREN = """
Warren    Warren   PROPN  7   nsubj  O  Number=Sing
—         —        PUNCT  1   punct  O  _
a         a        DET    5   det    O  Definite=Ind|PronType=Art
former    former   ADJ    5   amod   O  Degree=Pos
senator   senator  NOUN   7   nsubj  O  Number=Sing
—         —        PUNCT  5   punct  O  _
said      say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    9   det    O  Definite=Def|PronType=Art
bill      bill     NOUN   11  nsubj  O  Number=Sing
was       be       AUX    11  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
dead      dead     ADJ    7   ccomp  O  Degree=Pos
on        on       ADP    13  case   O  _
arrival~  arrival  NOUN   11  obl    O  Number=Sing
.         .        PUNCT  7   punct  O  _
"""

# Press release — Acme Robotics today announced a partnership with Delta Health.
PRESS_RELEASE = """
Press        press        NOUN   2   compound  O  Number=Sing
release      release      NOUN   7   nsubj     O  Number=Sing
—            —            PUNCT  4   punct     O  _
Acme         Acme         PROPN  2   appos     O  Number=Sing
Robotics     Robotics     PROPN  4   flat      O  Number=Sing
today        today        NOUN   4   flat      O  Number=Sing
announced    announce     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a            a            DET    9   det       O  Definite=Ind|PronType=Art
partnership  partnership  NOUN   7   obj       O  Number=Sing
with         with         ADP    12  case      O  _
Delta        Delta        PROPN  12  compound  O  Number=Sing
Health~      Health       PROPN  7   obl       O  Number=Sing
.            .            PUNCT  7   punct     O  _
"""

# News release — Contoso Energy today announced the sale of its wind farms.
NEWS_RELEASE = """
News       News      PROPN  2   compound   O  Number=Sing
release    release   NOUN   7   nsubj      O  Number=Sing
—          —         PUNCT  4   punct      O  _
Contoso    Contoso   PROPN  7   nsubj      O  Number=Sing
Energy     Energy    PROPN  4   flat       O  Number=Sing
today      today     NOUN   4   flat       O  Number=Sing
announced  announce  VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    9   det        O  Definite=Def|PronType=Art
sale       sale      NOUN   7   obj        O  Number=Sing
of         of        ADP    13  case       O  _
its        its       PRON   13  nmod:poss  O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
wind       wind      NOUN   13  compound   O  Number=Sing
farms~     farm      NOUN   9   nmod       O  Number=Plur
.          .         PUNCT  7   punct      O  _
"""

# PRESS RELEASE: Northwind Bank announced record profits on Tuesday.
PRESS_RELEASE_COLON = """
PRESS      Press      PROPN  2   compound   O  Number=Sing
RELEASE~   release    NOUN   0   root       O  Number=Sing
:          :          PUNCT  6   punct      O  _
Northwind  Northwind  PROPN  6   nsubj      O  Number=Sing
Bank       Bank       PROPN  4   flat       O  Number=Sing
announced  announce   VERB   2   parataxis  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
record     record     NOUN   8   compound   O  Number=Sing
profits    profit     NOUN   6   obj        O  Number=Plur
on         on         ADP    10  case       O  _
Tuesday~   Tuesday    PROPN  6   obl        O  Number=Sing
.          .          PUNCT  2   punct      O  _
"""

# FOR IMMEDIATE RELEASE — Northwind Bank said on Tuesday that profits rose 12 percent.
IMMEDIATE_RELEASE = """
FOR        for        ADP    3   case       O  _
IMMEDIATE  immediate  ADJ    3   amod       O  Degree=Pos
RELEASE    release    PROPN  7   obl        O  Number=Sing
—          —          PUNCT  3   punct      O  _
Northwind  Northwind  PROPN  7   nsubj      O  Number=Sing
Bank       Bank       PROPN  5   flat       O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on         on         ADP    9   case       O  _
Tuesday    Tuesday    PROPN  7   obl        O  Number=Sing
that       that       SCONJ  12  mark       O  _
profits    profit     NOUN   12  nsubj      O  Number=Plur
rose       rise       VERB   9   acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
12         12         NUM    14  nummod     O  NumForm=Digit|NumType=Card
percent~   percent    NOUN   12  obj        O  Number=Sing
.          .          PUNCT  7   punct      O  _
"""

# Johnson: The council approved the budget last night. / Host: What happens next?
# (stanza splits 'Johnson:' into a sentence of its own; here one sentence, as it reads 'Bengaluru: …')
TRANSCRIPT_FIRST_TURN = """
Johnson~  Johnson  PROPN  0  root   O  Number=Sing
:         :        PUNCT  1  punct  O  _
The       the      DET    4  det    O  Definite=Def|PronType=Art
council   council  NOUN   5  nsubj  O  Number=Sing
approved  approve  VERB   1  appos  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    7  det    O  Definite=Def|PronType=Art
budget    budget   NOUN   5  obj    O  Number=Sing
last      last     ADJ    9  amod   O  Degree=Pos
night~    night    NOUN   5  obl:tmod    O  Number=Sing
.         .        PUNCT  1  punct  O  _

#par
Host~    Host    NOUN   0  root   O  Number=Sing
:        :       PUNCT  4  punct  O  _
What     what    PRON   4  nsubj  O  PronType=Int
happens  happen  VERB   1  appos  O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
next~    next    ADJ    4  xcomp  O  Degree=Pos
?        ?       PUNCT  1  punct  O  _
"""

# Lucknow: Uttar Pradesh Transport Minister Dayashankar Singh-Verma on Sunday said the expressway would be
# opened in June.  (the parse makes the minister the place's apposition, the place the subject)
LUCKNOW = """
Lucknow~     Lucknow      PROPN  13  nsubj       O  Number=Sing
:            :            PUNCT  3   punct       O  _
Uttar        Uttar        PROPN  1   appos       O  Number=Sing
Pradesh      Pradesh      PROPN  3   flat        O  Number=Sing
Transport    Transport    PROPN  3   flat        O  Number=Sing
Minister     Minister     PROPN  3   flat        O  Number=Sing
Dayashankar  Dayashankar  PROPN  3   flat        O  Number=Sing
Singh~       Singh        PROPN  3   flat        O  Number=Sing
-~           -            PUNCT  10  punct       O  _
Verma        Verma        PROPN  3   flat        O  Number=Sing
on           on           ADP    12  case        O  _
Sunday       Sunday       PROPN  10  nmod        O  Number=Sing
said         say          VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the          DET    15  det         O  Definite=Def|PronType=Art
expressway   expressway   NOUN   18  nsubj:pass  O  Number=Sing
would        would        AUX    18  aux         O  VerbForm=Fin
be           be           AUX    18  aux:pass    O  VerbForm=Inf
opened       open         VERB   13  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
in           in           ADP    20  case        O  _
June~        June         PROPN  18  obl         O  Number=Sing
.            .            PUNCT  13  punct       O  _
"""


def _rules(table: str) -> list[tuple[str, str, str]]:
    result = analyze(build_document(table))
    text = result.text
    return [(q.speaker.span.text_of(text) if q.speaker else "", " ".join(p.text_of(text) for p in q.parts), q.rule)
            for q in result.quotes]


def test_a_title_case_dateline_before_a_lede_is_no_speaker() -> None:
    assert _rules(BENGALURU) == [("Karnataka Chief Minister Siddaramaiah Gowda", "free bus travel for women",
                                  "cue-object")]
    assert _rules(KOCHI) == [("The Kerala government", "a ban on single-use plastics", "cue-object")]


def test_a_name_colon_headline_keeps_its_speaker() -> None:
    # a present-tense claim is no news lede
    assert _rules(CADDELL) == [("Pat Caddell", "Voters worry about her health", "name-colon")]
    # a line before the article's dateline ('WASHINGTON (AP) —') is its headline, not a dateline
    assert ("Newspaper", "Defense secretary used personal email at Pentagon", "name-colon") in _rules(NEWSPAPER)


def test_a_title_case_dateline_before_a_dash_is_no_speaker() -> None:
    assert [r[0] for r in _rules(BRISBANE)] == ["Queensland Health Minister Shannon Fentiman-Cole"]
    assert [r[:2] for r in _rules(PERTH)] == [
        ("Western Australia Premier Roger Cook", "the port would reopen next week")]


def test_a_name_before_an_aside_between_dashes_speaks() -> None:
    assert [r[:2] for r in _rules(WARREN)] == [("Warren", "the bill was dead on arrival")]


def test_a_release_label_is_no_speaker() -> None:
    # the parser hangs 'today' on the company's name: a time is no word of a name
    assert [r[:2] for r in _rules(PRESS_RELEASE)] == [("Acme Robotics", "a partnership with Delta Health")]
    assert [r[:2] for r in _rules(NEWS_RELEASE)] == [("Contoso Energy", "the sale of its wind farms")]
    assert [r[0] for r in _rules(IMMEDIATE_RELEASE)] == ["Northwind Bank"]


def test_a_release_label_before_a_colon_is_no_transcript_turn() -> None:
    # (the parse hangs 'announced' on 'RELEASE' as parataxis, so no rule reads the bank's report either)
    assert _rules(PRESS_RELEASE_COLON) == []


def test_a_transcripts_first_turn_is_no_dateline() -> None:
    # other lines open with a name and a colon: the first line is a turn, and keeps its speaker
    assert [r[0] for r in _rules(TRANSCRIPT_FIRST_TURN) if r[2] == "name-colon"] == ["Johnson"]


def test_a_dateline_whose_lede_subject_is_parsed_as_the_places_apposition() -> None:
    assert _rules(LUCKNOW) == [("Uttar Pradesh Transport Minister Dayashankar Singh-Verma",
                                "the expressway would be opened in June", "cue-complement")]
