"""Several people who speak together, where the parse joined only one of them to the cue (new-user
testers: 'Karen Holt, chief operating officer of Lumen, and Rafael Diaz, its finance chief, told investors…'
went to Karen Holt alone at 0.96, stanza having split the sentence after 'Karen' and hung Rafael Diaz on
'Lumen'). The group is read off the words between the speaker and the cue (`core/speakers/fellows.py`);
a second role inside an apposition, or an organization joined to another, is no second speaker.
Tables: stanza's parses (bundled model 0.4.0, `quotetrace debug-parse`)."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

SPLIT_AFTER_THE_FIRST_NAME = """
Karen  Karen  PROPN  0  root  O  Number=Sing

Holt~      Holt       PROPN  17  nsubj      O  Number=Sing
,          ,          PUNCT  1   punct      O  _
chief      chief      ADJ    5   amod       O  Degree=Pos
operating  operating  NOUN   5   compound   O  Number=Sing
officer    officer    NOUN   17  nsubj      O  Number=Sing
of         of         ADP    7   case       O  _
Lumen~     Lumen      PROPN  5   nmod       O  Number=Sing
,          ,          PUNCT  10  punct      O  _
and        and        CCONJ  10  cc         O  _
Rafael     Rafael     PROPN  7   conj       O  Number=Sing
Diaz~      Diaz       PROPN  10  flat       O  Number=Sing
,          ,          PUNCT  15  punct      O  _
its        its        PRON   15  nmod:poss  O  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
finance    finance    NOUN   15  compound   O  Number=Sing
chief~     chief      NOUN   5   conj       O  Number=Sing
,          ,          PUNCT  5   punct      O  _
told       tell       VERB   0   root       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
investors  investor   NOUN   17  obj        O  Number=Plur
the        the        DET    20  det        O  Definite=Def|PronType=Art
deal       deal       NOUN   22  nsubj      O  Number=Sing
would      would      AUX    22  aux        O  VerbForm=Fin
close      close      VERB   17  ccomp      O  VerbForm=Inf
in         in         ADP    24  case       O  _
May~       May        PROPN  22  obl        O  Number=Sing
.          .          PUNCT  17  punct      O  _
"""

ALONG_WITH = """
Karen   Karen   PROPN  9   nsubj   O  Number=Sing
Holt~   Holt    PROPN  9   nsubj   O  Number=Sing
,       ,       PUNCT  4   punct   O  _
along   along   ADV    9   advmod  O  _
with    with    ADP    6   case    O  _
Rafael  Rafael  PROPN  9   obl     O  Number=Sing
Diaz~   Diaz    PROPN  6   flat    O  Number=Sing
,       ,       PUNCT  2   punct   O  _
said    say     VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    11  det     O  Definite=Def|PronType=Art
deal    deal    NOUN   13  nsubj   O  Number=Sing
would   would   AUX    13  aux     O  VerbForm=Fin
close   close   VERB   9   ccomp   O  VerbForm=Inf
in      in      ADP    15  case    O  _
May~    May     PROPN  13  obl     O  Number=Sing
.       .       PUNCT  9   punct   O  _
"""

THREE_LISTED = """
Karen   Karen   PROPN  9   nsubj  O  Number=Sing
Holt~   Holt    PROPN  9   nsubj  O  Number=Sing
,       ,       PUNCT  4   punct  O  _
Rafael  Rafael  PROPN  1   conj   O  Number=Sing
Diaz    Diaz    PROPN  4   flat   O  Number=Sing
and     and     CCONJ  7   cc     O  _
Mei     Mei     PROPN  4   conj   O  Number=Sing
Chen    Chen    PROPN  7   flat   O  Number=Sing
said    say     VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the     DET    11  det    O  Definite=Def|PronType=Art
deal    deal    NOUN   13  nsubj  O  Number=Sing
would   would   AUX    13  aux    O  VerbForm=Fin
close   close   VERB   9   ccomp  O  VerbForm=Inf
in      in      ADP    15  case   O  _
May~    May     PROPN  13  obl    O  Number=Sing
.       .       PUNCT  9   punct  O  _
"""

AFTER_THE_CUE = """
"~         "        PUNCT  4   punct   O  _
We         we       PRON   4   nsubj   O  Case=Nom|Number=Plur|Person=1|PronType=Prs
are        be       AUX    4   cop     O  Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
ready~     ready    ADJ    7   ccomp   O  Degree=Pos
,~         ,        PUNCT  4   punct   O  _
"          "        PUNCT  4   punct   O  _
said       say      VERB   0   root    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Karen      Karen    PROPN  7   nsubj   O  Number=Sing
Holt       Holt     PROPN  8   flat    O  Number=Sing
and        and      CCONJ  11  cc      O  _
Rafael     Rafael   PROPN  9   conj    O  Number=Sing
Diaz~      Diaz     PROPN  8   flat    O  Number=Sing
,          ,        PUNCT  16  punct   O  _
the        the      DET    16  det     O  Definite=Def|PronType=Art
two        two      NUM    16  nummod  O  NumForm=Word|NumType=Card
founders~  founder  NOUN   9   appos   O  Number=Plur
.          .        PUNCT  7   punct   O  _
"""

TITLED_LIST = """
Councillor  Councillor  PROPN  12  nsubj  O  Number=Sing
Jo          Jo          PROPN  1   flat   O  Number=Sing
Adair~      Adair       PROPN  1   flat   O  Number=Sing
,           ,           PUNCT  5   punct  O  _
Mayor       Mayor       PROPN  1   conj   O  Number=Sing
Pete        Pete        PROPN  5   flat   O  Number=Sing
Linn        Linn        PROPN  5   flat   O  Number=Sing
and         and         CCONJ  9   cc     O  _
lawyer      lawyer      NOUN   5   conj   O  Number=Sing
Ruth        Ruth        PROPN  5   flat   O  Number=Sing
Ames        Ames        PROPN  1   list   O  Number=Sing
said        say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the         the         DET    14  det    O  Definite=Def|PronType=Art
vote        vote        NOUN   16  nsubj  O  Number=Sing
was         be          AUX    16  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
unlawful~   unlawful    ADJ    12  ccomp  O  Degree=Pos
.           .           PUNCT  12  punct  O  _
"""

JOINED_FROM_BEFORE = """
Ann         Ann        PROPN  0   root       O  Number=Sing
Cole~       Cole       PROPN  1   flat       O  Number=Sing
,           ,          PUNCT  6   punct      O  _
the         the        DET    6   det        O  Definite=Def|PronType=Art
chief       chief      ADJ    6   amod       O  Degree=Pos
executive~  executive  NOUN   2   conj       O  Number=Sing
,           ,          PUNCT  11  punct      O  _
and         and        CCONJ  11  cc         O  _
her         her        PRON   10  nmod:poss  O  Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs
deputy      deputy     NOUN   11  nsubj      O  Number=Sing
said        say        VERB   1   conj       O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
profits     profit     NOUN   14  nsubj      O  Number=Plur
would       would      AUX    14  aux        O  VerbForm=Fin
rise~       rise       VERB   11  ccomp      O  VerbForm=Inf
.           .          PUNCT  1   punct      O  _
"""

ACCORDING_TO_TWO = """
The        the     DET    2   det       O  Definite=Def|PronType=Art
deal       deal    NOUN   4   nsubj     O  Number=Sing
will       will    AUX    4   aux       O  VerbForm=Fin
close      close   VERB   0   root      O  VerbForm=Inf
in         in      ADP    6   case      O  _
May~       May     PROPN  4   obl       O  Number=Sing
,          ,       PUNCT  11  punct     O  _
according  accord  VERB   11  case      O  Tense=Pres|VerbForm=Part
to         to      ADP    8   fixed     O  _
Karen      Karen   PROPN  11  compound  O  Number=Sing
Holt       Holt    PROPN  4   obl       O  Number=Sing
and        and     CCONJ  13  cc        O  _
Rafael     Rafael  PROPN  11  conj      O  Number=Sing
Diaz~      Diaz    PROPN  13  flat      O  Number=Sing
.          .       PUNCT  4   punct     O  _
"""

TWO_ROLES_OF_ONE = """
David      David      PROPN  16  nsubj  O  Number=Sing
Gorski~    Gorski     PROPN  1   flat   O  Number=Sing
,          ,          PUNCT  6   punct  O  _
an         a          DET    6   det    O  Definite=Ind|PronType=Art
associate  associate  ADJ    6   amod   O  Degree=Pos
professor  professor  NOUN   1   appos  O  Number=Sing
of         of         ADP    8   case   O  _
surgery    surgery    NOUN   6   nmod   O  Number=Sing
and        and        CCONJ  11  cc     O  _
the        the        DET    11  det    O  Definite=Def|PronType=Art
editor     editor     NOUN   6   conj   O  Number=Sing
of         of         ADP    14  case   O  _
a          a          DET    14  det    O  Definite=Ind|PronType=Art
blog~      blog       NOUN   11  nmod   O  Number=Sing
,          ,          PUNCT  6   punct  O  _
said       say        VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the        DET    18  det    O  Definite=Def|PronType=Art
claims     claim      NOUN   20  nsubj  O  Number=Plur
were       be         AUX    20  cop    O  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
false~     false      ADJ    16  ccomp  O  Degree=Pos
.          .          PUNCT  16  punct  O  _
"""

TWO_ORGANIZATIONS = """
Karen   Karen  PROPN  11  nsubj  O  Number=Sing
Holt~   Holt   PROPN  11  nsubj  O  Number=Sing
,       ,      PUNCT  4   punct  O  _
chief   chief  NOUN   2   conj   O  Number=Sing
of      of     ADP    6   case   O  _
Lumen   Lumen  PROPN  4   nmod   O  Number=Sing
and     and    CCONJ  8   cc     O  _
Acme    Acme   PROPN  6   conj   O  Number=Sing
Corp~   Corp   PROPN  6   conj   O  Number=Sing
,       ,      PUNCT  2   punct  O  _
said    say    VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the     the    DET    13  det    O  Definite=Def|PronType=Art
deal    deal   NOUN   15  nsubj  O  Number=Sing
would   would  AUX    15  aux    O  VerbForm=Fin
close~  close  VERB   11  ccomp  O  VerbForm=Inf
.       .      PUNCT  11  punct  O  _
"""

# Susan Ortiz, a Republican, and Tom Ray, a Democrat, said the measure was reckless. (tester 9: the parse
# made 'a Democrat' a subject, read as Tom Ray alone at 0.97)
TWO_PARTY_APPOSITIONS = """
Susan        Susan       PROPN  14  nsubj  O  Number=Sing
Ortiz~       Ortiz       PROPN  1   flat   O  Number=Sing
,            ,           PUNCT  5   punct  O  _
a            a           DET    5   det    O  Definite=Ind|PronType=Art
Republican~  Republican  ADJ    1   conj   O  Degree=Pos
,            ,           PUNCT  8   punct  O  _
and          and         CCONJ  8   cc     O  _
Tom          Tom         PROPN  5   conj   O  Number=Sing
Ray~         Ray         PROPN  1   conj   O  Number=Sing
,            ,           PUNCT  12  punct  O  _
a            a           DET    12  det    O  Definite=Ind|PronType=Art
Democrat~    Democrat    PROPN  14  nsubj  O  Number=Sing
,            ,           PUNCT  1   punct  O  _
said         say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    16  det    O  Definite=Def|PronType=Art
measure      measure     NOUN   18  nsubj  O  Number=Sing
was          be          AUX    18  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reckless~    reckless    ADJ    14  ccomp  O  Degree=Pos
.            .           PUNCT  14  punct  O  _
"""

# the same with one apposition: Ann Lee alone
ONE_PARTY_APPOSITION = """
Ann          Ann         PROPN  7   nsubj  O  Number=Sing
Lee~         Lee         PROPN  1   flat   O  Number=Sing
,            ,           PUNCT  5   punct  O  _
a            a           DET    5   det    O  Definite=Ind|PronType=Art
Republican~  Republican  PROPN  7   nsubj  O  Number=Sing
,            ,           PUNCT  5   punct  O  _
said         say         VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the          the         DET    9   det    O  Definite=Def|PronType=Art
measure      measure     NOUN   11  nsubj  O  Number=Sing
was          be          AUX    11  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reckless~    reckless    ADJ    7   ccomp  O  Degree=Pos
.            .           PUNCT  7   punct  O  _
"""


# Sen. John Kerr, R-Ohio, and Sen. Ann Lee, D-Mich., said the measure was reckless. (the group was
# named 'John Kerr, R-Ohio and Ann Lee', the party label a member)
PARTY_LABELS = """
Sen~  Sen  PROPN  0  root   O  Number=Sing
.     .    PUNCT  1  punct  O  _

