"""The word lists of speaker resolution (`core/data/speaker_words.json`), loaded and checked once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..wordlists import words


@dataclass(frozen=True, slots=True)
class Pronoun:
    number: str  # sg | pl | ""
    gender: str  # m | f | n (not a person) | ""
    person: int  # 1, 2, 3; 0 for relative pronouns


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: dict[str, str]
    role_classes: dict[str, frozenset[str]]
    person_nouns: frozenset[str]
    gendered: dict[str, str]
    anonymous_nouns: frozenset[str]
    anonymity_words: frozenset[str]
    anonymity_verbs: frozenset[str]
    anonymity_objects: frozenset[str]
    surname_titles: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    thing_words: frozenset[str]
    org_classes: dict[str, frozenset[str]]
    known_orgs: frozenset[str]
    countries: dict[str, str]
    nationalities: dict[str, str]
    affiliations: dict[str, str]
    not_names: frozenset[str]
    sentence_openers: frozenset[str]
    document_nouns: frozenset[str]
    time_nouns: frozenset[str]
    pronouns: dict[str, Pronoun]
    definite: frozenset[str]
    indefinite: frozenset[str]
    function_words: frozenset[str]
    # Nouns whose commonest sense is a person (WordNet 3.0 noun.person, `data/person_nouns.txt`):
    # the wide net of pronoun antecedents, where the hand-made lists above decide types and roles.
    wordnet_persons: frozenset[str] = frozenset()
    # "counterpart" -> "", "predecessor" -> "former": roles held through another person's role
    relational_roles: dict[str, str] = field(default_factory=dict)
    company_suffixes: frozenset[str] = frozenset()
    parties: dict[str, str] = field(default_factory=dict)  # "democratic" -> "democrat"
    role_ranks: frozenset[str] = frozenset()  # "vice", "shadow": modifiers that make a role another one
    family_nouns: frozenset[str] = frozenset()  # kin who most often share a surname ("her husband, Tom")
    # "pm" -> ("prime minister",): titles written as capital initials, and the roles they stand for
    title_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    honorifics: frozenset[str] = frozenset()  # "excellency": styles of address, never names

    def is_person_noun(self, word: str) -> bool:
        return (
            word in self.role_classes
            or word in self.person_nouns
            or word in self.gendered
            or word in self.anonymous_nouns
            or (word in self.titles and word not in {"vice", "crown", "chief"})
        )

    def is_org_noun(self, word: str) -> bool:
        return word in self.org_classes

    def classes(self, word: str) -> frozenset[str]:
        return self.role_classes.get(word, frozenset()) | self.org_classes.get(word, frozenset())


def _words(section: Any) -> list[str]:
    if isinstance(section, dict):
        section = section.get("words", section.get("names", []))
    return [str(w) for w in section]


def _invert(groups: dict[str, Any]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, members in groups.items():
        if name.startswith("_"):
            continue
        for member in members:
            found.setdefault(str(member), set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


def _mapping(section: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in section.items() if not k.startswith("_")}


@cache
def load_lexicon() -> Lexicon:
    path = resources.files("quotetrace.core").joinpath("data", "speaker_words.json")
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    persons = resources.files("quotetrace.core").joinpath("data", "person_nouns.txt").read_text(encoding="utf-8")
    pronouns = {
        word: Pronoun(str(f["number"]), str(f["gender"]), int(f["person"]))
        for word, f in raw["pronouns"].items()
        if not word.startswith("_")
    }
    return Lexicon(
        titles=_mapping(raw["titles"]),
        role_classes=_invert({**raw["role_classes"], **raw["party_members"]}),
        person_nouns=frozenset(_words(raw["person_nouns"])),
        gendered=_mapping(raw["gendered_nouns"]),
        anonymous_nouns=words("anonymous-heads"),
        anonymity_words=frozenset(raw["anonymity"]["words"]),
        anonymity_verbs=frozenset(raw["anonymity"]["verbs"]),
        anonymity_objects=frozenset(raw["anonymity"]["objects"]),
        surname_titles=frozenset(_words(raw["surname_titles"])),
        org_words=frozenset(_words(raw["organization_words"])),
        place_words=frozenset(_words(raw["place_words"])),
        thing_words=frozenset(_words(raw["thing_words"])),
        org_classes=_invert(raw["organization_nouns"]),
        known_orgs=frozenset(_words(raw["known_organizations"])),
        countries=_mapping(raw["countries"]),
        nationalities={k: v for k, v in _mapping(raw["nationalities"]).items() if v},
        affiliations=_mapping(raw["affiliations"]),
        not_names=frozenset(_words(raw["not_names"])),
        sentence_openers=frozenset(_words(raw["sentence_openers"])),
        document_nouns=frozenset(_words(raw["document_nouns"])),
        time_nouns=words("time-nouns"),
        pronouns=pronouns,
        definite=frozenset(raw["determiners"]["definite"]),
        indefinite=frozenset(raw["determiners"]["indefinite"]),
        function_words=frozenset(_words(raw["name_function_words"])),
        wordnet_persons=frozenset(w for w in persons.splitlines() if w.isalpha()),
        relational_roles={str(k): str(v) for k, v in raw["relational_roles"].items() if not k.startswith("_")},
        company_suffixes=frozenset(_words(raw["company_suffixes"])),
        family_nouns=frozenset(_words(raw["family_nouns"])),
        role_ranks=frozenset(_words(raw["role_ranks"])),
        title_abbreviations={word: tuple(full.split("|"))
                             for word, full in _mapping(raw["title_abbreviations"]).items()},
        honorifics=frozenset(_words(raw["honorifics"])),
        parties={**{str(w): party for party, members in raw["party_members"].items() if not party.startswith("_")
                    for w in members}, **_mapping(raw["party_adjectives"])},
    )
