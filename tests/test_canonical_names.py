"""Canonical entity names of people and bodies named with outlets' conventions (tester 7): a
double-barrelled surname that the parser cut at its hyphen ("Senator Penny Wong-Li" was the entity
"Li"), the place of a title's of-phrase glued to the name ("Premier of Nova Scotia Tim Houston-Burke" was
"Nova Scotia Tim Houston-Burke"), titles missing from the lexicon left in the name ("Ontario MPP Chris
Glover-Hay", "RCMP Cpl. …", "Recorder Anne Whitworth") and a body named "X for Y" ("Transport for Wales"
was "Transport"). Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`), except
ADEYEMI_CLARKE, written by hand in the shape stanza gave "Senator Penny Wong-Li told …" (the surname's
second half the verb's subject, the first a modifier of the title)."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

ADEYEMI_CLARKE = """
Councillor  Councillor  PROPN  6   nsubj     O  Number=Sing
Ruth        Ruth        PROPN  3   compound  O  Number=Sing
Adeyemi~    Adeyemi     PROPN  1   flat      O  Number=Sing
-~          -           PUNCT  3   punct     O  _
Clarke      Clarke      PROPN  6   nsubj     O  Number=Sing
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    8   det       O  Definite=Def|PronType=Art
depot       depot       NOUN   10  nsubj     O  Number=Sing
would       would       AUX    10  aux       O  VerbForm=Fin
close       close       VERB   6   ccomp     O  VerbForm=Inf
in          in          ADP    12  case      O  _
June~       June        PROPN  10  obl       O  Number=Sing
.           .           PUNCT  6   punct     O  _
"""

REEVES_DUNN = """
Chancellor  Chancellor  PROPN  9   nsubj     O  Number=Sing
of          of          ADP    8   case      O  _
the         the         DET    8   det       O  Definite=Def|PronType=Art
Exchequer   Exchequer   PROPN  6   compound  O  Number=Sing
Rachel      Rachel      PROPN  6   compound  O  Number=Sing
Reeves~     Reeves      PROPN  9   nsubj     O  Number=Sing
-~          -           PUNCT  6   punct     O  _
Dunn        Dunn        PROPN  1   nmod      O  Number=Sing
said        say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    11  det       O  Definite=Def|PronType=Art
figures     figure      NOUN   13  nsubj     O  Number=Plur
were        be          AUX    13  cop       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
stark~      stark       ADJ    9   ccomp     O  Degree=Pos
.           .           PUNCT  9   punct     O  _
"""

TRANSPORT_FOR = """
Transport   Transport   NOUN   5   nsubj   O  Number=Sing
for         for         ADP    4   case    O  _
Greater     Great       ADJ    4   amod    O  Degree=Pos
Manchester  Manchester  PROPN  1   nmod    O  Number=Sing
says        say         VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
buses       bus         NOUN   8   nsubj   O  Number=Plur
will        will        AUX    8   aux     O  VerbForm=Fin
run         run         VERB   5   ccomp   O  VerbForm=Inf
late        late        ADV    8   advmod  O  Degree=Pos
on          on          ADP    11  case    O  _
Sunday~     Sunday      PROPN  8   obl     O  Number=Sing
.           .           PUNCT  5   punct   O  _
"""

SPORT_FOR = """
Sport     Sport     PROPN  4   nsubj       O  Number=Sing
for       for       ADP    3   case        O  _
Scotland  Scotland  PROPN  1   nmod        O  Number=Sing
said      say       VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    6   det         O  Definite=Def|PronType=Art
grants    grant     NOUN   9   nsubj:pass  O  Number=Plur
would     would     AUX    9   aux         O  VerbForm=Fin
be        be        AUX    9   aux:pass    O  VerbForm=Inf
paid      pay       VERB   4   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
in        in        ADP    11  case        O  _
April~    April     PROPN  9   obl         O  Number=Sing
.         .         PUNCT  4   punct       O  _
"""

LABOUR_MSP = """
Labour    Labour   PROPN  7   nsubj     O  Number=Sing
MSP       MSP      PROPN  1   flat      O  Number=Sing
Jackie    Jackie   PROPN  1   flat      O  Number=Sing
Baillie~  Baillie  PROPN  1   flat      O  Number=Sing
-~        -        PUNCT  4   punct     O  _
Ross      Ross     PROPN  1   flat      O  Number=Sing
said      say      VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    10  det       O  Definite=Def|PronType=Art
waiting   waiting  NOUN   10  compound  O  _
lists     list     NOUN   13  nsubj     O  Number=Plur
were      be       AUX    13  cop       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
too       too      ADV    13  advmod    O  _
long~     long     ADJ    7   ccomp     O  Degree=Pos
.         .        PUNCT  7   punct     O  _
"""

RECORDER = """
Recorder   Recorder   PROPN  4   nsubj  O  Number=Sing
Jane       Jane       PROPN  4   nsubj  O  Number=Sing
Marsh      Marsh      PROPN  2   flat   O  Number=Sing
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    6   det    O  Definite=Def|PronType=Art
defendant  defendant  NOUN   8   nsubj  O  Number=Sing
had        have       AUX    8   aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
shown      show       VERB   4   ccomp  O  Tense=Past|VerbForm=Part
no         no         DET    10  det    O  PronType=Neg
remorse~   remorse    NOUN   8   obj    O  Number=Sing
.          .          PUNCT  4   punct  O  _
"""


def _speakers(table: str) -> list[tuple[str, str, str]]:
    """(content, entity name, entity type) of each quote."""
    result = analyze(build_document(table))
    entities = {e.id: e for e in result.entities}
    return [(" ".join(p.text_of(result.text) for p in q.parts), entities[q.entity_id].name,
             entities[q.entity_id].type) for q in result.quotes if q.entity_id is not None]


def test_a_surname_cut_at_its_hyphen_by_the_parse_is_one_name() -> None:
    assert _speakers(ADEYEMI_CLARKE) == [("the depot would close in June", "Ruth Adeyemi-Clarke", "person")]


def test_the_place_of_a_titles_of_phrase_is_not_part_of_the_name() -> None:
    # 'Exchequer Rachel Reeves' and 'Dunn' before (the hyphen cut too); now the name alone
    assert _speakers(REEVES_DUNN) == [("the figures were stark", "Rachel Reeves-Dunn", "person")]


def test_a_body_named_x_for_y_keeps_its_whole_name() -> None:
    assert _speakers(TRANSPORT_FOR) == [
        ("buses will run late on Sunday", "Transport for Greater Manchester", "organization")]
    assert _speakers(SPORT_FOR) == [("the grants would be paid in April", "Sport for Scotland", "organization")]


def test_legislators_and_court_titles_stay_out_of_the_name() -> None:
    assert _speakers(LABOUR_MSP) == [("the waiting lists were too long", "Jackie Baillie-Ross", "person")]
    assert _speakers(RECORDER) == [("the defendant had shown no remorse", "Jane Marsh", "person")]

# DETECTIVE INSPECTOR JOHN HARLOW: … ⏎⏎ MS GRANT: … ⏎⏎ HARLOW: …
TURNS = """
DETECTIVE  DETECTIVE  PROPN  2  compound  O  Number=Sing
INSPECTOR  INSPECTOR  PROPN  3  compound  O  Number=Sing
JOHN       John       PROPN  0  root      O  Number=Sing
HARLOW~    HARLOW     PROPN  3  flat      O  Number=Sing
:          :          PUNCT  3  punct     O  _

