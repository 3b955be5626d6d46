"""What a quote's speaker mention is: a name, a pronoun, a description, a group or an anonymous
source, with its head word, number and features."""

from __future__ import annotations

from dataclasses import replace

from ..model import EntityType, Mention, MentionKind, Token
from ..nested_names import names_nested_noun
from ..noun_phrases import glued_hyphen
from .context import NOMINAL, View, apposed_conj, lemma_lower, strip_edges, text_lower, without_possessive
from .lexicon import Lexicon
from .name_features import features_of
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
    """What the speaker mention of quote `qi` is, from its head token: a name (`name_at` maps token
    indices to name phrases), a pronoun, a relative or a document read through what it stands for, a
    group, an anonymous source or a description."""
    kind: MentionKind = mention.kind
    if head is None:
        return Speaker(qi, mention, kind, None)
    low = lemma_lower(head)
    if head.upos not in NOMINAL and head.upos not in {"DET", "ADJ"} and head.index not in name_at:
        return Speaker(qi, mention, kind, None)  # not a noun phrase: an attribution slip, left alone
    if low in lex.time_nouns:
        # "Last week, the United States announced": a time phrase taken for the subject.
        return Speaker(qi, mention, "description", None, word=low)
    if low in lex.document_nouns and head.upos == "NOUN" and head.index not in name_at:
        return _document_speaker(view, lex, qi, mention, head, name_at)
    if text_lower(head) in RELATIVES:
        return _relative_speaker(view, lex, qi, mention, head, name_at)
    if head.upos == "PRON" or (low in lex.pronouns and head.upos in {"PRON", "DET"}):
        pronoun = lex.pronouns.get(text_lower(head)) or lex.pronouns.get(low)
        return Speaker(qi, mention, "pronoun", head, pronoun=pronoun)
    if _coordinated_speakers(view, lex, head):
        subtree = view.doc.subtree(head)
        label = view.text(strip_edges([t for t in subtree if t.deprel not in {"appos", "acl:relcl"}]))
        return Speaker(qi, mention, "group", head, word=low, plural=True, type="group", label=label)
    initials = _written_title(view, head, mention, lex)
    name = None if initials else name_at.get(head.index)
    if name is None:
        for child in view.doc.children(head):
            # a conjunct with no coordinator names a singular role ("the minister, Ann Cole"), not
            # a plural one ("Critics …, like Senator Grassley, Republican of Iowa")
            apposed = child.deprel in {"appos", "flat", "flat:name"} or (
                apposed_conj(view, child) and "Number=Plur" not in head.feats
            )
            # 'An agent for the striker, Marcus Allen, 24, said': a name apposed after a nested person is
            # that person's, though the parse hung it on the head (tester 11: the agent was Allen at 0.958)
            if (apposed and child.index > head.index and child.index in name_at
                    and not names_nested_noun(view.doc, child, [head])):
                name = name_at[child.index]
                break
    if name is None and lex.is_person_noun(low):
        name = _name_after_comma(view, head, name_at, mention)
    if name is None and (lex.is_person_noun(low) or low in lex.wordnet_persons):
        name = _name_before_comma(view, head, name_at)
    if name is not None:
        return Speaker(qi, mention, "name", head, name=name)
    if initials:
        label = without_possessive(view.doc.text[mention.span.start : mention.span.end]) or head.text
        return Speaker(qi, mention, "description", head, word=text_lower(head), type="person", label=label,
                       features=features_of(view, [head], [head], lex))
    return _common_noun_speaker(view, lex, qi, mention, head)


def _written_title(view: View, head: Token, mention: Mention, lex: Lexicon) -> bool:
    """Whether a mention the tagger may have read as a name is a role written as a title after a
    determiner or possessor: capital initials ('The PM said', lemmatised 'p.m.'; `title_abbreviations`),
    a known role of several words in capitals ('The Cabinet Secretary') or a style of address ('His
    Excellency'). It is the description of a role, never a name of its own (tester 14: each was a speaker
    named so at 0.96)."""
    if not head.text[:1].isupper() or not _determined(view, head, lex):
        return False
    low = text_lower(head)
    if low in lex.honorifics or (head.text.isupper() and low in lex.title_abbreviations):
        return True
    # a role of two words or more: one capitalised word after 'the' may be a title of its own ('The
    # Economist', 'The Observer')
    words = [text_lower(t) for t in view.doc.tokens_in(mention.span) if t.upos != "PUNCT"]
    role = words[1:] if words and words[0] in lex.definite | {"his", "her", "their"} else []
    return len(role) >= 2 and " ".join(role) in lex.role_classes


