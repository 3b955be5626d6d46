"""The content-boundary policy: the same cuts after every reported-speech rule, so a sentence gets the
same content whichever rule read it; contents before their cue and blocks of sentences keep their end."""

from __future__ import annotations

from typing import Any

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

ROWS = [  # form, lemma, upos, head and deprel under a good parse
    ("Smith", "Smith", "PROPN", 2, "nsubj"), ("said", "say", "VERB", 0, "root"),
    ("on", "on", "ADP", 4, "case"), ("Monday", "Monday", "PROPN", 2, "obl"),
    ("that", "that", "SCONJ", 7, "mark"), ("taxes", "tax", "NOUN", 7, "nsubj"),
    ("rose", "rise", "VERB", 2, "ccomp"), ("sharply~", "sharply", "ADV", 7, "advmod"),
    (",", ",", "PUNCT", 12, "punct"), ("although", "although", "SCONJ", 12, "mark"),
    ("wages", "wage", "NOUN", 12, "nsubj"), ("fell~", "fall", "VERB", 7, "advcl"), (".", ".", "PUNCT", 2, "punct"),
]


def _table(flat: bool) -> str:
    # a flat parse hangs every word on the cue: only the surface reading finds the report
    return "\n".join(f"{form} {lemma} {upos} {2 if flat and head not in (0, 2) else head} "
                     f"{'dep' if flat and head not in (0, 2) else deprel}" for form, lemma, upos, head, deprel in ROWS)


def _reports(table: str) -> list[dict[str, Any]]:
    return [q for q in analyze(build_document(table)).to_record(trace=True)["quotes"] if q["kind"] != "direct"]


def test_a_trailing_aside_is_left_out_whichever_rule_reads_the_report() -> None:
    parsed, flat = _reports(_table(flat=False)), _reports(_table(flat=True))
    assert [(q["rule"], q["text"]) for q in parsed] == [("cue-complement", "that taxes rose sharply")]
    # before the policy ran after every rule, the surface reading kept ", although wages fell"
    assert [(q["rule"], q["text"]) for q in flat] == [("surface-that", "that taxes rose sharply")]
    assert "boundary:trailing-aside" in flat[0]["trace"] and "boundary:trailing-aside" in parsed[0]["trace"]


BEFORE_THE_CUE = """
The     the     DET   2 det
deal    deal    NOUN  3 nsubj
died~   die     VERB  0 root
,       ,       PUNCT 8 punct
and     and     CCONJ 8 cc
the     the     DET   7 det
talks   talk    NOUN  8 nsubj
ended~  end     VERB  3 conj
,       ,       PUNCT 11 punct
Smith   Smith   PROPN 11 nsubj
said~   say     VERB  3 parataxis
.       .       PUNCT 3 punct
"""


def test_a_content_before_its_cue_keeps_what_the_reporting_clause_ends() -> None:
    assert [(q["rule"], q["text"]) for q in _reports(BEFORE_THE_CUE)] == [
        ("cue-parenthetical", "The deal died, and the talks ended")]


BLOCK_AFTER_A_COLON = """
The       the       DET   2 det
governor  governor  NOUN  3 nsubj
added~    add       VERB  0 root
:         :         PUNCT 3 punct
#par
It        it        PRON  3 nsubj
is        be        AUX   3 cop
typical~  typical   ADJ   0 root
,         ,         PUNCT 7 punct
but       but       CCONJ 7 cc
she       she       PRON  7 nsubj
knows     know      VERB  3 conj
nothing~  nothing   PRON  7 obj
.         .         PUNCT 3 punct

She       she       PRON  3 nsubj
never     never     ADV   3 advmod
listens~  listen    VERB  0 root
.         .         PUNCT 3 punct
"""


def test_a_block_of_sentences_after_a_colon_is_not_cut_inside_its_first_sentence() -> None:
    assert [(q["rule"], q["text"]) for q in _reports(BLOCK_AFTER_A_COLON)] == [
        ("cue-colon", "It is typical, but she knows nothing. She never listens")]
