"""An infinitive after a verb that reports none is no report in the model's reading either, also when a
parser makes it an adverbial clause ('voted 7-2 on Tuesday night to build a flood wall': `build` an advcl
of `voted`, 'to' its mark; the tagger read it as a vote's content, on our own harbour sample). After a
verb of commitment (`infinitive-cues`: promise) it stays a report. Tables: stanza's parses (bundled
model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from test_passive_listener import _model_quotes, _read

VOTED_TO_BUILD = """
The       the      DET    3   det       O  Definite=Def|PronType=Art
harbour   harbour  NOUN   3   compound  O  Number=Sing
council   council  NOUN   4   nsubj     O  Number=Sing
voted     vote     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
7~        7        NUM    7   compound  O  NumForm=Digit|NumType=Card
-~        -        PUNCT  7   punct     O  _
2         2        NUM    4   obj       O  NumForm=Digit|NumType=Card
on        on       ADP    10  case      O  _
Tuesday   Tuesday  PROPN  10  compound  O  Number=Sing
night     night    NOUN   4   obl       O  Number=Sing
to        to       PART   12  mark      O  _
build     build    VERB   4   advcl     O  VerbForm=Inf
a         a        DET    15  det       O  Definite=Ind|PronType=Art
flood     flood    NOUN   15  compound  O  Number=Sing
wall      wall     NOUN   12  obj       O  Number=Sing
along     along    ADP    19  case      O  _
the       the      DET    19  det       O  Definite=Def|PronType=Art
old       old      ADJ    19  amod      O  Degree=Pos
harbour~  harbour  NOUN   12  obl       O  Number=Sing
.         .        PUNCT  4   punct     O  _
"""

VOTED_TO_CLOSE = """
The     the     DET    2  det    O  Definite=Def|PronType=Art
board   board   NOUN   3  nsubj  O  Number=Sing
voted   vote    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on      on      ADP    5  case   O  _
Monday  Monday  PROPN  3  obl    O  Number=Sing
to      to      PART   7  mark   O  _
close   close   VERB   3  advcl  O  VerbForm=Inf
the     the     DET    9  det    O  Definite=Def|PronType=Art
plant~  plant   NOUN   7  obj    O  Number=Sing
.       .       PUNCT  3  punct  O  _
"""

PROMISED_TO_CLOSE = """
She       she      PRON   2  nsubj  O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
promised  promise  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
on        on       ADP    4  case   O  _
Monday    Monday   PROPN  2  obl    O  Number=Sing
to        to       PART   6  mark   O  _
close     close    VERB   2  advcl  O  VerbForm=Inf
the       the      DET    8  det    O  Definite=Def|PronType=Art
plant~    plant    NOUN   6  obj    O  Number=Sing
.         .        PUNCT  2  punct  O  _
"""


def test_an_infinitive_the_parser_made_adverbial_after_a_vote_is_no_report() -> None:
    assert _model_quotes(VOTED_TO_BUILD, ["The", "harbour", "council"], ["voted"],
                         ["7-2", "on", "Tuesday", "night", "to", "build", "a", "flood", "wall"])[1] == []
    assert _model_quotes(VOTED_TO_CLOSE, ["The", "board"], ["voted"], ["to", "close", "the", "plant"])[1] == []


def test_after_a_verb_of_commitment_the_infinitive_stays_a_report() -> None:
    text, quotes = _model_quotes(PROMISED_TO_CLOSE, ["She"], ["promised"], ["to", "close", "the", "plant"])
    assert [_read(text, q) for q in quotes] == [("She", "to close the plant")]
