"""The document model every rule works on, and the result types.

Offsets are always code-point offsets into the exact input text, `start` inclusive and `end`
exclusive, so `text[span.start:span.end]` is the piece of text a span names. Nothing here knows
about stanza: the annotator fills these types, rules read them, and tests build them by hand.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .rules import RuleId

SCHEMA = "quotetrace/1"

QuoteKind = Literal["direct", "mixed", "indirect"]
CueType = Literal["speech", "thought", "evidence"]
MentionKind = Literal["name", "pronoun", "description", "group", "anonymous"]
EntityType = Literal["person", "organization", "place", "group", "anonymous", "unknown"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def text_of(self, text: str) -> str:
        """`text[start:end]`: the piece of `text` this span names (code points, end exclusive)."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point (touching spans do not)."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether `other` lies inside this span (an equal span does)."""
        return self.start <= other.start and other.end <= self.end

    def join(self, other: Span) -> Span:
        """The smallest span covering both."""
        return Span(min(self.start, other.start), max(self.end, other.end))

    def as_list(self) -> list[int]:
        """`[start, end]`, the span's JSON shape in `quotetrace/1`."""
        return [self.start, self.end]


def cover(spans: Iterable[Span]) -> Span:
    """The smallest span covering all of `spans`. Raises ValueError when there are none."""
    it = iter(spans)
    first = next(it, None)
    if first is None:
        raise ValueError("cover() needs at least one span")
    result = first
    for span in it:
        result = result.join(span)
    return result


