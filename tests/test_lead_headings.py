"""The lines that open an article, each a paragraph that ends with no sentence punctuation, are
headlines and decks even in sentence case ('Council approves harbour wall plan' was a report by
'Council' at 0.684): a report read there is a guess at HEADLINE_CONFIDENCE, as in a Title Case
headline. Hand-built parses as the bundled model gives them (quotetrace debug-parse --as table)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect import HEADLINE_CONFIDENCE

HEADLINE = """
Council   Council  PROPN  2  nsubj
approves  approve  VERB   0  root
harbour   harbour  NOUN   5  compound
wall      wall     NOUN   5  compound
plan      plan     NOUN   2  obj
"""

BODY = """
#par
The       the      DET    2  det
council   council  NOUN   3  nsubj
voted     vote     VERB   0  root
on        on       ADP    5  case
Monday~   Monday   PROPN  3  obl
.         .        PUNCT  3  punct
"""

KICKER = """
Local     local    ADJ    2  amod
news      news     NOUN   0  root
#par
"""


def _reports(table: str) -> list[dict[str, Any]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [q for q in quotes if q["cue"] is not None and q["cue"]["text"] != "voted"]


@pytest.mark.parametrize("table", [
    HEADLINE + BODY,
    KICKER + HEADLINE + BODY,
    HEADLINE.replace("approves  approve", "praises   praise ") + BODY,
    HEADLINE.replace("Council   Council", "Senate    Senate ").replace("approves  approve", "rejects   reject ") + BODY,
])
def test_a_report_in_an_opening_line_is_a_guess(table: str) -> None:
    reports = _reports(table)
    assert reports, "the headline's report is still read, as PolNeAR marks headlines"
    assert all(q["confidence"] <= HEADLINE_CONFIDENCE for q in reports)


def test_the_same_line_with_a_full_stop_is_the_body() -> None:
    stop = "plan~     plan     NOUN   2  obj\n.  .  PUNCT  2  punct"
    line = HEADLINE.replace("plan      plan     NOUN   2  obj", stop)
    assert line != HEADLINE
    reports = _reports(line + BODY)
    assert reports and all(q["confidence"] > HEADLINE_CONFIDENCE for q in reports)
