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


def test_the_rules_and_the_speaker_resolver_share_one_list_each() -> None:
    from quotetrace.core import syntax
    from quotetrace.core.speakers.lexicon import load_lexicon

    assert load_lexicon().time_nouns == syntax.TIME_NOUNS == words("time-nouns")
    assert load_lexicon().anonymous_nouns == words("anonymous-heads")


MINUTES_LATER = """
A          a          DET   3 det
few        few        ADJ   3 amod
minutes    minute     NOUN  9 nsubj
later      late       ADV   6 advmod
they       they       PRON  6 nsubj
reversed   reverse    VERB  9 parataxis
themselves themselves PRON  6 obj
,          ,          PUNCT 6 punct
rushed     rush       VERB  0 root
everyone   everyone   PRON  9 obj
inside     inside     ADV   9 advmod
and        and        CCONJ 13 cc
said       say        VERB  9 conj
they       they       PRON  16 nsubj
will       will       AUX   16 aux
register   register   VERB  13 ccomp
voters~    voter      NOUN  16 obj
.          .          PUNCT 9 punct
"""


def test_a_time_the_speaker_resolver_knew_is_never_a_speaker_of_the_rules_either() -> None:
    # a parse from PolNeAR train (quotetrace debug-parse): "minutes" heads the root's subject, which the
    # coordinated "said" shares; "minute" was in the resolver's copy of the time nouns only
    from quotetrace.core.build import build_document
    from quotetrace.core.pipeline import analyze

    quotes = analyze(build_document(MINUTES_LATER)).to_record()["quotes"]
    assert not [q for q in quotes if q["speaker"] and "minutes" in q["speaker"]["text"]]


def test_an_anonymous_head_the_resolver_knew_is_anonymous_to_the_rules_too() -> None:
    # "staffer" was in the resolver's copy of the anonymous heads only
    from quotetrace.core.build import build_document
    from quotetrace.core.pipeline import analyze

    table = """
    Staffers  staffer  NOUN  2 nsubj
    said      say      VERB  0 root
    the       the      DET   4 det
    talks     talk     NOUN  5 nsubj
    failed~   fail     VERB  2 ccomp
    .         .        PUNCT 2 punct
    """
    quotes = analyze(build_document(table)).to_record(trace=True)["quotes"]
    assert [q["trace"] for q in quotes] == [["cue-complement", "speaker:anonymous"]]


def test_each_label_list_is_said_once() -> None:
    # transcript turns refuse a name with any word of kicker-labels | transcript-labels or only words of
    # all three classes, headline name-colons one of only kicker-labels | headline-labels: where the two
    # users differ, the difference is one class of its own
    from quotetrace.core.quotes import transcript
    from quotetrace.core.quotes.indirect import surface
    from quotetrace.core.wordlists import words

    kicker, in_transcripts, in_headlines = words("kicker-labels"), words("transcript-labels"), words("headline-labels")
    assert not (kicker & in_transcripts or kicker & in_headlines or in_transcripts & in_headlines)
    assert kicker | in_transcripts == transcript._LABELS
    assert kicker | in_transcripts | in_headlines == transcript._LABEL_WORDS
    assert kicker | in_headlines == surface._HEADLINE_LABELS
