"""A participle's clause between a speaker and the cue ('striker Ben Ade, replying to a question from
coach Tim Oyo, said he was fit'): the parse gives the cue no subject, and the name before the aside is
the speaker, not the name inside it (issue 14). Parse as stanza (the bundled models) gave it, and
variants."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Speaking after the match, striker Ben Ade, replying to a question from coach Tim Oyo, said he was fit.
ADE = """
Speaking  speak     VERB   19  advcl  O  Tense=Pres|VerbForm=Part
after     after     ADP    4   case   O  _
the       the       DET    4   det    O  Definite=Def|PronType=Art
match~    match     NOUN   1   obl    O  Number=Sing
,         ,         PUNCT  1   punct  O  _
striker   striker   NOUN   1   conj   O  Number=Sing
Ben       Ben       PROPN  6   flat   O  Number=Sing
Ade~      Ade       PROPN  7   flat   O  Number=Sing
,         ,         PUNCT  10  punct  O  _
replying  replying  VERB   19  advcl  O  Tense=Pres|VerbForm=Part
to        to        ADP    13  case   O  _
a         a         DET    13  det    O  Definite=Ind|PronType=Art
question  question  NOUN   10  obl    O  Number=Sing
from      from      ADP    15  case   O  _
coach     coach     NOUN   13  nmod   O  Number=Sing
Tim       Tim       PROPN  15  flat   O  Number=Sing
Oyo~      Oyo       PROPN  16  flat   O  Number=Sing
,         ,         PUNCT  1   punct  O  _
said      say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he        he        PRON   22  nsubj  O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
was       be        AUX    22  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fit~      fit       ADJ    19  ccomp  O  Degree=Pos
.         .         PUNCT  19  punct  O  _
"""


def swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(cell, cell) for cell in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "speaker"), [
    (ADE, "Ben Ade"),
    # another participle, another cue
    (swap(ADE, {"replying": "responding", "said": "insisted", "say": "insist"}), "Ben Ade"),
    # other names: the one inside the aside is never the speaker
    (swap(ADE, {"Ben": "Mia", "Ade~": "Hart~", "Ade": "Hart", "Tim": "Joe", "Oyo~": "Kerr~", "Oyo": "Kerr"}),
     "Mia Hart"),
])
def test_the_name_before_a_participle_aside_speaks(table: str, speaker: str) -> None:
    [quote] = analyze(build_document(table)).to_record(trace=True)["quotes"]
    assert quote["text"] == "he was fit"
    assert quote["speaker"]["name"] == speaker
