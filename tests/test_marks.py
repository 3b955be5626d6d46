"""The quotation-mark scanner: mark styles, nesting, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quotetrace.core.model import Span
from quotetrace.core.quotes.marks import (
    MAX_WRAPPED_LINES,
    MIN_UNCLOSED_WORDS,
    QUOTE_MARKS,
    QuotedSpan,
    find_quoted_spans,
    is_apostrophe,
)
from quotetrace.core.text import split_paragraphs


def contents(text: str) -> list[str]:
    return [q.content.text_of(text) for q in find_quoted_spans(text)]


def one(text: str) -> QuotedSpan:
    found = find_quoted_spans(text)
    assert len(found) == 1, [q.content.text_of(text) for q in found]
    return found[0]


def marks_of(text: str, quote: QuotedSpan) -> tuple[str, str | None]:
    return quote.open.text_of(text), None if quote.close is None else quote.close.text_of(text)


# --- mark styles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "opening", "closing"),
    [
        ("“I will stay,” she said.", "I will stay,", "“", "”"),
        ('"I will stay," she said.', "I will stay,", '"', '"'),
        ("‘I will stay,’ she said.", "I will stay,", "‘", "’"),
        ("'I will stay,' she said.", "I will stay,", "'", "'"),
        ("«Je reste», dit-elle.", "Je reste", "«", "»"),
        ("« Je reste », dit-elle.", "Je reste", "«", "»"),  # French spacing is trimmed off
        ("»Ich bleibe«, sagte sie.", "Ich bleibe", "»", "«"),  # German reversed guillemets
        ("„Ich bleibe“, sagte sie.", "Ich bleibe", "„", "“"),
        ("„Ik blijf”, zei ze.", "Ik blijf", "„", "”"),
        ("``I will stay,'' she said.", "I will stay,", "``", "''"),
        ("`` I will stay , '' she said .", "I will stay ,", "``", "''"),  # PTB tokenised
        ("”Jag stannar”, sa hon.", "Jag stannar", "”", "”"),  # Swedish, or reversed sloppy opener
        ("He called it ”great” today.", "great", "”", "”"),
        ("‹Je reste›, dit-elle.", "Je reste", "‹", "›"),
        ("“I will stay,“ she said.", "I will stay,", "“", "“"),  # sloppy: “ used as a closer
    ],
)
def test_mark_styles(text: str, content: str, opening: str, closing: str) -> None:
    quote = one(text)
    assert quote.content.text_of(text) == content
    assert marks_of(text, quote) == (opening, closing)
    assert quote.depth == 0
    assert not quote.continued


def test_single_quotes_as_outer_quotes_in_a_headline() -> None:
    quote = one("‘Labour is finished’, says Blair")
    assert quote.content.text_of("‘Labour is finished’, says Blair") == "Labour is finished"
    assert quote.single and quote.depth == 0
    assert contents("'Labour is finished', says Blair") == ["Labour is finished"]


def test_several_quotes_in_text_order_with_unique_chains() -> None:
    text = '"Yes," he said. "No," she said. “Maybe,” they said.'
    found = find_quoted_spans(text)
    assert [q.content.text_of(text) for q in found] == ["Yes,", "No,", "Maybe,"]
    assert [q.open.start for q in found] == sorted(q.open.start for q in found)
    assert len({q.chain for q in found}) == 3


# --- straight-quote direction -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "Go." Then "stop."', ["Go.", "stop."]),
        ('He said:"Go."', ["Go."]),  # no space before the opener: alternation opens it
        ('"Hello,"he said.', ["Hello,"]),  # no space after the closer: alternation closes it
        ('"Hello, " he said.', ["Hello,"]),  # a space before the closer
        ('("Hello")', ["Hello"]),
        ('He said—"Hello"—and left.', ["Hello"]),
        ('The "best" and the "worst".', ["best", "worst"]),
    ],
)
def test_straight_double_quote_direction(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_a_stray_closing_mark_is_ignored() -> None:
    assert contents('It ended." Then "this is quoted" here.') == ["this is quoted"]
    assert contents("It ended.” Then “this is quoted” here.") == ["this is quoted"]
    assert contents("It ended.» Later.") == []


# --- nesting ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“He told me ‘no way’ today,” she said.",
        "\"He told me 'no way' today,\" she said.",
        "„Er sagte mir ‚no way‘ heute“, sagte sie.",
        "«Il m'a dit “no way” hier», dit-elle.",
    ],
)
def test_nested_quote_has_depth_one(text: str) -> None:
    outer, inner = find_quoted_spans(text)
    assert outer.depth == 0 and inner.depth == 1
    assert inner.content.text_of(text) == "no way"
    assert outer.content.contains(inner.open) and outer.content.contains(inner.close or inner.open)
    assert outer.chain != inner.chain


def test_nested_single_quote_at_the_edge_of_the_outer_one() -> None:
    text = "“‘Never,’ he said,” she recalled."
    outer, inner = find_quoted_spans(text)
    assert outer.content.text_of(text) == "‘Never,’ he said,"
    assert (inner.depth, inner.content.text_of(text)) == (1, "Never,")
    text = "\"'Never'\""
    outer, inner = find_quoted_spans(text)
    assert (outer.content.text_of(text), inner.content.text_of(text)) == ("'Never'", "Never")


def test_an_unclosed_inner_quote_is_dropped_when_the_outer_closes() -> None:
    text = "“I think ‘it is fine,” he said."
    assert contents(text) == ["I think ‘it is fine,"]


# --- apostrophes -----------------------------------------------------------------------------------

APOSTROPHE_CASES = [
    ("don't", "don't".index("'")),
    ("it's", 2),
    ("O'Malley's", 1),
    ("O'Malley's", 8),
    ("the '90s", 4),
    ("the ’90s", 4),
    ("the ‘90s", 4),
    ("in the '60s", 7),
    ("the students' books", 12),
    ("the students’ books", 12),
    ("rock 'n' roll", 5),
    ("rock 'n' roll", 7),
    ("rock ’n’ roll", 5),
    ("rock ’n’ roll", 7),
    ("y'all", 1),
    ("Putin's", 5),
    ("Putin’s", 5),
    ("Get 'em", 4),
    ("'Tis the season", 0),
]


@pytest.mark.parametrize(("text", "i"), APOSTROPHE_CASES)
def test_is_apostrophe(text: str, i: int) -> None:
    assert text[i] in "'’‘"
    assert is_apostrophe(text, i)


@pytest.mark.parametrize(("text", "i"), APOSTROPHE_CASES)
def test_apostrophes_make_no_quotes(text: str, i: int) -> None:
    assert find_quoted_spans(text) == []
    # and inside a real quote they neither close it nor open a nested one
    wrapped = f"“{text} is here,” he said."
    quote = one(wrapped)
    assert quote.content.text_of(wrapped) == f"{text} is here,"


def test_all_apostrophes_in_one_sentence() -> None:
    text = (
        "Don't say it's O'Malley's fault: the '90s and '60s, the students' books, rock 'n' roll, y'all and Putin's war."
    )
    assert find_quoted_spans(text) == []
    assert contents(f"'{text}' he said.") == [text]


@pytest.mark.parametrize(
    ("text", "i"),
    [
        ("'hello' he said", 0),
        ("'hello' he said", 6),
        ("‘hello’ he said", 6),
        ("‘the students’ he said", 13),  # no later closer, so this one closes the quote
    ],
)
def test_quote_marks_are_not_apostrophes(text: str, i: int) -> None:
    assert not is_apostrophe(text, i)


def test_is_apostrophe_rejects_other_characters_and_offsets() -> None:
    assert not is_apostrophe('say "x"', 4)
    assert not is_apostrophe("abc", 1)
    assert not is_apostrophe("abc", 7)
    assert not is_apostrophe("abc", -1)


def test_plural_possessive_inside_a_single_quote() -> None:
    text = "‘The students’ books were lost,’ she said."
    assert contents(text) == ["The students’ books were lost,"]
    text = "'The students' books were lost,' she said."
    assert contents(text) == ["The students' books were lost,"]
    # the same word ending a quote, when no later mark can close it
    assert contents("‘I like the students’ he said.") == ["I like the students"]


def test_closing_single_quote_needs_an_opener_in_the_same_paragraph() -> None:
    text = "‘They came,\nThe students’ books were lost."
    # The first paragraph's ‘ cannot be closed by the ’ of the second one.
    assert all(q.close is None or q.close.start < text.index("\n") for q in find_quoted_spans(text))
    assert is_apostrophe(text, text.index("’"))


def test_clitic_after_a_closing_quote() -> None:
    text = "He said: \"The 'Times''s report is wrong.\""
    outer, inner = find_quoted_spans(text)
    assert outer.content.text_of(text) == "The 'Times''s report is wrong."
    assert inner.content.text_of(text) == "Times"


# --- paragraphs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("brk", ["\n", "\n\n", "\r\n", "\r\n\r\n"])
def test_multi_paragraph_quote(brk: str) -> None:
    text = f"“We will fight on the beaches,{brk}“We will never surrender,” he said.{brk}The end."
    first, second = find_quoted_spans(text)
    assert first.close is None and first.continued
    assert first.content.text_of(text) == "We will fight on the beaches,"
    assert second.close is not None and not second.continued
    assert second.content.text_of(text) == "We will never surrender,"
    assert first.chain == second.chain
    assert first.depth == second.depth == 0


def test_multi_paragraph_quote_of_three_parts_with_straight_quotes() -> None:
    text = '"One.\n\n"Two.\n\n"Three," he said.\n\n"Other," she said.'
    parts = find_quoted_spans(text)
    assert [q.content.text_of(text) for q in parts] == ["One.", "Two.", "Three,", "Other,"]
    assert [q.continued for q in parts] == [True, True, False, False]
    assert [q.close is None for q in parts] == [True, True, False, False]
    assert parts[0].chain == parts[1].chain == parts[2].chain != parts[3].chain


def test_multi_paragraph_quote_in_single_quotes_uk_style() -> None:
    text = "‘We will go on.\n‘And on,’ he said."
    first, second = find_quoted_spans(text)
    assert first.continued and first.chain == second.chain and second.close is not None


def test_last_part_of_a_chain_may_stay_open() -> None:
    text = "“One.\n\n“Two.\n\nThree."
    first, second = find_quoted_spans(text)
    assert first.continued and not second.continued
    assert second.close is None and second.content.text_of(text) == "Two."
    assert first.chain == second.chain


def test_a_reopening_mark_of_another_family_does_not_continue() -> None:
    text = "“We will go on and on and on.\n‘Fine,’ he said."
    first, second = find_quoted_spans(text)
    assert first.close is None and not first.continued
    assert first.chain != second.chain


def test_explicit_paragraphs_are_respected() -> None:
    text = "“We will go on. “And on,” he said."
    middle = text.index(" “And")
    parts = find_quoted_spans(text, [Span(middle + 1, len(text)), Span(0, middle)])
    assert [q.content.text_of(text) for q in parts] == ["We will go on.", "And on,"]
    assert parts[0].continued and parts[0].chain == parts[1].chain
    # As one paragraph, the same text is one open quote with a nested one.
    whole = find_quoted_spans(text, [Span(0, len(text))])
    assert [q.depth for q in whole] == [0, 1]


# --- unbalanced marks ------------------------------------------------------------------------------


def test_an_unclosed_quote_does_not_swallow_later_paragraphs() -> None:
    text = (
        "He said “this is never closed and goes on for a while.\n\n"
        "The next paragraph has “a quote” in it.\n\n"
        "And the last one has none."
    )
    first, second = find_quoted_spans(text)
    assert first.close is None and not first.continued
    assert first.content.text_of(text) == "this is never closed and goes on for a while."
    assert second.content.text_of(text) == "a quote" and second.close is not None
    assert first.chain != second.chain


def test_a_short_unclosed_quote_is_dropped() -> None:
    assert contents("He said “no.\n\nThen he left.") == []
    words = " ".join(["word"] * MIN_UNCLOSED_WORDS)
    assert contents(f"He said “{words}.\n\nThen he left.") == [f"{words}."]


def test_an_unclosed_single_quote_is_dropped() -> None:
    assert contents("The 'burbs are where we live now and forever.\n\nNext.") == []
    assert contents("He said ‘we live here now and forever.\n\nNext.") == []


def test_an_unclosed_opener_before_a_real_quote() -> None:
    # The stray opener holds the real quote inside it; the real quote still comes out whole.
    text = 'He said "yes" and she said \'no way and "maybe" later.'
    assert contents(text) == ["yes", "maybe"]
    assert all(q.depth == 0 for q in find_quoted_spans(text))


def test_nested_quote_in_a_dropped_unclosed_quote_is_outer() -> None:
    text = "A stray ‘ and then “a real quote” here."
    quote = one(text)
    assert quote.content.text_of(text) == "a real quote" and quote.depth == 0


@pytest.mark.parametrize("text", ['""', "“”", "«»", "'' ``", '" "', "“", "”", "'", "''", "``", "", "\n\n"])
def test_degenerate_inputs(text: str) -> None:
    assert find_quoted_spans(text) == []


def test_many_unbalanced_marks() -> None:
    text = "“ “ “ ‘ ‘ « « \" ' a ” » ’ \n" * 50 + "“The end,” he said."
    found = find_quoted_spans(text)
    assert found[-1].content.text_of(text) == "The end,"


# --- offsets ---------------------------------------------------------------------------------------


def test_emoji_and_bom_offsets_are_code_points() -> None:
    text = "\ufeff“Héllo 👍🏽 wörld 🇫🇷,” he said 🎉.\n\n👨‍👩‍👧 “Family 👨‍👩‍👧 time,” she said."
    first, second = find_quoted_spans(text)
    assert first.content.text_of(text) == "Héllo 👍🏽 wörld 🇫🇷,"
    assert second.content.text_of(text) == "Family 👨‍👩‍👧 time,"
    assert first.open == Span(1, 2) and text[first.open.start] == "“"
    assert second.close is not None and second.close.text_of(text) == "”"


def test_bom_before_a_continuation_mark() -> None:
    text = "“Part one of it.\n\ufeff“Part two,” he said."
    first, second = find_quoted_spans(text)
    assert first.continued and first.chain == second.chain


# --- property test ---------------------------------------------------------------------------------

_PIECES = st.one_of(
    st.sampled_from(["said", "he", "don", "it", "students", "O", "Malley", "90s", "n", "rock", "x"]),
    st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", ",", ".", "!", "-", "(", ")"]),
    st.sampled_from(["😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\ufeff", "\u200b", "é"]),
    st.sampled_from(['"', "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "`", "``", "''", "‟", "‛"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join), st.booleans())
def test_property_spans_are_well_formed(text: str, default_paragraphs: bool) -> None:
    paragraphs = split_paragraphs(text)
    found = find_quoted_spans(text) if default_paragraphs else find_quoted_spans(text, paragraphs)
    assert [q.open.start for q in found] == sorted(q.open.start for q in found)
    used: list[Span] = []
    for quote in found:
        for span in (quote.open, quote.content, quote.close):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
        assert quote.open.text_of(text) in QUOTE_MARKS
        assert quote.open.end <= quote.content.start <= quote.content.end
        if quote.close is not None:
            assert quote.content.end <= quote.close.start
            assert quote.close.text_of(text) in QUOTE_MARKS
        content = quote.content.text_of(text)
        assert content and content == content.strip()
        home = [p for p in paragraphs if p.contains(quote.open)]
        assert len(home) == 1
        end = quote.close.end if quote.close is not None else quote.content.end
        lines = [p for p in paragraphs if home[0].start <= p.start < end]
        # a quote stays in its paragraph, except that a hard-wrapped one runs on over single line breaks
        assert 1 <= len(lines) <= MAX_WRAPPED_LINES and lines[-1].end >= end
        for line, following in zip(lines, lines[1:], strict=False):
            gap = text[line.end : following.start]
            assert gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
        assert quote.depth >= 0
        marks = [quote.open] if quote.close is None else [quote.open, quote.close]
        for mark in marks:  # no mark serves two quotes
            assert not any(mark.overlaps(other) for other in used)
        used.extend(marks)
        if default_paragraphs:  # a mark the scanner paired is never called an apostrophe
            assert not any(is_apostrophe(text, mark.start) for mark in marks)
    # a chain is a run of parts in consecutive paragraphs, all but its last continued
    by_chain: dict[int, list[QuotedSpan]] = {}
    for quote in found:
        by_chain.setdefault(quote.chain, []).append(quote)
    for parts in by_chain.values():
        assert all(part.continued and part.close is None for part in parts[:-1])
        assert not parts[-1].continued


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_property_any_text_never_raises(text: str) -> None:
    for quote in find_quoted_spans(text):
        assert 0 <= quote.open.start < quote.content.end <= len(text)
    for i in range(len(text)):
        is_apostrophe(text, i)


def test_a_mark_closing_a_hard_wrapped_single_quote_is_no_apostrophe() -> None:
    # found by the property test above: the closing mark sits on the line after the opening one
    text = "\"'said\nsaid'"
    [quote] = find_quoted_spans(text)
    assert quote.close is not None and quote.close.start == 11
    assert not is_apostrophe(text, 11)
    assert is_apostrophe("the students' books", 12)


# --- a paragraph left open after its own reporting clause (tester 12) ---------------------------

@pytest.mark.parametrize("report", ["said Tom Hall", "Tom Hall said", "he said", "added Tom Hall", "Tom Hall told"])
def test_a_quote_left_open_before_its_own_reporting_clause_ends_at_its_comma(report: str) -> None:
    """'"Unclosed quote, said Tom Hall.⏎⏎"Another one," said Ann Lee.': the closing mark was left out
    before the comma; the quote ends there and does not go on into Ann Lee's paragraph."""
    text = f'"Unclosed quote, {report}.\n\n"Another one," said Ann Lee. "And a third'
    spans = find_quoted_spans(text)
    first = spans[0]
    assert text[first.content.start : first.content.end] == "Unclosed quote,"
    assert first.close == Span(first.content.end, first.content.end) and not first.continued
    assert all(s.chain != first.chain for s in spans[1:])
    assert [text[s.content.start : s.content.end] for s in spans[1:]] == ["Another one,", "And a third"]