We         we        PRON   2  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
found      find      VERB   0  root   O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
the        the       DET    4  det    O  Definite=Def|PronType=Art
car        car       NOUN   2  obj    O  Number=Sing
at         at        ADP    6  case   O  _
midnight~  midnight  NOUN   2  obl    O  Number=Sing
.          .         PUNCT  2  punct  O  _

#par
MS       MS     PROPN  2  compound    O  Number=Sing
GRANT~   GRANT  PROPN  6  nsubj:pass  O  Number=Sing
:        :      PUNCT  6  punct       O  _
Was      be     AUX    6  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it     PRON   6  nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
locked~  lock   VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
?        ?      PUNCT  6  punct       O  _

#par
HARLOW~  HARLOW  PROPN  0  root   O  Number=Sing
:        :       PUNCT  1  punct  O  _

It       it    PRON   4  nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be    AUX    4  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not      not   PART   4  advmod      O  Polarity=Neg
locked~  lock  VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
.        .     PUNCT  4  punct       O  _
"""

# "We were lucky," said Tom "The Tank" Harlow-Price.
NICKNAME = """
"~       "       PUNCT  4   punct  O  _
We       we      PRON   4   nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were     be      AUX    4   cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
lucky~   lucky   ADJ    7   ccomp  O  Degree=Pos
,~       ,       PUNCT  4   punct  O  _
"        "       PUNCT  4   punct  O  _
said     say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Tom      Tom     PROPN  7   nsubj  O  Number=Sing
"~       "       PUNCT  11  punct  O  _
The      the     DET    11  det    O  Definite=Def|PronType=Art
Tank~    Tank    PROPN  8   appos  O  Number=Sing
"        "       PUNCT  11  punct  O  _
Harlow~  Harlow  PROPN  11  flat   O  Number=Sing
-~       -       PUNCT  13  punct  O  _
Price~   price   PROPN  11  flat   O  Number=Sing
.        .       PUNCT  7   punct  O  _
"""


def _quotes(table: str) -> list[tuple[str, str, str]]:
    """(content, speaker mention, entity name) of each quote."""
    result = analyze(build_document(table))
    entities = {e.id: e for e in result.entities}
    return [(" | ".join(p.text_of(result.text) for p in q.parts),
             q.speaker.span.text_of(result.text) if q.speaker else "",
             entities[q.entity_id].name if q.entity_id else "") for q in result.quotes]


def test_a_surname_in_capitals_is_the_person_a_transcript_named_in_full() -> None:
    # 'HARLOW' and 'GRANT' were organizations (read as acronyms); HARLOW a second entity
    result = analyze(build_document(TURNS))
    assert _quotes(TURNS) == [("We found the car at midnight.", "DETECTIVE INSPECTOR JOHN HARLOW", "JOHN HARLOW"),
                              ("Was it locked?", "MS GRANT", "GRANT"), ("It was not locked.", "HARLOW", "JOHN HARLOW")]
    assert sorted((e.name, e.type) for e in result.entities) == [("GRANT", "person"), ("JOHN HARLOW", "person")]


def test_a_nickname_inside_the_speakers_name_is_no_part_of_the_quote() -> None:
    # the nickname was the quote's second part ('We were lucky, | The Tank'), its speaker 'Tom'
    assert _quotes(NICKNAME) == [("We were lucky,", 'Tom "The Tank" Harlow-Price', 'Tom "The Tank" Harlow-Price')]

# Supervisor of Elections Wendy Link-Hale said the ballots had been counted twice by hand. ⏎⏎ Link-Hale said
# the count was fair. (The second paragraph written by hand.)
SUPERVISOR = """
Supervisor  Supervisor  PROPN  8   nsubj       O  Number=Sing
of          of          ADP    3   case        O  _
Elections   Elections   PROPN  1   nmod        O  Number=Sing
Wendy       Wendy       PROPN  3   flat        O  Number=Sing
Link~       Link        PROPN  3   flat        O  Number=Sing
-~          -           PUNCT  5   punct       O  _
Hale        Hale        PROPN  3   flat        O  Number=Sing
said        say         VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    10  det         O  Definite=Def|PronType=Art
ballots     ballots     NOUN   13  nsubj:pass  O  Number=Plur
had         have        AUX    13  aux         O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
been        be          AUX    13  aux:pass    O  Tense=Past|VerbForm=Part
counted     count       VERB   8   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
twice       twice       ADV    13  advmod      O  NumForm=Word|NumType=Mult
by          by          ADP    16  case        O  _
hand~       hand        NOUN   13  obl         O  Number=Sing
.           .           PUNCT  8   punct       O  _

