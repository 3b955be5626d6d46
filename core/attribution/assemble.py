"""From tagged words to attributions: decode the tagger's BIO probabilities into Source, Cue and
Content segments, then link each content and source to a cue.

Linking follows PolNeAR's layout (Newell et al. 2018): an attribution's parts sit in one paragraph,
usually in one sentence, and a content part next to a cue belongs to it; a paragraph with content
but no cue continues the report of the paragraph before (a multi-paragraph quote). Distances are
counted in words, and crossing a sentence end costs `SENTENCE_COST` words more.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from ..model import Span
from .features import Words
from .tagger import ROLES, TAGS

SENTENCE_COST = 40  # words a link pays for crossing one sentence end: same-sentence cues win
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_MARKS = frozenset('"“”‘’«»„\'`')


@dataclass(frozen=True, slots=True)
class Segment:
    """Words first..last (inclusive) tagged with one role; `probability` the mean probability of
    that role (B or I) over its words."""

    role: str
    first: int
    last: int
    probability: float


@dataclass(slots=True)
class Attribution:
    """One assembled attribution; spans are code-point offsets into the text, end exclusive."""

    cue: Segment | None
    contents: list[Segment] = field(default_factory=list)
    source: Segment | None = None


def bio_path(probabilities: torch.Tensor) -> list[int]:
    """The most probable tag sequence ([words, len(TAGS)] probabilities -> one `TAGS` index per word)
    in which an I-X tag only follows B-X or I-X: Viterbi decoding over log probabilities with those
    transitions forbidden (the usual BIO constraint, as a CRF layer would learn it). Per-word argmax
    left a run broken by one word of another role as two runs, and an I with no B began a run of its
    own. Cost linear in the words."""
    total = probabilities.shape[0]
    if total == 0:
        return []
    log = probabilities.clamp(min=1e-9).log().tolist()
    width = len(TAGS)
    # the tags each tag may follow: anything for O and B-X; B-X or I-X for I-X
    sources = [[TAGS.index(f"B-{tag[2:]}"), j] if tag.startswith("I-") else list(range(width))
               for j, tag in enumerate(TAGS)]
    score = [value if not TAGS[j].startswith("I-") else float("-inf") for j, value in enumerate(log[0])]
    back: list[list[int]] = []
    for row in log[1:]:
        best = [max(sources[j], key=score.__getitem__) for j in range(width)]
        score = [score[best[j]] + row[j] for j in range(width)]
        back.append(best)
    path = [max(range(width), key=score.__getitem__)]
    for best in reversed(back):
        path.append(best[path[-1]])
    return path[::-1]


def segments(probabilities: torch.Tensor, constrained: bool = False) -> list[Segment]:
    """Maximal runs of one role in the tags of [words, len(TAGS)] probabilities: per-word argmax, or
    `bio_path` when `constrained`. A B tag starts a new run, and so does an I tag after another role
    (argmax only). A run's probability is the mean probability of its role (B or I) over its words."""
    found: list[Segment] = []
    if probabilities.shape[0] == 0:
        return found
    best = bio_path(probabilities) if constrained else probabilities.argmax(dim=-1).tolist()
    role_probability = torch.stack([probabilities[:, 1 + 2 * r] + probabilities[:, 2 + 2 * r]
                                    for r in range(len(ROLES))], dim=-1)
    start: int | None = None
    for index, tag in enumerate([*best, 0]):
        name = TAGS[tag]
        continues = start is not None and name == f"I-{TAGS[best[start]][2:]}"
        if start is not None and not continues:
            role = TAGS[best[start]][2:]
            share = float(role_probability[start:index, ROLES.index(role)].mean())
            found.append(Segment(role, start, index - 1, share))
            start = None
        if start is None and name != "O":
            start = index
    return found


def _sentence_ends(words: Words) -> list[int]:
    """ends[i]: how many sentence-final marks precede word i."""
    ends, count = [], 0
    for text in words.strings():
        ends.append(count)
        if text in _SENTENCE_ENDS:
            count += 1
    return ends


def link(words: Words, found: list[Segment]) -> list[Attribution]:
    """Attributions with at least one content part, in text order of their first part."""
    ends = _sentence_ends(words)
    cues = [s for s in found if s.role == "Cue"]
    by_cue: dict[int, Attribution] = {id(c): Attribution(cue=c) for c in cues}
    orphans: list[Attribution] = []
    last_owner: dict[int, Attribution] = {}  # paragraph -> the attribution its last content joined
    for segment in found:
        if segment.role == "Cue":
            continue
        paragraph = words.paragraph[segment.first]
        cue = _nearest(words, ends, segment, [c for c in cues if words.paragraph[c.first] == paragraph])
        if segment.role == "Source":
            if cue is not None:
                owner = by_cue[id(cue)]
                if owner.source is None or _gap(ends, segment, cue) < _gap(ends, owner.source, cue):
                    owner.source = segment
            continue
        if cue is not None:
            owner = by_cue[id(cue)]
        elif paragraph - 1 in last_owner:
            owner = last_owner[paragraph - 1]  # a quote running on from the paragraph before
        else:
            owner = Attribution(cue=None)
            orphans.append(owner)
        owner.contents.append(segment)
        last_owner[paragraph] = owner
    result = [a for a in (*by_cue.values(), *orphans) if a.contents]
    result.sort(key=lambda a: a.contents[0].first)
    return result


def _gap(ends: list[int], one: Segment, other: Segment) -> int:
    if one.last < other.first:
        low, high = one.last, other.first
    elif other.last < one.first:
        low, high = other.last, one.first
    else:
        return 0
    return high - low + SENTENCE_COST * (ends[high] - ends[low])


def _nearest(words: Words, ends: list[int], segment: Segment, cues: list[Segment]) -> Segment | None:
    if not cues:
        return None
    return min(cues, key=lambda cue: (_gap(ends, segment, cue), cue.first))


def whole_span(words: Words, segment: Segment) -> Span:
    """The code-point span of a segment's words, first to last."""
    return Span(words.spans[segment.first].start, words.spans[segment.last].end)


def segment_span(words: Words, segment: Segment, strip_marks: bool = False) -> Span | None:
    """The code-point span of a segment; with `strip_marks`, quotation marks and punctuation at
    its edges are left out (None when nothing else is left)."""
    first, last = segment.first, segment.last
    if strip_marks:
        texts = words.texts
        while first <= last and _edge_punctuation(texts[first]):
            first += 1
        while last >= first and _edge_punctuation(texts[last]):
            last -= 1
        if first > last:
            return None
    return Span(words.spans[first].start, words.spans[last].end)


def _edge_punctuation(text: str) -> bool:
    return len(text) == 1 and (text in _MARKS or not text.isalnum())
