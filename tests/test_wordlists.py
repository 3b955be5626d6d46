"""The closed word classes file: every class the code names is there with a reason, and a malformed
file fails with its name and the line."""

from __future__ import annotations

from typing import get_args

import pytest
from quotetrace.core.wordlists import WordClass, parse_word_classes, why, words

HEADER = "# comment\nclass\twords\twhy\n"


def _file(*rows: str) -> str:
    complete = {name: f"{name}\tword\tbecause" for name in get_args(WordClass)}
    for row in rows:
        complete[row.split("\t")[0]] = row
    return HEADER + "\n".join(complete.values()) + "\n"


def test_every_class_is_loaded_with_words_and_a_reason() -> None:
    for name in get_args(WordClass):
        assert words(name) and all(w == w.lower() for w in words(name)), name
        assert len(why(name)) > 20, name
    assert "said" not in words("time-nouns") and "week" in words("time-nouns")


@pytest.mark.parametrize(("text", "message"), [
    ("class\twords\n", r"w\.tsv line 1: expected the header"),
    (_file("time-nouns\tweek"), r"w\.tsv line \d+: expected 3 tab-separated columns, got 2"),
    (HEADER + "no-such-class\tword\tbecause\n", r"w\.tsv line 3: unknown class 'no-such-class'"),
    (_file("pronouns\the He\tbecause"), r"w\.tsv line \d+: class 'pronouns': words not lower case or listed twice"),
    (_file("pronouns\the he\tbecause"), r"listed twice: \['he'\]"),
    (_file("pronouns\t\tbecause"), r"class 'pronouns' needs words and a reason"),
    (HEADER + "pronouns\the\tbecause\n", r"w\.tsv: classes missing: \['anonymous-heads'"),
])
def test_a_malformed_file_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_word_classes(text, "w.tsv")


def test_a_class_listed_twice_is_refused() -> None:
    text = _file() + "pronouns\the\tagain\n"
    with pytest.raises(ValueError, match=r"w\.tsv line \d+: class 'pronouns' is listed twice"):
        parse_word_classes(text, "w.tsv")
