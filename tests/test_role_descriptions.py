"""A definite description or role noun that names the speaker ("the judge", "the baroness", "the
Republican", "the former chief constable", "the Japanese minister", "the company") resolves to the one
entity that holds that role, and never to a person whose role contradicts it: the bench is not counsel,
a Democrat is not the Republican, a serving chief constable is not the former one. A description that
fits no one stays an entity of its own below the 0.7 that reads as confident. Parses as the bundled
models gave them (tests/role_tables.py); issue 14, kinds 8 and 9."""

from __future__ import annotations

from typing import Any

import pytest
import role_tables as t
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers import resolve_speakers
from quotetrace.core.speakers.context import View
from quotetrace.core.speakers.lexicon import load_lexicon
from quotetrace.core.speakers.names import find_names
from test_speakers import quote

CONFIDENT = 0.7


def record(table: str) -> dict[str, Any]:
    return analyze(build_document(table)).to_record(trace=True)


def said(table: str, content: str) -> dict[str, Any]:
    """The quote whose text holds `content`, with its speaker's entity record as `entity`."""
    found = record(table)
    q = next(q for q in found["quotes"] if content in q["text"])
    entity = next((e for e in found["speakers"] if q["speaker"] and e["id"] == q["speaker"]["entity"]), None)
    return {**q, "entity": entity}


def step(q: dict[str, Any]) -> str:
    return next(s for s in q["trace"] if s.startswith("speaker:"))


@pytest.mark.parametrize(("table", "content", "mention", "name"), [
    # a title used as a role noun: the one person named with it
    (t.BARONESS, "rushed and badly drafted", "The baroness", "Ruth Ayre"),
    (t.MAYOR, "hire more officers", "The mayor", "Linda Torres"),
    (t.SENATOR, "talks had gone well", "The senator", "Ray Mann"),
    (t.CONSTABLE, "crime had fallen", "The chief constable", "Ann Marsh"),
    (t.JUDGE_NAMED, "trial would resume", "The judge", "Ann Fox"),  # not "prosecutor Bo Kim"
    # a party's member: the person whose apposition or title says so, whichever comes first
    (t.REPUBLICAN, "no deal was reached", "The Republican", "Joe Pike"),
    (t.DEMOCRAT, "talks would go on", "The Democrat", "Ray Mann"),
    (t.CONSERVATIVE, "taxes were too high", "The Conservative", "Ann Lee"),
    # "former" + role: the predecessor of the role's holder
    (t.FORMER_CONSTABLE, "rock bottom", "the former chief constable", "John Webb"),
    (t.FORMER_MAYOR, "deep trouble", "the former mayor", "Ann Cole"),
    # "new" + role: the successor, not the holder he succeeds
    (t.SUCCESSOR, "We start today", "the new mayor", "Ann Cole"),
    # a nationality standing for a person: the one named with it, in a title or in commas
    (t.CANADIAN, "win was a surprise", "The Canadian", "Ann Lee"),
    (t.GERMAN, "talks were frank", "The German", "Olaf Brandt"),
    # a counterpart holds the role of the person he is the counterpart of, with his own nationality
    (t.JAPANESE, "tariffs would stay", "The Japanese minister", "Kenji Sato"),
    (t.FRENCH, "border would stay open", "The French minister", "Paul Roux"),
    # a role said in a name's apposition
    (t.THE_VIROLOGIST, "variant was mild", "The virologist", "Maya Rao"),
    # a company named as one: "the company", "the firm", "the airline"
    (t.HALCYON, "would step down", "the company", "Halcyon Corp."),
    (t.NORDIC, "apologise for the disruption", "the company", "Nordic Rail"),
    (t.ZTX, "We are sorry", "the company", "ZTX"),  # an organization of no class that just spoke
    (t.FIRM, "profits had halved", "the firm", "Brightline Inc."),
    (t.AIRLINE, "sorry for the delays", "the airline", "Skyway Airways"),
])
def test_a_description_resolves_to_the_holder_of_its_role(table: str, content: str, mention: str, name: str) -> None:
    q = said(table, content)
    assert (q["speaker"]["text"], q["speaker"]["name"]) == (mention, name)
    assert step(q).startswith("speaker:description(")


