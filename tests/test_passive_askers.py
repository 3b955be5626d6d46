"""The passive of a verb of asking ('Tom Smith was questioned by Bill Jones'): the subject is the one
asked, no content of the asker's (rule `cue-passive`, core/quotes/indirect/broad.py). Tester 9's h13 gave
the quote "Tom Smith" to Bill Jones at 0.76. The table is stanza's parse of that sentence (`quotetrace
debug-parse`); the variants change the verb only, as the parse of 'Ms Patel was grilled by MPs' has
the same shape. A verb of criticism keeps its target as content, as PolNeAR marks it."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Tom Smith was questioned by Bill Jones on Monday.
QUESTIONED = """
Tom         Tom       PROPN  4  nsubj:pass
Smith       Smith     PROPN  1  flat
was         be        AUX    4  aux:pass
{verb}  {lemma}  VERB   0  root
by          by        ADP    6  case
Bill        Bill      PROPN  4  obl:agent
Jones       Jones     PROPN  6  flat
on          on        ADP    9  case
Monday~     Monday    PROPN  4  obl
.           .         PUNCT  4  punct
"""


def _quotes(verb: str, lemma: str) -> list[tuple[str, str, str]]:
    record = analyze(build_document(QUESTIONED.format(verb=verb, lemma=lemma))).to_record()
    return [(q["speaker"]["text"] if q["speaker"] else "", q["text"], q["rule"]) for q in record["quotes"]]


@pytest.mark.parametrize(("verb", "lemma"), [
    ("questioned", "question"), ("interviewed", "interview"), ("grilled", "grilled"), ("quizzed", "quiz"),
    ("pressed", "press"), ("asked", "ask"), ("challenged", "challenge"),
])
def test_the_one_asked_is_no_content(verb: str, lemma: str) -> None:
    assert _quotes(verb, lemma) == []


@pytest.mark.parametrize(("verb", "lemma"), [("criticized", "criticize"), ("praised", "praise")])
def test_the_target_of_a_passive_stance_stays_content(verb: str, lemma: str) -> None:
    assert _quotes(verb, lemma) == [("Bill Jones", "Tom Smith", "cue-passive")]
