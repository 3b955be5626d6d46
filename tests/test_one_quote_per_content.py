"""One span of content is one quote (issue 14, a third tester's second kind): 'Davis denied that, saying the
report was "weeks away"' read the same words as the report of "denied" (0.721) and of "saying" (0.9), and
both came out. Of quotes with the same content spans the more confident stays
(`core.quotes.merge.one_quote_per_content`), in the rules and after the attribution model alike. The
tables are the bundled stanza models' parses (`quotetrace debug-parse --as table`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quotetrace.core.build import build_document
from quotetrace.core.model import Quote, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.merge import one_quote_per_content

# Johnson said Davis had told him the report was ready. ⏎⏎ Davis denied that, saying the report was "weeks away".
DAVIS_DENIED = """
Johnson  Johnson  PROPN  2   nsubj  O  Number=Sing
said     say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Davis    Davis    PROPN  5   nsubj  O  Number=Sing
had      have     AUX    5   aux    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
told     tell     VERB   2   ccomp  O  Tense=Past|VerbForm=Part
him      he       PRON   5   iobj   O  Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs
the      the      DET    8   det    O  Definite=Def|PronType=Art
report   report   NOUN   10  nsubj  O  Number=Sing
was      be       AUX    10  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
ready~   ready    ADJ    2   ccomp  O  Degree=Pos
.        .        PUNCT  2   punct  O  _

#par
Davis   Davis   PROPN  2   nsubj         O  Number=Sing
denied  deny    VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that~   that    SCONJ  2   obj           O  Number=Sing|PronType=Dem
,       ,       PUNCT  5   punct         O  _
saying  say     VERB   2   advcl         O  Tense=Pres|VerbForm=Part
the     the     DET    7   det           O  Definite=Def|PronType=Art
report  report  NOUN   11  nsubj         O  Number=Sing
was     be      AUX    11  cop           O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~      "       PUNCT  11  punct         O  _
weeks   week    NOUN   11  obl:unmarked  O  Number=Plur
away~   away    ADV    2   ccomp         O  _
"~      "       PUNCT  11  punct         O  _
.       .       PUNCT  2   punct         O  _
"""

# The coach denied it, saying the players were "simply exhausted".
COACH_DENIED = """
The         the      DET    2   det         O  Definite=Def|PronType=Art
coach       coach    NOUN   3   nsubj       O  Number=Sing
denied      deny     VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
it~         it       PRON   3   obj         O  Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs
,           ,        PUNCT  6   punct       O  _
saying      say      VERB   3   advcl       O  Tense=Pres|VerbForm=Part
the         the      DET    8   det         O  Definite=Def|PronType=Art
players     player   NOUN   12  nsubj:pass  O  Number=Plur
were        be       AUX    12  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
"~          "        PUNCT  12  punct       O  _
simply      simply   ADV    12  advmod      O  _
exhausted~  exhaust  VERB   3   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
"~          "        PUNCT  12  punct       O  _
.           .        PUNCT  3   punct       O  _
"""


# Officials said the budget would last until June. ⏎⏎ Greta Holm denied that, saying the money was "nearly spent".
# ("that" parsed as the mark of the participle's clause: the denial read 'that, saying the money was…')
HOLM_DENIED = """
Officials  official  NOUN   2  nsubj  O  Number=Plur
said       say       VERB   0  root   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    4  det    O  Definite=Def|PronType=Art
budget     budget    NOUN   6  nsubj  O  Number=Sing
would      would     AUX    6  aux    O  VerbForm=Fin
last       last      VERB   2  ccomp  O  VerbForm=Inf
until      until     ADP    8  case   O  _
June~      June      PROPN  6  obl    O  Number=Sing
.          .         PUNCT  2  punct  O  _

#par
Greta   Greta   PROPN  3   nsubj       O  Number=Sing
Holm    Holm    PROPN  1   flat        O  Number=Sing
denied  deny    VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that~   that    SCONJ  12  mark        O  Number=Sing|PronType=Dem
,       ,       PUNCT  6   punct       O  _
saying  say     VERB   3   ccomp       O  Tense=Pres|VerbForm=Part
the     the     DET    8   det         O  Definite=Def|PronType=Art
money   money   NOUN   12  nsubj:pass  O  Number=Sing
was     be      AUX    12  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~      "       PUNCT  12  punct       O  _
nearly  nearly  ADV    12  advmod      O  _
spent~  spend   VERB   3   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
"~      "       PUNCT  12  punct       O  _
.       .       PUNCT  3   punct       O  _
"""

# The mayor said the bridge would open in June. ⏎⏎ Ms Park disputed that, arguing the bridge was "nowhere near
# finished".
PARK_DISPUTED = """
The     the     DET    2  det    O  Definite=Def|PronType=Art
mayor   mayor   NOUN   3  nsubj  O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    5  det    O  Definite=Def|PronType=Art
bridge  bridge  NOUN   7  nsubj  O  Number=Sing
would   would   AUX    7  aux    O  VerbForm=Fin
open    open    VERB   3  ccomp  O  VerbForm=Inf
in      in      ADP    9  case   O  _
June~   June    PROPN  7  obl    O  Number=Sing
.       .       PUNCT  3  punct  O  _

