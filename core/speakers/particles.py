"""A lower-case particle that starts a surname is part of the name: "ten Hag said" is Erik ten Hag,
not a speaker "ten" (issue 14, tester 3). The particles are the `name-particles` and
`english-particles` word classes (`core/data/word_classes.tsv`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from ..wordlists import words
from .context import View, text_lower

_PARTICLES = words("name-particles")
_ENGLISH = words("english-particles")


def particle_links(
    view: View, tokens: Sequence[Token], kinds: dict[int, str], named: frozenset[tuple[str, str]]
) -> list[tuple[int, int]]:
    """(particle, name) token indices in `tokens` (one sentence) where a lower-case surname particle
    stands one space before a proper-noun word of a name ("van Dijk", "de Gaulle"). A particle that is
    also an English word ("ten", "den") counts only when `named` (`named_particles`) holds the two
    words, so that "ten Democrats" stays a number."""
    links = []
    for a, b in zip(tokens, tokens[1:], strict=False):
        low = text_lower(a)
        if low not in _PARTICLES or a.text != low or kinds.get(b.index) != "strong":
            continue
        if view.doc.text[a.span.end : b.span.start] != " ":
            continue
        if low in _ENGLISH and (a.text, b.text) not in named:
            continue
        links.append((a.index, b.index))
    return links


def dutch_links(tokens: Sequence[Token], kinds: dict[int, str]) -> list[tuple[int, int]]:
    """(token, token) pairs to join for the Dutch particle "in 't" between a name word and a
    proper-noun surname ("Sophie in 't Veld"): the word before with "in", "in" with "'t". The parser
    hangs "'t" apart as a noun modifier; "in" alone is never a particle ("Smith in London")."""
    links = []
    for before, a, b, c in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False):
        dutch = a.text == "in" and b.text in {"'t", "\u2019t"}
        if dutch and kinds.get(before.index) and kinds.get(c.index) == "strong":
            links += [(before.index, a.index), (a.index, b.index)]
    return links


def named_particles(view: View) -> frozenset[tuple[str, str]]:
    """The (particle, next word) pairs of the English-word particles that the text writes right
    after a capitalised word of the same sentence ("Erik ten Hag": ("ten", "Hag")), in one pass."""
    pairs = set()
    for before, a, b in zip(view.tokens, view.tokens[1:], view.tokens[2:], strict=False):
        if a.text in _ENGLISH and before.text[:1].isupper() and before.sentence == a.sentence:
            pairs.add((a.text, b.text))
    return frozenset(pairs)