#par
Link~  Link  PROPN  4  nsubj  O  Number=Sing
-~     -     PUNCT  3  punct  O  _
Hale   Hale  PROPN  1  flat   O  Number=Sing
said   say   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the    the   DET    6  det    O  Definite=Def|PronType=Art
count  count NOUN   8  nsubj  O  Number=Sing
was    be    AUX    8  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair~  fair  ADJ    4  ccomp  O  Degree=Pos
.      .     PUNCT  4  punct  O  _
"""


def test_a_role_named_by_a_wordnet_person_noun_keeps_its_place_out_of_the_name() -> None:
    # 'Supervisor' is no title of the lexicon, but a person noun in WordNet: the entity was 'Elections
    # Wendy Link-Hale'
    result = analyze(build_document(SUPERVISOR))
    entities = {e.id: e for e in result.entities}
    # (the first quote's mention, 'Supervisor', is which word of the compound speaks: another branch's)
    last = result.quotes[-1]
    assert last.entity_id is not None and entities[last.entity_id].name == "Wendy Link-Hale"


# "The search will resume at dawn," said a spokesperson for Halton Regional Police, Const. Maria
# Delgado-Voss. (The sentence splitter cuts after "Const.")
SPOKESPERSON_CONST = """
"~            "             PUNCT  5   punct     O  _
The           the           DET    3   det       O  Definite=Def|PronType=Art
search        search        NOUN   5   nsubj     O  Number=Sing
will          will          AUX    5   aux       O  VerbForm=Fin
resume        resume        VERB   10  ccomp     O  VerbForm=Inf
at            at            ADP    7   case      O  _
dawn~         dawn          NOUN   5   obl       O  Number=Sing
,~            ,             PUNCT  5   punct     O  _
"             "             PUNCT  5   punct     O  _
said          say           VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a             a             DET    12  det       O  Definite=Ind|PronType=Art
spokesperson  spokesperson  NOUN   10  nsubj     O  Number=Sing
for           for           ADP    16  case      O  _
Halton        Halton        PROPN  16  compound  O  Number=Sing
Regional      Regional      ADJ    16  amod      O  Degree=Pos
Police~       Police        PROPN  12  nmod      O  Number=Sing
,             ,             PUNCT  18  punct     O  _
Const~        Const         PROPN  16  appos     O  Number=Sing
.             .             PUNCT  10  punct     O  _

