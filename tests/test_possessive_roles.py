"""A role after a plural owner's apostrophe, with a compound noun between them, before a name (tester
9): '"We have been let down," said residents' association chairwoman Joan Pike.' — the parse made the
owner and the role two subjects of "said", and the speaker was 'association', the compound on the way
to the role, at 0.9. The role is the head of that run of nouns and its name hangs on it. Tables:
stanza's parse (bundled models, `quotetrace debug-parse`) and variants of it."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

QUOTE = """
"~           "            PUNCT  5   punct         O  _
We           we           PRON   5   nsubj:pass    O  Case=Nom|Number=Plur|Person=1|PronType=Prs
have         have         AUX    5   aux           O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
been         be           AUX    5   aux:pass      O  Tense=Past|VerbForm=Part
let          let          VERB   9   ccomp         O  Tense=Past|VerbForm=Part|Voice=Pass
down~        down         ADP    5   compound:prt  O  _
,~           ,            PUNCT  5   punct         O  _
"            "            PUNCT  5   punct         O  _
said         say          VERB   0   root          O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
"""

# ... said residents' association chairwoman Joan Pike.
PIKE = """
residents~   resident     NOUN   9   nsubj         O  Number=Plur
'            '            PUNCT  10  punct         O  _
association  association  NOUN   13  compound      O  Number=Sing
chairwoman   chairwoman   NOUN   9   nsubj         O  Number=Sing
Joan         Joan         PROPN  13  flat          O  Number=Sing
Pike~        Pike         PROPN  14  flat          O  Number=Sing
.            .            PUNCT  9   punct         O  _
"""

# ... said farmers' union branch secretary Tom Hale. (two compounds before the role, the name in
# apposition)
HALE = """
farmers~   farmer     NOUN   9   nsubj     O  Number=Plur
'          '          PUNCT  10  punct     O  _
union      union      NOUN   14  compound  O  Number=Sing
branch     branch     NOUN   14  compound  O  Number=Sing
secretary  secretary  NOUN   9   nsubj     O  Number=Sing
Tom        Tom        PROPN  14  appos     O  Number=Sing
Hale~      Hale       PROPN  15  flat      O  Number=Sing
.          .          PUNCT  9   punct     O  _
"""

# ... said parents' group leader. (no name: the role itself speaks, not the group)
LEADER = """
parents~  parent  NOUN   9   nsubj     O  Number=Plur
'         '       PUNCT  10  punct     O  _
group     group   NOUN   13  compound  O  Number=Sing
leader~   leader  NOUN   9   nsubj     O  Number=Sing
.         .       PUNCT  9   punct     O  _
"""


@pytest.mark.parametrize(("table", "speaker", "entity"), [
    (PIKE, "association chairwoman Joan Pike", "Joan Pike"),
    (HALE, "union branch secretary Tom Hale", "Tom Hale"),
    (LEADER, "group leader", "group leader"),
])
def test_the_role_after_an_owner_and_its_compounds_speaks(table: str, speaker: str, entity: str) -> None:
    result = analyze(build_document(QUOTE.rstrip() + table))  # one sentence: no blank line between
    [quote] = result.quotes
    assert quote.speaker is not None
    assert quote.speaker.span.text_of(result.text) == speaker
    found = result.entity(quote.entity_id)
    assert found is not None
    assert found.name == entity
