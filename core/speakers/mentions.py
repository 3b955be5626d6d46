"""What a quote's speaker mention is: a name, a pronoun, a description, a group or an anonymous
source, with its head word, number and features."""

from __future__ import annotations

from dataclasses import replace

from ..model import EntityType, Mention, MentionKind, Token
from .context import NOMINAL, View, lemma_lower, strip_edges, text_lower
from .lexicon import Lexicon
from .names import features_of
from .records import Speaker


def speaker_head(view: View, mention: Mention) -> Token | None:
    if mention.head is not None and 0 <= mention.head < len(view.tokens):
        token = view.tokens[mention.head]
        if token.span.overlaps(mention.span) or len(mention.span) == 0:
            return token
    inside = [t for t in view.doc.tokens_in(mention.span) if t.upos != "PUNCT"]
    if not inside:
        return None
    ids = {t.index for t in inside}
    tops = [t for t in inside if t.head not in ids]
    nominal = [t for t in tops if t.upos in NOMINAL]
    return (nominal or tops or inside)[0]


def analyse_speaker(
    view: View, lex: Lexicon, qi: int, mention: Mention, head: Token | None, name_at: dict[int, int]
) -> Speaker:
    kind: MentionKind = mention.kind
    if head is None:
        return Speaker(qi, mention, kind, None)
    low = lemma_lower(head)
    if head.upos not in NOMINAL and head.upos not in {"DET", "ADJ"} and head.index not in name_at:
        return Speaker(qi, mention, kind, None)  # not a noun phrase: an attribution slip, left alone
    if low in lex.time_nouns:
        # "Last week, the United States announced": a time phrase taken for the subject.
        return Speaker(qi, mention, "description", None, word=low)
    if head.upos == "PRON" or (low in lex.pronouns and head.upos in {"PRON", "DET"}):
        parent = view.parent(head)
        if low in {"who", "which", "that"} and parent is not None and parent.deprel.startswith("acl"):
            antecedent = view.parent(parent)
            if antecedent is not None and antecedent.upos != "PRON":
                found = analyse_speaker(view, lex, qi, mention, antecedent, name_at)
                return replace(found, relative=head)
        pronoun = lex.pronouns.get(text_lower(head)) or lex.pronouns.get(low)
        return Speaker(qi, mention, "pronoun", head, pronoun=pronoun)
    conjuncts = _coordinated_speakers(view, lex, head)
    subtree = view.doc.subtree(head)
    if conjuncts:
        label = view.text(strip_edges([t for t in subtree if t.deprel not in {"appos", "acl:relcl"}]))
        return Speaker(qi, mention, "group", head, word=low, plural=True, type="group", label=label)
    name = name_at.get(head.index)
    if name is None:
        for child in view.doc.children(head):
            if child.deprel in {"appos", "flat", "flat:name"} and child.index > head.index and child.index in name_at:
                name = name_at[child.index]
                break
    if name is not None:
        return Speaker(qi, mention, "name", head, name=name)

    plural = "Number=Plur" in head.feats or (
        head.upos == "NOUN" and text_lower(head) != low and text_lower(head).endswith("s")
    ) or low in {"people", "police"}
    determiners = {
        lemma_lower(c) for c in view.doc.children(head) if c.deprel.startswith("det") or c.deprel == "nummod"
    }
    possessed = any(c.deprel == "nmod:poss" for c in view.doc.children(head))
    definite = possessed or bool(determiners & lex.definite)
    lemmas = {lemma_lower(t) for t in subtree}
    anonymous = bool(lemmas & lex.anonymity_words) or (
        bool(lemmas & lex.anonymity_verbs) and bool(lemmas & lex.anonymity_objects)
    )
    features = features_of(view, [head], subtree, lex)
    label = view.doc.text[mention.span.start : mention.span.end] or head.text
    etype: EntityType = (
        "person" if lex.is_person_noun(low) else "organization" if lex.is_org_noun(low) else "unknown"
    )
    # "a French source", "a spokesperson": an indefinite person (or body) that is not named.
    if anonymous or (not definite and (not plural or low in lex.anonymous_nouns) and etype != "unknown"):
        return Speaker(qi, mention, "anonymous", head, word=low, features=features, plural=plural,
                        type="anonymous", label=label)
    if plural and low in lex.anonymous_nouns:
        return Speaker(qi, mention, "anonymous", head, word=low, features=features, plural=True,
                        type="anonymous", label=label)
    if plural and (etype != "unknown" or head.upos == "PROPN"):
        # "analysts", "the two leaders", "Democrats"; plural things ("the results") are descriptions.
        return Speaker(qi, mention, "group", head, word=low, features=features, plural=True, type="group",
                        label=label)
    return Speaker(qi, mention, "description", head, word=low, features=features, type=etype, label=label)


def _coordinated_speakers(view: View, lex: Lexicon, head: Token) -> list[Token]:
    """Conjuncts that make the mention a group ("the United Kingdom and Poland", "the senator and his
    wife"). A bare singular role joined on ("Rosa M. Quill, president and CEO of the council", "the
    former first lady and U.S. senator") describes the same speaker, not a second one."""
    return [
        c
        for c in view.doc.children(head)
        if c.deprel == "conj" and c.upos in NOMINAL and not _same_speaker_role(view, lex, c)
    ]


def _same_speaker_role(view: View, lex: Lexicon, conjunct: Token) -> bool:
    word = lemma_lower(conjunct)
    if not (lex.is_person_noun(word) or text_lower(conjunct) in lex.titles or word in lex.titles):
        return False
    if "Number=Plur" in conjunct.feats or (text_lower(conjunct) != word and text_lower(conjunct).endswith("s")):
        return False  # "leaders and diplomats"
    # "his wife Michelle", "the New York businessman": a determiner, possessor or name of its own
    # makes it someone else.
    return not any(
        c.deprel.startswith("det") or c.deprel == "nmod:poss" or c.upos == "PROPN" for c in view.doc.children(conjunct)
    )
