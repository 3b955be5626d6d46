"""Questions about one document that every step of speaker resolution asks: where an offset lies
(sentence, paragraph, quote contents), the text of a set of tokens, and small token predicates. Tree
queries (children, subtrees) go to `Document` itself."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ..model import Document, Quote, Span, Token

K = TypeVar("K")
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


def text_lower(token: Token) -> str:
    return token.text.lower()


def lemma_lower(token: Token) -> str:
    return (token.lemma or token.text).lower()


class View:
    """Where offsets lie in one document (sentence, paragraph, the quote contents that hold them) and
    the text of token sets. Dependency-tree questions go to `Document.children` and `.subtree`."""

    def __init__(self, doc: Document, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        # Offsets between paragraphs (or sentences) belong to the next one, as in Document.paragraph_of.
        self.paragraph_ends = [p.end for p in doc.paragraphs]
        self.sentence_ends = [s.span.end for s in doc.sentences]
        self.quote_parts = [q.parts for q in quotes]
        self.quote_kinds = [q.kind for q in quotes]
        self.quote_cues = [q.cue for q in quotes]
        # every quote part by start, so quotes_at looks only at parts that can reach an offset
        self._parts = sorted((part.start, part.end, i) for i, parts in enumerate(self.quote_parts) for part in parts)
        self._part_starts = [start for start, _, _ in self._parts]
        self._longest_part = max((end - start for start, end, _ in self._parts), default=0)

    def span_of(self, tokens: Sequence[Token]) -> Span:
        """From the first token's start to the last one's end (tokens in text order)."""
        return Span(tokens[0].span.start, tokens[-1].span.end)

    def parent(self, token: Token) -> Token | None:
        return self.tokens[token.head] if 0 <= token.head < len(self.tokens) else None

    def paragraph_at(self, offset: int) -> int:
        return min(bisect_right(self.paragraph_ends, offset), max(len(self.paragraph_ends) - 1, 0))

    def sentence_at(self, offset: int) -> int:
        return min(bisect_right(self.sentence_ends, offset), max(len(self.sentence_ends) - 1, 0))

    def cue_lemma(self, quote: int) -> str:
        """The lower-case lemma of the first word of quote `quote`'s cue ("" without one)."""
        cue = self.quote_cues[quote] if 0 <= quote < len(self.quote_cues) else None
        words = [t for t in self.doc.tokens_in(cue) if t.upos != "PUNCT"] if cue is not None else []
        return lemma_lower(words[0]) if words else ""

    def quotes_at(self, offset: int) -> frozenset[int]:
        """The indexes of the quotes with a part holding code-point `offset`, in O(log n + k)."""
        first = bisect_right(self._part_starts, offset - self._longest_part)
        last = bisect_right(self._part_starts, offset)
        return frozenset(i for _, end, i in self._parts[first:last] if offset < end)

    def text(self, tokens: Iterable[Token]) -> str:
        """Text of tokens in document order; gaps between non-adjacent tokens become one space."""
        ordered = sorted(tokens, key=lambda t: t.index)
        pieces: list[str] = []
        run_start: Token | None = None
        previous: Token | None = None
        for token in ordered:
            if previous is not None and token.index != previous.index + 1:
                assert run_start is not None
                pieces.append(self.doc.text[run_start.span.start : previous.span.end])
                run_start = None
            if run_start is None:
                run_start = token
            previous = token
        if run_start is not None and previous is not None:
            pieces.append(self.doc.text[run_start.span.start : previous.span.end])
        return " ".join(pieces)


