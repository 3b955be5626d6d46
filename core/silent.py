"""Cues that report nothing where they stand, whatever the lexicon says of the word: a subject that
says nobody spoke ('Nobody said much…'), a listener cue in the passive or as a bare participle, whose
subject is the one told ('Asked whether he would resign, Mr Clark said…'), a fronted participle of a
thought verb beside a clause that reports nothing ('Knowing that the deadline had passed, the team
worked…'), and a verb of saying that another verb withholds ('declined to say whether…'). Shared by
the rules (`syntax.is_cue`, `quotes.indirect`) and the trained model's assembly (`attribution`)."""

from __future__ import annotations

from .cues import CueLexicon
from .lemmatize import cue_lemma
from .model import Document, Token
from .quotes.marks import QUOTE_MARKS
from .wordlists import words


def _quote_mark_between(doc: Document, first: Token, second: Token) -> bool:
    low, high = sorted((first.index, second.index))
    return any(t.text in QUOTE_MARKS for t in doc.tokens[low + 1 : high])


_NEGATIVE_QUANTIFIERS = words("negative-quantifiers")


def negative_subject(doc: Document, verb: Token) -> bool:
    """Whether the verb's own subject says that nobody did it: a negative quantifier ('Nobody',
    'None of them', `negative-quantifiers`), a noun under 'no' ('No one', 'No official') or under 'not'
    ('Not a single official', 'not one'), or a phrase that opens with 'neither' ('Neither Ms Lin nor Mr
    Ortiz', 'Neither of them'). Such a subject reports that nothing was said."""
    for subject in (c for c in doc.children(verb) if c.deprel.startswith(("nsubj", "csubj"))):
        if subject.index > verb.index or _quote_mark_between(doc, subject, verb):
            continue  # '"…, not the solution," Espinoza said': a quotation's words, misparsed as subject
        if subject.lower in _NEGATIVE_QUANTIFIERS:
            return True
        phrase = doc.subtree(subject)
        if phrase[0].lower in ("not", "neither") or any(k.deprel == "det" and k.lower == "no"
                                                         for k in doc.children(subject)):
            return True  # 'No one', 'No official'; 'Not a single official', 'not one'; 'Neither X nor Y'
    return False


_LISTENER_CUES = words("listener-cues")


def is_participle(token: Token) -> bool:
    """A past participle ('asked', 'told', 'reminded'): by its features, or by its form where the
    tagger gave none."""
    if token.feats:
        return "VerbForm=Part" in token.feats and "Tense=Past" in token.feats
    return token.lower.endswith(("ed", "told", "shown", "taught"))


def passive_listener(doc: Document, verb: Token) -> bool:
    """Whether `verb` is a cue that takes a listener (`listener-cues`: tell, ask, remind, warn…) in the
    passive, or as a past participle beside a clause ('Asked whether he would resign, Mr Clark said',
    'Cho, asked about the injury, said', 'when reminded that…'): its subject, said or understood, is
    the one told, never the speaker."""
    if cue_lemma(verb) not in _LISTENER_CUES or verb.upos != "VERB":
        return False
    kids = list(doc.children(verb))
    if any(c.deprel in ("nsubj:pass", "aux:pass") for c in kids):
        return True
    # ('came away convinced that…' is a predicate of the subject's own belief, an xcomp: no aside)
    # 'when reminded that…': a tagger may call the bare participle finite; with no subject of its own
    # it is still one
    # ('Asked by reporters whether…, Mr Clark said': a parser may make the fronted participle the
    # main verb's complement)
    aside = (verb.deprel in ("advcl", "acl") or (verb.deprel in ("ccomp", "parataxis") and verb.index < verb.head)
             or _fronted_root(doc, verb))
    past = is_participle(verb) or "Tense=Past" in verb.feats
    own = [c for c in kids if c.deprel.startswith("nsubj") or c.deprel == "aux"]
    if past and own and _subject_set_off(doc, verb, own):
        return True
    return aside and past and not own


def _subject_set_off(doc: Document, verb: Token, own: list[Token]) -> bool:
    """'Dyer, asked whether he regretted it, said he did not': a parser gave the participle the subject
    it only sits beside, but a comma stands between them, as none stands between a finite verb and its
    subject, and the sentence's own verb comes after the aside: the participle hangs on it ('said'), or
    it hangs, after a comma and with no subject of its own, on the participle the parser made the root
    ('Streeting, asked whether the strike would end, said talks were going well')."""
    subject = own[0]
    # the comma closes the subject's own phrase: 'Smith, however, told reporters…, and left' is no aside
    if (len(own) != 1 or subject.deprel != "nsubj" or doc.tokens[verb.index - 1].text != ","
            or max(t.index for t in doc.subtree(subject) if t.upos != "PUNCT") != verb.index - 2):
        return False
    if verb.deprel in ("ccomp", "parataxis"):
        return verb.index < verb.head
    return verb.deprel == "root" and any(
        c.upos == "VERB" and c.deprel in ("ccomp", "parataxis", "conj") and c.index > verb.index
        and doc.tokens[c.index - 1].text == "," and not any(k.deprel.startswith("nsubj") for k in doc.children(c))
        for c in doc.children(verb))


