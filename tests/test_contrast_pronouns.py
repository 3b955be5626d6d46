"""A he/she after a sentence that turns from one person to another (tester 9): 'Mr Hill said the plan
was sound, but Mr Fenn disagreed. "It will never work," he said.' is Fenn, the subject of the clause a
contrast word sets against the rest, whoever spoke first (it was Hill at 0.81, by the speaker's
salience); a reply to someone who was told something is not the teller's; where two people are the
subjects of the sentence before and nothing tells them apart, the link is no confident one; a
participle cue hung on the contrasting clause ('but Mr Fenn disagreed, saying …') is that clause's
subject's, not the first report's speaker's. Tables:
stanza's parses (bundled models, `quotetrace debug-parse`) and variants of them."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

QUOTE = """
"~     "      PUNCT  5  punct   O  _
It     it     PRON   5  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
will   will   AUX    5  aux     O  VerbForm=Fin
never  never  ADV    5  advmod  O  PronType=Neg
work~  work   VERB   9  ccomp   O  VerbForm=Inf
,~     ,      PUNCT  5  punct   O  _
"      "      PUNCT  5  punct   O  _
"""

# Mr Hill said the plan was sound, but Mr Fenn disagreed. "It will never work," he said.
BUT = """
Mr          Mr.       PROPN  3   nsubj  O  Number=Sing
Hill        Hill      PROPN  1   flat   O  Number=Sing
said        say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the       DET    5   det    O  Definite=Def|PronType=Art
plan        plan      NOUN   7   nsubj  O  Number=Sing
was         be        AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~      sound     ADJ    3   ccomp  O  Degree=Pos
,           ,         PUNCT  12  punct  O  _
but         but       CCONJ  12  cc     O  _
Mr          Mr.       PROPN  12  nsubj  O  Number=Sing
Fenn        Fenn      PROPN  10  flat   O  Number=Sing
disagreed~  disagree  VERB   3   conj   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.           .         PUNCT  3   punct  O  _
"""

SAID = """
he     he     PRON   9  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
said~  say    VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.      .      PUNCT  9  punct   O  _
"""

REPLIED = """
he        he     PRON   9  nsubj   O  Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs
replied~  reply  VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .      PUNCT  9  punct   O  _
"""

# The chairman, Mr Hill, said the plan was sound, but his deputy, Mr Fenn, disagreed. (the contrasting
# clause hung on "said" as its complement, its subject on "sound")
DEPUTY = """
The         the       DET    2   det        O  Definite=Def|PronType=Art
chairman~   chairman  NOUN   7   nsubj      O  Number=Sing
,           ,         PUNCT  2   punct      O  _
Mr          Mr.       PROPN  7   nsubj      O  Number=Sing
Hill~       Hill      PROPN  4   flat       O  Number=Sing
,           ,         PUNCT  2   punct      O  _
said        say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the       DET    9   det        O  Definite=Def|PronType=Art
plan        plan      NOUN   11  nsubj      O  Number=Sing
was         be        AUX    11  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~      sound     ADJ    7   ccomp      O  Degree=Pos
,           ,         PUNCT  20  punct      O  _
but         but       CCONJ  20  cc         O  _
his         his       PRON   15  nmod:poss  O  Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs
deputy~     deputy    NOUN   11  conj       O  Number=Sing
,           ,         PUNCT  17  punct      O  _
Mr          Mr.       PROPN  15  appos      O  Number=Sing
Fenn~       Fenn      PROPN  17  flat       O  Number=Sing
,           ,         PUNCT  20  punct      O  _
disagreed~  disagree  VERB   7   ccomp      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.           .         PUNCT  7   punct      O  _
"""

# Dr Hill said the plan was sound. But Dr Fenn was unconvinced. ⏎⏎ "It will never work," he said.
UNCONVINCED = """
Dr      Dr     PROPN  3  nsubj  O  Number=Sing
Hill    Hill   PROPN  1  flat   O  Number=Sing
said    say    VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5  det    O  Definite=Def|PronType=Art
plan    plan   NOUN   7  nsubj  O  Number=Sing
was     be     AUX    7  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~  sound  ADJ    3  ccomp  O  Degree=Pos
.       .      PUNCT  3  punct  O  _

But           but          CCONJ  5  cc          O  _
Dr            Dr           PROPN  5  nsubj:pass  O  Number=Sing
Fenn          Fenn         PROPN  2  flat        O  Number=Sing
was           be           AUX    5  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
unconvinced~  unconvinced  VERB   0  root        O  Tense=Past|VerbForm=Part|Voice=Pass
.             .            PUNCT  5  punct       O  _

