"""A report whose content is only its topic (new-user testers: 'Alex Morgan and Sam Patel argued about the
budget.' was a quote at 0.90, content 'the budget'). PolNeAR counts such topics, so the quote stays, but its
confidence is capped at `TOPIC_ONLY` (the share of such quotes right on PolNeAR, under 0.7) whatever found
it; a clause after the preposition ('talked about how the plan had failed') is a report and keeps its
confidence. Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
import torch
from quotetrace.core.attribution.assemble import link, segments
from quotetrace.core.attribution.combine import to_quotes
from quotetrace.core.attribution.features import split_words
from quotetrace.core.attribution.tagger import TAGS
from quotetrace.core.build import build_document
from quotetrace.core.model import Document, Quote
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.marks import find_quoted_spans
from quotetrace.core.quotes.topics import TOPIC_ONLY, cap_topic_only

SPOKE_ABOUT = """
The        the       DET    3  det     O  Definite=Def|PronType=Art
two        two       NUM    3  nummod  O  NumForm=Word|NumType=Card
leaders    leader    NOUN   4  nsubj   O  Number=Plur
spoke      speak     VERB   0  root    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
about      about     ADP    6  case    O  _
trade      trade     NOUN   4  obl     O  Number=Sing
and        and       CCONJ  8  cc      O  _
security~  security  NOUN   6  conj    O  Number=Sing
.          .         PUNCT  4  punct   O  _
"""

ARGUED_ABOUT = """
Alex     Alex    PROPN  6  nsubj  O  Number=Sing
Morgan   Morgan  PROPN  1  flat   O  Number=Sing
and      and     CCONJ  4  cc     O  _
Sam      Sam     PROPN  2  conj   O  Number=Sing
Patel    Patel   PROPN  2  conj   O  Number=Sing
argued   argue   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
about    about   ADP    9  case   O  _
the      the     DET    9  det    O  Definite=Def|PronType=Art
budget~  budget  NOUN   6  obl    O  Number=Sing
.        .       PUNCT  6  punct  O  _
"""

COMPLAINED_ABOUT = """
Residents   Residents  NOUN   2  nsubj  O  Number=Plur
complained  complain   VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
about       about      ADP    5  case   O  _
the         the        DET    5  det    O  Definite=Def|PronType=Art
noise~      noise      NOUN   2  obl    O  Number=Sing
.           .          PUNCT  2  punct  O  _
"""

COMPLAINED_THAT = """
Residents   Residents  NOUN   2  nsubj  O  Number=Plur
complained  complain   VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
that        that       SCONJ  6  mark   O  _
the         the        DET    5  det    O  Definite=Def|PronType=Art
noise       noise      NOUN   6  nsubj  O  Number=Sing
kept        keep       VERB   2  ccomp  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
them        they       PRON   6  obj    O  Case=Acc|Number=Plur|Person=3|PronType=Prs
awake~      awake      VERB   6  xcomp  O  _
.           .          PUNCT  2  punct  O  _
"""

TALKED_ABOUT_HOW = """
Tom      Tom    PROPN  3  nsubj   O  Number=Sing
Reed     Reed   PROPN  1  flat    O  Number=Sing
talked   talk   VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
about    about  ADP    5  case    O  _
how      how    ADV    9  advmod  O  PronType=Int
the      the    DET    7  det     O  Definite=Def|PronType=Art
plan     plan   NOUN   9  nsubj   O  Number=Sing
had      have   AUX    9  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
failed~  fail   VERB   3  ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
.        .      PUNCT  3  punct   O  _
"""


def _rules(table: str) -> list[tuple[str, float, bool]]:
    """(content, confidence, whether the cap fired) of each quote the rules read."""
    result = analyze(build_document(table))
    return [(" ".join(p.text_of(result.text) for p in q.parts), q.confidence, "merge:topic-only" in q.trace)
            for q in result.quotes]


def test_a_rules_topic_only_quote_stays_under_the_confident_level() -> None:
    # cue-topic gave 'trade and security' 0.708
    assert _rules(SPOKE_ABOUT) == [("trade and security", TOPIC_ONLY, True)]
    assert TOPIC_ONLY < 0.7


@pytest.mark.parametrize(("table", "content"), [
    (COMPLAINED_THAT, "that the noise kept them awake"),
    (TALKED_ABOUT_HOW, "about how the plan had failed"),
])
def test_a_clause_after_the_cue_is_a_report_and_keeps_its_confidence(table: str, content: str) -> None:
    [(text, confidence, capped)] = _rules(table)
    assert (text, capped) == (content, False)
    assert confidence > TOPIC_ONLY


def _model_quotes(table: str, source: list[str], cue: list[str], content: list[str]) -> tuple[Document, list[Quote]]:
    """The model's quotes for a tagging of `source`, `cue` and `content` (each a run of words, found at
    its first occurrence), before the pipeline's steps: the document and the quotes."""
    doc = build_document(table)
    words = split_words(doc.text)
    texts = words.strings()
    names = ["O"] * len(texts)
    for role, run in (("Source", source), ("Cue", cue), ("Content", content)):
        first = next(i for i in range(len(texts)) if texts[i:i + len(run)] == run)
        for offset in range(len(run)):
            names[first + offset] = ("B-" if offset == 0 else "I-") + role
    tags = torch.nn.functional.one_hot(torch.tensor([TAGS.index(n) for n in names]), len(TAGS)).float()
    return doc, to_quotes(doc, words, link(words, segments(tags)), find_quoted_spans(doc.text, words.paragraphs))


