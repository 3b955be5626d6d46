"""A lower-case particle that starts a mention is part of the surname: "ten Hag said" after "Erik ten
Hag" is him (was a speaker "ten"), "van Dijk", "de Gaulle" are names with their particle; a particle
that is also an English word ("ten") joins only where the text writes it after a first name too.
Parses as stanza gave them (issue 14, tester 3), and variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Manager Erik ten Hag was pleased. "We were sharp," ten Hag said.
TEN_HAG = """
Manager   Manager  PROPN  6  nsubj:pass  O  Number=Sing
Erik      Erik     PROPN  1  flat        O  Number=Sing
ten       ten      PROPN  1  flat        O  NumForm=Digit|NumType=Card|Number=Sing
Hag       Hag      PROPN  1  flat        O  Number=Sing
was       be       AUX    6  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
pleased~  pleased  VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
.         .        PUNCT  6  punct       O  _

"~      "      PUNCT  4  punct          O  _
We      we     PRON   4  nsubj          O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were    be     AUX    4  cop            O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
sharp~  sharp  ADJ    9  ccomp          O  Degree=Pos
,~      ,      PUNCT  4  punct          O  _
"       "      PUNCT  4  punct          O  _
ten     ten    NUM    9  nsubj          O  NumForm=Digit|NumType=Card
Hag     Hag    PROPN  7  nmod:unmarked  O  Number=Sing
said~   say    VERB   0  root           O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.       .      PUNCT  9  punct          O  _
"""

# Virgil van Dijk was booked. ⏎⏎ "It was a fair call," van Dijk said.
VAN_DIJK = """
Virgil   Virgil  PROPN  5  nsubj:pass  O  Number=Sing
van      van     PROPN  1  flat        O  Number=Sing
Dijk     Dijk    PROPN  1  flat        O  Number=Sing
was      be      AUX    5  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
booked~  book    VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
.        .       PUNCT  5  punct       O  _

#par
"~     "     PUNCT  6   punct  O  _
It     it    PRON   6   nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was    be    AUX    6   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a      a     DET    6   det    O  Definite=Ind|PronType=Art
fair   fair  ADJ    6   amod   O  Degree=Pos
call~  call  NOUN   11  ccomp  O  Number=Sing
,~     ,     PUNCT  6   punct  O  _
"      "     PUNCT  6   punct  O  _
van    van   PROPN  11  nsubj  O  Number=Sing
Dijk   Dijk  PROPN  9   flat   O  Number=Sing
said~  say   VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.      .     PUNCT  11  punct  O  _
"""

# The general spoke at length. ⏎⏎ "France will endure," de Gaulle said.
DE_GAULLE = """
The      the      DET    3  det    O  Definite=Def|PronType=Art
general  general  ADJ    3  amod   O  Degree=Pos
spoke    speak    VERB   0  root   O  Number=Sing|Tense=Past
at       at       ADP    5  case   O  _
length~  length   NOUN   3  nmod   O  Number=Sing
.        .        PUNCT  3  punct  O  _

#par
"~       "       PUNCT  4  punct  O  _
France   France  PROPN  4  nsubj  O  Number=Sing
will     will    AUX    4  aux    O  VerbForm=Fin
endure~  endure  VERB   9  ccomp  O  VerbForm=Inf
,~       ,       PUNCT  4  punct  O  _
"        "       PUNCT  4  punct  O  _
de       de      PROPN  9  nsubj  O  Number=Sing
Gaulle   Gaulle  PROPN  7  flat   O  Number=Sing
said~    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .       PUNCT  9  punct  O  _
"""

# Ten people were hurt. ⏎⏎ "It was chaos," said ten Democrats.
TEN_DEMOCRATS = """
Ten     ten     NUM    2  nummod      O  NumForm=Word|NumType=Card
people  people  NOUN   4  nsubj:pass  O  Number=Plur
were    be      AUX    4  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
hurt~   hurt    VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
.       .       PUNCT  4  punct       O  _

#par
"~          "         PUNCT  4  punct   O  _
It          it        PRON   4  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was         be        AUX    4  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
chaos~      chaos     ADJ    7  ccomp   O  Degree=Pos
,~          ,         PUNCT  4  punct   O  _
"           "         PUNCT  4  punct   O  _
said        say       VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ten         ten       NUM    9  nummod  O  NumForm=Word|NumType=Card
Democrats~  Democrat  PROPN  7  nsubj   O  Number=Plur
.           .         PUNCT  7  punct   O  _
"""


def quotes(table: str) -> list[dict[str, Any]]:
    return analyze(build_document(table)).to_record(trace=True)["quotes"]


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "name", "mention"), [
    (TEN_HAG, "Erik ten Hag", "ten Hag"),
    (swap(TEN_HAG, {"Erik": "Jan", "Hag": "Brink"}), "Jan ten Brink", "ten Brink"),
    (swap(TEN_HAG, {"ten": "ter", "Hag": "Horst"}), "Erik ter Horst", "ter Horst"),
    (VAN_DIJK, "Virgil van Dijk", "van Dijk"),
    (swap(VAN_DIJK, {"Virgil": "Ursula", "van": "von", "Dijk": "Leyen"}), "Ursula von Leyen", "von Leyen"),
    (DE_GAULLE, "de Gaulle", "de Gaulle"),
    (swap(DE_GAULLE, {"de": "da", "Gaulle": "Silva"}), "da Silva", "da Silva"),
])
def test_a_particle_opening_a_mention_is_part_of_the_surname(table: str, name: str, mention: str) -> None:
    quote = quotes(table)[-1]
    assert quote["speaker"]["name"] == name
    assert quote["speaker"]["text"] == mention
    assert quote["confidence"] >= 0.7


def test_an_english_word_particle_needs_a_first_name_before_it_elsewhere() -> None:
    (quote,) = quotes(TEN_DEMOCRATS)
    assert quote["speaker"]["name"] == "Democrats"


# Lucia della Rovere said on Tuesday she would not surrender. (as the bundled models parse it)
DELLA_ROVERE = """
Lucia       Lucia      PROPN  4   nsubj   O  Number=Sing
della       della      PROPN  1   flat    O  Number=Sing
Rovere      Rovere     PROPN  1   flat    O  Number=Sing
said        say        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on          on         ADP    6   case    O  _
Tuesday     Tuesday    PROPN  4   obl     O  Number=Sing
she         she        PRON   10  nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
would       would      AUX    10  aux     O  VerbForm=Fin
not         not        PART   10  advmod  O  Polarity=Neg
surrender~  surrender  VERB   4   ccomp   O  VerbForm=Inf
.           .          PUNCT  4   punct   O  _
"""


@pytest.mark.parametrize(("first", "particle", "surname"), [
    ("Lucia", "della", "Rovere"), ("Maria", "dela", "Cruz"), ("Juan", "delos", "Santos"),
    ("Siti", "binti", "Hassan"), ("Ronald", "dela", "Rosa"),
])
def test_a_particle_of_more_than_three_letters_is_no_role_before_the_name(first: str, particle: str,
                                                                         surname: str) -> None:
    # a lower-case word inside a name run reads as a role ('spokesperson Dmitry Peskov'), which made
    # 'Maria dela Cruz' the person 'Cruz' described as 'Maria dela' (tester 10: 'Ronald'/'Rosa')
    (quote,) = quotes(swap(DELLA_ROVERE, {"Lucia": first, "della": particle, "Rovere": surname}))
    assert quote["speaker"]["name"] == f"{first} {particle} {surname}"
    assert quote["speaker"]["text"] == f"{first} {particle} {surname}"
