"""A cue verb in the passive with a subject of its own: the subject is the one charged, accused or
criticised, never the speaker (tester 5: 'Darren Moss was charged with dangerous driving' gave Moss as
the speaker of 'dangerous driving' at 0.73). The model's reading keeps no speaker unless a by-phrase
names one. Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from quotetrace.core.attribution.combine import UNNAMED_TELLER
from test_passive_listener import _model_quotes, _read

CHARGED = """
Darren     Darren     PROPN  4  nsubj:pass  O  Number=Sing
Moss       Moss       PROPN  1  flat        O  Number=Sing
was        be         AUX    4  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
charged    charge     VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
with       with       ADP    7  case        O  _
dangerous  dangerous  ADJ    7  amod        O  Degree=Pos
driving~   driving    NOUN   4  obl         O  Number=Sing
.          .          PUNCT  4  punct       O  _
"""

ACCUSED = """
The      the     DET    2  det         O  Definite=Def|PronType=Art
mayor    mayor   NOUN   4  nsubj:pass  O  Number=Sing
was      be      AUX    4  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
accused  accuse  VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
of       of      SCONJ  6  mark        O  _
lying    lie     VERB   4  advcl       O  Tense=Pres|VerbForm=Part
about    about   ADP    9  case        O  _
the      the     DET    9  det         O  Definite=Def|PronType=Art
budget~  budget  NOUN   6  obl         O  Number=Sing
.        .       PUNCT  4  punct       O  _
"""


def test_the_subject_of_a_passive_cue_is_not_its_speaker() -> None:
    for table, source, cue, content in (
            (CHARGED, ["Darren", "Moss"], ["was", "charged", "with"], ["dangerous", "driving"]),
            (ACCUSED, ["The", "mayor"], ["was", "accused", "of"], ["lying", "about", "the", "budget"])):
        text, quotes = _model_quotes(table, source, cue, content)
        assert [_read(text, q) for q in quotes] == [(None, " ".join(content))]
        assert all(q.confidence <= UNNAMED_TELLER for q in quotes)
        assert all("model:passive-listener" in q.trace for q in quotes)


CONCERNED = """
Some       some      DET    2  det         O  PronType=Ind
Democrats  Democrat  PROPN  4  nsubj:pass  O  Number=Plur
were       be        AUX    4  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
concerned  concern   VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
that       that      SCONJ  9  mark        O  _
the        the       DET    7  det         O  Definite=Def|PronType=Art
tactics    tactic    NOUN   9  nsubj       O  Number=Plur
would      would     AUX    9  aux         O  VerbForm=Fin
hurt       hurt      VERB   4  ccomp       O  VerbForm=Inf
unity~     unity     NOUN   9  obj         O  Number=Sing
.          .         PUNCT  4  punct       O  _
"""


def test_the_subject_of_another_passive_stays_the_source_as_polnear_marks_it() -> None:
    # 'were concerned that…', 'were polled on…': the one concerned holds the belief (every passive
    # reattributed cost 0.2-0.4 end-to-end F1 on PolNeAR dev and train[:80])
    text, quotes = _model_quotes(CONCERNED, ["Some", "Democrats"], ["were", "concerned"],
                                 ["that", "the", "tactics", "would", "hurt", "unity"])
    assert [_read(text, q) for q in quotes] == [("Some Democrats", "that the tactics would hurt unity")]



CRITICISED_BY = """
Jon         John       PROPN  4   nsubj:pass  O  Number=Sing
Ray         Ray        PROPN  1   flat        O  Number=Sing
was         be         AUX    4   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
criticised  criticise  VERB   0   root        O  Tense=Past|VerbForm=Part|Voice=Pass
by          by         ADP    7   case        O  _
Eva         Eva        PROPN  7   compound    O  Number=Sing
Stone       Stone      PROPN  4   obl:agent   O  Number=Sing
for         for        SCONJ  9   mark        O  _
saying      say        VERB   4   advcl       O  Tense=Pres|VerbForm=Part
the         the        DET    11  det         O  Definite=Def|PronType=Art
vaccine     vaccine    NOUN   13  nsubj       O  Number=Sing
was         be         AUX    13  cop         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
dangerous~  dangerous  ADJ    4   conj        O  Degree=Pos
.           .          PUNCT  4   punct       O  _
"""


def test_a_content_that_ends_inside_the_by_phrase_is_dropped_not_an_error() -> None:
    # tester 6: the default mode failed ('bad span 35..29') on 3 % of an archive's documents: a content
    # tagged 'Eva' or 'by Eva' ends inside the by-phrase 'by Eva Stone' it is cut after
    for content in (["Eva"], ["by", "Eva"], ["by", "Eva", "Stone"]):
        assert _model_quotes(CRITICISED_BY, ["Jon", "Ray"], ["was", "criticised"], content)[1] == []
    text, quotes = _model_quotes(CRITICISED_BY, ["Jon", "Ray"], ["was", "criticised"],
                                 ["Eva", "Stone", "for", "saying", "the", "vaccine", "was", "dangerous"])
    assert [_read(text, q) for q in quotes] == [("Eva Stone", "for saying the vaccine was dangerous")]

