"""What opens an article before its first sentence and names nobody: a label ('PRESS RELEASE —',
'Press release —', 'BREAKING:', 'FOR IMMEDIATE RELEASE:') anywhere, or a dateline's place in Title
case ('Bengaluru: …', 'Brisbane — …') on the article's first line. Datelines in capitals ('NEW DELHI:')
are read in `syntax.py` and `quotes/transcript.py`, which need no article position for them."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Token
from .wordlists import words

# A label word makes the words before a colon or dash a label wherever it stands among them
# ('BREAKING NEWS:', 'PRESS RELEASE'); a headline label only where every word there is one ('JUST IN:',
# 'NEW:', but 'NEW YORK TIMES:'). data/word_classes.tsv says why each list exists.
_ANY_LABEL = words("kicker-labels") | words("transcript-labels")
_ALL_LABEL = _ANY_LABEL | words("headline-labels")


def is_label(name: Sequence[Token]) -> bool:
    """Whether the words `name` (before a colon or dash) are a label that names nobody: any of them a
    kicker or transcript label, or every one of them a headline label (data/word_classes.tsv)."""
    return bool(name) and (any(t.lower in _ANY_LABEL for t in name) or all(t.lower in _ALL_LABEL for t in name))


def first_line(doc: Document, token: Token) -> bool:
    """Whether `token` stands in the article's first paragraph of body text: every paragraph before its
    own is a headline line, one that ends with no full stop, question or exclamation mark, or colon."""
    if not doc.paragraphs:
        return True
    own = doc.paragraphs[doc.paragraph_of(token.span.start)]
    for earlier in doc.paragraphs:
        if earlier.start >= own.start:
            return True
        last = doc.tokens_in(earlier)
        if last and last[-1].text in (".", "!", "?", ":"):
            return False
    return True


# A place in a dateline is at most three words ('Rio de Janeiro', 'New Delhi').
_PLACE_WORDS = 3


def titled_place(place: Sequence[Token]) -> bool:
    """Whether `place` may be a dateline's place printed in Title case ('Bengaluru', 'New Delhi'): one
    to three proper nouns (the first may be tagged an adjective, 'New'), each opening with a capital."""
    if not place or len(place) > _PLACE_WORDS or not all(t.text[:1].isupper() for t in place):
        return False
    return all(t.upos == "PROPN" or (i == 0 and t.upos == "ADJ") for i, t in enumerate(place))


def news_lede(doc: Document, tokens: Sequence[Token], separator: Token) -> bool:
    """Whether the words after `separator` (a colon or dash among `tokens`, one sentence) are a news
    lede with a subject of its own: a sentence ending in a full stop whose verb is past or perfect
    ('… on Friday announced …', '… has banned …') and has a noun or name subject after the separator
    (`_subject_after`).
    A speaker's headline claim is seldom so ('Pat Caddell: Voters worry about her health')."""
    after = [t for t in tokens if t.index > separator.index]
    if not after or after[-1].text != ".":
        return False
    for verb in after:
        if verb.upos != "VERB" or not _past_or_perfect(doc, verb):
            continue
        if any(_subject_after(doc, c, separator) for c in doc.children(verb)):
            return True
    return False


def _subject_after(doc: Document, child: Token, separator: Token) -> bool:
    """Whether `child` is a noun or name subject after `separator`, or a subject before it whose
    apposition stands after it (the parse may make the lede's subject the place's apposition:
    'Hyderabad: Telangana Chief Minister … said', 'Hyderabad' the subject)."""
    if child.deprel != "nsubj":
        return False
    if child.index > separator.index:
        return child.upos in ("NOUN", "PROPN")
    return any(a.deprel == "appos" and a.index > separator.index and a.upos in ("NOUN", "PROPN")
               for a in doc.children(child))


def _past_or_perfect(doc: Document, verb: Token) -> bool:
    if "Tense=Past" in verb.feats and "VerbForm=Fin" in verb.feats:
        return True
    return any(c.deprel == "aux" and c.lemma == "have" for c in doc.children(verb))


