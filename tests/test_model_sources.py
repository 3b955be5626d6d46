"""The speaker mention of a model reading: its head is a noun of the tagged source, never a verb a
parser found inside it (tester 6). Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from quotetrace.core.attribution.combine import POINTER_CONTENT
from test_passive_listener import _model_quotes, _read

FAMILIAR_AS_A_VERB = """
Two       two       NUM    2   nummod  O  NumForm=Word|NumType=Card
people    people    NOUN   3   nsubj   O  Number=Plur
familiar  familiar  VERB   7   ccomp   O  Degree=Pos
with      with      ADP    6   case    O  _
the       the       DET    6   det     O  Definite=Def|PronType=Art
matter    matter    NOUN   3   obl     O  Number=Sing
said      say       VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
talks     talk      NOUN   10  nsubj   O  Number=Plur
had       have      AUX    10  aux     O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
stalled~  stalled   VERB   7   ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
.         .         PUNCT  7   punct   O  _
"""


def test_a_source_whose_parse_top_is_a_verb_is_headed_by_its_first_noun() -> None:
    # tester 6: 'Two people familiar with the matter' (stanza: 'familiar' a verb) gave a speaker entity
    # with an empty name at 0.90
    source = ["Two", "people", "familiar", "with", "the", "matter"]
    text, quotes = _model_quotes(FAMILIAR_AS_A_VERB, source, ["said"], ["talks", "had", "stalled"])
    assert [_read(text, q) for q in quotes] == [("Two people familiar with the matter", "talks had stalled")]
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.head is not None
    assert text.split()[1] == "people" and speaker.head == 1


CRITICISED_A_PERSON = """
Gordon      Gordon     PROPN  3  nsubj  O  Number=Sing
Hale        Hale       PROPN  1  flat   O  Number=Sing
criticised  criticise  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Irene       Irene      PROPN  3  obj    O  Number=Sing
Watts       Watts      PROPN  3  obj    O  Number=Sing
on          on         ADP    7  case   O  _
Monday~     Monday     PROPN  3  obl    O  Number=Sing
.           .          PUNCT  3  punct  O  _
"""


def test_a_content_that_is_only_the_person_a_report_was_about_is_at_most_half_sure() -> None:
    # tester 6: 'Gordon Hale criticised Irene Watts on Monday.' gave the content 'Irene Watts' at 0.77;
    # PolNeAR marks such contents, so the reading stays, as a pointer
    text, quotes = _model_quotes(CRITICISED_A_PERSON, ["Gordon", "Hale"], ["criticised"], ["Irene", "Watts"])
    assert [_read(text, q) for q in quotes] == [("Gordon Hale", "Irene Watts")]
    assert quotes[0].confidence <= POINTER_CONTENT
