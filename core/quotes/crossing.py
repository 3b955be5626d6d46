"""The last merge step, over every quote whatever found it (a rule, the trained model, the hybrid's
choice between them): a quote's content never holds another attribution's reporting clause.

'The minister said "we will win" and René Dupont said: "We will fight every seat."': a parser that
hangs 'René Dupont' on the quoted clause as a conjunct (and the second 'said' on the first) gives the
minister the content '"we will win" and René Dupont', while the direct-quote rule reads Dupont as the
speaker of the quotation after the colon. The two readings cannot both be right: one word plays one
role. The content ends before the other attribution's source phrase or cue, whichever comes first
(with the coordinator or comma left dangling before it: 'and', 'but', ',', ';', ', while'), step
`merge:other-attribution`.

Only this step sees every attribution at once — direct quotes and reports are found by separate
finders, the model's quotes later still — and it does not depend on how the parse hung the second
clause (in the example above the second cue has no subject at all). A report nested inside the
content ('The governor said that lawmakers said it would go') is the outer speaker's words, not a
rival reading, and PolNeAR marks it inside the outer content: an attribution whose content lies
inside the quote's, whose clause a relative or complement word opens ('… when he supported a ban'),
or that opens the content itself is left as it is. A direct quote's content is bounded by its
quotation marks and is never cut.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..model import Document, Quote, Span, Token
from ..noun_phrases import trim_tokens
from .indirect.boundaries import EMBEDDING_WORDS
from .indirect.rivals import holds_a_report
from .marks import DOUBLE_QUOTE_MARKS

# What a source phrase may hold before its head ('her aide, Joan Pike', 'the union's leader'):
# noun-phrase words, a possessive 's, and the comma of an apposition (`_source_phrase_start`).
_SOURCE_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})

# Relations that tie a mention to the noun phrase it is part of ('Joan Pike' apposed to 'her aide',
# 'Worcester' in 'a woman in Worcester').
_INSIDE_PHRASE = frozenset({"appos", "flat", "flat:name", "compound"})


def stop_before_other_attributions(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """`quotes` (any order; offsets are code points, end exclusive) with each reported or mixed quote's
    content ended before the first reporting clause of another quote that lies inside it (see the
    module docstring). A cut quote gets `merge:other-attribution` in its trace; a mixed one becomes
    `direct` when all that is left is one quoted clause with its own subject (its part then the words
    inside the marks) and `indirect` when no quotation mark is left. A cut that would leave no report
    (`rivals.holds_a_report`) leaves the quote as it was: the other clause opens its content, a report
    nested in it. O(n log n) in the number of quotes: each content looks up the reporting clauses
    inside it by bisection."""
    stops = sorted((offset, i, doubtful) for i, quote in enumerate(quotes)
                   for offset, doubtful in _clause_starts(doc, quote))
    offsets = [offset for offset, _, _ in stops]
    out: list[Quote] = []
    for i, quote in enumerate(quotes):
        cut = None if quote.kind == "direct" else _first_stop(doc, quotes, i, stops, offsets)
        # (too little before the other clause: the content opens with it, a report nested in it)
        out.append(quote if cut is None else (_cut(doc, quote, cut) or quote))
    return out


def _first_stop(doc: Document, quotes: list[Quote], i: int, stops: list[tuple[int, int, bool]],
                offsets: list[int]) -> int | None:
    """The first offset inside quote `i`'s content (after its first character) where another quote's
    reporting clause starts, from `stops` ((offset, quote index, doubtful) in offset order); None if
    there is none. A quote whose content lies inside this one's is no rival, nor one whose clause a
    relative or complement word opens inside it ('…in the House when he repeatedly supported a ban',
    'that the advertisement suggests that…': nested in this content, however far it runs)."""
    quote = quotes[i]
    extent = quote.span
    nested: set[int] = set()
    for position in range(bisect_left(offsets, extent.start + 1), bisect_left(offsets, extent.end)):
        offset, j, doubtful = stops[position]
        other = quotes[j]
        if j == i or j in nested or extent.contains(other.span):
            continue
        if doubtful and other.speaker is not None and extent.start <= other.speaker.span.start:
            # its speaker stands inside this content, but not right before its cue: a doubtful
            # reading ('it could help a black visitor see the efforts…' as a report of 'it')
            continue
        part = next((p for p in quote.parts if p.start < offset < p.end), None)
        if part is None:
            continue
        before = doc.tokens_in(Span(part.start, offset))
        if before and before[-1].lower in EMBEDDING_WORDS:
            nested.add(j)  # (its cue, further on, is no stop either)
            continue
        return offset
    return None


def _clause_starts(doc: Document, quote: Quote) -> list[tuple[int, bool]]:
    """Where `quote`'s reporting clause may start, as (code-point offset, doubtful): its cue, and the
    start of its source phrase when the speaker mention stands before the cue in its clause; none
    without a cue. A speaker taken from elsewhere (another sentence, a shared subject) starts no
    clause; one in the cue's sentence before it but with a clause of its own between them ('an
    architect who said he was stiffed after he designed a clubhouse…, saying…') makes the reading
    doubtful: its cue cuts no content that holds that speaker."""
    if quote.cue is None:
        return []
    mention = quote.speaker
    cue_tokens = doc.tokens_in(quote.cue, limit=1)
    if mention is None or not cue_tokens or mention.span.end > quote.cue.start:
        return [(quote.cue.start, False)]
    mention_tokens = doc.tokens_in(mention.span)
    if not mention_tokens or mention_tokens[0].sentence != cue_tokens[0].sentence:
        return [(quote.cue.start, False)]
    between = doc.tokens[mention_tokens[-1].index + 1 : cue_tokens[0].index]
    if any(t.upos in ("VERB", "AUX") for t in between) and not (between[0].text == "," and between[-1].text == ","):
        # only a clause set off by commas may stand between ('Dupont, who lost in 2019, said')
        return [(quote.cue.start, True)]
    head = doc.tokens[mention.head] if mention.head is not None else mention_tokens[-1]
    return [(_source_phrase_start(doc, head, mention_tokens), False), (quote.cue.start, False)]


def _source_phrase_start(doc: Document, head: Token, mention: list[Token]) -> int:
    """The start of the noun phrase whose head is `head` or that `head` is apposed or attached to
    ('her aide, Joan Pike' for 'Joan Pike', 'a woman in Worcester' for 'Worcester'): the words right
    before it that the parse puts in that phrase's subtree or the mention holds, as long as they are
    noun-phrase words or commas (a mention that runs over a coordinator, 'the investigation and
    Democrats', starts after it)."""
    top = head
    if top.deprel == "nmod" and 0 <= top.head < top.index:
        top = doc.tokens[top.head]  # one step only: 'president after a woman in Worcester' is two
    while top.deprel in _INSIDE_PHRASE and 0 <= top.head < top.index:
        top = doc.tokens[top.head]
    phrase = {t.index for t in doc.subtree(top)} | {t.index for t in mention}
    start = top
    for token in reversed(doc.tokens[doc.sentences[top.sentence].tokens[0].index : top.index]):
        if token.index not in phrase or (token.upos not in _SOURCE_PHRASE_UPOS and token.text != ","):
            break
        start = token
    return start.span.start


def _cut(doc: Document, quote: Quote, offset: int) -> Quote | None:
    """`quote` with its content ended before `offset` (which lies inside one of its parts), the
    dangling words before it dropped; None when too few words remain."""
    parts: list[Span] = []
    for part in quote.parts:
        if part.end <= offset:
            parts.append(part)
            continue
        if part.start < offset:
            kept = _without_dangling([t for t in doc.tokens_in(Span(part.start, offset))])
            if kept:
                parts.append(Span(kept[0].span.start, kept[-1].span.end))
        break
    words = [t for part in parts for t in doc.tokens_in(part)]
    if not parts or not holds_a_report(words):
        return None
    kind = quote.kind
    if kind == "mixed" and (quotation := _whole_quoted_clause(words)) is not None:
        # what is left is one quoted clause with its own subject, the cue's whole object: direct
        # speech even in lower case, marks outside, as the direct-quote rules read it when the parse
        # is right ('said "the bill is dead" and left', shapes.whole_object)
        kind, parts = "direct", [quotation]
    elif kind == "mixed" and not any(t.text in DOUBLE_QUOTE_MARKS for t in words):
        kind = "indirect"  # the quoted fragment belonged to the other attribution
    return replace(quote, parts=tuple(parts), kind=kind, trace=(*quote.trace, "merge:other-attribution"))


def _whole_quoted_clause(tokens: list[Token]) -> Span | None:
    """The words between the marks when `tokens` are one quotation and nothing else, and those words
    are a clause with a subject of its own ('"we will win"'; not a phrase, '"a total disaster"')."""
    if len(tokens) < 3 or sum(t.text in DOUBLE_QUOTE_MARKS for t in tokens) != 2:
        return None
    if tokens[0].text not in DOUBLE_QUOTE_MARKS or tokens[-1].text not in DOUBLE_QUOTE_MARKS:
        return None
    inner = tokens[1:-1]
    inside = {t.index for t in inner}
    if not any(t.deprel in ("nsubj", "nsubj:pass", "expl") and t.head in inside for t in inner):
        return None
    return Span(inner[0].span.start, inner[-1].span.end)


def _without_dangling(tokens: list[Token]) -> list[Token]:
    """`tokens` without the preposition, coordinator, subordinator, comma or semicolon that joined them
    to the clause cut off after them, nor an adverb right after such a word ('…, and then', '…, while')."""
    end = len(tokens)
    if end and tokens[-1].upos == "ADP":
        end -= 1  # 'began by saying…': the preposition goes with the cut clause
    adverbs = end
    while adverbs > 0 and tokens[adverbs - 1].upos == "ADV":
        adverbs -= 1
    if adverbs < end and adverbs > 0 and _joins(tokens[adverbs - 1]):
        end = adverbs
    while end > 0 and _joins(tokens[end - 1]):
        end -= 1
    return trim_tokens(tokens[:end])


def _joins(token: Token) -> bool:
    return token.upos in ("CCONJ", "SCONJ") or (
        token.upos == "PUNCT" and token.text in (",", ";", ":", "—", "–", "--"))


__all__ = ["stop_before_other_attributions"]


def without_own_speaker(quotes: list[Quote]) -> list[Quote]:
    """`quotes` less each reported or mixed quote whose content overlaps its own speaker mention
    (offsets in code points, end exclusive): one word plays one role, and a content holding the name
    of the one who says it is a misreading ('21:05 — Azimio candidate Esther Passaris-Wambui concedes in
    Westlands.' read as 'CLAUSE, X said' with the clause '21:05 — Azimio candidate Esther Passaris',
    0.70 in both modes, tester 10). Direct quotes are left as they are: their marks bound the content,
    and a pronoun read inside them as the speaker ('"Did you see me pull that off?"') is a speaker
    step's error, not a content's."""
    return [q for q in quotes if q.kind == "direct" or q.speaker is None
            or not any(part.overlaps(q.speaker.span) for part in q.parts)]
