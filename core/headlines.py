"""Title Case headlines: a paragraph of its own whose words are mostly capitalised, where a verb reports
nothing and capitals mark no names. Asked by the reported-speech rules and by the speakers."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Sentence, Span, Token

__all__ = ["is_headline", "is_lead_heading", "title_cased"]

# A headline in Title Case: at least this many words, and this share of them capitalised.
_HEADLINE_MIN_WORDS = 4
_HEADLINE_CAPITALISED = 0.7


def title_cased(tokens: Sequence[Token]) -> bool:
    """Most words capitalised (`_HEADLINE_CAPITALISED` of at least `_HEADLINE_MIN_WORDS`), as in a
    Title Case headline, where capitals say nothing about names."""
    words_ = [t for t in tokens if t.text[:1].isalpha()]
    capitalised = [t for t in words_ if t.text[:1].isupper()]
    return len(words_) >= _HEADLINE_MIN_WORDS and len(capitalised) >= _HEADLINE_CAPITALISED * len(words_)


def is_headline(doc: Document, sentence: Sentence, title_case: bool | None = None) -> bool:
    """Whether `sentence` is a Title Case headline: a paragraph of its own, ending without '.', '!' or
    '?', its words mostly capitalised ('Mayor Says City Will Cut Taxes Next Year'). Its verb reports
    nothing and its capitals mark no names. `title_case`, when the caller has it, is `title_cased`'s
    answer for the sentence's tokens."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].text in (".", "!", "?"):
        return False
    # the paragraph first: rules ask this of every word, and counting capitals reads the whole sentence
    if not _whole_paragraph(doc, sentence.span):
        return False
    return title_cased(tokens) if title_case is None else title_case


def is_lead_heading(doc: Document, sentence: Sentence) -> bool:
    """Whether `sentence` is one of the lines that open an article with more to it, each a paragraph
    of its own that ends with no sentence punctuation: a headline or deck in sentence case ('Council
    approves harbour wall plan'), which `is_headline` does not count, whose verb is the editor's
    summary, not a report. At most `_LEAD_HEADINGS` such lines are read."""
    tokens = sentence.tokens
    if len(doc.paragraphs) < 2 or not tokens or tokens[-1].text in _SENTENCE_ENDS:
        return False
    at = doc.paragraph_of(sentence.span.start)
    if at >= min(_LEAD_HEADINGS, len(doc.paragraphs) - 1) or not _whole_paragraph(doc, sentence.span):
        return False
    earlier = (doc.paragraphs[i].text_of(doc.text).rstrip() for i in range(at))
    return not any(line.endswith(tuple(_SENTENCE_ENDS)) for line in earlier)


_LEAD_HEADINGS = 3  # a headline, a deck and a kicker above the first paragraph of the body


# What a line of the body ends with (a quotation mark or bracket may close the sentence)
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")"})


def _whole_paragraph(doc: Document, span: Span) -> bool:
    """Whether `span` is its paragraph but for white space around it, in time bounded by that white
    space where the span lies inside its paragraph."""
    paragraph = doc.paragraphs[doc.paragraph_of(span.start)]
    text = doc.text
    if not (paragraph.start <= span.start and span.end <= paragraph.end):
        return text[paragraph.start : paragraph.end].strip() == text[span.start : span.end].strip()
    first, last = paragraph.start, paragraph.end
    while first < span.start and text[first].isspace():
        first += 1
    while last > span.end and text[last - 1].isspace():
        last -= 1
    return first == span.start and last == span.end
