"""The surface shape of a quotation, read off the text around its marks: where its content and its
paragraph lie, whether it closes a clause, ends a sentence, opens one, is a work's title or a
heading, is all a cue's object, or is a whole sentence or paragraph of its own.

Offsets are code-point offsets into `Document.text`, end exclusive. Everything here is pure and
linear in the text it looks at; `strip_blank` (marks/sets.py) treats a byte-order mark or a zero-width
space like white space, so a file that starts with one reads as if it did not.
"""

from __future__ import annotations

from ..model import Document, Span, Token
from .marks import QUOTE_MARKS, QuotedSpan, strip_blank

__all__ = [
    "content_parts",
    "content_span",
    "ends_like_clause",
    "ends_sentence",
    "is_standalone",
    "names_a_work",
    "opens_clause",
    "paragraph_end",
    "paragraph_start",
    "title_case",
    "tokens_between",
    "trim_span",
    "whole_object",
    "whole_sentence",
    "words_in",
]

_CLAUSE_END = (",", "!", "?", "—", "–", "-", "…", ".")
_SENTENCE_PUNCT = (".", "!", "?", "…")
_MARK_CHARS = "".join(QUOTE_MARKS)
_DASH_INTROS = ("--", "—", "–", "―")
# characters before an opening mark that hold ', whereas ' and the like: the last two tokens are all
# `opens_clause` reads, and a fixed window keeps a long paragraph of quotes linear
_CONJUNCTION_WINDOW = 24
_MIN_STANDALONE_WORDS = 4  # a shorter quote that is not a whole sentence is a fragment


_WORK_NOUNS = ("book", "books", "film", "movie", "memoir", "novel", "column", "show", "article", "essay", "song",
               "album", "documentary", "report", "titled", "entitled", "called", "headlined")


def content_span(doc: Document, mark: QuotedSpan) -> Span:
    """The text between the marks, trimmed of white space."""
    raw = mark.content.text_of(doc.text)
    left = len(raw) - len(raw.lstrip())
    right = len(raw) - len(raw.rstrip())
    return Span(mark.content.start + left, mark.content.end - right)


def content_parts(doc: Document, mark: QuotedSpan) -> list[Span]:
    """The content less white space, cut at each line break: a quote hard-wrapped over lines (wire
    copy, PDF extracts, e-mail) is one quote whose parts are its lines, so its text joins them with
    one space while every part stays an exact span."""
    span = content_span(doc, mark)
    text = doc.text
    parts: list[Span] = []
    start = span.start
    for i in range(span.start, span.end):
        if text[i] in "\r\n":
            parts.append(trim_span(doc, Span(start, i)))
            start = i + 1
    parts.append(trim_span(doc, Span(start, span.end)))
    return [p for p in parts if len(p) > 0]


def words_in(doc: Document, span: Span) -> int:
    return sum(1 for t in doc.tokens_in(span) if t.upos != "PUNCT")


def tokens_between(doc: Document, start: int, end: int, limit: int | None = None) -> list[Token]:
    """The non-empty tokens wholly inside [start, end) (the first `limit` when given), O(log n + k)."""
    return doc.tokens_in(Span(max(0, start), max(0, start, end)), limit)


def paragraph_end(doc: Document, offset: int) -> int:
    """End of the paragraph that the text just before `offset` belongs to (offset is an end)."""
    if not doc.paragraphs:
        return len(doc.text)
    return doc.paragraphs[doc.paragraph_of(max(offset - 1, 0))].end


def paragraph_start(doc: Document, offset: int) -> int:
    if not doc.paragraphs:
        return 0
    return doc.paragraphs[doc.paragraph_of(offset)].start


def ends_like_clause(doc: Document, mark: QuotedSpan) -> bool:
    """'"…," he said' — the quote closes a clause with a comma (or ! ?) inside or right after, also
    behind the closing mark of a quote nested at its end ('“You say you ‘accept responsibility,’”')."""
    inner = mark.content.text_of(doc.text).rstrip().rstrip(_MARK_CHARS).rstrip()
    if inner.endswith(_CLAUSE_END):
        return True
    if mark.close is None:
        return False
    after = doc.text[mark.close.end : mark.close.end + 3].lstrip(" ")
    return after[:1] in (",", "—", "–") or after.startswith("--")  # '"Never"--said Ada Brenn'


