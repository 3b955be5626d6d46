"""A content never holds its own speaker's name (tester 10): '21:05 — Azimio candidate Esther
Passaris-Wambui concedes in Westlands.', a live blog's line, was read as 'CLAUSE, X said' with the clause
'21:05 — Azimio candidate Esther Passaris' credited to her at 0.70 in both modes. One word plays one role,
so such a reading is dropped (`crossing.without_own_speaker`). Tables: stanza's parses (bundled model
0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

LIVE_BLOG = """
Live~       Live       PROPN  0   root
:           :          PUNCT  4   punct
election    election   NOUN   4   compound
night       night      NOUN   1   appos

#par
21:05       21:05      NUM    0   root
—           —          PUNCT  1   punct
Azimio      Azimio     PROPN  4   compound
candidate   candidate  NOUN   1   appos
Esther      Esther     PROPN  4   flat
Passaris~   Passaris   PROPN  5   flat
-~          -          PUNCT  9   punct
Wambui      Wambui     PROPN  5   flat
concedes    concedes   VERB   1   parataxis
in          in         ADP    11  case
Westlands~  Westlands  PROPN  9   obl
.           .          PUNCT  1   punct
"""


def _quotes(table: str) -> list[dict[str, Any]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return quotes


@pytest.mark.parametrize("swaps", [
    {},
    {"Esther      Esther ": "John        John   ", "Passaris~   Passaris ": "Kamau~      Kamau    "},
    {"concedes    concedes": "admits      admit   "},
    {"concedes    concedes": "says        say     ", "Azimio      Azimio ": "Labour      Labour "},
])
def test_a_content_never_holds_its_own_speaker(swaps: dict[str, str]) -> None:
    table = LIVE_BLOG
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    for quote in _quotes(table):
        speaker = quote["speaker"]
        assert speaker is None or not any(start < speaker["end"] and speaker["start"] < end
                                          for start, end in quote["spans"])


SAID_AFTER = """
Sales    sale     NOUN   2  nsubj
rose     rise     VERB   0  root
sharply  sharply  ADV    2  advmod
in       in       ADP    5  case
May~     May      PROPN  2  obl
,        ,        PUNCT  9  punct
Tom      Tom      PROPN  9  nsubj
Hall     Hall     PROPN  7  flat
said~    say      VERB   2  parataxis
.        .        PUNCT  2  punct
"""


def test_a_speaker_beside_the_content_still_speaks() -> None:
    quotes = [(q["text"], q["speaker"]["text"]) for q in _quotes(SAID_AFTER)]
    assert quotes == [("Sales rose sharply in May", "Tom Hall")]
