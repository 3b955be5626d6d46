"""Reported speech over the dependency parse: who said (that) what, without quotation marks.

One generator per pattern; each yields `Attribution`s that name the content tokens, the cue and
the speaker head. Patterns:

- `X said (that) CLAUSE`, `X told Y (that) CLAUSE` — a cue verb with a clausal complement;
- `CLAUSE, X said.` / `CLAUSE, said X.` — a cue in parataxis after the clause it reports;
- `According to X, CLAUSE` / `CLAUSE, according to X`;
- coordinated and participial cues inherit the subject (`emphasized that A, and said B`,
  `..., adding that B`).

Negated and hypothetical cues (`did not say`, `would not say whether`) yield nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..cues import CueLexicon
from ..model import Document, Token
from ..syntax import cue_lemma, is_cue, subject_of, trim_tokens

_COMPLEMENT_DEPRELS = ("ccomp", "xcomp")
# An infinitive complement is reported content only after verbs of commitment and appeal
# ("vowed to fight", "urged them to return"); "failed to agree" or "wants to win" report nothing.
_INFINITIVE_CUES = frozenset({"promise", "vow", "pledge", "urge", "threaten", "ask", "call", "refuse", "decline",
                              "agree", "offer", "demand", "order", "warn", "advise", "encourage", "tell", "invite",
                              "swear", "insist", "propose", "request", "beg", "instruct", "challenge", "commit"})
_MIN_CONTENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Attribution:
    content: tuple[Token, ...]
    cue: tuple[Token, ...]
    speaker: Token | None
    rule: str
    lemma: str


def _words(tokens: tuple[Token, ...] | list[Token]) -> int:
    return sum(1 for t in tokens if t.upos != "PUNCT")


def find_complement_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (that) CLAUSE`, in either order: the content is the cue's clausal complement."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon):
            continue
        for child in doc.children(token):
            if child.deprel not in _COMPLEMENT_DEPRELS:
                continue
            if child.deprel == "xcomp" and cue_lemma(token) not in _INFINITIVE_CUES:
                continue
            content = trim_tokens(doc.subtree(child))
            if _words(content) < _MIN_CONTENT_WORDS:
                continue
            rule = "cue-complement" if child.index > token.index else "cue-postposed"
            yield Attribution(tuple(content), (token,), subject_of(doc, token), rule, cue_lemma(token))


def find_parenthetical_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`CLAUSE, X said.`: the parser hangs the reporting clause off the reported one."""
    for token in doc.tokens:
        if token.deprel != "parataxis" or token.head < 0 or not is_cue(doc, token, lexicon):
            continue
        if any(child.deprel in _COMPLEMENT_DEPRELS for child in doc.children(token)):
            continue  # already reported by find_complement_reports
        head = doc.tokens[token.head]
        reporting = {t.index for t in doc.subtree(token)}
        content = [t for t in doc.subtree(head) if t.index not in reporting and t.index < token.index]
        content = trim_tokens(content)
        if _words(content) < _MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-parenthetical", cue_lemma(token))


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
            if candidate.text in (",", ";", ":", "—", "–") or candidate.upos in ("VERB", "AUX"):
                break
            source_tokens.append(candidate)
        source_tokens = trim_tokens(source_tokens)
        head = _source_head(source_tokens)
        if head is None:
            continue
        before = trim_tokens(list(sentence[:position]))
        after_start = source_tokens[-1].index + 1
        after = trim_tokens([t for t in sentence if t.index >= after_start])
        content = after if _words(after) >= _words(before) else before
        if _words(content) < _MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token, sentence[position + 1]), head, "according-to", "accord_to")


def _source_head(tokens: list[Token]) -> Token | None:
    """The head noun of 'a French source', "the council's own engineers", 'Reuters'."""
    nouns: list[Token] = []
    for token in tokens:
        if token.upos == "ADP" and nouns:
            break  # "officials at the port": the head comes before the preposition
        if token.upos in ("NOUN", "PROPN", "PRON"):
            nouns.append(token)
    return nouns[-1] if nouns else None


def find_reported_speech(doc: Document, lexicon: CueLexicon) -> list[Attribution]:
    found: list[Attribution] = []
    seen_cues: set[int] = set()
    for generator in (find_complement_reports(doc, lexicon), find_parenthetical_reports(doc, lexicon),
                      find_according_to(doc)):
        for attribution in generator:
            key = attribution.cue[0].index
            if key in seen_cues:
                continue
            seen_cues.add(key)
            found.append(attribution)
    return _drop_nested(found)


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """PolNeAR-style univocal output: when one report's content contains another whole report
    (cue and all) keep both, but cut the inner report out of the outer content, since each word
    plays one role in one attribution."""
    result: list[Attribution] = []
    for outer in found:
        inner_tokens: set[int] = set()
        for inner in found:
            if inner is outer:
                continue
            outer_ids = {t.index for t in outer.content}
            if inner.cue[0].index in outer_ids:
                inner_tokens |= {t.index for t in inner.content} | {t.index for t in inner.cue}
                if inner.speaker is not None:
                    inner_tokens.add(inner.speaker.index)
        if inner_tokens:
            remaining = [t for t in outer.content if t.index not in inner_tokens]
            remaining = _leading_run(remaining)
            if _words(remaining) < _MIN_CONTENT_WORDS:
                continue
            outer = Attribution(tuple(remaining), outer.cue, outer.speaker, outer.rule, outer.lemma)
        result.append(outer)
    return result


def _leading_run(tokens: list[Token]) -> list[Token]:
    """The first contiguous stretch: content stays one piece."""
    if not tokens:
        return tokens
    run = [tokens[0]]
    for token in tokens[1:]:
        if token.index != run[-1].index + 1:
            break
        run.append(token)
    return trim_tokens(run)
