"""Direct quotes written to other outlets' conventions (issue 14): hand-built parses, no model.

Each failure kind is tested on the issue's example and on variants of our own (other verbs, marks,
orders, paragraphs), with the right kind, spans, cue, speaker and rule asserted.

Documents are written one token at a time as `form/UPOS/head/deprel/lemma` (head 1-based inside
the sentence, 0 for the root; deprel defaults to `dep`, lemma to the lower-cased form). A form ending
in `~` is glued to the next token. Separators: `|` ends a sentence, `¶` starts a new paragraph after a
blank line, `⏎` is a single line break inside a sentence and `⏎r` the same as CRLF.
"""

from __future__ import annotations

from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.model import Document, Sentence, Span, Token
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.marks import find_quoted_spans
from quotetrace.core.text import split_paragraphs

_BREAKS = {"¶": "\n\n", "⏎": "\n", "⏎r": "\r\n"}


def parse(spec: str, prefix: str = "") -> Document:
    """A document from the token notation in the module docstring; `prefix` is text before it."""
    text = prefix
    sentences: list[Sentence] = []
    current: list[Token] = []
    glue = True

    def close_sentence() -> None:
        if current:
            sentences.append(Sentence(len(sentences), Span(current[0].span.start, current[-1].span.end),
                                      tuple(current)))
            current.clear()

    for item in spec.split():
        if item in _BREAKS:
            text += _BREAKS[item]
            glue = True
            continue
        if item == "|":
            close_sentence()
            continue
        fields = item.split("/")
        form = fields[0]
        joined = form.endswith("~") and len(form) > 1
        form = form.rstrip("~") if joined else form
        upos = fields[1] if len(fields) > 1 else "X"
        head = int(fields[2]) if len(fields) > 2 else 0
        deprel = fields[3] if len(fields) > 3 else ("root" if head == 0 else "dep")
        lemma = fields[4] if len(fields) > 4 else form.lower()
        if not glue:
            text += " "
        first = sum(len(s.tokens) for s in sentences)
        span = Span(len(text), len(text) + len(form))
        current.append(Token(index=first + len(current), span=span, text=form, upos=upos, lemma=lemma,
                             head=first + head - 1 if head > 0 else -1, deprel=deprel, sentence=len(sentences)))
        text += form
        glue = joined
    close_sentence()
    return Document(text=text, sentences=tuple(sentences), paragraphs=split_paragraphs(text), id="t")


def quotes(spec: str, prefix: str = "") -> tuple[str, list[dict[str, Any]]]:
    doc = parse(spec, prefix)
    found = analyze(doc).to_record()["quotes"]
    for quote in found:  # every reported span is exact
        assert " ".join(doc.text[s:e] for s, e in quote["spans"]) == quote["text"]
        for role in ("cue", "speaker"):
            if quote[role]:
                assert doc.text[quote[role]["start"] : quote[role]["end"]] == quote[role]["text"]
    return doc.text, found


def summary(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(q["kind"], q["text"], q["cue"] and q["cue"]["text"], q["speaker"] and q["speaker"]["text"], q["rule"])
            for q in found]


# --- item 1: a sentence or clause after the quote is not its reporting clause ----------------------

SAID_COMMA_QUOTE = ("She/PRON/2/nsubj said~/VERB/0/root/say ,/PUNCT/2/punct \"~/PUNCT/6/punct We/PRON/6/nsubj "
                    "will/AUX/6/aux appeal/VERB/2/ccomp the/DET/8/det ruling~/NOUN/6/obj ./PUNCT/6/punct "
                    "\"/PUNCT/6/punct |")


@pytest.mark.parametrize("after", [
    "Officials/NOUN/2/nsubj returned/VERB/0/root/return to/ADP/5/case the/DET/5/det chamber~/NOUN/2/obl "
    "./PUNCT/2/punct",
    # a strong cue in the next sentence reports something else
    "Reporters/NOUN/2/nsubj asked/VERB/0/root/ask about/ADP/4/case costs~/NOUN/2/obl ./PUNCT/2/punct",
    "The/DET/2/det judge/NOUN/3/nsubj left~/VERB/0/root/leave ./PUNCT/3/punct",
])
def test_a_following_sentence_is_not_the_reporting_clause(after: str) -> None:
    _, found = quotes(SAID_COMMA_QUOTE + " " + after)
    direct = [q for q in found if q["kind"] == "direct"]
    assert summary(direct) == [("direct", "We will appeal the ruling.", "said", "She", "cue-then-quote")]


