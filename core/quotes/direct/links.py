"""Quotes that go on from the one before: the linking finders of the direct-quote rules, one per rule
(several for the neighbouring-sentence rules of nearby.py). `dispatch.py` offers each quote, in text
order, to the finders in the registry's priority order (core/rules.py) with the quote kept before it;
the first that answers wins: `JOIN` makes the quote a further part of the previous one, a `Claim`
gives it a speaker.

- `split`:            '"A," he said, "and B."' — both halves found the same cue;
- `split-second-cue`: '"A," Tester said, referring to the excuse, "B."' — a second cue inside the
                      reporting clause;
- `split-resumed`:    '"A," he said. "B…"' in one paragraph — a part with no cue of its own after the
                      reporting clause;
- `continuation`:     a paragraph that is only a quote, after an attributed one: the same speaker goes on;
- `after-report`, `after-subject`, `intro-colon`: a bare quote that takes its speaker from the
                      sentence before it (see nearby.py).
"""

from __future__ import annotations

from typing import Literal

from ...cues import CueLexicon
from ...model import Document, Token
from ...speakers.nicknames import MAX_NICKNAME_WORDS
from ..marks import QUOTE_MARKS, QuotedSpan
from ..nearby import speaker_nearby
from ..shapes import paragraph_end, paragraph_start, title_case, tokens_between, words_in
from .beside import REPORTING_WINDOW, reporting_verb
from .quote import JOIN, Claim, DirectQuote

__all__ = ["after_sentence", "continues_paragraph", "resumes_after_clause", "same_cue", "second_cue"]

Link = Claim | Literal["join"] | None

_MIN_UNATTRIBUTED_WORDS = 6  # a bare quote shorter than this that is no whole sentence takes no speaker


def same_cue(doc: Document, previous: DirectQuote | None, quote: DirectQuote, lexicon: CueLexicon) -> Link:
    """`split`: '"A," he said, "and B."' — both halves found the same cue: one split quote."""
    if previous is not None and quote.cue and previous.cue and quote.cue[0].index == previous.cue[0].index:
        return JOIN
    return None


def second_cue(doc: Document, previous: DirectQuote | None, quote: DirectQuote, lexicon: CueLexicon) -> Link:
    """`split-second-cue`: '"A," Tester said, referring to the excuse, "B."' — a quote whose reporting
    clause stands after it, then one whose reporting clause stands before it (`Rule.reporting_clause`),
    the second cue after the first in the same sentence, with only a reporting clause closed by a comma
    between the two parts."""
    if previous is None or previous.reporting_clause != "after" or quote.reporting_clause != "before":
        return None
    first_cue, second = previous.cue[0], quote.cue[0]
    if first_cue.sentence != second.sentence:
        return None
    if not previous.parts[-1].end <= first_cue.span.start < second.span.start < quote.parts[0].start:
        return None
    if _clause_of_its_own(doc, previous, quote):
        return None  # '"Resign," shouted Gee, and Mary Stone replied, "Never."': Stone's quote
    gap = doc.text[previous.parts[-1].end : quote.parts[0].start]
    return JOIN if _resumes_after_reporting_clause(doc, gap, quote) else None


def resumes_after_clause(doc: Document, previous: DirectQuote | None, quote: DirectQuote,
                         lexicon: CueLexicon) -> Link:
    """`split-resumed`: '"A," he said. "B…"' — a part with no cue of its own in the same paragraph,
    with only the reporting clause (and a conjunction) between the two parts, and nobody else named.
    A part whose own cue after it names the same speaker again goes on too ('"A," she said, but "B,"
    she added.': `_same_speaker_again`); one with another speaker's cue never does."""
    if previous is None or previous.speaker is None:
        return None
    if quote.rule is not None and not _same_speaker_again(doc, previous, quote):
        return None
    if _clause_of_its_own(doc, previous, quote) or _nickname_in_a_name(doc, quote):
        return None
    gap = doc.text[previous.parts[-1].end : quote.parts[0].start]
    same_paragraph = doc.paragraph_of(previous.parts[-1].end) == doc.paragraph_of(quote.parts[0].start)
    cue_in_gap = bool(previous.cue) and previous.parts[-1].end <= previous.cue[0].span.start
    cue_in_gap = cue_in_gap and previous.cue[-1].span.end <= quote.parts[0].start
    # '"A," he said, but "b…"': only the reporting clause and a conjunction lie between the parts
    if quote.stands_alone:
        short_gap = len(gap) < 250
    else:
        short_gap = len(gap.split()) <= 6 or _resumes_after_reporting_clause(doc, gap, quote)
    if same_paragraph and cue_in_gap and short_gap and not _someone_else_named(doc, previous, quote):
        return JOIN
    return None