def strip_edges(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners and punctuation at both ends (descriptions and group names)."""
    out = sorted(tokens, key=lambda t: t.index)
    while out and (out[0].upos in {"PUNCT", "DET", "ADP", "CCONJ"} or out[0].deprel.startswith("det")):
        out = out[1:]
    while out and out[-1].upos == "PUNCT":
        out = out[:-1]
    return out


def find_root(root: dict[K, K], item: K) -> K:
    while root[item] != item:
        root[item] = root[root[item]]
        item = root[item]
    return item


def verb_like(token: Token) -> bool:
    """A verb, or a past form a weak tagger called a noun ("Sun cautioned")."""
    if token.upos in {"VERB", "AUX"}:
        return True
    return token.upos == "NOUN" and text_lower(token).endswith("ed") and lemma_lower(token) != text_lower(token)


def in_noun_phrase(token: Token) -> bool:
    """A word that can sit in a title or a name's modifiers ("Executive director of the Council on
    American-Islamic Relations"); no verb, clause word or comma."""
    if token.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON", "X", "SYM", "ADP", "CCONJ"}:
        return True
    return token.upos == "PUNCT" and token.text in {"-", "‐", "'", "’"}


def stretch(view: View, region: set[int], token: Token) -> list[Token]:
    """The unbroken part of `region` around `token`."""
    low = high = token.index
    while low - 1 in region and in_noun_phrase(view.tokens[low - 1]):
        low -= 1
    while high + 1 in region and in_noun_phrase(view.tokens[high + 1]):
        high += 1
    return [view.tokens[i] for i in range(low, high + 1)]


def first_word(view: View, token: Token) -> int:
    sentence = view.doc.sentences[token.sentence]
    return next((t.index for t in sentence.tokens if t.text[:1].isalnum()), -1)


def without_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def glue(view: View, token: Token) -> bool:
    """A hyphen or apostrophe written without spaces between two words."""
    if token.text not in {"-", "‐", "'", "’"} or token.index == 0 or token.index + 1 >= len(view.tokens):
        return False
    before, after = view.tokens[token.index - 1], view.tokens[token.index + 1]
    return before.span.end == token.span.start and token.span.end == after.span.start


def apposed_conj(view: View, token: Token) -> bool:
    """A conjunct that is an apposition the parser called a coordination ("Ann Cole, his rival,
    called it"; "said the minister, Ann Cole, adding"): set off by a comma, with no coordinator on it
    or on any conjunct of the same head, so nothing joins a second person to the first. A coordinator
    deeper in the chain makes a list ("The family, protesters and civic leaders"), unless a singular
    role follows a name ("Christine Todd Whitman, the former governor and EPA administrator")."""
    if token.deprel != "conj":
        return False
    head = view.parent(token)
    siblings = [c for c in view.doc.children(head) if c.deprel == "conj"] if head is not None else [token]
    if any(_coordinator(view, s) for s in siblings):
        return False
    words = [t for t in view.doc.subtree(token) if t.upos != "PUNCT"]
    first = words[0].index if words else token.index
    sibling_ids = {s.index for s in siblings}
    while (token.upos == "PROPN" and first > 0 and view.tokens[first - 1].index in sibling_ids
           and view.tokens[first - 1].upos == "PROPN"):
        # "The Chancellor, Rachel Hume, defended": a parser made each word of the name a conjunct; the
        # comma stands before the name's first word
        first = view.doc.subtree(view.tokens[first - 1])[0].index
    if first == 0 or view.tokens[first - 1].text != ",":
        return False
    deeper = [t for t in view.doc.subtree(token) if t.deprel == "conj" and t.index != token.index]
    if any(_coordinator(view, t) for t in deeper):
        return head is not None and head.upos == "PROPN" and token.upos == "NOUN" and "Number=Plur" not in token.feats
    return True


def _coordinator(view: View, conjunct: Token) -> bool:
    return any(k.deprel == "cc" or k.upos == "CCONJ" for k in view.doc.children(conjunct))


# Links from a name's anchor up to the phrase that fills the clause: conjuncts ("Chief Marcus Webb and
# Mayor Linda Torres held": Torres is a subject too) and name-internal links a parse may hang a name
# by ("Ruth | Gale and Governor Tom Fry" with Governor under Gale).
_PHRASE_LINKS = frozenset({"conj", "flat", "flat:name", "compound"})
_PHRASE_CLIMB = 4  # a name's own links and a conjunct or two; a broken parse may loop


def clause_deprel(view: View, token: Token) -> str:
    """The relation to its clause of the noun phrase `token` belongs to: its own deprel, or that of
    the first conjunct or the name it hangs from."""
    current = token
    for _ in range(_PHRASE_CLIMB):
        parent = view.parent(current)
        if current.deprel not in _PHRASE_LINKS or parent is None or parent.upos not in {"NOUN", "PROPN"}:
            break
        if current.deprel == "compound" and parent.upos != "PROPN":
            break  # "Kremlin spokesperson": a modifier, whatever the noun does
        current = parent
    return current.deprel
