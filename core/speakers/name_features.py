"""What a name phrase says about its bearer: the name's key (lower case, a possessive dropped, a
country's other names made one), roles and gender from the description's words, and affiliations
(countries, parties, known organisations) from the names inside it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Token
from ..wordlists import words
from .context import View, lemma_lower, text_lower
from .lexicon import Lexicon
from .records import Features

_NAME_SUFFIXES = words("name-suffixes")


def full_stop_after(token: Token, lex: Lexicon) -> bool:
    """Whether the name word `token` ends in a full stop that ends the sentence, not the word
    ('said Ms Ng. - 100 pounds', where the tokenizer kept the stop on the name): a name never ends in
    sentence punctuation. An initial ('J.'), a suffix ('Jr.', 'Inc.') or a dotted abbreviation
    ('U.S.') keeps its stop."""
    stem = token.text[:-1]
    if not token.text.endswith(".") or len(stem) < 2 or "." in stem:
        return False
    return stem.lower() not in _NAME_SUFFIXES and stem.lower() not in lex.company_suffixes


def name_key(run: Sequence[Token], lex: Lexicon) -> tuple[str, ...]:
    words = [text_lower(t) for t in run]
    if words and full_stop_after(run[-1], lex):
        words[-1] = words[-1][:-1]
    if words:
        for suffix in ("'s", "’s"):
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1][: -len(suffix)]
    joined = " ".join(words)
    return tuple(lex.countries.get(joined, joined).split())


def features_of(view: View, role_tokens: Iterable[Token], context: Iterable[Token], lex: Lexicon) -> Features:
    """Roles from the role tokens (with the word before them: "defense secretary"), affiliations
    (countries) and gender from the whole context, i.e. the description phrase."""
    roles: set[str] = set()
    gender = ""
    for token in role_tokens:
        # A tagger lemmatises "President" (PROPN) to itself; lower case makes it the role word.
        word = lemma_lower(token) if token.upos != "PROPN" else text_lower(token)
        if lex.is_person_noun(word) or lex.is_org_noun(word) or word in lex.titles:
            roles.add(word)
        before = view.tokens[token.index - 1] if token.index > 0 else None
        if before is not None and before.sentence == token.sentence:
            pair = f"{text_lower(before)} {word}"
            if pair in lex.role_classes or pair in lex.org_classes:
                roles.add(pair)
        after = [t for t in view.tokens[token.index + 1 : token.index + 3] if t.sentence == token.sentence]
        if len(after) == 2:
            triple = f"{word} {text_lower(after[0])} {text_lower(after[1])}"
            if triple in lex.role_classes:
                roles.add(triple)
        gender = gender or lex.titles.get(text_lower(token), "") or lex.gendered.get(word, "")
    affiliations: set[str] = set()
    context_tokens = sorted(context, key=lambda t: t.index)
    for token in context_tokens:
        low = text_lower(token)
        if low in lex.nationalities:
            affiliations.add(lex.nationalities[low])
    # Proper names inside the description: "Kremlin", "UK's", "White House".
    runs: list[list[Token]] = []
    for token in context_tokens:
        if token.upos != "PROPN":
            continue
        if runs and runs[-1][-1].index + 1 == token.index:
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        affiliations |= affiliation_of(" ".join(name_key(run, lex)), lex)
    return Features(frozenset(roles), frozenset(affiliations), gender)


def affiliation_of(name: str, lex: Lexicon) -> set[str]:
    found: set[str] = set()
    if name in lex.countries.values():
        found.add(name)
    if name in lex.affiliations:
        found.update({name, lex.affiliations[name]})
    if name in lex.known_orgs:
        found.add(name)
    return found