_DATELINE_DASHES = ("--", "—", "–", "-")
# A dateline's colon ('NEW DELHI: Finance Minister … said', 'MUMBAI, March 3:') is read only in the
# article's first paragraphs (a headline may stand before it); further on a colon after capitals is a
# transcript's turn or a label.
_DATELINE_COLON_PARAGRAPHS = 3


def opening_separator(doc: Document, sentence: Sequence[Token], place: Sequence[Token]) -> Token | None:
    """The dash or colon after `place`, the words opening `sentence`, where they name nobody: a label
    ('PRESS RELEASE —', 'Press release —'), a place in capitals, or (on the article's first line, and
    with no second dash that would make the first open an aside) a place in Title case ('Brisbane —')."""
    subject = place[-1]
    if len(place) > _PLACE_WORDS or any(t.upos == "PUNCT" for t in place):
        return None  # 'In an exclusive interview, Smith — a former senator — said': words of the sentence
    if is_label(place):
        return dateline_separator(doc, subject, colon=True)
    if all(t.text.isupper() for t in place) and len(subject.text) >= 3:
        return dateline_separator(doc, subject, colon=_early(doc, subject))
    if not (titled_place(place) and first_line(doc, subject)):
        return None
    separator = dateline_separator(doc, subject, colon=True)
    if separator is None or any(_spaced_dash(doc, t) for t in sentence if t.index > separator.index):
        return None  # 'Smith — the firm's founder — said': an aside between dashes
    return separator


def _spaced_dash(doc: Document, token: Token) -> bool:
    """A dash that sets words off ('— the founder —'), not a hyphen inside a word ('Fentiman-Cole')."""
    if token.text not in _DATELINE_DASHES:
        return False
    return token.text != "-" or doc.text[token.span.start - 1 : token.span.start].isspace()


def dash_between(doc: Document, a: int, b: int) -> bool:
    """Whether a dash that sets words off stands between the tokens at indices `a` and `b`: no name
    spans one, though a parser may hang a dateline's region and the name after its dash together
    ('CALGARY, Alberta — Northwind Energy Inc.': 'Inc.' flat under 'Alberta')."""
    low, high = min(a, b), max(a, b)
    return any(_spaced_dash(doc, t) for t in doc.tokens[low + 1 : high])


# a dateline's words between its place and its dash: a region, a date, a wire's name in brackets or
# slashes ('OTTAWA, Sept. 12, 2025 /CNW/ -', 'NEW YORK, Nov. 19 (UPI) —', 'KOLKATA, Aug. 9 (PTI):')
_DATELINE_PUNCT = frozenset({",", ".", "/", "(", ")"})
_DATELINE_MAX_WORDS = 12


def dateline_separator(doc: Document, place: Token, colon: bool) -> Token | None:
    """The dash (or, with `colon`, the colon) that ends a dateline whose place ends at `place`: the
    next token, or one after a region, a date and a wire's name ('OTTAWA, Sept. 12, 2025 /CNW/ -');
    None when other words come first. Within `place`'s paragraph."""
    separators = _DATELINE_DASHES + ((":",) if colon else ())
    paragraph = doc.paragraph_of(place.span.start)
    for token in doc.tokens[place.index + 1 : place.index + 2 + _DATELINE_MAX_WORDS]:
        if doc.paragraph_of(token.span.start) != paragraph:
            return None
        if token.text in separators:
            # a hyphen set off by spaces ('OTTAWA -'), not one inside a word ('US-China talks')
            return token if _spaced_dash(doc, token) or token.text == ":" else None
        if not (token.text in _DATELINE_PUNCT or token.upos in ("PROPN", "NUM") or token.text[:1].isupper()):
            return None
    return None


def _early(doc: Document, token: Token) -> bool:
    """Whether `token` stands in one of the document's first `_DATELINE_COLON_PARAGRAPHS` paragraphs."""
    return doc.paragraph_of(token.span.start) < _DATELINE_COLON_PARAGRAPHS