@pytest.mark.parametrize(("table", "source", "cue", "content"), [
    # the preposition in the cue
    (ARGUED_ABOUT, ["Alex", "Morgan", "and", "Sam", "Patel"], ["argued", "about"], ["the", "budget"]),
    # the preposition in the content
    (COMPLAINED_ABOUT, ["Residents"], ["complained"], ["about", "the", "noise"]),
])
def test_a_models_topic_only_quote_is_capped(table: str, source: list[str], cue: list[str],
                                             content: list[str]) -> None:
    doc, quotes = _model_quotes(table, source, cue, content)
    assert [q.confidence for q in quotes] == [1.0]  # the one-hot tagging: certain
    assert [(q.confidence, q.trace[-1]) for q in cap_topic_only(doc, quotes)] == [(TOPIC_ONLY, "merge:topic-only")]


# 'the people who stayed began arguing about what comes next' was the model's quote at 0.82 (tester 10):
# a question left open after a topic preposition is what the speech was about, not what was said
ARGUING_ABOUT_WHAT = """
When     when    ADV    4   advmod
the      the     DET    3   det
mine     mine    NOUN   4   nsubj
closed~  close   VERB   11  advcl
,        ,       PUNCT  4   punct
the      the     DET    7   det
people   people  NOUN   11  nsubj
who      who     PRON   9   nsubj
stayed   stay    VERB   7   acl:relcl
began    begin   AUX    11  aux
arguing  argue   VERB   0   root
about    about   ADP    13  case
what     what    PRON   14  nsubj
comes    come    VERB   11  advcl
next~    next    ADJ    14  xcomp
.        .       PUNCT  11  punct
"""


@pytest.mark.parametrize(("swaps", "cue", "content"), [
    ({}, ["arguing", "about"], ["what", "comes", "next"]),
    ({}, ["arguing"], ["about", "what", "comes", "next"]),
    ({"what     what    PRON": "who      who     PRON"}, ["arguing", "about"], ["who", "comes", "next"]),
    ({"arguing  argue ": "talking  talk  "}, ["talking", "about"], ["what", "comes", "next"]),
])
def test_an_open_question_after_a_topic_preposition_is_capped(swaps: dict[str, str], cue: list[str],
                                                              content: list[str]) -> None:
    table = ARGUING_ABOUT_WHAT
    for old, new in swaps.items():
        assert old in table
        table = table.replace(old, new)
    doc, quotes = _model_quotes(table, ["the", "people", "who", "stayed"], cue, content)
    assert [q.confidence for q in cap_topic_only(doc, quotes)] == [TOPIC_ONLY]


def test_how_after_a_topic_preposition_is_still_an_account() -> None:
    table = ARGUING_ABOUT_WHAT.replace("what     what    PRON   14  nsubj", "how      how     ADV    14  advmod")
    doc, quotes = _model_quotes(table, ["the", "people", "who", "stayed"], ["arguing", "about"],
                                ["how", "comes", "next"])
    assert [q.confidence for q in cap_topic_only(doc, quotes)] == [1.0]
