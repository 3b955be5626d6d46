"""A second report whose verb is left out ('the former said it was fair, the latter that it was rigged':
gapping, issue 16's new-user testers) is no part of the first speaker's content. The tagger read both as one
content of 'the former' (0.81 in the hybrid); the content now ends before the gap, as the rules' does. The
second report itself is not read (no rule reads a report without a verb). A relative 'that' after a
description or a name ('Tom Hall, the man that everyone wanted', 'differences between Trump and Cruz that
explain…') is not a gap. Tables: stanza's parses."""

from __future__ import annotations

import pytest
from test_passive_listener import _model_quotes, _read

# Ruth Kane and Omar Haddad spoke after the vote; the former said it was fair, the latter that it was rigged.
GAPPED = """
Ruth     Ruth    PROPN  6   nsubj       O  Number=Sing
Kane     Kane    PROPN  1   flat        O  Number=Sing
and      and     CCONJ  4   cc          O  _
Omar     Omar    PROPN  2   conj        O  Number=Sing
Haddad   Haddad  PROPN  4   flat        O  Number=Sing
spoke    speak   VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
after    after   ADP    9   case        O  _
the      the     DET    9   det         O  Definite=Def|PronType=Art
vote~    vote    NOUN   6   obl         O  Number=Sing
;        ;       PUNCT  13  punct       O  _
the      the     DET    12  det         O  Definite=Def|PronType=Art
former   former  ADJ    13  nsubj       O  _
said     say     VERB   6   parataxis   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it       it      PRON   16  nsubj       O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    16  cop         O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
fair{glue}    fair    ADJ    13  ccomp       O  Degree=Pos
{opener} {opener_lemma} {opener_upos} 19  {opener_deprel}  O  _
{subject}
that     that    SCONJ  23  mark        O  _
it       it      PRON   23  nsubj:pass  O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
was      be      AUX    23  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
rigged~  rig     VERB   19  acl:relcl   O  Tense=Past|VerbForm=Part|Voice=Pass
.        .       PUNCT  6   punct       O  _
"""

# the gapped report's subject: two tokens each, so that the table's head indices stay the same
SUBJECTS = {
    "the latter": "the     the     DET    19  det         O  _\nlatter  latter  ADJ    6   parataxis   O  _",
    "the others": "the     the     DET    19  det         O  _\nothers  other   NOUN   6   parataxis   O  _",
    "the other": "the     the     DET    19  det         O  _\nother   other   ADJ    6   parataxis   O  _",
}
OPENERS = [(",", ",", "PUNCT", "punct"), (";", ";", "PUNCT", "punct"), ("while", "while", "SCONJ", "mark"),
           ("but", "but", "CCONJ", "cc")]

# Ruth Kane said the winner was Tom Hall, the man that everyone wanted.
RELATIVE = """
Ruth      Ruth      PROPN  3   nsubj      O  Number=Sing
Kane      Kane      PROPN  1   flat       O  Number=Sing
said      say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the       the       DET    5   det        O  Definite=Def|PronType=Art
winner    winner    NOUN   8   nsubj      O  Number=Sing
was       be        AUX    8   cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Tom       Tom       PROPN  8   compound   O  Number=Sing
Hall~     Hall      PROPN  3   ccomp      O  Number=Sing
,         ,         PUNCT  11  punct      O  _
the       the       DET    11  det        O  Definite=Def|PronType=Art
man       man       NOUN   8   appos      O  Number=Sing
that      that      PRON   14  obj        O  PronType=Rel
everyone  everyone  PRON   14  nsubj      O  Number=Sing|PronType=Tot
wanted~   want      VERB   11  acl:relcl  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .         PUNCT  3   punct      O  _
"""


@pytest.mark.parametrize("subject", list(SUBJECTS))
@pytest.mark.parametrize(("opener", "lemma", "upos", "deprel"), OPENERS)
def test_the_first_content_ends_before_a_gapped_report(subject: str, opener: str, lemma: str, upos: str,
                                                        deprel: str) -> None:
    table = GAPPED.format(opener=opener, opener_lemma=lemma, opener_upos=upos, opener_deprel=deprel,
                          subject=SUBJECTS[subject], glue="~" if upos == "PUNCT" else "")
    content = ["it", "was", "fair", opener, *subject.split(), "that", "it", "was", "rigged"]
    text, quotes = _model_quotes(table, ["the", "former"], ["said"], content)
    assert [_read(text, q) for q in quotes] == [("the former", "it was fair")]


def test_a_relative_that_after_a_description_is_no_gap() -> None:
    content = ["the", "winner", "was", "Tom", "Hall", ",", "the", "man", "that", "everyone", "wanted"]
    text, quotes = _model_quotes(RELATIVE, ["Ruth", "Kane"], ["said"], content)
    assert [_read(text, q) for q in quotes] == [("Ruth Kane", "the winner was Tom Hall, the man that everyone wanted")]


# …two big differences between Donald Trump and Ted Cruz that explain why… (PolNeAR train, the parse simplified)
NAMES_THEN_RELATIVE = """
Kim          Kim          PROPN  3   nsubj      O  _
Lo           Lo           PROPN  1   flat       O  _
said         say          VERB   0   root       O  _
there        there        PRON   5   expl       O  _
are          be           VERB   3   ccomp      O  _
differences  difference   NOUN   5   nsubj      O  _
between      between      ADP    8   case       O  _
Trump        Trump        PROPN  6   nmod       O  _
and          and          CCONJ  10  cc         O  _
Cruz         Cruz         PROPN  8   conj       O  _
that         that         PRON   12  nsubj      O  PronType=Rel
explain      explain      VERB   6   acl:relcl  O  _
his          his          PRON   14  nmod:poss  O  _
lead~        lead         NOUN   12  obj        O  _
.            .            PUNCT  3   punct      O  _
"""


def test_a_relative_that_after_coordinated_names_is_no_gap() -> None:
    content = ["there", "are", "differences", "between", "Trump", "and", "Cruz", "that", "explain", "his", "lead"]
    text, quotes = _model_quotes(NAMES_THEN_RELATIVE, ["Kim", "Lo"], ["said"], content)
    assert [_read(text, q) for q in quotes] == [("Kim Lo", " ".join(content))]
