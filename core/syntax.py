"""Small questions asked of a parsed document: is this a cue, who is its subject, what is its
complement. Shared by the direct and indirect quote finders. (Which words make up a noun phrase:
`noun_phrases`, re-exported here; Title Case headlines: `headlines`.)"""

from __future__ import annotations

from itertools import takewhile

from .cues import CueLexicon
from .lemmatize import cue_lemma as cue_lemma  # re-exported: the finders ask syntax for it
from .model import Document, Token
from .nested_names import names_nested_noun
from .noun_phrases import NOMINAL_UPOS as NOMINAL_UPOS
from .noun_phrases import ROLE_PREPOSITIONS as _ROLE_PREPOSITIONS
from .noun_phrases import TIME_NOUNS as TIME_NOUNS
from .noun_phrases import mention_kind as mention_kind
from .noun_phrases import mention_of as mention_of
from .noun_phrases import mention_tokens as mention_tokens
from .noun_phrases import role_of_place
from .noun_phrases import span_of as span_of
from .noun_phrases import spans_around as spans_around
from .noun_phrases import trim_tokens as trim_tokens
from .openings import dateline_separator, opening_separator
from .parenthetical import parenthetical_subject
from .quotes.marks import QUOTE_MARKS
from .silent import aside_subject, cognition_aside, negative_subject, withheld_by_verb
from .wordlists import words

_NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "shall", "can"})
_SUBJECT_DEPRELS = ("nsubj", "nsubj:outer", "csubj")


def is_negated(doc: Document, token: Token) -> bool:
    """'did not say', 'never said', a negative quantifier as subject ('Nobody said much', 'No one
    expected…': `negative_subject`), and a verb that withholds it (`withheld_by_verb`: 'declined to
    say', 'denied saying', 'has yet to say'); a 'neither' after the verb negates the report's content,
    not the report ('says neither she nor her campaign helped'), a 'not' behind quotation marks is the
    quote's ('"Probably not," Ms. Moore said'), and a 'not' after the verb with more than adverbs
    between them is its complement's ('said it was not': `_adverbs_between`)."""
    return negative_subject(doc, token) or withheld_by_verb(doc, token) or any(
        child.lower in _NEGATIONS and (child.index < token.index or (
            child.lower in ("not", "n't") and _adverbs_between(doc, token, child))) and
        not _quote_mark_between(doc, child, token)
        for child in doc.children(token) if child.deprel in ("advmod", "neg"))


def _adverbs_between(doc: Document, verb: Token, negation: Token) -> bool:
    """Whether only adverbs and particles stand between a verb and a 'not' after it ('said not', 'said
    simply not'): in 'Carver said it was not' a parser hangs the complement's 'not' on 'said', but a
    subject and a copula between them make it the complement's."""
    return all(t.upos in ("ADV", "PART") for t in doc.tokens[verb.index + 1 : negation.index])


def _quote_mark_between(doc: Document, first: Token, second: Token) -> bool:
    low, high = sorted((first.index, second.index))
    return any(t.text in QUOTE_MARKS for t in doc.tokens[low + 1 : high])


def is_hypothetical(doc: Document, token: Token) -> bool:
    """'X would say', 'X may argue': not a report that something was said."""
    return any(child.deprel == "aux" and child.lower in _HYPOTHETICAL_AUX for child in doc.children(token))


WEAK_CUES = words("weak-cues")