def opens_clause(doc: Document, mark: QuotedSpan) -> bool:
    """'"…," he said' needs the quote to start its sentence or clause; 'a book called "Salt and
    Stone", said X' is a title inside someone else's sentence. A comma and a conjunction open a new
    clause too: '"A," said Costa, but "B," said Lima' (`_after_comma_conjunction`)."""
    start = paragraph_start(doc, mark.open.start)
    before = strip_blank(doc.text[start : mark.open.start], left=False)
    if before.endswith(",") and names_a_work(before, mark.content.text_of(doc.text)):
        return False  # "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested…"
    if before == "" or before.endswith((".", "!", "?", ":", ";", ",", "—", "–", "-", "”", "\"", "(", "…")):
        return True
    window = max(start, mark.open.start - _CONJUNCTION_WINDOW)
    return _after_comma_conjunction(tokens_between(doc, window, mark.open.start))


def _after_comma_conjunction(before: list[Token]) -> bool:
    """', and "…"', ', but "…"', ', while "…"': a coordinating or subordinating conjunction (UPOS CCONJ,
    SCONJ) right after a comma, so the quotation opens a clause of its own."""
    return len(before) >= 2 and before[-1].upos in ("CCONJ", "SCONJ") and before[-2].text == ","


def names_a_work(before: str, quoted: str) -> bool:
    """A quotation in title case right after 'book,' or 'show,' is the work's title."""
    words = [w for w in quoted.split() if w[:1].isalpha()]
    last = before.rstrip(",").split()[-1:]
    titled = bool(words) and all(w[:1].isupper() for w in words if len(w) > 3)
    return titled and bool(last) and last[0].lower().strip("'\"’”") in _WORK_NOUNS


def ends_sentence(doc: Document, mark: QuotedSpan) -> bool:
    """The quotation closes with a full stop inside its marks, so its sentence ends with it
    (an ellipsis '...' does not end one)."""
    inner = mark.content.text_of(doc.text).rstrip()
    return inner.endswith(".") and not inner.endswith("..")


