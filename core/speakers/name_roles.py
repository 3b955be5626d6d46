"""Roles that stand beside a name which the parse hung elsewhere: a role noun right before it ("…
and prosecutor Bo Kim"), a role and a comma before it ("His deputy, Karen White, said") and a short
role phrase in commas after it ("Senator Joe Pike, a Republican, met"). The bundled parser often makes
such a role a subject of its own or a conjunct; the words around the name say what it is."""

from __future__ import annotations

from ..model import Token
from .context import View, lemma_lower, text_lower
from .lexicon import Lexicon


def role_right_before(view: View, lex: Lexicon, run: list[Token]) -> Token | None:
    """'… and prosecutor Bo Kim', 'Defence barrister Tom Hale said': a lower-case role noun right
    before the name (a person noun of the hand-made lists or of WordNet: "goalkeeper Ed Lamb") is its
    role, however the parse hung the two (side by side as subjects, the role a conjunct of the name
    before)."""
    if run[0].index == 0:
        return None
    role = view.tokens[run[0].index - 1]
    if role.sentence != run[0].sentence or role.upos != "NOUN" or not role.text[:1].islower():
        return None
    if "Number=Plur" in role.feats or text_lower(role) != lemma_lower(role):
        return None  # "told reporters Bo Kim had resigned": the listeners, not Kim's role
    return role if lex.is_person_noun(lemma_lower(role)) or lemma_lower(role) in lex.wordnet_persons else None


def role_before_commas(view: View, lex: Lexicon, top: Token, run: list[Token]) -> Token | None:
    """'His deputy, Karen White, said …': a role noun, a comma, the name (a title may open it), a comma; the name is in
    apposition to the role however the parse hung it (stanza's bundled model often makes both
    subjects of 'said'). Not a list ('his deputy, Karen White, and the mayor')."""
    low, high = run[0].index, run[-1].index
    while low > 0 and text_lower(view.tokens[low - 1]) in lex.titles:
        low -= 1  # "The prosecutor, Ms Amelia Grant, told": the title is the name's own
    if low < 2 or high + 2 >= len(view.tokens) or view.tokens[low - 1].text != ",":
        return None
    role, after = view.tokens[low - 2], view.tokens[high + 1]
    if after.text != "," or view.tokens[high + 2].upos == "CCONJ" or role.sentence != top.sentence:
        return None
    if role.upos != "NOUN" or not (lex.is_person_noun(lemma_lower(role)) or lemma_lower(role) in lex.titles):
        return None
    return role if role.head in (top.head, top.index) else None


# Words an apposition may hold before its role noun ("a Democrat", "a leading virologist").
_APPOSITION_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_APPOSITION_LENGTH = 4  # "the club's new goalkeeper" is as long as such a role gets without a clause
_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "—", "–"})


def role_after_comma(view: View, lex: Lexicon, run: list[Token]) -> list[Token]:
    """'Senator Joe Pike, a Republican, met …': a short role phrase set off by commas right after
    the name, which a small parser often hangs elsewhere (the role as a subject, an adjective); it
    describes the name. Only determiners, adjectives and nouns, ending in a person noun (the
    hand-made lists or WordNet's), closed by a comma or the sentence's end; [] when there is none."""
    after = run[-1].index + 1
    if after >= len(view.tokens) or view.tokens[after].text != ",":
        return []
    phrase: list[Token] = []
    for token in view.tokens[after + 1 : after + 2 + _APPOSITION_LENGTH]:
        if token.sentence != run[-1].sentence or token.text in _APPOSITION_ENDS:
            break
        if token.upos not in _APPOSITION_WORDS:
            return []
        phrase.append(token)
    end = phrase[-1].index + 1 if phrase else after
    closed = end >= len(view.tokens) or view.tokens[end].text in _APPOSITION_ENDS or (
        view.tokens[end].sentence != run[-1].sentence
    )
    if not phrase or not closed:
        return []
    role = phrase[-1]
    person = lex.is_person_noun(text_lower(role)) or lex.is_person_noun(lemma_lower(role)) or (
        lemma_lower(role) in lex.wordnet_persons or text_lower(role) in lex.nationalities  # "Ann Lee, a Canadian,"
    )
    return phrase if person else []
