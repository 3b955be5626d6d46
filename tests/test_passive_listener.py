"""A passive listener cue in the model's reading (issue 14, A4): in 'Ms Green was told by Mr Black that…'
the subject is the one told and the by-phrase's noun the speaker; without a by-phrase ('Travellers were
told to expect delays') nobody named speaks. The tagger tags the listener as the source, as PolNeAR's
active sentences taught it; these documents carry that tagging."""

from __future__ import annotations

import pytest
import torch
from quotetrace.core.attribution.assemble import link, segments
from quotetrace.core.attribution.combine import to_quotes
from quotetrace.core.attribution.features import split_words
from quotetrace.core.attribution.tagger import TAGS
from quotetrace.core.build import build_document
from quotetrace.core.model import Quote
from quotetrace.core.quotes.marks import find_quoted_spans

# the report hangs on the cue (stanza's parse of the tester's sentence)
NAMED_AGENT = """
Ms        Ms        PROPN  2   compound    O
Green     Green     PROPN  4   nsubj:pass  O
was       be        AUX    4   aux:pass    O
{verb}    {lemma}   VERB   0   root        O
by        by        ADP    7   case        O
Mr        Mr.       PROPN  7   compound    O
Black     Black     PROPN  4   obl:agent   O
that      that      SCONJ  12  mark        O
her       her       PRON   10  nmod:poss   O
contract  contract  NOUN   12  nsubj       O
would     would     AUX    12  aux         O
end~      end       VERB   4   {clause}    O
.         .         PUNCT  4   punct       O
"""

# the parser hangs the report on the agent as its relative clause (stanza's parse)
RELATIVE_REPORT = """
The        the       DET    2   det         O
minister   minister  NOUN   4   nsubj:pass  O
was        be        AUX    4   aux:pass    O
{verb}     {lemma}   VERB   0   root        O
by         by        ADP    6   case        O
officials  official  NOUN   4   obl:agent   O
that       that      SCONJ  11  mark        O
the        the       DET    9   det         O
plan       plan      NOUN   11  nsubj       O
had        have      AUX    11  aux         O
failed~    fail      VERB   6   acl:relcl   O
.          .         PUNCT  4   punct       O
"""

NO_AGENT = """
Travellers  Travellers  NOUN   3  nsubj:pass  O
were        be          AUX    3  aux:pass    O
{verb}      {lemma}     VERB   0  root        O
to          to          PART   5  mark        O
expect      expect      VERB   3  xcomp       O
delays~     delay       NOUN   5  obj         O
.           .           PUNCT  3  punct       O
"""

ACTIVE = """
Mr        Mr.       PROPN  2   compound    O
Black     Black     PROPN  3   nsubj       O
told      tell      VERB   0   root        O
Ms        Ms        PROPN  5   compound    O
Green     Green     PROPN  3   obj         O
that      that      SCONJ  10  mark        O
her       her       PRON   8   nmod:poss   O
contract  contract  NOUN   10  nsubj       O
would     would     AUX    10  aux         O
end~      end       VERB   3   ccomp       O
.         .         PUNCT  3   punct       O
"""

# a passive cue that takes no listener: its subject is what is reported on, and the tagger's source stays
NOT_A_LISTENER_CUE = """
Ms        Ms        PROPN  2   compound    O
Green     Green     PROPN  4   nsubj:pass  O
was       be        AUX    4   aux:pass    O
quoted    quote     VERB   0   root        O
as        as        SCONJ  6   mark        O
saying    say       VERB   4   advcl       O
that      that      SCONJ  11  mark        O
her       her       PRON   9   nmod:poss   O
contract  contract  NOUN   11  nsubj       O
would     would     AUX    11  aux         O
end~      end       VERB   6   ccomp       O
.         .         PUNCT  4   punct       O
"""

LISTENER_VERBS = [("told", "tell"), ("warned", "warn"), ("informed", "inform"), ("assured", "assure"),
                  ("advised", "advise")]


def _model_quotes(table: str, source: list[str], cue: list[str], content: list[str]) -> tuple[str, list[Quote]]:
    """The model's quotes for a tagging of `source`, `cue` and `content` (each a run of words, found
    at its first occurrence); the document's text and the quotes."""
    doc = build_document(table)
    words = split_words(doc.text)
    texts = words.strings()
    names = ["O"] * len(texts)
    for role, run in (("Source", source), ("Cue", cue), ("Content", content)):
        if not run:
            continue
        first = next(i for i in range(len(texts)) if texts[i:i + len(run)] == run)
        for offset in range(len(run)):
            names[first + offset] = ("B-" if offset == 0 else "I-") + role
    tags = torch.nn.functional.one_hot(torch.tensor([TAGS.index(n) for n in names]), len(TAGS)).float()
    return doc.text, to_quotes(doc, words, link(words, segments(tags)), find_quoted_spans(doc.text, words.paragraphs))


def _read(text: str, quote: Quote) -> tuple[str | None, str]:
    speaker = quote.speaker.span.text_of(text) if quote.speaker is not None else None
    return speaker, " ".join(p.text_of(text) for p in quote.parts)


