"""Words on the line between a name and a noun: a surname that the tagger read as a common noun
("Price said the town needed investment" after "David Price"; also Stone, Rice, Bush, Gold, Young at
the start of a sentence), which would otherwise stand as a description of its own and leave the real
person out of the pronouns' reach; and a capitalised word only ever written after "the" ("The Serb
said"), which the tagger read as a proper noun."""

from __future__ import annotations

from .context import View, text_lower
from .records import Ent, Speaker


def surname_read_as_noun(view: View, spk: Speaker, ents: dict[int, Ent]) -> Ent | None:
    """The one person entity whose full name (two words or more) ends in the speaker mention, when
    that mention is a single capitalised noun with no determiner of its own ("Price", not "the
    price", "Prices"), or None. With two such people the word names neither."""
    head = spk.head
    if spk.kind != "description" or head is None or head.upos != "NOUN" or not head.text[:1].isupper():
        return None
    if view.doc.text[spk.mention.span.start : spk.mention.span.end] != head.text:
        return None  # "The Price family", "Price's": more than the bare word
    if any(c.deprel.startswith("det") for c in view.doc.children(head)):
        return None
    word = text_lower(head)
    fits = [ent for ent in ents.values()
            if ent.type == "person" and any(len(n.key) >= 2 and n.key[-1] == word for n in ent.names)]
    return fits[0] if len(fits) == 1 else None


_DEFINITE = frozenset({"the"})


def definite_word_only(view: View, ent: Ent) -> bool:
    """Whether an entity of unknown type is named only by one singular capitalised word right after
    "the" ('The Serb said', 'The Geordie said'): a demonym or a nickname for someone named otherwise,
    or nobody's name at all, which the word lists (nationalities, organisations) did not know. A
    known organisation ('The Times', 'the FBI') has its type; a plural ('The Iranians') is a group."""
    if ent.type != "unknown" or not ent.names:
        return False
    for name in ent.names:
        if len(name.run) != 1 or "Number=Plur" in name.run[0].feats:
            return False
        before = name.run[0].index - 1
        if before < 0 or text_lower(view.doc.tokens[before]) not in _DEFINITE:
            return False
    return True