def _determined(view: View, head: Token, lex: Lexicon) -> bool:
    """Whether a definite determiner or a possessor comes with `head` ('the PM', 'his CFO')."""
    return any((c.deprel.startswith("det") and lemma_lower(c) in lex.definite) or c.deprel == "nmod:poss"
               for c in view.doc.children(head))


def _common_noun_speaker(view: View, lex: Lexicon, qi: int, mention: Mention, head: Token) -> Speaker:
    """A speaker headed by a common noun: anonymous ("a French source", "officials"), a group
    ("analysts", "the two leaders") or a description ("the Russian leader", "the company")."""
    low = lemma_lower(head)
    subtree = view.doc.subtree(head)
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
    label = without_possessive(view.doc.text[mention.span.start : mention.span.end]) or head.text
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
    # "the virologist": a person noun of WordNet's, which may refer back to a name; "the Canadian": a
    # nationality standing for a person
    nationality = low in lex.nationalities and head.text[:1].isupper() and not plural
    if etype == "unknown" and (low in lex.wordnet_persons or nationality):
        etype = "person"
    return Speaker(qi, mention, "description", head, word=low, features=features, type=etype, label=label)


def _relative_speaker(
    view: View, lex: Lexicon, qi: int, mention: Mention, relative: Token, name_at: dict[int, int]
) -> Speaker:
    """"who"/"which" speaks only through its antecedent, labelled with the antecedent's phrase; with
    none it is a bare relative, no one's mention."""
    antecedent = _antecedent(view, relative)
    if antecedent is None:
        return Speaker(qi, mention, "pronoun", relative)
    phrase = [t for t in noun_phrase(view, antecedent) if not (t.deprel == "case" and t.head == antecedent.index)]
    phrase = phrase or [antecedent]
    while len(phrase) > 1 and phrase[0].upos in {"PUNCT", "CCONJ", "ADP"}:
        phrase = phrase[1:]  # ", and his wife", "of those"
    while len(phrase) > 1 and phrase[-1].upos == "PUNCT":
        phrase = phrase[:-1]
    named = Mention(view.span_of(phrase), view.text(phrase), "description", antecedent.index)
    found = analyse_speaker(view, lex, qi, named, antecedent, name_at)
    return replace(found, mention=mention, relative=relative, via="relative")


def _name_after_comma(view: View, head: Token, name_at: dict[int, int], mention: Mention) -> int | None:
    """"stammered the driver, Nils Aho.": a name right after a role and a comma, which the parser
    hung elsewhere (dep, list, parataxis) instead of in apposition, names the role; so does one
    the speaker mention itself runs over, however it was hung ("The prosecutor, Ms Amelia Grant",
    the name's title included). The role may end in modifiers of its own ("Her successor as first
    minister, John Swinney"; "Counsel to the inquiry, Jamie Dawson KC, asked"; "The Minister of
    Information and National Orientation, Alhaji Mohammed Idris-Bello, has said"), and a name set off
    by commas on both sides names it whatever the parser made of it (a conjunct of the dateline there)."""
    comma = _after_modifiers(view, head)
    after = view.tokens[comma : comma + 2]
    if len(after) < 2 or after[0].text != "," or after[1].sentence != head.sentence:
        return None
    name = after[1]
    if name.index not in name_at:
        return None
    end = max(i for i, n in name_at.items() if n == name_at[name.index]) + 1
    while end < len(view.tokens) and view.tokens[end].text != "," and (
        view.tokens[end].span.start == view.tokens[end - 1].span.end
    ):
        end += 1  # a hyphenated surname the name phrase cut short ("Kwame Asante" | "-Boateng")
    closed = end < len(view.tokens) and view.tokens[end].text == ","
    size = sum(1 for n in name_at.values() if n == name_at[name.index])
    if comma > head.index + 1 and not closed and size < 3:
        # past the role's modifiers only a name set off on both sides, or one of three words or more
        # with its title ("…, Const. Maria Delgado-Voss."): "…, Const." alone is a cut title
        return None
    if name.deprel not in {"dep", "appos", "list", "parataxis", "flat"} and name.span.end > mention.span.end and not (
        closed and name.deprel == "conj"
    ):
        return None
    return name_at[name.index]


def _after_modifiers(view: View, head: Token) -> int:
    """The index of the token after a role noun and the words of its own phrase that follow it
    ("Counsel | to the inquiry", "Minister | of Information and National Orientation", "successor | as
    first minister"), up to a comma."""
    own = {t.index for t in view.doc.subtree(head)}
    index = head.index + 1
    while index < len(view.tokens) and index in own and view.tokens[index].text != ",":
        index += 1
    return index