@pytest.mark.parametrize(("verb", "lemma"), LISTENER_VERBS)
@pytest.mark.parametrize("clause", ["advcl", "ccomp"])
def test_the_by_phrase_speaks_and_the_subject_is_the_listener(verb: str, lemma: str, clause: str) -> None:
    text, quotes = _model_quotes(NAMED_AGENT.format(verb=verb, lemma=lemma, clause=clause), ["Ms", "Green"],
                                 ["was", verb], ["by", "Mr", "Black", "that", "her", "contract", "would", "end"])
    assert [_read(text, q) for q in quotes] == [("Mr Black", "that her contract would end")]
    assert quotes[0].trace == ("model", "model:passive-listener")


@pytest.mark.parametrize(("verb", "lemma"), LISTENER_VERBS)
def test_a_report_the_parser_hangs_on_the_agent_is_not_cut_away(verb: str, lemma: str) -> None:
    text, quotes = _model_quotes(RELATIVE_REPORT.format(verb=verb, lemma=lemma), ["The", "minister"], ["was", verb],
                                 ["by", "officials", "that", "the", "plan", "had", "failed"])
    assert [_read(text, q) for q in quotes] == [("officials", "that the plan had failed")]


# those whose infinitive is a report (`infinitive-cues`): 'was informed to' reports nothing
@pytest.mark.parametrize(("verb", "lemma"), [("told", "tell"), ("warned", "warn"), ("advised", "advise")])
def test_without_a_by_phrase_the_listener_never_speaks(verb: str, lemma: str) -> None:
    text, quotes = _model_quotes(NO_AGENT.format(verb=verb, lemma=lemma), ["Travellers"], ["were", verb],
                                 ["to", "expect", "delays"])
    assert [_read(text, q) for q in quotes] == [(None, "to expect delays")]


def test_a_passive_speaker_lowers_confidence_to_a_parse_source() -> None:
    # the tagger's belief in its source is about the listener, not the by-phrase's noun
    text, quotes = _model_quotes(NAMED_AGENT.format(verb="told", lemma="tell", clause="advcl"), ["Ms", "Green"],
                                 ["was", "told"], ["by", "Mr", "Black", "that", "her", "contract", "would", "end"])
    _, active = _model_quotes(ACTIVE, ["Mr", "Black"], ["told"], ["that", "her", "contract", "would", "end"])
    assert quotes[0].confidence < active[0].confidence


def test_the_active_sentence_keeps_its_source() -> None:
    text, quotes = _model_quotes(ACTIVE, ["Mr", "Black"], ["told"], ["that", "her", "contract", "would", "end"])
    assert [_read(text, q) for q in quotes] == [("Mr Black", "that her contract would end")]
    assert quotes[0].trace == ("model",)


def test_a_passive_cue_without_a_listener_keeps_the_tagged_source() -> None:
    text, quotes = _model_quotes(NOT_A_LISTENER_CUE, ["Ms", "Green"], ["was", "quoted", "as", "saying"],
                                 ["that", "her", "contract", "would", "end"])
    assert [_read(text, q) for q in quotes] == [("Ms Green", "that her contract would end")]


# the rules' reading: a passive cue's subject is what the agent's report is about ('The plan was criticized
# by senators'), but never for a listener cue, whose subject is the one told (stanza hangs the report on
# the agent as its relative clause, so no clausal rule claims the cue first)
WARNED_BY = """
The     the     DET    2   det         O
team    team    NOUN   4   nsubj:pass  O
was     be      AUX    4   aux:pass    O
{verb}  {lemma} VERB   0   root        O
by      by      ADP    8   case        O
coach   coach   NOUN   8   compound    O
Tim     Tim     PROPN  8   compound    O
Oyo     Oyo     PROPN  4   obl:agent   O
that    that    SCONJ  14  mark        O
the     the     DET    11  det         O
season  season  NOUN   14  nsubj       O
would   would   AUX    14  aux         O
be      be      AUX    14  cop         O
hard~   hard    ADJ    8   acl:relcl   O
.       .       PUNCT  4   punct       O
"""


@pytest.mark.parametrize(("verb", "lemma"), LISTENER_VERBS)
def test_the_rules_never_report_the_one_told(verb: str, lemma: str) -> None:
    from quotetrace.core.pipeline import analyze

    quotes = analyze(build_document(WARNED_BY.format(verb=verb, lemma=lemma))).to_record()["quotes"]
    assert all(q["rule"] != "cue-passive" for q in quotes), quotes
    assert "The team" not in [q["text"] for q in quotes]


# 'Dyer, asked whether he regretted the decision, said he did not.' as the bundled models parse it: the
# participle gets the subject it only sits beside, and hangs on 'said'
DYER_ASKED = """
Dyer~      Dyer       PROPN  3   nsubj   O  Number=Sing
,          ,          PUNCT  1   punct   O  _
asked      ask        VERB   10  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
whether    whether    SCONJ  6   mark    O  _
he         he         PRON   6   nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
regretted  regret     VERB   10  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    8   det     O  Definite=Def|PronType=Art
decision~  decision   NOUN   6   obj     O  Number=Sing
,          ,          PUNCT  6   punct   O  _
said       say        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
he         he         PRON   12  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
did        do         AUX    10  ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
not~       not        PART   12  advmod  O  Polarity=Neg
.          .          PUNCT  10  punct   O  _
"""

