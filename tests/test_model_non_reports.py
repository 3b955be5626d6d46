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
from quotetrace.core.pipeline import analyze
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


REFUSED_TO = """
Kerr     Kerr     PROPN  2  nsubj   O
{verb}   {lemma}  VERB   0  root    O
to       to       PART   4  mark    O
{what}   {what}   VERB   2  xcomp   O
his      his      PRON   6  nmod:poss  O
returns~ return   NOUN   4  obj     O
.        .        PUNCT  2  punct   O
"""


@pytest.mark.parametrize(("verb", "lemma", "what"), [("declined", "decline", "release"),
                                                     ("refused", "refuse", "publish")])
def test_an_infinitive_after_a_refusal_is_kept_as_a_withheld_report(verb: str, lemma: str, what: str) -> None:
    table = REFUSED_TO.format(verb=verb, lemma=lemma, what=what)
    assert _withheld(table, verb, ["to", what, "his", "returns"]) == [("Kerr", f"to {what} his returns")]


@pytest.mark.parametrize(("verb", "lemma", "what"), [("vowed", "vow", "fight"), ("promised", "promise", "resign"),
                                                     ("claimed", "claim", "win"), ("implored", "implore", "stay"),
                                                     ("exhorted", "exhort", "stay"), ("persuaded", "persuade", "stay")])
def test_an_infinitive_a_cue_reports_stays(verb: str, lemma: str, what: str) -> None:
    table = INFINITIVE.format(verb=verb, lemma=lemma, what=what)
    assert _model_quotes(table, verb, ["to", what]) == [f"to {what}"]


WITHHELD_SAY = """
Kerr     Kerr     PROPN  2  nsubj   O
{verb}   {lemma}  {upos} 0  root    O
{mid}    {mid}    {mid_upos} {mid_head} {mid_rel} O
to       to       PART   5  mark    O
say      say      VERB   {say_head}  xcomp   O
whether  whether  SCONJ  10 mark    O
the      the      DET    8  det     O
plan     plan     NOUN   10 nsubj   O
had      have     AUX    10 aux     O
failed~  fail     VERB   5  ccomp   O
.        .        PUNCT  2  punct   O
"""


@pytest.mark.parametrize(("verb", "lemma", "upos", "mid", "mid_upos", "mid_head", "mid_rel", "say_head"), [
    ("declined", "decline", "VERB", "quickly", "ADV", 2, "advmod", 2),
    ("refused", "refuse", "VERB", "again", "ADV", 2, "advmod", 2),
    ("has", "have", "AUX", "yet", "ADV", 2, "advmod", 3),  # as the bundled parser hangs it: on 'yet'
    ("has", "have", "AUX", "yet", "ADV", 2, "advmod", 2),
])
def test_a_verb_of_saying_a_refusal_or_yet_governs_is_withheld(verb: str, lemma: str, upos: str, mid: str,
                                                                mid_upos: str, mid_head: int, mid_rel: str,
                                                                say_head: int) -> None:
    # tester 12: 'Kevin Mensah declined to say whether the tram line would be finished' was a quote at
    # 0.78 (default) and 0.9 (rules); 'has yet to say when…' at 0.88
    table = WITHHELD_SAY.format(verb=verb, lemma=lemma, upos=upos, mid=mid, mid_upos=mid_upos, mid_head=mid_head,
                                mid_rel=mid_rel, say_head=say_head)
    content = ["whether", "the", "plan", "had", "failed"]
    assert _withheld(table, "say", content) == [("Kerr", "whether the plan had failed")]
    assert analyze(build_document(table)).to_record()["quotes"] == []  # the rules: nothing was said


def test_would_not_say_is_withheld_not_hypothetical() -> None:
    # tester 12: 'would not say', the commonest refusal in news copy, was dropped as hypothetical
    table = NOT_SAY.replace("did      do       AUX", "would    would    AUX").format(neg="not")
    content = ["whether", "the", "government", "had", "a", "plan"]
    assert _withheld(table, "say", content) == [("Solheim", "whether the government had a plan")]


DECLINED_TO = """
Kerr     Kerr     PROPN  2  nsubj   O
declined decline  VERB   0  root    O
to       to       PART   4  mark    O
{verb}   {verb}   VERB   2  xcomp   O
{rest}
.        .        PUNCT  2  punct   O
"""