def _name_before_comma(view: View, head: Token, name_at: dict[int, int]) -> int | None:
    """"Dr Maya Rao, a virologist, said", "Susan Ortiz, a Democrat from Texas, said": an indefinite role
    set off by commas right after a name is that name's apposition, whichever of the two the parse made
    the subject; the name phrase, or
    None. A role with a determiner of its own that is definite ("Ann Cole, the mayor") is left to
    the parse, and a name joined by "and" before it is a list."""
    low = head.index
    while low > 0 and view.tokens[low - 1].upos in {"ADJ", "NOUN"} and view.tokens[low - 1].sentence == head.sentence:
        low -= 1
    if low < 2 or text_lower(view.tokens[low - 1]) not in {"a", "an"}:
        return None
    comma, name = view.tokens[low - 2], view.tokens[low - 3] if low >= 3 else None
    if comma.text != "," or name is None or name.sentence != head.sentence or name.index not in name_at:
        return None
    # the role may carry words of its own before the closing comma ("Susan Ortiz, a Democrat from Texas,
    # said", where the parser made both nouns subjects of "said" and the party became the speaker at 0.9)
    closing = _after_modifiers(view, head)
    if closing >= len(view.tokens) or view.tokens[closing].text != ",":
        return None
    return name_at[name.index]


RELATIVES = frozenset({"who", "whom", "which", "that"})


def _antecedent(view: View, relative: Token) -> Token | None:
    """What a relative pronoun stands for: the noun its clause modifies ("Mara Solvik, who runs the
    shelter"), or, where the parse lost the clause, the noun right before it (a comma between)."""
    clause = view.parent(relative)
    if clause is not None and clause.deprel.startswith("acl"):
        noun = view.parent(clause)
        if noun is not None and noun.upos != "PRON":
            return noun
    before = [t for t in view.tokens[max(relative.index - 2, 0) : relative.index] if t.sentence == relative.sentence]
    if before and before[-1].text == ",":
        before = before[:-1]
    if before and before[-1].upos in {"NOUN", "PROPN"}:
        return before[-1]
    return None


def _coordinated_speakers(view: View, lex: Lexicon, head: Token) -> list[Token]:
    """Conjuncts that make the mention a group ("the United Kingdom and Poland", "the senator and his
    wife"). A bare singular role joined on ("Rosa M. Quill, president and CEO of the council", "the
    former first lady and U.S. senator") describes the same speaker, not a second one, and so does a
    conjunct with no coordinator that is an apposition ("Ann Cole, his rival"), and neither does the
    second half of a double-barrelled name a parser made a conjunct ("the Justice Minister, Helen
    McEntee-Ross, who said", with 'Ross' a conjunct of 'Minister', was a group named with the content)."""
    return [
        c
        for c in view.doc.children(head)
        if c.deprel == "conj" and c.upos in NOMINAL and not _same_speaker_role(view, lex, c)
        and not apposed_conj(view, c) and not _after_glued_hyphen(view, c)
    ]


def _after_glued_hyphen(view: View, token: Token) -> bool:
    """`token` follows a hyphen with no space either side ('McEntee-Ross'): a name's second half."""
    if token.index < 2:
        return False
    return glued_hyphen(view.tokens[token.index - 2], view.tokens[token.index - 1], token)


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


def _document_speaker(
    view: View, lex: Lexicon, qi: int, mention: Mention, document: Token, name_at: dict[int, int]
) -> Speaker:
    """A document as the subject of a cue ("a statement said", "the union's post read"): its issuer
    when the text names one, analysed as the speaker in the document's place; else the document
    itself, an anonymous source (never the thing "post" as a person or an organization)."""
    issuer = _issuer(view, lex, document)
    if issuer is None:
        label = view.doc.text[mention.span.start : mention.span.end] or document.text
        return Speaker(qi, mention, "anonymous", document, word=lemma_lower(document), type="anonymous", label=label,
                       document=True, via="document")
    # "the union's" -> "the union", "from Northwind Rail" -> "Northwind Rail"; "The mayor's office" stays.
    phrase = [
        t for t in noun_phrase(view, issuer) if not (t.deprel == "case" and t.head == issuer.index)
    ] or [issuer]
    issued = Mention(view.span_of(phrase), view.text(phrase), "description", issuer.index)
    return replace(analyse_speaker(view, lex, qi, issued, issuer, name_at), mention=mention, via="document")


