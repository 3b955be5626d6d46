"""Closed word classes shared by the rules, in one place each: `data/word_classes.tsv` (class, words,
why), read and checked once. A class name the code asks for is a `WordClass` literal, so a typo fails
type checking; a class the file lacks or a malformed line fails at import with the file and line."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal, get_args

WordClass = Literal[
    "object-content-cues", "infinitive-cues", "object-is-not-content", "listener-cues", "naming-cues",
    "inverting-cues", "weak-cues", "expletive-cues", "time-nouns", "anonymous-heads", "pronouns",
    "subject-pronouns", "name-particles", "english-particles", "closed-class", "name-suffixes", "kicker-labels",
    "transcript-labels",
    "headline-labels", "performing-cues", "unisex-first-names", "cross-culture-first-names", "negative-quantifiers",
    "container-nouns",
    "interview-verbs", "group-nouns", "empty-contents", "target-cues", "stance-cues", "portfolio-words",
    "body-heads", "asking-cues", "topic-cues", "answering-cues", "refusal-cues", "withholding-cues",
]
WORD_CLASSES_FILE = "data/word_classes.tsv"
_COLUMNS = ("class", "words", "why")


def word_set(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, which keeps long lists readable."""
    return frozenset(text.split())


def parse_word_classes(text: str, source: str = WORD_CLASSES_FILE) -> dict[str, tuple[frozenset[str], str]]:
    """Class name -> (words, why) from the TSV `text` (comment lines starting with `#`, a header row
    `class words why`, then one class a line). Raises ValueError naming `source` and the line for a
    missing header, a wrong number of columns, an unknown or repeated class, an empty word list or
    reason, a word not in lower case or listed twice, and for a class of `WordClass` the file lacks."""
    known = set(get_args(WordClass))
    classes: dict[str, tuple[frozenset[str], str]] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{source} line {number}"
        if not header_seen:
            if tuple(cells) != _COLUMNS:
                raise ValueError(f"{where}: expected the header {chr(9).join(_COLUMNS)!r}")
            header_seen = True
            continue
        if len(cells) != len(_COLUMNS):
            raise ValueError(f"{where}: expected {len(_COLUMNS)} tab-separated columns, got {len(cells)}")
        name, words_text, why = (cell.strip() for cell in cells)
        words = words_text.split()
        if name not in known:
            raise ValueError(f"{where}: unknown class {name!r} (core/wordlists.py WordClass lists the known ones)")
        if name in classes:
            raise ValueError(f"{where}: class {name!r} is listed twice")
        if not words or not why:
            raise ValueError(f"{where}: class {name!r} needs words and a reason")
        odd = sorted({w for w in words if w != w.lower()} | {w for w in words if words.count(w) > 1})
        if odd:
            raise ValueError(f"{where}: class {name!r}: words not lower case or listed twice: {odd}")
        classes[name] = (frozenset(words), why)
    missing = known - classes.keys()
    if missing:
        raise ValueError(f"{source}: classes missing: {sorted(missing)}")
    return classes


@cache
def _classes() -> dict[str, tuple[frozenset[str], str]]:
    text = resources.files("quotetrace.core").joinpath(WORD_CLASSES_FILE).read_text(encoding="utf-8")
    return parse_word_classes(text)


def words(name: WordClass) -> frozenset[str]:
    """The words of one class (lower case), from the packaged file, read once."""
    return _classes()[name][0]


def why(name: WordClass) -> str:
    """The reason a class exists, as the file gives it."""
    return _classes()[name][1]
