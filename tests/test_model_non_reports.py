"""The attribution model's quotes go through the rules' tests for a cue that reports nothing: a
hypothetical cue and an infinitive after a verb that neither reports nor refuses one are left out. A
report the cue withholds — a negated cue, a refusal before an infinitive — is kept, as PolNeAR marks
it, but never as a confident quote (a tester saw 'Solheim did not say whether …' and 'declined to
comment' reported at 0.92 in the default hybrid mode)."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.combine import WITHHELD
from quotetrace.core.attribution.features import split_words
from quotetrace.core.build import build_document
from quotetrace.core.model import Quote
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


def _tagged(table: str, cue: str, content: list[str]) -> tuple[str, list[Quote]]:
    """The text and the model's quotes for a tagging with the first word the source, `cue` the cue and
    the words `content` the content (`test_passive_listener._model_quotes`)."""
    return tagged_model_quotes(table, split_words(build_document(table).text).strings()[:1], [cue], content)


def _model_quotes(table: str, cue: str, content: list[str]) -> list[str]:
    """The model's quotes, as their content texts (`_tagged`)."""
    text, quotes = _tagged(table, cue, content)
    return [_read(text, quote)[1] for quote in quotes]


def _withheld(table: str, cue: str, content: list[str]) -> list[tuple[str, str]]:
    """(speaker, content) of each quote, asserting that each is capped and traced as withheld."""
    text, quotes = _tagged(table, cue, content)
    assert all(q.confidence <= WITHHELD and "model:withheld" in q.trace for q in quotes)
    return [_read(text, quote) for quote in quotes]


@pytest.mark.parametrize("neg", ["not", "never"])
def test_a_negated_cue_is_kept_as_a_withheld_report(neg: str) -> None:
    content = ["whether", "the", "government", "had", "a", "plan"]
    assert _withheld(NOT_SAY.format(neg=neg), "say", content) == [("Solheim", "whether the government had a plan")]
    # the same words said are a plain report, neither capped nor traced so
    _, quotes = _tagged(SAID, "said", ["the", "plan", "had", "failed"])
    assert [q.confidence > WITHHELD and "model:withheld" not in q.trace for q in quotes] == [True]


def test_a_hypothetical_cue_reports_nothing() -> None:
    assert _model_quotes(WOULD_SAY, "say", ["the", "plan", "had", "failed"]) == []


def test_a_plain_report_stays() -> None:
    assert _model_quotes(SAID, "said", ["the", "plan", "had", "failed"]) == ["the plan had failed"]


@pytest.mark.parametrize(("verb", "lemma", "what"), [("failed", "fail", "respond"), ("voted", "vote", "build"),
                                                     ("tried", "try", "win")])
def test_an_infinitive_after_a_verb_that_reports_none_is_no_content(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _model_quotes(table, verb, ["to", what]) == []


@pytest.mark.parametrize(("verb", "lemma", "what"), [("declined", "decline", "comment"),
                                                     ("refused", "refuse", "answer")])
def test_an_infinitive_after_a_refusal_is_kept_as_a_withheld_report(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _withheld(table, verb, ["to", what]) == [("Kerr", f"to {what}")]


@pytest.mark.parametrize(("verb", "lemma", "what"), [("vowed", "vow", "fight"), ("promised", "promise", "resign"),
                                                     ("claimed", "claim", "win"), ("implored", "implore", "stay"),
                                                     ("exhorted", "exhort", "stay"), ("persuaded", "persuade", "stay")])
def test_an_infinitive_a_cue_reports_stays(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _model_quotes(table, verb, ["to", what]) == [f"to {what}"]
