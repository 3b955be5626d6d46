"""The content-boundary policy of reported speech: where a content read by a rule ends.

A rule reads where its content starts and how far the parse (or the words) carry it; the policy first
ends a report whose cue heads a subordinate clause at that clause (`main-clause`: 'When X told the
committee that costs were "under control," he was…': the main clause is the writer's; so is the
predicate after a relative clause the cue heads: 'Ann Kerr, who said the bridge was unsafe, was
contradicted…'), then
moves its start past the cue's own dependents before a 'that' (`addressee-or-time`: 'told Biden that…',
'said Monday that…': the listener and the time belong to the reporting clause, not the report), then
cuts its end, in one declared order (`ORDER`), at

- `next-report`: another report that begins inside it ('…the quay had survived worse storms, but she
  added that…');
- `coordinated-clause`: a clause or predicate the writer coordinates after it ('…, and the union also
  stepped in', 'declined that assignment and has since left');
- `reporting-setting`: the occasion of the report ('… in an interview with The Washington Post');
- `trailing-aside`: a writer's comment at its end (', which would allow…', ', although he again refused…').

`apply_policy` runs after every reported-speech rule, the same way for each, on a content that
follows its cue within one sentence. A content before its cue (`CLAUSE, X said`, `The museum, Mr. Obama
said, would…`) already ends at its reporting clause, and a block of sentences (`X added:` and the rest of
the paragraph) ends at its paragraph: both are left as read. A cut that leaves fewer than
`MIN_CONTENT_WORDS` words drops the reading. Each cut that changes a content adds `boundary:<name>` to
the reading's trace.

Unified on 29 November (before, each rule applied its own subset at its own point): PolNeAR dev
end-to-end F1 all / direct / indirect 66.3 / 81.8 / 57.3 -> 66.3 / 82.0 / 57.1, train[:80]
60.8 / 75.1 / 51.3 -> 61.0 / 75.3 / 51.5 (bench/snapshot.py score).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from ...cues import CueLexicon
from ...model import Document, Token
from ...syntax import NOMINAL_UPOS, TIME_NOUNS, cue_lemma
from .base import MIN_CONTENT_WORDS, OBJECT_CUES, Attribution, count_words
from .boundaries import clip_at_coordinated_clause, clip_at_next_report, clip_reporting_setting, clip_trailing_aside
from .starts import past_phrase_words

Boundary = Literal["main-clause", "addressee-or-time", "next-report", "coordinated-clause", "reporting-setting",
                   "trailing-aside"]
ORDER: tuple[Boundary, ...] = ("main-clause", "addressee-or-time", "next-report", "coordinated-clause",
                               "reporting-setting", "trailing-aside")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the cuts need to know of a rule's reading besides its content: the cue, and the token
    the content hangs on in the parse (the cue's complement, object or topic)."""

    cue: Token
    clause: Token