def is_cue(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    """Whether `token` is a cue verb here: a verb the lexicon knows, not weak, negated or
    hypothetical, not a thought participle beside a clause that reports nothing (`cognition_aside`),
    not in a line of capitals."""
    if token.upos != "VERB" or in_capitals(doc, token):
        return False
    lemma = cue_lemma(token)
    if (lemma in WEAK_CUES and not _that_clause_follows(doc, token)) or not lexicon.is_cue_verb(lemma):
        return False
    return not (is_negated(doc, token) or is_hypothetical(doc, token) or cognition_aside(doc, token, lexicon))


def in_capitals(doc: Document, token: Token) -> bool:
    """'EVEN OZ’S BOSS THINKS HE’S FULL OF…': a headline in capitals is a tagger's guess, not a report."""
    if not (token.text.isupper() and len(token.text) > 1):
        return False
    neighbours = [t for t in doc.tokens[max(token.index - 2, 0) : token.index + 3]
                  if t.sentence == token.sentence and t.index != token.index and t.text.isalpha()]
    return bool(neighbours) and all(t.text.isupper() for t in neighbours)


def _that_clause_follows(doc: Document, token: Token) -> bool:
    """'The study found that…', 'the court ruled that…': with a that-clause even a weak cue reports."""
    following = token.index + 1
    if (following < len(doc.tokens) and doc.tokens[following].lower == "that" and
            doc.tokens[following].upos == "SCONJ" and any(c.deprel == "ccomp" for c in doc.children(token))):
        return True
    return any(child.deprel == "ccomp" and child.index > token.index and
               any(mark.deprel == "mark" and mark.lower == "that" for mark in doc.children(child))
               for child in doc.children(token))


# verbs whose object is the person quoted when an 'as saying' clause follows: 'The Times quoted the
# minister as saying', 'cited a senior official as telling reporters', 'reported him as saying'
_QUOTING_VERBS = frozenset({"quote", "cite", "report"})


def _as_participle(doc: Document, token: Token) -> bool:
    """'as saying', 'as telling', 'as describing': an -ing verb marked by 'as'."""
    return (token.upos == "VERB" and token.lower.endswith("ing") and
            any(m.lower == "as" and m.deprel in ("mark", "case") and m.index < token.index
                for m in doc.children(token)))


def quoted_person(doc: Document, verb: Token) -> Token | None:
    """Who speaks in 'X quoted Y as saying…' (Y, the object) and 'Y was quoted (by X) as saying…'
    (Y, the passive subject), asked of the quoting verb or of its 'as saying' participle: the
    publication or person that quotes is where the words were reported, not who said them. None
    when `verb` is neither, or no such person is parsed."""
    quoting = verb
    if _as_participle(doc, verb) and verb.head >= 0:
        quoting = doc.tokens[verb.head]
        if quoting.index > verb.index and quoting.head >= 0:
            # 'quoted Piyush Goyal as saying exports had grown' with the participle hung on its own
            # clause ('grown'), which hangs on the quoting verb
            quoting = doc.tokens[quoting.head]
        if quoting.upos in ("NOUN", "PROPN") and quoting.deprel == "obj" and quoting.head >= 0:
            # 'quoted the minister as saying' with the clause hung on the minister
            return quoting if doc.tokens[quoting.head].lemma.lower() in _QUOTING_VERBS else None
    if quoting.upos != "VERB" or quoting.lemma.lower() not in _QUOTING_VERBS:
        return None
    children = list(doc.children(quoting))
    clause = any(_as_participle(doc, c) for c in children) or any(
        _as_participle(doc, g) for c in children if c.deprel == "obj" for g in doc.children(c)) or any(
        _as_participle(doc, g) and g.index < c.index
        for c in children if c.deprel in ("advcl", "ccomp", "conj") for g in doc.children(c))
    if not clause:
        return None
    person = next((c for c in children if c.deprel == "obj" and c.index > quoting.index), None)
    if person is None:
        person = next((c for c in children if c.deprel == "nsubj:pass" and c.index < quoting.index), None)
    return person if person is not None and person.upos in _NOMINAL_UPOS else None


def subject_of(doc: Document, verb: Token, _depth: int = 0) -> Token | None:
    """The verb's subject, inherited through coordination ('emphasized ... and said') and
    participial reporting clauses ('..., adding that'); for 'X quoted Y as saying' and 'Y was
    quoted as saying', Y (`quoted_person`)."""
    quoted = quoted_person(doc, verb)
    if quoted is not None:
        return quoted
    subjects = [child for child in doc.children(verb)
                if child.deprel in _SUBJECT_DEPRELS and child.lower not in TIME_NOUNS and
                (child.upos in _NOMINAL_UPOS or _mistagged_name(doc, child) or child.lower in _QUANTIFIER_SUBJECTS
                 or _nominal_adjective(doc, child))]
    # 'Sources close to the Chancellor, Oliver Dowd, said': the name is the Chancellor's, not a speaker
    subjects = [s for s in subjects if not names_nested_noun(doc, s, subjects)]
    if subjects:
        # "The UK's defense secretary, Ben Wallace, confirmed": a parser may make the apposition a
        # second subject; the name is the better speaker mention, and of two names the one nearer
        # the verb ("Speaking in Novi, Michigan, Trump says", "The Latest: Trump urges")
        undated = [s for s in (_past_dateline(doc, s) for s in subjects) if s is not None]
        if not undated:
            # "MUMBAI, March 3: Chief Minister Arun Pawar on Sunday said": a parse that hangs the name
            # on the date leaves the place the only subject; the noun right before the cue speaks
            nearby = _left_nominal(doc, verb)
            return nearby if nearby is not None and nearby.index > max(s.index for s in subjects) + 1 else None
        # a subject after the verb beside one before it is the report's own ("The clip says Kaine has…")
        pool = sorted([s for s in undated if s.index < verb.index] or undated, key=lambda s: abs(verb.index - s.index))
        names = [s for s in pool if s.upos == "PROPN"]
        # of two nouns the one nearer the verb too: "The truth, the senator said, was that…"; and
        # whoever the clause set inside the content names ("Mr Sunak, the mayor said, was…")
        chosen = parenthetical_subject(doc, verb, undated) or (names[0] if names else pool[0])
        return _past_possessor(doc, _interrupting_speaker(doc, verb, _name_after_role_of(doc, chosen)))
    if (set_off := aside_subject(doc, verb)) is not None:
        return set_off  # 'Dyer, asked whether…, said he did not'
    passive = next((c for c in doc.children(verb) if c.deprel == "nsubj:pass" and c.index < verb.index), None)
    if passive is not None:
        # "The efforts are expected to continue", "Mr. Quiros was accused of…": the passive subject is
        # what the report is about; only a by-phrase names who made it
        agent = passive_agent(doc, verb)
        return agent if agent is not None and agent.upos in _NOMINAL_UPOS else None
    inverted = _inverted_object(doc, verb) if _depth == 0 else None
    if inverted is not None:
        return inverted
    if _depth > 3 or verb.head < 0:
        return _left_nominal(doc, verb) if _depth == 0 else None
    head = doc.tokens[verb.head]
    if verb.deprel == "conj" and _depth == 0:
        # "Patriot chose Richmond, where restructuring experts say…": a noun right before a
        # coordinated cue is its own subject, which a small parser attached elsewhere
        nearby = _left_nominal(doc, verb) or _role_name_before(doc, verb)
        if nearby is not None and nearby.index > head.index and nearby.upos in ("NOUN", "PROPN"):
            return nearby
    if verb.deprel in ("conj", "advcl", "xcomp") and head.upos in ("VERB", "AUX", "NOUN", "ADJ"):
        inherited = subject_of(doc, head, _depth + 1)
        if inherited is not None:
            return inherited
    return _left_nominal(doc, verb) if _depth == 0 else None


# determiners of a speaker noun in an inverted reporting clause that a parser reads as the verb's object
_INVERTED_DETERMINERS = frozenset({"a", "an", "one", "another", "the"})


def _inverted_object(doc: Document, verb: Token) -> Token | None:
    """'"It's a disaster," said one resident.': right after a quotation (and its comma) an inverted
    verb with no subject has its speaker after it, which parsers often make the object. The noun
    right after the verb (a determiner or "one" before it: 'said a neighbour', 'said another
    official') is the subject; None otherwise ('said "…" to the team' has no such noun)."""
    before = [t for t in doc.sentences[verb.sentence].tokens if t.index < verb.index]
    after_comma = len(before) > 1 and before[-1].text == "," and before[-2].text in QUOTE_MARKS
    if not before or (before[-1].text not in QUOTE_MARKS and not after_comma):
        return None
    obj = next((c for c in doc.children(verb) if c.deprel == "obj" and c.index > verb.index), None)
    if obj is None or obj.upos != "NOUN":
        return None
    between = doc.tokens[verb.index + 1 : obj.index]
    if len(between) != 1 or between[0].lower not in _INVERTED_DETERMINERS or between[0].head != obj.index:
        return None
    return obj


POSSESSIVE_MARKERS = frozenset({"'", "’", "'s", "’s"})
"""Tokens that mark a possessor ('the union's', 'the employers''); "'s" may also be a contracted is/has."""
_POSSESSED_REACH = 6  # tokens after the possessive in which the possessed role and its name stand


def _past_possessor(doc: Document, subject: Token | None) -> Token | None:
    """'said the residents' spokesman, Ian Roe': a parser may make the owner the subject and the role
    its conjunct; the speaker is the role's name in apposition, else the role itself."""
    if subject is None or subject.upos not in ("NOUN", "PROPN") or subject.index + 1 >= len(doc.tokens):
        return subject
    marker = doc.tokens[subject.index + 1]
    # "he's said", "it's": a contraction of is/has is no possessive
    if marker.text not in POSSESSIVE_MARKERS or marker.upos == "AUX" or marker.sentence != subject.sentence:
        return subject
    after = [t for t in doc.tokens[marker.index + 1 : marker.index + 1 + _POSSESSED_REACH]
             if t.sentence == subject.sentence]
    # the role is the head of the nouns after the owner, not a compound modifier on its way ('residents'
    # association chairwoman Joan Pike': 'association' was the speaker at 0.9, tester 9), and its name
    # may hang on it as an apposition or as a flat name
    role = next((t for t in after if t.upos == "NOUN" and not (t.deprel == "compound" and t.head > t.index)), None)
    name = next((t for t in after if t.upos == "PROPN" and (
        t.deprel == "appos" or (role is not None and t.head == role.index and t.deprel == "flat"))), None)
    return name or role or subject


_EXPLETIVE_CUES = words("expletive-cues")


def expletive_speaker(doc: Document, speaker: Token, cue: Token) -> Token | None:
    """A speaker "it" that stands for the reported clause, not for a source: None, or for "X made it
    clear that…" the subject of "made"; any other speaker is returned as it is."""
    if speaker.lower != "it" or not speaker.index < cue.index:
        return speaker
    between = doc.tokens[speaker.index + 1 : cue.index]
    if not all(t.upos in ("AUX", "ADV", "PART") for t in between):
        return speaker
    passive = any(t.lemma == "be" for t in between) and cue.upos == "VERB" and cue.text.endswith(("ed", "en", "wn"))
    if cue.upos != "ADJ" and cue.lemma not in _EXPLETIVE_CUES and not passive:
        return speaker
    before = doc.tokens[speaker.index - 1] if speaker.index > 0 else None
    if before is not None and before.sentence == speaker.sentence and before.lemma == "make" and not between:
        return subject_of(doc, before)
    return None


# Where a case is heard, not who speaks in it: 'a court has heard', 'the jury heard that…', 'the
# inquest heard', 'Jurors heard that…' report what witnesses and lawyers said before it (British and
# Irish court reporting); a named court ('Dublin Circuit Criminal Court', 'The High Court') is parsed
# as a proper noun, and stanza leaves 'Jurors' unlemmatised, so both forms are listed.
_VENUES = frozenset({"court", "jury", "juror", "jurors", "inquiry", "inquest", "tribunal", "hearing", "trial",
                     "magistrate", "magistrates", "panel", "committee"})
_VENUE_CUES = frozenset({"hear"})


def venue_speaker(doc: Document, speaker: Token, cue: Token) -> Token | None:
    """None where `speaker` is the venue that heard the report ('A treasurer stole £40,000, a court has
    heard', 'Dublin Circuit Criminal Court heard that…', 'Belfast Crown Court heard', read by the name's
    last word): the court is where it was said, not who said it; any other speaker is returned as it is."""
    if cue.lemma not in _VENUE_CUES or speaker.upos not in ("NOUN", "PROPN"):
        return speaker
    last = speaker
    while last.index + 1 < cue.index and doc.tokens[last.index + 1].upos == "PROPN":
        # 'Belfast Crown Court heard': a parser may head the name by its first word
        last = doc.tokens[last.index + 1]
    if any(t.lower in _VENUES or t.lemma.lower() in _VENUES for t in (speaker, last)):
        return None
    return speaker


def passive_agent(doc: Document, verb: Token) -> Token | None:
    """The head of the by-phrase after a passive verb ('was endorsed by dozens of papers')."""
    return next((c for c in doc.children(verb) if c.deprel in ("obl", "obl:agent") and c.index > verb.index and
                 any(m.deprel == "case" and m.lower == "by" for m in doc.children(c))), None)


def _name_after_role_of(doc: Document, subject: Token) -> Token:
    """'Mayor of London Sadiq Khan said': a parse may make the role the subject, with the place and
    the person's name as its two modifiers; the modifier after the of-phrase with no preposition of
    its own is the speaker."""
    if subject.upos != "PROPN" or any(c.deprel == "det" for c in doc.children(subject)):
        return subject  # 'The Tax Policy Center of …', 'a reporter for USA Today': no title before a name
    if "Number=Plur" in subject.feats:
        # 'Lawyers for Priya Nair said', 'Lawyers' tagged a proper noun at the sentence's start and the name
        # cut in two modifiers: a plural is no one person's title, and the name is the one they act for
        # (tester 11: Priya Nair at 0.968)
        return subject
    children = [c for c in doc.children(subject) if c.index > subject.index and c.deprel in ("nmod", "appos")]
    place = next((c for c in children if any(m.deprel == "case" and m.lower in _ROLE_PREPOSITIONS
                                             for m in doc.children(c))), None)
    if place is None:
        return subject
    # the name right after the place's words, with nothing but proper nouns between
    end = doc.subtree(place)[-1].index
    return next((c for c in children if c.index > place.index and c.upos == "PROPN" and
                 not any(m.deprel == "case" for m in doc.children(c)) and
                 all(t.upos == "PROPN" for t in doc.tokens[end + 1 : c.index])), subject)


def _interrupting_speaker(doc: Document, verb: Token, subject: Token) -> Token:
    """'Climate change, Mr. Obama often says, is the greatest threat': a parser takes the report's
    subject for the cue's and the speaker for its apposition; the name right before the cue, set off
    by a comma, is the speaker."""
    if subject.index > verb.index:
        return subject
    for appos in doc.children(subject):
        if appos.deprel != "appos" or not subject.index < appos.index < verb.index:
            continue
        phrase = doc.subtree(appos)
        if phrase[0].index == 0:
            continue
        between = doc.tokens[phrase[-1].index + 1 : verb.index]
        before = doc.tokens[phrase[0].index - 1]
        after = next_in_sentence(doc, verb)
        if (before.text == "," and all(t.upos in ("ADV", "AUX") for t in between) and
                after is not None and after.text == ","):
            return appos
    return subject


def _past_dateline(doc: Document, subject: Token) -> Token | None:
    """'WASHINGTON -- President Obama, …, said', 'NEW DELHI: Finance Minister … said': the place of a
    dateline, and its region or wire ('CALGARY, Alberta —'), is never the speaker; the name after the
    dash or colon is, where the parse made it the place's apposition, else None. `subject` itself
    when it stands after the dateline or the sentence opens with none."""
    sentence = doc.sentences[subject.sentence].tokens
    # the place's words: those before the first punctuation ("WASHINGTON", "NEW YORK" of "NEW YORK,
    # Nov. 19 (UPI) —"); a subject up to the separator is the dateline's, its region included
    # ("CALGARY, Alberta — Northwind Energy Inc. reported", "Alberta" a second subject)
    place = list(takewhile(lambda t: t.upos != "PUNCT", sentence))
    separator = opening_separator(doc, sentence, place) if place else None
    if separator is None or subject.index > separator.index:
        return subject
    # the name after the dash, where the parse made it the place's apposition
    return next((c for c in doc.children(subject) if c.deprel == "appos" and c.index > separator.index), None)


_DATELINE_WORDS = 3  # 'NEW DELHI', 'RIO DE JANEIRO'


def after_dateline(doc: Document, tokens: list[Token]) -> list[Token]:
    """`tokens` less a dateline that opens their paragraph ('LONDON: Britain's economy shrank…',
    'MOSCOW — …', 'LUCKNOW, March 4: …'): one to three proper nouns in capitals and a colon or dash,
    after a region, a date or a wire's name or not (`dateline_separator`), which the tagger
    sometimes reads into the first sentence's content, whole or in part ('PTI' of 'KOLKATA, Aug. 9
    (PTI):'), and a rule reading a content off the words from the sentence's start would too."""
    if not tokens:
        return tokens
    paragraph = next((p for p in doc.paragraphs if p.start <= tokens[0].span.start < p.end), None)
    opening = doc.tokens_in(paragraph)[:_DATELINE_WORDS] if paragraph is not None else []
    place = list(takewhile(lambda t: t.text.isupper() and t.upos in _PLACE_UPOS and len(t.text) > 1, opening))
    separator = dateline_separator(doc, place[-1], colon=True) if place else None
    return [t for t in tokens if t.index > separator.index] if separator is not None else tokens


# a dateline's place as a tagger reads it: 'NEW' of 'NEW DELHI' may be an adjective
_PLACE_UPOS = frozenset({"PROPN", "ADJ", "NOUN"})


def next_in_sentence(doc: Document, token: Token) -> Token | None:
    """The token after `token`, if its sentence has one."""
    after = token.index + 1
    if after >= len(doc.tokens) or doc.tokens[after].sentence != token.sentence:
        return None
    return doc.tokens[after]


_NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# Determiners that stand alone as a subject: "all agreed that…", "both said", "some argue".
_QUANTIFIER_SUBJECTS = frozenset({"all", "both", "some", "many", "most", "several", "few", "each", "either",
                                  "neither", "others"})
# Words of a time phrase between a speaker and the cue: "Sanders on Tuesday said", "X last week said".
_TIME_PHRASE_WORDS = frozenset({"on", "last", "this", "early", "late", "earlier", "later", "in", "at", "during",
                                "the", "next"})


def _nominal_adjective(doc: Document, token: Token) -> bool:
    """'The former said', 'the 29-year-old said': an adjective with a determiner of its own stands
    for a person."""
    return token.upos == "ADJ" and any(c.deprel == "det" for c in doc.children(token))


def _mistagged_name(doc: Document, token: Token) -> bool:
    """'In a statement, Husted said': a small tagger calls an unknown capitalised word a verb."""
    sentence = doc.sentences[token.sentence].tokens
    return token.upos in ("VERB", "ADJ") and token.text[:1].isupper() and token.index != sentence[0].index


def _left_nominal(doc: Document, verb: Token) -> Token | None:
    """'Sun cautioned that…' parsed without a subject: the noun before the verb, past auxiliaries
    and adverbs ('Sun has also cautioned'), a time ('Sanders on Tuesday said', 'Acme today said'), a bracket
    ('Mike Pence (R-IN) said') or an apposition ('Brunner, a developer for the coalition, said')."""
    sentence = doc.sentences[verb.sentence].tokens
    before = list(sentence[: verb.index - sentence[0].index])
    i = len(before) - 1
    while i >= 0:
        token = before[i]
        if token.upos in ("AUX", "ADV", "PART"):
            i -= 1
        elif token.lower in TIME_NOUNS and i > 0 and (before[i - 1].lower in _TIME_PHRASE_WORDS or
                                                       before[i - 1].lower in TIME_NOUNS or
                                                       not any(t.upos in ("VERB", "AUX") for t in before[:i])):
            # 'Sanders on Tuesday said'; 'Northlake Robotics today announced' with no verb before it (not
            # 'told MSNBC Monday when asked', where the noun before the time is the listener)
            i -= 1
            while i >= 0 and (before[i].lower in _TIME_PHRASE_WORDS or before[i].lower in TIME_NOUNS):
                i -= 1
        elif token.text == ")":
            opening = next((j for j in range(i - 1, max(i - 12, -1), -1) if before[j].text == "("), None)
            if opening is None:
                return None
            i = opening - 1
        elif token.text == ",":
            return _name_before_apposition(before, i)
        elif ((token.upos in ("NOUN", "PROPN", "PRON") and token.lower not in TIME_NOUNS) or
                _mistagged_name(doc, token)):
            return role_of_place(doc, token)
        elif token.upos == "NUM" and i >= 2 and before[i - 1].lower == "in" and before[i - 2].upos == "NUM":
            return before[i - 2]  # "About 4 in 10 say…": a share of the people asked
        else:
            return None
    return None


_APPOSITION_STARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def _role_name_before(doc: Document, verb: Token) -> Token | None:
    """'…, and its chair, Jerome Powell, said': a role noun and its name between commas right before
    a coordinated cue, which a parser made a conjunct of an earlier noun; the name is the subject."""
    sentence = doc.sentences[verb.sentence].tokens
    before = list(sentence[: verb.index - sentence[0].index])
    if len(before) < 4 or before[-1].text != ",":
        return None
    opening = next((j for j in range(len(before) - 2, max(len(before) - 7, -1), -1) if before[j].text == ","), None)
    if opening is None or opening == 0 or before[opening - 1].upos != "NOUN":
        return None
    aside = before[opening + 1 : -1]
    return aside[0] if aside and all(t.upos == "PROPN" for t in aside) else None


def _name_before_apposition(before: list[Token], comma: int) -> Token | None:
    """'Angelique Brunner, a developer and spokeswoman for the coalition, said': the name before
    the aside (an apposition, a relative clause or an -ing participle's clause) is the subject."""
    opening = next((j for j in range(comma - 1, max(comma - 30, -1), -1) if before[j].text == ","), None)
    if opening is None or opening == 0 or opening + 1 >= comma:
        return None
    aside = before[opening + 1 : comma]
    named = before[opening - 1]
    if (opening >= 2 and before[opening - 2].lower in _ROLE_PREPOSITIONS and all(t.upos == "PROPN" for t in aside) and
            aside[0].text[:1].isupper()):
        return aside[0]  # 'the mayor of Leeds, Tom Riordan, said': the name, not the place of the role
    if named.upos != "PROPN":
        return None
    if aside[0].lower in ("who", "whose", "which"):
        return named
    if aside[0].upos == "VERB" and "VerbForm=Part" in aside[0].feats and aside[0].lower.endswith("ing"):
        return named  # 'striker Ben Ade, replying to a question from coach Tim Oyo, said': a participle aside
    if (aside[0].upos in _APPOSITION_STARTS and aside[0].upos != "PRON" and
            not any(t.upos in ("VERB", "AUX") for t in aside)):
        return named
    return None


def that_clauses_hung_on(doc: Document, token: Token, relations: tuple[str, ...] = ("acl",)) -> list[Token]:
    """The that-clauses a parser hung on `token` (a cue's listener or agent) as if they were relative
    clauses ('told the jury that his client had been framed': `framed` an acl of `jury`): children
    after it in `relations` whose "that" is their mark, not their subject as a relative pronoun's is."""
    return [c for c in doc.children(token) if c.deprel in relations and c.index > token.index
            and any(m.deprel == "mark" and m.lower == "that" for m in doc.children(c))]
