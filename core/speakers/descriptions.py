"""Definite descriptions ("the Russian leader", "the company") linked to an entity introduced with a
matching role class and affiliation."""

from __future__ import annotations

from .confidence import (
    DESCRIPTION_TIED,
    NO_MATCH,
    ROLE_AND_AFFILIATION,
    ROLE_CLASS,
    SAME_ROLE,
    SAME_WORD,
    UNROLED,
    Factors,
)
from .lexicon import Lexicon
from .records import Ent, Speaker


def resolve_description(spk: Speaker, offset: int, ents: dict[int, Ent], lex: Lexicon) -> tuple[Ent | None, Factors]:
    """The entity a description speaker mention at code-point `offset` refers to (None: none fits;
    the caller gives it an entity of its own) and the factor of the match: role class and
    affiliation, the same role word, the role class of a recent speaker, or a tie."""
    if spk.type not in {"person", "organization"}:
        # "the report said": only the same head word said before ("a report") can be the same thing.
        same = [(ent.last_before(offset), ent) for ent in ents.values() if ent.head_word == spk.word]
        known = sorted(((last, ent) for last, ent in same if last is not None), key=lambda item: -item[0])
        return (known[0][1], (SAME_WORD,)) if known else (None, (NO_MATCH,))
    word_classes = lex.classes(spk.word)
    wanted = spk.features.affiliations
    candidates: list[tuple[int, int, Ent]] = []  # (level, recency, entity)
    for ent in ents.values():
        last = ent.last_before(offset)
        if last is None:
            continue
        if spk.type == "organization" and ent.type != "organization":
            continue
        if spk.type == "person" and ent.type not in {"person", "anonymous"}:
            continue
        # a gendered role noun ("the congressman") never goes to a person of the other shown gender,
        # by title, noun or (with the `names` extra) first name
        shown = ent.gender or ent.name_gender
        if spk.features.gender and shown and spk.features.gender != shown:
            continue
        exact = _same_role(spk, ent, ents, offset, lex)
        same_class = bool(word_classes & (frozenset(c for role in ent.roles for c in lex.classes(role))
                                          | _phrase_classes(ent, lex)))
        if wanted and ent.affiliations and not wanted & ent.affiliations:
            continue  # "the Russian leader" is not the French president
        if _contradicts(spk, ent, lex):
            continue  # "the prosecution lawyer" is not "Defence lawyer Jo Dee"
        affiliated = bool(wanted & ent.affiliations)
        if (exact or same_class) and affiliated:
            candidates.append((3, last, ent))
        elif exact:
            candidates.append((2, last, ent))
        elif same_class or (spk.type == "organization" and not any(lex.classes(role) for role in ent.roles)):
            # an organization named with no class word ("Nordic Rail said …") may be "the company"
            spoke = ent.spoke_before(offset)
            if spoke is not None:
                candidates.append((1, spoke, ent))  # only a speaker of that class, most recent first
    if not candidates:
        return None, (NO_MATCH,)
    level = max(c[0] for c in candidates)
    top = sorted((c for c in candidates if c[0] == level), key=lambda c: -c[1])
    # "the new mayor" after "his successor, Ann Cole": the successor, not the mayor he succeeds
    timed = [c for c in top if _held_through(spk, c[2], ents, offset, lex)]
    top = timed or top
    if len({c[2].uid for c in top}) > 1:
        return top[0][2], (DESCRIPTION_TIED,)
    if not top[0][2].names and top[0][2].type != "anonymous":
        # "the firm" after "the company", with no name for either: one entity, still unnamed, as
        # unresolved as the first description was (it gave 0.81 for tester 5)
        return top[0][2], (NO_MATCH,)
    return top[0][2], ({3: ROLE_AND_AFFILIATION, 2: SAME_ROLE}.get(level, ROLE_CLASS),)


