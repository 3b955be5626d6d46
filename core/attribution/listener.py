"""A passive listener cue in the model's reading: 'Ms Green was told by Mr Black that…'.

The tagger learnt that the noun before a cue is its source, so a passive cue that takes a listener
(`listener-cues`: tell, inform, warn, assure, advise…) gives the quote to the listener, with the
by-phrase inside the content. In the passive the subject is the one told; the by-phrase's noun is the
speaker, and without one ('Travellers were told to expect delays') the speaker goes unnamed. Offsets
are code points into the document's text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Mention, Span, Token
from ..syntax import cue_lemma, mention_of, passive_agent
from ..wordlists import words as word_class
from .boundary import tokens_over

_LISTENER_CUES = word_class("listener-cues")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def passive_listener_cue(doc: Document, cue: Span) -> Token | None:
    """The cue's verb when it is a listener cue in the passive (a passive subject or auxiliary
    depends on it), else None."""
    verbs = [t for t in tokens_over(doc, cue) if t.upos == "VERB" and cue_lemma(t) in _LISTENER_CUES]
    for verb in verbs:
        if any(c.deprel in ("nsubj:pass", "aux:pass") for c in doc.children(verb)):
            return verb
    return None


def reattribute(doc: Document, verb: Token, speaker: Mention | None,
                parts: Sequence[Span]) -> tuple[Mention | None, list[Span]]:
    """The speaker and content parts of a passive listener cue `verb` (see the module docstring):
    the by-phrase's noun (`syntax.passive_agent`) as speaker, or None without one; a tagged speaker
    that is not the passive subject is kept. Each part that holds the by-phrase starts after it."""
    listener = next((c for c in doc.children(verb) if c.deprel == "nsubj:pass"), None)
    agent = passive_agent(doc, verb)
    if agent is not None and agent.upos not in _NOMINAL:
        agent = None
    if speaker is not None and (listener is None or not speaker.span.overlaps(_phrase(doc, listener))):
        return speaker, list(parts)
    if agent is None:
        return None, list(parts)
    mention = mention_of(doc, agent)
    # the by-phrase ends with the agent's noun phrase: a parser may hang the report on the agent as
    # its relative clause ('by officials that the plan had failed')
    by_phrase = Span(min(doc.subtree(agent)[0].span.start, mention.span.start), max(agent.span.end, mention.span.end))
    trimmed = [_after(doc, part, by_phrase) for part in parts]
    return mention, [part for part in trimmed if part is not None]


def _phrase(doc: Document, head: Token) -> Span:
    subtree = doc.subtree(head)
    return Span(subtree[0].span.start, subtree[-1].span.end)


def _after(doc: Document, part: Span, by_phrase: Span) -> Span | None:
    """`part` from its first word past the by-phrase when the by-phrase lies in it; None when nothing
    but punctuation is left."""
    if not part.overlaps(by_phrase):
        return part
    rest = [t for t in doc.tokens_in(Span(max(part.start, by_phrase.end), part.end)) if t.upos != "PUNCT"]
    if not rest:
        return None
    return Span(rest[0].span.start, part.end)
