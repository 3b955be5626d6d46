"""An apposition of the source belongs to the source, not the content (issue 14: 'According to Mia Grant,
the transport secretary, fares will rise…' gave content 'the transport secretary, fares will rise…')."""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze


def quotes_of(table: str) -> list[dict[str, Any]]:
    doc = build_document(table)
    quotes: list[dict[str, Any]] = analyze(doc).to_record(trace=True)["quotes"]
    for quote in quotes:
        if len(quote["spans"]) == 1:
            start, end = quote["spans"][0]
            assert doc.text[start:end] == quote["text"]
    return quotes


ACCORDING = """
According  accord    VERB   4  case
to         to        ADP    1  fixed
Mia        Mia       PROPN  4  compound
Grant~     Grant     PROPN  {root} obl
,          ,         PUNCT  4  punct
the        the       DET    8  det
{mod}      {mod}     {modpos}  8  {moddep}
{role}~    {role}    NOUN   {root} nsubj
,          ,         PUNCT  4  punct
fares      fare      NOUN   {root} nsubj
will       will      AUX    {root} aux
rise       rise      VERB   0  root
by         by        ADP    15 case
5          5         NUM    15 nummod
percent~   percent   NOUN   12 obl
.          .         PUNCT  12 punct
"""


@pytest.mark.parametrize(("mod", "modpos", "moddep", "role"), [
    ("transport", "NOUN", "compound", "secretary"),
    ("chief", "ADJ", "amod", "economist"),
    ("union's", "NOUN", "nmod:poss", "spokeswoman"),
])
def test_an_apposition_of_the_source_is_not_content(mod: str, modpos: str, moddep: str, role: str) -> None:
    table = ACCORDING.format(mod=mod, modpos=modpos, moddep=moddep, role=role, root=12)
    quotes = quotes_of(table)
    assert [(q["text"], q["speaker"]["text"], q["cue"]["text"]) for q in quotes] == [
        ("fares will rise by 5 percent", "Mia Grant", "According to")
    ]


def test_a_subject_set_off_by_a_relative_clause_stays_content() -> None:
    table = """
According  accord    VERB   3  case
to         to        ADP    1  fixed
police~    police    NOUN   11 obl
,          ,         PUNCT  3  punct
the        the       DET    6  det
suspect~   suspect   NOUN   11 nsubj:pass
,          ,         PUNCT  9  punct
who        who       PRON   9  nsubj
fled~      flee      VERB   6  acl:relcl
,          ,         PUNCT  9  punct
was        be        AUX    11 aux:pass
arrested~  arrest    VERB   0  root
.          .         PUNCT  11 punct
"""
    assert [q["text"] for q in quotes_of(table)] == ["the suspect, who fled, was arrested"]


def test_a_thing_set_off_by_commas_stays_content() -> None:
    table = """
According  accord    VERB   3  case
to         to        ADP    1  fixed
police~    police    NOUN   10 obl
,          ,         PUNCT  3  punct
the        the       DET    6  det
road~      road      NOUN   10 nsubj
,          ,         PUNCT  8  punct
however~   however   ADV    10 advmod
,          ,         PUNCT  8  punct
stays      stay      VERB   0  root
open~      open      ADJ    10 xcomp
.          .         PUNCT  10 punct
"""
    assert [q["text"] for q in quotes_of(table)] == ["the road, however, stays open"]


# 'Jane Doyle said her brother, Mike, had told her…': a parser made "her brother" the cue's object and the
# name set off by commas the clause's subject; the content lost "her brother," (issue 14)
APPOSED_SUBJECT = """
Doyle      Doyle     PROPN  2  nsubj
{verb}     {lemma}   VERB   0  root
{det}      {det}     {detpos} 4 {detdep}
{noun}~    {noun}    NOUN   2  obj
,          ,         PUNCT  6  punct
{name}~    {name}    PROPN  9  nsubj
,          ,         PUNCT  6  punct
had        have      AUX    9  aux
{what}     {whatl}   VERB   2  ccomp
the        the       DET    11 det
plan~      plan      NOUN   9  obj
.          .         PUNCT  2  punct
"""


@pytest.mark.parametrize(("verb", "lemma", "det", "detpos", "detdep", "noun", "name", "what", "whatl"), [
    ("said", "say", "her", "PRON", "nmod:poss", "brother", "Mike", "backed", "back"),
    ("argued", "argue", "their", "PRON", "nmod:poss", "lawyer", "Lee", "opposed", "oppose"),
    ("wrote", "write", "the", "DET", "det", "mayor", "Cole", "signed", "sign"),
    ("insisted", "insist", "her", "PRON", "nmod:poss", "deputy", "Kim", "drafted", "draft"),
    ("argued", "argue", "her", "PRON", "nmod:poss", "lawyer", "Lee", "opposed", "oppose"),
])
def test_the_subject_before_its_apposition_is_content(verb: str, lemma: str, det: str, detpos: str, detdep: str,
                                                      noun: str, name: str, what: str, whatl: str) -> None:
    table = APPOSED_SUBJECT.format(verb=verb, lemma=lemma, det=det, detpos=detpos, detdep=detdep, noun=noun,
                                   name=name, what=what, whatl=whatl)
    quotes = quotes_of(table)
    assert [(q["text"], q["cue"]["text"]) for q in quotes] == [(f"{det} {noun}, {name}, had {what} the plan", verb)]


def test_a_listener_before_a_name_stays_out_of_the_content() -> None:
    # "told her brother, Mike, had…" is ungrammatical news prose; tell's object is its listener
    table = APPOSED_SUBJECT.format(verb="told", lemma="tell", det="her", detpos="PRON", detdep="nmod:poss",
                                   noun="brother", name="Mike", what="backed", whatl="back")
    assert [q["text"] for q in quotes_of(table) if q["text"].startswith("her brother")] == []