@pytest.mark.parametrize("verb,lemma", [("left", "leave"), ("returned", "return"), ("followed", "follow")])
def test_a_coordinated_clause_after_the_quote_is_not_its_reporting_clause(verb: str, lemma: str) -> None:
    _, found = quotes(
        "Lena/PROPN/2/compound Hovik/PROPN/3/nsubj said~/VERB/0/root/say ,/PUNCT/3/punct \"~/PUNCT/7/punct "
        "We/PRON/7/nsubj will/AUX/7/aux appeal/VERB/3/ccomp the/DET/9/det ruling~/NOUN/7/obj ,~/PUNCT/7/punct "
        f"\"/PUNCT/7/punct and/CCONJ/13/cc {verb}/VERB/3/conj/{lemma} the/DET/15/det court~/NOUN/13/obj "
        "./PUNCT/3/punct")
    assert summary([q for q in found if q["kind"] == "direct"]) == [
        ("direct", "We will appeal the ruling,", "said", "Lena Hovik", "cue-then-quote")]


def test_a_quote_with_no_cue_before_it_is_not_given_to_a_coordinated_verb() -> None:
    # '"…," and left the court' with nobody introducing the quote: no reporting clause at all
    _, found = quotes(
        "\"~/PUNCT/3/punct We/PRON/3/nsubj won~/VERB/0/root/win ,~/PUNCT/3/punct \"/PUNCT/3/punct "
        "and/CCONJ/7/cc left/VERB/3/conj/leave the/DET/9/det court~/NOUN/7/obj ./PUNCT/3/punct")
    assert all(q["cue"] is None or q["cue"]["text"] != "left" for q in found)


def test_a_colon_multi_paragraph_quote_keeps_its_cue_before_a_following_clause() -> None:
    text, found = quotes(
        "The/DET/2/det mayor/NOUN/3/nsubj said~/VERB/0/root/say :/PUNCT/3/punct \"~/PUNCT/6/punct "
        "We/PRON/6/nsubj have/AUX/6/aux waited/VERB/3/parataxis/wait long/ADV/6/advmod enough~/ADV/7/advmod "
        "./PUNCT/6/punct | ¶ "
        "\"~/PUNCT/4/punct The/DET/3/det work/NOUN/4/nsubj starts/VERB/0/root/start in/ADP/6/case "
        "May~/PROPN/4/obl ./PUNCT/4/punct \"/PUNCT/4/punct | "
        "The/DET/2/det council/NOUN/3/nsubj followed/VERB/0/root/follow with/ADP/6/case a/DET/6/det "
        "vote~/NOUN/3/obl ./PUNCT/3/punct")
    direct = [q for q in found if q["kind"] == "direct"]
    assert summary(direct) == [
        ("direct", "We have waited long enough. The work starts in May.", "said", "The mayor", "cue-then-quote")]
    assert len(direct[0]["spans"]) == 2


@pytest.mark.parametrize("open_,close", [("“", "”"), ("‘", "’"), ("«", "»")])
def test_a_cue_in_the_next_sentence_does_not_claim_a_quote_that_ended_with_a_full_stop(open_: str,
                                                                                       close: str) -> None:
    _, found = quotes(
        f"{open_}~/PUNCT/3/punct Prices/NOUN/3/nsubj rose~/VERB/0/root/rise .~/PUNCT/3/punct {close}/PUNCT/3/punct | "
        "Analysts/NOUN/2/nsubj said/VERB/0/root/say nothing~/PRON/2/obj ./PUNCT/2/punct")
    assert [(q["text"], q["speaker"]) for q in found if q["kind"] == "direct"] == [("Prices rose.", None)]


@pytest.mark.parametrize("verb,lemma", [("turned", "turn"), ("voted", "vote"), ("returned", "return")])
def test_a_verb_that_mostly_narrates_is_not_a_reporting_verb_after_a_quote(verb: str, lemma: str) -> None:
    _, found = quotes(
        "\"~/PUNCT/4/punct We/PRON/4/nsubj have/AUX/4/aux won~/VERB/9/ccomp/win ,~/PUNCT/4/punct "
        f"\"/PUNCT/4/punct the/DET/8/det players/NOUN/9/nsubj {verb}/VERB/0/root/{lemma} "
        "again~/ADV/9/advmod ./PUNCT/9/punct")
    assert all(q["cue"] is None or q["cue"]["text"] != verb for q in found)