@pytest.mark.parametrize(("table", "content", "mention", "not_named"), [
    (t.COURT, "put aside any sympathy", "The judge", "Amelia Grant"),  # the prosecutor
    (t.BARRISTER, "trial would continue", "The judge", "Tom Hale"),  # defence barrister
    (t.MAGISTRATE, "fine would stand", "The magistrate", "Ed Marr"),  # solicitor
    (t.DUCHESS, "bill was rushed", "The duchess", "Keir Danvers"),  # no duchess named
    (t.NO_REPUBLICAN, "no deal was reached", "The Republican", "Ray Mann"),  # a Democrat
    (t.NO_JAPANESE, "tariffs would stay", "The Japanese minister", "Li Wei"),  # the trade minister
    (t.NO_GERMAN, "talks were frank", "The German", "Olaf Brandt"),  # no one was named German
    (t.ONLY_FORMER, "would go ahead", "The mayor", "Ann Cole"),  # she is the former mayor only
    (t.REPORTERS, "story was true", "The reporter", "Bo Kim"),  # "told reporters Bo Kim had resigned"
    (t.MINISTRY, "market was stable", "The ministry", "Halcyon Corp."),  # a company is no ministry
    # another party, though both are "presidential nominee"
    (t.DEMOCRATIC, "polls were wrong", "The Democratic presidential nominee", "Joe Pike"),
    # a description entity's own modifiers: another state's senator
    (t.OWN_LABEL, "it would fail", "The Vermont senator", "The Kentucky senator"),
])
def test_a_description_that_fits_no_one_is_its_own_entity_below_confident(
    table: str, content: str, mention: str, not_named: str
) -> None:
    q = said(table, content)
    assert q["speaker"]["name"] == mention != not_named
    assert q["entity"]["mentions"] == [[q["speaker"]["start"], q["speaker"]["end"]]]  # no name of anyone's
    assert q["confidence"] < CONFIDENT
    assert step(q).startswith("speaker:description(no-match")


def test_the_prosecutor_named_in_the_speaker_mention_is_no_judge() -> None:
    # the learned model's mention 'The prosecutor, Ms Amelia Grant' names her; "The judge" is not her
    doc = build_document(t.COURT)
    quotes = [
        quote(doc, "q1", "the defendant had lied repeatedly", "The prosecutor, Ms Amelia Grant", "prosecutor",
              kind="indirect"),
        quote(doc, "q2", "The evidence is overwhelming,", "she"),
        quote(doc, "q3", "the jury must put aside any sympathy", "The judge", kind="indirect"),
    ]
    resolved, entities = resolve_speakers(doc, quotes)
    names = {e.id: e for e in entities}
    grant, judge = names[resolved[0].entity_id], names[resolved[2].entity_id]
    assert (grant.name, grant.description) == ("Amelia Grant", "prosecutor")
    assert resolved[1].entity_id == grant.id
    assert judge.name == "The judge" and resolved[2].confidence < CONFIDENT


@pytest.mark.parametrize(("table", "name", "description"), [
    (t.COURT, "Amelia Grant", "prosecutor"),  # 'The prosecutor, Ms Amelia Grant,': the title is hers
    (t.BARRISTER, "Tom Hale", "Defence barrister"),  # role and name side by side as subjects
    (t.JUDGE_NAMED, "Bo Kim", "prosecutor"),  # not "Judge" across "and"
    (t.REPUBLICAN, "Joe Pike", "Senator, Republican"),  # ', a Republican,' which the parse made a subject
    (t.REPUBLICAN, "Ray Mann", "Senator, Democrat"),
    (t.FORMER_CONSTABLE, "John Webb", "predecessor"),
    (t.VIROLOGIST, "Maya Rao", "Dr, virologist"),
    (t.ECONOMIST, "Ian Holt", "Professor, economist"),
    (t.REPUBLICAN_JOE, "Joe Pike", "Republican"),  # a party adjective in front is no part of the name
    (t.IOWA, "Iowa Republicans", ""),  # a plural is a group's name, not a title
])
def test_a_role_beside_a_name_describes_it(table: str, name: str, description: str) -> None:
    names = find_names(View(build_document(table), []), load_lexicon(), frozenset())
    assert {n.display: n.description for n in names}[name] == description


