"""A name set off by commas after a noun nested in a subject phrase names that noun, not the phrase:
'Sources close to the Chancellor, Oliver Dowd, said…' is the sources speaking, never Oliver Dowd. A
parser may make such a name the cue's second subject (tester 10: 'Oliver Dowd' at 0.93), and a second
subject that is a name otherwise wins as the apposition of a role ('The UK's defence secretary, Ben
Wallace, confirmed')."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Token

# how a noun hangs inside a subject phrase: 'close to the Chancellor' (acl > obl), 'allies of the
# Chancellor' (nmod), 'a spokesman for the minister' (nmod)
_NESTING_DEPRELS = frozenset({"nmod", "obl", "acl"})


def names_nested_noun(doc: Document, name: Token, subjects: Sequence[Token]) -> bool:
    """Whether `name`, a proper noun between commas, is the apposition of the noun before that
    comma, which is nested (through nmod/obl/acl links) in another of the cue's `subjects`.

    It is when the phrase's head is plural ('Sources', 'Aides', 'Allies', 'People close to'): one
    person's name cannot stand for them; or when the nested noun is a person and no organisation ('a
    spokesman for the minister, Jo Hart,', 'a lawyer for the footballer, Jamal Wright,': the minister's
    and the footballer's name). After an organisation the name is
    the head's own ('a spokesman for the company, Jo Hart,'), and so is a name right after the head
    ('The defence secretary, Ben Wallace,': nothing nested)."""
    if name.upos != "PROPN" or name.index < 2:
        return False
    comma, nested = doc.tokens[name.index - 1], doc.tokens[name.index - 2]
    if comma.text != "," or nested.upos not in ("NOUN", "PROPN") or nested.sentence != name.sentence:
        return False
    # set off on both sides: in 'Acts of protest, Mr. Obama said, are…' the name is the speaker
    end = max(t.index for t in doc.subtree(name) if t.upos != "PUNCT") + 1  # its own comma may hang on it
    if end >= len(doc.tokens) or doc.tokens[end].text != ",":
        return False
    # imported here: the speakers package reads this module when it loads
    from .speakers.lexicon import load_lexicon

    lexicon = load_lexicon()
    # the hand-made roles, or any noun whose commonest sense is a person (WordNet: 'footballer', 'striker',
    # 'agent'; tester 11: 'A lawyer for the footballer, Jamal Wright, said' gave Wright at 0.958)
    person = ((lexicon.is_person_noun(nested.lower) or nested.lower in lexicon.wordnet_persons)
              and not lexicon.is_org_noun(nested.lower))
    return any(head is not name and head.index < nested.index and _nested_in(doc, nested, head) and
               ("Number=Plur" in head.feats or person) for head in subjects)


def _nested_in(doc: Document, token: Token, head: Token) -> bool:
    """Whether `token` hangs below `head` through nesting links only (never `head` itself)."""
    current = token
    for _ in range(8):  # a subject phrase is never deeper; a bound keeps a cyclic parse finite
        if current is not token and _adjective_on(current, head):
            return True
        if current.deprel not in _NESTING_DEPRELS or current.head < 0:
            return False
        if current.head == head.index:
            return True
        current = doc.tokens[current.head]
    return False


def _adjective_on(token: Token, head: Token) -> bool:
    """An adjective right after the head ('Sources close to the prime minister'), wherever the parse hung it:
    stanza may make 'close' a clause of the cue (tester 11: Rishi Patel spoke for the sources at 0.9)."""
    return token.upos == "ADJ" and token.index == head.index + 1 and token.sentence == head.sentence