def unroled_person(spk: Speaker, offset: int, since: int, ents: dict[int, Ent]) -> tuple[Ent | None, Factors]:
    """For a bare person description no entity holds ("the forward", "the manager": a definite
    article and the role noun, nothing else; `resolve_description` found none): the last speaker
    before code-point `offset`, when it spoke after `since`, is a named person whose role the text
    never gave (no role, no description) and not of another shown gender; else None. A footballer
    named and quoted ("Benali, 33, said …") is "the forward" a paragraph later; a person given another
    role ("Opposition Leader Peter Dutton") is never "the prime minister", and a description with
    modifiers ("the Vermont senator") says more than a guess may assume."""
    if spk.type != "person" or spk.plural or _modifiers(spk) or _ordered_words(spk.mention.text)[:1] != ["the"]:
        return None, (NO_MATCH,)
    spoken = [(last, ent) for ent in ents.values() if (last := ent.spoke_before(offset)) is not None]
    if not spoken:
        return None, (NO_MATCH,)
    last, ent = max(spoken, key=lambda item: item[0])
    shown = ent.gender or ent.name_gender
    if last < since or ent.type != "person" or ent.plural or ent.roles or not ent.names:
        return None, (NO_MATCH,)
    if any(name.description for name in ent.names) or (spk.features.gender and shown and spk.features.gender != shown):
        return None, (NO_MATCH,)
    return ent, (UNROLED,)


# Words of a description that say nothing about which bearer of the role is meant.
_EMPTY = frozenset({"the", "a", "an", "this", "that", "its", "their"})


def _words(text: str) -> set[str]:
    return set(_ordered_words(text))


def _ordered_words(text: str) -> list[str]:
    """The lower-case words of `text` in order, a hyphenated word in its parts ("vice-president":
    vice, president; "co-chair") and "ex-" read as "former"."""
    words = []
    for raw in text.lower().replace("’", "'").split():
        word = raw.strip(",.;:'\"()")
        if word.endswith("'s"):
            word = word[:-2]
        for part in word.split("-"):
            if part.isalpha():
                words.append("former" if part == "ex" else part)
    return words


def _modifiers(spk: Speaker) -> set[str]:
    """The words of a description mention beside its determiner and head: modifiers ("prosecution",
    "former", "Japanese", "home") and possessors ("his", "the defendant's") that pick one bearer of
    the role."""
    return _words(spk.mention.text) - _EMPTY - {spk.word}


def _same_role(spk: Speaker, ent: Ent, ents: dict[int, Ent], offset: int, lex: Lexicon) -> bool:
    """Whether `ent` holds the description's role itself: the same role word or head word, a role
    held through another's (`_holds_through`), the role a title's initials stand for said in full ("the
    PM" after "Prime Minister Keir Starmer", `_spelt_out`), the word said in its description ("the
    virologist" after "Dr Maya Rao, a virologist") or, for a company named as one ("Halcyon Corp."), a
    word of the company class ("the firm", "the airline")."""
    if spk.word in ent.roles or spk.word == ent.head_word or _held_through(spk, ent, ents, offset, lex) is not None:
        return True
    if spk.word in lex.title_abbreviations and _spelt_out(lex.title_abbreviations[spk.word], ent, lex):
        return True  # 'the PM' and 'Prime Minister Keir Starmer'
    if spk.word in lex.nationalities:
        return lex.nationalities[spk.word] in ent.affiliations  # "the Canadian": "Ann Lee, a Canadian"
    if spk.type == "person":
        return any(spk.word in _words(text) for text in _descriptions(ent))
    return "company" in ent.roles and "company" in lex.classes(spk.word)


def _spelt_out(roles: tuple[str, ...], ent: Ent, lex: Lexicon) -> bool:
    """Whether one of the roles a title's initials stand for (`title_abbreviations`) is said in full in
    how `ent` was described ("Prime Minister", "Kestrel's chief financial officer"), with no rank or
    "former" before it: initials name the role itself, and "the CM" is not "Deputy Chief Minister D K
    Shivakumar" nor "the PM" "Former prime minister Boris Johnson" (tester 16: both at 0.81)."""
    for text in _descriptions(ent):
        words = _ordered_words(text)
        for role in roles:
            size = len(role.split())
            for at in range(len(words) - size + 1):
                if " ".join(words[at : at + size]) == role and not set(words[:at]) & (lex.role_ranks | {"former"}):
                    return True
    return False


def _held_through(spk: Speaker, ent: Ent, ents: dict[int, Ent], offset: int, lex: Lexicon) -> str | None:
    """Whether `ent` holds the description's role through another person's (`relational_roles`):
    "his Japanese counterpart, Kenji Sato" is a minister when a minister was named ("Trade Minister
    Li Wei"), "her predecessor, John Webb" is "the former chief constable" when a chief constable
    was, before `offset`, and "his successor, Ann Cole" is "the new mayor". The modifier the match
    needed ("" for a counterpart, "former", "new"), or None."""
    for role in ent.roles & lex.relational_roles.keys():
        needed = lex.relational_roles[role]
        if needed and needed not in _modifiers(spk):
            continue
        if any(other.uid != ent.uid and spk.word in other.roles and other.last_before(offset) is not None
               for other in ents.values()):
            return needed
    return None


