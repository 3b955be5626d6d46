"""Speech verbs outside political news (issue 14, kind 5): the cue lexicon's rows from WordNet, UD and
by hand make `"…," X whispered.` a quote of X, on hand-built parses (no model)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# (form, lemma): verbs PolNeAR never annotated; each fails without the lexicon's new rows.
VERBS = [
    ("whispered", "whisper"), ("muttered", "mutter"), ("grumbled", "grumble"), ("sighed", "sigh"),
    ("snapped", "snap"), ("stammered", "stammer"), ("stuttered", "stutter"), ("murmured", "murmur"),
    ("screamed", "scream"), ("whimpered", "whimper"), ("gasped", "gasp"), ("mumbled", "mumble"),
]


def quote_then_name_cue(form: str, lemma: str) -> str:
    return f"""
"~       "       PUNCT 5 punct
Keep    keep    VERB  9 ccomp
the     the     DET   4 det
lights  light   NOUN  2 obj
off~    off     ADP   2 compound:prt
,~      ,       PUNCT 2 punct
"       "       PUNCT 2 punct
Mirela  Mirela  PROPN 9 nsubj
Obst    Obst    PROPN 8 flat
{form}~ {lemma} VERB  0 root
.       .       PUNCT 9 punct
"""


def quote_then_cue_name(form: str, lemma: str) -> str:
    return f"""
"~       "       PUNCT 4 punct
This    this    DET   2 det
coffee  coffee  NOUN  4 nsubj
is      be      AUX   4 cop
cold~   cold    ADJ   8 ccomp
,~      ,       PUNCT 4 punct
"       "       PUNCT 4 punct
{form}  {lemma} VERB  0 root
Petra   Petra   PROPN 8 nsubj
Lund~   Lund    PROPN 9 flat
.       .       PUNCT 8 punct
"""


@pytest.mark.parametrize(("form", "lemma"), VERBS)
def test_quote_then_speaker_and_manner_of_speaking(form: str, lemma: str) -> None:
    doc = build_document(quote_then_name_cue(form, lemma))
    quotes = analyze(doc).to_record()["quotes"]
    assert [(q["kind"], q["text"], q["cue"]["text"], q["speaker"]["name"]) for q in quotes] == [
        ("direct", "Keep the lights off,", form, "Mirela Obst")
    ]


@pytest.mark.parametrize(("form", "lemma"), VERBS[:6])
def test_inverted_manner_of_speaking(form: str, lemma: str) -> None:
    doc = build_document(quote_then_cue_name(form, lemma))
    quotes = analyze(doc).to_record()["quotes"]
    assert [(q["kind"], q["text"], q["cue"]["text"], q["speaker"]["name"]) for q in quotes] == [
        ("direct", "This coffee is cold,", form, "Petra Lund")
    ]


WHISPERED_THAT = """
Mirela    Mirela   PROPN 3 nsubj
Obst      Obst     PROPN 1 flat
whispered whisper  VERB  0 root
that      that     SCONJ 7 mark
the       the      DET   6 det
bus       bus      NOUN  7 nsubj
had       have     AUX   7 aux
left~     leave    VERB  3 ccomp
.         .        PUNCT 3 punct
"""

WHISPERED_OBJECT = """
Mirela    Mirela   PROPN 3 nsubj
Obst      Obst     PROPN 1 flat
whispered whisper  VERB  0 root
the       the      DET   5 det
answer    answer   NOUN  3 obj
to        to       ADP   8 case
her       her      PRON  8 nmod:poss
neighbour~ neighbour NOUN 3 obl
.         .        PUNCT 3 punct
"""


def test_manner_of_speaking_with_a_clause_is_reported_speech() -> None:
    quotes = analyze(build_document(WHISPERED_THAT)).to_record()["quotes"]
    assert [(q["kind"], q["text"], q["speaker"]["name"]) for q in quotes] == [
        ("indirect", "that the bus had left", "Mirela Obst")
    ]


def test_object_of_a_listed_verb_is_not_a_report() -> None:
    # The new rows have no PolNeAR rate, so the object reading (`criticized the deal`) stays off.
    assert analyze(build_document(WHISPERED_OBJECT)).to_record()["quotes"] == []
