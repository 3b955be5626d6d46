"""A title in quotation marks as a stance's target names a work, no words said (tester 10): 'Critics
praised the album "Northern Lights" for its ambition.' was a mixed quote at 0.74 (rule `cue-object`; the
model's reading 0.88). Like 'praised the plan' it stays, at most at `STANCE_TARGET` / `POINTER_CONTENT`
(0.5); quoted words that are no title ('praised the album as "a bold step forward"') keep their
confidence. Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.combine import POINTER_CONTENT
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect.objects import STANCE_TARGET
from test_passive_listener import _model_quotes, _read

PRAISED_TITLE = """
Critics    critic    NOUN   2   nsubj
praised    praised   VERB   0   root
the        the       DET    7   det
album      album     NOUN   7   compound
"~         "         PUNCT  7   punct
Northern   Northern  PROPN  7   compound
Lights~    light     PROPN  2   obj
"          "         PUNCT  7   punct
for        for       ADP    11  case
its        its       PRON   11  nmod:poss
ambition~  ambition  NOUN   7   nmod
.          .         PUNCT  2   punct
"""

PRAISED_AS_QUOTED = """
Critics   critic   NOUN   2   nsubj
praised   praised  VERB   0   root
the       the      DET    4   det
album     album    NOUN   2   obj
as        as       ADP    10  case
"~        "        PUNCT  10  punct
a         a        DET    10  det
bold      bold     ADJ    10  amod
step      step     NOUN   10  compound
forward~  forward  NOUN   2   obl
"         "        PUNCT  10  punct
for       for      ADP    14  case
the       the      DET    14  det
band~     band     NOUN   10  nmod
.         .        PUNCT  2   punct
"""

TITLES = [
    {},
    {"praised    praised ": "condemned  condemn "},
    {"Northern   Northern  PROPN": "Winter     Winter    PROPN", "Lights~    light ": "Roads~     road  "},
]


def _table(swaps: dict[str, str]) -> str:
    table = PRAISED_TITLE
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    return table


@pytest.mark.parametrize("swaps", TITLES)
def test_the_rules_keep_a_praised_title_below_a_sure_quote(swaps: dict[str, str]) -> None:
    quotes = analyze(build_document(_table(swaps))).quotes
    assert [(q.kind, q.rule) for q in quotes] == [("mixed", "cue-object")]
    assert quotes[0].confidence <= STANCE_TARGET


def test_quoted_words_that_are_no_title_keep_their_confidence() -> None:
    quotes = analyze(build_document(PRAISED_AS_QUOTED)).quotes
    assert [q.kind for q in quotes] == ["mixed"]
    assert quotes[0].confidence > STANCE_TARGET


@pytest.mark.parametrize("words", [
    ["the", "album", '"', "Northern", "Lights", '"'],
    ["the", "album", '"', "Northern", "Lights", '"', "for", "its", "ambition"],
])
def test_the_model_s_reading_of_a_praised_title_is_a_pointer(words: list[str]) -> None:
    text, quotes = _model_quotes(PRAISED_TITLE, ["Critics"], ["praised"], words)
    assert [_read(text, q)[0] for q in quotes] == ["Critics"]
    assert quotes[0].confidence <= POINTER_CONTENT


def test_the_model_s_reading_of_quoted_words_is_not_capped() -> None:
    text, quotes = _model_quotes(PRAISED_AS_QUOTED, ["Critics"], ["praised"],
                                 ["the", "album", "as", '"', "a", "bold", "step", "forward", '"'])
    assert [_read(text, q)[0] for q in quotes] == ["Critics"]
    assert quotes[0].confidence > POINTER_CONTENT
