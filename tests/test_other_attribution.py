"""A quote's content never holds another attribution's source mention or cue (step
`merge:other-attribution`, core/quotes/crossing.py): through the rules on the parses a small parser
gave, and over hand-made quotes as the trained model or the hybrid hands them to the step."""

from __future__ import annotations

import re
from typing import Any

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.model import Document, Mention, Quote, QuoteKind, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.crossing import stop_before_other_attributions
from test_rules import flat

STEP = "merge:other-attribution"


def _quotes(table: str) -> list[dict[str, Any]]:
    return list(analyze(build_document(table)).to_record(trace=True)["quotes"])


def _summary(table: str) -> list[tuple[str, str, str | None]]:
    return [(q["text"], q["kind"], q["speaker"]["text"] if q["speaker"] else None) for q in _quotes(table)]


# stanza's parse of the tester's sentence: 'René Dupont' a conjunct of the quoted clause, the second
# 'said' a second complement of the first, with no subject of its own
SECOND_SPEAKER = """
The       the       DET    2   det
minister  minister  NOUN   3   nsubj
said      say       VERB   0   root
"~        "         PUNCT  7   punct
we        we        PRON   7   nsubj
will      will      AUX    7   aux
win~      win       VERB   3   ccomp
"         "         PUNCT  7   punct
{joiner}  {joiner}  {tag}  10  {relation}
René      René      PROPN  7   conj
Dupont    Dupont    PROPN  10  flat
said~     say       VERB   3   ccomp
:         :         PUNCT  3   punct

"~        "         PUNCT  4   punct
We        we        PRON   4   nsubj
will      will      AUX    4   aux
fight     fight     VERB   0   root
every     every     DET    6   det
seat~     seat      NOUN   4   obj
.~        .         PUNCT  4   punct
"         "         PUNCT  4   punct
"""

# the same misparse with a pronoun for the second speaker
SECOND_SPEAKER_PRONOUN = """
Hale      Hale      PROPN  2   nsubj
said      say       VERB   0   root
"~        "         PUNCT  6   punct
we        we        PRON   6   nsubj
will      will      AUX    6   aux
win~      win       VERB   2   ccomp
"         "         PUNCT  6   punct
and       and       CCONJ  9   cc
she       she       PRON   6   conj
said~     say       VERB   2   ccomp
:         :         PUNCT  2   punct

"~        "         PUNCT  4   punct
We        we        PRON   4   nsubj
will      will      AUX    4   aux
fight     fight     VERB   0   root
every     every     DET    6   det
seat~     seat      NOUN   4   obj
.~        .         PUNCT  4   punct
"         "         PUNCT  4   punct
"""


def _joined_by(joiner: str) -> str:
    tag, relation = ("PUNCT", "punct") if joiner == ";" else ("CCONJ", "cc")
    return SECOND_SPEAKER.replace("{joiner}", joiner).replace("{tag}", tag).replace("{relation}", relation)


@pytest.mark.parametrize(("table", "speaker", "start"), [
    (_joined_by("and"), "The minister", 18),
    (_joined_by("but"), "The minister", 18),
    (_joined_by(";"), "The minister", 18),
    (SECOND_SPEAKER_PRONOUN, "Hale", 10),
])
def test_a_quoted_complement_stops_before_the_next_speaker(table: str, speaker: str, start: int) -> None:
    quotes = _quotes(table)
    # without the step the content ran on over the coordinator and the second speaker, a mixed quote
    # '"we will win" and René Dupont'; a quoted clause that is the cue's whole object is direct speech
    # even in lower case, marks outside (tests/test_whole_object_quotes.py)
    assert [(q["text"], q["kind"], q["speaker"]["text"]) for q in quotes[:1]] == [("we will win", "direct", speaker)]
    assert [(q["text"], q["kind"]) for q in quotes[1:]] == [("We will fight every seat.", "direct")]
    assert quotes[0]["trace"][-2] == STEP  # the last step before the speaker link
    assert quotes[0]["spans"] == [[start + 1, start + 1 + len("we will win")]]
    if table != SECOND_SPEAKER_PRONOUN:
        # (the pronoun's mention keeps the conjunction a misparse gives it: 'and she', not this step's)
        assert quotes[1]["speaker"]["text"] == "René Dupont"


