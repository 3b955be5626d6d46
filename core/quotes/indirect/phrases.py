"""Reports marked by a fixed phrase or punctuation rather than a verb's complement: `according to X`
and `X added: CLAUSE.`"""

from __future__ import annotations

from collections.abc import Iterator

from ...cues import CueLexicon
from ...model import Document, Token
from ...speakers.lexicon import load_lexicon
from ...syntax import cue_lemma, is_cue, next_in_sentence, subject_of, trim_tokens
from ..marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, is_straight_double, opens_quote
from .base import MIN_CONTENT_WORDS, Attribution, count_words


def find_colon_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X added: CLAUSE. CLAUSE.` without quotation marks: the report runs from the colon to the
    end of the paragraph. (With an opening mark after the colon it is a direct quote, found there.)"""
    for token in doc.tokens:
        following = next_in_sentence(doc, token)
        if following is None or following.text != ":" or not is_cue(doc, token, lexicon):
            continue
        rest = doc.tokens[following.index + 1 :]
        if not rest or rest[0].text in QUOTE_MARKS:
            continue
        paragraph = next((p for p in doc.paragraphs if p.start <= rest[0].span.start < p.end), None)
        if paragraph is None:
            continue
        # "The governor added:" closing its paragraph introduces the next one, a block quote
        content = trim_tokens([t for t in rest if t.span.end <= paragraph.end])
        if count_words(content) < MIN_CONTENT_WORDS or content[0].text in QUOTE_MARKS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-colon", cue_lemma(token))


def find_according_to(doc: Document) -> Iterator[Attribution]:
    """`According to X, CLAUSE` and `CLAUSE, according to X`.

    Read off the surface rather than the parse: the phrase is fixed, and a small parser often
    hangs it in odd places. The source runs from "to" to the next comma (or the sentence end);
    the content is the rest of the sentence on the other side of the phrase.
    """
    for token in doc.tokens:
        if token.lower != "according":
            continue
        sentence = doc.sentences[token.sentence].tokens
        position = token.index - sentence[0].index
        if position + 1 >= len(sentence) or sentence[position + 1].lower != "to":
            continue
        source_tokens: list[Token] = []
        for candidate in sentence[position + 2 :]:
            if (candidate.text in (",", ";", ":", "—", "–") or
                    (candidate.upos in ("VERB", "AUX") and candidate.deprel not in ("amod", "compound"))):
                break  # "the conservative-leaning Tax Foundation" keeps its participle
            source_tokens.append(candidate)
        source_tokens = trim_tokens(source_tokens)
        head = _source_head(source_tokens)
        if head is None:
            continue
        before = trim_tokens(_since_last_boundary(list(sentence[:position])))
        after_start = _skip_apposition(sentence, _skip_parenthetical(sentence, source_tokens[-1].index + 1))
        after = trim_tokens([t for t in sentence if t.index >= after_start])
        # "CLAUSE, according to X, more than twice…": a clause before the phrase is the report
        clause_before = count_words(before) >= MIN_CONTENT_WORDS and any(t.upos in ("VERB", "AUX") for t in before)
        content = before if clause_before or count_words(before) > count_words(after) else after
        if count_words(content) < MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token, sentence[position + 1]), head, "according-to", "accord_to")


def _since_last_boundary(tokens: list[Token]) -> list[Token]:
    """The clause 'according to' closes: after the last semicolon, and inside a quotation that is
    still open ('…; the report says the company "reports having 987 subsidiaries…, according to its
    own website')."""
    start = 0
    open_at: int | None = None
    for i, token in enumerate(tokens):
        if token.text == ";":
            start = i + 1
        elif token.text in DOUBLE_QUOTE_MARKS:
            opening = opens_quote(token.text) or (is_straight_double(token.text) and open_at is None)
            open_at = i if opening else None
    return tokens[max(start, open_at + 1 if open_at is not None else 0) :]


_PARENTHETICAL_STARTS = frozenset({"quoted", "cited", "speaking", "writing", "who", "which", "citing", "in"})


def _skip_parenthetical(sentence: tuple[Token, ...], index: int) -> int:
    """'According to a French source, quoted by Reuters, the leader…': the content starts after the aside."""
    local = [t for t in sentence if t.index >= index]
    if len(local) > 2 and local[0].text == "," and local[1].lower in _PARENTHETICAL_STARTS:
        for token in local[2:]:
            if token.text == ",":
                return token.index + 1
    return index


_APPOSITION_WORDS = 8  # longest description set off by commas after the source ('the transport secretary')
_RELATIVE_STARTS = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})


def _skip_apposition(sentence: tuple[Token, ...], index: int) -> int:
    """'According to Mia Grant, the transport secretary, fares will rise': a noun phrase set off by
    two commas after the source, whose head is a person or role (speaker lexicon) or a name, describes
    the source; the content starts after it when what follows has a subject of its own ('fares')
    and is no relative clause ('the suspect, who fled, was held' keeps its subject)."""
    local = [t for t in sentence if t.index >= index]
    if len(local) < 3 or local[0].text != ",":
        return index
    close = next((i for i, t in enumerate(local[1:], 1) if t.text == ","), None)
    if close is None or close - 1 > _APPOSITION_WORDS or close == 1:
        return index
    phrase, rest = local[1:close], local[close + 1 :]
    if any(t.upos in ("VERB", "AUX") for t in phrase) or not rest or rest[0].lower in _RELATIVE_STARTS:
        return index
    if not _describes_a_person(phrase):
        return index
    members = {t.index for t in rest}
    if not any(t.deprel.startswith("nsubj") and t.head in members for t in rest):
        return index
    return rest[0].index


def _describes_a_person(phrase: list[Token]) -> bool:
    nouns = [t for t in phrase if t.upos in ("NOUN", "PROPN")]
    if not nouns:
        return False
    head = next((t for t in reversed(nouns) if not any(p.upos == "ADP" for p in phrase[: phrase.index(t)])),
                nouns[-1])
    lex = load_lexicon()
    word = (head.lemma or head.text).lower()
    return head.upos == "PROPN" or lex.is_person_noun(word) or word in lex.wordnet_persons


def _source_head(tokens: list[Token]) -> Token | None:
    """The head noun of 'a French source', "the council's own engineers", 'Reuters'."""
    nouns: list[Token] = []
    for token in tokens:
        if token.upos == "ADP" and nouns:
            break  # "officials at the port": the head comes before the preposition
        if token.upos in ("NOUN", "PROPN", "PRON"):
            nouns.append(token)
    return nouns[-1] if nouns else None
