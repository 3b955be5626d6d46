"""Long speaker phrases that pile titles, organisations and roles before a person's name: 'Secretary
of State Marco Rubio', 'Governor of the Bank of England Andrew Bailey', 'Eskom spokesperson Daphne
Mokwena', 'BRS working president K T Rama Rao', 'Olympic rower Helen Glover'. In English the person
is the name at the phrase's right end and everything before it describes that person, but a parser
hangs such phrases every which way (the title as the subject with the name under its of-phrase; the
organisation as the subject and the role as a conjunct of something else), and the speaker had
been the title or the organisation at full confidence (tester 7). So they are read on the surface:
a run of capitalised words, roles (and the lower-case words before a role: 'chief executive',
'working president') and the of/for phrases of titles, with a role word in it, ending in a name.

Where the name begins after an of/for phrase ('of State Marco Rubio', 'for Railways Harjit Singh
Bains') no parse says: the last word that cannot be part of a person's name (an organisation,
place, portfolio or title word, a plural, a nationality) ends the phrase; with none, the name is
its last two words (with initials before them, and a first name the optional name dictionary knows
before a word it does not: 'Harjit Singh'), which must open with a first name or an initial; and the
of-phrase keeps a word of its own, so 'Director of Public Prosecutions' and 'a reporter for USA Today'
name no one. A role before the of/for phrase and another inside it are two people ('a spokesperson for
Prime Minister Justin Trudeau'): the compound is the second one's. Where a name may end the phrase but
cannot be told from it, the speaker's confidence is lowered instead (`unsplit_titles`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..headlines import title_cased
from ..model import Span, Token
from ..noun_phrases import NAME_HYPHENS
from ..wordlists import words
from .context import View, first_word, lemma_lower, text_lower
from .entity_types import is_place
from .first_names import known_first_name
from .lexicon import Lexicon
from .name_features import features_of, full_stop_after, name_key
from .records import NameNP

_PORTFOLIOS = words("portfolio-words")
_BODY_HEADS = words("body-heads")
_PARTICLES = words("name-particles")
_SUFFIXES = words("name-suffixes")
_CONNECTORS = frozenset({"of", "for"})
_MODIFIER_UPOS = frozenset({"ADJ", "NOUN", "VERB"})  # 'chief executive', 'working president'
_NAME_UPOS = frozenset({"PROPN", "NOUN", "ADJ", "X"})  # a tagger's noun or adjective for a capitalised name
# What a capitalised word inside a sentence is not, however else it was tagged: 'Per' of 'Per Larsen'
# tagged a preposition is a name when it is a first name ('Under' of 'Equal Justice Under Law' is not).
_NOT_NAME_UPOS = frozenset({"VERB", "AUX", "PRON", "PUNCT", "NUM", "SYM"})
# The longest person's name read after a role ('K T Rama Rao'): a longer run is something else.
_MAX_NAME_WORDS = 5
# The name's words when nothing marks where an of-phrase ends: a first name and a family name.
_PLAIN_NAME_WORDS = 2

Word = tuple[Token, ...]  # one word: its tokens, more than one where a hyphen glues them ('Rubio-Diaz')


@dataclass(frozen=True, slots=True)
class TitleCompound:
    """One speaker phrase: the words before the name (titles, organisations, roles, of/for phrases)
    and the person's name, both in text order, both non-empty."""

    prefix: tuple[Token, ...]
    name: tuple[Token, ...]


def title_compounds(view: View, lex: Lexicon) -> list[TitleCompound]:
    """Every title compound of the document, in text order. Title Case sentences (headlines), where
    capitals say nothing, are left out."""
    found: list[TitleCompound] = []
    for sentence in view.doc.sentences:
        if title_cased(sentence.tokens):
            continue
        for run in _runs(view, lex, _words_of(view, sentence.tokens)):
            compound = _read_run(lex, run)
            if compound is not None:
                found.append(compound)
    return found


