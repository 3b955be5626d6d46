"""A bare first name in apposition to a kin noun of a named person is that first name and the
person's surname: "Mary Evans and her husband, Tom" names Tom Evans, so that a later "Mr Evans" is
Tom, not Mary (issue 14, tester 3). Kin who most often share a surname are the `family_nouns` of
`core/data/speaker_words.json`; the kin noun's gender ("husband": male) is the name's."""

from __future__ import annotations

from dataclasses import replace

from ..model import Token
from .context import View, lemma_lower, text_lower
from .first_names import known_first_name
from .lexicon import Lexicon
from .records import Features, NameNP

_POSSESSIVES = frozenset({"his", "her"})
_PERSONS = frozenset({"person", "unknown"})


def with_family_surnames(view: View, lex: Lexicon, names: list[NameNP]) -> list[NameNP]:
    """`names` (in text order) with each one-word name that stands in apposition to a possessed kin
    noun ("her husband, Tom", "Tom, her husband,", "his wife Michelle") given the surname of the last
    full name before that noun in its sentence: key (first name, surname), display "Tom Evans",
    the kin noun's gender, type person. With no full name before the noun, the first after it in the
    sentence; a name with neither is left as it is."""
    out = list(names)
    for i, name in enumerate(names):
        if len(name.key) != 1 or len(name.run) != 1 or name.type not in _PERSONS or _titled(lex, name):
            continue
        noun = _kin_noun(view, lex, name.run[0])
        if noun is None:
            continue
        kin = _kin_name(names, noun, name)
        if kin is None:
            continue
        surname = kin.run[-1].text
        features = Features(name.features.roles, name.features.affiliations,
                            lex.gendered.get(lemma_lower(noun), name.features.gender))
        out[i] = replace(name, key=(name.key[0], kin.key[-1]), display=f"{name.display} {surname}",
                         features=features, type="person", strength=max(name.strength, 2))
    return out


def with_coordinated_surnames(view: View, lex: Lexicon, names: list[NameNP]) -> list[NameNP]:
    """`names` (in text order) with each bare first name coordinated right before a two-word name
    ("Tom and Mary Evans") given that name's surname: key (first name, surname), display "Tom Evans",
    type person (and the two-word name too: "Sue and Tom Hill"), so that "Tom and Mary Evans" are two
    people and a later "Mr Evans" is not simply Mary. Only a single untitled word directly followed by
    "and"/"&" and the two-word name counts, and not a word the document also uses as the last word of
    a longer name ("Trump and Bernie Sanders" after "Donald Trump"), nor, where the first-name
    dictionary of the `names` extra is installed, a word it does not know as a first name beside a
    partner's first name it knows ("Trump and Bernie Sanders"); where it knows neither ("Sipho and
    Nomsa Khumalo", tester 10: "Mr Khumalo" was Nomsa at 0.96) the names are outside its reach and
    its silence says nothing."""
    surnames = {name.key[-1] for name in names if len(name.key) >= 2}
    out = list(names)
    for i, name in enumerate(names[:-1]):
        nxt = names[i + 1]
        if not _bare_first(name, nxt) or name.key[0] in surnames or len(nxt.run) != 2:
            continue
        word = name.run[0]
        between = view.tokens[word.index + 1 : nxt.run[0].index]
        if len(between) != 1 or between[0].upos != "CCONJ" or text_lower(between[0]) not in {"and", "&"}:
            continue
        out[i] = replace(name, key=(name.key[0], nxt.key[-1]), display=f"{name.display} {nxt.run[-1].text}",
                         type="person", strength=max(name.strength, 2))
        if nxt.type != "person":  # a first name's partner is a person, whatever its surname says ("Hill")
            out[i + 1] = replace(nxt, type="person")
    return out


def _bare_first(name: NameNP, partner: NameNP) -> bool:
    if len(name.key) != 1 or len(name.run) != 1 or name.type not in _PERSONS or name.features.roles:
        return False
    return known_first_name(name.run[0].text) or not known_first_name(partner.run[0].text)


def _titled(lex: Lexicon, name: NameNP) -> bool:
    """Whether a title stands with the name ("Mr Tom"): its gender and form are the title's. A kin
    noun that is also a title ("Brother", "Sister") is the kin noun here."""
    return any(role in lex.titles and role not in lex.family_nouns for role in name.features.roles)


def _kin_noun(view: View, lex: Lexicon, first: Token) -> Token | None:
    """The possessed kin noun right before `first` (a comma between or not) or right after it and a
    comma ("Tom, her husband,"), in the same sentence, or None."""
    at = first.index
    before = [t for t in view.tokens[max(at - 2, 0) : at] if t.sentence == first.sentence]
    if before and before[-1].text == ",":
        before = before[:-1]
    near = before[-1:]
    after = [t for t in view.tokens[at + 1 : at + 4] if t.sentence == first.sentence]
    if after and after[0].text == ",":
        near += after[1:]
    for noun in near:
        if noun.upos == "NOUN" and lemma_lower(noun) in lex.family_nouns and _possessed(view, noun):
            return noun
    return None


def _possessed(view: View, noun: Token) -> bool:
    return any(c.deprel == "nmod:poss" and text_lower(c) in _POSSESSIVES for c in view.doc.children(noun))


def _kin_name(names: list[NameNP], noun: Token, own: NameNP) -> NameNP | None:
    """The last name of two words or more, no organization, that ends before `noun` in its sentence;
    with none, the first after it ("Tom, her husband, and Mary Evans": her is Mary Evans)."""
    before: NameNP | None = None
    after: NameNP | None = None
    for name in names:
        last = name.run[-1]
        # a kin noun's possessor is a person, whatever the name looks like ("Jane Hill": not a hill)
        if name is own or last.sentence != noun.sentence or len(name.key) < 2 or name.type == "organization":
            continue
        if last.index < noun.index:
            before = name
        elif after is None:
            after = name
    return before or after