@dataclass(frozen=True, slots=True)
class Token:
    """One syntactic word. `index` and `head` are positions in `Document.tokens` (head -1: root)."""

    index: int
    span: Span
    text: str
    upos: str = "X"
    lemma: str = ""
    head: int = -1
    deprel: str = "dep"
    ner: str = "O"
    sentence: int = 0
    feats: str = ""

    @property
    def lower(self) -> str:
        """The word in lower case (most word lists are written so)."""
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Span, ...]
    id: str = ""
    tokens: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", tuple(t for s in self.sentences for t in s.tokens))

    def token_text(self, token: Token) -> str:
        """The token's characters in `text` (what its span names; equal to `token.text` for most words)."""
        return token.span.text_of(self.text)

    def children(self, token: Token) -> Iterator[Token]:
        """The token's direct dependents in its sentence, in text order. O(1) per dependent once the
        document's dependents are indexed (on the first call, O(tokens))."""
        yield from _dependents(self).get((token.sentence, token.index), ())

    def subtree(self, token: Token) -> list[Token]:
        """Token and all its dependents in its sentence, in text order: O(k log k) for a subtree of
        k tokens once indexed (rules ask for the subtrees of many words of one long sentence)."""
        dependents = _dependents(self)
        found = [token]
        members = {token.index}
        for member in found:  # grows as it goes: a breadth-first walk down the tree
            for child in dependents.get((token.sentence, member.index), ()):
                if child.index not in members:
                    members.add(child.index)
                    found.append(child)
        return sorted(found, key=_index)

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding `offset`; offsets between paragraphs (blank lines) belong to the
        next one. O(log n): paragraphs are in text order."""
        i = bisect_right(self.paragraphs, offset, key=_paragraph_start) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        if i + 1 < len(self.paragraphs):
            return i + 1
        return max(len(self.paragraphs) - 1, 0)

    def tokens_in(self, span: Span, limit: int | None = None) -> list[Token]:
        """The non-empty tokens inside `span` (the first `limit` of them when given), in O(log n + k):
        `tokens` are in text order."""
        found: list[Token] = []
        tokens = self.tokens
        i = bisect_left(tokens, span.start, key=_start)
        while i < len(tokens) and tokens[i].span.start < span.end and (limit is None or len(found) < limit):
            if tokens[i].span.end <= span.end and len(tokens[i].span) > 0:
                found.append(tokens[i])
            i += 1
        return found


#: each live document's dependents, (sentence, head index) -> tokens in text order; outside the
#: document so that its pickled fields (the annotation cache) stay as they were
_DEPENDENTS: dict[int, dict[tuple[int, int], tuple[Token, ...]]] = {}


def _dependents(doc: Document) -> dict[tuple[int, int], tuple[Token, ...]]:
    index = _DEPENDENTS.get(id(doc))
    if index is None:
        lists: dict[tuple[int, int], list[Token]] = {}
        for position, sentence in enumerate(doc.sentences):
            for token in sentence.tokens:
                if token.head >= 0:
                    lists.setdefault((position, token.head), []).append(token)
        index = {key: tuple(tokens) for key, tokens in lists.items()}
        _DEPENDENTS[id(doc)] = index
        # an id is reused once its object is gone: the entry goes with the document
        weakref.finalize(doc, _DEPENDENTS.pop, id(doc), None)
    return index


def _index(token: Token) -> int:
    return token.index


def _start(token: Token) -> int:
    return token.span.start


def _paragraph_start(paragraph: Span) -> int:
    return paragraph.start


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    text: str
    kind: MentionKind
    head: int | None = None  # token index of the mention's head word, when known


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    mentions: tuple[Mention, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: content parts (several for a split quote), its cue and its speaker.

    `rule` names the rule that found or attributed it (an id of the registry in `core/rules.py`), so
    error analysis can ask why.
    """

    id: str
    kind: QuoteKind
    parts: tuple[Span, ...]
    cue: Span | None = None
    cue_type: CueType = "speech"
    speaker: Mention | None = None
    entity_id: str | None = None
    confidence: float = 0.5
    rule: RuleId | Literal[""] = ""
    # every rule and step that made or changed it, in order (ids of core/rules.py): `rule` is its last rule
    trace: tuple[str, ...] = ()

    @property
    def span(self) -> Span:
        """From the start of the first content part to the end of the last."""
        return cover(self.parts)

    def content_text(self, text: str) -> str:
        """The content parts' text joined by one space (brat's convention for a discontinuous span)."""
        return " ".join(part.text_of(text) for part in self.parts)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed (`message`: one line saying why); the batch goes on
    without it."""

    document_id: str
    message: str


@dataclass(frozen=True, slots=True)
class Result:
    document_id: str
    text: str
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...] = ()

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id; None for None or an unknown id."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def to_record(self, *, trace: bool = False) -> dict[str, Any]:
        """The `quotetrace/1` document object; every renderer starts from this dict. With `trace`, each
        quote also gets a `"trace"` list: the ids of the rules and steps that made or changed it, in
        order (`core/rules.py`); without it the record has no such key."""
        text = self.text
        entities: dict[str, Entity] = {}
        for each in self.entities:
            entities.setdefault(each.id, each)  # the first of an id, as `entity` finds it
        quotes: list[dict[str, Any]] = []
        for quote in self.quotes:
            entity = entities.get(quote.entity_id) if quote.entity_id is not None else None
            quotes.append(
                {
                    "id": quote.id,
                    "kind": quote.kind,
                    "text": quote.content_text(text),
                    "spans": [part.as_list() for part in quote.parts],
                    "cue": None
                    if quote.cue is None
                    else {"text": quote.cue.text_of(text), "start": quote.cue.start, "end": quote.cue.end},
                    "cue_type": quote.cue_type,
                    "speaker": None
                    if quote.speaker is None
                    else {
                        "text": quote.speaker.span.text_of(text),
                        "start": quote.speaker.span.start,
                        "end": quote.speaker.span.end,
                        "entity": quote.entity_id,
                        "name": entity.name if entity else None,
                    },
                    "confidence": round(quote.confidence, 3),
                    "rule": quote.rule,
                }
            )
            if trace:
                quotes[-1]["trace"] = list(quote.trace)
        speakers = [
            {
                "id": entity.id,
                "name": entity.name,
                "type": entity.type,
                "description": entity.description,
                "mentions": [m.span.as_list() for m in entity.mentions],
            }
            for entity in self.entities
        ]
        return {"schema": SCHEMA, "id": self.document_id, "quotes": quotes, "speakers": speakers}
