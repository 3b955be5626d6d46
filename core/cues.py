"""The cue lexicon: words and short patterns that introduce a report ("said", "according to",
"polls show", "said in a statement"), with a type and how often PolNeAR's annotators marked them.

The data lives in `data/cues.tsv`, mined from the PolNeAR train split by
`training/mine_cues.py`; only derived statistics (lemmas, counts, short cue forms) are stored.
This module holds everything the miner and the quote finders must agree on, so a cue found at
run time is normalised exactly as the mined ones were:

- `lemmatize_verb` / `lemmatize_noun`: rule lemmatisers (no model), also a fallback where the
  statistical lemmatiser gets a verb wrong;
- `seed_cue_type`: the hand-made table that decides speech / thought / evidence;
- `normalize_cue`: a cue's surface words -> its lexicon key (`"has also said"` -> `say`,
  `"said in a statement"` -> `say_in_statement`, `"according to"` -> `accord_to`);
- `CueLexicon` / `load_cue_lexicon`: the packaged table, typed.

Multiword keys join their words with `_`; the first word is the head (a lemma), the rest are the
particles and nouns that made the pattern worth keeping.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, get_args

from .model import CueType

__all__ = [
    "CueEntry",
    "CueKey",
    "CueLexicon",
    "CuePos",
    "FIXED_CUES",
    "LISTED_EVIDENCE",
    "MINED_SOURCE",
    "TSV_COLUMNS",
    "is_cue_form",
    "is_multiword",
    "lemmatize_noun",
    "lemmatize_verb",
    "load_cue_lexicon",
    "normalize_cue",
    "parse_cue_tsv",
    "seed_cue_type",
]

CuePos = Literal["VERB", "NOUN", "ADJ", "ADV", "ADP", "PRON", "NUM", "PUNCT"]
TSV_COLUMNS = ("lemma", "pos", "type", "count", "share", "rate", "example_forms", "source")
# Tables written before the source column: every row was mined from PolNeAR.
_LEGACY_COLUMNS = TSV_COLUMNS[:-1]
MINED_SOURCE = "polnear"
# A verb that a lexical resource lists as a speech verb but PolNeAR never annotated counts as this
# much evidence: enough to be a cue beside a quote or with a clausal complement (the default
# threshold of `is_cue_verb`), not enough for the rules that want a verb seen often in news.
LISTED_EVIDENCE = 3


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, which keeps long lists readable."""
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Verb lemmatiser
#
# English verb inflection is regular except for a closed list of irregular verbs, so a table plus
# suffix rules gets news verbs right without a model. The hard part of the rules is the silent
# e that -ed/-ing removes ("noted" -> note, but "visited" -> visit); the rules below decide it from
# the shape of the stem, and two small word lists catch the stems whose shape misleads.
# ---------------------------------------------------------------------------------------------

# lemma followed by its irregular forms (past, participle, odd present forms). Regular forms of the
# same verbs ("says", "telling") are left to the rules.
_IRREGULAR_TABLE = """
arise arose arisen
awake awoke awoken
be am is are was were been
bear bore borne born
beat beaten
become became
begin began begun
bend bent
bid bade bidden
bind bound
bite bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
build built
burn burnt
buy bought
catch caught
choose chose chosen
cling clung
come came
creep crept
deal dealt
dig dug
do did done does
draw drew drawn
dream dreamt
drink drank drunk
drive drove driven
dwell dwelt
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find found
flee fled
fling flung
fly flew flown
forbid forbade forbidden
foresee foresaw foreseen
foretell foretold
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone goes
grow grew grown
hang hung
have has had
hear heard
hide hid hidden
hold held
keep kept
kneel knelt
know knew known
lay laid
lead led
leap leapt
leave left
lean leant
lend lent
light lit
lose lost
make made
mean meant
meet met
mimic mimicked mimicking
mislead misled
misspeak misspoke misspoken
mistake mistook mistaken
misunderstand misunderstood
outdo outdid outdone
outshine outshone
overdo overdid overdone
overcome overcame
overhear overheard
override overrode overridden
oversee oversaw overseen
oversleep overslept
overtake overtook overtaken
overthrow overthrew overthrown
panic panicked panicking
pay paid
plead pled
prove proven
quiz quizzed quizzes quizzing
rebuild rebuilt
redo redid redone
repay repaid
rethink rethought
retell retold
rewrite rewrote rewritten
ride rode ridden
ring rang rung
rise rose risen
run ran
say said
see saw seen
seek sought
sell sold
send sent
sew sewn
shake shook shaken
shine shone
shoot shot
show shown
shrink shrank shrunk
sing sang sung
sink sank sunk sunken
sit sat
sleep slept
slide slid
sow sown
spoil spoilt
sling slung
speak spoke spoken
speed sped
spend spent
spin spun
spit spat
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
stink stank stunk
stride strode
strike struck stricken
string strung
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
traffic trafficked trafficking
tread trod trodden
undergo underwent undergone
underlie underlay underlain underlying
understand understood
undertake undertook undertaken
undo undid undone
uphold upheld
wake woke woken
wear wore worn
weave wove woven
weep wept
win won
withdraw withdrew withdrawn
withhold withheld
withstand withstood
wring wrung
write wrote written
"""


