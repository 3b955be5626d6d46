"""A first name's gender (gender-guesser's dictionary, the optional `names` extra) rules the other
pronoun out: "Chief Marcus Webb and Mayor Linda Torres … Webb said … she said" is Torres. Unisex
names and names whose US or British usage says otherwise are no evidence, and without the extra
nothing changes (tests/conftest.py turns it off for every other test)."""

from __future__ import annotations

import pytest
from quotetrace.core.speakers.first_names import available, first_name_gender
from test_pronoun_salience import AP
from test_pronoun_salience import quotes as traced
from test_unshown_gender import JOINED, JOINED_THEN_QUOTED, swap


@pytest.mark.usefixtures("first_name_dictionary")
@pytest.mark.parametrize(("name", "gender"), [
    ("John", "m"), ("Linda", "f"), ("Marcus", "m"), ("Lisa", "f"), ("harriet", "f"),
    # unisex in English news whatever the dictionary says (it has Alex and Jordan as male)
    ("Alex", ""), ("Jordan", ""), ("Kim", ""), ("Dana", ""),
    # female over all countries, male in the US
    ("Rand", ""),
    # an initial, a word that is no first name
    ("J.", ""), ("Crooked", ""),
])
def test_the_dictionary_gives_plain_genders_only(name: str, gender: str) -> None:
    assert available()
    assert first_name_gender(name) == gender


def test_without_the_dictionary_no_name_has_a_gender() -> None:
    assert not available()
    assert first_name_gender("Linda") == ""


@pytest.mark.usefixtures("first_name_dictionary")
@pytest.mark.parametrize(("table", "speaker"), [
    (JOINED, "Linda Torres"),
    (swap(JOINED, {"she": "he", "Gender=Fem": "Gender=Masc"}), "Marcus Webb"),
    (AP, "Lisa Monroe"),
    (swap(AP, {"said": "added", "say": "add"}), "Lisa Monroe"),
])
def test_a_first_name_rules_the_other_pronoun_out(table: str, speaker: str) -> None:
    last = traced(table)[-1]
    assert last["speaker"]["name"] == speaker
    # the one person left is no guess between people: the link reads as confident
    assert last["confidence"] >= 0.7
    assert "gender-unshown" not in last["trace"][-1]


@pytest.mark.usefixtures("first_name_dictionary")
@pytest.mark.parametrize("table", [
    # Coach Dana Hill and Principal Ruth Kaye …: Dana is either, so Hill stays a candidate
    JOINED_THEN_QUOTED,
    # Chief Jordan Webb and Mayor Alex Torres: no evidence either way, the guess stays below 0.7
    swap(JOINED, {"Marcus": "Jordan", "Linda": "Alex"}),
])
def test_a_unisex_first_name_leaves_a_guess(table: str) -> None:
    last = traced(table)[-1]
    assert last["confidence"] < 0.7
    assert "gender-unshown" in last["trace"][-1]