# --- item 3 / K6: a quotation that is the whole object of the cue is a direct quote ------------------

def _said_quote(subject: str, verb: str, lemma: str, inner: str, after: str = "./PUNCT/3/punct") -> str:
    """'<subject> <verb> "<inner>" <after>' with the subject's last word as nsubj of the verb."""
    words = subject.split()
    rows = [f"{w}/PROPN/{len(words)}/compound" for w in words[:-1]] + [f"{words[-1]}/PROPN/{len(words) + 1}/nsubj"]
    rows.append(f"{verb}/VERB/0/root/{lemma}")
    return " ".join(rows) + f" \"~/PUNCT/{len(words) + 1}/punct {inner} \"/PUNCT/{len(words) + 1}/punct {after}"


@pytest.mark.parametrize("verb,lemma,inner,after,expected", [
    ("said", "say", "We/PRON will/AUX rebuild/VERB the/DET school~/NOUN .~/PUNCT", ".", "We will rebuild the school."),
    ("says", "say", "Get/VERB out/ADP now~/ADV !/PUNCT Do/AUX not/PART wait~/VERB !~/PUNCT", ".",
     "Get out now! Do not wait!"),
    ("said", "say", "Not/PART today~/NOUN", "and/CCONJ walked/VERB out~/ADP .", "Not today"),
    ("said", "say", "Good/ADJ luck~/NOUN", "to/ADP the/DET team~/NOUN .", "Good luck"),
    ("wrote", "write", "I/PRON support/VERB the/DET plan~/NOUN .~/PUNCT", "", "I support the plan."),
    ("told", "tell", "Stay/VERB home~/ADV", "before/SCONJ leaving~/VERB .", "Stay home"),
])
def test_a_quotation_that_is_all_the_object_of_the_cue_is_direct(verb: str, lemma: str, inner: str, after: str,
                                                                 expected: str) -> None:
    text, found = quotes(_said_quote("Lena Hovik", verb, lemma, inner, after))
    assert summary(found) == [("direct", expected, verb, "Lena Hovik", "cue-then-quote")]
    start, end = found[0]["spans"][0]
    assert text[start - 1] in "\"" and text[end] == "\""  # the marks stay outside the content


@pytest.mark.parametrize("inner,after", [
    ("the/DET plan~/NOUN", "was/AUX dead~/ADJ ."),  # quoted words inside a clause: a mixed quote at most
    ("Mexico~/PROPN", "will/AUX pay~/VERB ."),
    ("Crooked/ADJ Hillary~/PROPN", "."),  # a title-case nickname
])
def test_quoted_words_inside_the_object_are_not_a_direct_quote(inner: str, after: str) -> None:
    _, found = quotes(_said_quote("Lena Hovik", "said", "say", inner, after))
    assert [q for q in found if q["kind"] == "direct"] == []


def test_a_named_thing_after_call_is_not_speech() -> None:
    _, found = quotes(_said_quote("Lena Hovik", "called", "call", "Operation/PROPN Dawn~/PROPN",
                                  "a/DET success~/NOUN ."))
    assert [q for q in found if q["kind"] == "direct"] == []


# --- item 4 / K1: a whole-sentence or whole-paragraph quote is speech, however short -------------

def test_short_quotes_that_are_whole_paragraphs_are_kept_unattributed() -> None:
    _, found = quotes(
        "The/DET/2/det council/NOUN/3/nsubj met~/VERB/0/root/meet ./PUNCT/3/punct | ¶ "
        "“~/PUNCT/2/punct Is/AUX/0/root/be that/PRON/2/nsubj final~/ADJ/2/xcomp ?~/PUNCT/2/punct ”/PUNCT/2/punct | ¶ "
        "“~/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop final~/ADJ/0/root .~/PUNCT/4/punct ”/PUNCT/4/punct | ¶ "
        "The/DET/2/det motion/NOUN/3/nsubj passed~/VERB/0/root/pass ./PUNCT/3/punct")
    assert summary(found) == [("direct", "Is that final?", None, None, "unattributed"),
                              ("direct", "It is final.", None, None, "unattributed")]


