"""Which name-like tokens of a sentence make one name where the parse alone would say otherwise: an
institution named with "of" ("the Bureau of Labor Statistics") is one name, and people joined by
"and" ("Senator Ruth Gale and Governor Tom Fry") are two, however the parse links them."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from .context import View, find_root, text_lower
from .entity_types import orgish
from .lexicon import Lexicon

# Words that may stand inside an institution's name between its capitalised parts.
INSTITUTION_GAPS = frozenset({"of", "and", "&", "for"})


def join_institution_names(view: View, lex: Lexicon, tokens: Sequence[Token], root: dict[int, int]) -> None:
    """An institution named with "of" is one name ("the Bureau of Labor Statistics", "University of
    Chicago", "Department of Health and Human Services"): a capitalised name hung by "of" on an
    organization word joins it, and so do its conjuncts joined by "and"."""
    joined: set[int] = set()
    for token in tokens:
        parent = view.parent(token)
        if token.index not in root or parent is None or parent.index not in root or token.deprel != "nmod":
            continue
        case = [c for c in view.doc.children(token) if c.deprel == "case"]
        if [text_lower(c) for c in case] == ["of"] and text_lower(parent) in lex.org_words:
            root[find_root(root, token.index)] = find_root(root, parent.index)
            joined.add(token.index)
    for token in tokens:
        if token.index in root and token.deprel == "conj" and token.head in joined and token.text[:1].isupper():
            root[find_root(root, token.index)] = find_root(root, token.head)


def split_coordination(view: View, lex: Lexicon, members: list[Token], kinds: dict[int, str]) -> list[list[Token]]:
    """One group of name-like tokens cut at a coordinator between them when each side is a person's
    name of its own: a title before a name, or two names in a row ("Senator Ruth Gale and Governor
    Tom Fry", which a parse may link across the "and"). An organization or a country keeps its "and"
    ("Department of Health and Human Services", "Bosnia and Herzegovina")."""
    pieces: list[list[Token]] = [[members[0]]]
    for token in members[1:]:
        gap = view.tokens[pieces[-1][-1].index + 1 : token.index]
        if any(t.upos == "CCONJ" for t in gap):
            pieces.append([])
        pieces[-1].append(token)
    if len(pieces) == 1 or orgish(members, lex) or " ".join(text_lower(t) for t in members) in lex.countries:
        return [members]
    if all(_person_shaped(piece, kinds) for piece in pieces):
        return pieces
    return [members]


def _person_shaped(piece: list[Token], kinds: dict[int, str]) -> bool:
    strong = [t for t in piece if kinds[t.index] == "strong"]
    titled = any(kinds[t.index] == "title" for t in piece) and bool(strong)
    return titled or len(strong) >= 2
