"""Gender from a person's first name, as a prior that rules the other pronoun out, never as the
evidence the text gives (titles, gendered nouns, bound pronouns).

The data is Jörg Michael's first-name dictionary (about 40,000 names with their use by gender in 54
countries) as the PyPI package gender-guesser 0.4.0 ships it; that package is GPLv3, so quotetrace
(MIT) never requires it: it is the optional extra `names`, read only when installed. Without it every
first name is no evidence, as before. Only the dictionary's plain "male" and "female" over all
countries count, and only when its US and British usage do not say the other gender ("Rand" is
female over all countries, male in the US); "mostly_male", "mostly_female" and "andy" (androgynous)
do not count, nor does any name in the `unisex-first-names` word class ("Alex", "Jordan", "Kim")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import import_module

from ..wordlists import words
from .records import Ent

_PLAIN = {"male": "m", "female": "f"}
# English-language news names people by US and British usage first (gender-guesser's country keys)
_COUNTRIES = ("usa", "great_britain")


@lru_cache(maxsize=1)
def _lookup() -> Callable[[str, str], str] | None:
    """gender-guesser's case-insensitive lookup ((name, country key or "") -> its category), or None
    when the optional extra is not installed."""
    try:
        detector = import_module("gender_guesser.detector")
    except ImportError:
        return None
    get_gender = detector.Detector(case_sensitive=False).get_gender

    def lookup(name: str, country: str) -> str:
        return str(get_gender(name, country) if country else get_gender(name))

    return lookup


def available() -> bool:
    """Whether a first-name gender dictionary is installed (the `names` extra)."""
    return _lookup() is not None


def first_name_gender(name: str) -> str:
    """'m' or 'f' for a first name the dictionary gives to one gender only, else '' (no dictionary
    installed, an initial, a unisex or unknown name)."""
    lookup = _lookup()
    word = name.strip(".").lower()
    if lookup is None or len(word) < 2 or not word.isalpha() or word in words("unisex-first-names"):
        return ""
    gender = _PLAIN.get(lookup(word, ""), "")
    other = {"m": "female", "f": "male"}.get(gender)
    if other is not None and any(lookup(word, c).removeprefix("mostly_") == other for c in _COUNTRIES):
        return ""
    return gender


def known_first_name(name: str) -> bool:
    """Whether the dictionary knows `name` as a first name of any use ("Mary", "Alex"; not "Trump");
    True for every name when no dictionary is installed, which then tells nothing."""
    lookup = _lookup()
    return lookup is None or lookup(name.strip(".").lower(), "") != "unknown"


def entity_name_gender(ent: Ent) -> str:
    """The first-name gender of a person or unknown entity's fullest name of two words or more
    ("Linda Torres": 'f'), else ''. A one-word name is a surname as often as not."""
    if ent.type not in {"person", "unknown"} or ent.plural:
        return ""
    runs = [n.run for n in ent.names if len(n.run) >= 2]
    if not runs:
        return ""
    fullest = max(runs, key=len)
    return first_name_gender(fullest[0].text)
