"""A name never ends in sentence punctuation: '"We will win," said Ms Ng. - 100 pounds', where the
tokenizer kept the full stop on the surname, names 'Ng' (was 'Ng.'). Hand-built parse as the bundled
model gives it (quotetrace debug-parse --as table)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

NG_WITH_STOP = """
"~      "      PUNCT  4   punct
We      we     PRON   4   nsubj
will    will   AUX    4   aux
win~    win    VERB   7   ccomp
,~      ,      PUNCT  4   punct
"       "      PUNCT  4   punct
said    say    VERB   0   root
Ms      Ms     PROPN  7   nsubj
Ng.     Ng.    PROPN  8   flat
-       -      PUNCT  12  punct
100     100    NUM    12  nummod
pounds  pound  NOUN   7   ccomp
"""


@pytest.mark.parametrize(("swaps", "name"), [
    ({}, "Ng"),
    ({"Ng.": "Okafor."}, "Okafor"),
    ({"Ms ": "Mr ", "Ng.": "Tan."}, "Tan"),
    ({"said ": "added ", "Ng.": "Li."}, "Li"),
])
def test_a_speakers_name_drops_the_sentences_full_stop(swaps: dict[str, str], name: str) -> None:
    table = NG_WITH_STOP
    for old, new in swaps.items():
        table = table.replace(old, new)
    quotes = analyze(build_document(table)).to_record()["quotes"]
    names = [q["speaker"]["name"] for q in quotes if q["speaker"] is not None]
    assert names == [name]
    # the mention leaves the stop out too, and its offsets still give its text
    text = build_document(table).text
    for quote in quotes:
        speaker = quote["speaker"]
        assert not speaker["text"].endswith(".")
        assert text[speaker["start"] : speaker["end"]] == speaker["text"]


def test_a_suffix_or_an_initial_keeps_its_stop() -> None:
    from quotetrace.core.speakers.lexicon import load_lexicon
    from quotetrace.core.speakers.name_features import full_stop_after

    doc = build_document("Jr.~ Jr. PROPN 0 root\nJ.~ J. PROPN 1 flat\nU.S.~ U.S. PROPN 1 flat\nNg.~ Ng. PROPN 1 flat")
    assert [full_stop_after(t, load_lexicon()) for t in doc.tokens] == [False, False, False, True]
