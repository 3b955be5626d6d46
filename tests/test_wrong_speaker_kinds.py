"""Wrong speakers at high confidence found by a new-user tester (tester 8): a place or body in the
of/for/from-phrase of a role taken for the speaker where a parser hung the role on the quotation
('The senator from Massachusetts added, "…"' gave Massachusetts at 0.85), and a that-clause of
someone else's claim given to the subject of the verb before it ('responded to the Prime Minister's
claim that wages were rising' gave the clause to the one who responded at 0.75), and a role and name set
off by commas taken for a group ('The Chancellor, Rachel Hume, defended…', each word of the name a
conjunct, made an entity 'Chancellor, Rachel Hume' of type group beside her own). Tables: stanza's parses
(bundled model 0.4.0, `quotetrace debug-parse`); MP_FOR_BATH is one edited to hang the role the same way."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.model import Mention, Quote, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers.resolve import resolve_speakers

CONGRESSWOMAN_FROM_OHIO = """
The            the            DET    2   det        O  Definite=Def|PronType=Art
congresswoman  congresswoman  NOUN   10  nsubj      O  Number=Sing
from           from           ADP    4   case       O  _
Ohio           Ohio           PROPN  2   nmod       O  Number=Sing
added~         add            VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,              ,              PUNCT  10  punct      O  _
"~             "              PUNCT  10  punct      O  _
He             he             PRON   10  nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
should         should         AUX    10  aux        O  VerbForm=Fin
read           read           VERB   5   ccomp      O  VerbForm=Inf
her            her            PRON   12  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
file~          file           NOUN   10  obj        O  Number=Sing
.~             .              PUNCT  10  punct      O  _
"              "              PUNCT  10  punct      O  _
"""

SPOKESMAN_FOR_THE_MINISTRY = """
A          a          DET    2   det         O  Definite=Ind|PronType=Art
spokesman  spokesman  NOUN   13  nsubj:pass  O  Number=Sing
for        for        ADP    5   case        O  _
the        the        DET    5   det         O  Definite=Def|PronType=Art
ministry   ministry   NOUN   2   nmod        O  Number=Sing
added~     add        VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,          ,          PUNCT  13  punct       O  _
"~         "          PUNCT  13  punct       O  _
No         no         DET    10  det         O  PronType=Neg
decision   decision   NOUN   13  nsubj:pass  O  Number=Sing
has        have       AUX    13  aux         O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
been       be         AUX    13  aux:pass    O  Tense=Past|VerbForm=Part
taken~     take       VERB   6   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
.~         .          PUNCT  13  punct       O  _
"          "          PUNCT  13  punct       O  _
"""

MP_FOR_BATH = """
The      the     DET    2   det       O  Definite=Def|PronType=Art
MP       MP      PROPN  12  nsubj     O  Number=Sing
for      for     ADP    5   case      O  _
Bath     Bath    PROPN  5   compound  O  Number=Sing
West     West    PROPN  2   nmod      O  Number=Sing
added~   add     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,        ,       PUNCT  12  punct     O  _
"~       "       PUNCT  12  punct     O  _
The      the     DET    10  det       O  Definite=Def|PronType=Art
figures  figure  NOUN   12  nsubj     O  Number=Plur
are      be      AUX    12  cop       O  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
wrong~   wrong   ADJ    6   ccomp     O  Degree=Pos
.~       .       PUNCT  12  punct     O  _
"        "       PUNCT  12  punct     O  _
"""


def _read(table: str) -> list[tuple[str, str | None]]:
    result = analyze(build_document(table))
    return [(" ".join(p.text_of(result.text) for p in q.parts),
             q.speaker.span.text_of(result.text) if q.speaker else None) for q in result.quotes]


def test_the_place_after_a_role_with_a_lost_subject_is_not_the_speaker() -> None:
    assert _read(CONGRESSWOMAN_FROM_OHIO) == [("He should read her file.", "The congresswoman")]


def test_the_body_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    assert _read(SPOKESMAN_FOR_THE_MINISTRY) == [("No decision has been taken.", "A spokesman")]


def test_a_constituency_of_two_words_is_not_the_speaker() -> None:
    assert _read(MP_FOR_BATH) == [("The figures are wrong.", "The MP")]


RESPONDED_TO_A_CLAIM = """
Opposition  Opposition  ADJ    2   amod       O  Degree=Pos
leader      leader      NOUN   7   nsubj      O  Number=Sing
Peter       Peter       PROPN  7   nsubj      O  Number=Sing
Dutton~     Dutton      PROPN  3   flat       O  Number=Sing
-~          -           PUNCT  4   punct      O  _
Hale        Hale        PROPN  3   flat       O  Number=Sing
responded   respond     VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
to          to          ADP    13  case       O  _
the         the         DET    11  det        O  Definite=Def|PronType=Art
Prime       Prime       ADJ    11  amod       O  Degree=Pos
Minister~   Minister    PROPN  13  nmod:poss  O  Number=Sing
's          's          PART   11  case       O  _
claim       claim       NOUN   7   obl        O  Number=Sing
that        that        SCONJ  17  obj        O  _
wages       wages       NOUN   17  nsubj      O  Number=Plur
were        be          AUX    17  aux        O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
rising~     rise        VERB   13  acl:relcl  O  Tense=Pres|VerbForm=Part
.           .           PUNCT  7   punct      O  _
"""

DENIED_AN_ALLEGATION = """
Mr          Mr.         PROPN  3   nsubj      O  Number=Sing
Hill        Hill        PROPN  1   flat       O  Number=Sing
denied      deny        VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Ms          Ms          PROPN  5   compound   O  Number=Sing
Stone~      Stone       PROPN  7   nmod:poss  O  Number=Sing
's          's          PART   5   case       O  _
allegation  allegation  NOUN   3   obj        O  Number=Sing
that        that        SCONJ  11  mark       O  _
he          he          PRON   11  nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
had         have        AUX    11  aux        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
lied        lie         VERB   7   acl:relcl  O  Tense=Past|VerbForm=Part|Voice=Pass
to          to          ADP    14  case       O  _
the         the         DET    14  det        O  Definite=Def|PronType=Art
committee~  committee   NOUN   11  obl        O  Number=Sing
.           .           PUNCT  3   punct      O  _
"""

# a place's noun with an owner before "that" is no reporting noun: the clause stays the teller's
TOLD_A_CROWD_AT_A_CLUB = """
Trump          Trump         PROPN  2   nsubj      O  Number=Sing
told           tell          VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a              a             DET    4   det        O  Definite=Ind|PronType=Art
crowd          crowd         NOUN   2   obj        O  Number=Sing
at             at            ADP    10  case       O  _
Philadelphia~  Philadelphia  PROPN  10  nmod:poss  O  Number=Sing
's             's            PART   6   case       O  _
Union          Union         PROPN  10  compound   O  Number=Sing
League         League        PROPN  10  compound   O  Number=Sing
club           club          NOUN   2   obl        O  Number=Sing
that           that          SCONJ  13  mark       O  _
he             he            PRON   13  nsubj      O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
wants          want          VERB   10  acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
a              a             DET    16  det        O  Definite=Ind|PronType=Art
strong         strong        ADJ    16  amod       O  Degree=Pos
navy~          navy          NOUN   13  obj        O  Number=Sing
.              .             PUNCT  2   punct      O  _
"""


def _confident(table: str) -> list[tuple[str, str | None]]:
    result = analyze(build_document(table))
    return [(" ".join(p.text_of(result.text) for p in q.parts),
             q.speaker.span.text_of(result.text) if q.speaker else None) for q in result.quotes if q.confidence >= 0.7]


def test_the_clause_of_an_owned_claim_is_not_the_report_of_the_verb_before_it() -> None:
    result = analyze(build_document(RESPONDED_TO_A_CLAIM))
    contents = [q.parts[0].text_of(result.text) for q in result.quotes]
    assert contents == ["the Prime Minister's claim that wages were rising"]
    assert _confident(RESPONDED_TO_A_CLAIM) == []


def test_a_stance_on_an_owned_allegation_stays_but_under_the_confident_threshold() -> None:
    # PolNeAR marks 'The university rebutted Exxon's accusation that…' with the university as source and
    # the whole noun phrase as content, so the reading stays; the words inside are Ms Stone's
    result = analyze(build_document(DENIED_AN_ALLEGATION))
    assert [(q.parts[0].text_of(result.text), q.confidence, q.trace[-2]) for q in result.quotes] == [
        ("Ms Stone's allegation that he had lied to the committee", 0.6, "merge:owned-report")]


def test_a_place_with_an_owner_before_that_keeps_the_report() -> None:
    assert _confident(TOLD_A_CROWD_AT_A_CLUB) == [("that he wants a strong navy", "Trump")]


# stanza makes both words of the name conjuncts of the role, with no coordinator
CHANCELLOR_COMMA_NAME = """
The          the         DET    2   det    O  Definite=Def|PronType=Art
Chancellor~  Chancellor  PROPN  7   nsubj  O  Number=Sing
,            ,           PUNCT  5   punct  O  _
Rachel       Rachel      PROPN  2   conj   O  Number=Sing
Hume~        Hume        PROPN  2   conj   O  Number=Sing
,            ,           PUNCT  2   punct  O  _
defended     defend      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    9   det    O  Definite=Def|PronType=Art
budget~      budget      NOUN   7   obj    O  Number=Sing
.            .           PUNCT  7   punct  O  _
"""

# the same with a coordinator: two people
CHANCELLOR_AND_NAME = """
The          the         DET    2   det    O  Definite=Def|PronType=Art
Chancellor~  Chancellor  PROPN  7   nsubj  O  Number=Sing
and          and         CCONJ  4   cc     O  _
Rachel       Rachel      PROPN  2   conj   O  Number=Sing
Hume         Hume        PROPN  2   conj   O  Number=Sing
defended     defend      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    8   det    O  Definite=Def|PronType=Art
budget~      budget      NOUN   6   obj    O  Number=Sing
.            .           PUNCT  6   punct  O  _
"""


def _entities(table: str, source_end: str) -> list[tuple[str, str, list[str]]]:
    """The entities of one quote 'the budget' whose speaker mention (as the attribution model tags it)
    runs from the sentence's start to the end of `source_end`."""
    doc = build_document(table)
    end = doc.text.index(source_end) + len(source_end)
    content = doc.text.index("the budget")
    quote = Quote("q1", "indirect", (Span(content, content + len("the budget")),),
                  cue=Span(doc.text.index("defended"), doc.text.index("defended") + len("defended")),
                  speaker=Mention(Span(0, end), doc.text[:end], "name", 1), confidence=0.8, rule="model")
    _, entities = resolve_speakers(doc, [quote])
    return [(e.name, e.type, [m.text for m in e.mentions]) for e in entities]


def test_a_role_and_a_name_between_commas_are_one_person() -> None:
    assert _entities(CHANCELLOR_COMMA_NAME, "Hume") == [("Rachel Hume", "person", ["The Chancellor, Rachel Hume"])]


def test_a_role_and_a_name_joined_by_and_stay_a_group() -> None:
    assert [e[1] for e in _entities(CHANCELLOR_AND_NAME, "Hume")] == ["group"]