def unsplit_titles(view: View, lex: Lexicon) -> frozenset[int]:
    """Token indices of title phrases whose of/for phrase may end in a name that could not be told
    from it ('Governor of the Bank of England Bailey', one word; 'Chief Executive of Halden Mining
    Chrystia Moss', a first name the dictionary does not know and nothing known before it): a
    speaker headed there may be the title instead of its holder, so its link is doubted
    (`confidence.TITLE_UNSPLIT`). A phrase whose last word ends a body or names no one ('Director of
    Public Prosecutions', 'Minister for Foreign Affairs') is no such phrase, nor one whose of-phrase
    is two name words and nothing else ('a spokeswoman for Hillary Clinton')."""
    doubtful: set[int] = set()
    for sentence in view.doc.sentences:
        if title_cased(sentence.tokens):
            continue
        for run in _runs(view, lex, _words_of(view, sentence.tokens)):
            if _read_run(lex, run) is not None:
                continue
            kinds = [kind for kind, _ in run]
            connectors = [i for i, kind in enumerate(kinds) if kind == "connector" and "role" in kinds[:i]]
            if not connectors:
                continue
            tail = [(kind, word) for kind, word in run[connectors[-1] + 1 :] if kind != "the"]
            names = [word for kind, word in tail if kind in {"name", "particle"}]
            if len(names) < len(tail) or len(names) < _PLAIN_NAME_WORDS or _not_a_name(lex, names[-1]):
                continue
            # a body and a name after it, or more words than a name alone ('a spokeswoman for Hillary
            # Clinton', 'Rep. Lee Zeldin of New York': the of-phrase is a person or a place, whole)
            if len(names) > _PLAIN_NAME_WORDS or any(_ends_a_body(lex, word) for word in names[:-1]):
                doubtful.update(t.index for _, word in run for t in word)
    return frozenset(doubtful)


def with_title_compounds(view: View, lex: Lexicon, names: list[NameNP]) -> list[NameNP]:
    """`names` with each title compound's person as its name phrase: the mention is the whole phrase,
    the description the words before the name, the type a person (its roles say so), and `prefix`
    the words before the name, so that a speaker headed by any of them is that person. Name phrases
    the parse cut across the compound ('State Marco Rubio', 'University of Toronto', 'Eskom') are
    dropped; one that already reads the same name ('rower Helen Glover' of 'Olympic rower Helen Glover'),
    or that name and more ('MEP Sophie in 't Veld'), keeps its description and roles, with its mention
    over the whole phrase and the prefix added."""
    out = list(names)
    for compound in title_compounds(view, lex):
        tokens = {t.index for t in (*compound.prefix, *compound.name)}
        start = compound.prefix[0].span.start
        # the same name, or one the parse read further ('Sophie in 't Veld', whose particles end a run)
        name = {t.index for t in compound.name}
        same = [n for n in out if n.run[0] == compound.name[0] and name <= {t.index for t in n.run}]
        out = [n for n in out if not tokens & {t.index for t in n.run}]
        if same:
            # its description and roles stay; its mention reaches over the whole phrase. A name the
            # canonical-name step already cut from a title's place ('Secretary of Defense Lloyd Austin')
            # has no role in its description, or none ('Federal Reserve'): the words before the name are it
            wider = Span(start, same[0].mention.end)
            kept = set(same[0].description.split())
            found = same[0] if any(_role(lex, t) for t in compound.prefix if t.text in kept) else replace(
                same[0], description=_name_phrase(view, lex, compound).description)
            out.append(replace(found, mention=wider, prefix=compound.prefix))
        else:
            out.append(_name_phrase(view, lex, compound))
    out.sort(key=lambda n: n.mention.start)
    return out


def _name_phrase(view: View, lex: Lexicon, compound: TitleCompound) -> NameNP:
    """The compound's person as a name phrase; its anchor is the phrase's first word the parse hangs
    outside it (the subject, as a rule)."""
    run, prefix = compound.name, compound.prefix
    stop = 1 if full_stop_after(run[-1], lex) else 0
    mention = Span(prefix[0].span.start, run[-1].span.end - stop)
    tops = [t for t in (*prefix, *run) if not prefix[0].index <= t.head <= run[-1].index]
    roles = [t for t in prefix if _role(lex, t)]
    description = view.doc.text[prefix[0].span.start : prefix[-1].span.end]
    return NameNP(
        run=run,
        anchor=(tops or [run[-1]])[0],
        mention=mention,
        key=name_key(run, lex),
        display=" ".join(view.doc.text[run[0].span.start : run[-1].span.end - stop].split()),
        description=" ".join(description.split()),
        features=features_of(view, roles, prefix, lex),
        type="person",
        strength=2,  # a title or role says so
        prefix=prefix,
    )


def _words_of(view: View, tokens: tuple[Token, ...]) -> list[Word]:
    """The sentence's words: tokens, with hyphens written without spaces gluing their neighbours."""
    out: list[list[Token]] = []
    for token in tokens:
        before = view.tokens[token.index - 1] if token.index > tokens[0].index else None
        glued = before is not None and before.span.end == token.span.start
        hyphen = token.text in NAME_HYPHENS or out[-1][-1].text in NAME_HYPHENS if out else False
        if out and glued and hyphen and token.text[:1].isalnum() != out[-1][-1].text[:1].isalnum():
            out[-1].append(token)
        else:
            out.append([token])
    return [tuple(word) for word in out]


