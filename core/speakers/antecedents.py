"""Role nouns as antecedents of he/she: "The caretaker locked the gate. He said, …" links He to the
caretaker, who is named nowhere; and organization nouns as antecedents of it ("The ministry issued new
rules. "…," it said."). A singular person noun with a determiner of its own, outside any
quote, that is neither a name's head nor a speaker mention, becomes a candidate entity (type person,
labelled with its noun phrase) with a salience event like a name's, unless it repeats the role of a
person named before ("The mayor" after "Mayor Paul Grant": `named_bearer`), whose event it then is. It
is output only when a pronoun links to it, and definite descriptions never resolve to it (they keep
linking to names and speakers)."""

from __future__ import annotations

from ..model import Mention, Token
from .confidence import ROLE_AND_AFFILIATION, SAME_ROLE
from .context import View, lemma_lower, strip_edges, text_lower
from .descriptions import described_as, resolve_description
from .gender import name_in_apposition
from .lexicon import Lexicon
from .mentions import analyse_speaker
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
        subject = token.deprel in SUBJECT_DEPRELS
        weight = ROLE_SHARE * (SUBJECT_WEIGHT if subject else OTHER_WEIGHT)
        event = Event(offset, token.sentence, view.paragraph_at(offset), ent.uid, weight, frozenset(), subject)
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
    """A singular person noun with a determiner or possessor of its own: "The caretaker", "her
    lawyer", and a capitalised title the tagger calls a proper noun ("The Prime Minister", "The Home
    Secretary": stanza tags both PROPN) when "the" makes it a description rather than a name."""
    if token.upos == "PROPN":
        if not any(c.deprel == "det" and c.lower == "the" for c in view.doc.children(token)):
            return False
    elif token.upos != "NOUN":
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


def named_bearer(view: View, lex: Lexicon, role: Ent, ents: dict[int, Ent], name_at: dict[int, int]) -> Ent | None:
    """The named entity a role candidate of `role_candidates` refers back to, or None: the one
    `resolve_description` finds for its noun phrase by the same role word (with the affiliation
    when both have one) and every modifier of it (`descriptions.described_as`), never by role class
    alone. 'Prime Minister Anthony Albanese said … Peter Dutton said … The Prime Minister hit back.
    "…," he said': the prime minister is Albanese, and the "he" that `pronouns.previous_subject`
    gives him is Albanese's. `ents`: the entities so far (those with names are searched);
    `name_at`: token index -> name phrase, as for speakers."""
    mention = role.described[0]
    if mention.head is None:
        return None
    spk = analyse_speaker(view, lex, -1, mention, view.tokens[mention.head], name_at)
    if spk.kind != "description":
        return None
    named = {uid: ent for uid, ent in ents.items() if ent.names}
    found, factors = resolve_description(spk, mention.span.start, named, lex)
    if found is None or factors not in {(SAME_ROLE,), (ROLE_AND_AFFILIATION,)} or not described_as(spk, found):
        return None
    return found
