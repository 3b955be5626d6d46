"""A second report coordinated after a first one, with a source of its own right before its cue:
'Chairman Ed Cole said profits were up and the chief executive, Joan Ives, said the outlook was strong'.

stanza often hangs such a clause inside the first report: 'the chief executive' as a conjunct of 'up',
the second 'said' as a complement of the first, with no subject at all. The parse then reads one
report, Cole's, whose content runs over Ives's words and her cue. The words say otherwise: a
coordinator ('and', 'but', 'while', ';') then a noun phrase naming someone (an apposition allowed:
'his lawyer, Neil Banks,'), then a verb of saying, is a clause of its own with its own speaker — a
rival of the first report, not part of its content (rule `coordinated-report`). The first report's
content then ends before the coordinator (step `boundary:coordinated-report`, `end_before_rivals`).

A report opened by an embedding word ('said that lawmakers said…', 'the plan, which critics said was
rushed', 'knows that voters are angry') has no coordinator before its source and stays inside the
outer content, as PolNeAR marks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...cues import CueLexicon
from ...lemmatize import lemmatize_verb
from ...model import Document, Sentence, Token
from ...noun_phrases import glued_hyphen
from ...syntax import trim_tokens
from .base import MIN_CONTENT_WORDS, SUBJECT_PRONOUNS, Attribution, count_words, surface_cue

# The words that join a second clause to the first: 'and', 'but', ', while', ';' ('and' after a
# comma is the same joiner: the comma stays with the first content and is trimmed off it).
JOINERS = frozenset({"and", "but", "while", ";"})

# The pronouns that may open a source phrase ('his lawyer'); any other pronoun there is a relative
# or a demonstrative ('and which critics said'), or a whole source on its own ('and she said').
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})

# What a source phrase may hold between the joiner and the cue: noun-phrase words, a possessive 's,
# and the commas of an apposition ('the driver, Joe Pratt,').
_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})

# The words that may open a reported clause (PolNeAR keeps them in the content).
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})

# The relations of a cue's own complement: what its speaker said ('said the outlook was strong').
_COMPLEMENT_DEPRELS = frozenset({"ccomp", "parataxis"})


def coordinated_source(doc: Document, cue: Token) -> tuple[Token, list[Token]] | None:
    """The joiner and the source phrase right before `cue` when the words read `JOINER PHRASE CUE`
    (the phrase's tokens in text order, commas of an apposition included); None otherwise. A pronoun
    in the phrase is a possessive ('his lawyer') or the whole phrase, a subject pronoun ('and she
    said'); a relative or demonstrative pronoun ('and which critics said') makes no source."""
    sentence = doc.sentences[cue.sentence]
    first = sentence.tokens[0].index
    phrase: list[Token] = []
    index = cue.index - 1
    while index >= first:
        token = doc.tokens[index]
        if token.upos not in _PHRASE_UPOS and token.text != "," and not _glued_hyphen(doc, token, first):
            break
        if token.lower in JOINERS:
            break
        phrase.insert(0, token)
        index -= 1
    if index < first or doc.tokens[index].lower not in JOINERS:
        return None
    words = [t for t in phrase if t.text != ","]
    if not words or phrase[0].text == ",":
        return None
    pronouns = [t for t in words if t.upos == "PRON"]
    if pronouns and not (all(t.lower in POSSESSIVES for t in pronouns) or
                         (len(words) == 1 and words[0].lower in SUBJECT_PRONOUNS)):
        return None
    if not any(t.upos in ("NOUN", "PROPN", "PRON") for t in words):
        return None
    joiner = doc.tokens[index]
    before = doc.tokens[index - 1] if index > first else None
    if (joiner.upos == "CCONJ" and before is not None and before.upos in ("NOUN", "PROPN", "ADJ") and
            len(words) == len(phrase) and not _heads_clause(doc, before)):
        # 'American business and political leaders shows…': two nouns joined in one phrase, the
        # sentence's subject, unless an apposition sets the second off ('the crash and the driver,
        # Joe Pratt, said') or the first ends a clause ('the plan was sound and she said')
        return None
    return joiner, phrase


def _glued_hyphen(doc: Document, token: Token, first: int) -> bool:
    """A hyphen written without spaces inside a name ('Kevan Parekh-Lin'): the tokenizer cuts it off as
    punctuation, but it belongs to the source phrase as much as the name's halves do."""
    if token.index <= first or token.index + 1 >= len(doc.tokens):
        return False
    return glued_hyphen(doc.tokens[token.index - 1], token, doc.tokens[token.index + 1])


def _heads_clause(doc: Document, token: Token) -> bool:
    """Whether the parse gives `token` a subject or a copula: a predicate, not a noun of a phrase."""
    return any(c.deprel.startswith(("nsubj", "cop")) for c in doc.children(token))


def _source_head(phrase: list[Token]) -> Token:
    """The speaker's head in a source phrase: the name an apposition gives ('Joan' in 'the chief
    executive, Joan Ives,'), else the phrase's last noun, name or pronoun ('his lawyer')."""
    comma = next((i for i, t in enumerate(phrase) if t.text == ","), len(phrase))
    apposed = [t for t in phrase[comma:] if t.upos == "PROPN"]
    if apposed:
        return apposed[0]
    return [t for t in phrase[:comma] if t.upos in ("NOUN", "PROPN", "PRON")][-1]


# A first report may be a bare clause of two words ('Lind said they fell, and the COO, Max Ode, said…'):
# what runs up to the joiner need not be long enough to be kept as a quote itself
_MIN_FIRST_REPORT_WORDS = 2


def _reported_before(doc: Document, sentence: Sentence, joiner: Token, lexicon: CueLexicon) -> bool:
    """Whether a report runs up to `joiner`: a cue verb or 'according to' earlier in the sentence with
    at least `_MIN_FIRST_REPORT_WORDS` words between it and the joiner."""
    for token in sentence.tokens:
        if token.index >= joiner.index:
            return False
        is_cue = (token.lower == "according" or
                  (token.upos == "VERB" and surface_cue(doc, token, lexicon)))
        if is_cue and count_words(doc.tokens[token.index + 1 : joiner.index]) >= _MIN_FIRST_REPORT_WORDS:
            return True
    return False


def _complement(doc: Document, cue: Token) -> list[Token]:
    """The words of `cue`'s clausal complements after it, in text order; when they are fewer than
    `MIN_CONTENT_WORDS` words (the parse hung the clause elsewhere: 'insisted the figures were wrong'
    with 'wrong' a complement of the first cue), the rest of the sentence without the cue's listener."""
    words: dict[int, Token] = {}
    for child in doc.children(cue):
        if child.index > cue.index and child.deprel in _COMPLEMENT_DEPRELS:
            words.update((t.index, t) for t in doc.subtree(child))
    content = trim_tokens([words[i] for i in sorted(words)])
    if count_words(content) < MIN_CONTENT_WORDS:
        end = doc.sentences[cue.sentence].tokens[-1].index + 1
        content = _without_listener(doc, cue, end)
    return content


def holds_a_report(content: list[Token]) -> bool:
    """Whether a content cut short is still a report: `MIN_CONTENT_WORDS` words, or a bare clause of
    two with a subject of its own ('they fell, and the COO, Max Ode, said…': `is_clause`)."""
    words = count_words(content)
    return words >= MIN_CONTENT_WORDS or (words >= _MIN_FIRST_REPORT_WORDS and is_clause(content))


def is_clause(content: list[Token]) -> bool:
    """Whether `content` reads as what someone said: a clause with a subject of its own, opened by
    its subject's phrase or a complementiser ('that', 'whether', 'if'), not by a preposition or an
    adverbial clause ('with 142 delegates at stake', 'even though those residents aren't eligible',
    'of stoking the issue': the cue's other dependents where the verb reports nothing clausal)."""
    first = content[0]
    if first.upos in ("ADP", "ADV", "CCONJ", "PART") or (
            first.upos == "SCONJ" and first.lower not in _COMPLEMENTISERS):
        return False
    inside = {t.index for t in content}
    return any(t.deprel in ("nsubj", "nsubj:pass", "expl") and t.head in inside for t in content)


def find_coordinated_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """Every `JOINER SOURCE CUE CONTENT` after a report in its sentence (see the module docstring):
    the cue a verb of saying (`base.surface_cue`), the content its clausal complement after it (at
    least `MIN_CONTENT_WORDS` words), the speaker the source phrase's head. Yields `Attribution`s
    with rule `coordinated-report`."""
    for sentence in doc.sentences:
        for cue in sentence.tokens:
            if (cue.upos != "VERB" or not surface_cue(doc, cue, lexicon) or
                    any(c.deprel.startswith("nsubj") for c in doc.children(cue))):
                continue  # (a cue with a subject of its own: the parse read this clause)
            source = coordinated_source(doc, cue)
            if source is None or not _reported_before(doc, sentence, source[0], lexicon):
                continue
            content = _complement(doc, cue)
            if count_words(content) >= MIN_CONTENT_WORDS and is_clause(content):
                yield Attribution(tuple(content), (cue,), _source_head(source[1]), "coordinated-report",
                                  lemmatize_verb(cue.lower))


def end_before_rivals(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """`found` with every content that holds a rival's cue ended before the rival's joiner (step
    `boundary:coordinated-report`). A rival is a `coordinated-report`, or a report of another rule
    whose cue stands right after a coordinated source phrase that holds its speaker ('…, and a
    witness, Lara Dunn, said…'). A content that lies wholly after the joiner was the rival's clause
    taken for this report's ('told reporters the suspect had been arrested and his lawyer, Neil
    Banks, said…' read as 'said he would…'): it becomes the words between this cue and the joiner,
    without the cue's listener. A content that would no longer hold a report (`holds_a_report`) stays
    as it was (the rival is then nested in it and dropped later)."""
    joiners = sorted(pair for rival in found if (pair := _rival_joiner(doc, rival)) is not None)
    result = []
    for report in found:
        inside = {t.index for t in report.content}
        for joiner, cue in joiners:
            if cue not in inside or report.cue[-1].index >= joiner:
                continue
            if report.content[0].index > joiner:
                content = _without_listener(doc, report.cue[-1], joiner)
            else:
                content = trim_tokens([t for t in report.content if t.index < joiner])
            if holds_a_report(content):
                report = replace(report, content=tuple(content),
                                 trace=report.trace + ("boundary:coordinated-report",))
            break
        result.append(report)
    return result


def _rival_joiner(doc: Document, report: Attribution) -> tuple[int, int] | None:
    """(joiner index, cue index) when `report` is a rival (see `end_before_rivals`), else None."""
    source = coordinated_source(doc, report.cue[0])
    if source is None:
        return None
    if report.rule != "coordinated-report" and (
            report.speaker is None or report.speaker.index not in {t.index for t in source[1]}):
        return None
    return source[0].index, report.cue[0].index


def _without_listener(doc: Document, cue: Token, end: int) -> list[Token]:
    """The words after `cue` up to token index `end` (exclusive), without the cue's listener (its
    object, less a clause the parse hung on it: 'told reporters [the suspect had been arrested]')."""
    listener: set[int] = set()
    for child in doc.children(cue):
        if child.deprel in ("obj", "iobj") and child.index < end:
            clauses = {t.index for c in doc.children(child) if c.deprel.startswith("acl") for t in doc.subtree(c)}
            listener |= {t.index for t in doc.subtree(child)} - clauses
    return trim_tokens([t for t in doc.tokens[cue.index + 1 : end] if t.index not in listener])