#par
"""

# Mr Hill told Mr Fenn the plan was sound. "It will never work," he replied.
TOLD = """
Mr      Mr.    PROPN  3  nsubj  O  Number=Sing
Hill    Hill   PROPN  1  flat   O  Number=Sing
told    tell   VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Mr      Mr.    PROPN  3  obj    O  Number=Sing
Fenn    Fenn   PROPN  4  flat   O  Number=Sing
the     the    DET    7  det    O  Definite=Def|PronType=Art
plan    plan   NOUN   9  nsubj  O  Number=Sing
was     be     AUX    9  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~  sound  ADJ    3  ccomp  O  Degree=Pos
.       .      PUNCT  3  punct  O  _
"""

# Mr Hill told reporters the plan was sound. "It will never work," he replied. (he answers them)
TOLD_REPORTERS = """
Mr         Mr.       PROPN  2  compound  O  Number=Sing
Hill       Hill      PROPN  3  nsubj     O  Number=Sing
told       tell      VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reporters  reporter  NOUN   3  obj       O  Number=Plur
the        the       DET    6  det       O  Definite=Def|PronType=Art
plan       plan      NOUN   8  nsubj     O  Number=Sing
was        be        AUX    8  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~     sound     ADJ    3  ccomp     O  Degree=Pos
.          .         PUNCT  3  punct     O  _
"""

# Mr Hill told the BBC the plan was sound. "It will never work," he replied.
TOLD_THE_BBC = """
Mr      Mr.    PROPN  2  compound  O  Number=Sing
Hill    Hill   PROPN  3  nsubj     O  Number=Sing
told    tell   VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5  det       O  Definite=Def|PronType=Art
BBC     BBC    PROPN  3  obj       O  Number=Sing
the     the    DET    7  det       O  Definite=Def|PronType=Art
plan    plan   NOUN   9  nsubj     O  Number=Sing
was     be     AUX    9  cop       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~  sound  ADJ    3  ccomp     O  Degree=Pos
.       .      PUNCT  3  punct     O  _
"""

# Mr Hill said the plan was sound, and Mr Fenn agreed. "It will never work," he said.
AGREED = BUT.replace("but         but ", "and         and ").replace("disagreed~  disagree", "agreed~     agree   ")

# Mr Hill said the plan was sound but that Mr Fenn was wrong. "It will never work," he said.
BUT_THAT = """
Mr      Mr.    PROPN  3   nsubj  O  Number=Sing
Hill    Hill   PROPN  1   flat   O  Number=Sing
said    say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5   det    O  Definite=Def|PronType=Art
plan    plan   NOUN   7   nsubj  O  Number=Sing
was     be     AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound   sound  ADJ    3   ccomp  O  Degree=Pos
but     but    CCONJ  13  cc     O  _
that    that   SCONJ  13  mark   O  _
Mr      Mr.    PROPN  13  nsubj  O  Number=Sing
Fenn    Fenn   PROPN  12  flat   O  Number=Sing
was     be     AUX    13  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
wrong~  wrong  ADJ    7   conj   O  Degree=Pos
.       .      PUNCT  3   punct  O  _
"""

# Mr Hill backed the plan, which was cheap but which Mr Fenn opposed. (a contrast inside a relative clause)
WHICH = """
Mr        Mr.     PROPN  3   nsubj      O  Number=Sing
Hill      Hill    PROPN  1   flat       O  Number=Sing
backed    back    VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the     DET    5   det        O  Definite=Def|PronType=Art
plan~     plan    NOUN   3   obj        O  Number=Sing
,         ,       PUNCT  9   punct      O  _
which     which   PRON   9   nsubj      O  PronType=Rel
was       be      AUX    9   cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
cheap     cheap   ADJ    5   acl:relcl  O  Degree=Pos
but       but     CCONJ  14  cc         O  _
which     which   PRON   14  obj        O  PronType=Rel
Mr        Mr.     PROPN  14  nsubj      O  Number=Sing
Fenn      Fenn    PROPN  12  flat       O  Number=Sing
opposed~  oppose  VERB   9   conj       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .       PUNCT  3   punct      O  _
"""

# Mr Hill backed the plan on Monday, hoping it would pass but fearing Mr Fenn would block it. (the parse
# made the participle the subject of "block")
FEARING = """
Mr       Mr.      PROPN  3   nsubj  O  Number=Sing
Hill     Hill     PROPN  1   flat   O  Number=Sing
backed   back     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the      the      DET    5   det    O  Definite=Def|PronType=Art
plan     plan     NOUN   3   obj    O  Number=Sing
on       on       ADP    7   case   O  _
Monday~  Monday   PROPN  3   obl    O  Number=Sing
,        ,        PUNCT  9   punct  O  _
hoping   hope     VERB   3   advcl  O  Tense=Pres|VerbForm=Part
it       it       PRON   12  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
would    would    AUX    12  aux    O  VerbForm=Fin
pass     pass     VERB   3   conj   O  VerbForm=Inf
but      but      CCONJ  18  cc     O  _
fearing  fearing  VERB   18  csubj  O  Tense=Pres|VerbForm=Part
Mr       Mr.      PROPN  14  obj    O  Number=Sing
Fenn     Fenn     PROPN  15  flat   O  Number=Sing
would    would    AUX    18  aux    O  VerbForm=Fin
block    block    VERB   3   conj   O  VerbForm=Inf
it~      it       PRON   18  obj    O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
.        .        PUNCT  3   punct  O  _
"""


def _last(before: str, cue: str) -> tuple[str | None, float]:
    """The entity name and confidence of the quote closed by `cue` ("he said") after the sentences
    `before` (the he/she quote is one sentence: no blank line between its quotation and its cue)."""
    result = analyze(build_document(before + QUOTE.rstrip() + cue))
    quote = result.quotes[-1]
    entity = result.entity(quote.entity_id)
    return (entity.name if entity else None), quote.confidence


def test_the_subject_of_a_clause_after_but_speaks_next() -> None:
    name, confidence = _last(BUT, SAID)
    assert name == "Fenn"
    assert confidence < 0.7  # Hill spoke, so his salience stays close


def test_a_subject_the_parse_hung_elsewhere_counts_between_but_and_its_verb() -> None:
    assert _last(DEPUTY, SAID)[0] == "Fenn"


def test_a_sentence_opened_by_but_ends_the_paragraph_before_the_quote() -> None:
    assert _last(UNCONVINCED, SAID)[0] == "Fenn"


def test_who_was_told_replies_not_who_told() -> None:
    name, confidence = _last(TOLD, REPLIED)
    assert name == "Fenn"
    assert confidence >= 0.7  # the teller is ruled out: no rival is left


@pytest.mark.parametrize("told", [TOLD_REPORTERS, TOLD_THE_BBC])
def test_who_told_many_may_reply_to_them(told: str) -> None:
    name, confidence = _last(told, REPLIED)
    assert name == "Hill"
    assert confidence >= 0.7


def test_two_subjects_with_nothing_between_them_make_no_confident_link() -> None:
    name, confidence = _last(AGREED, SAID)
    assert name == "Hill"  # salience still picks the speaker
    assert confidence < 0.7


def test_a_contrast_inside_a_reports_content_turns_to_no_one() -> None:
    name, confidence = _last(BUT_THAT, SAID)
    assert name == "Hill"
    assert confidence >= 0.7


def test_a_contrast_inside_a_relative_clause_turns_to_no_one() -> None:
    assert _last(WHICH, SAID)[0] != "Fenn"


def test_a_clause_the_parse_made_a_subject_is_no_person() -> None:
    name, confidence = _last(FEARING, SAID)
    assert name == "Hill"
    assert confidence >= 0.7


# Mr Hill said the plan was sound, but Mr Fenn disagreed, saying it would never work.
SAYING = """
Mr          Mr.       PROPN  3   nsubj   O  Number=Sing
Hill        Hill      PROPN  3   nsubj   O  Number=Sing
said        say       VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the       DET    5   det     O  Definite=Def|PronType=Art
plan        plan      NOUN   7   nsubj   O  Number=Sing
was         be        AUX    7   cop     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~      sound     ADJ    3   ccomp   O  Degree=Pos
,           ,         PUNCT  12  punct   O  _
but         but       CCONJ  12  cc      O  _
Mr          Mr.       PROPN  12  nsubj   O  Number=Sing
Fenn        Fenn      PROPN  10  flat    O  Number=Sing
disagreed~  disagree  VERB   3   conj    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
,           ,         PUNCT  14  punct   O  _
saying      say       VERB   12  advcl   O  Tense=Pres|VerbForm=Part
it          it        PRON   18  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
would       would     AUX    18  aux     O  VerbForm=Fin
never       never     ADV    18  advmod  O  PronType=Neg
work~       work      VERB   14  ccomp   O  VerbForm=Inf
.           .         PUNCT  3   punct   O  _
"""

# Mr Hill said the plan was sound, adding that it would work. (the participle hangs on the report itself,
# here on its content, as stanza has it)
ADDING = """
Mr      Mr.    PROPN  3   nsubj  O  Number=Sing
Hill    Hill   PROPN  1   flat   O  Number=Sing
said    say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    5   det    O  Definite=Def|PronType=Art
plan    plan   NOUN   7   nsubj  O  Number=Sing
was     be     AUX    7   cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
sound~  sound  ADJ    3   ccomp  O  Degree=Pos
,       ,      PUNCT  9   punct  O  _
adding  add    VERB   7   advcl  O  Tense=Pres|VerbForm=Part
that    that   SCONJ  13  mark   O  _
it      it     PRON   13  nsubj  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
would   would  AUX    13  aux    O  VerbForm=Fin
work~   work   VERB   9   ccomp  O  VerbForm=Inf
.       .      PUNCT  3   punct  O  _
"""


def _speakers(table: str) -> list[tuple[str, str | None]]:
    result = analyze(build_document(table))
    return [(" ".join(p.text_of(result.text) for p in q.parts),
             q.speaker.span.text_of(result.text) if q.speaker else None) for q in result.quotes]


def test_a_participle_on_the_contrasting_clause_is_its_subjects() -> None:
    assert _speakers(SAYING) == [("the plan was sound", "Mr Hill"), ("it would never work", "Mr Fenn")]


def test_a_participle_on_the_report_inherits_its_speaker() -> None:
    assert [speaker for _, speaker in _speakers(ADDING)] == ["Mr Hill", "Mr Hill"]
