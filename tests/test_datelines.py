"""Datelines with a colon, as Indian, Pakistani and Gulf outlets print them ('NEW DELHI: Finance
Minister … on Monday said', 'MUMBAI, March 3:', 'ISLAMABAD (Reuters):'), never speak: the speaker is
the name after the colon, and a document's only line of the turn shape at its start is no transcript
turn. Hand-built parses as the bundled model gives them (quotetrace debug-parse --as table)."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> tuple[str, list[dict[str, Any]]]:
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record()["quotes"]
    return doc.text, quotes

DELHI_ON_MONDAY = """
NEW         new         ADJ    2   amod
DELHI~      Delhi       PROPN  10  nsubj
:           :           PUNCT  5   punct
Finance     Finance     PROPN  5   compound
Minister    Minister    PROPN  2   appos
Nirmala     Nirmala     PROPN  5   flat
Sitharaman  Sitharaman  PROPN  6   flat
on          on          ADP    9   case
Monday      Monday      PROPN  7   nmod
said        say         VERB   0   root
the         the         DET    12  det
deficit     deficit     NOUN   14  nsubj
would       would       AUX    14  aux
narrow~     narrow      VERB   10  ccomp
.           .           PUNCT  10  punct
"""

ISLAMABAD_AGENCY = """
ISLAMABAD  ISLAMABAD  PROPN  12  nsubj
(~         (          PUNCT  3   punct
Reuters~   Reuters    PROPN  1   appos
)~         )          PUNCT  3   punct
:          :          PUNCT  3   punct
Prime      Prime      ADJ    7   amod
Minister   Minister   PROPN  1   appos
Imran      Imran      PROPN  7   flat
Baig       Baig       PROPN  8   flat
on         on         ADP    11  case
Tuesday    Tuesday    PROPN  9   nmod
said       say        VERB   0   root
the        the        DET    14  det
talks      talk       NOUN   16  nsubj
had        have       AUX    16  aux
failed~    fail       VERB   12  ccomp
.          .          PUNCT  12  punct
"""

MUMBAI_DATED = """
MUMBAI~   MUMBAI    PROPN  12  nsubj
,         ,         PUNCT  3   punct
March     March     PROPN  1   conj
3~        3         NUM    1   appos
:         :         PUNCT  7   punct
Chief     Chief     PROPN  7   compound
Minister  Minister  PROPN  3   flat
Arun      Arun      PROPN  7   flat
Pawar     Pawar     PROPN  8   flat
on        on        ADP    11  case
Sunday    Sunday    PROPN  7   nmod
said      say       VERB   0   root
the       the       DET    14  det
dam       dam       NOUN   16  nsubj
was       be        AUX    16  cop
safe~     safe      ADJ    12  ccomp
.         .         PUNCT  12  punct
"""

LONDON_ONLY_LINE = """
LONDON~  LONDON   PROPN  7   nsubj
:        :        PUNCT  7   punct
The      the      DET    4   det
Bank     Bank     PROPN  7   nsubj
of       of       ADP    6   case
England  England  PROPN  4   nmod
said     say      VERB   0   root
it       it       PRON   10  nsubj
would    would    AUX    10  aux
hold     hold     VERB   7   ccomp
rates~   rate     NOUN   10  obj
.        .        PUNCT  7   punct
"""

CHENNAI_ONLY_LINE = """
CHENNAI~    CHENNAI     PROPN  9   nsubj
:           :           PUNCT  9   punct
The         the         DET    6   det
Tamil       Tamil       ADJ    6   amod
Nadu        Nadu        PROPN  6   compound
government  government  NOUN   9   nsubj
on          on          ADP    8   case
Friday      Friday      PROPN  6   nmod
announced   announce    VERB   0   root
that        that        SCONJ  13  mark
schools     school      NOUN   13  nsubj
would       would       AUX    13  aux
reopen~     reopen      VERB   9   ccomp
.           .           PUNCT  1   punct
"""

HEADLINE = """
Deficit~  deficit  NOUN  2  nsubj
to        to       PART  3  mark
narrow    narrow   VERB  0  root

