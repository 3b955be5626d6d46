"""The court, jury or inquiry that heard a report is where it was said, not who said it: 'A charity
treasurer stole the funds, a court has heard.' gives the court no quote (was 'a court' at 0.67). Hand-built
parse as the bundled model gives it (quotetrace debug-parse --as table)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

COURT_HEARD = """
A          a          DET    3   det
charity    charity    NOUN   3   compound
treasurer  treasurer  NOUN   4   nsubj
stole      steal      VERB   0   root
the        the        DET    6   det
funds~     fund       NOUN   4   obj
,          ,          PUNCT  11  punct
a          a          DET    9   det
court      court      NOUN   11  nsubj
has        have       AUX    11  aux
heard~     hear       VERB   4   parataxis
.          .          PUNCT  4   punct
"""


def _quotes(table: str) -> list[dict[str, Any]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return quotes


@pytest.mark.parametrize("swaps", [
    {},
    {"court      court": "jury       jury"},
    {"court      court": "tribunal   tribunal"},
    {"a          a          DET    9": "an         a          DET    9", "court      court": "inquest    inquest"},
    {"treasurer  treasurer": "director   director", "stole      steal": "hid        hide"},
])
def test_a_venue_that_heard_a_report_never_speaks(swaps: dict[str, str]) -> None:
    table = COURT_HEARD
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    speakers = [q["speaker"]["text"] for q in _quotes(table) if q["speaker"] is not None]
    assert not [s for s in speakers if s.split()[-1] in ("court", "jury", "tribunal", "inquest")]


def test_a_court_that_says_something_still_speaks() -> None:
    table = COURT_HEARD.replace("heard~     hear ", "said~      say  ")
    assert [(q["text"], q["speaker"]["text"]) for q in _quotes(table)] == [
        ("A charity treasurer stole the funds", "a court")]
