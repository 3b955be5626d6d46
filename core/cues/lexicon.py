"""The packaged cue table (`data/cues.tsv`), typed: entries, counts, rates and priors by key."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import get_args

from ..model import CueType
from ..wordlists import word_set
from .keys import is_multiword

TSV_COLUMNS = ("lemma", "pos", "type", "count", "share", "rate", "example_forms")


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One row of the cue table: a cue key, its part of speech, its type and its frequency in
    PolNeAR train (`share` = count / all cue spans)."""

    lemma: str
    pos: str
    type: CueType
    count: int
    share: float
    # How often the head word, wherever it occurs in PolNeAR train, was annotated as a cue:
    # "argue" 0.85, "criticize" 0.73, "support" 0.22, "see" 0.20. 0.0 when not measured.
    rate: float = 0.0

    @property
    def words(self) -> tuple[str, ...]:
        """The key's words: ("say",), ("accord", "to"), ("say", "in", "statement")."""
        return tuple(self.lemma.split("_"))

    @property
    def head(self) -> str:
        """The key's first word, a lemma ("say" for say_in_statement)."""
        return self.words[0]

    @property
    def is_multiword(self) -> bool:
        """Whether the key joins several words."""
        return is_multiword(self.lemma)


_NON_VERB_POS = frozenset({"ADP", "PUNCT", "ADV", "PRON", "NUM"})


# Light verbs head cue spans only through the words after them ("made it clear", "took issue
# with", "is expected"); on their own they would make every "the point is that ..." a report.
_LIGHT_VERBS = word_set("be have do get go come make take give put keep let become")


class CueLexicon:
    """Cue entries by key, with per-head totals so "say" also counts "said in a statement"."""

    def __init__(self, entries: Iterable[CueEntry]) -> None:
        ordered = sorted(entries, key=lambda e: (-e.count, e.lemma))
        self._entries = tuple(ordered)
        self._by_lemma: dict[str, CueEntry] = {}
        for entry in ordered:
            if entry.lemma in self._by_lemma:
                raise ValueError(f"cue lexicon lists {entry.lemma!r} twice; keys must be unique")
            self._by_lemma[entry.lemma] = entry
        self._head_counts: dict[str, int] = {}
        self._head_entries: dict[str, list[CueEntry]] = {}
        for entry in ordered:
            self._head_counts[entry.head] = self._head_counts.get(entry.head, 0) + entry.count
            self._head_entries.setdefault(entry.head, []).append(entry)
        self._max_count = max(self._head_counts.values(), default=0)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[CueEntry]:
        return iter(self._entries)

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and self.lookup(lemma) is not None

    @property
    def entries(self) -> tuple[CueEntry, ...]:
        """Every entry, most frequent first."""
        return self._entries

    @property
    def multiword_patterns(self) -> tuple[CueEntry, ...]:
        """The multiword entries (according to, point out, say in a statement), most frequent
        first; match them on lemmas with `CueEntry.words`."""
        return tuple(e for e in self._entries if e.is_multiword)

    def lookup(self, lemma: str) -> CueEntry | None:
        """The entry for exactly this key; "according to" and "accord to" find accord_to."""
        return self._by_lemma.get(_as_key(lemma))

    def head_count(self, lemma: str) -> int:
        """How often a word headed a cue, alone or in a multiword pattern."""
        return self._head_counts.get(_as_key(lemma), 0)

    def is_cue_verb(self, lemma: str, min_count: int = 3) -> bool:
        """Whether a verb lemma headed at least `min_count` cues in PolNeAR train, alone or in a
        multiword pattern; a multiword key ("point_out") is judged by its own count.

        The default of 3 drops one-off phrasings while keeping rarer reporting verbs ("quip",
        "muse"); raise it for precision. Light verbs (be, have, make, take, ...) are never cue
        verbs on their own: look up their patterns ("make_clear") instead.
        """
        key = _as_key(lemma)
        if key in _LIGHT_VERBS:
            return False
        if is_multiword(key):
            entry = self._by_lemma.get(key)
            return entry is not None and entry.count >= min_count and entry.pos not in _NON_VERB_POS
        entries = self._head_entries.get(key)
        if not entries or self._head_counts[key] < min_count:
            return False
        return any(e.pos not in _NON_VERB_POS for e in entries)

    def rate(self, lemma: str) -> float:
        """How often the key (else the commonest entry it heads) was a cue where its head word
        occurred in PolNeAR train; 0.0 for unknown keys."""
        entry = self.lookup(lemma)
        if entry is None:
            entries = self._head_entries.get(_as_key(lemma))
            if not entries:
                return 0.0
            entry = entries[0]
        return entry.rate

    def cue_type(self, lemma: str) -> CueType | None:
        """The type of the key, else of the most frequent entry it heads; None when unknown."""
        entry = self.lookup(lemma)
        if entry is None:
            entries = self._head_entries.get(_as_key(lemma))
            if not entries:
                return None
            entry = entries[0]
        return entry.type

    def prior(self, lemma: str) -> float:
        """A 0..1 confidence that a word used this way is a cue, from how often it was one:
        log(1 + count) / log(1 + count of the commonest head). Log-scaled so that a cue seen 30
        times still counts for something next to "say" at 5,000. 0.0 for unknown keys."""
        key = _as_key(lemma)
        if is_multiword(key):
            entry = self._by_lemma.get(key)
            count = entry.count if entry is not None else 0
        else:
            count = self._head_counts.get(key, 0)
        if count <= 0 or self._max_count <= 0:
            return 0.0
        return min(1.0, math.log1p(count) / math.log1p(self._max_count))


def _as_key(lemma: str) -> str:
    key = "_".join(lemma.strip().lower().replace("\u2019", "'").split())
    return "accord_to" if key == "according_to" else key


_CUE_TYPES: frozenset[str] = frozenset(get_args(CueType))


def parse_cue_tsv(text: str) -> CueLexicon:
    """A lexicon from the TSV the miner writes (header row, then one entry per line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or tuple(lines[0].split("\t")) != TSV_COLUMNS:
        raise ValueError(f"cue table must start with the header {chr(9).join(TSV_COLUMNS)!r}")
    entries: list[CueEntry] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(TSV_COLUMNS):
            raise ValueError(f"cue table line {number}: expected {len(TSV_COLUMNS)} columns, got {len(fields)}")
        lemma, pos, cue_type, count, share, rate, _forms = fields
        if cue_type not in _CUE_TYPES:
            raise ValueError(f"cue table line {number}: type {cue_type!r} is not one of {sorted(_CUE_TYPES)}")
        try:
            entries.append(CueEntry(lemma, pos, _as_cue_type(cue_type), int(count), float(share), float(rate)))
        except ValueError as error:
            raise ValueError(f"cue table line {number}: {error}") from error
    return CueLexicon(entries)


def _as_cue_type(value: str) -> CueType:
    if value == "speech":
        return "speech"
    if value == "thought":
        return "thought"
    return "evidence"


@cache
def load_cue_lexicon() -> CueLexicon:
    """The packaged lexicon (`quotetrace.core` data file `data/cues.tsv`), read once."""
    resource = resources.files("quotetrace.core").joinpath("data/cues.tsv")
    return parse_cue_tsv(resource.read_text(encoding="utf-8"))
