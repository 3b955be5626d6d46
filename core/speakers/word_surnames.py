"""Surnames that are ordinary words ("Sheila Copps", "Anna Little"): written right after a known first name,
the word ends that person's name, and the same word standing alone later ("Copps disagreed", which the
tagger reads as a plural noun) is that person's surname. Without this the later sentence named nobody, and
the "she said" after it went to another person at 0.81 (tester 15). Where the parse makes the word a modal
or an adjective ("Strong disagreed"), the name is found but may still not be the salient subject, and a
surname that is also a first name ("Elizabeth May") is not collected: README, Limits. Role nouns have
their own rule (`role_surnames`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from .context import View, text_lower
from .first_names import available, known_first_name
from .lexicon import Lexicon
from .role_surnames import DETERMINERS, first_name


def word_surnames(view: View, lex: Lexicon) -> frozenset[str]:
    """The words (lower case) the document writes as the last word of a person's name and that a tagger
    may read as something else: a capitalised word right after a word the first-name dictionary of the
    `names` extra knows as a first name, with no capitalised word after it, that is not a title, a role
    noun or itself a first name. Empty without the dictionary, which alone tells a first name."""
    if not available():
        return frozenset()
    found: set[str] = set()
    for sentence in view.doc.sentences:
        tokens = sentence.tokens
        for i, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            # a name of exactly two words: 'South Carolina Republicans' is no Ms Carolina Republicans
            opening = tokens[i - 1] if i > 0 else None
            if (first_name(lex, before) and _surname_word(lex, word) and not _capitalised(after)
                    and not (opening is not None and opening.upos == "PROPN" and _capitalised(opening))):
                found.add(text_lower(word))
    return frozenset(found)


def word_surname_kinds(tokens: Sequence[Token], kinds: dict[int, str], surnames: frozenset[str]) -> dict[int, str]:
    """The `kinds` of `tokens` (find_names' token classes) with each capitalised word of `surnames` that
    stands alone made a proper name ("strong"): no determiner before it, no capitalised word after it."""
    out = dict(kinds)
    for i, token in enumerate(tokens):
        if kinds.get(token.index) not in ("", "weak") or text_lower(token) not in surnames:
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.text[:1].isupper() and not token.text.isupper() and not _capitalised(after) and (
                before is None or text_lower(before) not in DETERMINERS):
            out[token.index] = "strong"
    return out


def _surname_word(lex: Lexicon, token: Token) -> bool:
    """A capitalised singular word that is no title, role, first name, day or body word."""
    low = text_lower(token)
    if "Number=Plur" in token.feats or low in lex.time_nouns or low in lex.org_words or low in lex.place_words:
        return False
    return (token.text[:1].isupper() and token.text[1:].islower() and low.isalpha() and low not in lex.titles
            and low not in lex.role_classes and not known_first_name(token.text))


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.text[:1].isupper()