Maria     Maria    PROPN  0  root   O  Number=Sing
Delgado~  Delgado  PROPN  1  flat   O  Number=Sing
-~        -        PUNCT  4  punct  O  _
Voss~     Voss     PROPN  1  flat   O  Number=Sing
.         .        PUNCT  1  punct  O  _
"""

# The same with the first name "Hunter" (edited by hand), a WordNet person noun opening its sentence
SPOKESPERSON_HUNTER = """
"~            "             PUNCT  5   punct     O  _
The           the           DET    3   det       O  Definite=Def|PronType=Art
search        search        NOUN   5   nsubj     O  Number=Sing
will          will          AUX    5   aux       O  VerbForm=Fin
resume        resume        VERB   10  ccomp     O  VerbForm=Inf
at            at            ADP    7   case      O  _
dawn~         dawn          NOUN   5   obl       O  Number=Sing
,~            ,             PUNCT  5   punct     O  _
"             "             PUNCT  5   punct     O  _
said          say           VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a             a             DET    12  det       O  Definite=Ind|PronType=Art
spokesperson  spokesperson  NOUN   10  nsubj     O  Number=Sing
for           for           ADP    16  case      O  _
Halton        Halton        PROPN  16  compound  O  Number=Sing
Regional      Regional      ADJ    16  amod      O  Degree=Pos
Police~       Police        PROPN  12  nmod      O  Number=Sing
,             ,             PUNCT  18  punct     O  _
Const~        Const         PROPN  16  appos     O  Number=Sing
.             .             PUNCT  10  punct     O  _

Hunter    Hunter   PROPN  0  root   O  Number=Sing
Delgado~  Delgado  PROPN  1  flat   O  Number=Sing
-~        -        PUNCT  4  punct  O  _
Voss~     Voss     PROPN  1  flat   O  Number=Sing
.         .        PUNCT  1  punct  O  _
"""


def test_an_abbreviated_rank_cut_off_by_the_sentence_splitter_goes_to_the_name_after_it() -> None:
    # the role's for-phrase before the comma hid the name: an anonymous 'a spokesperson'
    assert _quotes(SPOKESPERSON_CONST) == [("The search will resume at dawn,", "a spokesperson", "Maria Delgado-Voss")]



def test_a_first_name_that_is_a_person_noun_opening_the_sentence_before_a_hyphened_surname_stays() -> None:
    # 'Hunter' was stripped as a description ('Mathematician Hermann Weyl'), the hyphen's halves
    # counted as two more names, and 'Const' alone was the entity
    assert _quotes(SPOKESPERSON_HUNTER) == [
        ("The search will resume at dawn,", "a spokesperson", "Hunter Delgado-Voss")]