John       John      PROPN  15  nsubj  O  Number=Sing
Kerr~      Kerr      PROPN  1   flat   O  Number=Sing
,          ,         PUNCT  4   punct  O  _
R-~        R-        PROPN  1   conj   O  Number=Sing
Ohio~      Ohio      PROPN  1   list   O  Number=Sing
,          ,         PUNCT  8   punct  O  _
and        and       CCONJ  8   cc     O  _
Sen.       Sen.      PROPN  1   conj   O  Number=Sing
Ann        Ann       PROPN  8   flat   O  Number=Sing
Lee~       Lee       PROPN  1   list   O  Number=Sing
,          ,         PUNCT  12  punct  O  _
D-~        d-        PROPN  1   list   O  Number=Sing
Mich.~     Mich.     PROPN  12  flat   O  Number=Sing
,          ,         PUNCT  1   punct  O  _
said       say       VERB   0   root   O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
the        the       DET    17  det    O  Definite=Def|PronType=Art
measure    measure   NOUN   19  nsubj  O  Number=Sing
was        be        AUX    19  cop    O  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
reckless~  reckless  ADJ    15  ccomp  O  Degree=Pos
.          .         PUNCT  15  punct  O  _
"""


def _speakers(table: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker mention, entity name) of each quote."""
    result = analyze(build_document(table))
    out = []
    for quote in result.quotes:
        entity = result.entity(quote.entity_id)
        out.append((" ".join(p.text_of(result.text) for p in quote.parts),
                    quote.speaker.span.text_of(result.text) if quote.speaker is not None else None,
                    entity.name if entity is not None else None))
    return out


