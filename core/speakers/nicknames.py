"""A nickname in quotation marks inside a name belongs to the name: `Dwayne "The Rock" Johnson` is
one person, Dwayne Johnson, not "Dwayne" and "Johnson" apart (issue 14, tester 3)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Span, Token
from ..openings import dash_between
from ..quotes.marks.sets import MARK_CHARS
from .context import View, first_word, lemma_lower
from .entity_types import name_type
from .lexicon import Lexicon
from .records import NameNP

# The longest nickname read as part of a name, in words: "The Rock", "Magic", "The Fridge"; a
# longer quoted run between two names is speech or a title.
MAX_NICKNAME_WORDS = 4


def with_nicknames(view: View, lex: Lexicon, names: list[NameNP]) -> list[NameNP]:
    """`names` (in text order) with each name that a quoted nickname separates from the name right
    after it (`Dwayne "The Rock" Johnson`, `Earvin “Magic” Johnson`) joined to it: key and run both
    parts (dwayne, johnson), display and mention over the whole, nickname included; a name inside
    the nickname ("Rock") is dropped. Only within one sentence, and only a nickname of at most
    `MAX_NICKNAME_WORDS` words that starts with a capital letter."""
    out: list[NameNP] = []
    for name in names:
        start = out[-1] if out else None
        if start is not None and len(out) >= 2 and _nickname_between(view, out[-2], name):
            out.pop()  # the name inside the nickname
            start = out[-1]
        if start is not None and _nickname_between(view, start, name):
            out[-1] = _joined(view, lex, start, name)
            continue
        out.append(name)
    return out


def name_link_cut(view: View, a: int, b: int) -> bool:
    """Whether a quotation mark or a dash that sets words off stands between the tokens at indices
    `a` and `b`, cutting the name link a parser made across it. A nickname's marks (`"The Hammer"
    Doyle`: Doyle flat under Hammer): the name on each side is found and `with_nicknames` joins
    them. A dash (`openings.dash_between`): no name spans one ('CALGARY, Alberta — Northwind Energy
    Inc.', 'Inc.' flat under 'Alberta')."""
    low, high = min(a, b), max(a, b)
    marks = any(t.upos == "PUNCT" and t.text and t.text[0] in MARK_CHARS for t in view.tokens[low + 1 : high])
    return marks or dash_between(view.doc, a, b)


def _nickname_between(view: View, first: NameNP, last: NameNP) -> bool:
    if first.run[-1].sentence != last.run[0].sentence:
        return False
    between = view.doc.text[first.run[-1].span.end : last.run[0].span.start].strip()
    if len(between) < 3 or between[0] not in MARK_CHARS or between[-1] not in MARK_CHARS:
        return False
    inner = between[1:-1].strip()
    words = inner.split()
    return (0 < len(words) <= MAX_NICKNAME_WORDS and inner[:1].isupper()
            and not any(ch in MARK_CHARS for ch in inner))


def _joined(view: View, lex: Lexicon, first: NameNP, last: NameNP) -> NameNP:
    opener = _role_opener(view, lex, first)
    key = (*first.key[len(opener):], *last.key)
    run = (*first.run[len(opener):], *last.run)
    features = first.features if first.features.roles else last.features
    etype, strength = name_type(key, run, features, False, False, lex)
    if strength < max(first.strength, last.strength):
        best = first if first.strength >= last.strength else last
        etype, strength = best.type, best.strength
    return replace(last, run=run, key=key, type=etype, strength=strength, features=features,
                   description=first.description or last.description,
                   mention=Span(first.mention.start, last.mention.end),
                   display=view.doc.text[run[0].span.start : run[-1].span.end])


def _role_opener(view: View, lex: Lexicon, first: NameNP) -> tuple[Token, ...]:
    """The person noun that opens the sentence and was taken into the first part's run because one
    word alone was left after it ("Boxer Carlos" of `Boxer Carlos "The Bull" Mendez`): with the
    surname joined, it is the role it is."""
    head = first.run[0]
    if len(first.run) > 1 and len(first.key) == len(first.run) and first_word(view, head) == head.index and (
            lex.is_person_noun(lemma_lower(head)) or lemma_lower(head) in lex.wordnet_persons):
        return (head,)
    return ()
