"""An adjective with a determiner of its own is a cue's subject ("The former said", "the 29-year-old
said"), its mention whole across the number's hyphens, and a subject and cue after a semicolon start a
report of their own ("…was fair; the latter said it was cruel"). Parses as the bundled models gave them
(tests/role_tables.py); issue 14, kind 9."""

from __future__ import annotations

import role_tables as t
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes(table: str) -> list[tuple[str, str | None]]:
    found = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], (q["speaker"] or {}).get("text")) for q in found]


def test_the_former_and_the_latter_are_subjects_of_their_own_reports() -> None:
    assert quotes(t.FORMER_LATTER) == [("the budget was fair", "The former"), ("it was cruel", "the latter")]


def test_an_age_is_a_subject_whole() -> None:
    assert quotes(t.AGE) == [("We were unlucky,", "the 29-year-old")]
    assert quotes(t.AGE_FRONT)[0][1] == "the 29-year-old"
