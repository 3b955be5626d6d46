"""Role nouns as antecedents of he/she: "The caretaker locked the gate. He said, …" links He to the
caretaker, who is named nowhere; and organization nouns as antecedents of it ("The ministry issued new
rules. "…," it said."). A singular person noun with a determiner of its own, outside any
quote, that is neither a name's head nor a speaker mention, becomes a candidate entity (type person,
labelled with its noun phrase) with a salience event like a name's. It is output only when a pronoun
links to it, and definite descriptions never resolve to it (they keep linking to names and speakers)."""

from __future__ import annotations

from ..model import Mention, Token
from .context import View, lemma_lower, strip_edges, text_lower
from .gender import name_in_apposition
from .lexicon import Lexicon
from .pronouns import OTHER_WEIGHT, SUBJECT_DEPRELS, SUBJECT_WEIGHT
from .records import Ent, Event

# A role noun counts half as much as a name in the same place: most roles in news belong to someone
# named nearby ("the senator" beside "Lynch"), and the name is the better antecedent when both fit.
ROLE_SHARE = 0.5
# Words of the noun phrase that go into the label ("the night caretaker", "a head teacher").
_LABEL_DEPRELS = frozenset({"det", "amod", "compound", "nmod:poss", "nummod"})


def role_candidates(
    view: View, lex: Lexicon, taken: set[int], names: set[int], first_uid: int
) -> list[tuple[Ent, Event]]:
    """Candidate entities and their events for the role nouns of the document, uids from `first_uid`.

    `taken` holds token indices already accounted for (name phrases, speaker heads), `names` the
    tokens of name phrases: a role in apposition to a name ("Bob Hunt, her rival") is that person,
    not a second candidate."""
    found: list[tuple[Ent, Event]] = []
    for token in view.doc.tokens:
        organization = _organization_subject(view, lex, token)
        if token.index in taken or not (organization or _singular_role(view, lex, token)):
            continue
        if name_in_apposition(view, lex, token, names) is not None:
            continue
        offset = token.span.start
        if view.quotes_at(offset):
            continue  # a role named inside someone's words is theirs to refer to, not the narrative's
        phrase = strip_edges(
            [token, *(c for c in view.doc.children(token) if c.deprel in _LABEL_DEPRELS and c.index < token.index)]
        )
        words = [token, *(c for c in view.doc.children(token) if c.deprel.startswith("det"))]
        label = view.text(sorted(words[1:] + phrase, key=lambda t: t.index)) if words[1:] else view.text(phrase)
        word = lemma_lower(token)
        ent = Ent(uid=first_uid + len(found), type="organization" if organization else "person", name=label,
                  head_word=word, gender="" if organization else lex.gendered.get(word, ""))
        ent.roles.add(word)
        span_tokens = sorted({*phrase, *words}, key=lambda t: t.index)
        ent.described.append(
            Mention(view.span_of(span_tokens), view.text(span_tokens), "description", token.index)
        )
        weight = ROLE_SHARE * (SUBJECT_WEIGHT if token.deprel in SUBJECT_DEPRELS else OTHER_WEIGHT)
        event = Event(offset, token.sentence, view.paragraph_at(offset), ent.uid, weight, frozenset())
        found.append((ent, event))
    return found


def _organization_subject(view: View, lex: Lexicon, token: Token) -> bool:
    """'The ministry issued new rules. "…," it said.': a singular organization noun with a definite
    determiner, the subject of its clause, is what a later 'it' can stand for."""
    if token.upos != "NOUN" or token.deprel not in SUBJECT_DEPRELS or not lex.is_org_noun(lemma_lower(token)):
        return False
    if "Number=Plur" in token.feats:
        return False
    return any(c.deprel == "det" and c.lower in ("the", "this") for c in view.doc.children(token))


def _singular_role(view: View, lex: Lexicon, token: Token) -> bool:
    if token.upos != "NOUN":
        return False
    word = lemma_lower(token)
    if not (lex.is_person_noun(word) or word in lex.wordnet_persons) or word in lex.anonymous_nouns:
        return False
    if "Number=Plur" in token.feats or (text_lower(token) != word and text_lower(token).endswith("s")):
        return False
    kids = list(view.doc.children(token))
    if any(c.upos == "PROPN" and c.deprel in {"appos", "flat", "flat:name"} for c in kids):
        return False  # "spokesperson Dmitry Peskov": the name's phrase
    return any(c.deprel.startswith("det") or c.deprel == "nmod:poss" for c in kids)