@pytest.mark.parametrize(("verb", "rest", "words"), [
    ("comment~", "", ["to", "comment"]),
    ("comment", "further~ further ADV 4 advmod O", ["to", "comment", "further"]),
    ("respond~", "", ["to", "respond"]),
])
def test_a_refusal_that_names_nothing_is_no_quote(verb: str, rest: str, words: list[str]) -> None:
    # tester 12: 'The BBC declined to comment.' gave the BBC a quote 'to comment' and a voice in --speakers
    table = DECLINED_TO.format(verb=verb, rest=rest).replace("\n\n", "\n")
    assert _model_quotes(table, "declined", words) == []


def test_a_refusal_about_something_stays_withheld() -> None:
    table = """
Kerr     Kerr     PROPN  2  nsubj   O
declined decline  VERB   0  root    O
to       to       PART   4  mark    O
comment  comment  VERB   2  xcomp   O
on       on       ADP    7  case    O
the      the      DET    7  det     O
leak~    leak     NOUN   4  obl     O
.        .        PUNCT  2  punct   O
"""
    assert _withheld(table, "declined", ["to", "comment", "on", "the", "leak"]) == [("Kerr", "to comment on the leak")]


# Reeves has yet to say when the budget will be published. (the bundled parser: 'say' the root, 'has' its aux)
YET_TO_SAY_ROOT = """
Reeves      Reeves   PROPN  5   nsubj       O
has         have     AUX    5   aux         O
yet         yet      ADV    5   advmod      O
to          to       PART   5   mark        O
say         say      VERB   0   root        O
when        when     ADV    11  advmod      O
the         the      DET    8   det         O
budget      budget   NOUN   11  nsubj:pass  O
will        will     AUX    11  aux         O
be          be       AUX    11  aux:pass    O
published~  publish  VERB   5   advcl       O
.           .        PUNCT  5   punct       O
"""


def test_yet_to_say_as_the_main_verb_is_withheld() -> None:
    # tester 13: 'Chancellor Rachel Reeves has yet to say when the budget will be published' at 0.83
    content = ["when", "the", "budget", "will", "be", "published"]
    assert _withheld(YET_TO_SAY_ROOT, "say", content) == [("Reeves", "when the budget will be published")]
    assert analyze(build_document(YET_TO_SAY_ROOT)).to_record()["quotes"] == []


# Reeves stopped short of saying that taxes would rise. (as the bundled models parse it)
STOPPED_SHORT = """
Reeves   Reeves  PROPN  2  nsubj   O
stopped  stop    VERB   0  root    O
short    short   ADV    2  advmod  O
of       of      SCONJ  5  mark    O
saying   say     VERB   2  advcl   O
that     that    SCONJ  9  mark    O
taxes    tax     NOUN   9  nsubj   O
would    would   AUX    9  aux     O
rise~    rise    VERB   5  ccomp   O
.        .       PUNCT  2  punct   O
"""


def test_stopping_short_of_saying_is_withheld() -> None:
    # tester 13: 'Reeves stopped short of saying that taxes would rise' at 0.88 (default) and 0.9 (rules)
    content = ["that", "taxes", "would", "rise"]
    assert _withheld(STOPPED_SHORT, "saying", content) == [("Reeves", "that taxes would rise")]
    assert analyze(build_document(STOPPED_SHORT)).to_record()["quotes"] == []


# Kerr {verb} saying that the plan had failed. (a gerund the withholding verb governs)
WITHHELD_GERUND = """
Kerr     Kerr     PROPN  2  nsubj   O
{verb}   {lemma}  VERB   0  root    O
saying   say      VERB   2  xcomp   O
that     that     SCONJ  8  mark    O
the      the      DET    6  det     O
plan     plan     NOUN   8  nsubj   O
had      have     AUX    8  aux     O
failed~  fail     VERB   3  ccomp   O
.        .        PUNCT  2  punct   O
"""


@pytest.mark.parametrize(("verb", "lemma"), [("denied", "deny"), ("avoided", "avoid")])
def test_a_gerund_of_saying_a_withholding_verb_governs_is_withheld(verb: str, lemma: str) -> None:
    # tester 12: 'Striker Jamal Reed denied saying the referee was biased' was a quote at 0.958
    table = WITHHELD_GERUND.format(verb=verb, lemma=lemma)
    content = ["that", "the", "plan", "had", "failed"]
    assert _withheld(table, "saying", content) == [("Kerr", "that the plan had failed")]


def test_failing_to_say_is_withheld() -> None:
    table = WITHHELD_SAY.format(verb="failed", lemma="fail", upos="VERB", mid="again", mid_upos="ADV", mid_head=2,
                                mid_rel="advmod", say_head=2)
    content = ["whether", "the", "plan", "had", "failed"]
    assert _withheld(table, "say", content) == [("Kerr", "whether the plan had failed")]
    assert analyze(build_document(table)).to_record()["quotes"] == []
