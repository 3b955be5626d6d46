"""Speaker resolution: one canonical entity per speaker.

The attribution rules hand over quotes whose `speaker` is a mention (a span and its head token).
This module decides who each mention is, with rules over the dependency parse and the word lists
in `data/speaker_words.json` (there is no NER model, so names and types come from PROPN runs,
their modifiers and the lists):

1. Names. Every proper-name phrase in the document is found: a run of PROPN tokens joined by
   compound/flat (capitalised adjectives such as "United" or "Associated", glued hyphens as in
   "al-Amr" and, inside organization names, nationalities as in "Korean Central News Agency").
   Titles and capitalised roles in front of it ("President", "Mr.", "NASA Administrator"),
   role modifiers ("Kremlin spokesperson"), appositions ("Sun Zhuangzhi, director of ...";
   "the UK's defense secretary, Ben Wallace") and an organization head ("the Reuters news
   agency") become its description; a run that ends in a role is a description, not a name
   ("Shadow Home Secretary"). Types come from the word lists: organization words and known
   organizations, acronyms, countries and cities, then person evidence (titles, roles, gender),
   then shape (two or more proper nouns: a person); a single unknown word stays "unknown".
   Names are clustered: the same name, a surname or first token of exactly one longer person
   name ("Putin" -> "Vladimir Putin", "Sun" -> "Sun Zhuangzhi"), aliases of one country ("UK" ->
   "United Kingdom"), an acronym of an organization ("NATO"). A short name that fits several
   longer ones stays apart, and a city name that ends exactly one person's name ("Paris" after
   "Valeska Paris") joins her; both links lower the quote's confidence.
2. Pronouns (he, she, it, they, we) go to the most salient earlier entity that agrees in number,
   gender and type ("she" never an organization, place or group; "they" a group, plural,
   organization or, barely, a place): recent speakers weigh most, then subjects, then other
   mentions; weight decays with every sentence and paragraph back, and nothing beyond two
   paragraphs back counts. A pronoun inside a quote's content never resolves to that quote's
   speaker; names inside the quote the pronoun introduces hardly count. "I"/"you" are never
   resolved; "we" inside a quote is the quote's speaker; a relative "who" is its antecedent.
   A near tie is refused (no entity) rather than guessed.
3. Definite descriptions ("the Russian leader", "the researcher", "the company") go to an entity
   introduced with the same role word or one of its class (leader ~ president) and a matching
   affiliation (Russian ~ Russia ~ Kremlin; a different one rules the entity out); a class-only
   match goes to the most recent speaker of that class with lower confidence; otherwise the
   description becomes its own entity with lower confidence.
4. Anonymous speakers ("a French source", "officials", "a spokesperson who declined to be
   named") and groups ("the United Kingdom and Poland", "analysts") are entities of their own;
   a later "the spokesperson" can refer back to an anonymous one.

Confidence: a quote's confidence is multiplied by the factor of the rule that linked it (the
constants below); unresolved pronouns get no entity, unresolved descriptions their own entity.
No first-name gender list is used: gender comes from titles, gendered nouns and confident
he/she links only.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from .model import Document, Entity, EntityType, Mention, MentionKind, Quote, Span, Token

_K = TypeVar("_K")

# Confidence factors (multiplied into Quote.confidence).
NAME_AMBIGUOUS = 0.7  # a surname that fits several full names (kept apart), or a city taken as a surname
PRONOUN = 0.9  # even a clear pronoun link is a guess about salience
PRONOUN_CLOSE = 0.7  # the runner-up scored at least CLOSE of the winner
PRONOUN_FAR = 0.8  # the antecedent was last seen two paragraphs back
PRONOUN_UNRESOLVED = 0.5
WE_IN_QUOTE = 0.8  # "we" inside a quote: the speaker, or the body the speaker stands for
DESCRIPTION_STRONG = 0.95  # role class and affiliation both match
DESCRIPTION_EXACT = 0.9  # the same role word, no affiliation to compare
DESCRIPTION_RECENT = 0.8  # role class only: linked to the most recent such speaker
DESCRIPTION_TIE = 0.6  # several entities fit equally; the most recent one was taken
DESCRIPTION_UNRESOLVED = 0.6
FIRST_PERSON_UNRESOLVED = 0.8

# Salience of an earlier mention for a pronoun.
_SPEAKER_WEIGHT = 4.0
_SUBJECT_WEIGHT = 2.0
_OTHER_WEIGHT = 1.0
_SENTENCE_DECAY = 0.7
_PARAGRAPH_DECAY = 0.6
_PARAGRAPH_WINDOW = 2  # the current paragraph and the two before it
_IN_QUOTE = 0.5  # a name said inside some quote is less of a discourse topic
_IN_OWN_QUOTE = 0.1  # speakers seldom name themselves in the third person
_TIE = 0.9  # runner-up at 90 % of the winner: refuse
_CLOSE = 0.6

_SUBJECT_DEPRELS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})
_NAME_LINKS = frozenset({"compound", "flat", "flat:name", "flat:foreign", "fixed", "amod", "nmod:desc"})
_LEFT_MODS = frozenset(
    {"det", "det:poss", "det:predet", "amod", "nmod:desc", "compound", "nmod:poss", "nummod", "flat", "flat:name"}
)
_HEAD_LINKS = frozenset({"appos", "flat", "flat:name", "compound", "nmod:desc"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_MISTAGGED_NAME_UPOS = frozenset({"INTJ", "VERB", "ADJ", "ADV", "X", "SYM"})
_PERSONISH: frozenset[EntityType] = frozenset({"person", "unknown", "anonymous"})


# --------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Pronoun:
    number: str  # sg | pl | ""
    gender: str  # m | f | n (not a person) | ""
    person: int  # 1, 2, 3; 0 for relative pronouns


@dataclass(frozen=True, slots=True)
class _Lexicon:
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
    time_nouns: frozenset[str]
    pronouns: dict[str, _Pronoun]
    definite: frozenset[str]
    indefinite: frozenset[str]
    function_words: frozenset[str]

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
def _lexicon() -> _Lexicon:
    path = resources.files("quotetrace.core").joinpath("data", "speaker_words.json")
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    pronouns = {
        word: _Pronoun(str(f["number"]), str(f["gender"]), int(f["person"]))
        for word, f in raw["pronouns"].items()
        if not word.startswith("_")
    }
    return _Lexicon(
        titles=_mapping(raw["titles"]),
        role_classes=_invert(raw["role_classes"]),
        person_nouns=frozenset(_words(raw["person_nouns"])),
        gendered=_mapping(raw["gendered_nouns"]),
        anonymous_nouns=frozenset(_words(raw["anonymous_nouns"])),
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
        time_nouns=frozenset(_words(raw["time_nouns"])),
        pronouns=pronouns,
        definite=frozenset(raw["determiners"]["definite"]),
        indefinite=frozenset(raw["determiners"]["indefinite"]),
        function_words=frozenset(_words(raw["name_function_words"])),
    )


# ----------------------------------------------------------------------------------- doc helpers


def _low(token: Token) -> str:
    return token.text.lower()


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


class _View:
    """Indexes over one document that every rule needs (children, paragraphs, quote contents)."""

    def __init__(self, doc: Document, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.kids: dict[int, list[Token]] = {}
        for token in doc.tokens:
            if token.head >= 0:
                self.kids.setdefault(token.head, []).append(token)
        # Offsets between paragraphs (or sentences) belong to the next one, as in Document.paragraph_of.
        self.paragraph_ends = [p.end for p in doc.paragraphs]
        self.sentence_ends = [s.span.end for s in doc.sentences]
        self.quote_parts = [q.parts for q in quotes]
        # every quote part by start, so quotes_at looks only at parts that can reach an offset
        self._parts = sorted((part.start, part.end, i) for i, parts in enumerate(self.quote_parts) for part in parts)
        self._part_starts = [start for start, _, _ in self._parts]
        self._longest_part = max((end - start for start, end, _ in self._parts), default=0)

    def children(self, token: Token) -> list[Token]:
        return self.kids.get(token.index, [])

    def parent(self, token: Token) -> Token | None:
        return self.tokens[token.head] if 0 <= token.head < len(self.tokens) else None

    def subtree(self, token: Token) -> list[Token]:
        seen = {token.index}  # a broken parse may hold a cycle
        stack = [token]
        while stack:
            for child in self.children(stack.pop()):
                if child.index not in seen:
                    seen.add(child.index)
                    stack.append(child)
        return [self.tokens[i] for i in sorted(seen)]

    def paragraph_at(self, offset: int) -> int:
        return min(bisect_right(self.paragraph_ends, offset), max(len(self.paragraph_ends) - 1, 0))

    def sentence_at(self, offset: int) -> int:
        return min(bisect_right(self.sentence_ends, offset), max(len(self.sentence_ends) - 1, 0))

    def quotes_at(self, offset: int) -> frozenset[int]:
        first = bisect_right(self._part_starts, offset - self._longest_part)
        last = bisect_right(self._part_starts, offset)
        return frozenset(i for _, end, i in self._parts[first:last] if offset < end)

    def text(self, tokens: Iterable[Token]) -> str:
        """Text of tokens in document order; gaps between non-adjacent tokens become one space."""
        ordered = sorted(tokens, key=lambda t: t.index)
        pieces: list[str] = []
        run_start: Token | None = None
        previous: Token | None = None
        for token in ordered:
            if previous is not None and token.index != previous.index + 1:
                assert run_start is not None
                pieces.append(self.doc.text[run_start.span.start : previous.span.end])
                run_start = None
            if run_start is None:
                run_start = token
            previous = token
        if run_start is not None and previous is not None:
            pieces.append(self.doc.text[run_start.span.start : previous.span.end])
        return " ".join(pieces)


def _strip_edges(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners and punctuation at both ends (descriptions and group names)."""
    out = sorted(tokens, key=lambda t: t.index)
    while out and (out[0].upos in {"PUNCT", "DET", "ADP", "CCONJ"} or out[0].deprel.startswith("det")):
        out = out[1:]
    while out and out[-1].upos == "PUNCT":
        out = out[:-1]
    return out


