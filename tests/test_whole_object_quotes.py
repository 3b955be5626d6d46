"""A quotation that is the whole clause a cue reports is direct speech even in lower case, marks
outside, and what the writer coordinates after it is no part of it (rule cue-then-quote); quoted
words that are only part of the clause stay mixed. Hand-built parses copied from stanza's."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> tuple[str, list[dict[str, Any]]]:
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record(trace=True)["quotes"]
    for quote in quotes:
        assert "".join(doc.text[s:e] for s, e in quote["spans"]) == quote["text"].replace(" … ", "")
    return doc.text, quotes


SAID_AND_LEFT = """
Senator   Senator   PROPN  2   nmod:desc
Maria     Maria     PROPN  4   nsubj
Lopez     Lopez     PROPN  2   flat
said      say       VERB   0   root
"~        "         PUNCT  9   punct
the       the       DET    7   det
bill      bill      NOUN   9   nsubj
is        be        AUX    9   cop
dead      dead      ADJ    4   ccomp
on        on        ADP    11  case
arrival~  arrival   NOUN   9   obl
"         "         PUNCT  9   punct
and       and       CCONJ  14  cc
left      leave     VERB   4   conj
the       the       DET    16  det
chamber~  chamber   NOUN   14  obj
.         .         PUNCT  4   punct
"""

REPLIED = """
The       the       DET    2   det
governor  governor  NOUN   3   nsubj
replied   reply     VERB   0   root
"~        "         PUNCT  7   punct
we        we        PRON   7   nsubj
will      will      AUX    7   aux
see       see       VERB   3   ccomp
about     about     ADP    9   case
that~     that      PRON   7   obl
.~        .         PUNCT  3   punct
"         "         PUNCT  7   punct
"""

WARNED_AND_WALKED = """
The       the       DET    2   det
chief     chief     NOUN   3   nsubj
warned    warn      VERB   0   root
"~        "         PUNCT  7   punct
nobody    nobody    PRON   7   nsubj
is        be        AUX    7   cop
safe      safe      ADJ    3   ccomp
here~     here      ADV    7   advmod
"         "         PUNCT  7   punct
and       and       CCONJ  11  cc
walked    walk      VERB   3   conj
away~     away      ADV    11  advmod
.         .         PUNCT  3   punct
"""


@pytest.mark.parametrize(("table", "text", "speaker"), [
    (SAID_AND_LEFT, "the bill is dead on arrival", "Senator Maria Lopez"),
    (REPLIED, "we will see about that.", "The governor"),
    (WARNED_AND_WALKED, "nobody is safe here", "The chief"),
])
def test_a_lower_case_quotation_that_is_the_whole_clause_is_direct(table: str, text: str, speaker: str) -> None:
    full, quotes = quotes_of(table)
    assert [(q["kind"], q["text"]) for q in quotes] == [("direct", text)]
    quote = quotes[0]
    assert quote["rule"] == "cue-then-quote"
    assert quote["speaker"]["text"] == speaker
    start, end = quote["spans"][0]
    assert full[start - 1] == '"' and full[end] == '"'  # the marks lie outside


PART_OF_THE_CLAUSE = """
He        he        PRON   2   nsubj
said      say       VERB   0   root
"~        "         PUNCT  8   punct
the       the       DET    5   det
plan~     plan      NOUN   8   nsubj
"         "         PUNCT  5   punct
was       be        AUX    8   cop
dead~     dead      ADJ    2   ccomp
.         .         PUNCT  2   punct
"""

# a phrase in marks, not a sentence with its own subject: the report's words, read as mixed
A_PHRASE = """
She       she       PRON   2   nsubj
said      say       VERB   0   root
"~        "         PUNCT  6   punct
a         a         DET    6   det
total     total     ADJ    6   amod
disaster~ disaster  NOUN   2   ccomp
"         "         PUNCT  6   punct
for       for       ADP    10  case
his       his       PRON   10  nmod:poss
party~    party     NOUN   6   nmod
.         .         PUNCT  2   punct
"""


@pytest.mark.parametrize(("table", "text"), [
    (PART_OF_THE_CLAUSE, '"the plan" was dead'),
    (A_PHRASE, '"a total disaster" for his party'),
])
def test_quoted_words_that_are_part_of_the_clause_stay_mixed(table: str, text: str) -> None:
    _, quotes = quotes_of(table)
    assert [(q["kind"], q["text"]) for q in quotes] == [("mixed", text)]


# quoted words inside the reported clause, then a predicate of the speaker's: the reported side cuts it
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
WAS_DEAD_AND_LEFT = f"""
Senator   Senator  PROPN  4   nsubj
Maria     Maria    PROPN  4   nsubj
Lopez     Lopez    PROPN  2   flat
said      say      VERB   0   root   _ {PAST}
the       the      DET    6   det
bill      bill     NOUN   9   nsubj
was       be       AUX    9   cop    _ {PAST}
"~        "        PUNCT  9   punct
dead      dead     ADJ    4   ccomp
on        on       ADP    11  case
arrival~  arrival  NOUN   9   obl
"         "        PUNCT  9   punct
and       and      CCONJ  14  cc
left      leave    VERB   4   conj   _ {PAST}
the       the      DET    16  det
chamber~  chamber  NOUN   14  obj
.         .        PUNCT  4   punct
"""

HAD_NO_CHANCE_AND_WALKED = f"""
The       the      DET    2   det
chief     chief    NOUN   3   nsubj
said      say      VERB   0   root   _ {PAST}
the       the      DET    5   det
plan      plan     NOUN   6   nsubj
had       have     VERB   3   ccomp  _ {PAST}
"~        "        PUNCT  9   punct
no        no       DET    9   det
chance    chance   NOUN   6   obj
at        at       ADP    11  case
all~      all      DET    9   nmod
"         "        PUNCT  9   punct
and       and      CCONJ  14  cc
walked    walk     VERB   3   conj   _ {PAST}
away~     away     ADV    14  advmod
.         .        PUNCT  3   punct
"""


@pytest.mark.parametrize(("table", "text"), [
    (WAS_DEAD_AND_LEFT, 'the bill was "dead on arrival"'),
    (HAD_NO_CHANCE_AND_WALKED, 'the plan had "no chance at all"'),
])
def test_a_predicate_coordinated_after_the_quotation_is_not_content(table: str, text: str) -> None:
    _, quotes = quotes_of(table)
    assert [(q["kind"], q["text"]) for q in quotes] == [("mixed", text)]
    assert quotes[0]["rule"] == "cue-complement"
    assert "boundary:coordinated-clause" in quotes[0]["trace"]


def test_in_the_present_the_coordinated_verb_stays_in_the_report() -> None:
    # 'says the bill is "dead on arrival" and awaits a vote': as often the report's own verb
    present = "Mood=Ind|Tense=Pres|VerbForm=Fin"
    table = WAS_DEAD_AND_LEFT
    for old, new in (("said      say ", "says      say "), ("was       be ", "is        be "),
                     ("left      leave ", "awaits    await ")):
        table = table.replace(old, new)
    table = table.replace(PAST, present)
    _, quotes = quotes_of(table)
    assert [q["text"] for q in quotes] == ['the bill is "dead on arrival" and awaits the chamber']
