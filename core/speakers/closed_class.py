"""A closed-class word is never a speaker: 'a', 'the', 'to', 'has' as a quote's whole speaker
mention are a misparse (the parser made a determiner or a preposition the subject) or text that is
not English ('« Nous refusons », a déclaré Marie Dubois': French 'a' is 'has'). A wrong speaker is
the worst output a newsroom can get, so such a mention is replaced by the proper name right after
the quote's cue when there is one ('déclaré Marie Dubois'), else dropped: the quote stays, with no
speaker.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Mention, Quote, Span, Token
from ..wordlists import words

# Universal Dependencies' closed classes that never head a noun phrase; pronouns (PRON) do, and
# numerals can ('two of them said').
_CLOSED_UPOS = frozenset({"DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART"})
_CLOSED_WORDS = words("closed-class")
_MAX_NAME_WORDS = 4  # 'Ursula von der Leyen'


def closed_class(token: Token) -> bool:
    """A function word: in the `closed-class` word list whatever its tag (the tagger errs on
    such words in text that is not English), or tagged with a closed UPOS and written in lower case
    (a capitalised 'May' or 'Will' tagged AUX is more likely a name); of determiners only articles."""
    if token.lower in _CLOSED_WORDS:
        return True
    if token.upos == "DET" and "PronType=Art" not in token.feats:
        return False  # a quantifier heads its phrase: 'all agreed', 'each touting', 'some believe'
    return token.upos in _CLOSED_UPOS and not token.text[:1].isupper()


def without_closed_class_speaker(doc: Document, quote: Quote) -> Quote:
    """`quote` unchanged, or, when every word of its speaker mention is a closed-class word, with the
    proper name right after its cue as the speaker (kind `name`) or with no speaker; the step
    `speaker:closed-class` is added to its trace either way."""
    mention = quote.speaker
    if mention is None:
        return quote
    words_in = [t for t in doc.tokens_in(mention.span) if t.upos != "PUNCT" and any(c.isalnum() for c in t.text)]
    if not words_in or not all(closed_class(t) for t in words_in):
        return quote
    return replace(quote, speaker=_name_after_cue(doc, quote), trace=(*quote.trace, "speaker:closed-class"))


def _name_after_cue(doc: Document, quote: Quote) -> Mention | None:
    """The proper name right after a reporting clause that follows its quote ('"…," a déclaré Marie
    Dubois'); after a cue that introduces its content ('all agreed Pence won') a name is the content's."""
    cue = quote.cue
    if cue is None or cue.start < quote.parts[-1].end:
        return None
    following = doc.tokens_in(Span(cue.end, len(doc.text)), _MAX_NAME_WORDS + 1)
    run: list[Token] = []
    for token in following:
        if token.upos != "PROPN" or (run and token.sentence != run[0].sentence):
            break
        run.append(token)
    if not run or len(run) > _MAX_NAME_WORDS:
        return None
    span = Span(run[0].span.start, run[-1].span.end)
    return Mention(span=span, text=span.text_of(doc.text), kind="name", head=run[0].index)
