"""A surname that is an ordinary word ("Sheila Copps", a plural noun to the tagger) standing alone later
("Copps disagreed") is that person's, so the "she said" after it goes to her, not to another woman named
between (tester 15: Chrystia Freeland at 0.81). The rule needs the first-name dictionary of the `names`
extra, which alone tells that "Sheila" is a first name. Parse as the bundled models gave it."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from quotetrace.core.speakers.context import View
from quotetrace.core.speakers.lexicon import load_lexicon
from quotetrace.core.speakers.word_surnames import word_surnames

# Sheila Copps said politics was still a boys' club. ⏎⏎ Chrystia Freeland said things had improved. She said
# her daughters would be fine. ⏎⏎ Copps disagreed. "It hasn't changed," she said.
COPPS = """
Sheila    Sheila    PROPN  3   nsubj      O  Number=Sing
Copps     Copps     PROPN  1   flat       O  Number=Sing
said      say       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
politics  politics  NOUN   10  nsubj      O  Number=Plur
was       be        AUX    10  cop        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
still     still     ADV    10  advmod     O  _
a         a         DET    8   det        O  Definite=Ind|PronType=Art
boys~     boy       NOUN   10  nmod:poss  O  Number=Plur
'         's        PART   8   case       O  _
club~     club      NOUN   3   ccomp      O  Number=Sing
.         .         PUNCT  3   punct      O  _

#par
Chrystia   Chrystia  PROPN  3  nsubj  O  Number=Sing
Freeland   Freeland  PROPN  1  flat   O  Number=Sing
said       say       VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
things     thing     NOUN   6  nsubj  O  Number=Plur
had        have      AUX    6  aux    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
improved~  improve   VERB   3  ccomp  O  Tense=Past|VerbForm=Part|Voice=Pass
.          .         PUNCT  3  punct  O  _

She        she       PRON   2  nsubj      O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said       say       VERB   0  root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
her        her       PRON   4  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
daughters  daughter  NOUN   7  nsubj      O  Number=Plur
would      would     AUX    7  aux        O  VerbForm=Fin
be         be        AUX    7  cop        O  VerbForm=Inf
fine~      fine      ADJ    2  ccomp      O  Degree=Pos
.          .         PUNCT  2  punct      O  _

#par
Copps       Copps     NOUN   2  nsubj  O  Number=Plur
disagreed~  disagree  VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
.           .         PUNCT  2  punct  O  _

"~        "       PUNCT  5  punct   O  _
It        it      PRON   5  nsubj   O  Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
has~      have    AUX    5  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
n't       not     PART   5  advmod  O  Polarity=Neg
changed~  change  VERB   9  ccomp   O  Tense=Past|VerbForm=Part|Voice=Pass
,~        ,       PUNCT  5  punct   O  _
"         "       PUNCT  5  punct   O  _
she       she     PRON   9  nsubj   O  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said~     say     VERB   0  root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.         .       PUNCT  9  punct   O  _

"""


def test_a_word_after_a_known_first_name_is_a_surname(first_name_dictionary: None) -> None:
    assert "copps" in word_surnames(View(build_document(COPPS), []), load_lexicon())


def test_the_surname_alone_is_the_persons_and_takes_her_pronoun(first_name_dictionary: None) -> None:
    result = analyze(build_document(COPPS))
    names = {e.id: e.name for e in result.entities}
    quote = next(q for q in result.quotes if "changed" in q.content_text(result.text))
    assert names.get(quote.entity_id or "") == "Sheila Copps"


def test_without_the_dictionary_no_word_is_taken_for_a_surname() -> None:
    assert word_surnames(View(build_document(COPPS), []), load_lexicon()) == frozenset()


@pytest.mark.parametrize(("opening", "surname"), [("", True), ("The", False), ("A", False)])
def test_only_a_word_standing_alone_is_the_surname(opening: str, surname: bool) -> None:
    # 'The Copps…' or 'A Copps…' is the word, not Sheila Copps
    from quotetrace.core.speakers.word_surnames import word_surname_kinds

    rows = (f"{opening} {opening.lower()} DET 2 det\n" if opening else "") + (
        "Copps Copps NOUN 3 nsubj\ndisagreed~ disagree VERB 0 root\n. . PUNCT 3 punct\n")
    if not opening:
        rows = rows.replace(" 3 nsubj", " 2 nsubj").replace(" 3 punct", " 2 punct")
    tokens = build_document(rows).tokens
    copps = next(t for t in tokens if t.text == "Copps")
    kinds = word_surname_kinds(tokens, {t.index: "" for t in tokens}, frozenset({"copps"}))
    assert (kinds[copps.index] == "strong") is surname