# 'Streeting, asked whether the strike would end, said talks were going well.': the participle is the root
STREETING_ASKED = """
Streeting~  Streeting  NOUN   3   nsubj   O  Number=Sing
,           ,          PUNCT  1   punct   O  _
asked       ask        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
whether     whether    SCONJ  8   mark    O  _
the         the        DET    6   det     O  Definite=Def|PronType=Art
strike      strike     NOUN   8   nsubj   O  Number=Sing
would       would      AUX    8   aux     O  VerbForm=Fin
end~        end        VERB   3   ccomp   O  VerbForm=Inf
,           ,          PUNCT  8   punct   O  _
said        say        VERB   3   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
talks       talk       NOUN   13  nsubj   O  Number=Plur
were        be         AUX    13  aux     O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
going       go         VERB   10  ccomp   O  Tense=Pres|VerbForm=Part
well~       well       ADV    13  advmod  O  Degree=Pos
.           .          PUNCT  3   punct   O  _
"""


@pytest.mark.parametrize(("table", "source", "question"), [
    (DYER_ASKED, ["Dyer"], ["whether", "he", "regretted", "the", "decision"]),
    (STREETING_ASKED, ["Streeting"], ["whether", "the", "strike", "would", "end"]),
])
def test_the_one_asked_in_a_set_off_aside_never_speaks_the_question(table: str, source: list[str],
                                                                    question: list[str]) -> None:
    # tester 13: the question went to Dyer at 0.76 (0.92 after his full name) and to Streeting at 0.78,
    # and the rules gave Streeting 'whether the strike would end, said talks were going well' at 0.80
    from quotetrace.core.pipeline import analyze

    text, quotes = _model_quotes(table, source, ["asked"], question)
    assert [_read(text, q)[0] for q in quotes] == [None]
    rules = analyze(build_document(table)).to_record()["quotes"]
    assert not any(q["speaker"] is not None and q["speaker"]["text"] == source[0] and "whether" in q["text"]
                   for q in rules), rules


DYER_ASKS = """
Dyer       Dyer       PROPN  2   nsubj   O  Number=Sing
asked      ask        VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
whether    whether    SCONJ  5   mark    O  _
he         he         PRON   5   nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
regretted  regret     VERB   2   ccomp   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    7   det     O  Definite=Def|PronType=Art
decision~  decision   NOUN   5   obj     O  Number=Sing
.          .          PUNCT  2   punct   O  _
"""


def test_a_subject_without_a_comma_asks_the_question_itself() -> None:
    text, quotes = _model_quotes(DYER_ASKS, ["Dyer"], ["asked"], ["whether", "he", "regretted", "the", "decision"])
    assert [_read(text, q) for q in quotes] == [("Dyer", "whether he regretted the decision")]


@pytest.mark.parametrize(("table", "speaker", "answer"), [
    (DYER_ASKED, "Dyer", "he did not"),
    (STREETING_ASKED, "Streeting", "talks were going well"),
])
def test_the_one_asked_in_a_set_off_aside_speaks_the_answer(table: str, speaker: str, answer: str) -> None:
    # the parse gave 'said' no subject: the one asked, set off by commas, is who answers
    from quotetrace.core.pipeline import analyze

    quotes = analyze(build_document(table)).to_record()["quotes"]
    assert [(q["text"], q["speaker"]["text"]) for q in quotes] == [(answer, speaker)]


# 'The minister, however, told reporters that the plan was sound, left early.': the commas set off
# 'however', not the subject, so 'told' is the minister's own verb, though a subjectless verb follows a comma
HOWEVER_TOLD = """
The        the        DET    2   det     O  _
minister   minister   NOUN   6   nsubj   O  Number=Sing
,          ,          PUNCT  4   punct   O  _
however~   however    ADV    6   advmod  O  _
,          ,          PUNCT  4   punct   O  _
told       tell       VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter   NOUN   6   obj     O  Number=Plur
that       that       SCONJ  11  mark    O  _
the        the        DET    10  det     O  Definite=Def|PronType=Art
plan       plan       NOUN   11  nsubj   O  Number=Sing
was        be         AUX    11  cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~     sound      ADJ    6   ccomp   O  Degree=Pos
,          ,          PUNCT  14  punct   O  _
left       leave      VERB   6   conj    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
early~     early      ADV    14  advmod  O  _
.          .          PUNCT  6   punct   O  _
"""


def test_a_subject_whose_comma_sets_off_an_adverb_keeps_its_listener_cue() -> None:
    text, quotes = _model_quotes(HOWEVER_TOLD, ["The", "minister"], ["told"], ["that", "the", "plan", "was", "sound"])
    assert [_read(text, q) for q in quotes] == [("The minister", "that the plan was sound")]
