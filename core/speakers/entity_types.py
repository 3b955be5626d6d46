"""Entity types of name phrases (person, organization, place, unknown) and clustering of the names
that refer to one entity ("Putin" -> "Vladimir Putin", "UK" -> "United Kingdom", "NATO")."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import EntityType, Token
from .context import find_root, text_lower
from .first_names import first_name_gender
from .lexicon import Lexicon
from .records import Features, NameNP

PERSONISH: frozenset[EntityType] = frozenset({"person", "unknown", "anonymous"})


def is_place(name: str, lex: Lexicon) -> bool:
    return (name in lex.countries.values() or name in lex.affiliations) and name not in lex.known_orgs


def orgish(tokens: Sequence[Token], lex: Lexicon, doc_tokens: Sequence[Token] = ()) -> bool:
    """Whether the name-like `tokens` (in text order) name an organization: an organization word, a
    known organization's name or, given the document's tokens `doc_tokens`, a body named for a place
    ('Transport for London': `body_for_a_place`)."""
    joined = " ".join(text_lower(t) for t in tokens)
    if any(text_lower(t) in lex.org_words for t in tokens) or joined in lex.known_orgs:
        return True
    if any(body_for_a_place(lex, a, gap, b) for a, gap, b in zip(tokens, tokens[1:], tokens[2:], strict=False)):
        return True  # the name with its 'for'
    return bool(doc_tokens) and any(
        b.index == a.index + 2 and body_for_a_place(lex, a, doc_tokens[a.index + 1], b)
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def body_for_a_place(lex: Lexicon, before: Token, gap: Token, after: Token) -> bool:
    """'Transport for London', 'Transport for Wales': a proper noun that is no title or role, 'for'
    and a place name one body, which no organization word marks; the speaker had been 'Transport'
    (tester 7). ('Minister for Wales' is a title, 'Thanks for London' a common noun, and 'the UK for
    Germany' two places.)"""
    word = text_lower(before)
    return (
        text_lower(gap) == "for"
        and before.upos == "PROPN"
        and before.text[:1].isupper()
        and "Number=Plur" not in before.feats
        and word not in lex.titles
        and not lex.is_person_noun(word)
        and not (is_place(word, lex) or word in lex.countries or before.text.isupper())  # 'the UK for Germany'
        and is_place(text_lower(after), lex)
    )


# the type strength of a one-word name in capitals taken for an acronym (`name_type`): the weakest
# reading of an organization, which a person's surname written in capitals overrides (`cluster_names`)
ACRONYM_STRENGTH = 2


def name_type(
    key: tuple[str, ...],
    run: Sequence[Token],
    features: Features,
    org_headed: bool,
    role_headed: bool,
    lex: Lexicon,
) -> tuple[EntityType, int]:
    joined = " ".join(key)
    if org_headed or orgish(run, lex):
        return "organization", 3
    if "for" in key[1:-1]:
        return "organization", 2  # "Transport for Wales": no person's name has "for" inside
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
        # an acronym that is no country (BBC, NATO, OPEC), unless a gendered title says it is a
        # surname in capitals ("MR DAWSON:" opening a transcript's turn)
        return ("person", 2) if features.gender else ("organization", ACRONYM_STRENGTH)
    if role_headed or person_roles or features.gender:
        return "person", 2
    if len(run) >= 2:
        return "person", 1  # two or more proper nouns that are no organization or place: most often a person
    return "unknown", 0


Node = tuple[tuple[str, ...], str]  # a name's key and the gender its title or role shows ("" unshown)


def cluster_names(names: list[NameNP], lex: Lexicon) -> tuple[list[int], set[int]]:
    """Cluster index per name phrase, and the indices of the names whose link is doubtful: a short
    name left apart because it fits several full names, a bare surname that two people of different
    gender share ("Ms Evans … Mr Evans … Evans"), or a city name taken as the surname of the only
    person it ends. The same name with titles of different gender ("Ms Evans", "Mr Evans") is two
    people; a short name links only to a longer one whose gender does not contradict its own."""
    by_node: dict[Node, list[int]] = {}
    for i, name in enumerate(names):
        by_node.setdefault((name.key, name.features.gender), []).append(i)
    node_type: dict[Node, EntityType] = {}
    for node, members in by_node.items():
        best = max(members, key=lambda i: names[i].strength)
        node_type[node] = names[best].type
    parent = {node: node for node in by_node}
    acronyms = _read_as_acronyms(names, by_node, node_type)

    def find(node: Node) -> Node:
        return find_root(parent, node)

    doubtful: set[Node] = _same_key_genders(by_node, node_type, parent)
    personish: frozenset[EntityType] = frozenset({"person", "unknown"})
    for short in by_node:
        key, gender = short
        city = len(key) == 1 and node_type[short] == "place" and key[0] not in lex.countries
        if (node_type[short] in personish or city) and find(short) == short:
            longer = [
                long
                for long in by_node
                if len(long[0]) > len(key)
                and (node_type[long] == "person" if city else node_type[long] in personish)
                and (long[0][-len(key) :] == key or (not city and long[0][: len(key)] == key))
            ]
            # "Putin" in both "Vladimir Putin" and "Vladimir V. Putin" is fine only if one of the
            # long forms contains the others; otherwise the short form is ambiguous.
            maximal = [k for k in longer if not any(_is_part(k[0], other[0]) for other in longer if other != k)]
            # A title's gender never goes to a full name of the other gender ("Mr Evans" is not "Mrs Sue
            # Evans", nor "Mary Evans" where the first-name dictionary of the `names` extra is installed).
            maximal, against_prior = _fitting_gender(maximal, gender)
            if against_prior:
                doubtful.add(short)
            if len(maximal) > 1 and gender:
                # Of several full names, a title's gender picks one ("Mr Evans": Tom, not Sue Evans).
                fitting = [k for k in maximal if _shown_gender(k) == gender]
                maximal = fitting if len(fitting) == 1 else maximal
            if len(maximal) == 1:
                parent[find(short)] = find(maximal[0])
                if city:
                    doubtful.add(short)  # "Paris" after "Valeska Paris": most likely her
            elif len(maximal) > 1:
                doubtful.add(short)
        if acronyms.get(short) and find(short) == short:
            _join_surname_in_capitals(short, by_node, node_type, parent)
        if len(key) == 1 and key[0].isalpha() and node_type[short] in {"organization", "unknown"}:
            for long in by_node:
                if len(long[0]) > 1 and node_type[long] == "organization" and _acronym(long[0], lex) == key[0]:
                    parent[find(short)] = find(long)
    roots: dict[Node, int] = {}
    cluster = [roots.setdefault(find((name.key, name.features.gender)), len(roots)) for name in names]
    ambiguous = {i for i, name in enumerate(names) if (name.key, name.features.gender) in doubtful}
    return cluster, ambiguous


def _read_as_acronyms(
    names: list[NameNP], by_node: dict[Node, list[int]], node_type: dict[Node, EntityType]
) -> dict[Node, bool]:
    """Per node, whether it is a one-word name typed an organization only because it is written in
    capitals ("PARK:"): every name of it has the acronym reading's strength."""
    return {node: len(node[0]) == 1 and node_type[node] == "organization" and all(
        names[i].strength == ACRONYM_STRENGTH and names[i].display.isupper() for i in members)
        for node, members in by_node.items()}


def _join_surname_in_capitals(
    short: Node, by_node: dict[Node, list[int]], node_type: dict[Node, EntityType], parent: dict[Node, Node]
) -> None:
    """A transcript names a speaker in capitals, in full and then by surname ("COMMISSIONER LYNDA PARK:"
    … "PARK:"): a one-word name in capitals that ends exactly one person's name is that person, not
    an acronym."""
    bearers = [node for node in by_node if node != short and node_type[node] == "person"
               and len(node[0]) > 1 and node[0][-1] == short[0][0]]
    if len(bearers) == 1:
        parent[short] = find_root(parent, bearers[0])
        node_type[short] = "person"


def _same_key_genders(
    by_node: dict[Node, list[int]], node_type: dict[Node, EntityType], parent: dict[Node, Node]
) -> set[Node]:
    """One key written with one gender shown and without it ("Ms Evans … Evans") is one person: the
    bare node joins the gendered one. When the people it could be show two genders ("Mr Evans",
    "Mrs Sue Evans"), the bare name could be either of them: doubtful, and with two gendered nodes of
    its own key it stays apart."""
    doubtful: set[Node] = set()
    for (key, gender), _ in by_node.items():
        if gender or node_type[(key, gender)] not in {"person", "unknown"}:
            continue
        # Every person the bare name could be: the same key with a gender, and longer names it ends.
        bearers = [node for node in by_node if node != (key, gender) and node[0][-len(key) :] == key]
        shown = [node for node in bearers if node[0] == key]
        if len({node[1] for node in bearers if node[1]}) > 1:
            doubtful.add((key, gender))
        if len(shown) == 1:
            parent[(key, gender)] = shown[0]
    return doubtful


def _fitting_gender(maximal: list[Node], gender: str) -> tuple[list[Node], bool]:
    """The full names in `maximal` whose gender does not contradict `gender` (`_other_gender`), and
    whether none is left while the text left one that only the first-name dictionary contradicts: then
    the titled surname is a person of its own, doubtfully, since the dictionary is a prior and may be
    wrong. "Raila Odinga and his wife, Ida Odinga … Mr Odinga": the dictionary calls Raila female
    (tester 10: an unnamed "Odinga" at 0.9); "Jane Evans … Mr Evans" may be her husband, or her."""
    fitting = [k for k in maximal if not _other_gender(k, gender)]
    by_text = [k for k in maximal if not (gender and k[1] and k[1] != gender)]
    return fitting, not fitting and len(by_text) == 1


def _other_gender(node: Node, gender: str) -> bool:
    """Whether the full name `node` shows a gender other than `gender` ('m', 'f' or '' for none), by
    its title or role, or by its first name (core/speakers/first_names.py)."""
    if not gender:
        return False
    shown = _shown_gender(node)
    return bool(shown) and shown != gender


def _shown_gender(node: Node) -> str:
    """The gender a full name shows by its title or role, else by its first name, else ''."""
    return node[1] or (first_name_gender(node[0][0]) if len(node[0]) >= 2 else "")


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return len(long) > n and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _acronym(key: tuple[str, ...], lex: Lexicon) -> str:
    return "".join(word[0] for word in key if word not in lex.function_words and word[:1].isalpha())
