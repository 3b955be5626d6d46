"""A bare noun phrase after a verb of praise, blame or support names what a stance is about, not what was
said ('Mayor Ann Lee praised the plan': new-user testers saw 'the plan' as a model quote at 0.91 and 'her
rival, Lena Holm' as a `cue-object` quote at 0.74). PolNeAR marks such objects as contents, so both the
rules and the model keep them, at most at `STANCE_TARGET` / `POINTER_CONTENT` (0.5); an object that is a
statement ('announced a supply deal', 'announced her resignation') or a stance with a predicate ('praised
the plan as bold') keeps its confidence. Tables: stanza's parses (bundled models, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.combine import POINTER_CONTENT
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.indirect.objects import STANCE_TARGET
from test_passive_listener import _model_quotes, _read

# 'praised' keeps its inflection as lemma in stanza's parse; the cue lexicon's key is read off it
STANCE_ON_A_THING = """
Mayor    Mayor    PROPN  4  nsubj  O  Number=Sing
Ann      Ann      PROPN  1  flat   O  Number=Sing
Lee      Lee      PROPN  1  flat   O  Number=Sing
{verb}   {lemma}  VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    7  det    O  Definite=Def|PronType=Art
new      new      ADJ    7  amod   O  Degree=Pos
{noun}~  {noun}   NOUN   4  obj    O  Number=Sing
.        .        PUNCT  4  punct  O  _
"""

STANCE_ON_A_PERSON = """
Senator  Senator  PROPN  2  compound   O  Number=Sing
Tom      Tom      PROPN  3  compound   O  Number=Sing
Hall     Hall     PROPN  4  nsubj      O  Number=Sing
{verb}   {lemma}  VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
her      her      PRON   6  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
rival~   rival    NOUN   4  obj        O  Number=Sing
,        ,        PUNCT  8  punct      O  _
Lena     Lena     PROPN  6  appos      O  Number=Sing
Holm~    Holm     PROPN  8  flat       O  Number=Sing
.        .        PUNCT  4  punct      O  _
"""

STANCE_AS_PREDICATE = """
Mayor     Mayor    PROPN  4   nsubj  O  Number=Sing
Ann       Ann      PROPN  1   flat   O  Number=Sing
Lee       Lee      PROPN  1   flat   O  Number=Sing
praised   praised  VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    6   det    O  Definite=Def|PronType=Art
plan      plan     NOUN   4   obj    O  Number=Sing
as        as       ADP    8   case   O  _
bold      bold     ADJ    4   obl    O  Degree=Pos
and       and      CCONJ  10  cc     O  _
overdue~  overdue  ADJ    8   conj   O  Degree=Pos
.         .        PUNCT  4   punct  O  _
"""

ANNOUNCED = """
Acme       Acme      PROPN  3  nsubj     O  Number=Sing
Corp.      Corp.     PROPN  1  flat      O  Number=Sing
announced  announce  VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a          a         DET    6  det       O  Definite=Ind|PronType=Art
supply     supply    NOUN   6  compound  O  Number=Sing
deal~      deal      NOUN   3  obj       O  Number=Sing
.          .         PUNCT  3  punct     O  _
"""

STANCES = [("praised", "praised", "plan"), ("condemned", "condemn", "budget"), ("criticized", "criticize", "proposal"),
           ("endorsed", "endorse", "bill"), ("applauded", "applaud", "decision"), ("blamed", "blame", "policy")]


def _rule_quotes(table: str) -> list[tuple[str | None, str, float, str]]:
    result = analyze(build_document(table))
    return [(q.speaker.text if q.speaker else None, " ".join(p.text_of(result.text) for p in q.parts),
             q.confidence, q.rule) for q in result.quotes]


@pytest.mark.parametrize(("verb", "lemma", "noun"), STANCES)
def test_the_rules_keep_a_stance_s_target_below_a_sure_quote(verb: str, lemma: str, noun: str) -> None:
    table = STANCE_ON_A_THING.format(verb=verb, lemma=lemma, noun=noun)
    assert _rule_quotes(table) == [("Mayor Ann Lee", f"the new {noun}", STANCE_TARGET, "cue-object")]


@pytest.mark.parametrize(("verb", "lemma"), [("praised", "praised"), ("criticized", "criticize")])
def test_a_person_praised_is_a_target_too(verb: str, lemma: str) -> None:
    table = STANCE_ON_A_PERSON.format(verb=verb, lemma=lemma)
    assert _rule_quotes(table) == [("Senator Tom Hall", "her rival, Lena Holm", STANCE_TARGET, "cue-object")]


def test_a_stance_with_a_predicate_says_something_and_keeps_its_confidence() -> None:
    [(speaker, content, confidence, rule)] = _rule_quotes(STANCE_AS_PREDICATE)
    assert (speaker, content, rule) == ("Mayor Ann Lee", "the plan as bold and overdue", "cue-as-predicate")
    assert confidence > 0.7


def test_an_announced_object_is_a_statement_and_keeps_its_confidence() -> None:
    [(speaker, content, confidence, rule)] = _rule_quotes(ANNOUNCED)
    assert (speaker, content, rule) == ("Acme Corp.", "a supply deal", "cue-object")
    assert confidence > 0.7


@pytest.mark.parametrize(("verb", "lemma", "noun"), STANCES)
def test_the_model_s_reading_of_a_stance_s_target_is_a_pointer(verb: str, lemma: str, noun: str) -> None:
    # a one-hot tagging: without the cap the quote's confidence would be the tagger's 1.0
    text, quotes = _model_quotes(STANCE_ON_A_THING.format(verb=verb, lemma=lemma, noun=noun),
                                 ["Mayor", "Ann", "Lee"], [verb], ["the", "new", noun])
    assert [(_read(text, q), q.confidence) for q in quotes] == [(("Mayor Ann Lee", f"the new {noun}"), POINTER_CONTENT)]


def test_the_model_s_reading_of_an_announcement_is_not_capped() -> None:
    text, quotes = _model_quotes(ANNOUNCED, ["Acme", "Corp"], ["announced"], ["a", "supply", "deal"])
    assert [(_read(text, q), q.confidence) for q in quotes] == [(("Acme Corp", "a supply deal"), 1.0)]


# 'back off' is to retreat from, not to support: a parse that makes 'off' a particle of 'backed'
BACKED_OFF = """
Mayor   Mayor  PROPN  4  nsubj         O  Number=Sing
Ann     Ann    PROPN  1  flat          O  Number=Sing
Lee     Lee    PROPN  1  flat          O  Number=Sing
backed  back   VERB   0  root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
off     off    ADP    4  compound:prt  O  _
the     the    DET    8  det           O  Definite=Def|PronType=Art
new     new    ADJ    8  amod          O  Degree=Pos
plan~   plan   NOUN   4  obj           O  Number=Sing
.       .      PUNCT  4  punct         O  _
"""


def test_a_verb_with_a_particle_is_another_verb_and_takes_no_stance() -> None:
    text, quotes = _model_quotes(BACKED_OFF, ["Mayor", "Ann", "Lee"], ["backed", "off"], ["the", "new", "plan"])
    assert [(_read(text, q), q.confidence) for q in quotes] == [(("Mayor Ann Lee", "the new plan"), 1.0)]
