"""A cue's surface words -> its lexicon key, exactly as the miner (`training/mine_cues.py`) normalised
the annotated cues: `"has also said"` -> `say`, `"said in a statement"` -> `say_in_statement`,
`"according to"` -> `accord_to`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..lemmatize import is_irregular_verb_form, lemmatize_noun, lemmatize_verb
from ..wordlists import word_set

CuePos = Literal["VERB", "NOUN", "ADJ", "ADV", "ADP", "PRON", "NUM", "PUNCT"]


_AUXILIARIES = word_set(
    """
    be am is are was were been being 's 're 'm have has had having 've 'd do does did
    will would shall should can could may might must ca wo 'll get got gets getting cannot
    """
)


_CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'d", "'ll", "'m"})


_NEGATIONS = frozenset({"not", "n't", "never", "no"})


_DETERMINERS = word_set(
    """
    a an the this these those his her their its our my your whose any every each some such
    several many much another
    """
)


# Subjects that sometimes fall inside a cue span ("it appears", "he says", "who has hit").
_PRONOUNS = word_set("it he she they we i you there him them me us who which himself herself themselves itself myself")


# Determiners that only ever start a noun phrase: after one of these the cue is a noun ("the
# claim"). "Some", "many", "another" are left out: they stand alone as subjects ("some say").
_NOUN_DETERMINERS = word_set("a an the his their its our my your whose 's")


# Words that sit around the cue ("has also said", "later told", "said Sunday") without changing
# which cue it is.
_FILLERS = word_set(
    """
    also still just even already ever again then now later first once since too only further
    soon earlier previously initially recently repeatedly reportedly allegedly apparently
    publicly privately openly quickly immediately long so more most often sometimes always
    usually quite rather seldom however instead very much all both nearly almost perhaps maybe
    really actually hardly barely while but and or when yet though nonetheless meanwhile
    today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night that
    """
)


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


# Set phrases that are asides, not part of the cue ("have, in fact, praised").
_FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "fact"), ("of", "course"), ("in", "particular"), ("so", "far"), ("at", "least"),
    ("for", "example"), ("for", "instance"), ("at", "the", "time"), ("in", "turn"), ("in", "part"),
    ("by", "far"), ("once", "again"), ("for", "the", "first", "time"), ("as", "well"), ("at", "length"),
    ("last", "week"), ("last", "month"), ("last", "year"), ("last", "night"), ("this", "week"), ("this", "year"),
)  # fmt: skip


_PREPOSITIONS = word_set(
    """
    according about above across after against along amid among around as at before behind
    below beside between beyond by despite during for from in inside into near of on onto over
    per through throughout to toward towards under unlike until upon via with within without
    """
)


# Prepositions plus the adverb particles of phrasal verbs ("point out", "shot back").
_PARTICLES = _PREPOSITIONS | word_set("out up off back down away aside forth")


_ADJECTIVES = word_set(
    """
    glad eager confident sure certain aware unaware afraid adamant critical skeptical sceptical
    clear unclear optimistic pessimistic hopeful wary happy proud sorry unhappy angry furious keen
    likely unlikely careful quick right wrong correct open explicit vocal silent mum unanimous
    sick hungry busy passionate enthusiastic reluctant willing unwilling anxious unsure uncertain
    firm emphatic insistent able unable hard less best better deep full own outspoken bitter
    general personal national political federal legal moral liberal neutral recent ready high
    immediate low
    """
)


_ADJECTIVE_SUFFIXES = ("ful", "less", "ous", "ible", "able", "sive", "tive", "cive", "ical", "ial")


_VERBS_WITH_ADJECTIVE_SUFFIX = word_set("enable disable table cable")


_NUMBERS = word_set("one two three four five six seven eight nine ten dozen hundred")


_PRONOUN_HEADS = word_set("nothing something anything everything everyone someone none")


_ADVERB_HEADS = word_set("well far here there")


# Adjectives in front of a nominal cue ("a fierce critic of", "widespread anger"): the noun is the cue.
_PRENOMINAL = word_set(
    """
    big bigger biggest great greater greatest strong stronger strongest fierce sharp harsh broad
    wide widespread considerable intense national common collective fundamental false
    overwhelming ongoing initial public new key main major little stern blunt bold rare frequent
    early heavy loud growing rousing apparent fresh friendly scathing blistering
    """
)


# Adverbs that are a cue on their own ("Smith reportedly left").
_ADVERBS = word_set("reportedly allegedly apparently reputedly purportedly supposedly ostensibly")


# Verbs that end in -ly, which the adverb test must not take for adverbs.
_LY_VERBS = word_set("reply apply imply supply comply rely rally tally bully ally multiply sully dally")


# Unambiguous nouns; ambiguous ones ("claim", "report") are decided by a determiner before them.
_NOUNS = word_set(
    """
    statement interview poll survey analysis data memo letter article op-ed editorial column
    speech opinion belief allegation accusation criticism testimony announcement endorsement
    opposition supporter critic opponent idea evidence suggestion assertion argument proposal
    response news story video consensus advice complaint anxiety strategy policy goal effort
    priority message sentiment stance attention information
    """
)


_NOUN_SUFFIXES = ("tion", "sion", "ism", "ness", "ity", "ship", "ment", "ist", "ence", "ance")


_VERBS_WITH_NOUN_SUFFIX = word_set(
    """
    comment lament document implement augment torment cement ferment supplement compliment
    complement segment experiment exist insist persist resist assist consist influence
    experience evidence reference silence sentence commence balance advance enhance finance
    dance glance chance distance
    """
)


# Verbs that hand the report on to the verb after them: "tried to explain", "began by saying",
# "continued to question", "start talking about".
_CATENATIVES = word_set("try begin start attempt proceed continue go take use")


# Adjectives that make a verb+it pattern: "made it clear" -> make_clear.
_IT_COMPLEMENTS = frozenset({"clear", "plain", "known", "obvious"})


# A cue span without words is a cue only as a headline colon or a dash ("Trump: ..."); other
# lone marks are annotation slips.
_PUNCT_CUES = frozenset({":", "\u2014", "\u2013", "-"})


# The longest multiword tail worth keeping; longer cue spans are idiosyncratic phrasings
# ("reserved his most eloquent passion for") and reduce to their head.
_MAX_TAIL = 3


_FIXED_POS: dict[str, CuePos] = {"accord_to": "ADP"}


# Multiword keys that are one word in all but spelling: never folded into their head.
FIXED_CUES = frozenset(_FIXED_POS)


_TOKEN = re.compile(r"n't|'(?:s|re|ve|d|ll|m)\b|[^\W_]+(?:-[^\W_]+)*|[^\s\w]")


_WORD = re.compile(r"[^\W_]")


_TRAILING_LETTERS = re.compile(r"[^\W\d_]+$")


@dataclass(frozen=True, slots=True)
class CueKey:
    """How a cue span is filed in the lexicon: its key and the guessed part of speech of its head."""

    lemma: str
    pos: CuePos


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"n't\b", " n't", text)
    return _TOKEN.findall(text)


def _before_is_determiner(before: str) -> bool:
    """The word right before the span, with nothing but a space between, starts a noun phrase."""
    tokens = _tokens(before[-40:])
    return bool(tokens) and tokens[-1] in _NOUN_DETERMINERS


def _is_ly_adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in _LY_VERBS


def _is_adjective(word: str) -> bool:
    if word in _ADJECTIVES:
        return True
    return word.endswith(_ADJECTIVE_SUFFIXES) and word not in _VERBS_WITH_ADJECTIVE_SUFFIX


def _without_phrases(words: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(words):
        phrase = next((p for p in _FILLER_PHRASES if tuple(words[i : i + len(p)]) == p), None)
        if phrase is not None and len(words) > len(phrase):
            i += len(phrase)
        elif words[i] == "on" and i + 1 < len(words) and words[i + 1] in _WEEKDAYS:
            i += 2  # "on Monday announced"
        else:
            kept.append(words[i])
            i += 1
    return kept


def _guess_pos(head: str, in_span_determiner: bool, after_auxiliary: bool, before_determiner: bool) -> CuePos:
    # Evidence inside the span beats the word before it, and inflection beats both: "the
    # proposed" and "Trump's tweeted" are still verb forms.
    if head in _PREPOSITIONS:
        return "ADP"
    if head in _ADVERBS or head in _ADVERB_HEADS or _is_ly_adverb(head):
        return "ADV"
    if head in _NUMBERS:
        return "NUM"
    if head in _PRONOUN_HEADS:
        return "PRON"
    if _is_adjective(head):
        return "ADJ"
    if head.endswith("ed") and lemmatize_verb(head) != head:
        return "VERB"
    if in_span_determiner:
        return "NOUN"
    if is_irregular_verb_form(head):
        return "VERB"  # "said", "told", "thought": past forms, whatever comes before
    if after_auxiliary or head.endswith("ing"):
        return "VERB"
    if before_determiner:
        return "NOUN"
    noun = lemmatize_noun(head)
    if noun in _NOUNS or (noun.endswith(_NOUN_SUFFIXES) and noun not in _VERBS_WITH_NOUN_SUFFIX):
        return "NOUN"
    return "VERB"


def _lemma_for(word: str, pos: CuePos) -> str:
    if pos == "NOUN":
        return lemmatize_noun(word)
    if pos == "VERB":
        return lemmatize_verb(word)
    return word


def _tail_word(word: str) -> str:
    if word in _PARTICLES or word in _IT_COMPLEMENTS or word == "it":
        return word
    if word.endswith(("ed", "ing")):
        return lemmatize_verb(word)
    return lemmatize_noun(word)


def _keep_in_tail(word: str) -> bool:
    if word == "no":
        return True  # "made no secret of" is not "made a secret of"
    if word in _FILLERS or word in _DETERMINERS or word in _NEGATIONS or word in _AUXILIARIES:
        return False
    return word == "it" or (word not in _PRONOUNS and not _is_ly_adverb(word))


def normalize_cue(surface: str, before: str = "") -> CueKey | None:
    """The lexicon key of a cue span's text; `before` is the text just before the span.

    Auxiliaries, negation, determiners, adverbs and asides around the head are dropped ("has
    not, in fact, said" -> say), verbs that only carry another ("tried to explain") are skipped,
    the head is lemmatised, and up to three following words make a multiword key ("pointed out"
    -> point_out, "said in an interview" -> say_in_interview, "made it clear" -> make_clear).
    `before` tells a noun from a verb ("the claim" vs "they claim") and mends a span that starts
    mid-word. A span that is only a colon or dash is its own key; None for anything else without
    words.
    """
    partial = _TRAILING_LETTERS.search(before)
    if partial is not None and surface[:1].isalpha():
        surface = partial.group() + surface
        before = before[: partial.start()]
    tokens = _tokens(surface)
    words = [t for t in tokens if _WORD.match(t) or t in _CLITICS]
    if not words:
        marks = [t for t in tokens if t in _PUNCT_CUES]
        return CueKey(marks[0], "PUNCT") if marks else None
    words = _without_phrases(words)
    in_span_determiner = after_auxiliary = False
    while True:
        while len(words) > 1:
            first = words[0]
            if first in _AUXILIARIES or first in _NEGATIONS or (first == "to" and words[1] not in _PARTICLES):
                after_auxiliary = True
            elif first in _DETERMINERS or (first in _PRENOMINAL and words[1] not in _PARTICLES):
                in_span_determiner = True
            elif not (first in _FILLERS or first in _PRONOUNS or _is_ly_adverb(first)):
                break
            words = words[1:]
        if len(words) > 3 and words[1:3] == ["on", "to"] and lemmatize_verb(words[0]) == "go":
            words = words[3:]  # "went on to say"
        elif len(words) > 2 and words[1] in ("to", "by") and lemmatize_verb(words[0]) in _CATENATIVES:
            words = words[2:]  # "tried to explain", "began by saying"
        elif len(words) > 1 and words[1].endswith("ing") and lemmatize_verb(words[0]) in _CATENATIVES:
            words = words[1:]  # "starts talking about"
        else:
            break
        after_auxiliary = True
    head = words[0]
    if head in _CLITICS:
        return None  # a lone "'s": nothing to file it under
    fixed_key = f"{lemmatize_verb(head)}_{words[1]}" if len(words) > 1 else ""
    if fixed_key in _FIXED_POS:
        # A fixed expression is the whole cue; what follows it is the source ("according to a
        # court document filed by").
        return CueKey(fixed_key, _FIXED_POS[fixed_key])
    pos = _guess_pos(head, in_span_determiner, after_auxiliary, _before_is_determiner(before))
    lemma = _lemma_for(head, pos)
    tail = [w for w in words[1:] if _keep_in_tail(w)]
    if len(tail) >= 2 and tail[0] == "it" and tail[1] in _IT_COMPLEMENTS:
        tail = tail[1:]
    if tail and len(tail) <= _MAX_TAIL and all(w[0].isalpha() for w in tail):
        lemma = "_".join([lemma, *(_tail_word(w) for w in tail)])
    return CueKey(lemma, pos)


def is_cue_form(surface: str, lemma: str) -> bool:
    """Whether `surface` holds only the words of the cue key `lemma` and words that normalisation
    drops around them ("has also said" for say), so that an example form never carries the text
    a cue was found in ("according to an analysis" is not a form of accord_to)."""
    key_words = set(lemma.split("_"))
    for token in _tokens(surface):
        if not _WORD.match(token):
            continue  # punctuation, clitics
        if token in key_words or lemmatize_verb(token) in key_words or lemmatize_noun(token) in key_words:
            continue
        droppable = (_AUXILIARIES, _NEGATIONS, _DETERMINERS, _FILLERS, _PRONOUNS)
        if any(token in words for words in droppable) or token == "to" or _is_ly_adverb(token):
            continue
        return False
    return True


def is_multiword(lemma: str) -> bool:
    """Whether a lexicon key joins several words (`point_out`, `accord_to`)."""
    return "_" in lemma
