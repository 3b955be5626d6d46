"""A dateline that opens a paragraph ('LONDON: Britain's economy shrank…') is no part of a model content:
the tagger read it into the content at 0.91 for the fourth tester; the rules never do. Table: stanza's
parse (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from test_passive_listener import _model_quotes, _read

LONDON_FIGURES = """
LONDON~   LONDON    PROPN  14  nsubj      O  Number=Sing
:         :         PUNCT  6   punct      O  _
Britain~  Britain   PROPN  5   nmod:poss  O  Number=Sing
's        's        PART   3   case       O  _
economy   economy   NOUN   6   nsubj      O  Number=Sing
shrank    shrank    VERB   14  ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in        in        ADP    10  case       O  _
the       the       DET    10  det        O  Definite=Def|PronType=Art
third     third     ADJ    10  amod       O  Degree=Pos|NumForm=Word|NumType=Ord
quarter~  quarter   NOUN   6   obl        O  Number=Sing
,         ,         PUNCT  6   punct      O  _
official  official  ADJ    13  amod       O  Degree=Pos
figures   figure    NOUN   14  nsubj      O  Number=Plur
showed~   show      VERB   0   root       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
.         .         PUNCT  14  punct      O  _
"""


def test_the_dateline_is_cut_from_the_model_content() -> None:
    text, quotes = _model_quotes(LONDON_FIGURES, ["official", "figures"], ["showed"],
                                 ["LONDON", ":", "Britain's", "economy", "shrank", "in", "the", "third", "quarter"])
    assert [_read(text, q) for q in quotes] == [("official figures", "Britain's economy shrank in the third quarter")]


def test_a_content_that_does_not_open_the_paragraph_is_unchanged() -> None:
    text, quotes = _model_quotes(LONDON_FIGURES, ["official", "figures"], ["showed"],
                                 ["Britain's", "economy", "shrank", "in", "the", "third", "quarter"])
    assert [_read(text, q)[1] for q in quotes] == ["Britain's economy shrank in the third quarter"]
