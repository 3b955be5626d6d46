"""US wire copy's party-and-state labels ("Sen. Patty Murray, D-Wash.,") tell a description's referent:
"the Washington Democrat" was an entity of its own at 0.54 for a new-user tester. Table: stanza's parse
(bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.model import Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers.party_labels import party_label

# Sen. Tom Pike, R-Ohio, said the bill was too expensive.
#
# Sen. Ann Lowe, R-Texas, said the bill did not go far enough.
#
# "We will not vote for it as written," the Ohio Republican said.
TWO_REPUBLICANS = """
Sen~  Sen  PROPN  0  root   O  Number=Sing
.     .    PUNCT  1  punct  O  _

Tom         Tom        PROPN  7   nsubj   O  Number=Sing
Pike~       Pike       PROPN  1   flat    O  Number=Sing
,           ,          PUNCT  4   punct   O  _
R-~         R-         PROPN  1   flat    O  Number=Sing
Ohio~       Ohio       PROPN  4   flat    O  Number=Sing
,           ,          PUNCT  1   punct   O  _
said        say        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the        DET    9   det     O  Definite=Def|PronType=Art
bill        bill       NOUN   12  nsubj   O  Number=Sing
was         be         AUX    12  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
too         too        ADV    12  advmod  O  _
expensive~  expensive  ADJ    7   ccomp   O  Degree=Pos
.           .          PUNCT  7   punct   O  _

#par
Sen~  Sen  PROPN  0  root   O  Number=Sing
.     .    PUNCT  1  punct  O  _

Ann      Ann     PROPN  8   nsubj   O  Number=Sing
Lowe~    Lowe    PROPN  1   flat    O  Number=Sing
,        ,       PUNCT  4   punct   O  _
R~       R       PROPN  1   flat    O  Number=Sing
-~       -       PUNCT  4   punct   O  _
Texas~   Texas   PROPN  4   flat    O  Number=Sing
,        ,       PUNCT  1   punct   O  _
said     say     VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the     DET    10  det     O  Definite=Def|PronType=Art
bill     bill    NOUN   13  nsubj   O  Number=Sing
did      do      AUX    13  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not      not     PART   13  advmod  O  Polarity=Neg
go       go      VERB   8   ccomp   O  VerbForm=Inf
far      far     ADV    13  advmod  O  Degree=Pos
enough~  enough  ADV    13  advmod  O  Degree=Pos
.        .       PUNCT  8   punct   O  _

#par
"~          "           PUNCT  5   punct     O  _
We          we          PRON   5   nsubj     O  Case=Nom|Number=Plur|Person=1|PronType=Prs
will        will        AUX    5   aux       O  VerbForm=Fin
not         not         PART   5   advmod    O  Polarity=Neg
vote        vote        VERB   15  ccomp     O  VerbForm=Inf
for         for         ADP    7   case      O  _
it          it          PRON   5   obl       O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
as          as          SCONJ  9   mark      O  _
written~    write       VERB   5   advcl     O  Tense=Past|VerbForm=Part|Voice=Pass
,~          ,           PUNCT  9   punct     O  _
"           "           PUNCT  9   punct     O  _
the         the         DET    14  det       O  Definite=Def|PronType=Art
Ohio        Ohio        PROPN  14  compound  O  Number=Sing
Republican  Republican  PROPN  15  nsubj     O  Number=Sing
said~       say         VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.           .           PUNCT  15  punct     O  _
"""


@pytest.mark.parametrize(("text", "label"), [
    ("Sen. Jo Hart, D-Wash., said", "Washington Democrat"),
    ("Rep. Jo Hart (R-N.Y.) said", "New York Republican"),
    ("Rep. Jo Hart, R-Ohio, said", "Ohio Republican"),
    ("Sen. Jo Hart, I-VT, said", "Vermont Independent"),
    ("Rep. Jo Hart, D-W.Va., said", "West Virginia Democrat"),
    ("Jo Hart, D-Wolf, said", ""),  # no state
    ("Jo Hart, a Democrat, said", ""),
])
def test_a_party_and_state_label_after_a_name_reads_as_a_description(text: str, label: str) -> None:
    end = text.index(" Hart") + len(" Hart")
    assert party_label(text, Span(text.index("Jo"), end)) == label


def test_a_state_in_the_description_picks_the_legislator_of_that_state() -> None:
    # Ann Lowe is the more recent Republican; the Ohio one is Tom Pike (an entity "the Ohio
    # Republican" of its own at 0.54 before)
    result = analyze(build_document(TWO_REPUBLICANS))
    names = {e.id: e.name for e in result.entities}
    quote = result.quotes[-1]
    assert quote.speaker is not None and quote.speaker.span.text_of(result.text) == "the Ohio Republican"
    assert names.get(quote.entity_id or "") == "Tom Pike"
