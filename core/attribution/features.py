"""Words, cheap features and transformer windows for the attribution tagger.

The tagger labels *words*, found by one regular expression over the raw text (runs of word
characters with inner apostrophes or hyphens, or one other visible character), so training on
brat gold and tagging a new text see the same units without any parser. Offsets are code points
into the text, end exclusive. The same code builds the inputs for training (`training/attribution.py`)
and at run time, so the two cannot drift.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..cues import CueLexicon, lemmatize_verb
from ..model import Span
from ..quotes.marks import find_quoted_spans
from ..text import split_paragraphs

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S")

#: feature columns, in order; `FEATURES` is part of the model file's contract
FEATURES = (
    "in_quote",        # inside the content of an outermost quotation
    "nested_quote",    # inside a quotation within a quotation
    "quote_mark",      # the word is a quotation mark
    "cue_rate",        # how often the word's lemma was a cue in PolNeAR train (core/data/cues.tsv)
    "cue_known",       # the lemma is in the cue lexicon at all
    "capitalized",     # the uncased transformer cannot see case; names and sentence starts can
    "paragraph_start",  # first word of its paragraph
    "paragraph_first",  # the word is in the document's first paragraph (headline or lead)
    "paragraph_share",  # position inside the paragraph, 0 at its start, 1 at its end
    "paragraph_short",  # paragraph of at most 12 words (headings, datelines, captions)
)


@dataclass(frozen=True, slots=True)
class Words:
    """A text cut into words: `spans[i]` is word i, `paragraph[i]` the index of its paragraph."""

    text: str
    spans: tuple[Span, ...]
    paragraph: tuple[int, ...]
    paragraphs: tuple[Span, ...]
    #: each word's text, cut once: a segment's span asks for it, once per segment
    texts: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", tuple(span.text_of(self.text) for span in self.spans))

    def __len__(self) -> int:
        return len(self.spans)

    def strings(self) -> list[str]:
        """Each word's text, in order (a new list: `texts` is the same, shared)."""
        return list(self.texts)


def split_words(text: str, paragraphs: Sequence[Span] | None = None) -> Words:
    """Every word of every paragraph (text outside the paragraphs, i.e. white space, has none)."""
    found = tuple(split_paragraphs(text) if paragraphs is None else paragraphs)
    spans: list[Span] = []
    owner: list[int] = []
    for index, paragraph in enumerate(found):
        for match in _WORD.finditer(text, paragraph.start, paragraph.end):
            spans.append(Span(match.start(), match.end()))
            owner.append(index)
    return Words(text=text, spans=tuple(spans), paragraph=tuple(owner), paragraphs=found)


def word_features(words: Words, lexicon: CueLexicon) -> list[list[float]]:
    """One row of `len(FEATURES)` floats per word, in the order of `FEATURES`."""
    outer: list[Span] = []
    nested: list[Span] = []
    marks: set[int] = set()
    for quoted in find_quoted_spans(words.text, words.paragraphs):
        (outer if quoted.depth == 0 else nested).append(quoted.content)
        marks.update(range(quoted.open.start, quoted.open.end))
        if quoted.close is not None:
            marks.update(range(quoted.close.start, quoted.close.end))
    sizes: dict[int, int] = {}
    for paragraph in words.paragraph:
        sizes[paragraph] = sizes.get(paragraph, 0) + 1
    rows: list[list[float]] = []
    seen: dict[int, int] = {}
    rates: dict[str, tuple[float, float]] = {}
    for span, paragraph in zip(words.spans, words.paragraph, strict=True):
        word = span.text_of(words.text)
        position = seen.get(paragraph, 0)
        seen[paragraph] = position + 1
        lower = word.lower()
        if lower not in rates:
            rates[lower] = _cue_rate(lower, lexicon)
        rate, known = rates[lower]
        size = sizes[paragraph]
        rows.append([
            float(_inside(span, outer)),
            float(_inside(span, nested)),
            float(span.start in marks),
            rate,
            known,
            float(word[:1].isupper()),
            float(position == 0),
            float(paragraph == 0),
            position / max(size - 1, 1),
            float(size <= 12),
        ])
    return rows


def _cue_rate(lower: str, lexicon: CueLexicon) -> tuple[float, float]:
    if not lower[:1].isalpha():
        return 0.0, 0.0
    best = 0.0
    known = 0.0
    for lemma in {lower, lemmatize_verb(lower)}:
        if lexicon.lookup(lemma) is not None or lexicon.head_count(lemma) > 0:
            known = 1.0
            best = max(best, lexicon.rate(lemma))
    return best, known


def _inside(span: Span, areas: list[Span]) -> bool:
    return any(area.contains(span) for area in areas)