def aside_subject(doc: Document, verb: Token) -> Token | None:
    """The subject a comma sets off before a listener participle aside that belongs to `verb`, a verb
    with no subject of its own: 'Dyer, asked whether he regretted it, said he did not' gives 'said'
    Dyer, whether the parser hung the aside on 'said' or 'said' on the aside (`_subject_set_off`)."""
    candidates = [c for c in doc.children(verb) if c.deprel in ("ccomp", "parataxis") and c.index < verb.index]
    if verb.deprel in ("ccomp", "parataxis", "conj") and 0 <= verb.head < verb.index:
        candidates.append(doc.tokens[verb.head])
    for aside in candidates:
        subject = next((c for c in doc.children(aside) if c.deprel == "nsubj"), None)
        if subject is not None and passive_listener(doc, aside) and _subject_set_off(doc, aside, [subject]):
            return subject
    return None


# a main verb that is a cue at least this often where it occurs in PolNeAR train reports (the rate from
# which the rules read a verb's object as its report, quotes/indirect/clausal.py)
REPORTING_RATE = 0.3


def _fronted_root(doc: Document, verb: Token) -> bool:
    """'Asked whether he would resign, Mr Clark said…' parsed with 'Asked' as the root: it opens its
    sentence and a later clause with a subject of its own hangs on it."""
    sentence = doc.sentences[verb.sentence].tokens
    return verb.deprel == "root" and verb is sentence[0] and any(
        c.deprel in ("parataxis", "conj", "ccomp") and c.index > verb.index and c.upos == "VERB"
        and any(g.deprel.startswith("nsubj") for g in doc.children(c)) for c in doc.children(verb))


def cognition_aside(doc: Document, verb: Token, lexicon: CueLexicon) -> bool:
    """'Knowing that the deadline had passed, the team worked through the night': a participle of a
    thought verb (`cue_type` thought) with no subject of its own, fronted before a main clause whose verb
    reports nothing, tells the reader a state of mind, not something anyone said or wrote. Beside a
    reporting verb ('Believing the vote was rigged, she said…') it stays a report."""
    if verb.deprel not in ("advcl", "acl") or verb.head < 0 or lexicon.cue_type(cue_lemma(verb)) != "thought":
        return False
    if not (verb.lower.endswith("ing") or is_participle(verb)):
        return False
    if any(c.deprel.startswith("nsubj") or c.deprel in ("aux", "mark") for c in doc.children(verb)):
        return False  # 'as she knew that…', 'while knowing that…': a clause of its own
    head = doc.tokens[verb.head]
    main = cue_lemma(head)
    entry = lexicon.lookup(main)
    # the main verb reports when it mostly does where it occurs ("said": 0.84) or a lexical resource
    # lists it as a speech verb; "worked" (9 cues in PolNeAR train, rate 0.01) does not
    reports = head.upos == "VERB" and lexicon.is_cue_verb(main) and (
        lexicon.rate(main) >= REPORTING_RATE or (entry is not None and entry.vouched))
    # only fronted: a trailing '…, perhaps recognizing that X' is the writer attributing a thought,
    # which PolNeAR's annotators mark (two such dev reports were lost without this test)
    return verb.index < head.index and not reports


_WITHHOLDING_CUES = words("withholding-cues")


def withheld_by_verb(doc: Document, token: Token) -> bool:
    """The complement of a verb that withholds it ('declined to say whether', 'refused to confirm',
    'denied saying', 'failed to explain why': `withholding-cues`), of a 'yet to' ('has yet to say
    when') or of 'stopped short of' ('stopped short of saying that…'): nothing was said."""
    kids = list(doc.children(token))
    # a parser hangs 'yet' on 'say' itself ('has' its auxiliary), or 'to say' on 'has' beside 'yet' or on 'yet'
    if _has_yet(doc, token) and any(c.lower == "to" and c.deprel == "mark" for c in kids):
        return True
    if not 0 <= token.head < len(doc.tokens):
        return False
    head = doc.tokens[token.head]
    if token.deprel == "advcl" and any(c.lower == "of" for c in kids) and cue_lemma(head) == "stop" and any(
            c.lower == "short" for c in doc.children(head)):
        return True  # 'stopped short of saying that…'
    return token.deprel == "xcomp" and (cue_lemma(head) in _WITHHOLDING_CUES or head.lower == "yet"
                                        or _has_yet(doc, head))


def _has_yet(doc: Document, token: Token) -> bool:
    return any(child.lower == "yet" and child.deprel == "advmod" for child in doc.children(token))
