"""The rule registry: every rule and step has an example that fires it, every id a rule or step emits
is registered, and the reported-speech finders run in the registry's priority order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect import FINDERS, finders_in_priority_order
from quotetrace.core.rules import RULE_IDS, RULES, Rule, parse_rule_examples, rule_examples, step_id

EXAMPLES = rule_examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.rule_id}@{e.line}" for e in EXAMPLES])
def test_each_example_fires_its_rule(example) -> None:  # type: ignore[no-untyped-def]
    quotes = analyze(build_document(example.table)).to_record(trace=True)["quotes"]
    fired = [q for q in quotes if q["text"] == example.quote]
    assert fired, f"no quote {example.quote!r} in {[q['text'] for q in quotes]}"
    assert any(example.rule_id in map(step_id, q["trace"]) for q in fired), [q["trace"] for q in fired]
    for quote in quotes:
        ids = [step_id(entry) for entry in quote["trace"]]
        assert set(ids) <= RULES.keys(), quote["trace"]
        # the record's rule is the last rule of its trace; steps come after the rule that they change
        assert [step for step in ids if step in RULE_IDS][-1] == quote["rule"]
        assert ids[0] in RULE_IDS


def test_every_rule_and_step_has_an_example() -> None:
    pinned = {e.rule_id for e in EXAMPLES}
    unpinned = {i for i, r in RULES.items() if r.family != "model"} - pinned
    assert not unpinned, f"rules without an example: {sorted(unpinned)}"
    # the model is not a rule: its quotes come from a trained model, so no hand-built document pins it
    assert RULES["model"].family == "model" and "model" not in pinned


def test_every_reported_rule_has_one_finder_and_its_priority() -> None:
    emitted = [rule_id for ids, _ in FINDERS for rule_id in ids if RULES[rule_id].family == "reported"]
    reported = sorted(i for i, r in RULES.items() if r.family == "reported")
    assert sorted(emitted) == reported  # each reported rule is emitted by exactly one finder
    for ids, _ in FINDERS:
        assert len({RULES[i].priority for i in ids}) == 1, ids  # a finder's rules share its priority
    order = [RULES[ids[0]].priority for ids, _ in finders_in_priority_order()]
    assert order == sorted(order) and len(set(order)) == len(order)


def test_finder_priority_decides_who_keeps_a_cue() -> None:
    # "CLAUSE, X said." is read by the parse (cue-parenthetical) before the surface reading runs
    example = next(e for e in EXAMPLES if e.rule_id == "cue-parenthetical")
    rules = [q["rule"] for q in analyze(build_document(example.table)).to_record()["quotes"]]
    assert rules == ["cue-parenthetical"]
    assert RULES["cue-parenthetical"].priority < RULES["surface-postposed"].priority


def test_a_malformed_example_file_names_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"examples\.txt line 3: 'no-such-rule' is not in the registry"):
        parse_rule_examples("# comment\n\n== no-such-rule | words\nA a X 0 root\n", "examples.txt")
    with pytest.raises(ValueError, match=r"x\.txt line 1: expected '== ID \| QUOTE TEXT'"):
        parse_rule_examples("== cue-complement\n", "x.txt")
    with pytest.raises(ValueError, match=r"x\.txt line 1: the example of 'cue-complement' has no table"):
        parse_rule_examples("== cue-complement | a b c\n\n", "x.txt")


def test_trace_is_only_in_the_record_when_asked() -> None:
    example = next(e for e in EXAMPLES if e.rule_id == "merge:mixed")
    result = analyze(build_document(example.table))
    assert all("trace" not in q for q in result.to_record()["quotes"])
    assert [q["trace"] for q in result.to_record(trace=True)["quotes"]] == [
        ["cue-as-predicate", "merge:mixed", "speaker:name"]]


def test_a_model_finder_fits_the_registry_and_the_trace(monkeypatch: pytest.MonkeyPatch) -> None:
    # the trained attribution model (branch `model`) plugs in as a finder whose quotes carry rule
    # `model` and its own probability; the policy, merge and speaker steps trace them as any rule's
    from quotetrace.core.quotes import indirect
    from quotetrace.core.quotes.indirect.base import Attribution

    # no rule reads this sentence; the model runs after the rules (its priority) and takes the cue
    doc = build_document("""
    Voters   voter    NOUN  2 nsubj
    doubted  doubt    VERB  0 root
    the      the      DET   4 det
    economy  economy  NOUN  2 obj
    would    would    AUX   6 aux
    recover~ recover  VERB  2 xcomp
    .        .        PUNCT 2 punct
    """)
    assert analyze(doc).quotes == ()

    def model(doc, lexicon):  # type: ignore[no-untyped-def]
        cue = doc.tokens[1]
        content = tuple(t for t in doc.tokens if t.index > cue.index and t.upos != "PUNCT")
        yield Attribution(content, (cue,), doc.tokens[0], "model", "doubt", confidence=0.77)

    monkeypatch.setattr(indirect, "FINDERS", ((("model",), model), *indirect.FINDERS))
    quotes = analyze(doc).to_record(trace=True)["quotes"]
    assert [(q["rule"], q["text"], q["confidence"], q["trace"][0]) for q in quotes] == [
        ("model", "the economy would recover", 0.77, "model")]


# A quote introduced by a name and a colon and signed with a dash and another name: both speaker-colon
# and quote-dash-name read it, and the registry's priorities decide which one claims it.
_SIGNED_AND_INTRODUCED = """
Peskov~   Peskov   PROPN 0 root
:         :        PUNCT 1 punct
"~        "        PUNCT 6 punct
We        we       PRON  6 nsubj
will      will     AUX   6 aux
comment   comment  VERB  1 parataxis
on        on       ADP   8 case
nothing~  nothing  PRON  6 obl
.~        .        PUNCT 6 punct
"         "        PUNCT 6 punct
―         ―        PUNCT 1 punct
Maria     Maria    PROPN 1 appos
Zakharova Zakharova PROPN 12 flat
"""


def _direct(table: str, registry=RULES):  # type: ignore[no-untyped-def]
    from quotetrace.core.cues import load_cue_lexicon
    from quotetrace.core.quotes.direct import find_direct_quotes
    from quotetrace.core.quotes.marks import find_quoted_spans

    doc = build_document(table)
    quotes = find_direct_quotes(doc, find_quoted_spans(doc.text, doc.paragraphs), load_cue_lexicon(), registry)
    return [(q.rule, q.speaker.text if q.speaker else None, q.confidence) for q in quotes]


def _swapped(first: str, second: str) -> dict[str, Rule]:
    registry = dict(RULES)
    registry[first] = replace(RULES[first], priority=RULES[second].priority)
    registry[second] = replace(RULES[second], priority=RULES[first].priority)
    return registry


def test_direct_finders_run_in_the_registrys_order() -> None:
    assert RULES["quote-dash-name"].priority < RULES["speaker-colon"].priority
    assert _direct(_SIGNED_AND_INTRODUCED) == [("quote-dash-name", "Zakharova", RULES["quote-dash-name"].confidence)]
    # the same document under a registry with the two priorities swapped: the colon claims the quote
    assert _direct(_SIGNED_AND_INTRODUCED, _swapped("quote-dash-name", "speaker-colon")) == [
        ("speaker-colon", "Peskov", RULES["speaker-colon"].confidence)]


def test_a_quotes_base_confidence_comes_from_the_registry() -> None:
    registry = dict(RULES)
    registry["quote-dash-name"] = replace(RULES["quote-dash-name"], confidence=0.42)
    assert _direct(_SIGNED_AND_INTRODUCED, registry) == [("quote-dash-name", "Zakharova", 0.42)]


def test_reported_finders_run_in_the_registrys_order() -> None:
    # "CLAUSE, X said." is read by the parse (cue-parenthetical) before the surface reading; with the
    # two priorities swapped the surface reading claims the cue first
    from quotetrace.core.cues import load_cue_lexicon
    from quotetrace.core.quotes.indirect import find_reported_speech

    doc = build_document(next(e for e in EXAMPLES if e.rule_id == "cue-parenthetical").table)
    lexicon = load_cue_lexicon()
    assert [a.rule for a in find_reported_speech(doc, lexicon)] == ["cue-parenthetical"]
    swapped = _swapped("cue-parenthetical", "surface-postposed")
    assert [a.rule for a in find_reported_speech(doc, lexicon, swapped)] == ["surface-postposed"]


def _registered() -> dict[str, list[str]]:
    """Every finder table of the rule families, by rule id: the finders registered for it."""
    from quotetrace.core.quotes.direct import CLAIM_FINDERS, LINK_FINDERS, TRANSCRIPT_FINDERS

    registered: dict[str, list[str]] = {}
    for table in (CLAIM_FINDERS, LINK_FINDERS, TRANSCRIPT_FINDERS, FINDERS):
        for ids, finder in table:
            for rule_id in ids:
                registered.setdefault(rule_id, []).append(finder.__name__)
    return registered


# Rules that no finder table emits, and the one place that does: a step of the merge, a model.
_OWNERS = {"unattributed": "quotes/merge.py: a stand-alone quote nobody claims",
           "model": "attribution/: a trained model, not a rule"}


def test_every_rule_has_a_registered_finder_and_every_finder_a_rule() -> None:
    registered = _registered()
    assert set(registered) <= RULE_IDS, sorted(set(registered) - RULE_IDS)  # no finder without an entry
    # every rule (not a step: steps change a quote a rule made) has a finder, or a stated owner
    assert RULE_IDS - set(registered) == set(_OWNERS), sorted(RULE_IDS - set(registered))
    assert not set(_OWNERS) & set(registered)
    # one finder a rule, but for the transcript turns: read in marks, and printed without them
    assert {i: f for i, f in registered.items() if len(f) > 1} == {"speaker-turn": ["quoted_turn", "_printed_turns"]}


def test_every_direct_finders_rules_share_a_priority() -> None:
    from quotetrace.core.quotes.direct import CLAIM_FINDERS, LINK_FINDERS, in_priority_order

    for table in (CLAIM_FINDERS, LINK_FINDERS):
        for ids, _ in table:
            assert len({RULES[i].priority for i in ids}) == 1, ids
            assert all(RULES[i].family == "direct" for i in ids)
        order = [RULES[ids[0]].priority for ids, _ in in_priority_order(table)]
        assert order == sorted(order)


def test_a_finder_that_names_a_rule_it_is_not_registered_for_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.core.quotes.direct import dispatch
    from quotetrace.core.quotes.direct.quote import Claim

    def rogue(group):  # type: ignore[no-untyped-def]
        return Claim(None, group.doc.tokens[0], rule="after-report")

    monkeypatch.setattr(dispatch, "CLAIM_FINDERS", ((("speaker-colon",), rogue),))
    with pytest.raises(ValueError, match=r"registered for \['speaker-colon'\] claimed 'after-report'"):
        _direct(_SIGNED_AND_INTRODUCED)


# Behaviour follows the registry's declared properties, never a rule's name: the same document under a
# registry with one property changed reads differently, so renaming an id cannot change what fires.

def _with(registry_id: str, **changes: object) -> dict[str, Rule]:
    registry = dict(RULES)
    registry[registry_id] = replace(RULES[registry_id], **changes)  # type: ignore[arg-type]
    return registry


def test_a_second_cue_joins_a_quote_by_its_reporting_clauses_side() -> None:
    table = next(e for e in EXAMPLES if e.rule_id == "split-second-cue").table
    assert [rule for rule, _, _ in _direct(table)] == ["split-second-cue"]
    # a registry that no longer says quote-then-cue's clause stands after the quote: two quotes
    assert [rule for rule, _, _ in _direct(table, _with("quote-then-cue", reporting_clause=None))] == [
        "quote-then-cue", "cue-then-quote"]
    assert [rule for rule, _, _ in _direct(table, _with("cue-then-quote", reporting_clause="after"))] == [
        "quote-then-cue", "cue-then-quote"]


def test_a_split_quotes_clause_stands_between_its_parts() -> None:
    from quotetrace.core.quotes.direct.dispatch import _join
    from quotetrace.core.quotes.direct.quote import DirectQuote

    first = DirectQuote(parts=[], marks=[], rule="quote-then-cue", reporting_clause="after")
    _join(first, DirectQuote(parts=[], marks=[], rule="cue-then-quote", reporting_clause="before"), ("split",))
    assert (first.rule, first.reporting_clause) == ("split", None)


# 'Pat Caddell: Voters Worry About Her Health' — a name and a colon heading a Title Case line
_NAME_COLON_HEADLINE = """
Pat     pat     PROPN 0 root
Caddell~ caddell PROPN 1 flat
:       :       PUNCT 1 punct
Voters  voters  NOUN  5 nsubj
Worry   worry   VERB  1 parataxis
About   about   ADP   8 case
Her     her     PRON  8 nmod:poss
Health  health  NOUN  5 obl
"""


def test_a_rule_that_reads_a_headlines_form_keeps_its_confidence_in_one() -> None:
    from quotetrace.core.cues import load_cue_lexicon
    from quotetrace.core.quotes.indirect import HEADLINE_CONFIDENCE, find_reported_speech

    doc = build_document(_NAME_COLON_HEADLINE)
    lexicon = load_cue_lexicon()
    kept = find_reported_speech(doc, lexicon)
    assert [(a.rule, a.confidence, a.trace) for a in kept] == [("name-colon", None, ())]
    assert RULES["name-colon"].headline_form
    plain = find_reported_speech(doc, lexicon, _with("name-colon", headline_form=False))
    assert [(a.rule, a.confidence, a.trace) for a in plain] == [
        ("name-colon", HEADLINE_CONFIDENCE, ("boundary:headline",))]


# 'The offer is too low, says Paul Rieckhoff. "We have been patient for months."' in one paragraph: the
# bare quote takes its speaker from the report before it (after-report), and because that speaker is
# only a guess from context, the merge step lets the quote go on with the report instead.
_REPORT_THEN_BARE_QUOTE = """
The     the     DET   2 det
offer   offer   NOUN  5 nsubj
is      be      AUX   5 cop
too     too     ADV   5 advmod
low~    low     ADJ   7 ccomp
,       ,       PUNCT 7 punct
says    say     VERB  0 root
Paul    Paul    PROPN 7 nsubj
Rieckhoff~ Rieckhoff PROPN 8 flat
.       .       PUNCT 7 punct

