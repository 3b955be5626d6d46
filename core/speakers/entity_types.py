"""Entity types of name phrases (person, organization, place, unknown) and clustering of the names
that refer to one entity ("Putin" -> "Vladimir Putin", "UK" -> "United Kingdom", "NATO")."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import EntityType, Token
from .context import find_root, text_lower
from .lexicon import Lexicon
from .records import Features, NameNP

PERSONISH: frozenset[EntityType] = frozenset({"person", "unknown", "anonymous"})


def is_place(name: str, lex: Lexicon) -> bool:
    return (name in lex.countries.values() or name in lex.affiliations) and name not in lex.known_orgs


def orgish(tokens: Sequence[Token], lex: Lexicon) -> bool:
    joined = " ".join(text_lower(t) for t in tokens)
    return any(text_lower(t) in lex.org_words for t in tokens) or joined in lex.known_orgs


def name_type(
    key: tuple[str, ...],
    run: Sequence[Token],
    features: Features,
    org_headed: bool,
    role_headed: bool,
    lex: Lexicon,
) -> tuple[EntityType, int]:
    joined = " ".join(key)
    if org_headed or joined in lex.known_orgs or any(text_lower(t) in lex.org_words for t in run):
        return "organization", 3
    if is_place(joined, lex):
        return "place", 3
    last = text_lower(run[-1]) if run else ""
    person_roles = {r for r in features.roles if lex.is_person_noun(r) or r in lex.titles}
    if len(run) > 1 and last in lex.place_words and not (role_headed or person_roles):
        return "place", 2  # 'Central Park', but not 'the chief executive, Lisa Park'
    if len(run) > 1 and last in lex.thing_words:
        return "unknown", 2  # a study, a treaty, a summit: not a person, seldom a speaker
    text = "".join(t.text for t in run).replace(".", "")
    if len(run) == 1 and len(text) >= 2 and text.isalpha() and text.isupper():
        return "organization", 2  # an acronym that is no country: BBC, NATO, OPEC
    if role_headed or person_roles or features.gender:
        return "person", 2
    if len(run) >= 2:
        return "person", 1  # two or more proper nouns that are no organization or place: most often a person
    return "unknown", 0


def cluster_names(names: list[NameNP], lex: Lexicon) -> tuple[list[int], set[tuple[str, ...]]]:
    """Cluster index per name phrase, and the short keys whose link is doubtful: left apart because
    they fit several full names, or a city name taken as the surname of the only person it ends."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    for i, name in enumerate(names):
        by_key.setdefault(name.key, []).append(i)
    key_type: dict[tuple[str, ...], EntityType] = {}
    for key, members in by_key.items():
        best = max(members, key=lambda i: names[i].strength)
        key_type[key] = names[best].type
    parent = {key: key for key in by_key}

    def find(key: tuple[str, ...]) -> tuple[str, ...]:
        return find_root(parent, key)

    ambiguous: set[tuple[str, ...]] = set()
    personish: frozenset[EntityType] = frozenset({"person", "unknown"})
    for short in by_key:
        city = len(short) == 1 and key_type[short] == "place" and short[0] not in lex.countries
        if key_type[short] in personish or city:
            longer = [
                long
                for long in by_key
                if len(long) > len(short)
                and (key_type[long] == "person" if city else key_type[long] in personish)
                and (long[-len(short) :] == short or (not city and long[: len(short)] == short))
            ]
            # "Putin" in both "Vladimir Putin" and "Vladimir V. Putin" is fine only if one of the
            # long forms contains the others; otherwise the short form is ambiguous.
            maximal = [k for k in longer if not any(_is_part(k, other) for other in longer if other != k)]
            if len(maximal) == 1:
                parent[find(short)] = find(maximal[0])
                if city:
                    ambiguous.add(short)  # "Paris" after "Valeska Paris": most likely her
            elif len(maximal) > 1:
                ambiguous.add(short)
        if len(short) == 1 and short[0].isalpha() and key_type[short] in {"organization", "unknown"}:
            for long in by_key:
                if len(long) > 1 and key_type[long] == "organization" and _acronym(long, lex) == short[0]:
                    parent[find(short)] = find(long)
    roots: dict[tuple[str, ...], int] = {}
    cluster = [roots.setdefault(find(name.key), len(roots)) for name in names]
    return cluster, ambiguous


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return len(long) > n and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _acronym(key: tuple[str, ...], lex: Lexicon) -> str:
    return "".join(word[0] for word in key if word not in lex.function_words and word[:1].isalpha())