@pytest.mark.parametrize("first", [
    '"We will fight on, and we will win.',  # no reporting clause
    '"I met the mayor, said nothing and left.',  # a verb and its object, no speaker
    '"The plan, Ms Reyes, is sound.',  # a vocative: no cue
])
def test_a_paragraph_left_open_without_its_own_report_still_continues(first: str) -> None:
    text = f'{first}\n\n"And we will not stop," she said.'
    spans = find_quoted_spans(text)
    assert spans[0].continued and spans[0].chain == spans[1].chain


# "Unclosed quote, said Tom Hall.⏎⏎"Another one," said Ann Lee. "And a third   (the bundled parse)
UNCLOSED = """
"~        "         PUNCT  3  punct     O  _
Unclosed  Unclosed  VERB   3  amod      O  Tense=Past|VerbForm=Part|Voice=Pass
quote~    quote     NOUN   5  nsubj     O  Number=Sing
,         ,         PUNCT  3  punct     O  _
said      say       VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Tom       Tom       PROPN  7  compound  O  Number=Sing
Hall~     Hall      PROPN  5  nsubj     O  Number=Sing
.         .         PUNCT  5  punct     O  _

#par
"~       "        PUNCT  3  punct  O  _
Another  another  DET    3  det    O  PronType=Ind
one~     one      NOUN   6  nsubj  O  Number=Sing
,~       ,        PUNCT  3  punct  O  _
"        "        PUNCT  3  punct  O  _
said     say      VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ann      Ann      PROPN  6  nsubj  O  Number=Sing
Lee~     Lee      PROPN  7  flat   O  Number=Sing
.        .        PUNCT  6  punct  O  _

"~     "      PUNCT  4  punct  O  _
And    and    CCONJ  4  cc     O  _
a      a      DET    4  det    O  Definite=Ind|PronType=Art
third  third  ADJ    0  root   O  Degree=Pos|NumForm=Word|NumType=Ord
"""


def test_tom_halls_words_stay_his_when_he_left_his_quote_open() -> None:
    from quotetrace.core.build import build_document
    from quotetrace.core.pipeline import analyze

    result = analyze(build_document(UNCLOSED))
    text = result.text
    read = [(" ".join(p.text_of(text) for p in q.parts), q.speaker.span.text_of(text) if q.speaker else "")
            for q in result.quotes]
    assert read == [("Unclosed quote,", "Tom Hall"), ("Another one, And a third", "Ann Lee")]