APPOSED_SECOND_SPEAKER = """
The        the       DET    2   det
senator    senator   NOUN   3   nsubj
told       tell      VERB   0   root
reporters  reporter  NOUN   3   obj
"~         "         PUNCT  9   punct
the        the       DET    7   det
bill       bill      NOUN   9   nsubj
is         be        AUX    9   cop
dead~      dead      ADJ    3   ccomp
"          "         PUNCT  9   punct
and        and       CCONJ  13  cc
her        her       PRON   13  nmod:poss
aide~      aide      NOUN   9   conj
,          ,         PUNCT  15  punct
Joan       Joan      PROPN  13  appos
Pike~      Pike      PROPN  15  flat
,          ,         PUNCT  15  punct
said       say       VERB   3   conj
the        the       DET    20  det
vote       vote      NOUN   22  nsubj
was        be        AUX    22  cop
off~       off       ADP    18  ccomp
.          .         PUNCT  3   punct
"""


def test_the_content_stops_before_the_whole_source_phrase_not_only_the_name() -> None:
    # 'her aide, Joan Pike': the name is the mention, the phrase it is apposed to starts the clause
    assert _summary(APPOSED_SECOND_SPEAKER) == [
        ("the bill is dead", "direct", "The senator"), ("the vote was off", "indirect", "Joan Pike")]


COORDINATED_NOT_A_SOURCE = """
The       the       DET    2   det
minister  minister  NOUN   3   nsubj
said      say       VERB   0   root
the       the       DET    5   det
plan      plan      NOUN   8   nsubj
was       be        AUX    8   cop
"~        "         PUNCT  8   punct
bold~     bold      ADJ    3   ccomp
"         "         PUNCT  8   punct
and       and       CCONJ  12  cc
the       the       DET    12  det
timing    timing    NOUN   8   conj
right~    right     ADV    12  advmod
.         .         PUNCT  3   punct
"""

NESTED_REPORT = """
The        the       DET    2   det
governor   governor  NOUN   3   nsubj
said       say       VERB   0   root
that       that      SCONJ  8   mark
the        the       DET    6   det
tax        tax       NOUN   8   nsubj
would      would     AUX    8   aux
stay       stay      VERB   3   ccomp
and        and       CCONJ  13  cc
that       that      SCONJ  13  mark
the        the       DET    12  det
lawmakers  lawmaker  NOUN   13  nsubj
said       say       VERB   3   ccomp
it         it        PRON   16  nsubj
would      would     AUX    16  aux
go~        go        VERB   13  ccomp
.          .         PUNCT  3   punct
"""


@pytest.mark.parametrize(("table", "content"), [
    (COORDINATED_NOT_A_SOURCE, 'the plan was "bold" and the timing right'),
    # a report inside the content is the governor's words (README: PolNeAR marks each word once)
    (NESTED_REPORT, "that the tax would stay and that the lawmakers said it would go"),
])
def test_a_coordinated_part_that_is_no_new_attribution_keeps_its_content(table: str, content: str) -> None:
    quotes = _quotes(table)
    assert [q["text"] for q in quotes] == [content]
    assert STEP not in quotes[0]["trace"]


# The step over quotes as the model or the hybrid gives them: any finder's content is cut the same way.

def _document(sentence: str) -> Document:
    """A flat parse of `sentence` (`test_rules.flat`): the step needs only the words and their tags."""
    return build_document(flat(sentence))


def _span(doc: Document, words: str, nth: int = 0) -> Span:
    """The span of the `nth` (from 0) occurrence of `words` as whole words in the document's text."""
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", doc.text))[nth]
    return Span(found.start(), found.end())


def _quote(doc: Document, content: Span, cue: Span, speaker: Span | None, kind: QuoteKind = "indirect",
           rule: str = "model") -> Quote:
    mention = None
    if speaker is not None:
        mention = Mention(span=speaker, text=speaker.text_of(doc.text), kind="name",
                          head=doc.tokens_in(speaker)[-1].index)
    return Quote(id="", kind=kind, parts=(content,), cue=cue, speaker=mention, confidence=0.8,
                 rule=rule, trace=(rule,))  # type: ignore[arg-type]


def _texts(doc: Document, quotes: list[Quote]) -> list[str]:
    return [" | ".join(p.text_of(doc.text) for p in q.parts) for q in quotes]