def _kind(view: View, lex: Lexicon, word: Word) -> str:
    """connector (of, for), the, particle (a lower-case name particle), role, name (capitalised, or
    an initial), modifier (a lower-case word that may stand before a role), or '' (ends a run)."""
    token = word[0]
    low = text_lower(token)
    if len(word) == 1 and low in _CONNECTORS:
        return "connector"
    if len(word) == 1 and low == "the":
        return "the"
    if len(word) == 1 and token.text in _PARTICLES:
        return "particle"  # 'von der' of 'Ursula von der Leyen', kept only before a name word (`_runs`)
    if len(word) == 1 and _role(lex, token):
        return "role"
    first = token.index == first_word(view, token)
    if token.text[:1].isupper() and low not in lex.not_names and (
        token.upos in _NAME_UPOS or (not first and token.upos not in _NOT_NAME_UPOS and known_first_name(token.text))
    ):
        if first and (low in lex.sentence_openers or low in lex.time_nouns):
            return ""  # 'Later Secretary of State …': capitalised only as the opener
        return "name"
    if len(word) == 1 and token.text.isalpha() and token.text.islower() and _modifier(token):
        return "modifier"
    return ""


def _modifier(token: Token) -> bool:
    """A lower-case word that may stand before a role: an adjective, a noun or a participle
    ('chief', 'party', 'working'), never a finite verb ('told reporters')."""
    if token.upos == "VERB":
        return "VerbForm=Ger" in token.feats or "VerbForm=Part" in token.feats
    return token.upos in _MODIFIER_UPOS


def _role(lex: Lexicon, token: Token) -> bool:
    """A title or a person noun ('Minister', 'spokesperson', 'rower'); WordNet's person nouns only as
    nouns ('chief' and 'national' are adjectives in 'chief executive', 'national chairperson')."""
    low, lemma = text_lower(token), lemma_lower(token)
    if not token.text[:1].isalpha() or "Number=Plur" in token.feats:
        return False  # 'told reporters': a compound's role is one person's
    return low in lex.titles or lex.is_person_noun(lemma) or (token.upos == "NOUN" and lemma in lex.wordnet_persons)


def _runs(view: View, lex: Lexicon, sentence: list[Word]) -> list[list[tuple[str, Word]]]:
    """Maximal stretches of words that may make a title compound, each word with its kind. A stretch
    of lower-case words counts only when a role ends it ('chief executive'; not 'about her')."""
    runs: list[list[tuple[str, Word]]] = [[]]
    kinds = [_kind(view, lex, word) for word in sentence]
    for i, (kind, word) in enumerate(zip(kinds, sentence, strict=True)):
        lower = kind == "modifier" or (kind == "role" and word[0].text[:1].islower())
        if lower:
            last = i
            while last + 1 < len(kinds) and kinds[last + 1] in {"modifier", "role"} and sentence[last + 1][0].text[
                :1
            ].islower():
                last += 1
            if kinds[last] != "role":
                kind = ""
        if kind == "particle":
            # between two name words only: 'Ursula von der Leyen', not 'Anna Smith de facto'
            following = next((k for k in kinds[i + 1 :] if k != "particle"), "")
            kind = kind if following == "name" and runs[-1] and runs[-1][-1][0] in {"name", "particle"} else ""
        if kind:
            runs[-1].append((kind, word))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _read_run(lex: Lexicon, run: list[tuple[str, Word]]) -> TitleCompound | None:
    """The compound a run makes: the person's name at its end, after its last role (case one: 'Eskom
    spokesperson Daphne Mokwena') or after the of/for phrase that follows it (case two: 'Secretary
    of State Marco Rubio'); None when the run ends in no name or its prefix is a plain title, which
    the name phrases read already ('President Joe Biden')."""
    kinds = [kind for kind, _ in run]
    # a role right after 'of' or 'for' is the phrase's portfolio: 'Secretary for Justice'
    roles = [i for i, kind in enumerate(kinds) if kind == "role" and (i == 0 or kinds[i - 1] != "connector")]
    # 'a spokesperson for Prime Minister Justin Trudeau': a role before the of/for phrase and one
    # inside it are two people; the compound is the second one's
    between = [i for i, kind in enumerate(kinds) if kind == "connector" and roles and roles[0] < i < roles[-1]]
    if between:
        run, roles = run[between[-1] + 1 :], [i - between[-1] - 1 for i in roles if i > between[-1]]
    while run and run[0][0] in {"connector", "the"}:
        run, roles = run[1:], [i - 1 for i in roles]
    if not roles or roles[0] < 0:
        return None
    kinds = [kind for kind, _ in run]
    connectors = [i for i, kind in enumerate(kinds) if kind == "connector" and i > roles[-1]]
    if connectors:
        tail = run[connectors[-1] + 1 :]
        if tail and tail[0][0] == "the":
            tail = tail[1:]
        name = _name_after_of_phrase(lex, tail)
    else:
        name = [word for _, word in run[roles[-1] + 1 :]]
        if any(kind not in {"name", "particle"} for kind, _ in run[roles[-1] + 1 :]) or any(
            _not_a_name(lex, w) for w in name
        ):
            return None
    if not name or len(name) > _MAX_NAME_WORDS or name[-1][-1].upos not in {"PROPN", "NOUN"}:
        return None
    if all(text_lower(word[0]) in _SUFFIXES for word in name):
        return None  # 'Jr.' alone names no one: in 'Councillor Ann Mayor Jr.' the title 'Mayor' is her surname
    prefix = run[: len(run) - len(name)]
    if all(kind in {"role", "modifier"} for kind, _ in prefix):
        return None
    return TitleCompound(tuple(t for _, w in prefix for t in w), tuple(t for w in name for t in w))