def noun_phrase(view: View, head: Token) -> list[Token]:
    """The head with its dependents, without clauses hung on it ("a poll released by …")."""
    clauses = [c for c in view.doc.children(head) if c.deprel.split(":")[0] in {"acl", "advcl", "parataxis"}]
    inside = {t.index for c in clauses for t in view.doc.subtree(c)} - {head.index}  # a broken parse may loop
    return [t for t in view.doc.subtree(head) if t.index not in inside]


# Verbs that put a document out: "The mayor's office issued a statement."
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "send", "write", "file", "tweet", "sign",
                            "circulate", "distribute", "put", "submit", "present", "unveil", "produce", "deliver"})
# How far back an issuing sentence may be: the document's own paragraph and the one before it.
_ISSUER_PARAGRAPHS = 1


def _by_phrase(view: View, token: Token) -> bool:
    """'by a group of researchers', not 'released in late August' (a parser's obl:agent all the same)."""
    return any(c.deprel == "case" and text_lower(c) == "by" for c in view.doc.children(token))


def _participles_after(view: View, document: Token) -> list[Token]:
    """'The study, published by X, said': a participle set off by commas right after the document, which a
    parser hangs on the document's verb as an adverbial clause rather than on the document."""
    if document.head < 0:
        return []
    verb = view.doc.tokens[document.head]
    return [c for c in view.doc.children(verb) if c.deprel == "advcl" and document.index < c.index < verb.index
            and c.index - document.index <= 2 and "Part" in (c.feats or "")]


def _issuer(view: View, lex: Lexicon, document: Token) -> Token | None:
    """Who issued the document: its possessor ("the union's post", "its statement"), a from/by phrase
    ("a statement from Northwind Rail"; not "of", which gives what a poll or study is about), the agent
    of an issuing participle ("the statement, signed by Mayor Ada Brenn"), a name
    in front ("a Fox News poll"), or the subject of the last verb before it that
    issued a document of the same kind ("The mayor's office issued a statement. … the statement said")
    or whose own name is the document's ("The union posted … The post read")."""
    for child in view.doc.children(document):
        if child.deprel == "nmod:poss" and child.upos in {"NOUN", "PROPN", "PRON"}:
            return child

        if child.deprel == "nmod" and child.upos in {"NOUN", "PROPN"} and any(
            c.deprel == "case" and text_lower(c) in {"from", "by"} for c in view.doc.children(child)
        ):
            return child
    for clause in [*view.doc.children(document), *_participles_after(view, document)]:
        # "The statement, signed by Mayor Ada Brenn, said": the agent of an issuing participle
        if clause.deprel.startswith(("acl", "advcl")) and lemma_lower(clause) in _ISSUING_VERBS:
            agent = next((c for c in view.doc.children(clause) if c.deprel == "obl:agent"
                          and c.upos in {"NOUN", "PROPN"} and _by_phrase(view, c)), None)
            if agent is not None:
                return agent
    names = [
        c
        for c in view.doc.children(document)
        if c.deprel == "compound" and c.upos == "PROPN" and c.index < document.index
        and text_lower(c) not in lex.not_names
    ]
    if names:
        return names[-1]  # "a Fox News poll", "a Government Accountability Office report"
    word = lemma_lower(document)
    paragraph = view.paragraph_at(document.span.start)
    for token in reversed(view.doc.tokens[: document.index]):
        if paragraph - view.paragraph_at(token.span.start) > _ISSUER_PARAGRAPHS:
            return None
        if token.upos != "VERB":
            continue
        kids = list(view.doc.children(token))
        # the same document as an issuing verb's object, or the verb that names it ("The union posted a
        # statement. … The post read"), or any verb's 'in' phrase ("Safaricom said in a statement that…
        # "We apologise," the statement said")
        issued = lemma_lower(token) in _ISSUING_VERBS and (
            lemma_lower(token) == word or any(c.deprel == "obj" and lemma_lower(c) == word for c in kids))
        if issued or any(_in_phrase(view, c, word) for c in kids):
            return next((c for c in kids if c.deprel == "nsubj" and c.upos in {"NOUN", "PROPN"}), None)
    return None


def _in_phrase(view: View, token: Token, word: str) -> bool:
    """`token` is an oblique 'in a <word>' ('said in a statement', 'In a letter, the firm wrote')."""
    return token.deprel.startswith("obl") and lemma_lower(token) == word and any(
        c.deprel == "case" and text_lower(c) == "in" for c in view.doc.children(token))
