"""Datelines with a region, a date or a wire's name before their dash or colon ('OTTAWA, Sept. 12, 2025
/CNW/ -', 'LUCKNOW, March 4:', tester 7) are never the speaker nor content: 'OTTAWA' spoke a press
release's announcement at 0.77, and the tagger's content began 'LUCKNOW, March 4:'. Tables: stanza's
parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.attribution.features import split_words
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze
from test_passive_listener import _model_quotes, _read

# CALGARY, Alberta, May 3, 2026 /CNW/ - Prairie Grain Co. today reported record quarterly sales of $12 million.
WIRE_RELEASE = """
CALGARY~   CALGARY    PROPN  17  nsubj     O  Number=Sing
,          ,          PUNCT  3   punct     O  _
Alberta~   Alberta    PROPN  1   conj      O  Number=Sing
,          ,          PUNCT  5   punct     O  _
May        May        PROPN  1   conj      O  Number=Sing
3~         3          NUM    1   conj      O  NumForm=Digit|NumType=Card
,          ,          PUNCT  8   punct     O  _
2026       2026       NUM    1   conj      O  NumForm=Digit|NumType=Card
/~         /          PUNCT  10  punct     O  _
CNW~       CNW        PROPN  1   conj      O  Number=Sing
/          /          PUNCT  13  punct     O  _
-          -          PUNCT  13  punct     O  _
Prairie    Prairie    PROPN  14  compound  O  Number=Sing
Grain      Grain      PROPN  15  compound  O  Number=Sing
Co.        Co.        PROPN  1   list      O  Number=Sing
today      today      NOUN   1   list      O  Number=Sing
reported   report     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
record     record     NOUN   20  compound  O  Number=Sing
quarterly  quarterly  ADJ    20  amod      O  Degree=Pos
sales      sale       NOUN   17  obj       O  Number=Plur
of         of         ADP    22  case      O  _
$~         $          SYM    20  nmod      O  _
12         12         NUM    22  nummod    O  NumForm=Digit|NumType=Card
million~   million    NUM    22  nummod    O  NumForm=Word|NumType=Card
.          .          PUNCT  17  punct     O  _
"""

# SYDNEY, Australia - The airline will cut 500 jobs by March, a spokeswoman said.
SYDNEY_DASH = """
SYDNEY~      SYDNEY       PROPN  16  nsubj      O  Number=Sing
,            ,            PUNCT  3   punct      O  _
Australia    Australia    PROPN  1   conj       O  Number=Sing
-            -            PUNCT  1   punct      O  _
The          the          DET    6   det        O  Definite=Def|PronType=Art
airline      airline      NOUN   8   nsubj      O  Number=Sing
will         will         AUX    8   aux        O  VerbForm=Fin
cut          cut          VERB   0   root       O  VerbForm=Inf
500          500          NUM    10  nummod     O  NumForm=Digit|NumType=Card
jobs         job          NOUN   8   obj        O  Number=Plur
by           by           ADP    12  case       O  _
March~       March        PROPN  8   obl        O  Number=Sing
,            ,            PUNCT  8   punct      O  _
a            a            DET    15  det        O  Definite=Ind|PronType=Art
spokeswoman  spokeswoman  NOUN   16  nsubj      O  Number=Sing
said~        say          VERB   8   parataxis  O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.            .            PUNCT  16  punct      O  _
"""

# KOLKATA, Aug. 9 (PTI): Heavy rain flooded several roads in the city, officials said on Friday.
KOLKATA_PTI = """
KOLKATA~  KOLKATA  PROPN  0  root   O  Number=Sing
,         ,        PUNCT  4  punct  O  _
Aug.      August   PROPN  1  conj   O  Number=Sing
9         9        NUM    1  appos  O  NumForm=Digit|NumType=Card
(~        (        PUNCT  6  punct  O  _
PTI~      PTI      PROPN  1  list   O  Number=Sing
)~        )        PUNCT  6  punct  O  _
:         :        PUNCT  1  punct  O  _

