"""PolNeAR's broad attributions, where the content is a phrase rather than a clause: naming (`called Y a
"Z"`, `described Y as Z`), a reporting noun with a possessor (`Trump's claim that…`), the topic of a verb
and preposition (`railed against X`) and a passive with an agent (`was endorsed by Y`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...cues import CueLexicon
from ...model import Document, Token
from ...syntax import (
    TIME_NOUNS,
    cue_lemma,
    is_cue,
    is_hypothetical,
    is_negated,
    passive_agent,
    quoted_person,
    subject_of,
    trim_tokens,
)
from ...wordlists import words
from ..marks import QUOTE_MARKS
from .base import (
    MIN_CONTENT_WORDS,
    OBJECT_CUES,
    OBJECT_IS_NOT_CONTENT,
    OBJECT_MIN_COUNT,
    RELATIVE_WORDS,
    SPEAKER_UPOS,
    Attribution,
    count_words,
)
from .boundaries import (
    before_new_clause,
    up_to_next_report,
)
from .objects import STANCE_TARGET, passive_stance_target

_NAMING_CUES = words("naming-cues")
# verbs whose passive subject is the one asked ('Tom Smith was questioned by Bill Jones', 'was grilled by
# MPs'): that person is no content of the asker's; PolNeAR marks none of its 12 such passives so (train
# and dev: 'was asked by host John Dickerson whether…' has the question as content, when it has one)
_ASKING_CUES = words("asking-cues") | words("interview-verbs")
_ANSWERING_CUES = words("answering-cues")
# verbs whose 'Y as Z' says who Y is ('Police named the victim as Tom Ash'): an identification, no one's
# words or view of Y. Not 'appoint', 'elect' or 'identify': PolNeAR marks 'appoints him as the first
# black senator' and 'identify themselves as independents' (dev and train[:80], bench/snapshot.py)
_IDENTIFYING_CUES = frozenset({"name"})


def names_who(doc: Document, verb: Token) -> bool:
    """'Police named the victim as Tom Ash': a verb of `_IDENTIFYING_CUES` with an object and an
    as-phrase after it says who someone is, which is no report of anyone's words or view."""
    if cue_lemma(verb) not in _IDENTIFYING_CUES:
        return False
    kids = [c for c in doc.children(verb) if c.index > verb.index]
    return any(c.deprel == "obj" for c in kids) and any(
        any(m.lower == "as" and m.deprel in ("case", "mark") for m in doc.children(c)) for c in kids)


