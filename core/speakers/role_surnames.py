"""Surnames that are role nouns ("Chris Bishop", "Sarah King", "Thomas Judge"): a capitalised role noun
right after a first name ends that person's name, and the same word standing alone later ("Bishop
said", "Mr Bishop") is that person's surname, not an anonymous bishop. Without this the later mention
became an entity of its own and lost the first name's gender (tester 10: "she" went to "Judge" at
0.74, and "Bishop" after "Mr Chris Bishop" was a second, anonymous speaker at 0.9)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from .context import View, lemma_lower, text_lower
from .first_names import available, known_first_name
from .lexicon import Lexicon

# words before a capitalised role noun that make it a role again ("the King said", "a Judge ruled")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its"})


def role_surnames(view: View, lex: Lexicon) -> frozenset[str]:
    """The role nouns (lower case) that the document writes as the last word of a person's name: a
    capitalised singular role noun right after a word the first-name dictionary of the `names` extra
    knows as a first name, with no capitalised name word after it and no determiner before it ("The
    Charlotte Observer"). Empty without the dictionary: a capitalised word before a role is as often a
    body or a portfolio ("Labour Leader", "Health Minister"), and only the dictionary tells a first name."""
    if not available():
        return frozenset()
    found: set[str] = set()
    for sentence in view.doc.sentences:
        tokens = sentence.tokens
        for i, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            # 'The Charlotte Observer': a determiner before the first name makes the phrase a title
            opened = i > 0 and text_lower(tokens[i - 1]) in DETERMINERS
            if _role_word(lex, word) and first_name(lex, before) and not _name_word(after) and not opened:
                found.add(text_lower(word))
    return frozenset(found)


def role_word_kinds(
    lex: Lexicon, tokens: Sequence[Token], kinds: dict[int, str], surnames: frozenset[str]
) -> dict[int, str]:
    """The `kinds` of `tokens` (find_names' token classes) with each capitalised role noun of
    `surnames` that no determiner precedes and no name word follows made a proper name ("strong"),
    and a capitalised plural role noun right before a name made a title ("Councillors Sarah King and
    Thomas Judge": the councillors were the first word of her name, which hid her first name's
    gender)."""
    out = dict(kinds)
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if kinds.get(token.index) in ("strong", "weak") and _plural_role(lex, token) and _name_word(after):
            out[token.index] = "title"
    for i, token in enumerate(tokens):
        if kinds.get(token.index) != "title" or text_lower(token) not in surnames or not token.text[:1].isupper():
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (before is None or text_lower(before) not in DETERMINERS) and not _name_word(after):
            out[token.index] = "strong"
    return out


def _plural_role(lex: Lexicon, token: Token) -> bool:
    low, lemma = text_lower(token), lemma_lower(token)
    if lemma == low and "Number=Plur" in token.feats:
        lemma = low.removesuffix("s")  # a tagger leaves a proper noun's lemma as written ("Councillors")
    return token.text[:1].isupper() and low != lemma and (lemma in lex.titles or lemma in lex.role_classes)


def _role_word(lex: Lexicon, token: Token) -> bool:
    low = text_lower(token)
    return (token.text[:1].isupper() and token.upos in ("PROPN", "NOUN") and low == lemma_lower(token)
            and (low in lex.titles or low in lex.role_classes))


def first_name(lex: Lexicon, token: Token) -> bool:
    """A capitalised proper noun the first-name dictionary knows that is no title, role or body word."""
    low = text_lower(token)
    return (token.upos == "PROPN" and token.text[:1].isupper() and low not in lex.titles and
            low not in lex.role_classes and not lex.is_org_noun(low) and known_first_name(token.text))


def _name_word(token: Token | None) -> bool:
    return token is not None and token.upos == "PROPN" and token.text[:1].isupper()
