"""Transcript turns printed without quotation marks ('SMITH: No. It is not closing.'): the whole turn
is one direct quote of the named speaker (rule speaker-turn), on hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> tuple[str, list[dict[str, Any]]]:
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record(trace=True)["quotes"]
    return doc.text, quotes


BRIEFING = """
SMITH~  SMITH  PROPN  0  root
:       :      PUNCT  3  punct
No~     no     INTJ   1  discourse
.       .      PUNCT  1  punct

It        it     PRON   4  nsubj
is        be     AUX    4  aux
not       not    PART   4  advmod
closing~  close  VERB   0  root
.         .      PUNCT  4  punct

#par
SMITH~  SMITH  PROPN  0  root
:       :      PUNCT  3  punct
Thank   thank  VERB   1  appos
you     you    PRON   3  obj
all     all    DET    3  obj
for     for    SCONJ  7  mark
coming~ come   VERB   3  advcl
.       .      PUNCT  1  punct

We         we        PRON   3  nsubj
will       will      AUX    3  aux
take       take      VERB   0  root
questions  question  NOUN   3  obj
now~       now       ADV    3  advmod
.          .         PUNCT  3  punct
"""

SENATOR = """
SEN.   Sen.   PROPN  2  compound
LOPEZ~ Lopez  PROPN  0  root
:      :      PUNCT  2  punct
We     we     PRON   6  nsubj
will   will   AUX    6  aux
vote   vote   VERB   2  parataxis
tomorrow~ tomorrow NOUN 6 obl:tmod
.      .      PUNCT  6  punct
"""


@pytest.mark.parametrize(("table", "turns"), [
    (BRIEFING, [("No. It is not closing.", "SMITH"),
                ("Thank you all for coming. We will take questions now.", "SMITH")]),
    (SENATOR, [("We will vote tomorrow.", "SEN. LOPEZ")]),
])
def test_a_printed_turn_is_one_direct_quote_of_its_speaker(table: str, turns: list[tuple[str, str]]) -> None:
    text, quotes = quotes_of(table)
    assert [(q["kind"], q["text"], q["speaker"]["text"], q["rule"]) for q in quotes] == [
        ("direct", content, speaker, "speaker-turn") for content, speaker in turns]
    for quote in quotes:
        assert [text[s:e] for s, e in quote["spans"]] == [quote["text"]]
        assert quote["cue"]["text"] == ":"


LABEL = """
BREAKING~ BREAKING PROPN 0 root
:         :        PUNCT 1 punct
The       the      DET   3 det
mayor     mayor    NOUN  4 nsubj
resigned~ resign   VERB  1 parataxis
.         .        PUNCT 1 punct
"""

KICKER = """
FIX    fix    VERB  0  root
IS     be     AUX   1  aux
IN~    in     ADP   1  compound:prt
:      :      PUNCT 1  punct
PBS    PBS    PROPN 6  compound
Moderators moderator PROPN 7 nsubj
Ignore ignore VERB  1  parataxis
Clinton Clinton PROPN 9 compound
Scandals~ scandal PROPN 7 obj
.      .      PUNCT 1  punct
"""


# BREAKING is a kicker label (word_classes.tsv: kicker-labels); CLARIFICATION and SOURCES are labels
# only a transcript line needs (transcript-labels)
@pytest.mark.parametrize("table", [LABEL, KICKER, LABEL.replace("BREAKING", "CLARIFICATION"),
                                   LABEL.replace("BREAKING", "SOURCES")])
def test_a_label_or_kicker_in_capitals_is_no_turn(table: str) -> None:
    _, quotes = quotes_of(table)
    assert all(q["rule"] != "speaker-turn" for q in quotes)


TITLED_TURNS = """
{title}~  {title}  PROPN  0  root
.         .        PUNCT  1  punct

{name}~   {name}   PROPN  0  root
:         :        PUNCT  5  punct
Will      will     AUX    5  aux
you       you      PRON   5  nsubj
resign~   resign   VERB   1  appos
?         ?        PUNCT  1  punct

#par
HOST~     host     NOUN   0  root
:         :        PUNCT  3  punct
No~       no       INTJ   1  discourse
.         .        PUNCT  1  punct
"""


@pytest.mark.parametrize(("title", "name"), [("SEN", "WARREN"), ("MR", "DIMON"), ("DR", "OKAFOR"), ("MS", "RUIZ")])
def test_a_turn_led_by_a_title_or_a_role_in_capitals_is_the_speakers(title: str, name: str) -> None:
    text, quotes = quotes_of(TITLED_TURNS.format(title=title, name=name))
    assert [(q["text"], q["rule"], q["kind"]) for q in quotes] == [
        ("Will you resign?", "speaker-turn", "direct"), ("No.", "speaker-turn", "direct")]
    assert [q["speaker"]["text"] for q in quotes] == [name, "HOST"]
    for quote in quotes:
        start, end = quote["spans"][0]
        assert text[start:end] == quote["text"]


# A kicker or headline label in capitals before a colon ('RECAP: The mayor resigned.') names nobody,
# whatever the tagger makes of its words: here each word is tagged a proper noun, as a speaker's name
# would be, so only the label classes of data/word_classes.tsv can tell them apart.
LABELLED_LINE = """
{label_rows}
:         :        PUNCT 1 punct
The       the      DET   3 det
mayor     mayor    NOUN  4 nsubj
resigned~ resign   VERB  1 parataxis
.         .        PUNCT 1 punct
"""


def _labelled(label: str) -> str:
    words = label.split()
    rows = [f"{word}{'~' if i == len(words) - 1 else ''} {word.lower()} PROPN {0 if i == 0 else 1} "
            f"{'root' if i == 0 else 'flat'}" for i, word in enumerate(words)]
    return LABELLED_LINE.format(label_rows="\n".join(rows))


@pytest.mark.parametrize("label", ["RECAP", "UPDATE", "BREAKING", "CORRECTION", "EDITORS NOTE", "EDITOR'S NOTE",
                                   "EDITOR’S NOTE", "WATCH",
                                   "LISTEN", "READ MORE", "PHOTOS", "ANALYSIS", "OPINION", "JUST IN", "NEW",
                                   "MORE", "LIVE UPDATES", "FACT CHECK", "TRENDING"])
def test_a_kicker_or_headline_label_is_never_a_speaker(label: str) -> None:
    text, quotes = quotes_of(_labelled(label))
    assert text.startswith(f"{label}: The mayor resigned.")
    assert not [q for q in quotes if q["speaker"] is not None and q["speaker"]["text"] in label.split()]
    assert all(q["rule"] != "speaker-turn" for q in quotes)


HOST_TURN = """
#par
HOST~     host     NOUN   0  root
:         :        PUNCT  1  punct
No~       no       INTJ   1  discourse
.         .        PUNCT  1  punct
"""


@pytest.mark.parametrize(("name", "speaker"), [("WARREN", "WARREN"), ("THOMAS MORE", "THOMAS MORE")])
def test_a_speakers_name_in_the_same_shape_is_a_turn(name: str, speaker: str) -> None:
    # the same line led by a name: the label classes, not the shape, turned the lines above away; a
    # word that is a label only alone ('MORE:') may stand in a name. A second turn makes it a
    # transcript: a document's only such line at its start is a dateline (tests/test_datelines.py)
    text, quotes = quotes_of(_labelled(name) + HOST_TURN)
    assert [(q["text"], q["rule"], q["speaker"]["text"]) for q in quotes] == [
        ("The mayor resigned.", "speaker-turn", speaker), ("No.", "speaker-turn", "HOST")]
