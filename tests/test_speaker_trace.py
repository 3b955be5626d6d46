"""The speaker step of a quote's trace names the link rule and the confidence factors it applied
('speaker:pronoun(salience×0.9, gender-unshown≤0.65)'), on hand-built documents, one per link path;
the factors multiply to the change in the quote's confidence."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.rules import RULES, rule_examples, step_id
from quotetrace.core.speakers import resolve_speakers
from quotetrace.core.speakers.confidence import SALIENCE, SALIENCE_ONLY, Factor, product, step_with_factors
from test_speakers import BASE, SMITHS, TIE, TWO_PEOPLE, quote


def _traces(rule_id: str) -> list[tuple[str, list[str], float]]:
    example = next(e for e in rule_examples() if e.rule_id == rule_id)
    records = analyze(build_document(example.table)).to_record(trace=True)["quotes"]
    return [(q["text"], q["trace"], q["confidence"]) for q in records]


def test_a_name_in_the_quotes_own_sentence() -> None:
    # '"It hurts," Berg said, "and we know it."': a name links with no factor
    assert _traces("split") == [("It hurts, and we know it.", ["quote-then-cue", "split", "speaker:name"], 0.9)]


def test_a_surname_two_people_share() -> None:
    doc = build_document(SMITHS)
    resolved, _ = resolve_speakers(doc, [quote(doc, "q3", "wages stalled", "Mr. Smith", "Smith", kind="indirect")])
    assert resolved[0].trace == ("speaker:name",)  # one John Smith: no factor
    doc = build_document(SMITHS.replace("Jones Jones", "Smith Smith"))
    quotes = [quote(doc, "q1", "taxes rose", "John Smith", "John", kind="indirect"),
              quote(doc, "q2", "prices fell", "Mary Smith", "Mary", kind="indirect"),
              quote(doc, "q3", "wages stalled", "Mr. Smith", "Smith", kind="indirect")]
    resolved, _ = resolve_speakers(doc, quotes)
    assert resolved[2].trace == ("speaker:name(ambiguous-name×0.7)",)
    assert resolved[2].confidence == pytest.approx(BASE * 0.7)


def test_a_pronoun_by_salience() -> None:
    [(_, trace, confidence)] = _traces("speaker:pronoun")
    assert trace == ["surface-that", "speaker:pronoun(salience×0.9)"]
    assert confidence == pytest.approx(0.9 * 0.9)


def test_a_pronoun_with_a_close_runner_up_and_one_refused_as_a_tie() -> None:
    doc = build_document(TWO_PEOPLE)
    resolved, _ = resolve_speakers(doc, [quote(doc, "q1", "it rained", "He", kind="indirect")])
    assert resolved[0].trace == ("speaker:pronoun(close-runner-up×0.7, gender-unshown≤0.65)",)
    assert resolved[0].confidence == pytest.approx(BASE * 0.65)  # the cap bounds the product 0.7
    doc = build_document(TIE)
    resolved, _ = resolve_speakers(doc, [quote(doc, "q1", "it rained", "He", kind="indirect")])
    assert resolved[0].trace == ("speaker:unresolved(near-tie×0.5, no-speaker≤0.5)",)
    assert resolved[0].confidence == pytest.approx(BASE * 0.5)


def test_a_speaker_from_the_neighbouring_sentence() -> None:
    # 'Rob Kettering said the offer was low. "We have been patient."': the quote takes the name
    assert [(text, trace) for text, trace, _ in _traces("after-report")] == [
        ("the offer was low", ["cue-complement", "speaker:name"]),
        ("We have been patient.", ["after-report", "speaker:name"])]


def test_a_role_noun_nobody_named() -> None:
    # 'The caretaker locked the gate. He said …': salience, then the unnamed role's factor
    [(_, trace, confidence)] = _traces("speaker:role-noun")
    assert trace == ["surface-that", "speaker:role-noun(salience×0.9, role-antecedent×0.8)"]
    assert confidence == pytest.approx(0.9 * 0.9 * 0.8)


def test_a_description_with_no_entity_to_match() -> None:
    [(_, trace, _)] = _traces("speaker:description")
    assert trace == ["cue-complement", "speaker:description(no-match×0.6)"]


def test_the_continuation_of_an_exchange() -> None:
    assert [(text, trace) for text, trace, _ in _traces("continuation")] == [
        ("Every day costs us,", ["quote-then-cue", "speaker:name"]),
        ("My customers do not care at all.", ["continuation", "speaker:name"])]


def test_the_form_of_a_step_and_its_id() -> None:
    factors = (SALIENCE, Factor("far", 0.7), SALIENCE_ONLY)
    step = step_with_factors("speaker:pronoun", factors)
    assert step == "speaker:pronoun(salience×0.9, far×0.7, gender-unshown≤0.65)"
    assert step_id(step) == "speaker:pronoun" and step_id("merge:mixed") == "merge:mixed"
    assert step_id(step) in RULES
    assert product(factors) == pytest.approx(0.63)  # 0.9 × 0.7, under the cap
    assert product((SALIENCE, SALIENCE_ONLY)) == 0.65  # the cap bounds 0.9
    assert product(()) == 1.0 and step_with_factors("speaker:name", ()) == "speaker:name"
