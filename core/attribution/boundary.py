"""The edges of the tagger's content parts, cut as the rules cut theirs.

The tagger labels words, and its Content runs end where its argmax tags end: often one word short
of a closing quotation mark, or with a comma or a conjunction the rules leave out. Each part is
given the rules' edges (`syntax.trim_tokens`, `quotes/merge.py` for quotations):

- a part inside one quotation that holds at least half its words is that quotation's content,
  without the marks (`QuotedSpan.content`), the span a direct-quote rule reports;
- a part that opens a quotation runs to its closing mark ('called it "careful and convincing"'),
  as `merge:through-open-quote` does for the rules, unless the cue lies in between;
- otherwise the part is cut to its tokens, less punctuation and coordinators at its edges; a closing
  mark or bracket stays when its opener is inside (`syntax.trim_tokens`);
- a dateline that opens the paragraph ('LONDON:', 'MOSCOW —') is no part of a content;
- a second speaker's report with the cue left out ('the former said it was fair, the latter that it was
  rigged': gapping) is no part of the first one's content, which ends before it.

Offsets are code points into the document's text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Span, Token
from ..quotes.marks import QuotedSpan
from ..syntax import after_dateline, span_of, trim_tokens

TOKEN_REACH = 40  # characters a parser's token may stick out of a tagged word ('U.S.' over 'U', '.', 'S')
_WHOLE_QUOTATION = 0.5  # share of a quotation's words a part needs to stand for all of it


def tokens_over(doc: Document, span: Span) -> list[Token]:
    """The non-empty tokens that share a character with `span`, in text order (a tagged word may
    cut a parser's token)."""
    wider = Span(max(0, span.start - TOKEN_REACH), span.end + TOKEN_REACH)
    return [t for t in doc.tokens_in(wider) if t.span.overlaps(span)]


def content_part(doc: Document, part: Span, quoted: Sequence[QuotedSpan], cue: Span | None) -> Span | None:
    """`part` (a tagged Content run, word edges) with the rules' edges (module docstring); None when
    only punctuation or coordinators are left. `quoted` are the document's quotations, `cue` the
    attribution's cue, which a part never grows over."""
    tokens = _before_gapped_report(after_dateline(doc, tokens_over(doc, part)))
    if not tokens:
        return None
    trimmed = trim_tokens(tokens)
    if not trimmed:
        return None
    inner = span_of(trimmed)
    whole = _whole_quotation(doc, inner, quoted)
    if whole is not None:
        return whole
    return _through_open_quotation(inner, quoted, cue)


# What opens a second report whose verb is left out: a comma or semicolon, 'and', 'but', 'while', 'whereas'
_GAP_OPENERS = frozenset({",", ";", "and", "but", "while", "whereas"})
# Who can speak in such a report without a verb of their own and never heads a relative "that" clause:
# "the latter that…" is gapping where "the man that…" or "Trump and Cruz that…" is a relative clause, which a
# parser cannot tell apart
_GAP_SPEAKERS = frozenset({"former", "latter", "he", "she", "they", "we", "other", "others"})
_GAP_SUBJECT_WORDS = 4  # 'the latter', 'she', 'the other two'
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON"})


def _before_gapped_report(tokens: list[Token]) -> list[Token]:
    """`tokens` up to a report set after them whose verb is left out (gapping): an opener (`_GAP_OPENERS`),
    a speaker of at most `_GAP_SUBJECT_WORDS` words with no verb ending in a word of `_GAP_SPEAKERS`
    ('the latter', 'the other', 'she'), then
    'that' and a clause with a verb ('the former said it was fair, the latter that it was rigged'). The
    second report is not the first speaker's; the rules' readings end there too."""
    for i, opener in enumerate(tokens):
        if opener.lower not in _GAP_OPENERS or i == 0:
            continue
        for j in range(i + 2, min(i + 2 + _GAP_SUBJECT_WORDS, len(tokens))):
            if tokens[j].lower != "that":
                continue
            subject = tokens[i + 1 : j]
            if (all(t.upos in _NOMINAL for t in subject) and _gap_speaker(subject)
                    and any(t.upos in ("VERB", "AUX") for t in tokens[j + 1 :])):
                return tokens[:i]
            break
    return tokens


def _gap_speaker(subject: list[Token]) -> bool:
    # a name is no sure speaker here: 'differences between Trump and Cruz that explain…' is a relative clause
    return subject[-1].lower in _GAP_SPEAKERS


def _whole_quotation(doc: Document, inner: Span, quoted: Sequence[QuotedSpan]) -> Span | None:
    for quotation in quoted:
        if quotation.depth != 0:
            continue
        area = Span(quotation.open.start, quotation.close.end if quotation.close else quotation.content.end)
        if not area.contains(inner):
            continue
        words = [t for t in doc.tokens_in(quotation.content) if t.upos != "PUNCT"]
        held = [t for t in words if inner.contains(t.span)]
        if words and len(held) >= _WHOLE_QUOTATION * len(words):
            return quotation.content
    return None


def _through_open_quotation(inner: Span, quoted: Sequence[QuotedSpan], cue: Span | None) -> Span:
    end = inner.end
    for quotation in quoted:
        close = quotation.close
        if (quotation.depth == 0 and close is not None and inner.start <= quotation.open.start < inner.end < close.end
                and (cue is None or not (inner.end <= cue.start < close.end))):
            end = max(end, close.end)
    return Span(inner.start, end)


def balanced(text: str, span: Span, quoted: Sequence[QuotedSpan]) -> Span | None:
    """`span` with no quotation mark left open at its edges: a span that holds one mark of a quotation
    and not the other grows over the other when only white space and punctuation lie between ('The
    so-called "experts' -> 'The so-called "experts"'), else stops short of the mark it holds; None when
    nothing but white space is left. Offsets are code points into `text`, end exclusive."""
    start, end = span.start, span.end
    for quotation in quoted:
        close = quotation.close
        if close is None:
            continue
        if start <= quotation.open.start < end <= close.start:
            end = close.end if _only_marks(text[end : close.start]) else quotation.open.start
        elif quotation.open.end <= start < close.end <= end:
            start = quotation.open.start if _only_marks(text[quotation.open.end : start]) else close.end
    if (start, end) == (span.start, span.end):
        return span
    while start < end and (text[start].isspace() or text[start] in _SEPARATORS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SEPARATORS):
        end -= 1
    return Span(start, end) if end > start else None


_SEPARATORS = ",;:—–-"


def _only_marks(between: str) -> bool:
    return all(not c.isalnum() for c in between)