# ---------------------------------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class _Features:
    roles: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    gender: str = ""


@dataclass(frozen=True, slots=True)
class _NameNP:
    run: tuple[Token, ...]  # the proper name itself ("Vladimir Putin")
    anchor: Token  # the token whose deprel says what the phrase does in the sentence
    mention: Span  # the phrase with its left modifiers ("Russian President Vladimir Putin")
    key: tuple[str, ...]  # canonical lower-case name ("united", "kingdom" for "UK")
    display: str  # the name as written, without a possessive 's
    description: str
    features: _Features
    type: EntityType
    strength: int  # how sure the type is: 3 lists, 2 titles/roles, 1 shape, 0 nothing

    @property
    def tokens_count(self) -> int:
        return len(self.key)


def _token_class(token: Token, lex: _Lexicon, is_first: bool, title_case: bool) -> str:
    """strong (a proper noun), title, nationality, weak (a word that may sit inside a name) or ''."""
    low = _low(token)
    if not token.text[:1].isalnum():
        return ""
    if low in lex.not_names:
        return ""
    capital = token.text[:1].isupper() or token.text[:1].isdigit()
    if low in lex.nationalities:
        # Part of an organization's name ("Korean Central News Agency"), otherwise a description.
        return "nationality" if capital else ""
    if capital and token.upos in {"PROPN", "NOUN"} and (low in lex.titles or lex.is_person_noun(_lemma(token))):
        return "title"  # "President", "Mr.", "Administrator" (a capitalised role in front of a name)
    if token.upos == "PROPN":
        return "strong" if capital else "weak"  # "al" in "Suleiman al-Amr" cannot stand alone
    if not capital:
        return ""
    if token.upos in {"NOUN", "X"}:
        # A tagger may call a proper noun a NOUN ("said Sun", "Macron told"). In running text a
        # capital letter inside the sentence says it is one; where every word may be capitalised
        # (the first word, a Title Case headline) only a capitalised lemma does.
        if (not is_first and not title_case) or (token.lemma[:1].isupper() and token.lemma != token.lemma.upper()):
            return "strong"
        return "weak"
    if token.upos in {"ADJ", "NUM"}:
        return "weak"
    return ""


