"""A bare description no one holds ("the striker") after a named person whose role the text never gave
is that person, below 0.7 ('Benali, 33, said … "…," the forward told Sky Sports' was an entity "the
forward" of its own for a new-user tester); never someone given another role. Tables: stanza's parses
(bundled model 0.4.0, `quotetrace debug-parse`). And an abbreviated role ("the COO") is the person
described with the words it stands for ("chief operating officer")."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Celtic signed Tomas Varga on Monday.
#
# Varga, 24, said he was delighted to join the club.
#
# "I have wanted to play here since I was a boy," the striker told the club website.
STRIKER = """
Celtic   Celtic  PROPN  2  nsubj  O  Number=Sing
signed   sign    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Tomas    Tomas   PROPN  2  obj    O  Number=Sing
Varga    Varga   PROPN  3  flat   O  Number=Sing
on       on      ADP    6  case   O  _
Monday~  Monday  PROPN  2  obl    O  Number=Sing
.        .       PUNCT  2  punct  O  _

#par
Varga~     Varga      PROPN  5   nsubj      O  Number=Sing
,          ,          PUNCT  3   punct      O  _
24~        24         NUM    5   discourse  O  NumForm=Digit|NumType=Card
,          ,          PUNCT  3   punct      O  _
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he         he         PRON   8   nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was        be         AUX    8   cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
delighted  delighted  ADJ    5   ccomp      O  Degree=Pos|Tense=Past|VerbForm=Part|Voice=Pass
to         to         PART   10  mark       O  _
join       join       VERB   8   xcomp      O  VerbForm=Inf
the        the        DET    12  det        O  Definite=Def|PronType=Art
club~      club       NOUN   10  obj        O  Number=Sing
.          .          PUNCT  5   punct      O  _

#par
"~        "        PUNCT  4   punct     O  _
I         I        PRON   4   nsubj     O  Case=Nom|Number=Sing|Person=1|PronType=Prs
have      have     AUX    4   aux       O  Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin
wanted    want     VERB   17  advcl     O  Tense=Past|VerbForm=Part
to        to       PART   6   mark      O  _
play      play     VERB   4   xcomp     O  VerbForm=Inf
here      here     ADV    6   advmod    O  PronType=Dem
since     since    SCONJ  12  mark      O  _
I         I        PRON   12  nsubj     O  Case=Nom|Number=Sing|Person=1|PronType=Prs
was       be       AUX    12  cop       O  Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin
a         a        DET    12  det       O  Definite=Ind|PronType=Art
boy~      boy      NOUN   6   advcl     O  Number=Sing
,~        ,        PUNCT  12  punct     O  _
"         "        PUNCT  12  punct     O  _
the       the      DET    16  det       O  Definite=Def|PronType=Art
striker   striker  NOUN   17  nsubj     O  Number=Sing
told      tell     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    20  det       O  Definite=Def|PronType=Art
club      club     NOUN   20  compound  O  Number=Sing
website~  website  NOUN   17  obj       O  Number=Sing
.         .        PUNCT  4   punct     O  _
"""

# Opposition Leader Peter Dutton said the budget was a fraud.
#
# "The deficit is smaller than forecast," the treasurer said.
TREASURER = """
Opposition  Opposition  ADJ    3   amod   O  Degree=Pos
Leader      Leader      PROPN  5   nsubj  O  Number=Sing
Peter       Peter       PROPN  5   nsubj  O  Number=Sing
Dutton      Dutton      PROPN  3   flat   O  Number=Sing
said        say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    7   det    O  Definite=Def|PronType=Art
budget      budget      NOUN   10  nsubj  O  Number=Sing
was         be          AUX    10  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a           DET    10  det    O  Definite=Ind|PronType=Art
fraud~      fraud       NOUN   5   ccomp  O  Number=Sing
.           .           PUNCT  5   punct  O  _

#par
"~         "          PUNCT  5   punct  O  _
The        the        DET    3   det    O  Definite=Def|PronType=Art
deficit    deficit    NOUN   5   nsubj  O  Number=Sing
is         be         AUX    5   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
smaller    small      ADJ    12  ccomp  O  Degree=Cmp
than       than       ADP    7   case   O  _
forecast~  forecast   NOUN   5   obl    O  Number=Sing
,~         ,          PUNCT  5   punct  O  _
"          "          PUNCT  5   punct  O  _
the        the        DET    11  det    O  Definite=Def|PronType=Art
treasurer  treasurer  NOUN   12  nsubj  O  Number=Sing
said~      say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .          PUNCT  12  punct  O  _
"""

# Halden Mining's chief operating officer, Rui Costa, told analysts the mine would reopen in May.
#
# The COO added that the company had hired 200 workers.
COO = """
Halden     Halden     PROPN  6   nmod:poss  O  Number=Sing
Mining~    Mining     PROPN  1   flat       O  Number=Sing
's         's         PART   2   case       O  _
chief      chief      ADJ    6   amod       O  Degree=Pos
operating  operating  NOUN   6   compound   O  Number=Sing
officer~   officer    NOUN   11  nsubj      O  Number=Sing
,          ,          PUNCT  8   punct      O  _
Rui        Rui        PROPN  6   appos      O  Number=Sing
Costa~     Costa      PROPN  8   flat       O  Number=Sing
,          ,          PUNCT  6   punct      O  _
told       tell       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
analysts   analyst    NOUN   11  iobj       O  Number=Plur
the        the        DET    14  det        O  Definite=Def|PronType=Art
mine       mine       NOUN   16  nsubj      O  Number=Sing
would      would      AUX    16  aux        O  VerbForm=Fin
reopen     reopen     VERB   11  ccomp      O  VerbForm=Inf
in         in         ADP    18  case       O  _
May~       May        PROPN  16  obl        O  Number=Sing
.          .          PUNCT  11  punct      O  _

#par
The       the      DET    2   det     O  Definite=Def|PronType=Art
COO       COO      PROPN  3   nsubj   O  Number=Sing
added     add      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that      that     SCONJ  8   mark    O  _
the       the      DET    6   det     O  Definite=Def|PronType=Art
company   company  NOUN   8   nsubj   O  Number=Sing
had       have     AUX    8   aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
hired     hire     VERB   3   ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
200       200      NUM    10  nummod  O  NumForm=Digit|NumType=Card
workers~  worker   NOUN   8   obj     O  Number=Plur
.         .        PUNCT  3   punct   O  _
"""


def _last(table: str) -> tuple[str | None, str | None, float]:
    result = analyze(build_document(table))
    quote = result.quotes[-1]
    names = {e.id: e.name for e in result.entities}
    mention = quote.speaker.span.text_of(result.text) if quote.speaker is not None else None
    return mention, names.get(quote.entity_id) if quote.entity_id else None, quote.confidence


def test_a_bare_description_is_the_last_speaker_of_no_known_role() -> None:
    # was an entity "the striker" of its own at 0.54
    mention, name, confidence = _last(STRIKER)
    assert (mention, name) == ("the striker", "Tomas Varga")
    assert confidence < 0.7


def test_a_bare_description_is_never_a_speaker_given_another_role() -> None:
    assert _last(TREASURER)[:2] == ("the treasurer", "the treasurer")


def test_an_abbreviated_role_is_the_person_described_with_its_words() -> None:
    # was an entity "The COO" of its own at 0.54, then a role-class link below 0.7; the initials now stand
    # for the role Rui Costa was described with in full ("chief operating officer"): the same role
    mention, name, confidence = _last(COO)
    assert (mention, name) == ("The COO", "Rui Costa")
    assert confidence == _last(COO.replace("COO       COO", "officer   officer"))[2]
