"""Where reported content starts, on hand-built parses: the cue's listener or a time before its
'that' belongs to the reporting clause (step boundary:addressee-or-time), whatever rule read it."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> list[dict[str, Any]]:
    """The quotes of a hand-built document, with their traces; every span checked against the text."""
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record(trace=True)["quotes"]
    for quote in quotes:
        if len(quote["spans"]) == 1:
            start, end = quote["spans"][0]
            assert doc.text[start:end] == quote["text"]
    return quotes

TOLD_BIDEN = """
Xi      Xi      PROPN 2 nsubj
told    tell    VERB  0 root
Biden   Biden   PROPN 2 iobj
that    that    SCONJ 9 mark
Taiwan  Taiwan  PROPN 9 nsubj
was     be      AUX   9 cop
a       a       DET   9 det
red     red     ADJ   9 amod
line~   line    NOUN  2 ccomp
.       .       PUNCT 2 punct
"""

SAID_MONDAY = """
Mayor     Mayor     PROPN 4  nsubj
Grace     Grace     PROPN 1  flat
Lin       Lin       PROPN 2  flat
said      say       VERB  0  root
Monday    Monday    PROPN 4  iobj
that      that      SCONJ 10 mark
property  property  NOUN  8  compound
taxes     tax       NOUN  10 nsubj
would     would     AUX   10 aux
rise~     rise      VERB  4  ccomp
.         .         PUNCT 4  punct
"""

WARNED_COUNCIL = """
The      the      DET   2  det
chief    chief    NOUN  3  nsubj
warned   warn     VERB  0  root
the      the      DET   5  det
council  council  NOUN  3  obj
on       on       ADP   7  case
Tuesday  Tuesday  PROPN 3  obl
that     that     SCONJ 12 mark
the      the      DET   10 det
budget   budget   NOUN  12 nsubj
would    would    AUX   12 aux
collapse~ collapse VERB 3  ccomp
.        .        PUNCT 3  punct
"""

ASSURED_REPORTERS_LAST_WEEK = """
She       she       PRON  2 nsubj
assured   assure    VERB  0 root
reporters reporter  NOUN  2 obj
last      last      ADJ   5 amod
week      week      NOUN  2 obl:tmod
that      that      SCONJ 10 mark
the       the       DET   8 det
plant     plant     NOUN  10 nsubj
would     would     AUX   10 aux
stay      stay      VERB  2 ccomp
open~     open      ADJ   10 xcomp
.         .         PUNCT 2 punct
"""


@pytest.mark.parametrize(("table", "content", "speaker"), [
    (TOLD_BIDEN, "that Taiwan was a red line", "Xi"),
    (SAID_MONDAY, "that property taxes would rise", "Mayor Grace Lin"),
    (WARNED_COUNCIL, "that the budget would collapse", "The chief"),
    (ASSURED_REPORTERS_LAST_WEEK, "that the plant would stay open", "She"),
])
def test_listener_and_time_before_that_are_not_content(table: str, content: str, speaker: str) -> None:
    quotes = quotes_of(table)
    assert [q["text"] for q in quotes] == [content]
    quote = quotes[0]
    assert quote["rule"] == "cue-complement"
    assert quote["speaker"]["text"] == speaker
    # the listener-cue path already starts 'assured reporters … that' at 'that'; the step does the rest
    assert ("boundary:addressee-or-time" in quote["trace"]) == (table is not ASSURED_REPORTERS_LAST_WEEK)


# 'that' inside the clause (a relative pronoun, or the clause's own words before it) moves nothing
RELATIVE_THAT = """
He       he       PRON  2 nsubj
said     say      VERB  0 root
the      the      DET   4 det
plan     plan     NOUN  9 nsubj
that     that     PRON  6 nsubj
failed   fail     VERB  4 acl:relcl
had      have     AUX   9 aux
been     be       AUX   9 aux
costly~  costly   ADJ   2 ccomp
.        .        PUNCT 2 punct
"""


def test_a_that_inside_the_clause_is_not_a_new_start() -> None:
    quotes = quotes_of(RELATIVE_THAT)
    assert [q["text"] for q in quotes] == ["the plan that failed had been costly"]
    assert "boundary:addressee-or-time" not in quotes[0]["trace"]


# stanza's misparses of the same shapes: the report hung on the listener as a relative clause,
# the listener taken for a second subject, a day taken for part of the subject
INFORMED_FAMILIES = """
Officials  official  NOUN   2  nsubj
informed   inform    VERB   0  root
the        the       DET    4  det
families   family    NOUN   2  obj
that       that      SCONJ  9  mark
the        the       DET    7  det
search     search    NOUN   9  nsubj
had        have      AUX    9  aux
ended~     end       VERB   4  acl:relcl
.          .         PUNCT  2  punct
"""

WARNED_LAST_NIGHT = """
The        the       DET    2   det
chief      chief     NOUN   3   nsubj
warned     warn      VERB   0   root
residents  resident  NOUN   3   obj
last       last      ADJ    6   amod
night      night     NOUN   3   obj
that       that      SCONJ  11  mark
the        the       DET    9   det
river      river     NOUN   11  nsubj
could      could     AUX    11  aux
flood      flood     VERB   6   acl:relcl
again~     again     ADV    11  advmod
.          .         PUNCT  3   punct
"""

TOLD_BIDEN_NO_THAT = """
Xi         Xi        PROPN  2   nsubj
told       tell      VERB   0   root
Biden      Biden     PROPN  8   nsubj
Taiwan     Taiwan    PROPN  8   nsubj
was        be        AUX    8   cop
a          a         DET    8   det
red        red       ADJ    8   amod
line~      line      NOUN   2   ccomp
.          .         PUNCT  2   punct
"""

SAID_MONDAY_NO_THAT = """
Mayor      Mayor     PROPN  4   nsubj
Grace      Grace     PROPN  1   flat
Lin        Lin       PROPN  2   flat
said       say       VERB   0   root
Monday     Monday    PROPN  7   compound
property   property  NOUN   7   compound
taxes      tax       NOUN   9   nsubj
would      would     AUX    9   aux
rise~      rise      VERB   4   ccomp
.          .         PUNCT  4   punct
"""


@pytest.mark.parametrize(("table", "content"), [
    (INFORMED_FAMILIES, "that the search had ended"),
    (WARNED_LAST_NIGHT, "that the river could flood again"),
    (TOLD_BIDEN_NO_THAT, "Taiwan was a red line"),
    (SAID_MONDAY_NO_THAT, "property taxes would rise"),
])
def test_listener_and_time_are_cut_however_the_parser_hung_them(table: str, content: str) -> None:
    quotes = quotes_of(table)
    assert [q["text"] for q in quotes] == [content]
    assert "boundary:addressee-or-time" in quotes[0]["trace"]


# a noun's own clause is content: 'asked about the declaration that it had been a bomb'
ASKED_ABOUT_DECLARATION = """
She          she          PRON   2  nsubj
asked        ask          VERB   0  root
about        about        ADP    5  case
the          the          DET    5  det
declaration  declaration  NOUN   2  obl
that         that         SCONJ  10 mark
it           it           PRON   10 nsubj
had          have         AUX    10 aux
been         be           AUX    10 cop
bomb~        bomb         NOUN   5  acl:relcl
.            .            PUNCT  2  punct
"""

# a day that is the clause's subject stays: 'said Monday was the deadline'
MONDAY_IS_THE_SUBJECT = """
He        he        PRON   2  nsubj
said      say       VERB   0  root
Monday    Monday    PROPN  6  nsubj
was       be        AUX    6  cop
the       the       DET    6  det
deadline~ deadline  NOUN   2  ccomp
.         .         PUNCT  2  punct
"""


@pytest.mark.parametrize("table", [ASKED_ABOUT_DECLARATION, MONDAY_IS_THE_SUBJECT])
def test_a_noun_clause_or_a_subject_day_is_not_cut(table: str) -> None:
    quotes = quotes_of(table)
    assert all("boundary:addressee-or-time" not in q["trace"] for q in quotes)
    if table is MONDAY_IS_THE_SUBJECT:
        assert [q["text"] for q in quotes] == ["Monday was the deadline"]
