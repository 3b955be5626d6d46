"""A nationality noun ("the 24-year-old Spaniard", "the Briton", "the Dutchwoman") is a description,
never a named entity of its own at high confidence: it links to the one person named with that
nationality, or stays a description below 0.7. Parses as stanza gave them (issue 14, tester 3), and
variants."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Luis Ortega scored the winner. ⏎⏎ "I just hit it and hoped," said the 24-year-old Spaniard. "When it
# went in, I could not believe it."
SPANIARD = """
Luis     Luis    PROPN  3  nsubj  O  Number=Sing
Ortega   Ortega  PROPN  1  flat   O  Number=Sing
scored   score   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    5  det    O  Definite=Def|PronType=Art
winner~  winner  NOUN   3  obj    O  Number=Sing
.        .       PUNCT  3  punct  O  _

#par
"~         "         PUNCT  4   punct     O  _
I          I         PRON   4   nsubj     O  Case=Nom|Number=Sing|Person=1|PronType=Prs
just       just      ADV    4   advmod    O  _
hit        hit       VERB   10  ccomp     O  Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin
it         it        PRON   4   obj       O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
and        and       CCONJ  7   cc        O  _
hoped~     hope      VERB   4   conj      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,~         ,         PUNCT  4   punct     O  _
"          "         PUNCT  4   punct     O  _
said       say       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    17  det       O  Definite=Def|PronType=Art
24~        24        NUM    16  compound  O  NumForm=Digit|NumType=Card
-~         -         PUNCT  12  punct     O  _
year~      year      NOUN   16  compound  O  Number=Sing
-~         -         PUNCT  14  punct     O  _
old        old       ADJ    17  amod      O  Degree=Pos
Spaniard~  Spaniard  PROPN  10  nsubj     O  Number=Sing
.          .         PUNCT  10  punct     O  _

"~       "        PUNCT  10  punct         O  _
When     when     ADV    4   advmod        O  PronType=Int
it       it       PRON   4   nsubj         O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
went     go       VERB   10  advcl         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in~      in       ADP    4   compound:prt  O  _
,        ,        PUNCT  4   punct         O  _
I        I        PRON   10  nsubj         O  Case=Nom|Number=Sing|Person=1|PronType=Prs
could    could    AUX    10  aux           O  VerbForm=Fin
not      not      PART   10  advmod        O  Polarity=Neg
believe  believe  VERB   0   root          O  VerbForm=Inf
it~      it       PRON   10  obj           O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.~       .        PUNCT  10  punct         O  _
"        "        PUNCT  10  punct         O  _
"""

# Ines Roca won the final. ⏎⏎ "It was a dream," said the 31-year-old Briton.
BRITON = """
Ines    Ines   PROPN  3  nsubj  O  Number=Sing
Roca    Roca   PROPN  1  flat   O  Number=Sing
won     win    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5  det    O  Definite=Def|PronType=Art
final~  final  NOUN   3  obj    O  Number=Sing
.       .      PUNCT  3  punct  O  _

#par
"~       "       PUNCT  5   punct     O  _
It       it      PRON   5   nsubj     O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    5   cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a        a       DET    5   det       O  Definite=Ind|PronType=Art
dream~   dream   NOUN   8   ccomp     O  Number=Sing
,~       ,       PUNCT  5   punct     O  _
"        "       PUNCT  5   punct     O  _
said     say     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    15  det       O  Definite=Def|PronType=Art
31~      31      NUM    12  nummod    O  NumForm=Digit|NumType=Card
-~       -       PUNCT  10  punct     O  _
year~    year    NOUN   14  compound  O  Number=Sing
-~       -       PUNCT  12  punct     O  _
old      old     ADJ    15  amod      O  Degree=Pos
Briton~  Briton  PROPN  8   nsubj     O  Number=Sing
.        .       PUNCT  8   punct     O  _
"""

# Spanish striker Pablo Soto scored twice. ⏎⏎ "We deserved it," said the Spaniard.
NAMED_SPANISH = """
Spanish  Spanish  ADJ    2  amod    O  Degree=Pos
striker  striker  NOUN   5  nsubj   O  Number=Sing
Pablo    Pablo    PROPN  2  flat    O  Number=Sing
Soto     Soto     PROPN  3  flat    O  Number=Sing
scored   score    VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
twice~   twice    ADV    5  advmod  O  NumForm=Word|NumType=Mult
.        .        PUNCT  5  punct   O  _

#par
"~         "         PUNCT  3  punct  O  _
We         we        PRON   3  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
deserved   deserved  VERB   7  ccomp  O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
it~        it        PRON   3  obj    O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
,~         ,         PUNCT  3  punct  O  _
"          "         PUNCT  3  punct  O  _
said       say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    9  det    O  Definite=Def|PronType=Art
Spaniard~  Spaniard  PROPN  7  nsubj  O  Number=Sing
.          .         PUNCT  7  punct  O  _
"""

# Dutch captain Anouk Smit led the side. ⏎⏎ "We were ready," the Dutchwoman said.
NAMED_DUTCH = """
Dutch    Dutch    ADJ    2  amod   O  Degree=Pos
captain  captain  NOUN   5  nsubj  O  Number=Sing
Anouk    Anouk    PROPN  2  flat   O  Number=Sing
Smit     Smit     PROPN  3  flat   O  Number=Sing
led      lead     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    7  det    O  Definite=Def|PronType=Art
side~    side     NOUN   5  obj    O  Number=Sing
.        .        PUNCT  5  punct  O  _

