"""Reports whose content is the cue verb's clause in the parse: `X said (that) CLAUSE`, `CLAUSE, X said`
(rules `cue-complement`, `cue-postposed`, `cue-parenthetical`), or its noun-phrase object where the verb
mostly reports (`cue-object`: `criticized the trade deals`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...cues import CueLexicon
from ...model import Document, Token
from ...rules import RuleId
from ...silent import passive_listener
from ...syntax import (
    cue_lemma,
    is_cue,
    next_in_sentence,
    passive_agent,
    quoted_person,
    subject_of,
    that_clauses_hung_on,
    trim_tokens,
)
from ...wordlists import words
from .base import (
    ADVERBIAL_MARKS,
    INFINITIVE_CUES,
    MIN_CONTENT_WORDS,
    OBJECT_IS_NOT_CONTENT,
    OBJECT_MIN_COUNT,
    RELATIVE_WORDS,
    Attribution,
    count_words,
    describes_a_noun,
)
from .boundaries import (
    before_adverbial_clause,
    before_cue_adjunct,
    before_new_clause,
    up_to_next_report,
    with_shared_subject_predicates,
)
from .objects import STANCE_TARGET, not_a_statement, stance_target
from .starts import (
    bare_clause,
    inverted_reporting_clause,
    lost_subject,
    resumes_clause,
    with_fronted_clause,
    with_fronted_subject,
    with_subject_before_apposition,
)

_COMPLEMENT_DEPRELS = ("ccomp", "xcomp", "obj")


_OBJECT_CONTENT_CUES = words("object-content-cues")


# Beyond those, a verb's noun-phrase object is the report when the verb alone mostly signals one:
# its cue rate in PolNeAR train ("criticized long-standing free-trade deals", "cited her work",
# "accused the GOP of stoking the issue"). 0.3 was chosen on PolNeAR train; "say", "tell", "ask" and
# "call" take a listener or a name as object, never the report.
_OBJECT_RATE = 0.3


def _object_is_content(lemma: str, lexicon: CueLexicon) -> bool:
    if lemma in _OBJECT_CONTENT_CUES:
        return True
    if lemma in OBJECT_IS_NOT_CONTENT or not lexicon.is_cue_verb(lemma, min_count=OBJECT_MIN_COUNT):
        return False
    return lexicon.rate(lemma) >= _OBJECT_RATE


# verbs whose whether- or if-clause is the question asked (a reported question, which PolNeAR marks as
# the asker's report); after other cues 'if' opens a condition ('said it would fail if…')
_ASKING_CUES = frozenset({"ask", "wonder", "inquire", "enquire", "question"})


def _complement_relation(doc: Document, cue: Token, child: Token) -> str:
    """The relation of `child` to the cue, corrected where a small parser is often wrong."""
    if child.head != cue.index:
        return "ccomp"  # a that-clause hung on the listener (`_complements`)
    after = child.index > cue.index
    if child.deprel == "advcl" and after and cue_lemma(cue) in INFINITIVE_CUES and doc.subtree(child)[0].lower == "to":
        return "xcomp"  # "asked Holt to fact-check Trump": a parser's advcl for an xcomp
    if (child.deprel == "advcl" and after and cue_lemma(cue) in _ASKING_CUES and not passive_listener(doc, cue)
            and any(c.deprel == "mark" and c.lower in ("whether", "if") for c in doc.children(child))):
        # 'asked whether he had any regrets': the question asked, not a condition ('Asked by reporters
        # whether…, Clark said' stays the answer's aside, as README's Limits say)
        return "ccomp"
    small_clause = (child.lower.endswith("ing") and child.index == cue.index + 1) or any(
        c.deprel.startswith("nsubj") for c in doc.children(child))
    if (child.deprel == "xcomp" and after and cue_lemma(cue) not in INFINITIVE_CUES
            and doc.subtree(child)[0].lower != "to" and small_clause):
        # "cited improving mental health services": a gerund is the cue's object; "shows Clinton
        # ahead by 3 points": so is a small clause with its own subject
        return "obj"
    return child.deprel


# "who asked not to be named", "declined to be identified": the speaker's wish to stay anonymous,
# never a report of their own.
_ANONYMITY_VERBS = frozenset({"name", "identify"})


def asks_anonymity(doc: Document, child: Token) -> bool:
    """'(asked) not to be named', '(declined) to be identified': `child` heads a wish to stay anonymous."""
    kids = list(doc.children(child))
    return (child.lemma or child.lower) in _ANONYMITY_VERBS and any(c.deprel == "aux:pass" for c in kids) and any(
        c.deprel == "mark" and c.lower == "to" for c in kids)


_LISTENER_CUES = words("listener-cues")


def _complements(doc: Document, token: Token) -> Iterator[Token]:
    """The cue's children, and a that-clause a parser hung on the cue's listener, or in the passive on
    its agent, as if it were a relative clause ('told the jury that his client had been framed':
    `framed` an acl of `jury`; 'Jones was told by Smith that the contract had been cancelled':
    `cancelled` an acl:relcl of `Smith`; "that" their mark, not their subject)."""
    yield from _lost_as_saying_clause(doc, token)
    agent = passive_agent(doc, token)
    for child in doc.children(token):
        if (child.deprel not in ("obj", "iobj") and child is not agent) or cue_lemma(token) not in _LISTENER_CUES:
            yield child
            continue
        # (on a listener object an acl:relcl with "that" is more often a clause the parser cut short)
        relations = ("acl", "acl:relcl") if child is agent else ("acl",)
        clauses = that_clauses_hung_on(doc, child, relations)
        if not clauses:
            yield child
        yield from clauses  # and the listener itself is no content ('assured the board that…')


def _lost_as_saying_clause(doc: Document, token: Token) -> Iterator[Token]:
    """'Carla Diaz was quoted as saying the factory would reopen': a parser may hang the clause of an
    'as saying' participle with no complement of its own on the quoting verb, as an adverbial, a
    complement or a conjunct ('Dawn quoted Ishaq Dar as saying no new taxes would be imposed'), and
    its predicate may be a noun ('the visit was a "photo opportunity"'); the clause with a subject
    right after the participle is the participle's report."""
    if (token.head < 0 or quoted_person(doc, token) is None or
            any(c.deprel in ("ccomp", "xcomp", "obj") for c in doc.children(token))):
        return
    if doc.tokens[token.head].index > token.index:
        # 'quoted Piyush Goyal as saying exports had grown': the participle hung on the clause it reports
        head = doc.tokens[token.head]
        if any(c.deprel.startswith("nsubj") and c.index > token.index for c in doc.children(head)):
            yield head
        return
    after = [c for c in doc.children(doc.tokens[token.head]) if c.index > token.index]
    first = min(after, key=lambda c: c.index, default=None)
    if first is None or first.deprel not in ("advcl", "ccomp", "conj"):
        return
    children = list(doc.children(first))
    predicate = first.upos in ("VERB", "AUX", "ADJ") or (
        first.upos in ("NOUN", "PROPN") and any(c.deprel == "cop" for c in children))
    if predicate and any(c.deprel.startswith("nsubj") for c in children):
        yield first