#par
Ms         Ms       PROPN  3   nsubj       O  Number=Sing
Park       Park     PROPN  1   flat        O  Number=Sing
disputed   dispute  VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
that~      that     SCONJ  13  mark        O  _
,          ,        PUNCT  6   punct       O  _
arguing    argue    VERB   3   advcl       O  Tense=Pres|VerbForm=Part
the        the      DET    8   det         O  Definite=Def|PronType=Art
bridge     bridge   NOUN   13  nsubj:pass  O  Number=Sing
was        be       AUX    13  aux:pass    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"~         "        PUNCT  13  punct       O  _
nowhere    nowhere  ADV    13  advmod      O  _
near       near     ADV    13  advmod      O  _
finished~  finish   VERB   3   ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
"~         "        PUNCT  13  punct       O  _
.          .        PUNCT  3   punct       O  _
"""

def _reports(table: str) -> list[tuple[str, str, str | None]]:
    quotes: list[dict[str, Any]] = analyze(build_document(table)).to_record()["quotes"]
    return [(q["text"], q["cue"]["text"], (q["speaker"] or {}).get("text")) for q in quotes]


def test_the_denial_and_its_participle_are_one_quote() -> None:
    assert _reports(DAVIS_DENIED) == [
        ("Davis had told him the report was ready", "said", "Johnson"),
        ('the report was "weeks away"', "saying", "Davis"),
    ]


def test_a_denial_of_it_and_its_participle_are_one_quote() -> None:
    assert _reports(COACH_DENIED) == [('the players were "simply exhausted"', "saying", "The coach")]


def _quote(parts: tuple[Span, ...], confidence: float, rule: str) -> Quote:
    return Quote(id="", kind="indirect", parts=parts, confidence=confidence, rule=rule)  # type: ignore[arg-type]


def test_the_more_confident_of_two_readings_stays_and_the_order_is_kept() -> None:
    one, two = (Span(0, 10),), (Span(12, 20), Span(25, 30))
    quotes = [_quote(one, 0.6, "cue-complement"), _quote(two, 0.7, "cue-complement"),
              _quote(one, 0.9, "surface-participle"), _quote(two, 0.7, "surface-that"),
              _quote((Span(12, 20),), 0.5, "cue-object")]
    kept = one_quote_per_content(quotes)
    assert [(q.parts, q.rule) for q in kept] == [
        (two, "cue-complement"), (one, "surface-participle"), ((Span(12, 20),), "cue-object")]


_TABLE = re.compile(r'"""\n((?:(?!""").*\n)+?)"""')


def _test_tables() -> list[tuple[str, str]]:
    """Every parse table written in this test suite (a block of lines with a head number in column 4)."""
    found = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for n, match in enumerate(_TABLE.finditer(path.read_text(encoding="utf-8"))):
            rows = [line.split() for line in match.group(1).splitlines() if line.strip() and line != "#par"]
            if rows and all(len(r) >= 7 and r[3].isdigit() for r in rows) and "{" not in match.group(1):
                found.append((f"{path.stem}:{n}", match.group(1)))
    return found


def test_no_two_quotes_share_their_content_on_any_parse_of_the_suite() -> None:
    tables = _test_tables()
    assert len(tables) > 50  # the suite's parse tables were found
    for name, table in tables:
        try:
            doc = build_document(table)
        except ValueError:
            continue  # a table written to test the builder's errors
        contents = [q.parts for q in analyze(doc).quotes]
        assert len(contents) == len(set(contents)), name


def test_a_pronoun_object_before_a_participle_is_no_second_report() -> None:
    # the first cue's object is a pronoun for what was said before; the participle reports, and the
    # overlapping reading of the first cue ('that, saying the money was…') is not a second quote
    assert _reports(HOLM_DENIED)[1:] == [('the money was "nearly spent"', "saying", "Greta Holm")]
    assert _reports(PARK_DISPUTED)[1:] == [('the bridge was "nowhere near finished"', "arguing", "Ms Park")]