@pytest.mark.parametrize(("table", "expected"), [
    (SPLIT_AFTER_THE_FIRST_NAME, ("the deal would close in May",
                                  "Holt, chief operating officer of Lumen, and Rafael Diaz",
                                  "Karen Holt and Rafael Diaz")),
    (ALONG_WITH, ("the deal would close in May", "Karen Holt, along with Rafael Diaz", "Karen Holt and Rafael Diaz")),
    (THREE_LISTED, ("the deal would close in May", "Karen Holt, Rafael Diaz and Mei Chen",
                    "Karen Holt, Rafael Diaz and Mei Chen")),
    (AFTER_THE_CUE, ("We are ready,", "Karen Holt and Rafael Diaz", "Karen Holt and Rafael Diaz")),
    # a group the parse found, whose mention stopped at its first member, read with titles and roles
    (TITLED_LIST, ("the vote was unlawful", "Councillor Jo Adair, Mayor Pete Linn and lawyer Ruth Ames",
                   "Jo Adair, Pete Linn and Ruth Ames")),
    # the parse made the second member alone the subject: 'her deputy' at 0.54, an unresolved description
    # after the cue, the parse's speaker the last member: Rafael Diaz alone at 0.81
    (ACCORDING_TO_TWO, ("The deal will close in May", "Karen Holt and Rafael Diaz", "Karen Holt and Rafael Diaz")),
    (JOINED_FROM_BEFORE, ("profits would rise", "Ann Cole, the chief executive, and her deputy",
                          "Ann Cole, the chief executive, and her deputy")),
])
def test_people_coordinated_around_the_speaker_speak_together(table: str, expected: tuple[str, str, str]) -> None:
    assert _speakers(table) == [expected]