def _contradicts(spk: Speaker, ent: Ent, lex: Lexicon) -> bool:
    """Whether a description's modifiers pick another bearer of the role than `ent`: both name the
    role with modifiers and share none ("the prosecution lawyer" / "Defence lawyer Jo Dee", "his
    assistant coach" / "Head coach Vic Ray", "the Japanese minister" / "Trade Minister Li Wei"), or
    the description says "former" and the entity was never so described (nor as someone's predecessor),
    or the entity held the role only as "former" and the description does not say so, or the two name
    different parties."""
    wanted = _modifiers(spk)
    parties = {lex.parties[w] for w in wanted | {spk.word} if w in lex.parties}
    held_parties = {lex.parties[w] for w in ent.roles | _description_words(ent) if w in lex.parties}
    if parties and held_parties and not parties & held_parties:
        return True  # "the Democratic nominee" is not "Republican Donald Trump"
    described = [words for words in (_before_role(text, spk.word) for text in _descriptions(ent)) if words is not None]
    if _other_rank(spk, ent, described, lex):
        return True  # "the shadow chancellor" is not "Rachel Reeves, the chancellor"
    if "former" not in wanted and described and all("former" in words for words in described):
        return True  # "the mayor" is not "Former Mayor Ann Cole"
    if not wanted:
        return False
    earlier = any(lex.relational_roles.get(role) == "former" for role in ent.roles)  # "her predecessor"
    if "former" in wanted and not earlier and not any("former" in words for words in described):
        return True
    held = set().union(*described)
    return bool(held) and not wanted & held


def _other_rank(spk: Speaker, ent: Ent, described: list[set[str]], lex: Lexicon) -> bool:
    """Whether the description and `ent` hold the role with different rank modifiers
    (`role_ranks`: "the vice-president" / "President Joe Biden", "the president" /
    "Vice-President Kamala Harris", "the acting mayor" / "Mayor Tom Grey"). `described`: the words
    before the role word in each of the entity's descriptions that hold it. An entity that holds the
    role through another's (`relational_roles`: "her shadow, Mel Stride") holds it with that modifier;
    one whose descriptions do not hold the role word holds it with none."""
    wanted = _modifiers(spk) & lex.role_ranks
    through = {lex.relational_roles[role] for role in ent.roles if role in lex.relational_roles}
    if through & lex.role_ranks:
        return not wanted & through
    held = [words & lex.role_ranks - {spk.word} for words in described] or [set()]
    return all(ranks != wanted for ranks in held)


def _phrase_classes(ent: Ent, lex: Lexicon) -> frozenset[str]:
    """The role classes of the several-word roles in the entity's descriptions ("Kestrel's chief
    financial officer": finance_officer, which "the CFO" is too); one-word roles are its `roles`."""
    text = f" {' '.join(' '.join(_ordered_words(d)) for d in _descriptions(ent))} "
    return frozenset(c for phrase, classes in lex.role_classes.items() if " " in phrase and f" {phrase} " in text
                     for c in classes)


def described_as(spk: Speaker, ent: Ent) -> bool:
    """Whether every modifier of a description mention (`_modifiers`: "democratic", "presidential"
    in "The Democratic presidential candidate") is a word of how `ent` was described, a role or an
    affiliation of it: a stricter match than `resolve_description`'s, which a Libertarian
    presidential candidate passes by "presidential" alone."""
    known = _description_words(ent) | ent.roles | ent.affiliations
    return _modifiers(spk) <= known


def _before_role(text: str, word: str) -> set[str] | None:
    """The words before the role `word` in one description ("Defence lawyer" -> {"defence"}); None
    when the description does not hold the role word."""
    flat = _ordered_words(text)
    if word not in flat:
        return None
    return set(flat[: flat.index(word)]) - _EMPTY


def _description_words(ent: Ent) -> set[str]:
    return set().union(*(_words(text) for text in _descriptions(ent)))


def _descriptions(ent: Ent) -> list[str]:
    """What describes the entity: its names' descriptions and party-and-state labels ("Washington
    Democrat"), or for an entity made from a description its own words
    ("the Kentucky Republican", which "the Wisconsin Republican" is not)."""
    own = [ent.name] if not ent.names and not ent.document else []
    return [name.description for name in ent.names if name.description] + [ent.description, *ent.party_labels, *own]