@pytest.mark.parametrize("inner", [
    "Absolutely~/ADV .~/PUNCT",  # one word
    "No/INTJ comment~/NOUN .~/PUNCT",
    "Why/ADV now~/ADV ?~/PUNCT",
    "The/DET vote/NOUN was/AUX a/DET disgrace~/NOUN .~/PUNCT",  # five words, the boundary
])
def test_a_short_quote_that_is_a_whole_sentence_is_kept(inner: str) -> None:
    text, found = quotes("Nobody/PRON spoke~/VERB . | \"~/PUNCT " + inner + " \"/PUNCT | Then/ADV the/DET bell/NOUN "
                         "rang~/VERB .")
    assert [q["rule"] for q in found] == ["unattributed"]
    assert found[0]["speaker"] is None


@pytest.mark.parametrize("spec", [
    "They/PRON call/VERB it/PRON a/DET \"~/PUNCT win~/NOUN \"~/PUNCT ./PUNCT",  # a scare quote
    "We/PRON watched/VERB \"~/PUNCT Salt/PROPN and/CCONJ Stone~/PROPN \"~/PUNCT again~/ADV ./PUNCT",  # a title
    "\"~/PUNCT All/DET Bets/NOUN Are/AUX Off~/ADJ .~/PUNCT \"/PUNCT",  # a heading in title case
    "“~/PUNCT Deplorables~/NOUN ”/PUNCT",  # one word alone in its paragraph, no sentence punctuation
])
def test_short_quoted_words_inside_a_sentence_or_a_heading_are_not_speech(spec: str) -> None:
    _, found = quotes(spec)
    assert found == []


# --- invisible characters before the first mark (issue 17) --------------------------------------

@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060", "\u00ad", "\ufeff\u200b"])
def test_an_invisible_character_at_the_start_keeps_the_quote_direct(invisible: str) -> None:
    text, found = quotes(
        "\"~/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop ready~/ADJ/9/ccomp ,~/PUNCT/4/punct \"/PUNCT/4/punct "
        "said/VERB/0/root/say Mayor/PROPN/10/compound Brenn~/PROPN/8/nsubj ./PUNCT/8/punct", prefix=invisible)
    assert summary(found) == [("direct", "We are ready,", "said", "Mayor Brenn", "quote-then-cue")]
    assert text.startswith(invisible) and found[0]["spans"] == [[len(invisible) + 1, len(invisible) + 14]]


# --- K7: an elided word at the start of a single-quoted quote -------------------------------------

@pytest.mark.parametrize("elided", ["Tis", "Twas", "Em"])
def test_an_elided_word_after_the_opening_single_mark(elided: str) -> None:
    text = f"''{elided} a hard winter for the farms,' said Oren Blaise."
    [span] = find_quoted_spans(text)
    assert span.single and span.content.text_of(text) == f"'{elided} a hard winter for the farms,"


def test_a_ptb_double_mark_before_an_elided_word_still_pairs_with_its_closing_double_mark() -> None:
    text = "He wrote: ''Twas the night before the vote,'' and stopped."
    [span] = find_quoted_spans(text)
    assert not span.single and span.content.text_of(text) == "Twas the night before the vote,"


def test_an_elided_opening_keeps_the_reporting_clause_outside_the_quote() -> None:
    _, found = quotes(
        "'~/PUNCT/5/punct 'Tis/PRON/5/nsubj a/DET/5/det hard/ADJ/5/amod winter~/NOUN/9/ccomp ,~/PUNCT/5/punct "
        "'/PUNCT/5/punct said/VERB/0/root/say Oren/PROPN/10/compound Blaise~/PROPN/8/nsubj ./PUNCT/8/punct")
    assert summary(found) == [("direct", "'Tis a hard winter,", "said", "Oren Blaise", "quote-then-cue")]


# --- item 6 / K2, K4: hard-wrapped lines and typewriter dashes -----------------------------------

