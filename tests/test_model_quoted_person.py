"""A model content that opens with the one quoted ('Dawn quoted Finance Minister Ishaq Dar as saying no
new taxes would be imposed', tagged Dawn → source, 'Finance Minister Ishaq Dar as saying no new taxes…' →
content) gave the words to the outlet at 0.90-0.92 (issue 14, the fourth tester's first kind): the one
quoted speaks and the content starts after 'as saying'; after 'as telling' the listener cannot be told
from the report and the quote is dropped. The tables are the bundled stanza models' parses."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.features import split_words
from quotetrace.core.build import build_document
from test_passive_listener import _model_quotes as tagged_model_quotes
from test_passive_listener import _read
from test_quoted_as_saying import DAWN_QUOTED_BARE as DAWN
from test_quoted_as_saying import REUTERS_SAUDI_BARE as REUTERS
from test_quoted_as_saying import TIMES_OF_INDIA_BARE as TIMES

# Reuters quoted a senior Saudi official as saying that the kingdom would raise output in July.
REUTERS_THAT = """
Reuters   Reuters   PROPN  2   nsubj  O  Number=Plur
quoted    quote     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a         a         DET    6   det    O  Definite=Ind|PronType=Art
senior    senior    ADJ    6   amod   O  Degree=Pos
Saudi     Saudi     ADJ    6   amod   O  Degree=Pos
official  official  NOUN   2   obj    O  Number=Sing
as        as        SCONJ  8   mark   O  _
saying    say       VERB   2   advcl  O  Tense=Pres|VerbForm=Part
that      that      SCONJ  13  mark   O  _
the       the       DET    11  det    O  Definite=Def|PronType=Art
kingdom   kingdom   NOUN   13  nsubj  O  Number=Sing
would     would     AUX    13  aux    O  VerbForm=Fin
raise     raise     VERB   8   ccomp  O  VerbForm=Inf
output    output    NOUN   13  obj    O  Number=Sing
in        in        ADP    16  case   O  _
July~     July      PROPN  13  obl    O  Number=Sing
.         .         PUNCT  2   punct  O  _
"""

# The agency cited a police officer as telling reporters the suspect had fled.
AGENCY_TELLING = """
The        the       DET    2   det        O  Definite=Def|PronType=Art
agency     agency    NOUN   3   nsubj      O  Number=Sing
cited      cite      VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a          a         DET    6   det        O  Definite=Ind|PronType=Art
police     police    NOUN   6   compound   O  Number=Sing
officer    officer   NOUN   3   obj        O  Number=Sing
as         as        SCONJ  8   mark       O  _
telling    tell      VERB   3   advcl      O  Tense=Pres|VerbForm=Part
reporters  reporter  NOUN   8   obj        O  Number=Plur
the        the       DET    11  det        O  Definite=Def|PronType=Art
suspect    suspect   NOUN   13  nsubj      O  Number=Sing
had        have      AUX    13  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fled~      flead     VERB   9   acl:relcl  O  Tense=Past|VerbForm=Part
.          .         PUNCT  3   punct      O  _
"""


def _model_quotes(table: str, source: list[str], cue: str, content_from: str) -> list[tuple[str | None, str]]:
    """The model's quotes for a tagging of the words `source`, the cue word `cue`, and every word from
    `content_from` to the sentence's full stop as content: (speaker mention, content) pairs."""
    texts = split_words(build_document(table).text).strings()
    assert texts[: len(source)] == source
    text, quotes = tagged_model_quotes(table, source, [cue], texts[texts.index(content_from) : -1])
    return [_read(text, quote) for quote in quotes]


@pytest.mark.parametrize(("table", "source", "content_from", "expected"), [
    (DAWN, ["Dawn"], "Finance", ("Finance Minister Ishaq Dar", "no new taxes would be imposed")),
    (TIMES, ["The", "Times", "of", "India"], "Union",
     ("Union Minister Piyush Goyal", "exports had grown by ten percent")),
    (REUTERS, ["Reuters"], "a", ("a senior Saudi official", "the kingdom would raise output in July")),
    (REUTERS_THAT, ["Reuters"], "a", ("a senior Saudi official", "that the kingdom would raise output in July")),
], ids=["dawn", "times-of-india", "reuters", "reuters-that"])
def test_the_one_quoted_speaks_not_the_outlet(table: str, source: list[str], content_from: str,
                                             expected: tuple[str, str]) -> None:
    assert _model_quotes(table, source, "quoted", content_from) == [expected]


def test_after_as_telling_the_quote_is_dropped() -> None:
    # 'a police officer as telling reporters the suspect had fled': was the agency's at 0.57
    assert _model_quotes(AGENCY_TELLING, ["The", "agency"], "cited", "a") == []


@pytest.mark.parametrize(("table", "source", "content_from", "expected"), [
    (DAWN, ["Dawn"], "no", ("Finance Minister Ishaq Dar", "no new taxes would be imposed")),
    (REUTERS_THAT, ["Reuters"], "that", ("a senior Saudi official", "that the kingdom would raise output in July")),
], ids=["dawn", "reuters-that"])
def test_the_clause_alone_tagged_still_goes_to_the_one_quoted(table: str, source: list[str], content_from: str,
                                                              expected: tuple[str, str]) -> None:
    # the report itself tagged with the outlet as its source: the cue's parse names the one quoted
    assert _model_quotes(table, source, "quoted", content_from) == [expected]
