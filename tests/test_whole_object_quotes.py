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