@pytest.mark.parametrize("newline", ["⏎", "⏎r"])
@pytest.mark.parametrize("open_,close", [("\"", "\""), ("“", "”"), ("«", "»")])
def test_a_quote_hard_wrapped_over_two_lines_is_one_quote(newline: str, open_: str, close: str) -> None:
    text, found = quotes(
        f"{open_}~/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux not/PART/4/advmod sign/VERB/14/ccomp "
        f"the/DET/7/det lease~/NOUN/5/obj ,/PUNCT/10/punct and/CCONJ/10/cc we/PRON/10/nsubj {newline} "
        f"leave/VERB/5/conj the/DET/12/det building~/NOUN/10/obj ,~/PUNCT/5/punct {close}/PUNCT/5/punct "
        "said/VERB/0/root/say Tomas/PROPN/16/compound Reyland~/PROPN/14/nsubj ./PUNCT/14/punct")
    assert summary(found) == [
        ("direct", "We will not sign the lease, and we leave the building,", "said", "Tomas Reyland", "quote-then-cue")]
    assert [text[s:e] for s, e in found[0]["spans"]] == ["We will not sign the lease, and we", "leave the building,"]


def test_a_line_that_starts_a_new_sentence_is_not_a_wrapped_quote() -> None:
    text = "\"We will not sign.\nThe tenants met.\" Nobody came."
    assert [s.content.text_of(text) for s in find_quoted_spans(text)] == ["We will not sign."]


def test_wrapped_lines_join_only_when_they_close_the_quote() -> None:
    text = "She said \"we will wait\nand see what happens next week\nand after"
    spans = find_quoted_spans(text)
    assert [s.content.text_of(text) for s in spans] == ["we will wait"]  # the first line, as before


def test_a_double_hyphen_after_the_closing_mark_leads_to_the_reporting_clause() -> None:
    _, found = quotes(
        "\"~/PUNCT/3/punct Never~/ADV/5/ccomp \"~/PUNCT/3/punct --/PUNCT/5/punct said/VERB/0/root/say "
        "Councillor/PROPN/8/compound Ada/PROPN/8/compound Brenn~/PROPN/5/nsubj ./PUNCT/5/punct")
    assert summary(found) == [("direct", "Never", "said", "Councillor Ada Brenn", "quote-then-cue")]


# --- item 7 / K5: a multi-paragraph quote that opens mid-paragraph --------------------------------

def test_a_multi_paragraph_quote_opening_after_its_cue_mid_paragraph() -> None:
    text, found = quotes(
        "In/ADP/2/case a/DET/3/det letter~/NOUN/8/obl ,/PUNCT/3/punct Principal/PROPN/7/compound "
        "Ines/PROPN/7/compound Caldor/PROPN/8/nsubj wrote/VERB/0/root/write \"~/PUNCT/11/punct We/PRON/11/nsubj "
        "thank/VERB/8/ccomp every/DET/13/det parent~/NOUN/11/obj ,~/PUNCT/11/punct | ¶ "
        "\"~/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux reopen/VERB/0/root the/DET/6/det gym~/NOUN/4/obj "
        ".~/PUNCT/4/punct | ¶ "
        "\"~/PUNCT/3/punct Classes/NOUN/3/nsubj resume~/VERB/0/root .~/PUNCT/3/punct \"/PUNCT/3/punct | "
        "The/DET/2/det letter/NOUN/4/nsubj:pass was/AUX/4/aux:pass posted~/VERB/0/root ./PUNCT/4/punct")
    assert summary(found) == [("direct", "We thank every parent, We will reopen the gym. Classes resume.", "wrote",
                               "Principal Ines Caldor", "cue-then-quote")]
    assert len(found[0]["spans"]) == 3


# --- item 2: a bare quote after a sentence that names its speaker -------------------------------

_BARE_QUOTE = ("\"~/PUNCT/4/punct We/PRON/4/nsubj have/AUX/4/aux run/VERB/0/root out/ADP/7/case of/ADP/7/case "
               "time~/NOUN/4/obl .~/PUNCT/4/punct \"/PUNCT/4/punct")


@pytest.mark.parametrize("report,speaker,lemma", [
    ("Union/NOUN/2/compound official/NOUN/4/compound Rob/PROPN/4/flat Kettering/PROPN/5/nsubj said/VERB/0/root/say "
     "the/DET/7/det offer/NOUN/10/nsubj was/AUX/10/cop too/ADV/10/advmod low~/ADJ/5/ccomp ./PUNCT/5/punct",
     "Union official Rob Kettering", "say"),
    ("She/PRON/2/nsubj warned/VERB/0/root/warn that/SCONJ/6/mark costs/NOUN/6/nsubj would/AUX/6/aux "
     "rise~/VERB/2/ccomp ./PUNCT/2/punct", "She", "warn"),
    ("The/DET/2/det minister/NOUN/3/nsubj told/VERB/0/root/tell reporters/NOUN/3/obj the/DET/6/det talks/NOUN/7/nsubj "
     "failed~/VERB/3/ccomp/fail !/PUNCT/3/punct", "The minister", "tell"),
])
def test_a_bare_quote_after_a_report_takes_its_speaker(report: str, speaker: str, lemma: str) -> None:
    _, found = quotes(report + " | " + _BARE_QUOTE)
    direct = [q for q in found if q["kind"] == "direct"]
    assert summary(direct) == [("direct", "We have run out of time.", None, speaker, "after-report")]
    # a guess from the sentence before: less sure than any cue in the quote's own sentence
    assert direct[0]["confidence"] < 0.75
    assert [q["kind"] for q in found] == ["indirect", "direct"]  # the report itself is kept


