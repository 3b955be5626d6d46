"""The attribution model's quotes go through the rules' tests for a cue that reports nothing: a negated
or hypothetical cue and an infinitive after a verb that reports none are left out (a tester saw
'Solheim did not say whether …' and 'declined to comment' reported in the default hybrid mode)."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.features import split_words
from quotetrace.core.build import build_document
from test_passive_listener import _model_quotes as tagged_model_quotes
from test_passive_listener import _read

NOT_SAY = """
Solheim  Solheim  PROPN  4  nsubj   O
did      do       AUX    4  aux     O
{neg}    {neg}    PART   4  advmod  O
say      say      VERB   0  root    O
whether  whether  SCONJ  8  mark    O
the      the      DET    7  det     O
government  government  NOUN  8  nsubj  O
had      have     VERB   4  ccomp   O
a        a        DET    10 det     O
plan~    plan     NOUN   8  obj     O
.        .        PUNCT  4  punct   O
"""

WOULD_SAY = """
Solheim  Solheim  PROPN  3  nsubj   O
would    would    AUX    3  aux     O
say      say      VERB   0  root    O
the      the      DET    5  det     O
plan     plan     NOUN   7  nsubj   O
had      have     AUX    7  aux     O
failed~  fail     VERB   3  ccomp   O
.        .        PUNCT  3  punct   O
"""

SAID = """
Solheim  Solheim  PROPN  2  nsubj   O
said     say      VERB   0  root    O
the      the      DET    4  det     O
plan     plan     NOUN   6  nsubj   O
had      have     AUX    6  aux     O
failed~  fail     VERB   2  ccomp   O
.        .        PUNCT  2  punct   O
"""

INFINITIVE = """
Kerr     Kerr     PROPN  2  nsubj   O
{verb}   {lemma}  VERB   0  root    O
to       to       PART   4  mark    O
{what}~  {what}   VERB   2  xcomp   O
.        .        PUNCT  2  punct   O
"""


def _model_quotes(table: str, cue: str, content: list[str]) -> list[str]:
    """The model's quotes, as their content texts, for a tagging with the first word the source, `cue`
    the cue and the words `content` the content (`test_passive_listener._model_quotes`)."""
    text, quotes = tagged_model_quotes(table, split_words(build_document(table).text).strings()[:1], [cue], content)
    return [_read(text, quote)[1] for quote in quotes]


@pytest.mark.parametrize("neg", ["not", "never"])
def test_a_negated_cue_reports_nothing(neg: str) -> None:
    content = ["whether", "the", "government", "had", "a", "plan"]
    assert _model_quotes(NOT_SAY.format(neg=neg), "say", content) == []


def test_a_hypothetical_cue_reports_nothing() -> None:
    assert _model_quotes(WOULD_SAY, "say", ["the", "plan", "had", "failed"]) == []


def test_a_plain_report_stays() -> None:
    assert _model_quotes(SAID, "said", ["the", "plan", "had", "failed"]) == ["the plan had failed"]


@pytest.mark.parametrize(("verb", "lemma", "what"), [("declined", "decline", "comment"),
                                                     ("refused", "refuse", "answer"),
                                                     ("failed", "fail", "respond")])
def test_an_infinitive_after_a_verb_that_reports_none_is_no_content(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _model_quotes(table, verb, ["to", what]) == []


@pytest.mark.parametrize(("verb", "lemma", "what"), [("vowed", "vow", "fight"), ("promised", "promise", "resign")])
def test_an_infinitive_a_cue_reports_stays(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _model_quotes(table, verb, ["to", what]) == [f"to {what}"]
