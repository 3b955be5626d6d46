"""Gender from a person's first name, as a prior that rules the other pronoun out, never as the
evidence the text gives (titles, gendered nouns, bound pronouns).

The data is Jörg Michael's first-name dictionary (about 40,000 names with their use by gender in 54
countries) as the PyPI package gender-guesser 0.4.0 ships it; that package is GPLv3, so quotetrace
(MIT) never requires it: it is the optional extra `names`, read only when installed. Without it every
first name is no evidence, as before. Only the dictionary's plain "male" and "female" over all
countries count, and only when its US and British usage do not say the other gender ("Rand" is
female over all countries, male in the US) and no country gives a common plain reading of the other
gender: English news names people from everywhere, and "Andrea", "Nicola", "Simone" are men in
Italy, "Joan" in Catalonia, "Karen" in Armenia. "mostly_male", "mostly_female" and "andy"
(androgynous) do not count, nor does any name in the `unisex-first-names` or
`cross-culture-first-names` word classes (the dictionary's one-gender names that a culture it has no
data for gives to the other gender: the Irish "Dessie" is Desmond)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import import_module
from typing import NamedTuple

from ..wordlists import words
from .records import Ent

_PLAIN = {"male": "m", "female": "f"}
_OTHER = {"m": "male", "f": "female"}
# English-language news names people by US and British usage first (gender-guesser's country keys)
_COUNTRIES = ("usa", "great_britain")
# A plain reading of the other gender counts from this frequency in one country: the dictionary's
# scale doubles per step, 10 being 2 % of a country's people, so 5 is about one person in 1,600
# (its notes). It takes Joan's Spanish men (5) and Andrea's Italian ones (7) but not Jane's
# Macedonian ones (4), which English news meets far less often than its British and American Janes.
_OTHER_CULTURE_FREQUENCY = 5


class Readings(NamedTuple):
    """What the dictionary says of one lower-case first name. `overall`: its category over all
    countries ("male", "mostly_female", "andy", "unknown"…); `english`: the categories US and British
    usage give it, "mostly_" dropped; `peak`: for "male" and "female", the highest frequency (1 rare
    to 13, the dictionary's scale) any country gives that plain reading, 0 where none does."""

    overall: str
    english: frozenset[str]
    peak: dict[str, int]


@lru_cache(maxsize=1)
def _lookup() -> Callable[[str], Readings] | None:
    """gender-guesser's readings of a lower-case name, or None when the optional extra is not
    installed. The per-country frequencies are the Detector's `names` table (gender category ->
    one frequency character per country), which gender-guesser 0.4.0 fills from the dictionary."""
    try:
        detector_module = import_module("gender_guesser.detector")
    except ImportError:
        return None
    detector = detector_module.Detector(case_sensitive=False)
    table: dict[str, dict[str, str]] = detector.names

    @lru_cache(maxsize=4096)
    def lookup(name: str) -> Readings:
        overall = str(detector.get_gender(name))
        if overall == "unknown":
            return Readings(overall, frozenset(), {})
        english = frozenset(str(detector.get_gender(name, c)).removeprefix("mostly_") for c in _COUNTRIES)
        by_gender = table.get(name, {})
        peak = {g: max((int(c, 16) for c in by_gender.get(g, "") if c.isalnum()), default=0) for g in _OTHER.values()}
        return Readings(overall, english, peak)

    return lookup


def available() -> bool:
    """Whether a first-name gender dictionary is installed (the `names` extra)."""
    return _lookup() is not None


def first_name_gender(name: str) -> str:
    """'m' or 'f' for a first name the dictionary gives to one gender wherever it is common, else ''
    (no dictionary installed, an initial, a unisex or unknown name, a name whose gender varies by
    culture: "Andrea", "Joan", "Dessie")."""
    lookup = _lookup()
    word = name.strip(".").lower()
    if lookup is None or len(word) < 2 or not word.isalpha():
        return ""
    if word in words("unisex-first-names") or word in words("cross-culture-first-names"):
        return ""
    readings = lookup(word)
    gender = _PLAIN.get(readings.overall, "")
    other = _OTHER["f" if gender == "m" else "m"] if gender else ""
    if not gender or other in readings.english or readings.peak[other] >= _OTHER_CULTURE_FREQUENCY:
        return ""
    return gender


def known_first_name(name: str) -> bool:
    """Whether the dictionary knows `name` as a first name of any use ("Mary", "Alex"; not "Trump");
    True for every name when no dictionary is installed, which then tells nothing."""
    lookup = _lookup()
    return lookup is None or lookup(name.strip(".").lower()).overall != "unknown"


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
