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
   ("Shadow Home Secretary"). A longer pile of titles, organisations, of/for phrases and roles
   before a name ("Secretary of State Marco Rubio", "BRS working president K T Rama Rao") is read
   on the surface, whatever the parse: the name at its end is the person, and any word of the pile
   that heads a speaker mention stands for that person. Types come from the word lists: organization words and known
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

Confidence: a quote's confidence is multiplied by the factors of the rule that linked it (`Factor`s
in `confidence.py`), which its trace names: 'speaker:pronoun(salience×0.9, far×0.8)'; unresolved
pronouns get no entity, unresolved descriptions their own entity.
Gender comes from titles, gendered nouns, confident he/she
speaker links and he/she pronouns the syntax binds ("Dr. Sarah Ng and her colleague Mark Ford",
"Moss asked herself"); a pronoun of the other gender never resolves to an entity whose gender is
known. A he/she that only salience links ("Price thanked Nolan for his time") is too often wrong
to set a gender; it leaves a hint that lowers a link of the other gender in that or the next
sentence (`gender`). A first name rules the other pronoun out only with the optional `names` extra
(`first_names`: gender-guesser's dictionary, GPLv3, never required), and is no evidence for the cap.

Modules: `lexicon` (the word lists), `context` (offsets and token predicates over one document),
`records` (what the steps pass on), `names` (proper-name phrases), `name_roles` (roles beside a name
that the parse hung elsewhere: "Senator Joe Pike, a Republican"), `name_groups` (names the parse
joins or splits wrongly: "Bureau of Labor Statistics", "Ruth Gale and Governor Tom Fry"), `title_compounds` (titles,
organisations and roles piled before a name: "Secretary of State Marco Rubio", "Eskom spokesperson Daphne
Mokwena"), `entity_types` (types and name
clusters), `mentions` (what a speaker mention is), `pronouns`, `gender`, `descriptions`, `confidence`, and
`resolve` (the pass that ties them together).
"""

from __future__ import annotations

from .confidence import (
    DESCRIPTION_EXACT,
    DESCRIPTION_RECENT,
    DESCRIPTION_STRONG,
    DESCRIPTION_TIE,
    DESCRIPTION_UNRESOLVED,
    FIRST_PERSON_UNRESOLVED,
    GENDER_UNSHOWN,
    NAME_AMBIGUOUS,
    PRONOUN,
    PRONOUN_CLOSE,
    PRONOUN_FAR,
    PRONOUN_UNRESOLVED,
    SPEAKERLESS,
    WE_IN_QUOTE,
)
from .resolve import resolve_speakers

__all__ = [
    "DESCRIPTION_EXACT",
    "DESCRIPTION_RECENT",
    "DESCRIPTION_STRONG",
    "DESCRIPTION_TIE",
    "DESCRIPTION_UNRESOLVED",
    "FIRST_PERSON_UNRESOLVED",
    "GENDER_UNSHOWN",
    "NAME_AMBIGUOUS",
    "PRONOUN",
    "PRONOUN_CLOSE",
    "PRONOUN_FAR",
    "PRONOUN_UNRESOLVED",
    "SPEAKERLESS",
    "WE_IN_QUOTE",
    "resolve_speakers",
]