#par
"~          "           PUNCT  4  punct  O  _
We          we          PRON   4  nsubj  O  Case=Nom|Number=Plur|Person=1|PronType=Prs
were        be          AUX    4  cop    O  Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
ready~      ready       ADJ    9  ccomp  O  Degree=Pos
,~          ,           PUNCT  4  punct  O  _
"           "           PUNCT  4  punct  O  _
the         the         DET    8  det    O  Definite=Def|PronType=Art
Dutchwoman  Dutchwoman  PROPN  9  nsubj  O  Number=Sing
said~       say         VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.           .           PUNCT  9  punct  O  _
"""


def quotes(table: str) -> list[dict[str, Any]]:
    return analyze(build_document(table)).to_record(trace=True)["quotes"]


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "noun"), [
    (SPANIARD, "Spaniard"),
    (BRITON, "Briton"),
    (swap(BRITON, {"Briton~": "Frenchman~", "Briton": "Frenchman"}), "Frenchman"),
    (swap(SPANIARD, {"Spaniard~": "Swede~", "Spaniard": "Swede"}), "Swede"),
])
def test_a_nationality_noun_is_no_name_of_its_own(table: str, noun: str) -> None:
    quote = quotes(table)[0]
    assert quote["speaker"]["name"] != noun
    assert quote["confidence"] < 0.7


@pytest.mark.parametrize(("table", "speaker"), [
    (NAMED_SPANISH, "Pablo Soto"),
    (NAMED_DUTCH, "Anouk Smit"),
    (swap(NAMED_DUTCH, {"Dutch": "Irish", "Dutchwoman": "Irishwoman"}), "Anouk Smit"),
])
def test_a_nationality_noun_links_to_the_person_named_with_it(table: str, speaker: str) -> None:
    (quote,) = quotes(table)
    assert quote["speaker"]["name"] == speaker
    assert quote["confidence"] >= 0.7


# Andy Murray lost to Novak Djokovic in four sets. The Serb said Murray had played brilliantly. (tester 9:
# an entity named "Serb" at 0.965)
SERB = """
Andy      Andy      PROPN  3  nsubj   O  Number=Sing
Murray    Murray    PROPN  1  flat    O  Number=Sing
lost      lose      VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
to        to        ADP    5  case    O  _
Novak     Novak     PROPN  3  obl     O  Number=Sing
Djokovic  Djokovic  PROPN  5  flat    O  Number=Sing
in        in        ADP    9  case    O  _
four      four      NUM    9  nummod  O  NumForm=Word|NumType=Card
sets~     set       NOUN   3  obl     O  Number=Plur
.         .         PUNCT  3  punct   O  _

The           the          DET    2  det     O  Definite=Def|PronType=Art
Serb          Serb         PROPN  3  nsubj   O  Number=Sing
said          say          VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Murray        Murray       PROPN  6  nsubj   O  Number=Sing
had           have         AUX    6  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
played        play         VERB   3  ccomp   O  Tense=Past|VerbForm=Part
brilliantly~  brilliantly  ADV    6  advmod  O  _
.             .            PUNCT  3  punct   O  _
"""


@pytest.mark.parametrize("noun", ["Serb", "Scot", "Croat", "Ghanaian", "Aussie"])
def test_a_demonym_noun_after_the_is_a_description(noun: str) -> None:
    quote = quotes(swap(SERB, {"Serb": noun}))[0]
    assert quote["speaker"]["text"] == f"The {noun}"
    assert quote["speaker"]["name"] != noun
    assert quote["trace"][-1].startswith("speaker:description")
    assert quote["confidence"] < 0.7


@pytest.mark.parametrize("word", ["Geordie", "Catalan"])
def test_a_word_only_written_after_the_that_no_list_knows_is_no_confident_name(word: str) -> None:
    quote = quotes(swap(SERB, {"Serb": word}))[0]
    assert "definite-word≤0.6" in quote["trace"][-1]
    assert quote["confidence"] < 0.7


def test_a_plural_after_the_is_no_such_word() -> None:
    # 'The Iranians said': a group's name, as PolNeAR's speakers have it (0.766 there)
    table = SERB.replace("Serb          Serb         PROPN  3  nsubj   O  Number=Sing",
                         "Iranians      Iranian      PROPN  3  nsubj   O  Number=Plur")
    assert "Iranians" in table
    quote = quotes(table)[0]
    assert quote["speaker"]["name"] == "Iranians"
    assert "definite-word" not in quote["trace"][-1]