def find_naming_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X called Y a Z`: what is named and what it is called, to the end of the clause. A small
    parser gives the predicate as a second object or as the object's apposition; either shows it."""
    for token in doc.tokens:
        if is_negated(doc, token) or is_hypothetical(doc, token):
            continue
        if cue_lemma(token) not in _NAMING_CUES:
            as_report = _object_as_predicate(doc, token, lexicon)
            if as_report is not None:
                yield as_report
            continue
        objects = [c for c in doc.children(token) if c.deprel in ("obj", "iobj", "xcomp") and c.index > token.index]
        if not objects:
            continue
        predicate = len(objects) > 1 or any(t.deprel == "appos" for t in doc.subtree(objects[0])[1:])
        if not predicate:
            continue
        sentence = list(doc.sentences[token.sentence].tokens)
        first = min(doc.subtree(objects[0])[0].index, objects[0].index)
        content = up_to_next_report(doc, sentence, first - sentence[0].index, lexicon)
        if count_words(content) < MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-naming", cue_lemma(token))


def _object_as_predicate(doc: Document, token: Token, lexicon: CueLexicon) -> Attribution | None:
    """`X described Y as a "disgrace"`, `dismissed the claims as nonsense`: a reporting verb's
    object with its as-phrase, whatever the verb's rate."""
    if token.upos != "VERB" or not lexicon.is_cue_verb(cue_lemma(token), min_count=2):
        return None
    if quoted_person(doc, token) is not None or names_who(doc, token):
        # 'quoted the minister as saying': the report is the participle's, by the one quoted; 'named the
        # victim as Tom Ash': who someone is, not a view of them
        return None
    obj = next((c for c in doc.children(token) if c.deprel == "obj" and c.index > token.index), None)
    if obj is None:
        return None
    as_phrase = next((c for c in doc.children(token) if c.index > obj.index and
                      c.deprel in ("obl", "advcl", "xcomp", "obl:as") and
                      any(m.lower == "as" and m.deprel in ("case", "mark") and m.index < c.index
                          for m in doc.children(c))), None)
    if (as_phrase is None or any(c.deprel.startswith("nsubj") for c in doc.children(as_phrase)) or
            (as_phrase.upos in ("VERB", "AUX") and not as_phrase.lower.endswith("ing"))):
        return None  # "as she hurried closer": a clause of time, not what the object is called
    sentence = doc.sentences[token.sentence].tokens
    start = doc.subtree(obj)[0].index
    end = max(doc.subtree(as_phrase)[-1].index, doc.subtree(obj)[-1].index)
    if all(t.upos == "PUNCT" for t in doc.tokens[end + 1 : sentence[-1].index + 1]):
        end = sentence[-1].index  # the closing quotation mark a parser hung on the verb
    content = trim_tokens(list(doc.tokens[start : end + 1]))
    # "see the program as an easier way to gain citizenship…": past an as-phrase the parse closed early
    surface = up_to_next_report(doc, list(sentence), start - sentence[0].index, lexicon)
    surface = before_new_clause(doc, surface, lexicon)
    # (a quoted predicate ends the report: 'cast Clinton as a "disgrace"')
    # — nor does a quotation mark past the parsed phrase: '"saw Burma as a country…," said Cha')
    if (count_words(surface) > count_words(content) and content and content[-1].text not in QUOTE_MARKS and
            not any(t.text in QUOTE_MARKS for t in surface if t.index > content[-1].index)):
        content = surface
    if count_words(content) < MIN_CONTENT_WORDS:
        return None
    return Attribution(tuple(content), (token,), subject_of(doc, token), "cue-as-predicate", cue_lemma(token))


def find_nominal_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`Trump's claim that CLAUSE`, `her warning that CLAUSE`: a noun the lexicon knows as a cue, or
    that names a cue verb's act, with a that-clause; its possessor is the speaker. Without one
    ("the claim that…") nobody is named, and nothing is reported."""
    for token in doc.tokens:
        if token.upos != "NOUN" or not _reporting_noun(token, lexicon):
            continue
        children = list(doc.children(token))
        owner = next((c for c in children if c.deprel in ("nmod:poss", "det:poss") and c.index < token.index), None)
        clause = next((c for c in children if c.deprel in ("acl", "ccomp", "acl:relcl") and c.index > token.index and
                       any(m.lower == "that" and m.deprel == "mark" for m in doc.children(c)) and
                       any(s.deprel.startswith("nsubj") for s in doc.children(c))), None)
        if owner is None or clause is None:
            continue
        content = trim_tokens(doc.subtree(clause))
        if count_words(content) >= MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), owner, "cue-nominal", cue_lemma(token))


def _reporting_noun(token: Token, lexicon: CueLexicon) -> bool:
    lemma = cue_lemma(token)
    entry = lexicon.lookup(lemma)
    return entry is not None and (entry.pos == "NOUN" or lexicon.is_cue_verb(lemma, min_count=OBJECT_MIN_COUNT))


# A cue and preposition that PolNeAR's annotators marked together often enough ("talk about", "rail
# against", "speak of", "worry about", "comment on"): the prepositional object is the report's topic.
_TOPIC_MIN_COUNT = 5


def find_topic_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X talked about TOPIC`, `X railed against TOPIC`: PolNeAR counts the topic of a speech act as
    its content. Only after the cue, only where the lexicon knows the verb with that preposition,
    and never for a cue that also has a clause or object complement (those are the report)."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon):
            continue
        children = list(doc.children(token))
        if any(c.deprel in ("ccomp", "obj") for c in children):
            continue
        for child in children:
            # "called for reducing the tax rate": a gerund after the preposition is an advcl to a parser
            if child.deprel not in ("obl", "advcl") or child.index < token.index or child.lower in TIME_NOUNS:
                continue
            subtree = doc.subtree(child)
            key = f"{cue_lemma(token)}_{subtree[0].lower}"
            if subtree[0].upos not in ("ADP", "SCONJ") or not lexicon.is_cue_verb(key, min_count=_TOPIC_MIN_COUNT):
                continue
            answered = _names_a_person(doc, child) or _from_someone(doc, child)
            if subtree[0].lower == "to" and answered and (_aside(token) or (
                    cue_lemma(token) in _ANSWERING_CUES and _names_a_person(doc, child))):
                # 'responding to opposition leader Erik Lund', and in the main clause 'Mr Duffy was
                # responding to the Finance Minister, Paschal Donohoe-Kerr': whom the cue answers, not its
                # topic; 'responding to criticism from Sen. Kim Ahn': what someone else said, not what the
                # speaker says ('referred to Rubio as "a bright leader"' keeps its content: measured)
                continue
            content = trim_tokens(subtree[1:])
            # "spoke of the legacy of racism, enshrined in…, and how the fight…": a small parser
            # closes the topic's subtree early; it runs on to the sentence end or the next report
            sentence = list(doc.sentences[token.sentence].tokens)
            surface = (up_to_next_report(doc, sentence, subtree[1].index - sentence[0].index, lexicon)
                if len(subtree) > 1 else [])
            surface = before_new_clause(doc, surface, lexicon)
            if count_words(surface) > count_words(content):
                content = surface
            if count_words(content) < MIN_CONTENT_WORDS:
                continue
            cue = (token, subtree[0]) if subtree[0].index == token.index + 1 else (token,)
            yield Attribution(tuple(content), cue, subject_of(doc, token), "cue-topic", key)
            break


def _aside(cue: Token) -> bool:
    """A participle set off beside the main clause ('Anna Holm, responding to Erik Lund, said…')."""
    return cue.deprel in ("advcl", "acl") and cue.lower.endswith("ing")


def _from_someone(doc: Document, head: Token) -> bool:
    """The topic names its own source: a "from" phrase on it ('criticism from Sen. Kim Ahn')."""
    return any(c.deprel in ("nmod", "obl") and c.upos in ("PROPN", "NOUN", "PRON") and any(
        m.deprel == "case" and m.lower == "from" for m in doc.children(c)) for c in doc.children(head))


def _names_a_person(doc: Document, head: Token) -> bool:
    """The prepositional object is a name or a role with a name in apposition ('leader Erik Lund')."""
    return head.upos == "PROPN" or any(c.deprel == "appos" and c.upos == "PROPN" for c in doc.children(head))


def find_passive_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X was endorsed / criticized / supported by Y`: the passive subject is what Y's report is
    about, and the by-phrase names Y. Without an agent there is no one to attribute it to. A cue that
    takes a listener (`listener-cues`: 'was warned by Y that…') makes its passive subject the one told,
    never the report, and so does a verb of asking (`asking-cues`, `interview-verbs`: 'was questioned
    by Y') the one asked."""
    for token in doc.tokens:
        if (not is_cue(doc, token, lexicon) or (lemma := cue_lemma(token)) in OBJECT_IS_NOT_CONTENT
                or lemma in OBJECT_CUES or lemma in _ASKING_CUES or quoted_person(doc, token) is not None):
            continue  # ('was quoted by the Guardian as saying': the one quoted is the speaker, not the topic)
        children = list(doc.children(token))
        subject = next((c for c in children if c.deprel == "nsubj:pass"), None)
        agent = passive_agent(doc, token)
        if (subject is None or agent is None or subject.index > token.index or agent.upos not in SPEAKER_UPOS or
                lexicon.rate(cue_lemma(token)) < _PASSIVE_RATE):
            continue
        content = trim_tokens(doc.subtree(subject))
        if count_words(content) < 2 or content[0].lower in RELATIVE_WORDS or content[0].upos == "PRON":
            continue
        if any(t.deprel == "acl:relcl" and t.head == subject.index and is_cue(doc, t, lexicon) for t in content):
            # 'Ann Kerr, who said the bridge was unsafe, was contradicted by Bob Lyle': a subject that
            # reports in its own relative clause is a speaker, and that report is no content of Lyle's
            continue
        report = Attribution(tuple(content), (token,), agent, "cue-passive", cue_lemma(token))
        if passive_stance_target(doc, report.cue, report.content):
            # 'Tom Smith was praised by Bill Jones': kept as 'praised Tom Smith' is, never as a sure quote
            report = replace(report, confidence=STANCE_TARGET)
        yield report


_PASSIVE_RATE = 0.1