def _nickname_in_a_name(doc: Document, quote: DirectQuote) -> bool:
    """'said Jack "The Jackal" Grealish': a short quoted run with a capitalised name word right before
    its opening mark and right after its closing one is a nickname inside the name
    (speakers/nicknames.py), not the rest of a quote."""
    marks = quote.marks
    if len(marks) != 1 or marks[0].close is None:
        return False
    if len(doc.text[marks[0].content.start : marks[0].content.end].split()) > MAX_NICKNAME_WORDS:
        return False
    before = doc.text[: marks[0].open.start].rstrip().split()
    after = doc.text[marks[0].close.end :].lstrip().split()
    # the word before carries no punctuation: after '"A," said Smith.' a quote opens a new sentence
    return bool(before and after) and _name_word(before[-1]) and _name_word(after[0].rstrip(".,;:!?"))


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def continues_paragraph(doc: Document, previous: DirectQuote | None, quote: DirectQuote,
                        lexicon: CueLexicon) -> Link:
    """`continuation`: a paragraph that is only a quote, right after an attributed one, and no heading:
    the same speaker goes on (no cue of its own; the previous quote's lemma)."""
    if quote.rule is not None or previous is None or previous.speaker is None:
        return None
    next_paragraph = doc.paragraph_of(quote.parts[0].start) == doc.paragraph_of(previous.parts[-1].end) + 1
    paragraph_is_quote = next_paragraph and paragraph_start(doc, quote.parts[0].start) >= quote.marks[0].open.start
    if (paragraph_is_quote and quote.stands_alone and not _heading(doc, quote)
            and not _someone_else_named(doc, previous, quote)):
        return Claim(None, previous.speaker, lemma=previous.lemma)
    return None


def after_sentence(doc: Document, previous: DirectQuote | None, quote: DirectQuote, lexicon: CueLexicon) -> Link:
    """`after-report`, `after-subject`, `intro-colon`: a bare quote that is speech (a whole sentence, or
    at least `_MIN_UNATTRIBUTED_WORDS` words standing alone) takes a speaker from the sentence before
    it (see nearby.py), unless a reporting verb right after it may report it in its own sentence."""
    if quote.rule is not None or not quote.stands_alone:
        return None
    if not quote.whole and sum(words_in(doc, p) for p in quote.parts) < _MIN_UNATTRIBUTED_WORDS:
        return None
    if _verb_after(doc, quote.marks[-1], lexicon):
        return None  # '"…’” Merkley said.': the quote's own sentence may report it; do not guess from before
    nearby = speaker_nearby(doc, quote.marks[0].open.start, lexicon)
    if nearby is None:
        return None
    return Claim(None, nearby.speaker, lemma=nearby.lemma, rule=nearby.rule)


def _heading(doc: Document, quote: DirectQuote) -> bool:
    """A short quotation in title case alone in its paragraph ("'Coal Isn't the Villain.'") is a
    section heading, not the previous speaker going on."""
    text = " ".join(p.text_of(doc.text) for p in quote.parts)
    paragraph = doc.text[paragraph_start(doc, quote.parts[0].start) : paragraph_end(doc, quote.parts[-1].end)]
    return title_case(text) and len(paragraph.strip()) <= len(text) + 4


def _verb_after(doc: Document, mark: QuotedSpan, lexicon: CueLexicon) -> bool:
    """A reporting verb in the few words after the closing mark, before a full stop or another mark."""
    if mark.close is None:
        return False
    for token in tokens_between(doc, mark.close.end, paragraph_end(doc, mark.close.end))[:REPORTING_WINDOW]:
        if token.text in (".", "!", "?") or token.text in QUOTE_MARKS:
            return False
        if reporting_verb(doc, token, lexicon):
            return True
    return False


def _resumes_after_reporting_clause(doc: Document, gap: str, quote: DirectQuote) -> bool:
    """'"A," Trump said during a rally in Kenansville, N.C., "but B."' — a longer reporting clause
    closed by a comma, and a second part that finishes the sentence."""
    last = quote.marks[-1]
    clause_closed = gap.rstrip(" \n" + "".join(QUOTE_MARKS)).endswith(",") and len(gap.split()) <= 20
    return clause_closed and last.content.text_of(doc.text).rstrip().endswith((".", "!", "?", "…"))


