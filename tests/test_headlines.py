"""A Title Case headline is the editor's wording: a report read in one is a low-confidence guess
(step boundary:headline), on hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect import HEADLINE_CONFIDENCE


def quotes_of(table: str) -> list[dict[str, Any]]:
    return list(analyze(build_document(table)).to_record(trace=True)["quotes"])


MAYOR_SAYS = """
Mayor  Mayor  PROPN  2  nsubj
Says   say    VERB   0  root
City   City   PROPN  5  nsubj
Will   will   AUX    5  aux
Cut    cut    VERB   2  ccomp
Taxes  Taxes  PROPN  5  obj
Next   next   ADJ    8  amod
Year   Year   PROPN  5  obj

#par
The      the      DET   2 det
council  council  NOUN  3 nsubj
met~     meet     VERB  0 root
.        .        PUNCT 3 punct
"""

SENATOR_WARNS = """
Senator  Senator  PROPN 2 nsubj
Warns    warn     VERB  0 root
Budget   Budget   PROPN 4 compound
Talks    Talks    PROPN 6 nsubj
Could    could    AUX   6 aux
Collapse  collapse VERB 2 ccomp
"""

# the same words as a sentence of the text: a report at the rule's confidence
MAYOR_SAYS_SENTENCE = """
The    the    DET    2  det
mayor  mayor  NOUN   3  nsubj
says   say    VERB   0  root
the    the    DET    5  det
city   city   NOUN   7  nsubj
will   will   AUX    7  aux
cut    cut    VERB   3  ccomp
taxes  tax    NOUN   7  obj
next   next   ADJ    10 amod
year~  year   NOUN   7  obl:tmod
.      .      PUNCT  3  punct
"""


@pytest.mark.parametrize(("table", "content"), [
    (MAYOR_SAYS, "City Will Cut Taxes Next Year"),
    (SENATOR_WARNS, "Budget Talks Could Collapse"),
])
def test_a_report_in_a_title_case_headline_is_a_guess(table: str, content: str) -> None:
    quotes = [q for q in quotes_of(table) if q["kind"] == "indirect"]
    assert [q["text"] for q in quotes] == [content]
    assert quotes[0]["rule"] == "cue-complement"
    assert quotes[0]["trace"][:2] == ["cue-complement", "boundary:headline"]
    assert quotes[0]["confidence"] == HEADLINE_CONFIDENCE


def test_the_same_report_in_a_sentence_keeps_its_confidence() -> None:
    quotes = quotes_of(MAYOR_SAYS_SENTENCE)
    assert [q["text"] for q in quotes] == ["the city will cut taxes next year"]
    assert "boundary:headline" not in quotes[0]["trace"]
    assert quotes[0]["confidence"] > 0.5


def test_a_title_case_line_inside_a_paragraph_is_no_headline() -> None:
    # the headline's words followed, in the same paragraph, by another sentence: body text
    table = MAYOR_SAYS.replace("\n#par\n", "")
    quotes = [q for q in quotes_of(table) if q["kind"] == "indirect"]
    assert quotes and all("boundary:headline" not in q["trace"] for q in quotes)