REPORTED_SECOND = ("The/DET mayor/NOUN said/VERB that/SCONJ the/DET budget/NOUN was/AUX safe/ADJ and/CCONJ "
                   "Ada/PROPN Moss/PROPN added/VERB that/SCONJ cuts/NOUN were/AUX coming~/VERB ./PUNCT")


def _mayor_and_moss(doc: Document, mayor_content: str, kind: QuoteKind = "indirect") -> tuple[Quote, Quote]:
    mayor = _quote(doc, _span(doc, mayor_content), _span(doc, "said"), _span(doc, "The mayor"), kind)
    moss = _quote(doc, _span(doc, "that cuts were coming"), _span(doc, "added"), _span(doc, "Ada Moss"),
                  rule="cue-complement")
    return mayor, moss


def test_a_model_reading_stops_before_a_rule_quote_s_speaker() -> None:
    # the hybrid kept the model's 'that the budget was safe and Ada Moss' over the rule's reading
    doc = _document(REPORTED_SECOND)
    mayor, moss = _mayor_and_moss(doc, "that the budget was safe and Ada Moss")
    out = stop_before_other_attributions(doc, [mayor, moss])
    assert _texts(doc, out) == ["that the budget was safe", "that cuts were coming"]
    assert out[0].trace == ("model", STEP) and out[1] is moss


@pytest.mark.parametrize(("sentence", "content", "cue", "speaker", "kept"), [
    # ', while Y insisted…': the subordinator goes with the clause cut off
    ('The/DET mayor/NOUN told/VERB reporters/NOUN "~/PUNCT the/DET budget/NOUN is/AUX safe~/ADJ "~/PUNCT ,/PUNCT '
     "while/SCONJ Councillor/PROPN Ada/PROPN Moss/PROPN insisted/VERB the/DET cuts/NOUN were/AUX coming~/VERB "
     "./PUNCT", '"the budget is safe", while Councillor Ada Moss', "insisted", "Councillor Ada Moss",
     '"the budget is safe"'),
    # the cue before its speaker ('and, said René Dupont, …'): the content ends before the cue
    ("The/DET minister/NOUN told/VERB us/PRON the/DET party/NOUN would/AUX win~/VERB ,/PUNCT and~/CCONJ ,/PUNCT "
     "said/VERB René/PROPN Dupont~/PROPN ,/PUNCT it/PRON would/AUX fight~/VERB ./PUNCT",
     "the party would win, and, said René Dupont", "said", "René Dupont", "the party would win"),
    # a possessor in the other source phrase: 'the union's leader'
    ("The/DET mayor/NOUN told/VERB us/PRON the/DET budget/NOUN was/AUX safe~/ADJ ,/PUNCT but/CCONJ the/DET "
     "union~/NOUN 's/PART leader/NOUN said/VERB cuts/NOUN were/AUX coming~/VERB ./PUNCT",
     "the budget was safe, but the union's leader", "said", "the union's leader", "the budget was safe"),
    # '…, and then she said…': an adverb after the coordinator dangles too
    ("Hale/PROPN told/VERB us/PRON the/DET deal/NOUN was/AUX dead~/ADJ ,/PUNCT and/CCONJ then/ADV she/PRON "
     "said/VERB talks/NOUN would/AUX go/VERB on~/ADP ./PUNCT", "the deal was dead, and then she", "said", "she",
     "the deal was dead"),
])
def test_the_joining_words_before_the_other_clause_are_dropped(sentence: str, content: str, cue: str,
                                                               speaker: str, kept: str) -> None:
    doc = _document(sentence)
    reading = _quote(doc, _span(doc, content), _span(doc, "told"), None, "mixed" if '"' in content else "indirect")
    cue_span = _span(doc, cue)
    rival = _quote(doc, Span(cue_span.end + 1, len(doc.text) - 1), cue_span, _span(doc, speaker),
                   rule="cue-complement")
    out = stop_before_other_attributions(doc, [reading, rival])
    assert _texts(doc, out)[0] == kept
    assert out[0].kind == reading.kind and out[0].trace == ("model", STEP)


DOUBTFUL = ("He/PRON said/VERB it/PRON could/AUX help/VERB a/DET black/ADJ visitor/NOUN see/VERB the/DET "
            "efforts/NOUN of/ADP police/NOUN officers/NOUN who/PRON ,/PUNCT \"~/PUNCT in/ADP fits/NOUN "
            "and/CCONJ starts~/NOUN ,/PUNCT are/AUX struggling~/VERB ./PUNCT \"/PUNCT")