#par
"""


def _speakers(table: str) -> list[tuple[str, str | None, float]]:
    text, quotes = quotes_of(table)
    for quote in quotes:
        assert [text[s:e] for s, e in quote["spans"]] == [quote["text"]]
    return [(q["text"], q["speaker"]["text"] if q["speaker"] else None, q["confidence"]) for q in quotes]


# (table, words swapped in: place, name, cue) -> the name after the colon speaks, whatever the place
@pytest.mark.parametrize(("table", "swaps", "content", "speaker"), [
    (DELHI_ON_MONDAY, {}, "the deficit would narrow", "Finance Minister Nirmala Sitharaman"),
    (DELHI_ON_MONDAY, {"DELHI": "YORK", "Nirmala": "Leela", "Sitharaman": "Menon"}, "the deficit would narrow",
     "Finance Minister Leela Menon"),
    (DELHI_ON_MONDAY, {"said ": "claimed "}, "the deficit would narrow", "Finance Minister Nirmala Sitharaman"),
    (HEADLINE + DELHI_ON_MONDAY, {}, "the deficit would narrow", "Finance Minister Nirmala Sitharaman"),
    (ISLAMABAD_AGENCY, {}, "the talks had failed", "Prime Minister Imran Baig"),
    (ISLAMABAD_AGENCY, {"ISLAMABAD": "KARACHI", "Reuters": "AFP"}, "the talks had failed", "Prime Minister Imran Baig"),
    (MUMBAI_DATED, {}, "the dam was safe", "Chief Minister Arun Pawar"),
    (MUMBAI_DATED, {"MUMBAI": "DUBAI", "March": "June", "Arun": "Omar", "Pawar": "Saleh"}, "the dam was safe",
     "Chief Minister Omar Saleh"),
])
def test_the_name_after_a_dateline_colon_speaks(table: str, swaps: dict[str, str], content: str, speaker: str) -> None:
    for old, new in swaps.items():
        table = table.replace(old, new)
    found = _speakers(table)
    assert [(text, name) for text, name, _ in found] == [(content, speaker)]


@pytest.mark.parametrize(("table", "swaps", "content", "speaker"), [
    (LONDON_ONLY_LINE, {}, "it would hold rates", "The Bank of England"),
    (LONDON_ONLY_LINE, {"LONDON": "DOHA", "England": "Qatar"}, "it would hold rates", "The Bank of Qatar"),
    (HEADLINE + LONDON_ONLY_LINE, {}, "it would hold rates", "The Bank of England"),
    (CHENNAI_ONLY_LINE, {}, "that schools would reopen", None),
])
def test_a_lone_line_after_a_place_in_capitals_is_a_dateline_not_a_turn(
        table: str, swaps: dict[str, str], content: str, speaker: str | None) -> None:
    for old, new in swaps.items():
        table = table.replace(old, new)
    found = _speakers(table)
    assert [text for text, _, _ in found] == [content]
    # the place never speaks; 'The Tamil Nadu government' is named by the speaker step, not here
    assert all(name is None or name.isupper() is False for _, name, _ in found)
    if speaker is not None:
        assert [name for _, name, _ in found] == [speaker]


SPEECH_LINE = """
WARREN~   WARREN  PROPN  0  root
:         :       PUNCT  1  punct
We        we      PRON   4  nsubj
will      will    AUX    4  aux
vote      vote    VERB   1  parataxis
no~       no      ADV    4  advmod
.         .       PUNCT  1  punct
"""


def test_a_lone_turn_that_opens_as_speech_is_still_a_turn() -> None:
    text, quotes = quotes_of(SPEECH_LINE)
    turns = [(q["text"], q["speaker"]["text"]) for q in quotes if q["rule"] == "speaker-turn"]
    assert turns == [("We will vote no.", "WARREN")]


# 'KARACHI: …' then 'ISLAMABAD: …': a roundup of datelined items, each a story of its own (two lines of
# the turn shape, so no lone line); the sentence splitter cut 'ISLAMABAD:' off its line
ROUNDUP = """
KARACHI~     KARACHI      PROPN  11  nsubj
:            :            PUNCT  11  punct
Sindh        Sindh        PROPN  5   compound
Chief        Chief        PROPN  5   compound
Minister     Minister     PROPN  7   compound
Murad        Murad        PROPN  7   compound
Ali          Ali          PROPN  8   compound
Shah         Shah         PROPN  11  nsubj
on           on           ADP    10  case
Tuesday      Tuesday      PROPN  8   nmod
said         say          VERB   0   root
the          the          DET    13  det
province     province     NOUN   15  nsubj
would        would        AUX    15  aux
receive      receive      VERB   11  ccomp
more         more         ADJ    17  amod
funds~       fund         NOUN   15  obj
.            .            PUNCT  11  punct

#par
ISLAMABAD~   ISLAMABAD    PROPN  0   root
:            :            PUNCT  1   punct

