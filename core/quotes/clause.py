"""The words of a reporting clause around a quotation that are not its cue or its speaker, and the
speaker behind them (used by direct.py's `cue-then-quote` and `quote-then-cue`):

- a listener between the cue and the quotation ('told them "…"');
- a first quotation and a conjunction before a second one ('said "…" and "…"');
- a name before its apposition that the parse made the subject ('"…," Ana Lutz, a former mayor, said');
- an abbreviated title cut off from its name by a sentence break ('"…," said Sen. Ana Lutz').
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document, Token
from ..syntax import cue_lemma
from ..wordlists import words
from .marks import QUOTE_MARKS

_LISTENER_CUES = words("listener-cues")
_LISTENER_TOKENS = 3  # 'told them', 'told the players', 'warned the city council'


def without_coordinated_quotation(before: list[Token]) -> list[Token]:
    """`before` less a quotation and the conjunction after it ('said "We will appeal" and "…"'), so
    that the second quotation stands against the cue of the first; unchanged otherwise."""
    if len(before) < 3 or before[-1].upos != "CCONJ" or before[-2].text not in QUOTE_MARKS:
        return before
    for i in range(len(before) - 3, -1, -1):
        if before[i].text in QUOTE_MARKS:
            return before[:i]
    return before


def without_listener(before: list[Token], reports: Callable[[Token], bool]) -> list[Token]:
    """`before` less the listener a cue that takes one names right before the quotation ('told them
    "…"', 'warned the crowd "…"'): the object of a listener cue (data/word_classes.tsv), at most
    `_LISTENER_TOKENS` words, so that the cue stands against the quotation it introduces; `reports`
    says whether a word is a reporting verb beside a quotation."""
    for size in range(1, min(_LISTENER_TOKENS, len(before) - 1) + 1):
        cue, listener = before[-size - 1], before[-size:]
        if cue_lemma(cue) not in _LISTENER_CUES or not reports(cue):
            continue
        inside = {t.index for t in listener}
        heads = [t for t in listener if t.head not in inside]
        if len(heads) == 1 and heads[0].head == cue.index and heads[0].deprel in ("obj", "iobj"):
            return before[:-size]
    return before


_TITLE_ABBREVIATION_CHARS = 5  # 'Sen.', 'Gov.', 'Prof.', 'Capt.'


def past_abbreviated_title(doc: Document, speaker: Token | None) -> Token | None:
    """'"…," said Sen. Ana Lutz (D-Ohio).': the tokenizer ended a sentence at the title's full stop,
    and the parse gave 'Sen.' alone as the subject; the name right after it is the speaker."""
    if (speaker is None or speaker.upos != "PROPN" or not speaker.text.endswith(".")
            or len(speaker.text) > _TITLE_ABBREVIATION_CHARS or speaker.index + 1 >= len(doc.tokens)):
        return speaker
    name = doc.tokens[speaker.index + 1]
    if name.upos != "PROPN" or not name.text[:1].isupper() or doc.text[speaker.span.end : name.span.start] != " ":
        return speaker
    return name


def name_before_apposition(doc: Document, clause: list[Token], role: Token) -> Token | None:
    """'"…," Ana Lutz, a former mayor, said': the name that opens the reporting clause when the
    role the parse made the subject is only its apposition, set off by commas (`clause` is the
    reporting clause up to the cue); the first word of the name, which heads it."""
    names = 0
    while names < len(clause) and clause[names].upos == "PROPN":
        names += 1
    if names == 0 or names + 1 >= len(clause) or clause[names].text != ",":
        return None
    phrase = [t for t in doc.subtree(role) if t.upos != "PUNCT"]
    if phrase[0].index != clause[names + 1].index or clause[-1].text != ",":
        return None
    return clause[0] if phrase[-1].index == clause[-2].index else None
