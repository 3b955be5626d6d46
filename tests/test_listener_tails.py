"""A content starts after the cue's listener and after a phrase of the reporting clause, however the
parser or the tagger cut them (tester 7): 'told the court the victim had needed…' was read 'the court the
victim…' (the parser's relative clause on the listener), 'told ABC Radio National the government…'
'National the government…' (the listener's last word hung on the clause's subject), and the tagger's
'News the airline should…', 'statement that…', 'journalists he had…'. Tables: stanza's parses (bundled
model 0.4.0, `quotetrace debug-parse`), except RADIO_NATIONAL, written by hand in the shape stanza gave
'told ABC Radio National the government will not rush…'."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers import resolve_speakers
from test_passive_listener import _model_quotes, _read

# The prosecutor told the court the victim had needed surgery on her arm.
TOLD_THE_COURT = """
The         the         DET    2   det        O  Definite=Def|PronType=Art
prosecutor  prosecutor  NOUN   3   nsubj      O  Number=Sing
told        tell        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    5   det        O  Definite=Def|PronType=Art
court       court       NOUN   3   obj        O  Number=Sing
the         the         DET    7   det        O  Definite=Def|PronType=Art
victim      victim      NOUN   9   nsubj      O  Number=Sing
had         have        AUX    9   aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
needed      need        VERB   5   acl:relcl  O  Tense=Past|VerbForm=Part|Voice=Pass
surgery     surgery     NOUN   9   obj        O  Number=Sing
on          on          ADP    13  case       O  _
her         her         PRON   13  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
arm~        arm         NOUN   9   obl        O  Number=Sing
.           .           PUNCT  3   punct      O  _
"""

# The chair told the meeting the board had cut spending by a third.
TOLD_THE_MEETING = """
The       the      DET    2   det        O  Definite=Def|PronType=Art
chair     chair    NOUN   3   nsubj      O  Number=Sing
told      tell     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the      DET    5   det        O  Definite=Def|PronType=Art
meeting   meeting  NOUN   3   obj        O  Number=Sing
the       the      DET    7   det        O  Definite=Def|PronType=Art
board     board    NOUN   9   nsubj      O  Number=Sing
had       have     AUX    9   aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
cut       cut      VERB   5   acl:relcl  O  Tense=Past|VerbForm=Part
spending  spend    VERB   9   xcomp      O  Tense=Pres|VerbForm=Part
by        by       ADP    13  case       O  _
a         a        DET    13  det        O  Definite=Ind|PronType=Art
third~    third    ADJ    10  obl        O  Degree=Pos|NumForm=Word|NumType=Ord
.         .        PUNCT  3   punct      O  _
"""

# The premier told ABC Radio Melbourne the hospital would open next year.
TOLD_RADIO = """
The        the        DET    2   det        O  Definite=Def|PronType=Art
premier    premier    NOUN   3   nsubj      O  Number=Sing
told       tell       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ABC        ABC        PROPN  5   nmod:desc  O  Number=Sing
Radio      Radio      PROPN  3   obj        O  Number=Sing
Melbourne  Melbourne  PROPN  5   flat       O  Number=Sing
the        the        DET    8   det        O  Definite=Def|PronType=Art
hospital   hospital   NOUN   10  nsubj      O  Number=Sing
would      would      AUX    10  aux        O  VerbForm=Fin
open       open       VERB   3   ccomp      O  VerbForm=Inf
next       next       ADJ    12  amod       O  Degree=Pos
year~      year       NOUN   10  obj        O  Number=Sing
.          .          PUNCT  3   punct      O  _
"""

# A union spokesman told Sky News the strike would go ahead on Monday.
TOLD_SKY_NEWS = """
A          a          DET    3   det       O  Definite=Ind|PronType=Art
union      union      NOUN   3   compound  O  Number=Sing
spokesman  spokesman  NOUN   4   nsubj     O  Number=Sing
told       tell       VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Sky        Sky        PROPN  6   compound  O  Number=Sing
News       News       PROPN  4   obj       O  Number=Sing
the        the        DET    8   det       O  Definite=Def|PronType=Art
strike     strike     NOUN   10  nsubj     O  Number=Sing
would      would      AUX    10  aux       O  VerbForm=Fin
go         go         VERB   4   ccomp     O  VerbForm=Inf
ahead      ahead      ADV    10  advmod    O  _
on         on         ADP    13  case      O  _
Monday~    Monday     PROPN  10  obl       O  Number=Sing
.          .          PUNCT  4   punct     O  _
"""

# The company said in a separate statement that its drivers had followed every rule.
SEPARATE_STATEMENT = """
The        the        DET    2   det        O  Definite=Def|PronType=Art
company    company    NOUN   3   nsubj      O  Number=Sing
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
in         in         ADP    7   case       O  _
a          a          DET    7   det        O  Definite=Ind|PronType=Art
separate   separate   ADJ    7   amod       O  Degree=Pos
statement  statement  NOUN   3   obl        O  Number=Sing
that       that       SCONJ  12  mark       O  _
its        its        PRON   10  nmod:poss  O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
drivers    driver     NOUN   12  nsubj      O  Number=Plur
had        have       AUX    12  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
followed   follow     VERB   7   acl        O  Tense=Past|VerbForm=Part
every      every      DET    14  det        O  PronType=Ind
rule~      rule       NOUN   12  obj        O  Number=Sing
.          .          PUNCT  3   punct      O  _
"""

# Mr Shaw told journalists he had no regrets about the decision.
TOLD_JOURNALISTS = """
Mr           Mr.         PROPN  3   nsubj      O  Number=Sing
Shaw         Shaw        PROPN  1   flat       O  Number=Sing
told         tell        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
journalists  journalist  NOUN   3   obj        O  Number=Plur
he           he          PRON   6   nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
had          have        VERB   4   acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
no           no          DET    8   det        O  PronType=Neg
regrets      regret      NOUN   6   obj        O  Number=Plur
about        about       ADP    11  case       O  _
the          the         DET    11  det        O  Definite=Def|PronType=Art
decision~    decision    NOUN   6   obl        O  Number=Sing
.            .           PUNCT  3   punct      O  _
"""

# Her successor as party leader, Ann Moffat-Kerr, said the review had been fair to everyone involved.
SUCCESSOR = """
Her        her        PRON   2   nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
successor  successor  NOUN   12  nsubj      O  Number=Sing
as         as         ADP    5   case       O  _
party      party      NOUN   5   compound   O  Number=Sing
leader~    leader     NOUN   2   nmod       O  Number=Sing
,          ,          PUNCT  2   punct      O  _
Ann        Ann        PROPN  12  nsubj      O  Number=Sing
Moffat~    Moffat     PROPN  7   flat       O  Number=Sing
-~         -          PUNCT  10  punct      O  _
Kerr~      Kerr       PROPN  7   flat       O  Number=Sing
,          ,          PUNCT  2   punct      O  _
said       say        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    14  det        O  Definite=Def|PronType=Art
review     review     NOUN   17  nsubj      O  Number=Sing
had        have       AUX    17  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
been       be         AUX    17  cop        O  Tense=Past|VerbForm=Part
fair       fair       ADJ    12  ccomp      O  Degree=Pos
to         to         ADP    19  case       O  _
everyone   everyone   PRON   17  obl        O  Number=Sing|PronType=Ind
involved~  involve    VERB   17  advcl      O  Tense=Past|VerbForm=Part|Voice=Pass
.          .          PUNCT  12  punct      O  _
"""

RADIO_NATIONAL = """
The       the       DET    2   det     O  Definite=Def|PronType=Art
premier   premier   NOUN   3   nsubj   O  Number=Sing
told      tell      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ABC       ABC       PROPN  5   compound  O  Number=Sing
Radio     Radio     PROPN  3   obj     O  Number=Sing
National  National  ADJ    8   amod    O  Degree=Pos
the       the       DET    8   det     O  Definite=Def|PronType=Art
hospital  hospital  NOUN   10  nsubj   O  Number=Sing
would     would     AUX    10  aux     O  VerbForm=Fin
open      open      VERB   3   ccomp   O  VerbForm=Inf
next      next      ADJ    12  amod    O  Degree=Pos
year~     year      NOUN   10  obj     O  Number=Sing
.         .         PUNCT  3   punct   O  _
"""


def _rules(table: str) -> list[tuple[str, str]]:
    result = analyze(build_document(table))
    text = result.text
    return [(q.speaker.span.text_of(text) if q.speaker else "", " ".join(p.text_of(text) for p in q.parts))
            for q in result.quotes]


def test_a_listener_the_parser_gave_a_relative_clause_is_no_content() -> None:
    assert _rules(TOLD_THE_COURT) == [("The prosecutor", "the victim had needed surgery on her arm")]
    assert _rules(TOLD_THE_MEETING) == [("The chair", "the board had cut spending by a third")]


def test_a_listeners_last_word_hung_on_the_clauses_subject_is_no_content() -> None:
    assert _rules(RADIO_NATIONAL) == [("The premier", "the hospital would open next year")]


def test_the_taggers_content_starts_after_the_listener_it_cut() -> None:
    text, quotes = _model_quotes(TOLD_SKY_NEWS, ["A", "union", "spokesman"], ["told"],
                                 ["News", "the", "strike", "would", "go", "ahead", "on", "Monday"])
    assert [_read(text, q) for q in quotes] == [("A union spokesman", "the strike would go ahead on Monday")]
    text, quotes = _model_quotes(TOLD_JOURNALISTS, ["Mr", "Shaw"], ["told"],
                                 ["journalists", "he", "had", "no", "regrets", "about", "the", "decision"])
    assert [_read(text, q) for q in quotes] == [("Mr Shaw", "he had no regrets about the decision")]


def test_the_taggers_content_starts_after_the_occasion_of_the_report() -> None:
    text, quotes = _model_quotes(SEPARATE_STATEMENT, ["The", "company"], ["said"],
                                 ["statement", "that", "its", "drivers", "had", "followed", "every", "rule"])
    assert [_read(text, q) for q in quotes] == [("The company", "that its drivers had followed every rule")]


def test_a_role_with_its_own_modifiers_before_the_comma_is_the_name_after_it() -> None:
    # the tagger's source 'Her successor as party leader, Ann Moffat-Kerr' was an entity of that name
    source = ["Her", "successor", "as", "party", "leader", ",", "Ann", "Moffat-Kerr"]
    text, quotes = _model_quotes(SUCCESSOR, source, ["said"], ["the", "review", "had", "been", "fair"])
    resolved, entities = resolve_speakers(build_document(SUCCESSOR), quotes)
    assert [(e.name, e.type) for e in entities] == [("Ann Moffat-Kerr", "person")]
    assert resolved[0].entity_id == entities[0].id


def test_a_cue_the_tagger_ran_into_the_occasion_still_leaves_the_occasion_out() -> None:
    # the tagger's cue 'said in a separate' and content 'statement that…': the phrase opened inside the cue
    text, quotes = _model_quotes(SEPARATE_STATEMENT, ["The", "company"], ["said", "in", "a", "separate"],
                                 ["statement", "that", "its", "drivers", "had", "followed", "every", "rule"])
    assert [_read(text, q) for q in quotes] == [("The company", "that its drivers had followed every rule")]