def test_the_group_is_one_entity_of_type_group() -> None:
    result = analyze(build_document(SPLIT_AFTER_THE_FIRST_NAME))
    assert [(e.name, e.type) for e in result.entities] == [("Karen Holt and Rafael Diaz", "group")]
    assert result.quotes[0].trace[-1] == "speaker:group"


@pytest.mark.parametrize(("table", "expected"), [
    # 'and the editor of a blog' is Gorski's second role, inside his apposition
    (TWO_ROLES_OF_ONE, ("the claims were false", "David Gorski", "David Gorski")),
    # 'Lumen and Acme Corp': organizations, no second speaker
    (TWO_ORGANIZATIONS, ("the deal would close", "Karen Holt", "Karen Holt")),
])
def test_a_coordination_inside_one_speakers_apposition_joins_nobody(table: str, expected: tuple[str, str, str]) -> None:
    assert _speakers(table) == [expected]


def test_a_member_read_through_its_apposition_is_joined_by_the_name_before_it() -> None:
    assert _speakers(TWO_PARTY_APPOSITIONS) == [("the measure was reckless",
                                                 "Susan Ortiz, a Republican, and Tom Ray, a Democrat",
                                                 "Susan Ortiz and Tom Ray")]


def test_one_name_read_through_its_apposition_is_no_group() -> None:
    assert [entity for _, _, entity in _speakers(ONE_PARTY_APPOSITION)] == ["Ann Lee"]


def test_a_party_and_state_label_is_no_member() -> None:
    assert [entity for _, _, entity in _speakers(PARTY_LABELS)] == ["John Kerr and Ann Lee"]