def title_case(text: str) -> bool:
    """Two to eight words, every one longer than three letters capitalised: 'All Bets Are Off'."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return 1 < len(words) <= 8 and all(w[:1].isupper() for w in words if len(w) > 3)


def whole_object(doc: Document, first: QuotedSpan, last: QuotedSpan, cue: Token | None = None) -> bool:
    """'said "Not today" and walked out', 'said "Good luck" to the team', 'says "Get out now!".': the
    quotation is all the cue's object, a sentence of its own (a capital first, or a full stop inside
    the marks), and the sentence ends or goes on with a conjunction or a preposition after it, unlike
    'said "the plan" was dead' where the quoted words are part of a clause. A quotation in lower case
    ('replied "we will see about that."', 'said "the bill is dead on arrival" and left') is the whole
    object too when the parse hangs exactly its words on `cue` as one clause (`parsed_whole_object`)."""
    content = strip_blank(first.content.text_of(doc.text)).lstrip("…([")
    inner = last.content.text_of(doc.text).rstrip()
    if title_case(content) or not (content[:1].isupper() or (
            cue is not None and first is last and parsed_whole_object(doc, first, cue))):
        return False  # 'believe "that climate change is real…"', 'Sees \'Personal Insult\'': part of a clause
    if last.close is None:
        return last.continued or not doc.text[last.content.end : paragraph_end(doc, last.content.end)].strip()
    after = strip_blank(doc.text[last.close.end : paragraph_end(doc, last.close.end)], right=False)
    if after == "" or after[:1] in ".,;:!?)—–-":
        return True
    following = tokens_between(doc, last.close.end, paragraph_end(doc, last.close.end))[:1]
    if following and following[0].upos in ("CCONJ", "ADP", "SCONJ"):
        return True
    if following and following[0].lower.endswith("ing") and "VerbForm=Part" in following[0].feats:
        return True  # 'said "The plan is flawed" adding "…"', '… leaving the room': a participle's clause
    return inner.endswith(_SENTENCE_PUNCT) and after[:1].isupper()


def parsed_whole_object(doc: Document, quoted: QuotedSpan, cue: Token) -> bool:
    """Whether the words inside `quoted`'s marks are exactly the subtree of one clausal complement of
    `cue` with its own subject (punctuation aside): a sentence said, not a phrase; and do not start
    with 'that' (a that-clause quoted whole is the report's content, read as mixed speech)."""
    words = [t for t in tokens_between(doc, quoted.content.start, quoted.content.end) if t.upos != "PUNCT"]
    if not words or words[0].lower == "that":
        return False
    inside = {t.index for t in words}
    heads = [t for t in words if t.head not in inside]
    if len(heads) != 1 or heads[0].head != cue.index or heads[0].deprel not in ("ccomp", "parataxis"):
        return False
    if not any(c.deprel in ("nsubj", "nsubj:pass", "expl") and c.index in inside for c in doc.children(heads[0])):
        return False  # 'called it "a total disaster"', 'voted "uncommitted."': a phrase, not a sentence said
    return {t.index for t in doc.subtree(heads[0]) if t.upos != "PUNCT"} == inside


def trim_span(doc: Document, span: Span) -> Span:
    raw = span.text_of(doc.text)
    left = len(raw) - len(raw.lstrip())
    right = len(raw) - len(raw.rstrip())
    return Span(span.start + left, max(span.start + left, span.end - right))


def is_standalone(doc: Document, first: QuotedSpan, last: QuotedSpan) -> bool:
    """The quote is a sentence (or more) of its own, not a few words inside someone's sentence."""
    start = first.open.start
    end = last.close.end if last.close else last.content.end
    words = sum(words_in(doc, mark.content) for mark in (first, last) if mark is not None)
    if words < _MIN_STANDALONE_WORDS:
        return False
    before = strip_blank(doc.text[paragraph_start(doc, start) : start], left=False)
    after = strip_blank(doc.text[end : paragraph_end(doc, end)], right=False)
    opens_sentence = before == "" or before.endswith((".", "!", "?", ":", "”", "\""))
    closes_sentence = after == "" or after[:1] in ("\"", "“", "(") or after[:1].isupper() or (
        last.content.text_of(doc.text).rstrip().endswith((".", "!", "?", ",", "…")))
    return opens_sentence and closes_sentence


def whole_sentence(doc: Document, first: QuotedSpan, last: QuotedSpan) -> bool:
    """'“Is that final?”' as its own paragraph, or 'The motion passed. "It is final." Nobody spoke.':
    a quotation that is a whole paragraph, or a whole sentence (a capital letter first, its end
    punctuation inside the marks, nothing of the surrounding sentence on either side), is speech
    however short; only quoted words inside a sentence are scare quotes, titles or nicknames."""
    start = first.open.start
    end = last.close.end if last.close else last.content.end
    before = strip_blank(doc.text[paragraph_start(doc, start) : start], left=False)
    after = strip_blank(doc.text[end : paragraph_end(doc, end)], right=False)
    content = strip_blank(first.content.text_of(doc.text)).lstrip("…([")
    if title_case(content):
        return False  # a heading ('"All Bets Are Off."') or a title, not a line of speech
    punctuated = last.content.text_of(doc.text).rstrip().endswith(_SENTENCE_PUNCT)
    # a lone quoted word in a paragraph of its own, with no sentence punctuation, is a kicker or a label
    if before == "" and after == "":
        return punctuated or len(content.split()) > 1
    if not content[:1].isupper() or not punctuated:
        return False
    opens = before == "" or before.endswith((".", "!", "?", ":", *_DASH_INTROS)) or before[-1:] in QUOTE_MARKS
    return opens and (after == "" or after[:1].isupper() or after[:1] in QUOTE_MARKS or after[:1] == "(")