"~      "       PUNCT 5 punct
We      we      PRON  5 nsubj
have    have    AUX   5 aux
been    be      AUX   5 cop
patient patient ADJ   0 root
for     for     ADP   7 case
months~ month   NOUN  5 obl
.~      .       PUNCT 5 punct
"       "       PUNCT 5 punct
"""


def test_a_speaker_guessed_from_context_gives_way_to_the_report_before(monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> list[tuple[str, str, tuple[str, ...]]]:
        quotes = analyze(build_document(_REPORT_THEN_BARE_QUOTE)).to_record(trace=True)["quotes"]
        return [(q["rule"], q["text"], tuple(q["trace"])) for q in quotes]

    assert read() == [("cue-postposed", "The offer is too low We have been patient for months.",
                       ("cue-postposed", "merge:standalone-continues", "speaker:name"))]
    monkeypatch.setitem(RULES, "after-report", replace(RULES["after-report"], speaker_from_context=False))
    assert read() == [("cue-postposed", "The offer is too low", ("cue-postposed", "speaker:name")),
                      ("after-report", "We have been patient for months.", ("after-report", "speaker:name"))]


def test_the_hybrid_tells_a_model_quote_by_its_family() -> None:
    from quotetrace.core.attribution.combine import combine
    from quotetrace.core.model import Quote, Span

    def quote(rule: str) -> Quote:
        return Quote(id="", kind="indirect", parts=(Span(0, 20),), cue=None, speaker=None, confidence=0.8,
                     rule=rule)

    # a rule quote on the model quote's words replaces it only where the rule beat the model on dev
    assert [q.rule for q in combine([quote("model")], [quote("cue-complement")], {})] == ["model"]
    assert [q.rule for q in combine([quote("model")], [quote("cue-complement")], {},
                                    frozenset({"cue-complement"}))] == ["cue-complement"]
    # two rules' quotes on the same words: neither is the model's, so both stay
    assert [q.rule for q in combine([], [quote("cue-complement"), quote("according-to")], {})] == [
        "cue-complement", "according-to"]