def test_a_rival_whose_speaker_stands_inside_the_content_but_not_before_its_cue_cuts_nothing() -> None:
    # PolNeAR dev: a direct-quote rule read 'see' as the cue of "in fits and starts…" with 'it' as its
    # speaker; the gold content is the whole of 'it could help a black visitor see the efforts…'
    doc = _document(DOUBTFUL)
    report = _quote(doc, _span(doc, "it could help a black visitor see the efforts of police officers"),
                    _span(doc, "said"), _span(doc, "He"), rule="cue-complement")
    quotation = _quote(doc, _span(doc, "in fits and starts, are struggling"), _span(doc, "see"), _span(doc, "it"),
                       kind="direct", rule="cue-then-quote")
    assert stop_before_other_attributions(doc, [report, quotation]) == [report, quotation]


def test_a_direct_quote_a_nested_report_and_a_report_that_opens_the_content_are_not_cut() -> None:
    doc = _document(REPORTED_SECOND)
    # a quotation's bounds are its marks: never cut
    direct, moss = _mayor_and_moss(doc, "the budget was safe and Ada Moss added", kind="direct")
    assert stop_before_other_attributions(doc, [direct, moss]) == [direct, moss]
    # a report whose content lies inside the content is nested, not a rival
    outer, moss = _mayor_and_moss(doc, "that the budget was safe and Ada Moss added that cuts were coming")
    assert stop_before_other_attributions(doc, [outer, moss]) == [outer, moss]
    # fewer than three words before the other clause: it opens the content, nested in it ('asked for
    # a photo and Clinton said…', 'that the advertisement suggests that…': PolNeAR keeps such contents)
    short, moss = _mayor_and_moss(doc, "safe and Ada Moss")
    assert stop_before_other_attributions(doc, [short, moss]) == [short, moss]


def test_a_mixed_quote_whose_quotation_is_cut_off_becomes_indirect() -> None:
    doc = _document('The/DET mayor/NOUN said/VERB the/DET budget/NOUN was/AUX safe/ADJ and/CCONJ Ada/PROPN '
                    'Moss/PROPN said/VERB "~/PUNCT cuts/NOUN are/AUX coming~/VERB "/PUNCT ./PUNCT')
    mayor = _quote(doc, _span(doc, 'the budget was safe and Ada Moss said "cuts'), _span(doc, "said"),
                   _span(doc, "The mayor"), kind="mixed")
    moss = _quote(doc, _span(doc, "cuts are coming"), _span(doc, "said", nth=1), _span(doc, "Ada Moss"),
                  kind="direct", rule="cue-then-quote")
    out = stop_before_other_attributions(doc, [mayor, moss])
    assert [(q.kind, _texts(doc, [q])[0]) for q in out] == [
        ("indirect", "the budget was safe"), ("direct", "cuts are coming")]


@pytest.mark.parametrize("tag", ["SCONJ", "ADP"])
def test_a_preposition_before_the_other_cue_goes_with_it(tag: str) -> None:
    # PolNeAR train: 'He explained the Drudge headline by saying: "…"' read 'the Drudge headline by saying'
    doc = _document(f'He/PRON explained/VERB the/DET Drudge/PROPN headline/NOUN by/{tag} saying~/VERB :/PUNCT '
                    '"~/PUNCT It/PRON was/AUX a/DET joke~/NOUN ./PUNCT "/PUNCT')
    report = _quote(doc, _span(doc, "the Drudge headline by saying"), _span(doc, "explained"), _span(doc, "He"),
                    rule="cue-object")
    quotation = _quote(doc, _span(doc, "It was a joke."), _span(doc, "saying"), _span(doc, "He"), kind="direct",
                       rule="cue-then-quote")
    assert _texts(doc, stop_before_other_attributions(doc, [report, quotation])) == [
        "the Drudge headline", "It was a joke."]