Heavy      Heavy     ADJ    2   amod   O  Degree=Pos
rain       rain      NOUN   3   nsubj  O  Number=Sing
flooded    flood     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
several    several   ADJ    5   amod   O  Degree=Pos
roads      road      NOUN   3   obj    O  Number=Plur
in         in        ADP    8   case   O  _
the        the       DET    8   det    O  Definite=Def|PronType=Art
city~      city      NOUN   5   nmod   O  Number=Sing
,          ,         PUNCT  11  punct  O  _
officials  official  NOUN   11  nsubj  O  Number=Plur
said       say       VERB   3   conj   O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
on         on        ADP    13  case   O  _
Friday~    Friday    PROPN  11  obl    O  Number=Sing
.          .         PUNCT  3   punct  O  _
"""

# NEW DELHI, June 2: Two men were detained after a clash in the market, officials said.
DELHI_DATE = """
NEW        new       ADJ    2   amod        O  Degree=Pos
DELHI~     Delhi     PROPN  19  nsubj       O  Number=Sing
,          ,         PUNCT  4   punct       O  _
June       June      PROPN  2   appos       O  Number=Sing
2~         2         NUM    4   flat        O  NumForm=Digit|NumType=Card
:          :         PUNCT  10  punct       O  _
Two        two       NUM    8   nummod      O  NumForm=Word|NumType=Card
men        man       NOUN   10  nsubj:pass  O  Number=Plur
were       be        AUX    10  aux:pass    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
detained   detain    VERB   19  ccomp       O  Tense=Past|VerbForm=Part|Voice=Pass
after      after     ADP    13  case        O  _
a          a         DET    13  det         O  Definite=Ind|PronType=Art
clash      clash     NOUN   10  obl         O  Number=Sing
in         in        ADP    16  case        O  _
the        the       DET    16  det         O  Definite=Def|PronType=Art
market~    market    NOUN   13  nmod        O  Number=Sing
,          ,         PUNCT  2   punct       O  _
officials  official  NOUN   19  nsubj       O  Number=Plur
said~      say       VERB   0   root        O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
.          .         PUNCT  19  punct       O  _
"""


def _rules(table: str) -> list[tuple[str, str]]:
    result = analyze(build_document(table))
    text = result.text
    return [(q.speaker.span.text_of(text) if q.speaker else "", " ".join(p.text_of(text) for p in q.parts))
            for q in result.quotes]


def _words_from(table: str, first: str, last: str) -> list[str]:
    words = split_words(build_document(table).text).strings()
    return words[words.index(first) : words.index(last) + 1]


def test_the_company_after_a_wire_releases_dateline_speaks() -> None:
    # the speaker was 'CALGARY'
    assert _rules(WIRE_RELEASE) == [("Prairie Grain Co.", "record quarterly sales of $12 million")]


def test_a_content_read_off_the_words_starts_after_the_dateline() -> None:
    assert _rules(SYDNEY_DASH) == [("a spokeswoman", "The airline will cut 500 jobs by March")]


def test_the_taggers_content_leaves_a_dated_dateline_out() -> None:
    content = _words_from(DELHI_DATE, "NEW", "market")
    text, quotes = _model_quotes(DELHI_DATE, ["officials"], ["said"], content)
    assert [_read(text, q) for q in quotes] == [("officials", "Two men were detained after a clash in the market")]


def test_the_taggers_content_leaves_a_wires_name_out() -> None:
    # the tagger's part 'PTI' after the paragraph's start is part of the dateline too
    content = _words_from(KOLKATA_PTI, "PTI", "city")
    text, quotes = _model_quotes(KOLKATA_PTI, ["officials"], ["said"], content)
    assert [_read(text, q) for q in quotes] == [("officials", "Heavy rain flooded several roads in the city")]


# CALGARY, Alberta — Northwind Energy Inc. today reported record third-quarter revenue of $1.2 billion.
# (tester 12: the region, a second subject, spoke at 0.78; the company hangs flat under it)
REGION_SUBJECT = """
CALGARY~   CALGARY    PROPN  9   nsubj     O  Number=Sing
,          ,          PUNCT  3   punct     O  _
Alberta    Alberta    PROPN  9   nsubj     O  Number=Sing
—          —          PUNCT  3   punct     O  _
Northwind  Northwind  PROPN  7   compound  O  Number=Sing
Energy     Energy     PROPN  7   compound  O  Number=Sing
Inc.       Inc.       PROPN  3   flat      O  Number=Sing
today      today      NOUN   7   flat      O  Number=Sing
reported   report     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
record     record     NOUN   14  compound  O  Number=Sing
third~     third      ADJ    13  amod      O  Degree=Pos|NumForm=Word|NumType=Ord
-~         -          PUNCT  11  punct     O  _
quarter    quarter    NOUN   14  compound  O  Number=Sing
revenue    revenue    NOUN   9   obj       O  Number=Sing
of         of         ADP    16  case      O  _
$~         $          SYM    14  nmod      O  _
1.2        1.2        NUM    16  nummod    O  NumForm=Digit|NumType=Card
billion~   billion    NUM    16  nummod    O  NumForm=Digit|NumType=Card
.          .          PUNCT  9   punct     O  _
"""

# HOUSTON, Texas – Lone Star Pipelines Corp. on Monday announced a merger with Gulf Midstream.
REGION_SUBJECT_EN_DASH = """
HOUSTON~    HOUSTON    PROPN  11  nsubj     O  Number=Sing
,           ,          PUNCT  1   punct     O  _
Texas       Texas      PROPN  11  nsubj     O  Number=Sing
–           -          PUNCT  3   punct     O  _
Lone        Lone       PROPN  8   compound  O  Number=Sing
Star        Star       PROPN  8   compound  O  Number=Sing
Pipelines   Pipelines  PROPN  8   compound  O  Number=Sing
Corp.       Corp.      PROPN  3   flat      O  Number=Sing
on          on         ADP    10  case      O  _
Monday      Monday     PROPN  8   nmod      O  Number=Sing
announced   announce   VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a           a          DET    13  det       O  Definite=Ind|PronType=Art
merger      merger     NOUN   11  obj       O  Number=Sing
with        with       ADP    16  case      O  _
Gulf        Gulf       PROPN  16  compound  O  Number=Sing
Midstream~  Midstream  PROPN  11  obl       O  Number=Sing
.           .          PUNCT  11  punct     O  _
"""

# Calgary, Alberta -- Northwind Energy Inc. today reported record third-quarter revenue of $1.2 billion.
# (the region a conjunct of the place, the company still flat under it)
TITLED_REGION = """
Calgary~   Calgary    PROPN  9   nsubj     O  Number=Sing
,          ,          PUNCT  3   punct     O  _
Alberta    Alberta    PROPN  1   conj      O  Number=Sing
--         --         PUNCT  3   punct     O  _
Northwind  Northwind  PROPN  7   compound  O  Number=Sing
Energy     Energy     PROPN  7   compound  O  Number=Sing
Inc.       Inc.       PROPN  3   flat      O  Number=Sing
today      today      NOUN   7   flat      O  Number=Sing
reported   report     VERB   0   root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
record     record     NOUN   14  compound  O  Number=Sing
third~     third      ADJ    13  amod      O  Degree=Pos|NumForm=Word|NumType=Ord
-~         -          PUNCT  11  punct     O  _
quarter    quarter    NOUN   14  compound  O  Number=Sing
revenue    revenue    NOUN   9   obj       O  Number=Sing
of         of         ADP    16  case      O  _
$~         $          SYM    14  nmod      O  _
1.2        1.2        NUM    16  nummod    O  NumForm=Digit|NumType=Card
billion~   billion    NUM    16  nummod    O  NumForm=Digit|NumType=Card
.          .          PUNCT  9   punct     O  _
"""

# Toronto, Ontario - Maple Leaf Foods Inc. announced a recall of sliced meats.
TITLED_REGION_HYPHEN = """
Toronto~   Toronto   PROPN  9   nsubj  O  Number=Sing
,          ,         PUNCT  1   punct  O  _
Ontario    Ontario   PROPN  1   conj   O  Number=Sing
-          -         PUNCT  3   punct  O  _
Maple      maple     PROPN  3   flat   O  Number=Sing
Leaf       Leaf      PROPN  5   flat   O  Number=Sing
Foods      Foods     PROPN  5   flat   O  Number=Plur
Inc.       Inc.      PROPN  3   flat   O  Number=Sing
announced  announce  VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a          a         DET    11  det    O  Definite=Ind|PronType=Art
recall     recall    NOUN   9   obj    O  Number=Sing
of         of        ADP    14  case   O  _
sliced     slice     VERB   14  amod   O  Tense=Past|VerbForm=Part|Voice=Pass
meats~     meat      NOUN   11  nmod   O  Number=Plur
.          .         PUNCT  9   punct  O  _
"""


def _swap(table: str, pairs: dict[str, str]) -> str:
    return "\n".join(" ".join(pairs.get(c, c) for c in line.split()) for line in table.splitlines())


@pytest.mark.parametrize(("table", "speaker"), [
    (REGION_SUBJECT, "Northwind Energy Inc."),
    (_swap(REGION_SUBJECT, {"CALGARY~": "PERTH~", "Alberta": "Queensland", "Northwind": "Iron"}), "Iron Energy Inc."),
    (REGION_SUBJECT_EN_DASH, "Lone Star Pipelines Corp."),
    (_swap(REGION_SUBJECT_EN_DASH, {"–": "—"}), "Lone Star Pipelines Corp."),
    (TITLED_REGION, "Northwind Energy Inc."),
    (_swap(TITLED_REGION, {"--": "—"}), "Northwind Energy Inc."),
    (TITLED_REGION_HYPHEN, "Maple Leaf Foods Inc."),
])
def test_a_datelines_region_never_speaks_and_the_name_after_its_dash_is_whole(table: str, speaker: str) -> None:
    """'CITY, Region —': the region is the dateline's, whether the parse made it a second subject or
    hung the company's name on it across the dash; the company is a name, not a description."""
    (quote,) = analyze(build_document(table)).to_record(trace=True)["quotes"]
    assert quote["speaker"]["name"] == speaker
    assert quote["trace"][-1] == "speaker:name"
    assert quote["confidence"] >= 0.7