@pytest.mark.parametrize("action,speaker", [
    ("Dr./PROPN/3/compound Lena/PROPN/3/compound Marsh/PROPN/4/nsubj turned/VERB/0/root/turn to/ADP/7/case "
     "the/DET/7/det board~/NOUN/4/obl ./PUNCT/4/punct", "Dr. Lena Marsh"),
    ("He/PRON/2/nsubj stood/VERB/0/root/stand up~/ADP/2/compound:prt ./PUNCT/2/punct", "He"),
])
def test_a_bare_quote_after_an_action_of_the_only_person_named(action: str, speaker: str) -> None:
    _, found = quotes(action + " | " + _BARE_QUOTE)
    assert summary(found) == [("direct", "We have run out of time.", None, speaker, "after-subject")]


@pytest.mark.parametrize("action", [
    # two people: no telling who speaks
    "Marsh/PROPN/2/nsubj met/VERB/0/root/meet Tomas/PROPN/4/compound Reyland~/PROPN/2/obj ./PUNCT/2/punct",
    # a thing as the subject
    "The/DET/2/det motion/NOUN/3/nsubj passed~/VERB/0/root/pass ./PUNCT/3/punct",
    # a quotation of its own before: the split and continuation rules decide
    "\"~/PUNCT/2/punct Fine~/ADJ/0/root ,~/PUNCT/2/punct \"/PUNCT/2/punct Marsh/PROPN/6/nsubj nodded~/VERB/2/parataxis "
    "./PUNCT/2/punct",
])
def test_no_speaker_is_guessed_without_a_single_candidate(action: str) -> None:
    _, found = quotes(action + " | " + _BARE_QUOTE)
    last = found[-1]
    assert last["text"] == "We have run out of time." and last["rule"] not in ("after-subject", "after-report")


def test_a_quote_after_a_verbless_colon_introduction_paragraph() -> None:
    _, found = quotes(
        "And/CCONJ/2/cc from/ADP/4/case Chairwoman/PROPN/4/compound Irene/PROPN/5/compound Sato~/PROPN/0/root "
        ":/PUNCT/5/punct | ¶ " + _BARE_QUOTE)
    assert summary(found) == [("direct", "We have run out of time.", None, "Chairwoman Irene Sato", "intro-colon")]
    assert found[0]["confidence"] < 0.75


@pytest.mark.parametrize("dash", ["--", "—", ":"])
def test_a_quote_after_a_dash_or_colon_introduction_in_the_same_sentence(dash: str) -> None:
    text, found = quotes(
        "Councillor/PROPN/3/compound Ada/PROPN/3/compound Brenn/PROPN/5/nsubj was/AUX/5/cop blunt~/ADJ/0/root "
        f"{dash}~/PUNCT/5/punct \"~/PUNCT/10/punct We/PRON/10/nsubj will/AUX/10/aux not/PART/10/advmod "
        "pay~/VERB/5/parataxis .~/PUNCT/10/punct \"/PUNCT/10/punct")
    assert summary(found) == [("direct", "We will not pay.", None, "Councillor Ada Brenn", "after-subject")]


def test_a_cue_in_the_quotes_own_sentence_is_surer_than_a_neighbour() -> None:
    _, own = quotes(
        "\"~/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop ready~/ADJ/7/ccomp ,~/PUNCT/4/punct \"/PUNCT/4/punct "
        "said/VERB/0/root/say Rob/PROPN/9/compound Kettering~/PROPN/7/nsubj ./PUNCT/7/punct")
    _, nearby = quotes("Rob/PROPN/2/compound Kettering/PROPN/3/nsubj said/VERB/0/root/say that/SCONJ/6/mark "
                       "talks/NOUN/6/nsubj failed~/VERB/3/ccomp/fail ./PUNCT/3/punct | " + _BARE_QUOTE)
    assert own[0]["speaker"]["name"] == nearby[-1]["speaker"]["name"] == "Rob Kettering"
    assert own[0]["confidence"] > nearby[-1]["confidence"]