def _title_case(tokens: Sequence[Token]) -> bool:
    """A headline in Title Case: most words capitalised, so capitals say nothing about names."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    capitalised = [t for t in words if t.text[:1].isupper()]
    return len(words) >= 4 and len(capitalised) >= 0.7 * len(words)


def _name_key(run: Sequence[Token], lex: _Lexicon) -> tuple[str, ...]:
    words = [_low(t) for t in run]
    if words:
        for suffix in ("'s", "’s"):
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1][: -len(suffix)]
    joined = " ".join(words)
    return tuple(lex.countries.get(joined, joined).split())


def _features(view: _View, role_tokens: Iterable[Token], context: Iterable[Token], lex: _Lexicon) -> _Features:
    """Roles from the role tokens (with the word before them: "defense secretary"), affiliations
    (countries) and gender from the whole context, i.e. the description phrase."""
    roles: set[str] = set()
    gender = ""
    for token in role_tokens:
        # A tagger lemmatises "President" (PROPN) to itself; lower case makes it the role word.
        word = _lemma(token) if token.upos != "PROPN" else _low(token)
        if lex.is_person_noun(word) or lex.is_org_noun(word) or word in lex.titles:
            roles.add(word)
        before = view.tokens[token.index - 1] if token.index > 0 else None
        if before is not None and before.sentence == token.sentence:
            pair = f"{_low(before)} {word}"
            if pair in lex.role_classes or pair in lex.org_classes:
                roles.add(pair)
        after = [t for t in view.tokens[token.index + 1 : token.index + 3] if t.sentence == token.sentence]
        if len(after) == 2:
            triple = f"{word} {_low(after[0])} {_low(after[1])}"
            if triple in lex.role_classes:
                roles.add(triple)
        gender = gender or lex.titles.get(_low(token), "") or lex.gendered.get(word, "")
    affiliations: set[str] = set()
    context_tokens = sorted(context, key=lambda t: t.index)
    for token in context_tokens:
        low = _low(token)
        if low in lex.nationalities:
            affiliations.add(lex.nationalities[low])
    # Proper names inside the description: "Kremlin", "UK's", "White House".
    runs: list[list[Token]] = []
    for token in context_tokens:
        if token.upos != "PROPN":
            continue
        if runs and runs[-1][-1].index + 1 == token.index:
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        affiliations |= _affiliation_of(" ".join(_name_key(run, lex)), lex)
    return _Features(frozenset(roles), frozenset(affiliations), gender)


def _affiliation_of(name: str, lex: _Lexicon) -> set[str]:
    found: set[str] = set()
    if name in lex.countries.values():
        found.add(name)
    if name in lex.affiliations:
        found.update({name, lex.affiliations[name]})
    if name in lex.known_orgs:
        found.add(name)
    return found


def _find(root: dict[_K, _K], item: _K) -> _K:
    while root[item] != item:
        root[item] = root[root[item]]
        item = root[item]
    return item


def _find_names(view: _View, lex: _Lexicon, speaker_heads: frozenset[int]) -> list[_NameNP]:
    """Every proper-name phrase; `speaker_heads` (the attribution's speaker heads) are never taken
    for modifiers of the next noun, whatever the parse says."""
    names: list[_NameNP] = []
    for sentence in view.doc.sentences:
        first = _first_word(view, sentence.tokens[0]) if sentence.tokens else -1
        title_case = _title_case(sentence.tokens)
        kinds = {t.index: _token_class(t, lex, t.index == first, title_case) for t in sentence.tokens}
        for t in sentence.tokens:
            # A speaker the tagger took for an interjection or a verb ("Osei: …", "Husted said")
            # is a name when it is capitalised: nothing else heads a speaker mention that way.
            if t.index in speaker_heads and t.upos in _MISTAGGED_NAME_UPOS and t.text[:1].isupper() and \
                    _low(t) not in lex.not_names:
                kinds[t.index] = "strong"
        # Union-find over name-like tokens joined by name-internal relations.
        root = {i: i for i, k in kinds.items() if k}
        for token in sentence.tokens:
            if token.index in root and token.head in root and token.deprel in _NAME_LINKS:
                root[_find(root, token.index)] = _find(root, token.head)
        # Neighbours that hang side by side from one head ("researcher Mu Li": Mu and Li both flat
        # under "researcher") are one name too.
        # A small parser also hangs the parts of one name side by side as two subjects ("Sun" and
        # "Zhuangzhi" both nsubj) or a title apart from its name ("Councillor" / "Tom Reyes"):
        # adjacent name-like words are one name whatever the parse says.
        for a, b in zip(sentence.tokens, sentence.tokens[1:], strict=False):
            if a.index in root and b.index in root and (
                (a.head == b.head and a.deprel == b.deprel) or kinds[a.index] == "title" or
                (a.upos == "PROPN" and b.upos == "PROPN" and a.text[:1].isupper() and b.text[:1].isupper())
            ):
                root[_find(root, b.index)] = _find(root, a.index)
        groups: dict[int, list[Token]] = {}
        for i in root:
            groups.setdefault(_find(root, i), []).append(view.tokens[i])
        for members in groups.values():
            members.sort(key=lambda t: t.index)
            if any(kinds[t.index] == "strong" for t in members):
                found = _name_phrase(view, lex, members, kinds, speaker_heads)
                if found is not None:
                    names.append(found)
    names.sort(key=lambda n: n.mention.start)
    return names


def _name_phrase(
    view: _View, lex: _Lexicon, members: list[Token], kinds: dict[int, str], speaker_heads: frozenset[int]
) -> _NameNP | None:
    member_ids = {t.index for t in members}
    top = next((t for t in members if t.head not in member_ids), members[0])
    # Everything up to the last title or role that a proper noun follows describes the name
    # ("Prime Minister Nawaz Sharif", "NASA Administrator Charles Bolden"); a capitalised adjective
    # that opens a name is part of it ("United Kingdom", "Associated Press"). Not when what would
    # remain is an organization ("General Motors").
    last_title = max(
        (
            i
            for i, t in enumerate(members)
            # a lower-case word inside the run is a role too ("Kremlin spokesperson Dmitry Peskov"
            # hung together by flat links)
            if (kinds[t.index] == "title" or (t.text[:1].islower() and t.text.isalpha() and len(t.text) > 3))
            and any(kinds[u.index] == "strong" for u in members[i + 1 :])
        ),
        default=-1,
    )
    stripped: list[Token] = []
    rest = list(members)
    if last_title >= 0 and not _orgish(members[last_title + 1 :], lex):
        stripped, rest = members[: last_title + 1], members[last_title + 1 :]
    titles = [t for t in stripped if kinds[t.index] == "title"]
    if not _orgish(rest, lex):
        # A nationality, a lower-case word or a common noun capitalised only because it opens the
        # sentence describes the name ("Russian", "general", "Mathematician Hermann Weyl").
        while rest and (
            kinds[rest[0].index] == "nationality"
            or not (rest[0].text[:1].isupper() or rest[0].text[:1].isdigit())
            or (
                rest[0].upos == "NOUN"
                and rest[0].index == _first_word(view, rest[0])
                and sum(kinds[t.index] == "strong" for t in rest[1:]) >= 2  # not "Sun Zhuangzhi"
            )
        ):
            if " ".join(_low(t) for t in rest) in lex.countries:
                break  # "South Korea", "United Kingdom"
            stripped.append(rest.pop(0))
    run: list[Token] = []
    for token in rest:
        if run and token.index != run[-1].index + 1:
            gap = view.tokens[run[-1].index + 1 : token.index]
            if not all(_glue(view, t) for t in gap):
                break
            run.extend(gap)  # "al-Amr", "O'Neill" split by the tokenizer
        run.append(token)
    if not any(kinds[t.index] == "strong" for t in run):
        return None
    last = _low(run[-1])
    if kinds[run[-1].index] == "title" and last not in lex.surname_titles and not _orgish(run, lex):
        return None  # "Shadow Home Secretary", "NASA Administrator": a role, not a name

    parent = view.parent(top)
    run_start, run_end = run[0].index, run[-1].index
    head = top
    role_headed = org_headed = False
    if parent is not None and parent.index not in member_ids:
        plemma = _lemma(parent)
        if parent.upos in {"NOUN", "PROPN"} and top.deprel in _HEAD_LINKS:
            if lex.is_org_noun(plemma) and parent.upos == "NOUN":
                head, org_headed = parent, True  # "the Reuters news agency", "the agency, Reuters"
            elif parent.index < run_start and (lex.is_person_noun(plemma) or plemma in lex.titles):
                head, role_headed = parent, True  # "spokesperson Dmitry Peskov", "secretary, Ben Wallace"
        modifier = top.deprel == "compound" and run_end < parent.index and not _verb_like(parent)
        if modifier and not (org_headed or role_headed or titles or member_ids & speaker_heads):
            return None  # a modifier ("Kremlin spokesperson", "Ukraine border"), not a mention

    # The phrase: head, name and titles plus their left modifiers (noun-phrase words only, so a
    # broken parse cannot drag a verb or a preposition in).
    core = {t.index for t in run} | {t.index for t in stripped} | {head.index, top.index}
    region = set(core)
    for index in sorted(core):
        token = view.tokens[index]
        for child in view.children(token):
            # A title keeps all its words ("Governor of Washington Chris Gregoire").
            wanted = (child.index < token.index and child.deprel in _LEFT_MODS) or token in stripped
            if wanted and child.index not in region:
                subtree = view.subtree(child)
                if all(_in_noun_phrase(t) for t in subtree):
                    region.update(t.index for t in subtree)
    if stripped:
        # Words between a title and the name belong to the title, however they are attached
        # ("Governor | of Washington | Chris Gregoire" with "of Washington" under "Chris").
        for token in (top, *run):
            for child in view.children(token):
                if stripped[0].index < child.index < run_start and child.index not in region:
                    subtree = view.subtree(child)
                    if all(_in_noun_phrase(t) and t.index < run_start for t in subtree):
                        region.update(t.index for t in subtree)
    run_ids = {t.index for t in run}
    # The mention: the unbroken stretch of the phrase around the name, up to an organization head
    # on its right ("the Reuters news agency"). A comma stops it: "the UK's defense secretary,
    # Ben Wallace" gives the mention "Ben Wallace" and the description on the left.
    low = run_start
    while low - 1 in region and _in_noun_phrase(view.tokens[low - 1]):
        low -= 1
    high = run_end
    while high + 1 in region and high + 1 <= head.index and _in_noun_phrase(view.tokens[high + 1]):
        high += 1
    mention = Span(view.tokens[low].span.start, view.tokens[high].span.end)
    if head.index < low or head.index > high:
        # The role or organization head stands apart ("secretary, Ben Wallace"): describe from there.
        described = _stretch(view, region, head)
        appositive = True
    else:
        described = [view.tokens[i] for i in range(low, high + 1)]
        appositive = False
    left = _strip_edges([t for t in described if t.index not in run_ids])
    role_tokens = list(titles)
    if role_headed or org_headed:
        role_tokens.append(head)
    anchors = sorted({top, head, *run}, key=lambda t: t.index)  # a set of tokens, in text order
    for anchor in anchors:
        for child in view.children(anchor):
            if child.deprel in {"nmod:desc", "compound"} and child.index not in run_ids and child.upos != "PROPN":
                role_tokens.append(child)
    pieces = [view.text(left)] if left else []
    context = list(left)
    for anchor in anchors:
        for child in view.children(anchor):
            if child.deprel == "appos" and child.index not in run_ids and child.upos in {"NOUN", "PROPN"}:
                apposed = _apposition(view, child)
                if not apposed:
                    continue
                if kinds.get(child.index) == "strong" and kinds.get(apposed[-1].index) != "title":
                    continue  # a second name ("London Metal Exchange (LME)"), not "NASA Administrator"
                pieces.append(view.text(apposed))
                context.extend(apposed)
                role_tokens.append(child)
    features = _features(view, role_tokens, [*context, *titles], lex)
    key = _name_key(run, lex)
    last_word = run[-1]
    if org_headed and head.index > run_end and _is_place(" ".join(key), lex):
        # "the New Zealand government" is the government, not the country.
        key = (*key, *(_lemma(t) for t in view.tokens[run_end + 1 : head.index + 1]))
        last_word = head
    # After "of" ("director of the Academy of Social Sciences") a bare name is more often a thing
    # or an institution than a person.
    governed = any(c.deprel == "case" and _low(c) == "of" for c in view.children(top))
    etype, strength = _name_type(key, run, features, org_headed, role_headed, lex)
    if etype == "person" and strength == 1 and governed:
        etype, strength = "unknown", 0
    return _NameNP(
        run=tuple(run),
        anchor=head if not appositive else top,
        mention=mention,
        key=key,
        display=_without_possessive(view.doc.text[run[0].span.start : last_word.span.end]),
        description=", ".join(p for p in pieces if p),
        features=features,
        type=etype,
        strength=strength,
    )


_CLAUSE_DEPRELS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp"})


def _verb_like(token: Token) -> bool:
    """A verb, or a past form a weak tagger called a noun ("Sun cautioned")."""
    if token.upos in {"VERB", "AUX"}:
        return True
    return token.upos == "NOUN" and _low(token).endswith("ed") and _lemma(token) != _low(token)


def _in_noun_phrase(token: Token) -> bool:
    """A word that can sit in a title or a name's modifiers ("Executive director of the Council on
    American-Islamic Relations"); no verb, clause word or comma."""
    if token.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON", "X", "SYM", "ADP", "CCONJ"}:
        return True
    return token.upos == "PUNCT" and token.text in {"-", "‐", "'", "’"}


def _stretch(view: _View, region: set[int], token: Token) -> list[Token]:
    """The unbroken part of `region` around `token`."""
    low = high = token.index
    while low - 1 in region and _in_noun_phrase(view.tokens[low - 1]):
        low -= 1
    while high + 1 in region and _in_noun_phrase(view.tokens[high + 1]):
        high += 1
    return [view.tokens[i] for i in range(low, high + 1)]


def _apposition(view: _View, head: Token) -> list[Token]:
    """An apposition that describes a name ("director of the institute"), cut before any clause."""
    tokens: list[Token] = []
    for token in view.subtree(head):
        if token.index > head.index and (token.upos in {"VERB", "AUX"} or token.deprel in _CLAUSE_DEPRELS):
            break
        tokens.append(token)
    # A weak tagger's noun-tagged verb ("Ben Wallace, confirmed a deal") describes nobody.
    return [] if _verb_like(head) else _strip_edges(tokens)


def _first_word(view: _View, token: Token) -> int:
    sentence = view.doc.sentences[token.sentence]
    return next((t.index for t in sentence.tokens if t.text[:1].isalnum()), -1)


def _is_place(name: str, lex: _Lexicon) -> bool:
    return (name in lex.countries.values() or name in lex.affiliations) and name not in lex.known_orgs


def _without_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _glue(view: _View, token: Token) -> bool:
    """A hyphen or apostrophe written without spaces between two words."""
    if token.text not in {"-", "‐", "'", "’"} or token.index == 0 or token.index + 1 >= len(view.tokens):
        return False
    before, after = view.tokens[token.index - 1], view.tokens[token.index + 1]
    return before.span.end == token.span.start and token.span.end == after.span.start


def _orgish(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    return any(_low(t) in lex.org_words for t in tokens) or " ".join(_low(t) for t in tokens) in lex.known_orgs


def _name_type(
    key: tuple[str, ...],
    run: Sequence[Token],
    features: _Features,
    org_headed: bool,
    role_headed: bool,
    lex: _Lexicon,
) -> tuple[EntityType, int]:
    joined = " ".join(key)
    if org_headed or joined in lex.known_orgs or any(_low(t) in lex.org_words for t in run):
        return "organization", 3
    if _is_place(joined, lex):
        return "place", 3
    last = _low(run[-1]) if run else ""
    if len(run) > 1 and last in lex.place_words:
        return "place", 2
    if len(run) > 1 and last in lex.thing_words:
        return "unknown", 2  # a study, a treaty, a summit: not a person, seldom a speaker
    text = "".join(t.text for t in run).replace(".", "")
    if len(run) == 1 and len(text) >= 2 and text.isalpha() and text.isupper():
        return "organization", 2  # an acronym that is no country: BBC, NATO, OPEC
    person_roles = {r for r in features.roles if lex.is_person_noun(r) or r in lex.titles}
    if role_headed or person_roles or features.gender:
        return "person", 2
    if len(run) >= 2:
        return "person", 1  # two or more proper nouns that are no organization or place: most often a person
    return "unknown", 0


def _cluster_names(names: list[_NameNP], lex: _Lexicon) -> tuple[list[int], set[tuple[str, ...]]]:
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
        return _find(parent, key)

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


def _acronym(key: tuple[str, ...], lex: _Lexicon) -> str:
    return "".join(word[0] for word in key if word not in lex.function_words and word[:1].isalpha())


# -------------------------------------------------------------------------------------- entities


@dataclass(slots=True)
class _Ent:
    uid: int
    type: EntityType
    name: str
    description: str = ""
    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    gender: str = ""
    plural: bool = False
    head_word: str = ""  # head noun of an anonymous or description entity ("source")
    names: list[_NameNP] = field(default_factory=list)
    spoken: list[tuple[int, Mention]] = field(default_factory=list)  # (quote index, speaker mention)

    def positions(self) -> list[int]:
        return sorted([n.mention.start for n in self.names] + [m.span.start for _, m in self.spoken])

    def last_before(self, offset: int) -> int | None:
        before = [p for p in self.positions() if p < offset]
        return before[-1] if before else None

    def spoke_before(self, offset: int) -> int | None:
        before = [m.span.start for _, m in self.spoken if m.span.start < offset]
        return max(before) if before else None


@dataclass(frozen=True, slots=True)
class _Event:
    """One earlier mention of an entity, as seen by pronoun resolution."""

    offset: int
    sentence: int
    paragraph: int
    uid: int
    weight: float
    quotes: frozenset[int]  # quotes whose content holds this mention


@dataclass(frozen=True, slots=True)
class _Speaker:
    quote: int
    mention: Mention
    kind: MentionKind
    head: Token | None
    name: int | None = None  # index into the name phrases
    pronoun: _Pronoun | None = None
    word: str = ""  # head lemma of a description, anonymous or group phrase
    features: _Features = _Features()
    plural: bool = False
    type: EntityType = "unknown"
    label: str = ""  # name for a new entity made from this mention
    relative: Token | None = None  # "who" standing for its antecedent, which was analysed instead


def _speaker_head(view: _View, mention: Mention) -> Token | None:
    if mention.head is not None and 0 <= mention.head < len(view.tokens):
        token = view.tokens[mention.head]
        if token.span.overlaps(mention.span) or len(mention.span) == 0:
            return token
    inside = [t for t in view.doc.tokens_in(mention.span) if t.upos != "PUNCT"]
    if not inside:
        return None
    ids = {t.index for t in inside}
    tops = [t for t in inside if t.head not in ids]
    nominal = [t for t in tops if t.upos in _NOMINAL]
    return (nominal or tops or inside)[0]


def _analyse_speaker(
    view: _View, lex: _Lexicon, qi: int, mention: Mention, head: Token | None, name_at: dict[int, int]
) -> _Speaker:
    kind: MentionKind = mention.kind
    if head is None:
        return _Speaker(qi, mention, kind, None)
    low = _lemma(head)
    if head.upos not in _NOMINAL and head.upos not in {"DET", "ADJ"} and head.index not in name_at:
        return _Speaker(qi, mention, kind, None)  # not a noun phrase: an attribution slip, left alone
    if low in lex.time_nouns:
        # "Last week, the United States announced": a time phrase taken for the subject.
        return _Speaker(qi, mention, "description", None, word=low)
    if head.upos == "PRON" or (low in lex.pronouns and head.upos in {"PRON", "DET"}):
        parent = view.parent(head)
        if low in {"who", "which", "that"} and parent is not None and parent.deprel.startswith("acl"):
            antecedent = view.parent(parent)
            if antecedent is not None and antecedent.upos != "PRON":
                found = _analyse_speaker(view, lex, qi, mention, antecedent, name_at)
                return replace(found, relative=head)
        return _Speaker(qi, mention, "pronoun", head, pronoun=lex.pronouns.get(_low(head)) or lex.pronouns.get(low))
    conjuncts = [c for c in view.children(head) if c.deprel == "conj" and c.upos in _NOMINAL]
    subtree = view.subtree(head)
    if conjuncts:
        label = view.text(_strip_edges([t for t in subtree if t.deprel not in {"appos", "acl:relcl"}]))
        return _Speaker(qi, mention, "group", head, word=low, plural=True, type="group", label=label)
    name = name_at.get(head.index)
    if name is None:
        for child in view.children(head):
            if child.deprel in {"appos", "flat", "flat:name"} and child.index > head.index and child.index in name_at:
                name = name_at[child.index]
                break
    if name is not None:
        return _Speaker(qi, mention, "name", head, name=name)

    plural = "Number=Plur" in head.feats or (
        head.upos == "NOUN" and _low(head) != low and _low(head).endswith("s")
    ) or low in {"people", "police"}
    determiners = {_lemma(c) for c in view.children(head) if c.deprel.startswith("det") or c.deprel == "nummod"}
    possessed = any(c.deprel == "nmod:poss" for c in view.children(head))
    definite = possessed or bool(determiners & lex.definite)
    lemmas = {_lemma(t) for t in subtree}
    anonymous = bool(lemmas & lex.anonymity_words) or (
        bool(lemmas & lex.anonymity_verbs) and bool(lemmas & lex.anonymity_objects)
    )
    features = _features(view, [head], subtree, lex)
    label = view.doc.text[mention.span.start : mention.span.end] or head.text
    etype: EntityType = (
        "person" if lex.is_person_noun(low) else "organization" if lex.is_org_noun(low) else "unknown"
    )
    # "a French source", "a spokesperson": an indefinite person (or body) that is not named.
    if anonymous or (not definite and (not plural or low in lex.anonymous_nouns) and etype != "unknown"):
        return _Speaker(qi, mention, "anonymous", head, word=low, features=features, plural=plural,
                        type="anonymous", label=label)
    if plural and low in lex.anonymous_nouns:
        return _Speaker(qi, mention, "anonymous", head, word=low, features=features, plural=True,
                        type="anonymous", label=label)
    if plural and (etype != "unknown" or head.upos == "PROPN"):
        # "analysts", "the two leaders", "Democrats"; plural things ("the results") are descriptions.
        return _Speaker(qi, mention, "group", head, word=low, features=features, plural=True, type="group",
                        label=label)
    return _Speaker(qi, mention, "description", head, word=low, features=features, type=etype, label=label)


# ------------------------------------------------------------------------------------ resolution


def resolve_speakers(doc: Document, quotes: Sequence[Quote]) -> tuple[list[Quote], list[Entity]]:
    """Link every quote's speaker mention to an entity and return the entities that speak.

    Returns the quotes in the same order (`entity_id` set, `confidence` multiplied by the factor of
    the rule that linked it) and the entities linked to at least one quote, with ids E1, E2, ... in
    order of first mention, every mention of their names in the document, the fullest proper name
    as `name` and the title or role they were introduced with as `description`. An unresolved
    pronoun keeps `entity_id=None`; an unresolved description becomes an entity of its own.
    """
    lex = _lexicon()
    view = _View(doc, quotes)
    heads = [_speaker_head(view, q.speaker) if q.speaker is not None else None for q in quotes]
    names = _find_names(view, lex, frozenset(h.index for h in heads if h is not None))
    clusters, ambiguous = _cluster_names(names, lex)

    name_at: dict[int, int] = {}
    for i, name in enumerate(names):
        for token in (*name.run, name.anchor):
            name_at.setdefault(token.index, i)
    ents: dict[int, _Ent] = {}
    for i, name in enumerate(names):
        ent = ents.get(clusters[i])
        if ent is None:
            ent = ents[clusters[i]] = _Ent(uid=clusters[i], type=name.type, name="")
        ent.names.append(name)
    for ent in ents.values():
        _settle_names(view, ent)

    speakers = [
        _analyse_speaker(view, lex, qi, q.speaker, heads[qi], name_at)
        for qi, q in enumerate(quotes)
        if q.speaker is not None
    ]
    events = _name_events(view, names, clusters, speakers)
    links: dict[int, tuple[int | None, float]] = {}
    next_uid = len(ents)

    def new_entity(spk: _Speaker, etype: EntityType) -> _Ent:
        nonlocal next_uid
        ent = _Ent(uid=next_uid, type=etype, name=spk.label, plural=spk.plural, head_word=spk.word)
        ent.roles |= spk.features.roles
        ent.affiliations |= spk.features.affiliations
        ent.gender = spk.features.gender
        ents[next_uid] = ent
        next_uid += 1
        return ent

    def link(spk: _Speaker, ent: _Ent | None, factor: float) -> None:
        links[spk.quote] = (None if ent is None else ent.uid, factor)
        if ent is None:
            return
        ent.spoken.append((spk.quote, _mention(view, spk)))
        offset = spk.mention.span.start
        events.append(
            _Event(offset, view.sentence_at(offset), view.paragraph_at(offset), ent.uid, _SPEAKER_WEIGHT,
                   view.quotes_at(offset))
        )

    # Pass 1: phrases that say who they are by themselves.
    later: list[_Speaker] = []
    for spk in speakers:
        if spk.kind == "name" and spk.name is not None:
            ent = ents[clusters[spk.name]]
            link(spk, ent, NAME_AMBIGUOUS if names[spk.name].key in ambiguous else 1.0)
        elif spk.kind in {"group", "anonymous"}:
            link(spk, new_entity(spk, spk.type), 1.0)
        elif spk.kind in {"pronoun", "description"} and spk.head is not None:
            later.append(spk)
        elif spk.word in lex.time_nouns:
            links[spk.quote] = (None, DESCRIPTION_UNRESOLVED)
        else:
            links[spk.quote] = (None, 1.0)
    # Pass 2: pronouns and descriptions in text order; those inside another quote's content go
    # last so that the quote around them already has its speaker to exclude.
    later.sort(key=lambda s: (bool(view.quotes_at(s.mention.span.start) - {s.quote}), s.mention.span.start))
    for spk in later:
        offset = spk.mention.span.start
        if spk.kind == "pronoun":
            ent, factor = _resolve_pronoun(view, spk, offset, ents, events, links)
            if ent is not None and factor >= PRONOUN and spk.pronoun is not None:
                _learn_from_pronoun(ent, spk.pronoun)
            link(spk, ent, factor)
        else:
            found, factor = _resolve_description(spk, offset, ents, lex)
            link(spk, found if found is not None else new_entity(spk, spk.type), factor)

    return _finish(view, quotes, ents, links)


def _settle_names(view: _View, ent: _Ent) -> None:
    ent.names.sort(key=lambda n: n.mention.start)
    fullest = max(ent.names, key=lambda n: (n.tokens_count, len(n.display), -n.mention.start))
    ent.name = fullest.display
    # The type of the full name decides ("Valeska Paris" is a person even if "Paris" is a city);
    # a bare full name with no evidence takes the best evidence of the short forms.
    strongest = max((n for n in ent.names if n.key == fullest.key), key=lambda n: n.strength)
    if strongest.type == "unknown":
        strongest = max(ent.names, key=lambda n: n.strength)
    ent.type = strongest.type
    ent.description = next((n.description for n in ent.names if n.description), "")
    for name in ent.names:
        ent.roles |= name.features.roles
        if ent.type == "organization":
            # "Ministry of Defence" is a ministry: "the ministry" may refer back to it.
            ent.roles |= {_low(t) for t in name.run if _low(t) in _lexicon().org_classes}
        ent.affiliations |= name.features.affiliations
        ent.gender = ent.gender or name.features.gender
    if ent.type in {"organization", "place"}:
        # An institution or place stands for its country ("Kremlin" -> Russia).
        ent.affiliations |= _affiliation_of(" ".join(fullest.key), _lexicon())


def _mention(view: _View, spk: _Speaker) -> Mention:
    span = spk.mention.span
    text = view.doc.text[span.start : span.end]
    if spk.relative is not None:
        return Mention(span=span, text=text, kind="pronoun", head=spk.relative.index)
    head = spk.head.index if spk.head is not None else spk.mention.head
    return Mention(span=span, text=text, kind=spk.kind, head=head)


def _name_events(view: _View, names: list[_NameNP], clusters: list[int], speakers: list[_Speaker]) -> list[_Event]:
    """Every name mention is a candidate antecedent; subjects weigh more than other roles."""
    speaking = {s.name for s in speakers if s.name is not None}
    events: list[_Event] = []
    for i, name in enumerate(names):
        if i in speaking:
            continue  # counted as a speaker event when its quote is linked
        anchor = name.anchor
        weight = _SUBJECT_WEIGHT if anchor.deprel in _SUBJECT_DEPRELS else _OTHER_WEIGHT
        offset = name.mention.start
        events.append(
            _Event(offset, anchor.sentence, view.paragraph_at(offset), clusters[i], weight, view.quotes_at(offset))
        )
    return events


def _agreement(pronoun: _Pronoun, ent: _Ent) -> float:
    """How well an entity fits a pronoun: 0 rules it out, 1 is a clean fit."""
    if pronoun.gender in {"m", "f"}:
        if ent.plural or ent.type not in _PERSONISH:
            return 0.0  # "she" is never an organization, a place or a group
        if ent.gender and ent.gender != pronoun.gender:
            return 0.0
        return 1.0 if ent.type == "person" else 0.6
    if pronoun.gender == "n":
        if ent.type in {"organization", "place"}:
            return 1.0
        return 0.5 if ent.type == "unknown" else 0.0
    if pronoun.number == "pl":
        if ent.plural or ent.type == "group":
            return 1.0
        # An organization is often "they" ("the BBC said they ..."); a country seldom is, and a
        # place named in passing ("children in Australia") must not outvote the real speakers.
        return {"organization": 0.7, "place": 0.3}.get(ent.type, 0.0)
    return 0.0


def _resolve_pronoun(
    view: _View,
    spk: _Speaker,
    offset: int,
    ents: dict[int, _Ent],
    events: list[_Event],
    links: dict[int, tuple[int | None, float]],
) -> tuple[_Ent | None, float]:
    pronoun = spk.pronoun
    around = view.quotes_at(offset) - {spk.quote}
    if pronoun is None or pronoun.person == 2 or (pronoun.person == 1 and pronoun.number == "sg"):
        return None, FIRST_PERSON_UNRESOLVED
    if pronoun.person == 1:
        # "we" inside a quote is its speaker (or what the speaker stands for).
        for qi in sorted(around, key=lambda q: len(view.quote_parts[q][0]) if view.quote_parts[q] else 0):
            uid = links.get(qi, (None, 0.0))[0]
            if uid is not None:
                return ents[uid], WE_IN_QUOTE
    # A pronoun inside a quote's content is never that quote's speaker.
    excluded = {links[qi][0] for qi in around if qi in links}
    sentence, paragraph = view.sentence_at(offset), view.paragraph_at(offset)
    scores: dict[int, float] = {}
    last_paragraph: dict[int, int] = {}
    for event in events:
        if event.offset >= offset or paragraph - event.paragraph > _PARAGRAPH_WINDOW or event.uid in excluded:
            continue
        fit = _agreement(pronoun, ents[event.uid])
        if fit == 0.0:
            continue
        weight = event.weight * fit
        weight *= _SENTENCE_DECAY ** max(sentence - event.sentence, 0)
        weight *= _PARAGRAPH_DECAY ** max(paragraph - event.paragraph, 0)
        if spk.quote in event.quotes:
            weight *= _IN_OWN_QUOTE
        elif event.quotes:
            weight *= _IN_QUOTE
        scores[event.uid] = scores.get(event.uid, 0.0) + weight
        last_paragraph[event.uid] = max(last_paragraph.get(event.uid, -1), event.paragraph)
    if not scores:
        return None, PRONOUN_UNRESOLVED
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best_uid, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner_up >= _TIE * best:
        return None, PRONOUN_UNRESOLVED  # refuse a coin toss
    factor = PRONOUN_CLOSE if runner_up >= _CLOSE * best else PRONOUN
    if paragraph - last_paragraph[best_uid] >= 2:
        factor *= PRONOUN_FAR
    return ents[best_uid], factor


def _learn_from_pronoun(ent: _Ent, pronoun: _Pronoun) -> None:
    """A confident he/she link tells the entity's gender and that it is a person."""
    if pronoun.gender in {"m", "f"}:
        ent.gender = ent.gender or pronoun.gender
        if ent.type == "unknown":
            ent.type = "person"


def _resolve_description(spk: _Speaker, offset: int, ents: dict[int, _Ent], lex: _Lexicon) -> tuple[_Ent | None, float]:
    if spk.type not in {"person", "organization"}:
        # "the report said": only the same head word said before ("a report") can be the same thing.
        same = [(ent.last_before(offset), ent) for ent in ents.values() if ent.head_word == spk.word]
        known = sorted(((last, ent) for last, ent in same if last is not None), key=lambda item: -item[0])
        return (known[0][1], DESCRIPTION_EXACT) if known else (None, DESCRIPTION_UNRESOLVED)
    word_classes = lex.classes(spk.word)
    wanted = spk.features.affiliations
    candidates: list[tuple[int, int, _Ent]] = []  # (level, recency, entity)
    for ent in ents.values():
        last = ent.last_before(offset)
        if last is None:
            continue
        if spk.type == "organization" and ent.type != "organization":
            continue
        if spk.type == "person" and ent.type not in {"person", "anonymous"}:
            continue
        if spk.features.gender and ent.gender and spk.features.gender != ent.gender:
            continue
        exact = spk.word in ent.roles or spk.word == ent.head_word
        same_class = bool(word_classes & frozenset(c for role in ent.roles for c in lex.classes(role)))
        if wanted and ent.affiliations and not wanted & ent.affiliations:
            continue  # "the Russian leader" is not the French president
        affiliated = bool(wanted & ent.affiliations)
        if (exact or same_class) and affiliated:
            candidates.append((3, last, ent))
        elif exact:
            candidates.append((2, last, ent))
        elif same_class:
            spoke = ent.spoke_before(offset)
            if spoke is not None:
                candidates.append((1, spoke, ent))  # only a speaker of that class, most recent first
    if not candidates:
        return None, DESCRIPTION_UNRESOLVED
    level = max(c[0] for c in candidates)
    top = sorted((c for c in candidates if c[0] == level), key=lambda c: -c[1])
    if len({c[2].uid for c in top}) > 1:
        return top[0][2], DESCRIPTION_TIE
    return top[0][2], {3: DESCRIPTION_STRONG, 2: DESCRIPTION_EXACT}.get(level, DESCRIPTION_RECENT)


def _finish(
    view: _View, quotes: Sequence[Quote], ents: dict[int, _Ent], links: dict[int, tuple[int | None, float]]
) -> tuple[list[Quote], list[Entity]]:
    speaking = [ent for ent in ents.values() if ent.spoken]
    built: list[tuple[int, _Ent, list[Mention]]] = []
    for ent in speaking:
        spoken = [m for _, m in ent.spoken]
        mentions = {m.span: m for m in spoken}
        for name in ent.names:
            if not any(name.mention.overlaps(m.span) for m in spoken):
                span = name.mention
                mentions.setdefault(
                    span, Mention(span, view.doc.text[span.start : span.end], "name", name.run[-1].index)
                )
        ordered = sorted(mentions.values(), key=lambda m: (m.span.start, m.span.end))
        built.append((ordered[0].span.start, ent, ordered))
    built.sort(key=lambda item: (item[0], item[1].uid))
    ids = {ent.uid: f"E{i}" for i, (_, ent, _) in enumerate(built, start=1)}
    entities = [
        Entity(id=ids[ent.uid], name=ent.name, type=ent.type, mentions=tuple(mentions), description=ent.description)
        for _, ent, mentions in built
    ]
    out: list[Quote] = []
    for qi, quote in enumerate(quotes):
        uid, factor = links.get(qi, (None, 1.0))
        confidence = min(max(quote.confidence * factor, 0.0), 1.0)
        out.append(replace(quote, entity_id=ids.get(uid) if uid is not None else None, confidence=confidence))
    return out, entities