# PolNeAR train: the other speaker's mention is only the place ('Worcester'); the clause starts with
# the phrase the place is attached to
WOMAN_IN_WORCESTER = """
John       John       PROPN  3   nsubj
Kasich     Kasich     PROPN  1   flat
assured    assure     VERB   0   root
voters     voter      NOUN   3   obj
he         he         PRON   7   nsubj
was        be         AUX    7   cop
tough      tough      ADJ    3   ccomp
enough     enough     ADV    7   advmod
after      after      SCONJ  14  mark
a          a          DET    11  det
woman      woman      NOUN   14  nsubj
in         in         ADP    13  case
Worcester  Worcester  PROPN  11  nmod
told       tell       VERB   7   advcl
him        he         PRON   14  obj
she        she        PRON   17  nsubj
worries~   worry      VERB   14  ccomp
.          .          PUNCT  3   punct
"""


def test_a_place_named_as_the_other_speaker_cuts_before_the_phrase_it_belongs_to() -> None:
    doc = build_document(WOMAN_IN_WORCESTER)
    report = _quote(doc, _span(doc, "he was tough enough after a woman in Worcester"), _span(doc, "assured"),
                    _span(doc, "John Kasich"))
    other = _quote(doc, _span(doc, "she worries"), _span(doc, "told"), _span(doc, "Worcester"),
                   rule="cue-complement")
    assert _texts(doc, stop_before_other_attributions(doc, [report, other])) == ["he was tough enough", "she worries"]


QUOTED_PHRASE = """
The       the       DET    2   det
senator   senator   NOUN   3   nsubj
said      say       VERB   0   root
"~        "         PUNCT  7   punct
a         a         DET    7   det
total     total     ADJ    7   amod
disaster~ disaster  NOUN   3   obj
"         "         PUNCT  7   punct
and       and       CCONJ  10  cc
Joan      Joan      PROPN  7   conj
Pike      Pike      PROPN  10  flat
said      say       VERB   3   conj
the       the       DET    14  det
vote      vote      NOUN   16  nsubj
was       be        AUX    16  cop
off~      off       ADP    12  ccomp
.         .         PUNCT  3   punct
"""


def test_a_quoted_phrase_left_alone_by_the_cut_stays_mixed() -> None:
    # '"a total disaster"' is no clause of its own, so no sentence said: not direct
    doc = build_document(QUOTED_PHRASE)
    senator = _quote(doc, _span(doc, '"a total disaster" and Joan Pike'), _span(doc, "said"),
                     _span(doc, "The senator"), kind="mixed", rule="cue-complement")
    pike = _quote(doc, _span(doc, "the vote was off"), _span(doc, "said", nth=1), _span(doc, "Joan Pike"),
                  rule="cue-complement")
    out = stop_before_other_attributions(doc, [senator, pike])
    assert [(q.kind, _texts(doc, [q])[0]) for q in out] == [
        ("mixed", '"a total disaster"'), ("indirect", "the vote was off")]


# The mirror image, among the rules' own readings: a content read back from its cue off the words
# ('CLAUSE, X said') that opens with a report the parse read (step boundary:earlier-report).
INTERRUPTED_SECOND_REPORT = """
The       the       DET    2   det
minister  minister  NOUN   3   nsubj
said      say       VERB   0   root
the       the       DET    5   det
vote      vote      NOUN   7   nsubj
was       be        AUX    7   cop
safe~     safe      ADJ    3   ccomp
,         ,         PUNCT  18  punct
but       but       CCONJ  18  cc
the       the       DET    11  det
count~    count     NOUN   15  nsubj
,         ,         PUNCT  11  punct
René      René      PROPN  15  nsubj
Dupont    Dupont    PROPN  13  flat
said~     say       VERB   3   ccomp
,         ,         PUNCT  18  punct
was       be        AUX    18  aux:pass
rigged~   rig       VERB   3   ccomp
.         .         PUNCT  3   punct
"""

NESTED_BEFORE_THE_CUE = """
Secret     Secret    ADJ    3   amod
Service    Service   PROPN  3   compound
protocol   protocol  NOUN   4   nsubj
called     call      VERB   0   root
for        for       ADP    7   case
the        the       DET    7   det
nominee    nominee   NOUN   4   obl
to         to        PART   10  mark
be         be        AUX    10  aux:pass
taken      take      VERB   4   advcl
to         to        ADP    14  case
a          a         DET    14  det
trauma     trauma    NOUN   14  compound
centre     centre    NOUN   10  obl:agent
after      after     ADP    17  case
her        her       PRON   17  nmod:poss
collapse~  collapse  NOUN   14  nmod
,          ,         PUNCT  4   punct
sources    source    NOUN   20  nsubj
said~      say       VERB   4   conj
.          .         PUNCT  20  punct
"""