@pytest.mark.parametrize("previous,speaker,rule", [
    ("Chief/PROPN/3/compound Ada/PROPN/3/compound Brenn/PROPN/4/nsubj said/VERB/0/root/say the/DET/6/det "
     "fire/NOUN/8/nsubj was/AUX/8/cop out~/ADV/4/ccomp ./PUNCT/4/punct", "Chief Ada Brenn", "after-report"),
    ("Oren/PROPN/2/compound Blaise/PROPN/3/nsubj closed/VERB/0/root/close the/DET/5/det door~/NOUN/3/obj "
     "./PUNCT/3/punct", "Oren Blaise", "after-subject"),
])
def test_a_quote_paragraph_goes_on_from_the_last_sentence_of_the_paragraph_before(previous: str, speaker: str,
                                                                                   rule: str) -> None:
    _, found = quotes(previous + " | ¶ " + _BARE_QUOTE)
    assert summary([q for q in found if q["kind"] == "direct"]) == [
        ("direct", "We have run out of time.", None, speaker, rule)]


def test_a_common_noun_that_acts_gives_no_speaker() -> None:
    _, found = quotes("The/DET/2/det council/NOUN/3/nsubj met/VERB/0/root/meet on/ADP/5/case Monday~/PROPN/3/obl "
                      "./PUNCT/3/punct | ¶ " + _BARE_QUOTE)
    assert summary(found) == [("direct", "We have run out of time.", None, None, "unattributed")]


def test_a_quote_with_its_own_reporting_clause_is_not_given_a_neighbours_speaker() -> None:
    # the quote ends in a nested quote's closing mark, so the comma sits behind two marks
    text, found = quotes(
        "Rob/PROPN/2/compound Kettering/PROPN/3/nsubj spoke~/VERB/0/root/speak ./PUNCT/3/punct | ¶ "
        "“~/PUNCT/3/punct You/PRON/3/nsubj say/VERB/9/ccomp ‘~/PUNCT/5/punct accept/VERB/3/ccomp "
        "responsibility~/NOUN/5/obj ,~/PUNCT/5/punct ’~/PUNCT/5/punct ”/PUNCT/3/punct Merkley/PROPN/9/nsubj "
        "said~/VERB/0/root/say ./PUNCT/9/punct")
    assert summary([q for q in found if q["kind"] == "direct"]) == [
        ("direct", "You say ‘accept responsibility,’", "said", "Merkley", "quote-then-cue")]


def test_a_reporting_verb_right_after_the_quote_stops_the_guess_from_the_sentence_before() -> None:
    _, found = quotes(
        "Rob/PROPN/2/compound Kettering/PROPN/3/nsubj spoke~/VERB/0/root/speak ./PUNCT/3/punct | ¶ "
        "“~/PUNCT/3/punct We/PRON/3/nsubj won~/VERB/0/root/win .~/PUNCT/3/punct ”/PUNCT/3/punct | "
        "Merkley/PROPN/2/nsubj said~/VERB/0/root/say ./PUNCT/2/punct")
    assert all(q["rule"] not in ("after-report", "after-subject") for q in found)
    assert all(q["speaker"] is None or q["speaker"]["text"] != "Rob Kettering" for q in found)


# --- K8: a fronted purpose clause after the cue is not the content --------------------------------

@pytest.mark.parametrize("first,second", [("in", "order"), ("so", "as")])
def test_a_fronted_purpose_clause_is_not_the_reported_content(first: str, second: str) -> None:
    # the parse of the bundled model: both clauses hang off "said" as ccomp
    text, found = quotes(
        f"Dara/PROPN/3/nsubj Voss/PROPN/1/flat said/VERB/0/root/say {first}/ADP/5/case {second}/NOUN/3/obl "
        "to/PART/8/mark be/AUX/8/cop what/PRON/3/ccomp the/DET/10/det town/NOUN/11/nsubj needs~/VERB/8/acl:relcl/need "
        ",/PUNCT/15/punct the/DET/14/det rangers/NOUN/15/nsubj have/VERB/3/ccomp to/PART/18/mark "
        "\"~/PUNCT/18/punct clear/VERB/15/xcomp the/DET/21/det fallen/ADJ/21/amod trees/NOUN/18/obj "
        "every/DET/23/det spring~/NOUN/18/obj .~/PUNCT/3/punct \"/PUNCT/15/punct")
    assert [(q["kind"], q["speaker"]["text"]) for q in found] == [("mixed", "Dara Voss")]
    assert found[0]["text"].startswith("the rangers have to")
    assert "clear the fallen trees every spring." in found[0]["text"]


