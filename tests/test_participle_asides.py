"""A participle aside is not the reporting clause (issue 14, A5): in 'Prime Minister Anna Holm,
responding to opposition leader Erik Lund, said the economy was growing.' the main verb reports, and
the one the aside answers or addresses ('to Erik Lund', 'to a question from coach Tim Oyo') is neither
the speaker nor the content. Tables are stanza's parses of those sentences, the verb varied."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# the name in apposition to the addressee's role
HOLM = """
Prime       Prime       PROPN  2   compound  O
Minister    Minister    PROPN  13  nsubj     O
Anna        Anna        PROPN  13  nsubj     O
Holm~       Holm        PROPN  3   flat      O
,           ,           PUNCT  6   punct     O
{verb}      {lemma}     VERB   13  advcl     O
to          to          ADP    9   case      O
opposition  opposition  ADJ    9   amod      O
leader      leader      NOUN   6   obl       O
Erik        Erik        PROPN  9   appos     O
Lund~       Lund        PROPN  10  flat      O
,           ,           PUNCT  6   punct     O
said        say         VERB   0   root      O
the         the         DET    15  det       O
economy     economy     NOUN   17  nsubj     O
was         be          AUX    17  aux       O
growing~    grow        VERB   13  ccomp     O
.           .           PUNCT  13  punct     O
"""

# the addressee behind a noun: 'to a question from coach Tim Oyo'
ADE = """
The       the       DET    2   det    O
striker   striker   NOUN   15  nsubj  O
Ben       Ben       PROPN  15  nsubj  O
Ade~      Ade       PROPN  3   flat   O
,         ,         PUNCT  6   punct  O
{verb}    {lemma}   VERB   2   acl    O
to        to        ADP    9   case   O
a         a         DET    9   det    O
question  question  NOUN   6   obl    O
from      from      ADP    11  case   O
coach     coach     NOUN   9   nmod   O
Tim       Tim       PROPN  11  flat   O
Oyo~      Oyo       PROPN  12  flat   O
,         ,         PUNCT  6   punct  O
said      say       VERB   0   root   O
he        he        PRON   18  nsubj  O
was       be        AUX    18  cop    O
fit~      fit       ADJ    15  ccomp  O
.         .         PUNCT  15  punct  O
"""

ASIDE_VERBS = [("responding", "respond"), ("replying", "reply"), ("speaking", "speak"), ("writing", "write")]


def _quotes(table: str) -> list[tuple[str, str | None, str | None]]:
    record = analyze(build_document(table)).to_record()
    return [(q["text"], (q["speaker"] or {}).get("text"), (q["cue"] or {}).get("text")) for q in record["quotes"]]


@pytest.mark.parametrize(("verb", "lemma"), ASIDE_VERBS)
def test_the_main_verb_reports_past_an_aside_to_a_name(verb: str, lemma: str) -> None:
    assert _quotes(HOLM.format(verb=verb, lemma=lemma)) == [
        ("the economy was growing", "Prime Minister Anna Holm", "said")]


@pytest.mark.parametrize(("verb", "lemma"), ASIDE_VERBS)
def test_the_main_verb_reports_past_an_aside_to_a_question(verb: str, lemma: str) -> None:
    assert _quotes(ADE.format(verb=verb, lemma=lemma)) == [("he was fit", "The striker Ben Ade", "said")]
