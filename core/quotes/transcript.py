"""Transcript turns without quotation marks: a paragraph led by the speaker's name in capitals and a
colon ('SMITH: No. It is not closing.'), the way outlets print interviews and briefings. The whole
turn, every sentence of it, is the speaker's (rule `speaker-turn`, as for the quoted turns of
`quotes/direct/`); a line that opens with a quotation mark is left to the quoted-turn reading."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..cues import load_cue_lexicon
from ..model import Document, Span, Token
from ..wordlists import words
from .marks import QUOTE_MARKS, QuotedSpan
from .shapes import title_case

# At most this many tokens name the speaker before the colon: 'SEN. MARIA LOPEZ:' (the full stop counts).
_MAX_NAME_WORDS = 5

# Labels in capitals before a colon that name nobody (data/word_classes.tsv): a line with any of these
# words there ('BREAKING: …', 'EDITOR'S NOTE: …'), or with only label words there ('RECAP: …', 'JUST IN: …')
_LABELS = words("kicker-labels") | words("transcript-labels")
_LABEL_WORDS = _LABELS | words("headline-labels")


def transcript_turns(doc: Document, quoted: Sequence[QuotedSpan]) -> Iterator[tuple[Span, Token, Token]]:
    """Each unquoted transcript turn of `doc` as (content span: from after the colon to the paragraph's
    end, trimmed, code-point offsets, end exclusive; the colon; the last word of the name). Paragraphs
    that hold a quotation mark are left to the quote finders."""
    turns = list(_candidate_turns(doc, quoted))
    if len(turns) == 1 and _dateline(doc, *turns[0]):
        return
    if turns and all(_place_shape(*turn[1:]) and _news_lede(doc, *turn[1:]) for turn in turns):
        return  # a roundup of datelined items ('KARACHI: … said …' then 'ISLAMABAD: The government said …')
    for _paragraph, tokens, colon, name in turns:
        start = tokens[colon + 1].span.start
        end = tokens[-1].span.end
        if any(t.upos != "PUNCT" for t in tokens[colon + 1 :]):
            yield Span(start, end), tokens[colon], name[-1]


_Candidate = tuple[Span, list[Token], int, list[Token]]
# Words that open a turn as speech, never a news lede after a dateline ('WARREN: I will not resign.').
_SPEECH_OPENERS = frozenset({"i", "we", "you", "my", "our", "your", "yes", "no", "well", "thank", "thanks"})


def opens_article(doc: Document, tokens: list[Token], colon: int) -> bool:
    """Whether `tokens` (a paragraph's or its first sentence's, a colon at index `colon`) read as a
    dateline at the article's start: `_dateline` on the paragraph that holds them."""
    paragraph = doc.paragraphs[doc.paragraph_of(tokens[0].span.start)] if doc.paragraphs else None
    return paragraph is not None and _dateline(doc, paragraph, tokens, colon, tokens[:colon])


def _dateline(doc: Document, paragraph: Span, tokens: list[Token], colon: int, name: list[Token]) -> bool:
    """'LONDON: The Bank of England said…', 'CHENNAI: The Tamil Nadu government announced…': a
    document's only line of the turn shape, at the start of the article (after its headlines, lines
    that end with no full stop), led by one to three proper nouns with no title's full stop, and not
    opening as speech, is a dateline in the style of Indian, Pakistani and Gulf outlets: the place
    says nothing. A transcript has several turns ('WARREN: …' then 'HOST: …'), and 'SEN. LOPEZ:'
    names a person whatever follows."""
    if not _place_shape(tokens, colon, name):
        return False
    for earlier in doc.paragraphs:
        if earlier.start >= paragraph.start:
            return True
        last = doc.tokens_in(earlier)
        if last and last[-1].text in (".", "!", "?", ":"):
            return False  # a sentence of the body before it: the line is inside the article
    return True


def _place_shape(tokens: list[Token], colon: int, name: list[Token]) -> bool:
    """Whether the words before the colon may be a dateline's place: one to three proper nouns and
    no title's full stop, before a line that does not open as speech."""
    if len(name) > 3 or len(name) != colon or any(t.upos != "PROPN" for t in name):
        return False
    return tokens[colon + 1].lower not in _SPEECH_OPENERS


# A cue this common in PolNeAR train reports whoever its subject names (cues.CueLexicon.is_cue_verb)
_LEDE_CUE_COUNT = 15


def _news_lede(doc: Document, tokens: list[Token], colon: int, name: list[Token]) -> bool:
    """Whether the line after the colon reports someone of its own ('The federal government said…',
    'Chief Minister Murad Ali Shah on Tuesday said…'): a common cue verb with a noun or name subject
    after the colon, which a speaker's turn seldom is and a dateline's story always is."""
    lexicon = load_cue_lexicon()
    for verb in tokens[colon + 1 :]:
        if verb.upos != "VERB" or not lexicon.is_cue_verb(verb.lemma, min_count=_LEDE_CUE_COUNT):
            continue
        if any(c.deprel == "nsubj" and c.upos in ("NOUN", "PROPN") and c.index > tokens[colon].index
               for c in doc.children(verb)):
            return True
    return False


def _candidate_turns(doc: Document, quoted: Sequence[QuotedSpan]) -> Iterator[_Candidate]:
    """Each paragraph of `doc` in the shape of a turn: (paragraph, its tokens, the colon's index
    among them, the name's words without a title's full stop)."""
    for paragraph in doc.paragraphs:
        tokens = list(doc.tokens_in(paragraph))
        colon = next((i for i, t in enumerate(tokens[: _MAX_NAME_WORDS + 1]) if t.text == ":"), None)
        if not colon or colon + 1 >= len(tokens):
            continue
        # 'SEN. WARREN', 'MR. DIMON': a title's full stop is a token of its own; 'HOST', 'MODERATOR': a role
        name = [t for i, t in enumerate(tokens[:colon]) if not (t.text == "." and i > 0)]
        if not name or not all(_capitals(t) and t.upos in ("PROPN", "NOUN") for t in name) or _label(name):
            continue  # 'FIX IS IN: …', 'CLARIFICATION: …', 'RECAP: …': a kicker or a label, not a speaker
        if title_case(doc.text[tokens[colon + 1].span.start : tokens[-1].span.end]):
            continue  # 'FIX IS IN: PBS Moderators Ignore Clinton Scandals': a headline
        if any(t.text in QUOTE_MARKS for t in tokens) or any(paragraph.overlaps(q.content) for q in quoted):
            continue
        yield paragraph, tokens, colon, name


def _label(name: list[Token]) -> bool:
    """Whether the words before a turn's colon are a label: any word a label wherever it stands, or
    every word one that is a label only alone or with other labels ('NEW:', but 'NEW YORK TIMES:')."""
    return any(t.lower in _LABELS for t in name) or all(t.lower in _LABEL_WORDS for t in name)


def _capitals(token: Token) -> bool:
    """'SMITH', 'SEN.', 'O'BRIEN': a word of two letters or more in capitals, as transcripts print
    their speakers ('Q:' and 'A:' are the questions and answers of an interview, not names)."""
    letters = token.text.replace(".", "").replace("'", "").replace("’", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) > 1
