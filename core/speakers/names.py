"""Proper-name phrases: which tokens make a name, what describes it (titles, roles, appositions) and
its features (roles, affiliations, gender)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..headlines import is_headline, title_cased
from ..lemmatize import lemmatize_verb
from ..model import Span, Token
from ..wordlists import words
from .context import (
    View,
    apposed_conj,
    find_root,
    first_word,
    glue,
    in_noun_phrase,
    lemma_lower,
    stretch,
    strip_edges,
    text_lower,
    verb_like,
    without_possessive,
)
from .entity_types import is_place, name_type, orgish
from .lexicon import Lexicon
from .name_features import features_of, full_stop_after, name_key
from .name_groups import (
    INSTITUTION_GAPS,
    across_sentence_breaks,
    join_hyphenated,
    join_institution_names,
    place_then_name,
    split_coordination,
    split_role_place,
)
from .name_roles import role_after_comma, role_before_commas, role_right_before
from .nicknames import name_link_cut
from .particles import dutch_links, named_particles, particle_links
from .records import NameNP
from .role_surnames import role_surnames, role_word_kinds
from .word_surnames import word_surname_kinds, word_surnames

_NAME_LINKS = frozenset({"compound", "flat", "flat:name", "flat:foreign", "fixed", "amod", "nmod:desc"})
_LEFT_MODS = frozenset(
    {"det", "det:poss", "det:predet", "amod", "nmod:desc", "compound", "nmod:poss", "nummod", "flat", "flat:name"}
)
_HEAD_LINKS = frozenset({"appos", "flat", "flat:name", "compound", "nmod:desc"})
_NAME_PARTICLES = words("name-particles")  # 'van', 'von der', 'de la' inside a family name
_MAX_PARTICLES = 3
_NAME_SUFFIXES = words("name-suffixes")
_MISTAGGED_NAME_UPOS = frozenset({"INTJ", "VERB", "ADJ", "ADV", "X", "SYM"})
_CLAUSE_DEPRELS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp"})


def _token_class(token: Token, lex: Lexicon, is_first: bool, title_case: bool) -> str:
    """strong (a proper noun), title, nationality, weak (a word that may sit inside a name) or ''."""
    low = text_lower(token)
    if not token.text[:1].isalnum():
        return ""
    if low in lex.not_names:
        return ""
    if is_first and (low in lex.sentence_openers or low in lex.time_nouns):
        return ""  # "Later Hal Benton said", "Yesterday Carla Ruiz": capitalised only as the opener
    capital = token.text[:1].isupper() or token.text[:1].isdigit()
    if low in lex.nationalities:
        # Part of an organization's name ("Korean Central News Agency"), otherwise a description.
        return "nationality" if capital else ""
    role = low in lex.titles or low in lex.role_classes
    if capital and token.upos == "ADJ" and role and low not in lex.nationalities:
        return "title"  # "Principal Ezra Mond", "Chief Ada Brenn", "Republican Joe Pike" as a tagger's adjective
    # "President", "Mr.", "Administrator" (a capitalised role in front of a name); a plural ("South
    # Carolina Republicans") is a group's name, no title
    singular = low == lemma_lower(token) or low in lex.titles
    if capital and token.upos in {"PROPN", "NOUN"} and (
        low in lex.titles or (lex.is_person_noun(lemma_lower(token)) and singular)
    ):
        return "title"
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


def _mistagged_speaker(lex: Lexicon, t: Token, speaker_heads: frozenset[int]) -> bool:
    """A speaker the tagger took for an interjection or a verb ("Osei: …", "Husted said") is a name
    when it is capitalised: nothing else heads a speaker mention that way."""
    return (t.index in speaker_heads and t.upos in _MISTAGGED_NAME_UPOS and t.text[:1].isupper()
            and text_lower(t) not in lex.not_names)


def _mistagged_first_name(
    lex: Lexicon, tokens: Sequence[Token], first: int, speaker_heads: frozenset[int]
) -> int | None:
    """A first name the tagger read as a word ("Will" as an auxiliary, "Mark" as a verb) opening the
    sentence right before the speaker's proper name ("Will Carden said", "Mark Deller said"): the
    index of that first word, or None. A noun stays out ("Democrat Carden" is no first name; "Bill"
    would need a list of first names, which this project does not use)."""
    at = next((i for i, t in enumerate(tokens) if t.index == first), None)
    if at is None or at + 1 >= len(tokens):
        return None
    word, rest = tokens[at], tokens[at + 1 : at + 3]
    low = text_lower(word)
    if not word.text[:1].isupper() or word.upos not in {"AUX", "VERB", "INTJ"}:
        return None
    if low in lex.sentence_openers or low in lex.time_nouns or low in lex.titles or low in lex.not_names:
        return None
    if low in lex.nationalities or lex.is_person_noun(lemma_lower(word)) or lemmatize_verb(low) != low:
        return None  # an inflected verb ("Said Ellis", "Added Ellis") is a verb, not a first name
    names = []
    for token in rest:
        if token.upos != "PROPN" or not token.text[:1].isupper():
            break
        names.append(token)
    return word.index if any(t.index in speaker_heads for t in names) else None


def find_names(view: View, lex: Lexicon, speaker_heads: frozenset[int]) -> list[NameNP]:
    """Every proper-name phrase; `speaker_heads` (the attribution's speaker heads) are never taken
    for modifiers of the next noun, whatever the parse says."""
    names: list[NameNP] = []
    named, surnames, words = named_particles(view), role_surnames(view, lex), word_surnames(view, lex)
    for sentence in view.doc.sentences:
        first = first_word(view, sentence.tokens[0]) if sentence.tokens else -1
        title_case = title_cased(sentence.tokens)
        # a headline ("Valley Nurses Endorse Maren Teague for Mayor"): its names are left out, so that
        # "Teague" later is not taken for the surname of "Valley Nurses Endorse Maren Teague"
        if is_headline(view.doc, sentence, title_case) and not any(t.index in speaker_heads for t in sentence.tokens):
            continue
        kinds = {t.index: _token_class(t, lex, t.index == first, title_case) for t in sentence.tokens}
        kinds = role_word_kinds(lex, sentence.tokens, kinds, surnames)  # "Chris Bishop" … "Bishop said"
        kinds = word_surname_kinds(sentence.tokens, kinds, words)  # "Sheila Copps" … "Copps disagreed"
        kinds.update({t.index: "strong" for t in sentence.tokens if _mistagged_speaker(lex, t, speaker_heads)})
        given = _mistagged_first_name(lex, sentence.tokens, first, speaker_heads)
        kinds.update({given: "strong"} if given is not None else {})
        # Union-find over name-like tokens joined by name-internal relations.
        particles, dutch = particle_links(view, sentence.tokens, kinds, named), dutch_links(sentence.tokens, kinds)
        kinds.update({particle: "weak" for particle, _ in particles + dutch})
        root = {i: i for i, k in kinds.items() if k}
        for particle, surname in particles:
            root[particle] = surname  # "ten Hag": the particle goes with the surname after it
        for left, right in dutch:
            root[find_root(root, right)] = find_root(root, left)
        if given is not None:
            root[given] = given + 1  # "Will Carden": the first name goes with the surname after it
        for token in sentence.tokens:
            if token.index in root and token.head in root and token.deprel in _NAME_LINKS and (
                    not name_link_cut(view, token.index, token.head)):
                root[find_root(root, token.index)] = find_root(root, token.head)
        join_institution_names(view, lex, sentence.tokens, root)
        # Neighbours that hang side by side from one head ("researcher Mu Li": both flat under "researcher")
        # are one name too, as are adjacent name-like words a small parser hung apart (two subjects, "Sun"
        # and "Zhuangzhi", or a title apart from its name, "Councillor" / "Tom Reyes"), whatever the parse.
        for a, b in zip(sentence.tokens, sentence.tokens[1:], strict=False):
            if place_then_name(view, root, a, b):
                continue
            if a.index in root and b.index in root and (
                (a.head == b.head and a.deprel == b.deprel) or kinds[a.index] == "title" or
                (a.upos == "PROPN" and b.upos == "PROPN" and a.text[:1].isupper() and b.text[:1].isupper())
            ):
                root[find_root(root, b.index)] = find_root(root, a.index)
        join_hyphenated(view, sentence.tokens, kinds, root)
        groups: dict[int, list[Token]] = {}
        for i in root:
            groups.setdefault(find_root(root, i), []).append(view.tokens[i])
        for group in groups.values():
            group.sort(key=lambda t: t.index)
            parts = split_role_place(view, lex, group)
            for members in [piece for part in parts for piece in split_coordination(view, lex, part, kinds)]:
                if any(kinds[t.index] == "strong" for t in members):
                    found = _name_phrase(view, lex, members, kinds, speaker_heads, words)
                    if found is not None:
                        names.append(found)
    names.sort(key=lambda n: n.mention.start)
    names = across_sentence_breaks(view, lex, names)
    return names


@dataclass(frozen=True, slots=True)
class _Head:
    """What a name phrase hangs from: the name itself, or a role or organization noun over it."""

    token: Token
    role: bool = False  # "spokesperson Dmitry Peskov", "secretary, Ben Wallace"
    organization: bool = False  # "the Reuters news agency", "the agency, Reuters"


def _name_phrase(view: View, lex: Lexicon, members: list[Token], kinds: dict[int, str], speaker_heads: frozenset[int],
                 surnames: frozenset[str] = frozenset()) -> NameNP | None:
    """The name phrase of one group of name-like tokens, or None when it names nobody (a role alone, a
    modifier of another noun). Steps: titles off the front, the name run, the head the phrase hangs from,
    its region, the mention inside it, the description, then key and type (a lone `surnames` word: person)."""
    member_ids = {t.index for t in members}
    top = next((t for t in members if t.head not in member_ids), members[0])
    stripped, rest = _split_titles(view, lex, members, kinds)
    run = _name_run(view, lex, rest, top)
    if not any(kinds[t.index] == "strong" for t in run) or _role_only(run, kinds, lex):
        return None
    titles = [t for t in stripped if kinds[t.index] == "title"]
    head = _phrase_head(view, lex, top, run, member_ids)
    if _modifies_next_noun(view, top, run, member_ids) and not (
        head.organization or head.role or titles or member_ids & speaker_heads
    ):
        return None  # a modifier ("Kremlin spokesperson", "Ukraine border"), not a mention
    region = _phrase_region(view, top, run, stripped, head.token)
    low, high = _mention_bounds(view, region, run, head.token)
    mention = Span(view.tokens[low].span.start, view.tokens[high].span.end - _stop(view.tokens[high], lex))
    # The role or organization head may stand apart ("secretary, Ben Wallace"): describe from there.
    appositive = not low <= head.token.index <= high
    described = stretch(view, region, head.token) if appositive else list(view.tokens[low : high + 1])
    run_ids = {t.index for t in run}
    left = _with_glued_rank(view, lex, strip_edges([t for t in described if t.index not in run_ids]))
    anchors = sorted({top, head.token, *run}, key=lambda t: t.index)  # a set of tokens, in text order
    pieces, context, role_tokens = _description(view, kinds, anchors, run_ids, left)
    trailing = role_after_comma(view, lex, run)
    if trailing and not {t.index for t in trailing} & {t.index for t in context}:
        pieces.append(view.text(strip_edges(trailing)))
        context.extend(trailing)
        role_tokens.append(trailing[-1])
    role_tokens = [*titles, *([head.token] if head.role or head.organization else []), *role_tokens]
    features = features_of(view, role_tokens, [*context, *titles], lex)
    key, last_word = _phrase_key(view, lex, run, head)
    etype, strength = name_type(key, run, features, head.organization, head.role, lex)
    if etype == "unknown" and len(run) == 1 and text_lower(run[0]) in surnames:
        etype, strength = "person", 1  # "Copps disagreed" after "Sheila Copps"
    # after "of" ("director of the Academy of Social Sciences") a bare name is more often a thing or a body
    governed = any(c.deprel == "case" and text_lower(c) == "of" for c in view.doc.children(top))
    if etype == "person" and strength == 1 and governed:
        etype, strength = "unknown", 0
    if etype == "unknown" and len(run) == 1 and top.index not in speaker_heads and top.upos == "NOUN" and (
        top.index == first_word(view, top)
    ):
        # "Controversy followed the ruling": a common noun capitalised as the first word, which the
        # tagger lemmatised with its capital; nothing says it names anyone.
        return None
    return NameNP(
        run=tuple(run),
        anchor=head.token if not appositive else top,
        mention=mention,
        key=key,
        # a name hard-wrapped over lines ('Tomas\nReyland') is displayed on one line
        display=_display(view, lex, run[0], last_word),
        description=", ".join(" ".join(p.split()) for p in pieces if p),  # a wrapped role on one line
        features=features,
        type=etype,
        strength=strength,
    )


def _with_glued_rank(view: View, lex: Lexicon, left: list[Token]) -> list[Token]:
    """`left` (the words before a name) with a rank word glued on by a hyphen that the tokenizer cut
    off ("Vice" "-" | "President Kamala Harris", the parse hanging "Vice" elsewhere): the rank makes
    it another role (`role_ranks`)."""
    if not left or left[0].index < 2:
        return left
    first = left[0]
    rank, dash = view.tokens[first.index - 2], view.tokens[first.index - 1]
    glued = rank.span.end == dash.span.start and dash.span.end == first.span.start
    if dash.text == "-" and glued and rank.sentence == first.sentence and text_lower(rank) in lex.role_ranks:
        return [rank, dash, *left]
    return left


def _split_titles(
    view: View, lex: Lexicon, members: list[Token], kinds: dict[int, str]
) -> tuple[list[Token], list[Token]]:
    """(the words that describe the name, the rest). Everything up to the last title or role that a
    proper noun follows describes the name ("Prime Minister Nawaz Sharif", "NASA Administrator
    Charles Bolden"); a capitalised adjective that opens a name is part of it ("United Kingdom",
    "Associated Press"). Not when what would remain is an organization ("General Motors")."""
    last_title = max(
        (
            i
            for i, t in enumerate(members)
            # a lower-case word inside the run is a role too ("Kremlin spokesperson Dmitry Peskov"
            # hung together by flat links), but a surname particle is the name's ("Maria dela Cruz")
            if (kinds[t.index] == "title" or (t.text[:1].islower() and t.text.isalpha() and len(t.text) > 3
                                              and t.text not in _NAME_PARTICLES))
            # 'Dr. Martin Luther King Jr.': a suffix alone after 'King' makes no name of it
            and any(kinds[u.index] == "strong" and text_lower(u) not in _NAME_SUFFIXES for u in members[i + 1 :])
        ),
        default=-1,
    )
    stripped: list[Token] = []
    rest = list(members)
    if last_title >= 0 and not orgish(members[last_title + 1 :], lex):
        stripped, rest = members[: last_title + 1], members[last_title + 1 :]
    if orgish(rest, lex):
        return stripped, rest
    # A nationality, a lower-case word or a common noun capitalised only because it opens the
    # sentence describes the name ("Russian", "general", "Mathematician Hermann Weyl").
    while rest and (
        kinds[rest[0].index] == "nationality"
        or not (rest[0].text[:1].isupper() or rest[0].text[:1].isdigit() or rest[0].text in _NAME_PARTICLES)
        or (
            _common_noun(lex, rest[0])
            and rest[0].index == first_word(view, rest[0])
            # not "Sun Zhuangzhi", nor "Victor Kwong-Lee" (a hyphened surname is one word)
            and sum(kinds[t.index] == "strong" and not glue(view, view.tokens[t.index - 1]) for t in rest[1:]) >= 2
        )
    ):
        if " ".join(text_lower(t) for t in rest) in lex.countries:
            break  # "South Korea", "United Kingdom"
        stripped.append(rest.pop(0))
    return stripped, rest


def _common_noun(lex: Lexicon, token: Token) -> bool:
    """A common noun, or a tagger's proper noun that is a WordNet person noun ("Striker Tom Kane")."""
    return token.upos == "NOUN" or (token.upos == "PROPN" and lemma_lower(token) in lex.wordnet_persons)


def _name_run(view: View, lex: Lexicon, rest: list[Token], top: Token) -> list[Token]:
    """The unbroken name: tokens in a row, across glue the tokenizer split off ("al-Amr", "O'Neill"),
    lower-case particles the parser hung apart ("Ludwig van Beethoven", "Ursula von der Leyen") and,
    in an institution's name, across "of" or "and" ("Bureau of Labor Statistics").
    Where the parse links words that do not stand together, the piece holding the phrase's head is
    the name: in "Union official Rob Kettering" the compound "Union" is a modifier of "Rob"."""
    pieces: list[list[Token]] = []
    institution = orgish(rest, lex, view.tokens)
    for token in rest:
        if pieces and token.index != pieces[-1][-1].index + 1:
            gap = view.tokens[pieces[-1][-1].index + 1 : token.index]
            particles = len(gap) <= _MAX_PARTICLES and all(t.text in _NAME_PARTICLES for t in gap)
            # "for" inside one group comes only from an institution's name ("Transport for Wales")
            named_for = len(gap) == 1 and text_lower(gap[0]) == "for"
            if particles or named_for or all(glue(view, t) for t in gap) or (
                institution and len(gap) == 1 and text_lower(gap[0]) in INSTITUTION_GAPS
            ):
                pieces[-1].extend(gap)
            else:
                pieces.append([])
        if not pieces:
            pieces.append([])
        pieces[-1].append(token)
    return next((piece for piece in pieces if top in piece), pieces[0] if pieces else [])


def _role_only(run: list[Token], kinds: dict[int, str], lex: Lexicon) -> bool:
    """"Shadow Home Secretary", "NASA Administrator": a role, not a name."""
    last = text_lower(run[-1])
    return kinds[run[-1].index] == "title" and last not in lex.surname_titles and not orgish(run, lex)


def _phrase_head(view: View, lex: Lexicon, top: Token, run: list[Token], member_ids: set[int]) -> _Head:
    """The noun the name stands in apposition or compound to, when it is a role before the name or
    an organization noun; otherwise the name's own top token."""
    parent = view.parent(top)
    if parent is None or parent.index in member_ids:
        return _Head(top)
    plemma = lemma_lower(parent)
    if parent.upos in {"NOUN", "PROPN"} and (top.deprel in _HEAD_LINKS or apposed_conj(view, top)):
        if lex.is_org_noun(plemma) and parent.upos == "NOUN":
            return _Head(parent, organization=True)
        # not across a coordinator: "Judge Ann Fox and prosecutor Bo Kim" does not make Kim a judge
        joined = any(t.upos == "CCONJ" for t in view.tokens[parent.index + 1 : run[0].index])
        if parent.index < run[0].index and (lex.is_person_noun(plemma) or plemma in lex.titles) and not joined:
            return _Head(parent, role=True)
    role = role_before_commas(view, lex, top, run) or role_right_before(view, lex, run)
    return _Head(role, role=True) if role is not None else _Head(top)


def _modifies_next_noun(view: View, top: Token, run: list[Token], member_ids: set[int]) -> bool:
    """The name is a compound in front of a noun that is no verb ("Kremlin spokesperson"), with no
    coordinator between ("Labour's Chloe Swarbrick and National's Chris Bishop" hung on "Bishop")."""
    parent = view.parent(top)
    if parent is None or parent.index in member_ids or top.deprel != "compound":
        return False
    between = view.tokens[run[-1].index + 1 : parent.index]
    return run[-1].index < parent.index and not verb_like(parent) and not any(t.upos == "CCONJ" for t in between)


def _phrase_region(view: View, top: Token, run: list[Token], stripped: list[Token], head: Token) -> set[int]:
    """Head, name and titles plus their left modifiers (noun-phrase words only, so a broken parse
    cannot drag a verb or a preposition in)."""
    core = {t.index for t in run} | {t.index for t in stripped} | {head.index, top.index}
    region = set(core)
    for index in sorted(core):
        token = view.tokens[index]
        for child in view.doc.children(token):
            # A title keeps all its words ("Governor of Washington Chris Gregoire").
            # (not the coordinator that joins it to someone else: "… and Governor Tom Fry")
            wanted = ((child.index < token.index and child.deprel in _LEFT_MODS) or token in stripped) and (
                child.deprel != "cc"
            )
            if wanted and child.index not in region:
                subtree = view.doc.subtree(child)
                if all(in_noun_phrase(t) for t in subtree):
                    region.update(t.index for t in subtree)
    if stripped:
        # Words between a title and the name belong to the title, however they are attached
        # ("Governor | of Washington | Chris Gregoire" with "of Washington" under "Chris").
        for token in (top, *run):
            for child in view.doc.children(token):
                if stripped[0].index < child.index < run[0].index and child.index not in region:
                    subtree = view.doc.subtree(child)
                    if all(in_noun_phrase(t) and t.index < run[0].index for t in subtree):
                        region.update(t.index for t in subtree)
    return region


def _display(view: View, lex: Lexicon, first: Token, last: Token) -> str:
    """The name from `first` to `last` on one line, without a possessive or the sentence's full stop."""
    return " ".join(without_possessive(view.doc.text[first.span.start : last.span.end - _stop(last, lex)]).split())


def _stop(token: Token, lex: Lexicon) -> int:
    """1 where the name word `token` carries the sentence's full stop (name_features.full_stop_after)."""
    return 1 if full_stop_after(token, lex) else 0


def _mention_bounds(view: View, region: set[int], run: list[Token], head: Token) -> tuple[int, int]:
    """First and last token index of the mention: the unbroken stretch of the phrase around the
    name, up to an organization head on its right ("the Reuters news agency"). A comma stops it:
    "the UK's defense secretary, Ben Wallace" gives the mention "Ben Wallace"."""
    low = run[0].index
    while low - 1 in region and in_noun_phrase(view.tokens[low - 1]):
        low -= 1
    high = run[-1].index
    while high + 1 in region and high + 1 <= head.index and in_noun_phrase(view.tokens[high + 1]):
        high += 1
    return low, high


def _description(
    view: View, kinds: dict[int, str], anchors: list[Token], run_ids: set[int], left: list[Token]
) -> tuple[list[str], list[Token], list[Token]]:
    """(description pieces, their tokens, role words) from the words left of the name and the
    appositions of its anchors ("Sun Zhuangzhi, director of the institute")."""
    role_tokens = [
        child
        for anchor in anchors
        for child in view.doc.children(anchor)
        if child.deprel in {"nmod:desc", "compound"} and child.index not in run_ids and child.upos != "PROPN"
    ]
    while left and left[0].upos == "PRON":
        left = left[1:]  # 'His deputy, Karen White': the deputy, whoever "his" is
    pieces = [view.text(left)] if left else []
    context = list(left)
    for anchor in anchors:
        for child in view.doc.children(anchor):
            # "list": a small parser's name for a comma-set apposition ("Rosa M. Quill, president");
            # a conjunct with no coordinator is one too ("Ann Cole, his rival")
            set_off = child.deprel in {"appos", "list"} or apposed_conj(view, child)
            if not set_off or child.index in run_ids or child.upos not in {"NOUN", "PROPN"}:
                continue
            apposed = _apposition(view, child)
            if not apposed:
                continue
            between = view.tokens[anchor.index + 1 : apposed[0].index]
            if any(kinds.get(t.index) == "strong" and t.index not in run_ids for t in between):
                continue  # another name stands between: "Leo Marsh, …, and Mia Grant, his successor"
            if kinds.get(child.index) == "strong" and kinds.get(apposed[-1].index) != "title":
                continue  # a second name ("London Metal Exchange (LME)"), not "NASA Administrator"
            pieces.append(view.text(apposed))
            context.extend(apposed)
            role_tokens.append(child)
    return pieces, context, role_tokens


def _phrase_key(view: View, lex: Lexicon, run: list[Token], head: _Head) -> tuple[tuple[str, ...], Token]:
    """The canonical key and the last word of the display name."""
    key = name_key(run, lex)
    if head.organization and head.token.index > run[-1].index and is_place(" ".join(key), lex):
        # "the New Zealand government" is the government, not the country.
        tail = view.tokens[run[-1].index + 1 : head.token.index + 1]
        return (*key, *(lemma_lower(t) for t in tail)), head.token
    return key, run[-1]


def _apposition(view: View, head: Token) -> list[Token]:
    """An apposition that describes a name ("director of the institute"), cut before any clause and
    without a second person joined to it ("a former minister, and Mia Grant": Grant's own)."""
    joined = {
        t.index
        for c in view.doc.children(head)
        if c.deprel == "conj" and c.upos == "PROPN" and c.text[:1].isupper()
        for t in view.doc.subtree(c)
    }
    tokens: list[Token] = []
    for token in view.doc.subtree(head):
        if token.index in joined:
            continue
        if token.index > head.index and (token.upos in {"VERB", "AUX"} or token.deprel in _CLAUSE_DEPRELS):
            break
        tokens.append(token)
    # A weak tagger's noun-tagged verb ("Ben Wallace, confirmed a deal") describes nobody.
    return [] if verb_like(head) else strip_edges(tokens)
