""""in 't" inside a Dutch surname ("Sophie in 't Veld") is part of the name, and the role "MEP" before it
is no part of it: the name is never "MEP Sophie". "in" alone joins nothing ("Anna Smith in London").
Parses as the bundled models gave them; issue 14 (fourth tester), kind 3."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

# Dutch MEP Sophie in 't Veld said the commission had acted too slowly. ⏎
IN_T_VELD = """
Dutch       Dutch       PROPN  7   nsubj   O  Number=Sing
MEP         MEP         PROPN  1   flat    O  Number=Sing
Sophie      Sophie      PROPN  1   flat    O  Number=Sing
in          in          ADP    5   case    O  _
't          't          PROPN  3   nmod    O  Number=Sing
Veld        Veld        PROPN  5   flat    O  Number=Sing
said        say         VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    9   det     O  Definite=Def|PronType=Art
commission  commission  NOUN   11  nsubj   O  Number=Sing
had         have        AUX    11  aux     O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
acted       act         VERB   7   ccomp   O  Tense=Past|VerbForm=Part
too         too         ADV    13  advmod  O  _
slowly~     slowly      ADV    11  advmod  O  Degree=Pos
.           .           PUNCT  7   punct   O  _
"""

# Dutch MEP Jan van Dalen said the vote was close. ⏎
VAN_DALEN = """
Dutch   Dutch    PROPN  6   nsubj  O  Number=Sing
MEP     MEP      PROPN  1   flat   O  Number=Sing
Jan     January  PROPN  1   flat   O  Number=Sing
van     van      PROPN  1   flat   O  Number=Sing
Dalen   Dalen    PROPN  1   flat   O  Number=Sing
said    say      VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the      DET    8   det    O  Definite=Def|PronType=Art
vote    vote     NOUN   10  nsubj  O  Number=Sing
was     be       AUX    10  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
close~  close    ADJ    6   ccomp  O  Degree=Pos
.       .        PUNCT  6   punct  O  _
"""

# Liberal MEP Sophie in ’t Veld said the rules were weak. ⏎
CURLY_IN_T_VELD = """
Liberal  Liberal  ADJ    2  amod  O  Degree=Pos
MEP      MEP      PROPN  0  root  O  Number=Sing

Sophie  Sophie  PROPN  5  nsubj  O  Number=Sing
in      in      ADP    3  case   O  _
’t      ’t      PROPN  1  nmod   O  Number=Sing
Veld    Veld    PROPN  1  nmod   O  Number=Sing
said    say     VERB   0  root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    7  det    O  Definite=Def|PronType=Art
rules   rule    NOUN   9  nsubj  O  Number=Plur
were    be      AUX    9  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
weak~   weak    ADJ    5  ccomp  O  Degree=Pos
.       .       PUNCT  5  punct  O  _
"""

# Anna Smith in London said prices had risen. ⏎
SMITH_IN_LONDON = """
Anna    Anna    PROPN  2  compound  O  Number=Sing
Smith   Smith   PROPN  5  nsubj     O  Number=Sing
in      in      ADP    4  case      O  _
London  London  PROPN  2  nmod      O  Number=Sing
said    say     VERB   0  root      O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
prices  price   NOUN   8  nsubj     O  Number=Plur
had     have    AUX    8  aux       O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
risen~  risen   VERB   5  ccomp     O  Tense=Past|VerbForm=Part|Voice=Pass
.       .       PUNCT  5  punct     O  _
"""


@pytest.mark.parametrize(("table", "name", "description"), [
    (IN_T_VELD, "Sophie in 't Veld", "Dutch MEP"),
    (VAN_DALEN, "Jan van Dalen", "Dutch MEP"),
    (CURLY_IN_T_VELD, "Sophie in \u2019t Veld", None),
    (SMITH_IN_LONDON, "Anna Smith", None),
])
def test_a_particle_is_in_the_name_and_a_role_is_not(table: str, name: str, description: str | None) -> None:
    record = analyze(build_document(table)).to_record()
    (quote,) = record["quotes"]
    assert quote["speaker"]["name"] == name
    (entity,) = record["speakers"]
    if description is not None:
        assert entity["description"] == description