def test_a_report_read_back_from_its_cue_starts_after_the_report_it_opens_with() -> None:
    # before: Dupont's surface reading 'The minister said the vote was safe, but the count was rigged'
    # held the minister's reporting clause, and the minister's own report was dropped as nested in it
    quotes = _quotes(INTERRUPTED_SECOND_REPORT)
    assert [(q["text"], q["speaker"]["text"]) for q in quotes] == [
        ("the vote was safe", "The minister"), ("the count was rigged", "René Dupont")]
    assert "boundary:earlier-report" in quotes[1]["trace"]


def test_a_report_nested_before_the_cue_with_nothing_after_it_stays_whole() -> None:
    # PolNeAR dev (breitbart, 'Secret Service protocol called for…, sources said'): the sources'
    # content is the whole clause, the protocol's report nested in it
    assert [(q["text"], q["speaker"]["text"]) for q in _quotes(NESTED_BEFORE_THE_CUE)] == [
        ("Secret Service protocol called for the nominee to be taken to a trauma centre after her collapse",
         "sources")]


# PolNeAR dev (wash-post): a content after its cue that opens with a report's subject is that
# report nested in the speaker's words, which PolNeAR marks whole
NESTED_AFTER_THE_CUE = """
He            he           PRON   2   nsubj
said          say          VERB   0   root
the           the          DET    5   det
United        United       ADJ    5   amod
States        State        PROPN  10  nsubj
and           and          CCONJ  8   cc
its           its          PRON   8   nmod:poss
allies        ally         NOUN   5   conj
will          will         AUX    10  aux
seek          seek         VERB   2   conj
new           new          ADJ    13  amod
U.N.          U.N.         PROPN  13  compound
sanctions     sanction     NOUN   10  obj
and           and          CCONJ  15  cc
take          take         VERB   10  conj
other         other        ADJ    17  amod
measures      measure      NOUN   15  obj
"~            "            PUNCT  15  punct
to            to           PART   20  mark
demonstrate   demonstrate  VERB   15  advcl
to            to           ADP    23  case
North         North        PROPN  23  compound
Korea         Korea        PROPN  20  obl
that          that         SCONJ  26  mark
there         there        PRON   26  expl
are           be           AUX    20  advcl
consequences  consequence  NOUN   26  nsubj
to            to           ADP    33  case
its           its          PRON   33  nmod:poss
unlawful      unlawful     ADJ    33  amod
and           and          CCONJ  32  cc
dangerous     dangerous    ADJ    30  conj
actions~      action       NOUN   27  nmod
.~            .            PUNCT  2   punct
"             "            PUNCT  2   punct
"""


def test_a_content_after_its_cue_keeps_the_report_it_opens_with() -> None:
    quotes = _quotes(NESTED_AFTER_THE_CUE)
    assert [(q["text"], q["speaker"]["text"]) for q in quotes] == [
        ('the United States and its allies will seek new U.N. sanctions and take other measures "to demonstrate '
         'to North Korea that there are consequences to its unlawful and dangerous actions."', "He")]
    assert "boundary:earlier-report" not in quotes[0]["trace"]


RELATIVE_CLAUSE_REPORT = ("Advocates/NOUN cite/VERB his/PRON record/NOUN in/ADP the/DET House/PROPN when/ADV he/PRON "
                          "repeatedly/ADV supported/VERB a/DET ban/NOUN on/ADP cloning~/NOUN ./PUNCT")


def test_a_report_a_relative_word_opens_inside_the_content_is_nested_in_it() -> None:
    # PolNeAR train: the model read 'supported a ban…' as a report of 'he'; the advocates' content
    # had been cut to '…in the House when'
    doc = _document(RELATIVE_CLAUSE_REPORT)
    advocates = _quote(doc, _span(doc, "his record in the House when he repeatedly supported a ban"),
                       _span(doc, "cite"), _span(doc, "Advocates"), rule="cue-object")
    ban = _quote(doc, _span(doc, "a ban on cloning"), _span(doc, "supported"), _span(doc, "he"))
    assert stop_before_other_attributions(doc, [advocates, ban]) == [advocates, ban]
