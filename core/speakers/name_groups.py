"""Which name-like tokens make one name where the parse alone would say otherwise: an institution
named with "of" or "for" ("the Bureau of Labor Statistics", "Transport for Wales") is one name, and so
is a double-barrelled surname ("Wong-Li"); people joined by "and" ("Senator Ruth Gale and Governor Tom
Fry") are two, however the parse links them, and so are the place of a title's of-phrase and the name
after it ("Premier of Nova Scotia | Tim Houston"); a name the sentence splitter cut in two ("Prime
Minister James | Holt by phone") is one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Span, Token
from ..noun_phrases import glued_hyphen
from ..wordlists import words
from .context import View, find_root, text_lower
from .entity_types import body_for_a_place, is_place, name_type, orgish
from .first_names import known_first_name
from .lexicon import Lexicon
from .records import Features, NameNP

# Words that may stand inside an institution's name between its capitalised parts.
INSTITUTION_GAPS = frozenset({"of", "and", "&", "for", "on"})
# The gaps that join an organization word to the capitalised words after it whatever the parse says
# ("the Institute for Fiscal Studies", "Council on Foreign Relations"); "and" joins only where the
# parse coordinates ("the Ministry and Reuters" are two).
_SURFACE_GAPS = frozenset({"of", "for", "on"})
_SURFACE_AND = frozenset({"and", "&"})
_PARTICLES = words("name-particles")


def join_hyphenated(view: View, tokens: Sequence[Token], kinds: dict[int, str], root: dict[int, int]) -> None:
    """Join the halves of a double-barrelled surname ("Wong-Li", "Gagné-Roy"): two capitalised name
    words with a hyphen between them and no space either side are one name, however the parser hung
    them (stanza often makes the second half the verb's subject and the first a modifier of the
    title, which gave the entity "Li" for "Senator Penny Wong-Li")."""
    for before, dash, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if before.index not in root or after.index not in root:
            continue
        capitalised = before.text[:1].isupper() and after.text[:1].isupper()
        if glued_hyphen(before, dash, after) and capitalised and kinds[after.index] != "title":
            root[find_root(root, after.index)] = find_root(root, before.index)


def join_institution_names(view: View, lex: Lexicon, tokens: Sequence[Token], root: dict[int, int]) -> None:
    """An institution named with "of" is one name ("the Bureau of Labor Statistics", "University of
    Chicago", "Department of Health and Human Services"): a capitalised name hung by "of" on an
    organization word joins it, and so do its conjuncts joined by "and"; so does a capitalised word
    right after an organization word and "of", "for" or "on", however the parse hung it ("the
    Institute for Fiscal Studies", which a small parser makes two agents)."""
    joined: set[int] = set()
    for token in tokens:
        parent = view.parent(token)
        if token.index not in root or parent is None or parent.index not in root or token.deprel != "nmod":
            continue
        case = [c for c in view.doc.children(token) if c.deprel == "case"]
        if [text_lower(c) for c in case] == ["of"] and text_lower(parent) in lex.org_words:
            root[find_root(root, token.index)] = find_root(root, parent.index)
            joined.add(token.index)
        elif [text_lower(c) for c in case] == ["for"] and _named_for(lex, parent, token):
            root[find_root(root, token.index)] = find_root(root, parent.index)
    for token in tokens:
        if (token.index in root and token.deprel == "conj" and token.head in joined and token.text[:1].isupper()
                and not _own_body(lex, token)):
            root[find_root(root, token.index)] = find_root(root, token.head)
    named: set[int] = set()  # words joined after an organization word: 'Work' in 'Department for Work'
    for before, gap, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if before.index not in root or after.index not in root or not after.text[:1].isupper():
            continue
        body = text_lower(before) in lex.org_words or body_for_a_place(lex, before, gap, after)
        opens = text_lower(gap) in _SURFACE_GAPS and body
        # '… for Work and Pensions': "and" goes on with such a name, though not into an acronym or a
        # known body ('the Ministry of Defence and NATO')
        goes_on = text_lower(gap) in _SURFACE_AND and before.index in named and not _own_body(lex, after)
        if opens or goes_on:
            root[find_root(root, after.index)] = find_root(root, before.index)
            named.add(after.index)
        elif before.index in named and after.index == before.index + 1:
            named.add(after.index)


def _named_for(lex: Lexicon, parent: Token, token: Token) -> bool:
    """"Transport for Wales", "Americans for Prosperity": a capitalised proper noun that is no title
    with a capitalised proper noun hung on it by "for" is one organization's name ("Minister for
    Health" is a title and its portfolio)."""
    # a tagger's noun counts when its lemma keeps the capital ("Transport"), not "Support for Trump"
    proper = parent.upos == "PROPN" or (parent.upos == "NOUN" and parent.lemma[:1].isupper())
    if not proper or token.upos != "PROPN" or token.index < parent.index:
        return False
    if not (parent.text[:1].isupper() and token.text[:1].isupper()):
        return False
    low = text_lower(parent)
    if "Number=Plur" in parent.feats and lex.is_person_noun(parent.lemma.lower()):
        # 'Lawyers for Priya Nair said', 'Lawyers' a proper noun at the sentence's start: people acting for
        # a person, whose name she was given at 0.968 (tester 11); 'Students for Fair Admissions' is then
        # read as students, no wrong person
        return False
    return low not in lex.titles and not lex.is_person_noun(low) and low not in lex.role_classes


def _own_body(lex: Lexicon, token: Token) -> bool:
    """An acronym, a known organization or a country after "and" is a body of its own, not the rest
    of an institution's name ("the Ministry of Defence and NATO")."""
    low = text_lower(token)
    return (token.text.isupper() and len(token.text) > 1) or low in lex.known_orgs or low in lex.countries


# 'Mayor of London Sadiq Khan', 'the MP for Bath Ann Lee': the preposition that names a role's place
_ROLE_PREPOSITIONS = frozenset({"of", "for"})


def place_then_name(view: View, root: dict[int, int], a: Token, b: Token) -> bool:
    """Whether `a` ends the place of a title's of-phrase and `b` is another modifier of the same title
    ('Mayor of London Sadiq Khan', London and Khan both modifiers of Mayor): the two are not one
    name, whatever their capitals say."""
    if a.index not in root or b.index not in root or find_root(root, a.index) == find_root(root, b.index):
        return False
    place = view.tokens[find_root(root, a.index)]
    # both hang from one title ('Mayor'), not from a common noun ('Shares of Brackwater Inc.')
    if place.head < 0 or b.head != place.head or view.tokens[place.head].upos != "PROPN":
        return False
    return any(c.deprel == "case" and text_lower(c) in _ROLE_PREPOSITIONS for c in view.doc.children(place))


def split_role_place(view: View, lex: Lexicon, members: list[Token]) -> list[list[Token]]:
    """One group of name-like tokens cut between the place of a title's of-phrase and the name after
    it, where the parser hung them together ("Premier of | Nova Scotia Tim Houston-Burke", "President
    of the | European Commission Ursula von der Leyen", "Australian of the | Year Grace Tame"): the
    last two words of the group (a hyphened surname or one with particles counts as one word) are the
    person's given name and surname, the rest the place. Only after a title and "of" or "for", when the
    group has three words or more and no coordinator, the cut falls on a plain space ("President of the
    University of | British Columbia" stays whole), and the two words are neither a place nor an
    organization. With a first-name dictionary installed (`first_names`), the given name must be in it."""
    parts = _name_words(view, members)
    if len(parts) < 3 or not _after_title_preposition(view, lex, members[0]):
        return [members]
    if any(t.upos == "CCONJ" for t in view.tokens[members[0].index : members[-1].index]):
        return [members]
    place = [t for word in parts[:-2] for t in word]
    person = [t for word in parts[-2:] for t in word]
    if view.doc.text[place[-1].span.end : person[0].span.start] != " ":
        return [members]
    joined = " ".join(text_lower(t) for t in person)
    if orgish(person, lex) or is_place(joined, lex) or joined in lex.countries:
        return [members]
    if not all(any(t.text[:1].isupper() for t in word) for word in parts[-2:]) or not known_first_name(person[0].text):
        return [members]
    return [place, person]


def _name_words(view: View, members: list[Token]) -> list[list[Token]]:
    """`members` in words: a hyphened surname ("Houston-Burke") or one with particles ("von der
    Leyen") is one word."""
    result: list[list[Token]] = [[members[0]]]
    for token in members[1:]:
        previous = result[-1][-1]
        spaced = any(c.isspace() for c in view.doc.text[previous.span.end : token.span.start])
        if spaced and previous.text not in _PARTICLES:
            result.append([])
        result[-1].append(token)
    return result


def _after_title_preposition(view: View, lex: Lexicon, first: Token) -> bool:
    """Whether `first` follows a title or role and "of" or "for", with "the" between or not ("Premier of",
    "Speaker of the", "Australian of the"; not a name: "Jo Hart of Labour and Mr Sam Cole")."""
    before = [t for t in view.tokens[max(0, first.index - 3) : first.index] if t.sentence == first.sentence]
    if before and text_lower(before[-1]) == "the":
        before.pop()
    if len(before) < 2 or text_lower(before[-1]) not in _ROLE_PREPOSITIONS or not before[-2].text[:1].isupper():
        return False
    title = text_lower(before[-2])
    return title in lex.titles or lex.is_person_noun(title) or title in lex.wordnet_persons or (
        title in lex.nationalities)


def split_coordination(view: View, lex: Lexicon, members: list[Token], kinds: dict[int, str]) -> list[list[Token]]:
    """One group of name-like tokens cut at a coordinator between them when each side is a person's
    name of its own: a title before a name, or two names in a row ("Senator Ruth Gale and Governor
    Tom Fry", which a parse may link across the "and"). An organization or a country keeps its "and"
    ("Department of Health and Human Services", "Bosnia and Herzegovina")."""
    pieces: list[list[Token]] = [[members[0]]]
    for token in members[1:]:
        gap = view.tokens[pieces[-1][-1].index + 1 : token.index]
        if any(t.upos == "CCONJ" for t in gap):
            pieces.append([])
        pieces[-1].append(token)
    if len(pieces) == 1 or orgish(members, lex) or " ".join(text_lower(t) for t in members) in lex.countries:
        return [members]
    if all(_person_shaped(piece, kinds) for piece in pieces):
        return pieces
    return [members]


def _person_shaped(piece: list[Token], kinds: dict[int, str]) -> bool:
    strong = [t for t in piece if kinds[t.index] == "strong"]
    titled = any(kinds[t.index] == "title" for t in piece) and bool(strong)
    return titled or len(strong) >= 2


def across_sentence_breaks(view: View, lex: Lexicon, names: list[NameNP]) -> list[NameNP]:
    """`names` (in text order) with a name that ends its sentence, with no punctuation after it,
    joined to one that opens the next sentence after a space ("President Elena Novak spoke with Prime
    Minister James Holt by phone", split by the sentence splitter after "James"): a sentence that ends
    in a capitalised proper noun without a full stop was cut inside a name. A sentence that ends in an
    abbreviated title and its full stop ("said fire Capt. | Jose Rivera", "Gov. | Ellen Park said")
    was cut after the title: the title goes to the name that opens the next sentence."""
    out: list[NameNP] = []
    for name in names:
        title = _title_cut_before(view, lex, name)
        if title is not None:
            if out and out[-1].run[-1].index in {t.index for t in title}:
                out.pop()  # the title alone was taken for a name ("Capt")
            name = _with_title(lex, name, title)
        before = out[-1] if out else None
        if before is not None and _cut_inside(view, before, name):
            key = (*before.key, *name.key)
            run = (*before.run, *name.run)
            etype, strength = name_type(key, run, before.features, False, False, lex)
            if strength < before.strength:
                etype, strength = before.type, before.strength
            out[-1] = replace(before, run=run, key=key, type=etype, strength=strength,
                              mention=Span(before.mention.start, name.mention.end),
                              display=view.doc.text[before.run[0].span.start : name.run[-1].span.end])
            continue
        out.append(name)
    return out


def _cut_inside(view: View, before: NameNP, after: NameNP) -> bool:
    last, first = before.run[-1], after.run[0]
    sentences = view.doc.sentences
    if first.sentence != last.sentence + 1 or first.upos != "PROPN" or last.upos != "PROPN":
        return False
    if sentences[last.sentence].tokens[-1].index != last.index:
        return False  # the sentence ends in something else: a full stop, a quote mark
    if sentences[first.sentence].tokens[0].index != first.index:
        return False
    between = view.doc.text[last.span.end : first.span.start]
    return between == " " and first.text[:1].isupper() and last.text[:1].isupper()


def _title_cut_before(view: View, lex: Lexicon, name: NameNP) -> list[Token] | None:
    """The abbreviated title ("Gov.", or "Capt" and its full stop) that ends the sentence before the
    one `name` opens, if the splitter cut there."""
    first = name.run[0]
    sentences = view.doc.sentences
    if first.sentence == 0 or sentences[first.sentence].tokens[0].index != first.index:
        return None
    tail = sentences[first.sentence - 1].tokens
    if tail and tail[-1].text == "." and len(tail) >= 2:
        title = [tail[-2], tail[-1]]
    elif tail:
        title = [tail[-1]]
    else:
        return None
    written = "".join(t.text for t in title)
    gap = view.doc.text[title[-1].span.end : first.span.start]
    if not written[:1].isupper() or not written.endswith(".") or gap != " ":
        return None
    if written.lower() not in lex.titles or (len(title) == 2 and title[0].span.end != title[1].span.start):
        return None
    return title


def _with_title(lex: Lexicon, name: NameNP, title: list[Token]) -> NameNP:
    word = "".join(t.text for t in title).lower()
    features = Features(name.features.roles | {word}, name.features.affiliations,
                        name.features.gender or lex.titles.get(word, ""))
    etype, strength = name_type(name.key, name.run, features, False, False, lex)
    if strength < name.strength:
        etype, strength = name.type, name.strength
    return replace(name, features=features, type=etype, strength=strength, cut_title=tuple(title),
                   mention=Span(title[0].span.start, name.mention.end))