_DEMONSTRATIVES = frozenset({"that", "this", "it"})


def _pronoun_then_participle(doc: Document, cue: Token) -> bool:
    """'Holm denied that, saying the money was "nearly spent"': the cue's object is a pronoun for what
    was said before, and the participle after the comma carries the report (its own cue), however a
    parser hangs the clause; read on the first cue too, the one statement would come out twice."""
    words = [t for t in doc.sentences[cue.sentence].tokens if t.index > cue.index][:3]
    return (len(words) == 3 and words[0].lower in _DEMONSTRATIVES and words[1].text == "," and
            words[2].upos == "VERB" and words[2].lower.endswith("ing"))


def find_complement_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (that) CLAUSE`, in either order: the content is the cue's clausal complement."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon) or _reports_nothing_here(doc, token):
            continue
        for child in _complements(doc, token):
            child_deprel = _complement_relation(doc, token, child)
            if child_deprel not in _COMPLEMENT_DEPRELS:
                continue
            if (child_deprel == "xcomp" and cue_lemma(token) not in INFINITIVE_CUES) or asks_anonymity(doc, child):
                continue
            if passive_listener(doc, child):
                continue  # 'Asked by reporters whether…, Mr Clark said': what Clark was asked, not his report
            if child_deprel == "obj" and (not _object_is_content(cue_lemma(token), lexicon) or
                                          any(c.deprel == "ccomp" for c in doc.children(token)) or
                                          quoted_person(doc, token) is not None):
                continue  # ('quoted Mayor Reyes as telling…': the object is who spoke, not what)
            if child.index > token.index and inverted_reporting_clause(doc, token):
                continue  # "CLAUSE, said the researcher, adding that…": the report came before the cue
            if ((child.lower.endswith("ing") and is_cue(doc, child, lexicon) and
                 all(t.upos == "PUNCT" for t in doc.tokens[token.index + 1 : child.index]))
                    or (child_deprel == "ccomp" and _sibling_report(doc, token, child, lexicon))):
                continue  # 'Putin said, adding that…' (said → adding), 'X said A; Y said B': reports of their own
            content = trim_tokens(doc.subtree(child))
            if child.index == token.head and child.index > token.index:
                content = [t for t in content if t.index > token.index]  # the clause the cue hangs on
            if content and _purpose_clause(doc, content[0]):
                continue  # 'said in order to be what the town needs, the rangers have to…': not the report
            # a clause hung on the listener starts after it, and a question read off a parser's advcl at
            # its 'whether' ('asked the minister whether…'): nothing lost
            if child.head == token.index and not (child.deprel == "advcl" and child_deprel == "ccomp"):
                content = _read_off_the_words(doc, token, child, child_deprel, content, lexicon)
            if child_deprel == "ccomp" and child.index > token.index:
                content = with_shared_subject_predicates(doc, token, child, content, lexicon)
            postposed = child.index < token.index  # the report before its cue: "CLAUSE, X said"
            content = with_fronted_subject(doc, token, child, content)
            if child_deprel == "ccomp":
                content = with_subject_before_apposition(doc, token, child, content)
            if count_words(content) < MIN_CONTENT_WORDS or content[0].lower in RELATIVE_WORDS | ADVERBIAL_MARKS:
                # "endorsed Ted Cruz, who says he is honored", "said so when she resigned": a relative
                # or adverbial clause, not the report
                continue
            if postposed and content[0].upos in ("ADP", "SCONJ") and content[0].lower != "that":
                continue  # "Despite the signals, Sun cautioned that…": an adverbial, not the report
            subject = subject_of(doc, token)
            if passive_listener(doc, token):
                # 'when reminded that Ms Gale had quoted him', 'Asked whether…, Clark said': the subject
                # is the one told; only a by-phrase names who said it, and without one the rules,
                # which name a speaker or report nothing, report nothing
                subject = passive_agent(doc, token)
                if subject is None:
                    continue
            if postposed and subject is not None and subject.index < content[0].index:
                continue  # "Reyes, who voted against it, said…": a relative clause, not the report
            content = with_fronted_clause(doc, token, child, content, subject)
            if child_deprel == "obj" and child.deprel == "obj" and not_a_statement(doc, child, content):
                continue  # 'blamed the referee', 'declared a state of emergency': nothing said (objects.py)
            rule: RuleId = "cue-postposed" if postposed else (
                "cue-object" if child_deprel == "obj" and child.deprel == "obj" else "cue-complement")
            yield _capped(doc, Attribution(tuple(content), (token,), subject, rule, cue_lemma(token)))


def _capped(doc: Document, report: Attribution) -> Attribution:
    """An object that only names what a stance is about ('praised the plan') is kept, as PolNeAR marks
    it, but never as a sure quote (`objects.STANCE_TARGET`); any other report as it is."""
    if report.rule == "cue-object" and stance_target(doc, report.cue, report.content):
        return replace(report, confidence=STANCE_TARGET)
    return report


def _reports_nothing_here(doc: Document, token: Token) -> bool:
    """A cue word that heads no report of its own here: it describes a noun, a participle after a
    pronoun object carries the report, or it is a noun the tagger read as a verb."""
    return describes_a_noun(token) or _pronoun_then_participle(doc, token) or _finite_complement_verb(token)


def _finite_complement_verb(token: Token) -> bool:
    """An open complement (xcomp) tagged finite: no verb can be both, so the word is a noun the tagger
    took for a verb ('has rejected claims her government ignored warnings': 'claims' the object of
    'rejected', not Mulvaney's claim; it was her report at 0.76 for tester 6)."""
    return token.deprel == "xcomp" and "VerbForm=Fin" in token.feats


def _sibling_report(doc: Document, cue: Token, child: Token, lexicon: CueLexicon) -> bool:
    """Whether a complement of `cue` is a report of its own set beside the first: a second complement
    after another one, a cue verb with a subject of its own, its clause opened by a semicolon, a comma
    or a coordinator ('Tom Bray said sales rose; Eva Lind said they fell', a parser's second ccomp of
    the first 'said'). A report the first one's content holds ('The governor said lawmakers said it
    would go') has no such opener, and a cue's only complement is its report."""
    if child.index < cue.index or not is_cue(doc, child, lexicon):
        return False
    if not any(c.deprel == "ccomp" and cue.index < c.index < child.index for c in doc.children(cue)):
        return False  # its only complement: 'Back home, Mr Clarke said, he decided to…' is his report
    if not any(c.deprel.startswith("nsubj") and c.index < child.index for c in doc.children(child)):
        return False
    start = doc.subtree(child)[0]
    before = doc.tokens[start.index - 1] if start.index > cue.index + 1 else None
    opener = start if start.text in (";", ",") or start.upos == "CCONJ" else before
    return opener is not None and opener.index > cue.index and (
        opener.text in (";", ",") or opener.upos == "CCONJ")


def _read_off_the_words(doc: Document, token: Token, child: Token, child_deprel: str, content: list[Token],
                        lexicon: CueLexicon) -> list[Token]:
    """The content of cue `token` read off the words after it where the parse (`content`, the subtree
    of its complement `child`) may have lost part of it; `content` itself otherwise."""
    following = next_in_sentence(doc, token)
    if following is not None and following.lower == "that" and child.index > token.index:
        # "…, adding that B": trust the words after "that" over a parse that may have lost part of B
        sentence = list(doc.sentences[token.sentence].tokens)
        surface = up_to_next_report(doc, sentence, following.index - sentence[0].index, lexicon)
        if count_words(surface) >= MIN_CONTENT_WORDS:
            content = surface
    elif child.index > token.index and (
            (bare := bare_clause(list(doc.sentences[token.sentence].tokens),
                                  token.index - doc.sentences[token.sentence].tokens[0].index)) is not None or
            # "asked Holt to check": before an infinitive the noun is the listener, not a lost subject
            (lost_subject(doc, content, token) and content[0].lower != "to") or
            (content and content[0].index == token.index + 1)):
        # "said about 120 ships were waiting": the parse dropped the clause's subject; and a
        # clause right after the cue (or after "Thursday") runs to the sentence end or the
        # next report, however early a small parser closed its subtree
        sentence = list(doc.sentences[token.sentence].tokens)
        start = token.index + 1 - sentence[0].index + (bare or 0)
        surface = up_to_next_report(doc, sentence, start, lexicon)
        if child_deprel == "obj" and bare is None:
            surface = before_new_clause(doc, before_adverbial_clause(surface), lexicon)
            surface = before_cue_adjunct(doc, token, surface)
        if count_words(surface) >= count_words(content):
            content = surface
    return content


def _purpose_clause(doc: Document, first: Token) -> bool:
    """'in order to …' / 'so as to …': a fronted purpose clause, the speaker's reason, not the content."""
    i = first.index
    return first.lower == "to" and i >= 2 and (doc.tokens[i - 2].lower, doc.tokens[i - 1].lower) in (
        ("in", "order"), ("so", "as"))


def find_parenthetical_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`CLAUSE, X said.`: the parser hangs the reporting clause off the reported one."""
    for token in doc.tokens:
        if token.deprel != "parataxis" or token.head < 0 or not is_cue(doc, token, lexicon):
            continue
        if any(child.deprel in _COMPLEMENT_DEPRELS for child in doc.children(token)):
            continue  # already reported by find_complement_reports
        head = doc.tokens[token.head]
        reporting = {t.index for t in doc.subtree(token)}
        sentence = doc.sentences[token.sentence].tokens
        if _ends_sentence(sentence, token):
            # "A, but B before C, another source said.": the report is everything before the
            # reporting clause, however the parser hung the pieces together
            clause_start = min(reporting)
            content = [t for t in sentence if t.index < clause_start]
        else:
            content = [t for t in doc.subtree(head) if t.index not in reporting and t.index < token.index]
            # the reporting clause ends at the first comma after the cue, however the parser hung
            # what follows ("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt")
            after = [t for t in sentence if t.index > token.index]
            comma = next((i for i, t in enumerate(after) if t.text == ","), None)
            after = after[comma:] if comma is not None and comma <= 6 else []
            if len(after) > 1 and resumes_clause(after[1]):
                # "The museum, Mr. Obama said, would make…": both sides of the reporting clause
                content = trim_tokens(content) + up_to_next_report(doc, list(sentence),
                                                                    after[1].index - sentence[0].index, lexicon)
        content = trim_tokens(content)
        if count_words(content) < MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-parenthetical", cue_lemma(token))


def _ends_sentence(sentence: tuple[Token, ...], cue: Token) -> bool:
    """Nothing but a short tail ('on Monday', 'in a statement') and punctuation follows the cue."""
    tail = [t for t in sentence if t.index > cue.index and t.upos != "PUNCT"]
    return len(tail) <= 5 and not any(t.upos in ("VERB", "AUX", "SCONJ") for t in tail)