def _main_clause(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    """'When Peter Vance told the committee that costs were "under control," he was either misinformed…':
    a cue that heads a subordinate clause before its main clause reports only inside that clause; the
    main clause after it is the writer's, however far a reading off the words ran."""
    cue = reading.cue
    if cue.deprel == "acl:relcl":
        return _before_governing_predicate(doc, content, cue)
    if cue.deprel not in ("advcl", "csubj") or cue.head <= cue.index:
        return content
    if reading.clause.head != cue.index or reading.clause.deprel not in ("ccomp", "xcomp", "obj"):
        return content  # 'As the Post reported, the talks failed': the main clause is the report
    clause = doc.subtree(cue)
    return [t for t in content if t.index <= clause[-1].index]


# what the noun a relative clause hangs on does in its own clause, for the clause's predicate to follow it
_SUBJECT_DEPRELS = frozenset({"nsubj", "nsubj:pass", "csubj"})


def _before_governing_predicate(doc: Document, content: list[Token], cue: Token) -> list[Token]:
    """'Ann Kerr, who said the bridge was unsafe, was contradicted by engineer Bob Lyle': the content of
    a cue heading a relative clause ends before the governing clause's predicate (`governing_predicate`)
    when it reached it. Only such a content is cut: ending every such report at the relative clause's
    subtree, which a small parser often closes early, cost PolNeAR dev 0.1 F1 (tried 29 November)."""
    start = governing_predicate(doc, cue)
    if start is None or all(t.index < start.index for t in content):
        return content
    return [t for t in content if t.index < start.index]


def governing_predicate(doc: Document, cue: Token) -> Token | None:
    """The first word of the predicate whose subject the relative clause headed by `cue` hangs on,
    when it follows the cue ('was' of 'Ann Kerr, who said …, was contradicted'; 'raised' of 'The mayor,
    who said …, raised them'): the predicate or an auxiliary or adverb of it before it ('later backed').
    None for a cue heading no relative clause, or one on an object or on a subject whose predicate
    comes first."""
    if cue.deprel != "acl:relcl" or not 0 <= cue.head < len(doc.tokens):
        return None
    antecedent = doc.tokens[cue.head]
    if antecedent.deprel not in _SUBJECT_DEPRELS or antecedent.head < 0:
        return None
    governor = doc.tokens[antecedent.head]
    if governor.index <= cue.index or any(
            c.deprel in _SUBJECT_DEPRELS and cue.index < c.index < governor.index for c in doc.children(governor)):
        # 'Those who said the economy was their top issue split…', parsed with 'issue' the root: a
        # subject of its own between the cue and it makes it the report's predicate, not the writer's
        return None
    # the auxiliaries and adverbs before the predicate are its own ('was contradicted', 'later backed it');
    # by part of speech, as a parser may make the report's verb an 'aux' ('would fail were proved')
    auxiliaries = [c for c in doc.children(governor) if cue.index < c.index < governor.index
                   and (c.upos == "AUX" or (c.upos == "ADV" and c.deprel == "advmod"))]
    return min([governor, *auxiliaries], key=lambda t: t.index)


def _addressee_or_time(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    """'told Biden that…', 'said Monday that…', 'assured reporters on Tuesday that…': the content starts
    at a 'that' that marks a clause of the cue, when every content word before it hangs on the cue
    outside that clause (the listener, a time, a place of the reporting clause)."""
    cue = reading.cue
    content = _past_phrase_tail(doc, content, cue)
    if content[0].index == cue.index + 1:
        content = _past_listener_subject(doc, content, cue)
    for position, token in enumerate(content[:_MAX_BEFORE_THAT + 1]):
        if token.lower != "that" or token.deprel != "mark" or token.head < 0:
            continue
        clause = doc.tokens[token.head]
        noun = doc.tokens[clause.head] if clause.head >= 0 else clause
        if (clause.deprel == "acl:relcl" and token.upos == "SCONJ" and cue_lemma(cue) in OBJECT_CUES and
                noun.head == cue.index and (noun.deprel in ("obj", "iobj") or noun.lower in TIME_NOUNS)):
            # 'informed the families that the search had ended': a parser's relative clause on the
            # listener, but a complementizer 'that' after a cue that takes a listener opens the report
            # ('asked about Trump's declaration that…': a noun's own clause, not a listener's)
            return content[position:] if position > 0 and noun in content[:position] else content
        if clause.head != cue.index or position == 0:
            return content
        inside = {t.index for t in doc.subtree(clause)}
        if any(t.index in inside for t in content[:position]):
            return content  # a word before 'that' is part of the clause: the parse is not sure
        return content[position:]
    return content


def _past_phrase_tail(doc: Document, content: list[Token], cue: Token) -> list[Token]:
    """'told the court the victim had needed…', 'told ABC Radio National the government will…': a content
    that opens with the last words of the cue's listener or of a phrase of the reporting clause, which
    a parser hung on the clause after them, starts past them (`starts.past_phrase_words`). Only right
    after a cue that takes a listener, or after the words of such a phrase."""
    between = [t for t in doc.tokens[cue.index + 1 : content[0].index] if t.upos != "PUNCT"]
    if content[0].index <= cue.index or not (between or cue_lemma(cue) in OBJECT_CUES):
        return content
    if any(t.upos not in _REPORTING_PHRASE_UPOS for t in between):
        return content
    skip = past_phrase_words(content, cue_lemma(cue) in OBJECT_CUES)
    return content[skip:] if skip and count_words(content[skip:]) >= MIN_CONTENT_WORDS else content


# the parts of speech of a listener or setting phrase between a cue and its content ('told ABC Radio',
# 'said in a separate statement')
_REPORTING_PHRASE_UPOS = frozenset({"DET", "ADP", "ADJ", "NOUN", "PROPN", "NUM"})


def _past_listener_subject(doc: Document, content: list[Token], cue: Token) -> list[Token]:
    """'told Biden Taiwan was a red line': a listener cue followed by two subjects of one clause in a
    row (the parse's reading of a listener and the clause's own subject); the content starts at the
    second. 'said Monday property taxes would rise': a day or time right after the cue, not the
    clause's subject, is not content either."""
    first = content[0]
    if first.lower in TIME_NOUNS and not first.deprel.startswith("nsubj") and len(content) > 2 and (
            content[1].upos not in ("AUX", "VERB", "PART")):
        return content[1:]
    if cue_lemma(cue) not in OBJECT_CUES:
        return content
    first = _phrase_head(doc, content)
    if first.head == cue.index and first.deprel in ("obj", "iobj"):
        # 'told staff the office would close': the listener, a dependent of the cue, right before a
        # clause of the cue with a subject of its own ('urged voters to…', 'showed Sanders with 47
        # percent' keep theirs: no clause follows)
        after = doc.subtree(first)[-1].index
        rest = [t for t in content if t.index > after]
        clauses = [c for c in doc.children(cue) if c.deprel == "ccomp"
                   and any(k.deprel.startswith("nsubj") for k in doc.children(c))]
        if rest and any(doc.subtree(c)[0].index == rest[0].index for c in clauses):
            return rest
        return content
    if not first.deprel.startswith("nsubj") or first.head < 0:
        return content
    clause = doc.tokens[first.head]
    subjects = [c for c in doc.children(clause) if c.deprel.startswith("nsubj")]
    if len(subjects) != 2 or subjects[0] is not first:
        return content
    second = doc.subtree(subjects[1])[0]
    listener = doc.subtree(first)
    if listener[-1].index + 1 != second.index:
        return content  # only two phrases side by side
    return [t for t in content if t.index >= second.index]


def _phrase_head(doc: Document, content: list[Token]) -> Token:
    """The head of the noun phrase the content opens with: 'BBC' for 'the BBC the road was closed', the
    word that the first one hangs on through noun-phrase relations (or the first word itself)."""
    first = content[0]
    inside = {t.index for t in content}
    head = first
    while head.deprel in _INSIDE_NOUN_PHRASE and head.head in inside and doc.tokens[head.head].upos in NOMINAL_UPOS:
        head = doc.tokens[head.head]
    return head


# relations of a word inside its noun phrase: climbing them from the content's first word finds the phrase's head
_INSIDE_NOUN_PHRASE = frozenset({"det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nummod"})


# How many words may stand between a cue and its 'that' as its own dependents: 'warned the city
# council's finance committee on Tuesday that' has nine.
_MAX_BEFORE_THAT = 10


def _next_report(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_at_next_report(doc, content, lexicon)


def _coordinated_clause(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_at_coordinated_clause(doc, reading.cue, reading.clause, content)


def _reporting_setting(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_reporting_setting(doc, reading.cue, content)


def _trailing_aside(doc: Document, content: list[Token], reading: Reading, lexicon: CueLexicon) -> list[Token]:
    return clip_trailing_aside(content)


_CUTS: dict[Boundary, Callable[[Document, list[Token], Reading, CueLexicon], list[Token]]] = {
    "main-clause": _main_clause,
    "addressee-or-time": _addressee_or_time,
    "next-report": _next_report,
    "coordinated-clause": _coordinated_clause,
    "reporting-setting": _reporting_setting,
    "trailing-aside": _trailing_aside,
}

def cut(doc: Document, content: list[Token], boundaries: frozenset[Boundary], reading: Reading,
        lexicon: CueLexicon) -> tuple[list[Token], tuple[str, ...]]:
    """`content` (tokens in text order) cut at each of `boundaries`, in `ORDER`; returns the content
    and the trace steps (`boundary:<name>`) of the cuts that changed it."""
    steps: list[str] = []
    for boundary in ORDER:
        if boundary not in boundaries:
            continue
        shorter = _CUTS[boundary](doc, content, reading, lexicon)
        if len(shorter) != len(content):
            steps.append(f"boundary:{boundary}")
            if shorter and shorter[0] is not content[0]:
                # a new start: the clause the end cuts measure from is the one now at the head
                reading = Reading(reading.cue, _content_root(doc, shorter))
        content = shorter
        if not content:
            break  # nothing left of the report: apply_policy drops it
    return content, tuple(steps)


def apply_policy(doc: Document, report: Attribution, lexicon: CueLexicon) -> Attribution | None:
    """`report` with its content cut by the policy (see the module docstring), the cuts in its trace;
    None when the cuts leave fewer than `MIN_CONTENT_WORDS` words."""
    content = list(report.content)
    cue = report.cue[0]
    if content[0].index < cue.index or content[0].sentence != content[-1].sentence:
        return report
    shorter, steps = cut(doc, content, _ALL, Reading(cue, _content_root(doc, content)), lexicon)
    if not steps:
        return report
    if count_words(shorter) < MIN_CONTENT_WORDS:
        return None
    return replace(report, content=tuple(shorter), trace=report.trace + steps)


_ALL: frozenset[Boundary] = frozenset(ORDER)


def _content_root(doc: Document, content: list[Token]) -> Token:
    """The first content token whose head lies outside the content: the head of the reported clause."""
    inside = {t.index for t in content}
    return next((t for t in content if t.head not in inside), content[0])
