"""Which words make up a noun phrase: a speaker mention's tokens and span, its kind (name, pronoun,
description, anonymous), and the trimming of a content's edges. Split from `syntax`, which
re-exports these names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import Document, Mention, MentionKind, Span, Token
from .quotes.marks import OPENING_DOUBLE_MARKS, STRAIGHT_DOUBLE_MARKS
from .wordlists import words

# Dependents that belong to a speaker's name or description ("Kremlin spokesperson Dmitry Peskov",
# "the UK's defense secretary"); appositions, relative clauses and the like are left out so the
# mention stays the noun phrase itself.
_MENTION_DEPRELS = frozenset(
    {"compound", "flat", "flat:name", "det", "amod", "nmod:poss", "case", "nummod", "det:poss", "compound:prt",
     "cc", "conj"}
)
TIME_NOUNS = words("time-nouns")
_PRONOUNS = words("pronouns")
_ANONYMOUS_HEADS = words("anonymous-heads")
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "one", "two", "three", "unnamed", "anonymous"})


def mention_tokens(doc: Document, head: Token) -> list[Token]:
    """The noun phrase headed by `head`, without appositions or clauses, in text order."""
    sentence = doc.sentences[head.sentence]
    members = {head.index}
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in doc.children(current):
            if child.index in members or child.deprel not in _MENTION_DEPRELS:
                continue
            if child.deprel == "case" and child.lower not in ("'s", "’s", "'", "’"):
                continue
            if child.deprel in ("cc", "conj") and current.index != head.index:
                continue
            if child.deprel == "cc" and _conjunct_of_clause(doc, head):
                continue  # 'the road was closed and residents said': 'and' joins two clauses
            members.add(child.index)
            frontier.append(child)
    _add_glued_parts(sentence.tokens, members)
    tokens = [t for t in sentence.tokens if t.index in members]
    # A mention is contiguous; drop stray far-away members the parser attached by mistake.
    return _extend_on_surface(doc, _contiguous_around(tokens, head), head)


_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
#: the parts of speech that head a noun phrase
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _conjunct_of_clause(doc: Document, head: Token) -> bool:
    """Whether a coordinator hung on `head` joins two clauses rather than two nouns of one phrase:
    `head` is no conjunct of a noun ('…, and a witness, Lara Dunn, said', the coordinator on the
    second clause's subject), or the parse made it a conjunct of a word outside any noun phrase (the
    subject of a second clause taken for a conjunct of the first one's predicate: 'the road was
    closed and residents said…'). ('Cruz and his aides': two nouns joined, one phrase.)"""
    return head.deprel != "conj" or head.head < 0 or doc.tokens[head.head].upos not in (
        "NOUN", "PROPN", "PRON", "NUM")


# hyphens that glue the parts of one name when written without spaces ("Kwong-Lee", "Jean-Pierre")
NAME_HYPHENS = frozenset({"-", "‐", "‑"})


def glued_hyphen(before: Token, hyphen: Token, after: Token) -> bool:
    """Whether `hyphen` is one of `NAME_HYPHENS` written with no space on either side, between
    `before` and `after` (consecutive tokens): 'Parekh-Lin', 'the 29-year-old'."""
    return (hyphen.text in NAME_HYPHENS and before.span.end == hyphen.span.start
            and hyphen.span.end == after.span.start)
_NAME_PARTICLES = words("name-particles")  # as written: a capitalised 'Van' or 'De' is a name word already
_MAX_PARTICLES = 3  # 'van der', 'de la', 'de los': longer runs of function words are no name


def _add_glued_parts(sentence: Sequence[Token], members: set[int]) -> None:
    """Add to `members` what joins the parts of one name: hyphens written without spaces and the word
    parts they glue on ('Kim Dae-jung', 'Jean-Pierre Lacroix': the tokenizer cuts at the hyphen and
    the parser hangs the hyphen elsewhere, and the mention had stopped at 'Kim Dae'), and lower-case
    particles between two proper nouns of the mention ('Ludwig van Beethoven', 'von der Leyen'). A
    number glues on the same way ('the 29-year-old')."""
    changed = True
    while changed:
        changed = False
        for position in range(1, len(sentence) - 1):
            before, hyphen, after = sentence[position - 1 : position + 2]
            if not glued_hyphen(before, hyphen, after) or not (before.index in members or after.index in members):
                continue
            if not (before.text[-1:].isalnum() and after.text[:1].isalpha()):
                continue  # 'Dae-jung', and an age: 'the 29-year-old'
            for token in (before, hyphen, after):
                if token.index not in members:
                    members.add(token.index)
                    changed = True
    names = [t for t in sentence if t.index in members and t.upos == "PROPN"]
    for left, right in zip(names, names[1:], strict=False):
        between = [t for t in sentence if left.index < t.index < right.index]
        if between and len(between) <= _MAX_PARTICLES and all(t.text in _NAME_PARTICLES for t in between):
            members.update(t.index for t in between)


def _extend_on_surface(doc: Document, tokens: list[Token], head: Token) -> list[Token]:
    """Small parsers split names ('Jacklyn' / 'Ashley') and drop determiners; the words beside a
    nominal head that can only belong to its phrase are taken back."""
    if head.upos not in ("NOUN", "PROPN"):
        return tokens
    sentence = doc.sentences[head.sentence].tokens
    first = sentence[0].index
    start, end = tokens[0].index, tokens[-1].index
    while (start - 1 >= first and doc.tokens[start - 1].upos in _NP_WORDS and doc.tokens[start - 1].lower not in
            TIME_NOUNS):
        start -= 1
    while head.upos == "PROPN" and end + 1 <= sentence[-1].index and doc.tokens[end + 1].upos == "PROPN":
        end += 1
    return [doc.tokens[i] for i in range(start, end + 1)]


def _contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    position = next(i for i, t in enumerate(tokens) if t.index == head.index)
    start = end = position
    while start > 0 and tokens[start - 1].index == tokens[start].index - 1:
        start -= 1
    while end < len(tokens) - 1 and tokens[end + 1].index == tokens[end].index + 1:
        end += 1
    chosen = tokens[start : end + 1]
    while chosen and chosen[-1].upos == "PUNCT":
        chosen.pop()
    while chosen and chosen[0].upos == "PUNCT":
        chosen.pop(0)
    while len(chosen) > 1 and chosen[-1].index > head.index and chosen[-1].lower in _DEICTIC_TIMES:
        chosen.pop()  # 'Acme Robotics today announced': the parser hangs the time on the name
    return chosen or [head]


# Times said relative to the story's day, never a word of a name ('Acme Robotics today announced').
_DEICTIC_TIMES = frozenset({"today", "yesterday", "tonight"})


def mention_of(doc: Document, head: Token) -> Mention:
    """The speaker mention headed by `head`: its span (code points, end exclusive), text and kind."""
    tokens = mention_tokens(doc, head)
    span = Span(tokens[0].span.start, tokens[-1].span.end - _name_full_stop(tokens[-1]))
    return Mention(span=span, text=span.text_of(doc.text), kind=mention_kind(doc, head, tokens), head=head.index)


def _name_full_stop(token: Token) -> int:
    """1 where a name's last word carries the sentence's full stop ('said Ms Ng. - 100 pounds'), which
    the mention leaves out as the name does (speakers.name_features.full_stop_after)."""
    if token.upos != "PROPN" or not token.text.endswith("."):
        return 0
    # imported here: the speakers package reads this module's noun phrases when it loads
    from .speakers.lexicon import load_lexicon
    from .speakers.name_features import full_stop_after

    return 1 if full_stop_after(token, load_lexicon()) else 0


def mention_kind(doc: Document, head: Token, tokens: Iterable[Token]) -> MentionKind:
    """The kind of mention `head` heads (its words `tokens`): pronoun; group (coordinated); name (a proper
    noun); anonymous (indefinite, or an anonymous head such as "officials"); else description."""
    words = [t.lower for t in tokens]
    if head.upos == "PRON" or head.lower in _PRONOUNS:
        return "pronoun"
    if any(child.deprel == "conj" for child in doc.children(head)):
        return "group"
    if head.upos == "PROPN":
        return "name"
    if (words and words[0] in _INDEFINITE) or (head.lower in _ANONYMOUS_HEADS and words[0] not in ("the", "this")):
        return "anonymous"
    return "description"


def span_of(tokens: list[Token]) -> Span:
    """From the first token's start to the last token's end; `tokens` in text order, not empty."""
    return Span(tokens[0].span.start, tokens[-1].span.end)


def spans_around(doc: Document, tokens: list[Token], cue: list[Token]) -> tuple[Span, ...]:
    """The content's span, cut in two where the reporting clause interrupts it ('The museum, Mr. Obama
    said, would make…'): a gap in the content that holds the cue splits it; any other gap (words a
    parse left out of a subtree) is covered."""
    ordered = sorted(tokens, key=lambda t: t.index)
    cue_at = {t.index for t in cue}
    runs: list[list[Token]] = [[ordered[0]]]
    for token in ordered[1:]:
        gap = range(runs[-1][-1].index + 1, token.index)
        if any(i in cue_at for i in gap):
            runs.append([token])
        else:
            runs[-1].extend([*doc.tokens[gap.start : gap.stop], token])
    trimmed = [trim_tokens(run) for run in runs]
    return tuple(span_of(run) for run in trimmed if run)


def trim_tokens(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and coordinators at the edges of a content.

    A leading complementiser ("that", "whether") stays: it belongs to the reported clause, and
    PolNeAR's annotators include it. Closing quotation marks and brackets stay when the content
    also holds their opening partner.
    """
    out = list(tokens)
    while out and ((out[0].upos == "PUNCT" and out[0].text not in _OPENERS) or out[0].upos == "CCONJ"):
        out.pop(0)
    while out and (out[-1].upos in ("PUNCT", "CCONJ") and not _closes_inside(out)):
        out.pop()
    return out


_OPENERS = OPENING_DOUBLE_MARKS | STRAIGHT_DOUBLE_MARKS | {"‘", "(", "["}
_PAIRS = {"”": "“", "“": "„", "’": "‘", "»": "«", ")": "(", "]": "[", "\"": "\"", "''": "''"}


def _closes_inside(tokens: list[Token]) -> bool:
    last = tokens[-1].text
    opener = _PAIRS.get(last)
    if opener is None:
        return False
    inside = [t.text for t in tokens[:-1]]
    if last == "''" and "``" in inside:
        return True  # ``…'' (typewriter style); '' alone is straight, as in ''…''
    if opener == last:  # straight quotes: an odd count means this one closes
        return inside.count(last) % 2 == 1
    return opener in inside


# 'the mayor of Leeds', 'the MP for Bath', 'a spokesman at Acme', 'a senator from Ohio': a role's place
ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "from"})


def role_of_place(doc: Document, noun: Token) -> Token:
    """'The senator from Massachusetts added': the noun right before a cue with no subject may end a
    role's of/for/at/from-phrase ('the MP for Bath West', 'a spokesman for the ministry'); the role it
    hangs on is the subject, never its place or body. Only a person noun's ('72 percent of Democrats',
    'the proportion of voters' keep the group they count: a role climb over any noun lost PolNeAR
    dev -0.2). Returns the role's head token, or `noun` itself when it ends no such phrase."""
    # imported here: the speakers package reads this module's noun phrases when it loads
    from .speakers.lexicon import load_lexicon

    lex = load_lexicon()
    while (noun.deprel == "nmod" and 0 <= noun.head < noun.index
           and any(c.deprel == "case" and c.lower in ROLE_PREPOSITIONS for c in doc.children(noun))):
        role = doc.tokens[noun.head]
        word = (role.lemma or role.text).lower()
        if role.upos not in ("NOUN", "PROPN") or not (lex.is_person_noun(word) or word in lex.wordnet_persons):
            break
        noun = role
    return noun