def _parse_irregular(table: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in table.strip().splitlines():
        lemma, *inflected = line.split()
        for form in inflected:
            forms[form] = lemma
    return forms


_IRREGULAR = _parse_irregular(_IRREGULAR_TABLE)

# Bases ending in e whose stem shape says "no e" ("invit-" looks like "visit-").
_E_BASES = _words(
    """
    adhere adore atone besiege cohere combine complete compete condone contravene convene
    create recreate procreate permeate delineate nauseate massacre persuade dissuade eye owe
    become overcome change arrange exchange range estrange challenge avenge revenge plunge lunge expunge sponge
    lounge scrounge binge cringe fringe hinge tinge twinge impinge infringe
    delete deplete deplore dethrone enthrone excite expedite extradite explore exhale gauge guide ignite
    ignore implore incite inhale interfere intervene intone invite persevere postpone recite
    regale restore reunite revere secrete snore taste telephone underscore outscore unite
    waste paste haste baste welcome breathe bathe loathe soothe seethe teethe clothe writhe
    route tiptoe canoe hoe shoe toe
    """
)

# Bases without a final e whose stem shape says "add an e" ("focus-" looks like "accus-").
_NO_E_BASES = _words(
    """
    focus caucus census chorus bias canvas gas bus nonplus combat debut pivot ballot pilot
    jackpot rocket sync murmur augur imperil bedevil devil cavil pencil stencil peril
    """
)

# Verbs whose base really ends in a double consonant that the rules would otherwise undouble.
_DOUBLE_BASES = _words("add odd err purr whirr ebb egg watt inn")

# -ll- stems that drop an l ("controlled" -> control); every other -ll- base keeps both (call, tell).
_LL_UNDOUBLE = _words(
    """
    compel propel repel expel dispel control patrol extol annul cancel
    travel label model signal total fuel level marvel counsel excel rebel quarrel equal dial unravel
    tunnel funnel channel shovel grovel duel parcel panel pencil libel pedal backpedal
    """
)

# Forms that look inflected but are bases (or not verbs at all).
_UNINFLECTED = _words(
    """
    need heed feed speed bleed breed seed weed proceed succeed exceed embed shed wed bed red
    indeed naked wicked sacred hundred kindred
    nothing something anything everything thing morning evening during ceiling
    """
)

_VOWELS = frozenset("aeiou")


def _has_vowel(stem: str) -> bool:
    return any(ch in _VOWELS or ch == "y" for ch in stem)


def _vowel_groups(stem: str) -> int:
    """Syllables, roughly: runs of vowels, with the u of "qu" counted as a consonant."""
    groups = 0
    previous_vowel = False
    for i, ch in enumerate(stem):
        vowel = ch in _VOWELS and not (ch == "u" and i > 0 and stem[i - 1] == "q")
        vowel = vowel or (ch == "y" and i > 0 and not previous_vowel)
        if vowel and not previous_vowel:
            groups += 1
        previous_vowel = vowel
    return groups


def _single_vowel_before_last(stem: str) -> bool:
    """The stem ends consonant-vowel-consonant (or starts vowel-consonant): "not", "decid"."""
    if len(stem) < 2 or stem[-2] not in _VOWELS:
        return False
    if len(stem) == 2:
        return True
    before = stem[-3]
    return before not in _VOWELS or (before == "u" and len(stem) > 3 and stem[-4] == "q")


# Final vowel+consonant of a stem of two or more syllables -> does the base add a silent e?
# Stressed endings keep their e ("indicate", "decide", "compare"); unstressed ones never had one
# ("visit", "offer", "open"). The letters are a proxy for stress, exceptions live in the lists.
_MULTI_SYLLABLE_E = {
    "at": True, "ut": True, "ot": True, "it": False, "et": False,
    "ad": True, "ed": True, "id": True, "od": True, "ud": True,
    "ab": False, "eb": True, "ib": True, "ob": True, "ub": True,
    "ak": True, "ek": True, "ik": True, "ok": True, "uk": True,
    "ap": True, "ep": False, "ip": False, "op": False, "up": False,
    "am": True, "em": True, "im": True, "om": False, "um": True,
    "an": False, "en": False, "in": True, "on": False, "un": False,
    "ar": True, "er": False, "ir": True, "or": False, "ur": True,
    "al": False, "el": False, "il": True, "ol": True, "ul": True,
    "ag": True, "eg": True, "ig": True, "og": False, "ug": False,
}  # fmt: skip


def _ends_with_known(word: str, bases: frozenset[str]) -> bool:
    """`word` is a listed base or a prefixed one ("prearrange", "refocus")."""
    return word in bases or any(len(base) >= 5 and word.endswith(base) for base in bases)


def _restore_e(stem: str) -> str:
    """The base of a stem whose -ed/-ing was removed: add back the silent e where there was one."""
    if _ends_with_known(stem, _NO_E_BASES):
        return stem
    if _ends_with_known(stem + "e", _E_BASES):
        return stem + "e"
    last = stem[-1]
    if last == "u" and len(stem) > 1 and stem[-2] not in _VOWELS:
        return stem + "e"  # argu-ed, continu-ing, su-ed
    if last in _VOWELS or last in "wxy":
        return stem  # echo-ed, agree-ing, view-ed, fix-ed, play-ed
    if last == "s":
        return stem if stem.endswith("ss") else stem + "e"  # use, cause, promise, endorse
    if last == "z":
        return stem if stem.endswith(("zz", "tz")) else stem + "e"  # criticize; buzz, waltz
    if last in "vc":
        return stem + "e"  # believe, solve, announce, force
    if stem.endswith(("dg", "rg", "lg", "eng", "ung")):
        return stem + "e"  # judge, urge, indulge, challenge, plunge ("sing", "belong" keep none)
    if stem.endswith(("iat", "uat")):
        return stem + "e"  # negotiate, evaluate: the vowel pair hides the -ate shape
    if last == "l" and len(stem) > 1 and stem[-2] not in _VOWELS and stem[-2] not in "rwl":
        return stem + "e"  # handle, settle
    if not _single_vowel_before_last(stem):
        return stem  # clusters (warn, assert, climb) and vowel pairs (claim, tweet, appear)
    if _vowel_groups(stem) <= 1:
        # A one-syllable stem ending consonant-vowel-consonant would have doubled its consonant
        # had the base no e ("stopped"), so an undoubled one had an e: "noted", "hoping", "cited".
        return stem + "e"
    return stem + "e" if _MULTI_SYLLABLE_E.get(stem[-2:], False) else stem


def _undouble(stem: str) -> str | None:
    """`stem` without its doubled final consonant when the doubling came from the suffix."""
    if len(stem) < 3 or stem[-1] != stem[-2] or stem[-1] in _VOWELS:
        return None
    if stem in _DOUBLE_BASES or stem[-1] in "sfz":
        return None  # add, pass, stuff, buzz
    if stem[-1] == "l":
        return stem[:-1] if stem[:-1] in _LL_UNDOUBLE else None  # controlled vs called
    return stem[:-1]  # admitted, planned, occurred


def _base_of_stem(stem: str) -> str:
    undoubled = _undouble(stem)
    return undoubled if undoubled is not None else _restore_e(stem)


@lru_cache(maxsize=16384)
def _lemmatize_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _UNINFLECTED or word in _NO_E_BASES or word in _E_BASES or len(word) < 3:
        return word
    if word.endswith("ing"):
        if word.endswith("ying") and len(word) <= 5:
            return word[:-4] + "ie"  # dying, lying, tying
        stem = word[:-3]
        return _base_of_stem(stem) if len(stem) >= 2 and _has_vowel(stem) else word  # not "bring"
    if word.endswith("ed"):
        if word.endswith("ied"):
            return word[:-1] if len(word) <= 4 else word[:-3] + "y"  # died; denied
        if word.endswith("eed"):
            return word[:-1]  # agreed, freed ("need" and co. are in _UNINFLECTED)
        if word.endswith("ead"):
            return word  # plead, spread, head: no verb ends in -ea, so these are bases
        stem = word[:-2]
        return _base_of_stem(stem) if _has_vowel(stem) else word
    if word.endswith("s"):
        if word.endswith(("ss", "us", "is", "'s")):
            return word  # discuss, focus, this
        if word.endswith("ies"):
            return word[:-1] if len(word) <= 4 else word[:-3] + "y"  # dies; denies
        if word.endswith(("ches", "shes", "xes", "sses", "zzes", "tzes")):
            return word[:-2]  # pushes, fixes, passes
        if word.endswith("oes"):
            return word[:-1] if word[:-1] in _E_BASES else word[:-2]  # goes, vetoes; tiptoes
        if word.endswith("ses") and word[:-2] in _NO_E_BASES:
            return word[:-2]  # focuses
        return word[:-1]  # says, notes, argues
    return word


def lemmatize_verb(form: str) -> str:
    """The dictionary form of an English verb form: said -> say, admitted -> admit, denies -> deny.

    Case and curly apostrophes are normalised; in a hyphenated word only the last part inflects
    ("fact-checked" -> "fact-check"). Forms that are not inflected come back lowercased.
    """
    word = form.strip().lower().replace("\u2019", "'")
    if not word:
        return word
    prefix, _, last = word.rpartition("-")
    if prefix:
        return f"{prefix}-{_lemmatize_word(last)}" if last else word
    return _lemmatize_word(word)


_NOUN_IRREGULAR = {
    "analyses": "analysis", "crises": "crisis", "theses": "thesis", "hypotheses": "hypothesis",
    "men": "man", "women": "woman", "people": "people", "children": "child", "criteria": "criterion",
    "spokesmen": "spokesman", "spokeswomen": "spokeswoman",
}  # fmt: skip
_NOUN_INVARIANT = _words("news series species politics data media means economics ethics")


def lemmatize_noun(form: str) -> str:
    """The singular of an English noun: statements -> statement, remarks -> remark."""
    word = form.strip().lower().replace("\u2019", "'")
    if word in _NOUN_IRREGULAR:
        return _NOUN_IRREGULAR[word]
    if word in _NOUN_INVARIANT or len(word) < 4 or word.endswith(("ss", "us", "is", "'s")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


# ---------------------------------------------------------------------------------------------
# Cue types
#
# A hand-made seed table, not mined: PolNeAR does not label types. Reported speech is by far the
# commonest kind of attribution, so a lemma the table does not know is speech.
# ---------------------------------------------------------------------------------------------

_THOUGHT = _words(
    """
    think believe feel hope fear expect worry want wish know consider assume suspect doubt guess
    suppose imagine wonder reckon figure realize realise understand recognize remember forget
    like love hate dislike prefer favor favour support oppose trust distrust view regard see
    intend plan aim desire dream pray dread care envision anticipate decide learn notice sense
    perceive deem mind fret seek ponder
    glad eager confident sure certain convinced aware unaware afraid worried concerned hopeful
    optimistic pessimistic skeptical sceptical wary happy proud upset angry keen determined
    anxious nervous reluctant willing unwilling unsure uncertain sick hungry
    opinion belief view concern fear hope worry mind eye eyes estimation judgment to for
    """
)
_EVIDENCE = _words(
    """
    show find suggest indicate reveal demonstrate prove imply signal seem appear estimate project
    poll polls survey study data evidence analysis rank measure tally record document
    exit results figures numbers in by
    """
)
# Keys whose head alone would mislead: "known as" names something, it reports no knowledge.
_SPEECH_KEYS = frozenset({"know_as"})


def seed_cue_type(lemma: str) -> CueType:
    """Speech, thought or evidence for a cue key ("think" -> thought, "show" -> evidence as in
    "polls show", anything unknown -> speech).

    The whole key is looked up first, then its head; a key headed by a preposition ("in a poll",
    "in a statement", "in his view") takes the type of its last word instead, since the
    preposition says nothing about the kind of report.
    """
    words = lemma.strip().lower().split("_")
    key = "_".join(words)
    if key in _SPEECH_KEYS:
        return "speech"
    candidates = [key]
    nouns = [w for w in words[1:] if w not in _PARTICLES]
    candidates.append(nouns[-1] if nouns and words[0] in _PREPOSITIONS else words[0])
    for candidate in candidates:
        if candidate in _THOUGHT:
            return "thought"
        if candidate in _EVIDENCE:
            return "evidence"
    return "speech"


# ---------------------------------------------------------------------------------------------
# Cue normalisation: surface words -> lexicon key
#
# Annotators mark the whole verbal chain as the cue ("has also repeatedly said", "tried to
# explain", "made it clear"); the lexicon wants the word a parser would hand us as the cue's head,
# plus the particles that change its meaning ("call for" is not "call").
# ---------------------------------------------------------------------------------------------

_AUXILIARIES = _words(
    """
    be am is are was were been being 's 're 'm have has had having 've 'd do does did
    will would shall should can could may might must ca wo 'll get got gets getting cannot
    """
)
_CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'d", "'ll", "'m"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_DETERMINERS = _words(
    """
    a an the this these those his her their its our my your whose any every each some such
    several many much another
    """
)
# Subjects that sometimes fall inside a cue span ("it appears", "he says", "who has hit").
_PRONOUNS = _words("it he she they we i you there him them me us who which himself herself themselves itself myself")
# Determiners that only ever start a noun phrase: after one of these the cue is a noun ("the
# claim"). "Some", "many", "another" are left out: they stand alone as subjects ("some say").
_NOUN_DETERMINERS = _words("a an the his their its our my your whose 's")
# Words that sit around the cue ("has also said", "later told", "said Sunday") without changing
# which cue it is.
_FILLERS = _words(
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
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Set phrases that are asides, not part of the cue ("have, in fact, praised").
_FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "fact"), ("of", "course"), ("in", "particular"), ("so", "far"), ("at", "least"),
    ("for", "example"), ("for", "instance"), ("at", "the", "time"), ("in", "turn"), ("in", "part"),
    ("by", "far"), ("once", "again"), ("for", "the", "first", "time"), ("as", "well"), ("at", "length"),
    ("last", "week"), ("last", "month"), ("last", "year"), ("last", "night"), ("this", "week"), ("this", "year"),
)  # fmt: skip
_PREPOSITIONS = _words(
    """
    according about above across after against along amid among around as at before behind
    below beside between beyond by despite during for from in inside into near of on onto over
    per through throughout to toward towards under unlike until upon via with within without
    """
)
# Prepositions plus the adverb particles of phrasal verbs ("point out", "shot back").
_PARTICLES = _PREPOSITIONS | _words("out up off back down away aside forth")
_ADJECTIVES = _words(
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
_VERBS_WITH_ADJECTIVE_SUFFIX = _words("enable disable table cable")
_NUMBERS = _words("one two three four five six seven eight nine ten dozen hundred")
_PRONOUN_HEADS = _words("nothing something anything everything everyone someone none")
_ADVERB_HEADS = _words("well far here there")
# Adjectives in front of a nominal cue ("a fierce critic of", "widespread anger"): the noun is the cue.
_PRENOMINAL = _words(
    """
    big bigger biggest great greater greatest strong stronger strongest fierce sharp harsh broad
    wide widespread considerable intense national common collective fundamental false
    overwhelming ongoing initial public new key main major little stern blunt bold rare frequent
    early heavy loud growing rousing apparent fresh friendly scathing blistering
    """
)
# Adverbs that are a cue on their own ("Smith reportedly left").
_ADVERBS = _words("reportedly allegedly apparently reputedly purportedly supposedly ostensibly")
# Verbs that end in -ly, which the adverb test must not take for adverbs.
_LY_VERBS = _words("reply apply imply supply comply rely rally tally bully ally multiply sully dally")
# Unambiguous nouns; ambiguous ones ("claim", "report") are decided by a determiner before them.
_NOUNS = _words(
    """
    statement interview poll survey analysis data memo letter article op-ed editorial column
    speech opinion belief allegation accusation criticism testimony announcement endorsement
    opposition supporter critic opponent idea evidence suggestion assertion argument proposal
    response news story video consensus advice complaint anxiety strategy policy goal effort
    priority message sentiment stance attention information
    """
)
_NOUN_SUFFIXES = ("tion", "sion", "ism", "ness", "ity", "ship", "ment", "ist", "ence", "ance")
_VERBS_WITH_NOUN_SUFFIX = _words(
    """
    comment lament document implement augment torment cement ferment supplement compliment
    complement segment experiment exist insist persist resist assist consist influence
    experience evidence reference silence sentence commence balance advance enhance finance
    dance glance chance distance
    """
)
# Verbs that hand the report on to the verb after them: "tried to explain", "began by saying",
# "continued to question", "start talking about".
_CATENATIVES = _words("try begin start attempt proceed continue go take use")
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
    if head in _IRREGULAR:
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
    return "_" in lemma


# ---------------------------------------------------------------------------------------------
# The lexicon
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One row of the cue table: a cue key, its part of speech, its type and its frequency in
    PolNeAR train (`share` = count / all cue spans)."""

    lemma: str
    pos: str
    type: CueType
    count: int
    share: float
    # How often the head word, wherever it occurs in PolNeAR train, was annotated as a cue:
    # "argue" 0.85, "criticize" 0.73, "support" 0.22, "see" 0.20. 0.0 when not measured.
    rate: float = 0.0
    # Where the row comes from, "+"-joined: polnear (mined, training/mine_cues.py), wordnet, ud,
    # hand (added by training/extend_cues.py, with count 0 and rate 0.0).
    source: str = MINED_SOURCE

    @property
    def listed(self) -> bool:
        """A row only a lexical resource vouches for: no PolNeAR count behind it."""
        return MINED_SOURCE not in self.source.split("+")

    @property
    def words(self) -> tuple[str, ...]:
        """The key's words: ("say",), ("accord", "to"), ("say", "in", "statement")."""
        return tuple(self.lemma.split("_"))

    @property
    def head(self) -> str:
        return self.words[0]

    @property
    def is_multiword(self) -> bool:
        return is_multiword(self.lemma)


_NON_VERB_POS = frozenset({"ADP", "PUNCT", "ADV", "PRON", "NUM"})
# Light verbs head cue spans only through the words after them ("made it clear", "took issue
# with", "is expected"); on their own they would make every "the point is that ..." a report.
_LIGHT_VERBS = _words("be have do get go come make take give put keep let become")


class CueLexicon:
    """Cue entries by key, with per-head totals so "say" also counts "said in a statement"."""

    def __init__(self, entries: Iterable[CueEntry]) -> None:
        ordered = sorted(entries, key=lambda e: (-e.count, e.lemma))
        self._entries = tuple(ordered)
        self._by_lemma: dict[str, CueEntry] = {}
        for entry in ordered:
            if entry.lemma in self._by_lemma:
                raise ValueError(f"cue lexicon lists {entry.lemma!r} twice; keys must be unique")
            self._by_lemma[entry.lemma] = entry
        self._head_counts: dict[str, int] = {}
        self._head_entries: dict[str, list[CueEntry]] = {}
        for entry in ordered:
            self._head_counts[entry.head] = self._head_counts.get(entry.head, 0) + entry.count
            self._head_entries.setdefault(entry.head, []).append(entry)
        self._max_count = max(self._head_counts.values(), default=0)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[CueEntry]:
        return iter(self._entries)

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and self.lookup(lemma) is not None

    @property
    def entries(self) -> tuple[CueEntry, ...]:
        """Every entry, most frequent first."""
        return self._entries

    @property
    def multiword_patterns(self) -> tuple[CueEntry, ...]:
        """The multiword entries (according to, point out, say in a statement), most frequent
        first; match them on lemmas with `CueEntry.words`."""
        return tuple(e for e in self._entries if e.is_multiword)

    def lookup(self, lemma: str) -> CueEntry | None:
        """The entry for exactly this key; "according to" and "accord to" find accord_to."""
        return self._by_lemma.get(_as_key(lemma))

    def head_count(self, lemma: str) -> int:
        """How often a word headed a cue, alone or in a multiword pattern."""
        return self._head_counts.get(_as_key(lemma), 0)

    def is_cue_verb(self, lemma: str, min_count: int = 3) -> bool:
        """Whether a verb lemma headed at least `min_count` cues in PolNeAR train, alone or in a
        multiword pattern; a multiword key ("point_out") is judged by its own count.

        The default of 3 drops one-off phrasings while keeping rarer reporting verbs ("quip",
        "muse"); raise it for precision. Light verbs (be, have, make, take, ...) are never cue
        verbs on their own: look up their patterns ("make_clear") instead.
        """
        key = _as_key(lemma)
        if key in _LIGHT_VERBS:
            return False
        if is_multiword(key):
            entry = self._by_lemma.get(key)
            return entry is not None and entry.count >= min_count and entry.pos not in _NON_VERB_POS
        entries = self._head_entries.get(key)
        if not entries:
            return False
        if self._head_counts[key] < min_count and not (
            min_count <= LISTED_EVIDENCE and any(e.listed for e in entries)
        ):
            return False
        return any(e.pos not in _NON_VERB_POS for e in entries)

    def rate(self, lemma: str) -> float:
        """How often the key (else the commonest entry it heads) was a cue where its head word
        occurred in PolNeAR train; 0.0 for unknown keys."""
        entry = self.lookup(lemma)
        if entry is None:
            entries = self._head_entries.get(_as_key(lemma))
            if not entries:
                return 0.0
            entry = entries[0]
        return entry.rate

    def cue_type(self, lemma: str) -> CueType | None:
        """The type of the key, else of the most frequent entry it heads; None when unknown."""
        entry = self.lookup(lemma)
        if entry is None:
            entries = self._head_entries.get(_as_key(lemma))
            if not entries:
                return None
            entry = entries[0]
        return entry.type

    def prior(self, lemma: str) -> float:
        """A 0..1 confidence that a word used this way is a cue, from how often it was one:
        log(1 + count) / log(1 + count of the commonest head). Log-scaled so that a cue seen 30
        times still counts for something next to "say" at 5,000. 0.0 for unknown keys."""
        key = _as_key(lemma)
        if is_multiword(key):
            entry = self._by_lemma.get(key)
            count = entry.count if entry is not None else 0
        else:
            count = self._head_counts.get(key, 0)
        if count <= 0 or self._max_count <= 0:
            return 0.0
        return min(1.0, math.log1p(count) / math.log1p(self._max_count))


def _as_key(lemma: str) -> str:
    key = "_".join(lemma.strip().lower().replace("\u2019", "'").split())
    return "accord_to" if key == "according_to" else key


_CUE_TYPES: frozenset[str] = frozenset(get_args(CueType))


def parse_cue_tsv(text: str) -> CueLexicon:
    """A lexicon from the TSV the miner and `training/extend_cues.py` write (header row `TSV_COLUMNS`,
    then one entry per line; a table without the `source` column is read as all mined).

    Raises ValueError naming the line for a wrong header, column count, type or number.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    header = tuple(lines[0].split("\t")) if lines else ()
    if header not in (TSV_COLUMNS, _LEGACY_COLUMNS):
        raise ValueError(f"cue table must start with the header {chr(9).join(TSV_COLUMNS)!r}")
    entries: list[CueEntry] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            raise ValueError(f"cue table line {number}: expected {len(header)} columns, got {len(fields)}")
        lemma, pos, cue_type, count, share, rate = fields[:6]
        source = fields[7] if len(fields) > 7 else MINED_SOURCE
        if cue_type not in _CUE_TYPES:
            raise ValueError(f"cue table line {number}: type {cue_type!r} is not one of {sorted(_CUE_TYPES)}")
        try:
            entries.append(
                CueEntry(lemma, pos, _as_cue_type(cue_type), int(count), float(share), float(rate), source)
            )
        except ValueError as error:
            raise ValueError(f"cue table line {number}: {error}") from error
    return CueLexicon(entries)


def _as_cue_type(value: str) -> CueType:
    if value == "speech":
        return "speech"
    if value == "thought":
        return "thought"
    return "evidence"


@cache
def load_cue_lexicon() -> CueLexicon:
    """The packaged lexicon (`quotetrace.core` data file `data/cues.tsv`), read once."""
    resource = resources.files("quotetrace.core").joinpath("data/cues.tsv")
    return parse_cue_tsv(resource.read_text(encoding="utf-8"))
