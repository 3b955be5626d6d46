"""Rule lemmatisers for English verbs and nouns (no model): the cue miner and the quote finders
normalise cue words with them, and they back up the statistical lemmatiser where it gets a verb wrong.

English verb inflection is regular except for a closed list of irregular verbs, so a table plus
suffix rules gets news verbs right without a model. The hard part of the rules is the silent
e that -ed/-ing removes ("noted" -> note, but "visited" -> visit); the rules decide it from
the shape of the stem, and two small word lists catch the stems whose shape misleads.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Token
from .wordlists import word_set

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
_E_BASES = word_set(
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
_NO_E_BASES = word_set(
    """
    focus caucus census chorus bias canvas gas bus nonplus combat debut pivot ballot pilot
    jackpot rocket sync murmur augur imperil bedevil devil cavil pencil stencil peril
    """
)


# Verbs whose base really ends in a double consonant that the rules would otherwise undouble.
_DOUBLE_BASES = word_set("add odd err purr whirr ebb egg watt inn")


# -ll- stems that drop an l ("controlled" -> control); every other -ll- base keeps both (call, tell).
_LL_UNDOUBLE = word_set(
    """
    compel propel repel expel dispel control patrol extol annul cancel
    travel label model signal total fuel level marvel counsel excel rebel quarrel equal dial unravel
    tunnel funnel channel shovel grovel duel parcel panel pencil libel pedal backpedal
    """
)


# Forms that look inflected but are bases (or not verbs at all).
_UNINFLECTED = word_set(
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


_NOUN_INVARIANT = word_set("news series species politics data media means economics ethics")


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


def is_irregular_verb_form(word: str) -> bool:
    """Whether `word` (lower case) is an irregular past or participle form in the table ("said", "told")."""
    return word in _IRREGULAR


def cue_lemma(token: Token) -> str:
    """The model's lemma, with our own rule lemmatiser as a fallback for verbs it got wrong."""
    lemma = token.lemma.lower() if token.lemma else ""
    if token.upos in ("VERB", "AUX") and (not lemma or lemma == token.text.lower()):
        return lemmatize_verb(token.text.lower())
    return lemma
