"""Gender the text itself gives an entity through he/she pronouns that are not speaker mentions:
"Price thanked Nolan for his time" makes Nolan male when "his" clearly resolves to him, so that a
later "she said" can no longer go to Nolan. First names are core/speakers/first_names.py's."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Mention, Token
from .context import View, apposed_conj, lemma_lower, text_lower
from .lexicon import Lexicon, Pronoun
from .records import Speaker

# Possessives the speaker lexicon leaves out (it lists what a speaker mention can be).
_POSSESSIVES = {"his": Pronoun("sg", "m", 3), "hers": Pronoun("sg", "f", 3)}


def gender_cues(view: View, lex: Lexicon, taken: set[int], direct: set[int]) -> Iterator[Speaker]:
    """Every he/him/his/she/her pronoun outside the contents of the `direct` quotes (indices into the
    quotes of `view`; a speaker's own words refer from their point of view) whose token is not in
    `taken` (the speaker mentions), in text order, as a pronoun `Speaker` of no quote (`quote=-1`)
    that `resolve_pronoun` can resolve. Reported speech counts: "said that his time…" is narration."""
    for token in view.doc.tokens:
        pronoun = _gendered(lex, token)
        if pronoun is None or token.index in taken or view.quotes_at(token.span.start) & direct:
            continue
        mention = Mention(token.span, token.text, "pronoun", token.index)
        yield Speaker(quote=-1, mention=mention, kind="pronoun", head=token, pronoun=pronoun)


def _gendered(lex: Lexicon, token: Token) -> Pronoun | None:
    if token.upos not in {"PRON", "DET"}:
        return None
    word = text_lower(token)
    pronoun = lex.pronouns.get(word) or _POSSESSIVES.get(word)
    return pronoun if pronoun is not None and pronoun.gender in {"m", "f"} else None


_REFLEXIVES = frozenset({"himself", "herself"})


def bound_antecedent(view: View, token: Token) -> Token | None:
    """The token a he/she is bound to by the syntax alone, or None: a possessive on a conjunct of a
    name ("Dr. Sarah Ng and her colleague Mark Ford": Ng) and a reflexive to the subject of its
    clause ("Price asked herself"). The caller keeps it only when it is part of a name."""
    parent = view.parent(token)
    if parent is None:
        return None
    if token.deprel == "nmod:poss" and parent.deprel == "conj" and not apposed_conj(view, parent):
        # ("Ann Cole, his rival": an apposition parsed as a conjunct; "his" is someone else)
        first = view.parent(parent)
        return first if first is not None and first.index < token.index else None
    if text_lower(token) in _REFLEXIVES:
        return next((c for c in view.doc.children(parent) if c.deprel == "nsubj"), None)
    return None


def apposed_name(view: View, lex: Lexicon, possessive: Token, names: set[int]) -> Token | None:
    """The name a possessive's person noun stands in apposition to, which the possessive therefore
    does not refer to ("Ann Cole, his rival": his is not Ann Cole; "His deputy, Colonel Olga
    Sokolova": His is not Sokolova), or None. `names`: token indices that belong to name phrases."""
    noun = view.parent(possessive)
    if possessive.deprel != "nmod:poss" or noun is None:
        return None
    return name_in_apposition(view, lex, noun, names)


def name_in_apposition(view: View, lex: Lexicon, noun: Token, names: set[int]) -> Token | None:
    """A token of the name that the person noun `noun` stands in apposition to, right before it or
    right after it with a comma between ("Ann Cole, his rival"; "His deputy, Colonel Olga
    Sokolova"), or None. Read from the words in a row, since parsers hang such appositions anywhere
    (conj, list, a second subject). `names`: token indices that belong to name phrases."""
    if noun.upos != "NOUN":
        return None
    if not (lex.is_person_noun(lemma_lower(noun)) or lemma_lower(noun) in lex.wordnet_persons):
        return None
    # the noun's own phrase: an apposition the parse hung on it ("His opponent, Hillary Clinton" with
    # Clinton a conjunct of opponent) is what it is compared with, not part of it
    hung = {t.index for c in view.doc.children(noun) if c.deprel in {"appos", "list", "conj"}
            for t in view.doc.subtree(c)}
    words = [t for t in view.doc.subtree(noun) if t.upos != "PUNCT" and t.index not in hung]
    start, end = words[0].index, words[-1].index
    before = view.tokens[max(start - 2, 0) : start]
    if len(before) == 2 and before[1].text == "," and before[0].index in names and before[0].sentence == noun.sentence:
        return before[0]
    after = [t for t in view.tokens[end + 1 : end + 5] if t.sentence == noun.sentence]
    if len(after) >= 2 and after[0].text == ",":
        for token in after[1:]:
            if token.index in names:
                return token
            if not token.text[:1].isupper():
                break  # "his rival, who…": no name in apposition
    return None