@pytest.mark.parametrize(("table", "content", "mention", "name"), [
    # an indefinite role in commas after a name is that name, whichever the parse made the subject
    (t.VIROLOGIST, "not more dangerous", "a virologist", "Maya Rao"),
])
def test_an_apposed_role_that_the_attribution_took_for_the_speaker_is_the_name(
    table: str, content: str, mention: str, name: str
) -> None:
    q = said(table, content)
    assert (q["speaker"]["text"], q["speaker"]["name"]) == (mention, name)
    assert q["confidence"] >= CONFIDENT
    assert q["entity"]["description"] == "Dr, virologist"


@pytest.mark.parametrize(("table", "content", "name"), [
    (t.IFS, "worse off", "Institute for Fiscal Studies"),  # the report's issuer, not "Institute"
    (t.CFR, "talks have stalled", "Council on Foreign Relations"),
    (t.CPS, "taxes were too high", "Centre for Policy Studies"),
    (t.DWP, "figures were wrong", "Department for Work and Pensions"),  # "and" goes on with such a name
    (t.CEBR, "growth will slow", "Centre for Economics and Business Research"),
    (t.ONS, "wages rose", "Office for National Statistics"),  # the study's issuer
])
def test_an_institution_name_holds_its_lower_case_connector(table: str, content: str, name: str) -> None:
    q = said(table, content)
    assert q["speaker"]["name"] == name
    assert q["entity"]["type"] == "organization"


def test_an_acronym_after_and_is_a_body_of_its_own() -> None:
    names = find_names(View(build_document(t.MOD_NATO), []), load_lexicon(), frozenset())
    assert [n.display for n in names] == ["Ministry of Defence", "NATO"]


def test_two_companies_tie_below_confident() -> None:
    # "Halcyon Corp. bought Brightline Inc. … The company said": either may be meant
    q = said(t.TWO_COMPANIES, "deal would close")
    assert q["speaker"]["name"] in {"Halcyon Corp.", "Brightline Inc."}
    assert step(q) == "speaker:description(tie×0.6)"
    assert q["confidence"] < CONFIDENT


def test_a_role_class_match_alone_is_not_confident() -> None:
    # "the researcher" after "Professor Ann Cole": the last speaker of a class that holds several roles,
    # a match that was right 3 times in 6 on PolNeAR, so it stays below 0.7
    q = said(t.ROLE_CLASS, "more work was needed")
    assert q["speaker"]["name"] == "Ann Cole"
    assert step(q).startswith("speaker:description(role-class")
    assert q["confidence"] < CONFIDENT


@pytest.mark.parametrize(("table", "content", "mention", "name"), [
    (t.FORMER_LATTER, "budget was fair", "The former", "Kara Obi"),
    (t.FORMER_LATTER, "it was cruel", "the latter", "Lee Tan"),  # its own report after the semicolon
    (t.LATTER_SWAPPED, "budget was cruel", "The former", "Lee Tan"),
    (t.LATTER_SWAPPED, "it was fair", "the latter", "Kara Obi"),
    (t.LATTER_ORGS, "merger was off", "The latter", "Bolt Ltd."),
    # an age: the one person named with it, in commas, with "aged", in brackets or in front
    (t.AGE, "We were unlucky", "the 29-year-old", "Ed Lamb"),
    (t.AGE_AGED, "We were unlucky", "the 34-year-old", "Tom Kane"),
    (t.AGE_FRONT, "fresh start", "the 29-year-old", "Ed Lamb"),
    (t.AGE_BRACKETS, "It hurts", "the 29-year-old", "Ed Lamb"),
])
def test_a_description_by_place_or_age_resolves_to_that_person(
    table: str, content: str, mention: str, name: str
) -> None:
    q = said(table, content)
    assert (q["speaker"]["text"], q["speaker"]["name"]) == (mention, name)
    assert step(q) in {"speaker:description(pair×0.9)", "speaker:description(age×0.9)"}


