"""A title after a verb of performing is a work, not speech (issue 14, C): 'The band played "Yesterday"
before an encore.' gave a direct quote to "The band". The verbs are `performing-cues`
(data/word_classes.tsv); the rules and the model's reading both leave the title out, while a cue that
reports keeps its quotation."""

from __future__ import annotations

import pytest
import torch
from quotetrace.core.attribution.assemble import link, segments
from quotetrace.core.attribution.combine import to_quotes
from quotetrace.core.attribution.features import split_words
from quotetrace.core.attribution.tagger import TAGS
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.marks import find_quoted_spans

WORK = """
The      the      DET    2  det    O
{who}    {who}    NOUN   3  nsubj  O
{verb}   {lemma}  VERB   0  root   O
"~       "        PUNCT  5  punct  O
{title}~ {title}  PROPN  3  obj    O
"        "        PUNCT  5  punct  O
before   before   ADP    8  case   O
an       a        DET    8  det    O
encore~  encore   NOUN   3  obl    O
.        .        PUNCT  3  punct  O
"""

PERFORMED = [("band", "played", "play", "Yesterday"), ("choir", "sang", "sing", "Jerusalem"),
             ("quartet", "performed", "perform", "Heartbeat")]


@pytest.mark.parametrize(("who", "verb", "lemma", "title"), PERFORMED)
def test_the_rules_read_a_performed_title_as_a_work(who: str, verb: str, lemma: str, title: str) -> None:
    table = WORK.format(who=who, verb=verb, lemma=lemma, title=title)
    assert analyze(build_document(table)).to_record()["quotes"] == []


def test_a_cue_that_reports_keeps_its_quotation() -> None:
    table = WORK.format(who="coach", verb="shouted", lemma="shout", title="Yesterday")
    assert [q["text"] for q in analyze(build_document(table)).to_record()["quotes"]] == ["Yesterday"]


@pytest.mark.parametrize(("who", "verb", "lemma", "title"), PERFORMED)
def test_the_models_reading_of_a_performed_title_is_no_quote(who: str, verb: str, lemma: str, title: str) -> None:
    doc = build_document(WORK.format(who=who, verb=verb, lemma=lemma, title=title))
    words = split_words(doc.text)
    texts = words.strings()
    names = ["O"] * len(texts)
    names[texts.index(who)] = "B-Source"
    names[texts.index(verb)] = "B-Cue"
    names[texts.index(title)] = "B-Content"
    tags = torch.nn.functional.one_hot(torch.tensor([TAGS.index(n) for n in names]), len(TAGS)).float()
    assert to_quotes(doc, words, link(words, segments(tags)), find_quoted_spans(doc.text, words.paragraphs)) == []