_NAME_GLUE = frozenset({"flat", "flat:name", "compound", "appos"})


def _someone_else_named(doc: Document, previous: DirectQuote, quote: DirectQuote) -> bool:
    """A person other than the previous speaker is the subject of a sentence between the two quotes
    ('"A," Ford said. Ng disagreed. "B."', '… said Watts. Council member Raj Patel voted against.') or
    of the new quote's own paragraph ('"B." Patel has represented …'), outside the reporting clause's
    sentence: the new quote may be theirs, so it neither continues nor resumes the previous one."""
    assert previous.speaker is not None
    known = {t.text for t in doc.subtree(previous.speaker) if t.upos == "PROPN"}
    paragraph = doc.paragraphs[doc.paragraph_of(quote.parts[0].start)] if doc.paragraphs else None
    # plain pairs: a previous quote may end after this one opens (a chain of paragraphs)
    regions = [(previous.parts[-1].end, quote.marks[0].open.start)]
    if paragraph is not None:
        regions.append((quote.parts[-1].end, paragraph.end))
    cue_sentence = previous.cue[0].sentence if previous.cue else -1
    for token in doc.tokens:
        # the reporting clause's own sentence names the speaker's employer, home town, …
        if token.upos != "PROPN" or token.text in known or token.sentence == cue_sentence:
            continue
        if not any(start <= token.span.start < end for start, end in regions):
            continue
        head = token
        while head.deprel in _NAME_GLUE and 0 <= head.head < len(doc.tokens):
            head = doc.tokens[head.head]
        if head.deprel.startswith(("nsubj", "csubj")):
            return True
    return False


def _same_speaker_again(doc: Document, previous: DirectQuote, quote: DirectQuote) -> bool:
    """'"We tried," she said, but "we failed," she added.': a quote claimed by the cue after it
    (`quote-then-cue`) in the sentence of the previous quote's cue, whose speaker is the same word as
    the previous speaker (the same pronoun, or a word of the same name): one split quote."""
    if quote.rule != "quote-then-cue" or quote.speaker is None or not quote.cue or not previous.cue:
        return False
    assert previous.speaker is not None
    if quote.cue[0].sentence != previous.cue[0].sentence:
        return False
    names = {t.text for t in doc.subtree(previous.speaker) if t.upos == "PROPN"}
    return quote.speaker.lower == previous.speaker.lower or (
        quote.speaker.upos == "PROPN" and quote.speaker.text in names)


def _clause_of_its_own(doc: Document, previous: DirectQuote, quote: DirectQuote) -> bool:
    """'"Resign," shouted Gee, and Mary Stone replied, "Never."', '"A," said Costa, but Lima
    disagreed, "B."': between the previous quote's cue and the new part, the subject of a verb
    coordinated with the cue (`_coordinated_clause`) who is not the previous speaker opens a clause of
    its own, whose speaker the new part is. A participle after the cue has no subject ('"A," Tester
    said, referring to the excuse, "B."'), and a relative clause ('said Berg, who runs an importer.
    "B."', 'outside the hotel where the talks were held') describes the speaker or the scene."""
    if not previous.cue:
        return False
    cue = previous.cue[0]
    speaker = previous.speaker
    names = {t.text for t in doc.subtree(speaker) if t.upos == "PROPN"} if speaker is not None else set()
    for token in tokens_between(doc, previous.cue[-1].span.end, quote.marks[0].open.start):
        if not token.deprel.startswith(("nsubj", "csubj")) or token.head in (cue.index, -1):
            continue
        if not _coordinated_clause(doc, doc.tokens[token.head], cue):
            continue
        same = speaker is not None and (token.index == speaker.index or token.lower == speaker.lower)
        if not same and token.text not in names:
            return True
    return False


def _coordinated_clause(doc: Document, verb: Token, cue: Token) -> bool:
    """A verb that heads a clause of its own beside the cue's: the cue's conjunct or parataxis ('and
    Mary Stone replied'), or a verb with its own coordinating conjunction. A subordinate clause ('said
    after Pagliano failed to show up', 'as she and other demonstrators moved') sets the scene instead,
    and so does a relative clause the parse took for a conjunct of another verb ('if he had met
    Trump, who leads in the polls')."""
    if verb.deprel in ("conj", "parataxis") and verb.head == cue.index:
        return True
    return any(c.deprel == "cc" and c.index < verb.index for c in doc.children(verb))