@pytest.mark.parametrize("table", [t.FORMER_ALONE, t.FORMER_ONE])
def test_the_former_with_no_pair_before_names_no_one(table: str) -> None:
    q = said(table, "budget was fair")
    assert q["speaker"] is None
    assert q["confidence"] < CONFIDENT


def test_an_age_that_fits_no_one_is_its_own_entity_below_confident() -> None:
    q = said(t.AGE_NONE, "We were unlucky")
    assert q["speaker"]["name"] == "the 40-year-old"
    assert q["confidence"] < CONFIDENT


def test_a_capitalised_role_opening_the_sentence_is_no_part_of_the_name() -> None:
    # 'Striker Tom Kane, aged 34,': the tagger's proper noun "Striker" is a WordNet person noun
    names = find_names(View(build_document(t.AGE_AGED), []), load_lexicon(), frozenset())
    assert [(n.display, n.description) for n in names][0] == ("Tom Kane", "Striker")


CFO_AFTER_A_NAME = '''
Ann    Ann   PROPN  3  nsubj  O  Number=Sing
Lee    Lee   PROPN  1  flat   O  Number=Sing
runs   run   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
the    the   DET    5  det    O  Definite=Def|PronType=Art
bank~  bank  NOUN   3  obj    O  Number=Sing
.      .     PUNCT  3  punct  O  _

#par
The       the      DET    2  det    O  Definite=Def|PronType=Art
{role}    {role}   PROPN  3  nsubj  O  Number=Sing
said      say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
margins   margin   NOUN   6  nsubj  O  Number=Plur
would     would    AUX    6  aux    O  VerbForm=Fin
improve~  improve  VERB   3  ccomp  O  VerbForm=Inf
.         .        PUNCT  3  punct  O  _
'''


@pytest.mark.parametrize("role", ["CFO", "COO", "CTO", "CEO"])
def test_an_executive_acronym_the_tagger_read_as_a_name_is_a_role_noun(role: str) -> None:
    # "The CFO" was a speaker named "CFO" at 0.9: an entity that is nobody, reported as sure
    q = said(CFO_AFTER_A_NAME.replace("{role}", role), "margins would improve")
    assert q["entity"]["type"] != "person" or q["entity"]["name"] != role
    assert step(q).startswith("speaker:description")
    assert q["confidence"] < CONFIDENT


UNNAMED_COMPANY_TWICE = """
The      the      DET    2  det    O  Definite=Def|PronType=Art
company  company  NOUN   3  nsubj  O  Number=Sing
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
profits  profit   NOUN   6  nsubj  O  Number=Plur
would    would    AUX    6  aux    O  VerbForm=Fin
fall~    fall     VERB   3  ccomp  O  VerbForm=Inf
.        .        PUNCT  3  punct  O  _

#par
"~       "        PUNCT  5   punct  O  _
Trading  trading  NOUN   5   nsubj  O  Number=Sing
has      have     AUX    5   aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
been     be       AUX    5   cop    O  Tense=Past|VerbForm=Part
weak~    weak     ADJ    10  ccomp  O  Degree=Pos
,~       ,        PUNCT  5   punct  O  _
"        "        PUNCT  5   punct  O  _
the      the      DET    9   det    O  Definite=Def|PronType=Art
firm     firm     NOUN   10  nsubj  O  Number=Sing
said~    say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.        .        PUNCT  10  punct  O  _
"""


def test_a_description_linked_to_an_unnamed_description_stays_unresolved() -> None:
    # tester 5: "the firm" after "the company" (no company named) was the company's at 0.81
    first = said(UNNAMED_COMPANY_TWICE, "profits would fall")
    second = said(UNNAMED_COMPANY_TWICE, "Trading has been weak")
    assert first["speaker"]["entity"] == second["speaker"]["entity"]
    assert second["confidence"] < CONFIDENT
    assert "no-match" in step(second)