The          the          DET    3   det
federal      federal      ADJ    3   amod
government   government   NOUN   4   nsubj
said         say          VERB   0   root
it           it           PRON   7   nsubj
would        would        AUX    7   aux
review       review       VERB   4   ccomp
the          the          DET    9   det
request~     request      NOUN   7   obj
.            .            PUNCT  4   punct
"""


@pytest.mark.parametrize("swaps", [{}, {"KARACHI": "QUETTA", "ISLAMABAD": "PESHAWAR"},
                                   {"Murad": "Bilal", "Shah ": "Khan "}])
def test_a_roundup_of_datelined_lines_has_no_turns(swaps: dict[str, str]) -> None:
    table = ROUNDUP
    for old, new in swaps.items():
        table = table.replace(old, new)
    text, quotes = quotes_of(table)
    assert all(q["rule"] != "speaker-turn" for q in quotes)
    assert not [q for q in quotes if q["speaker"] is not None and q["speaker"]["text"].isupper()]
    assert [q["text"] for q in quotes] == ["the province would receive more funds", "it would review the request"]


TURN_THEN_ANSWER = """
SMITH~    SMITH   PROPN  4  nsubj
:         :       PUNCT  4  punct
The       the     DET    4  det
mayor     mayor   NOUN   5  nsubj
said      say     VERB   0  root
he        he      PRON   7  nsubj
quit~     quit    VERB   5  ccomp
.         .       PUNCT  5  punct

#par
HOST~     host    NOUN   0  root
:         :       PUNCT  1  punct
Really~   really  ADV    1  discourse
?         ?       PUNCT  1  punct
"""


def test_a_transcript_turn_that_reports_someone_stays_a_turn() -> None:
    # one turn reads like a lede ('The mayor said he quit'), the other does not: a transcript
    text, quotes = quotes_of(TURN_THEN_ANSWER)
    assert [(q["text"], q["speaker"]["text"]) for q in quotes if q["rule"] == "speaker-turn"] == [
        ("The mayor said he quit.", "SMITH"), ("Really?", "HOST")]


ACCORDING_AFTER_DATELINE = """
MUMBAI~    MUMBAI    PROPN  9   nsubj  O  Number=Sing
:          :         PUNCT  9   punct  O  _
According  accord    VERB   5   case   O  Tense=Pres|VerbForm=Part
to         to        ADP    5   case   O  _
police~    police    NOUN   9   obl    O  Number=Sing
,          ,         PUNCT  5   punct  O  _
the        the       DET    8   det    O  Definite=Def|PronType=Art
accused    accuse    VERB   9   nsubj  O  Tense=Past|VerbForm=Part
fled       flead     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    11  det    O  Definite=Def|PronType=Art
spot       spot      NOUN   9   obj    O  Number=Sing
after      after     ADP    14  case   O  _
the        the       DET    14  det    O  Definite=Def|PronType=Art
incident~  incident  NOUN   9   obl    O  Number=Sing
.          .         PUNCT  1   punct  O  _
"""

DATELINE_AFTER_BYLINE = """
By        by        ADP   3  case      O  _
staff     staff     NOUN  3  compound  O  Number=Sing
reporter  reporter  NOUN  0  root      O  Number=Sing

#par
MUMBAI~     MUMBAI      PROPN  9   nsubj         O  Number=Sing
:           :           PUNCT  9   punct         O  _
The         the         DET    6   det           O  Definite=Def|PronType=Art
Bombay      Bombay      PROPN  6   compound      O  Number=Sing
High        high        ADJ    6   amod          O  Degree=Pos
Court       Court       PROPN  9   nsubj         O  Number=Sing
on          on          ADP    8   case          O  _
Friday      Friday      PROPN  6   nmod          O  Number=Sing
pulled      pull        VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
up          up          ADP    9   compound:prt  O  _
the         the         DET    13  det           O  Definite=Def|PronType=Art
state       state       NOUN   13  compound      O  Number=Sing
government  government  NOUN   9   obj           O  Number=Sing
over        over        ADP    15  case          O  _
potholes~   potholes    NOUN   13  nmod          O  Number=Plur
.           .           PUNCT  1   punct         O  _
"""


def test_a_dateline_before_according_to_or_opening_the_article_is_no_name_colon_speaker() -> None:
    # tester 6: 'MUMBAI: According to police, …' gave MUMBAI the words 'According to police' at 0.77,
    # and 'MUMBAI: The Bombay High Court on Friday pulled up…' after a byline gave MUMBAI the sentence
    text, quotes = quotes_of(ACCORDING_AFTER_DATELINE)
    assert [(q["text"], q["speaker"]["text"] if q["speaker"] else None) for q in quotes] == [
        ("the accused fled the spot after the incident", "police")]
    assert quotes_of(DATELINE_AFTER_BYLINE)[1] == []