def _name_after_of_phrase(lex: Lexicon, tail: list[tuple[str, Word]]) -> list[Word]:
    """The person's name (two words or more) at the end of a title's of/for phrase `tail` (its words
    after 'of', 'for' and 'the', with their kinds), or [] when the phrase names no one after its own
    words, or names a titled person of its own ('a critic of Mr. Peña Nieto')."""
    if not tail or any(kind not in {"name", "role", "particle"} for kind, _ in tail):
        return []
    if any(kind == "role" and text_lower(word[0]) not in _PORTFOLIOS for kind, word in tail):
        return []
    words_ = [word for _, word in tail]
    known = [i for i, word in enumerate(words_) if _not_a_name(lex, word)]
    if known:
        start = known[-1] + 1
    else:
        start = max(len(words_) - _PLAIN_NAME_WORDS, 0)
        if start > 1 and not known_first_name(words_[start][0].text) and known_first_name(words_[start - 1][0].text):
            start -= 1  # 'Harjit Singh Bains'
    while 1 < start < len(tail) and (_initial(words_[start - 1]) or "particle" in (tail[start][0], tail[start - 1][0])):
        start -= 1  # 'D Y Chandrachud', 'Ursula von der Leyen'
    # the phrase keeps a word of its own ('Director of Public Prosecutions' names no one), and a name
    # that no organisation, place or portfolio word sets off opens with a first name or an initial
    # ('of the American Action Forum' names no 'Action Forum')
    if start == 0 or len(words_) - start < _PLAIN_NAME_WORDS:
        return []
    set_off = known and start == known[-1] + 1 and _ends_a_body(lex, words_[known[-1]])
    if not set_off and not (_initial(words_[start]) or known_first_name(words_[start][0].text)):
        return []
    return words_[start:]


def _initial(word: Word) -> bool:
    text = "".join(t.text for t in word).rstrip(".")
    return len(text) == 1 and text.isupper()


def _not_a_name(lex: Lexicon, word: Word) -> bool:
    """A word no person's name holds: an organisation, place, portfolio or title word (`_ends_a_body`),
    a plural, a nationality, a time or a document noun ('USA Today', 'the Cook Political Report')."""
    if len(word) > 1:
        return False  # glued by a hyphen: 'Bank-Larsen' is a family name
    token = word[0]
    low = text_lower(token)
    return (
        _ends_a_body(lex, word)
        or "Number=Plur" in token.feats
        or low in lex.nationalities
        or low in lex.time_nouns
        or low in lex.document_nouns
    )


def _ends_a_body(lex: Lexicon, word: Word) -> bool:
    """An organisation, place, portfolio or title word, which may end the of-phrase right before a
    name ('of Police Anil Kumar Yadav', 'of India D Y Chandrachud'); a nationality more often opens
    an organisation's name than ends one ('the American Action Forum')."""
    if len(word) > 1:
        return False
    low = text_lower(word[0])
    return (
        low in _PORTFOLIOS
        or low in _BODY_HEADS
        or low in lex.org_words
        or low in lex.titles
        or low in lex.countries
        or low in lex.known_orgs
        or is_place(low, lex)
    )