@pytest.mark.parametrize("open_,close", [("“", "”"), ("«", "»"), ("‘", "’")])
def test_a_document_that_is_one_short_quotation_is_speech(open_: str, close: str) -> None:
    _, found = quotes(f"{open_}~/PUNCT/3/punct We/PRON/3/nsubj won~/VERB/0/root/win !~/PUNCT/3/punct "
                      f"{close}/PUNCT/3/punct")
    assert summary(found) == [("direct", "We won!", None, None, "unattributed")]


# --- a reporting clause hard-wrapped onto the line after the quote ----------------------------------

WRAPPED_CLAUSE = """
"~      "       PUNCT  4  punct  O  _
We      we      PRON   4  nsubj  O  _
were    be      AUX    4  cop    O  _
clear~  clear   ADJ    0  root   O  _
,~      ,       PUNCT  4  punct  O  _
"       "       PUNCT  4  punct  O  _
#par
{cue}   {lemma} VERB   0  root   O  _
Peter   Peter   PROPN  1  nsubj  O  _
Hale~   Hale    PROPN  2  flat   O  _
.       .       PUNCT  1  punct  O  _
"""


@pytest.mark.parametrize(("cue", "lemma"), [("said", "say"), ("added", "add"), ("insisted", "insist")])
def test_a_reporting_clause_wrapped_onto_the_next_line_still_reports(cue: str, lemma: str) -> None:
    doc = build_document(WRAPPED_CLAUSE.format(cue=cue, lemma=lemma))
    assert "\n" in doc.text  # one line break, as hard-wrapped copy has
    [quote] = analyze(doc).to_record()["quotes"]
    assert (quote["kind"], quote["text"], quote["rule"]) == ("direct", "We were clear,", "quote-then-cue")
    assert quote["cue"]["text"] == cue and quote["speaker"]["name"] == "Peter Hale"



# --- a participial cue hung inside the first report's clause -----------------------------------------

ADDING_COLON = """
Senator  Senator  PROPN  4   nsubj       O  Number=Sing
Omar     Omar     PROPN  1   flat        O  Number=Sing
Diaz     Diaz     PROPN  2   flat        O  Number=Sing
said     say      VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    6   det         O  Definite=Def|PronType=Art
plan     plan     NOUN   8   nsubj:pass  O  Number=Sing
was      be       AUX    8   aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
flawed~  flawed   VERB   4   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
,        ,        PUNCT  10  punct       O  _
{cue}~   {lemma}  VERB   8   advcl       O  Tense=Pres|VerbForm=Part
:        :        PUNCT  14  punct       O  _
"~       "        PUNCT  14  punct       O  _
We       we       PRON   14  nsubj       O  Case=Nom|Number=Plur|Person=1|PronType=Prs
need     need     VERB   4   ccomp       O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
a        a        DET    17  det         O  Definite=Ind|PronType=Art
new      new      ADJ    17  amod        O  Degree=Pos
one~     one      NOUN   14  obj         O  Number=Sing
.~       .        PUNCT  4   punct       O  _
"        "        PUNCT  14  punct       O  _
"""


@pytest.mark.parametrize(("cue", "lemma"), [("adding", "add"), ("saying", "say"), ("insisting", "insist")])
def test_a_participial_cue_inside_the_first_report_speaks_for_its_reporter(cue: str, lemma: str) -> None:
    quotes = analyze(build_document(ADDING_COLON.format(cue=cue, lemma=lemma))).to_record()["quotes"]
    direct = next(q for q in quotes if q["kind"] == "direct")
    assert (direct["text"], direct["rule"], direct["cue"]["text"]) == ("We need a new one.", "cue-then-quote", cue)
    assert direct["speaker"]["name"] == "Omar Diaz"
