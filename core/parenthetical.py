"""A reporting clause set inside its own content: 'Mr Sunak, the mayor said, was "out of his depth"'.
The words before the first comma are the content's subject and the clause between the commas names the
speaker; a parser often makes both subjects of the cue, and a rule preferring the name then gives the
content's subject as its speaker (tester 12: Sunak at 0.9). The parse where the speaker is the
subject's apposition ('Climate change, Mr. Obama often says, is…') is `syntax._interrupting_speaker`'s."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Token

# words that may stand between a parenthetical speaker and its cue ('the mayor later said', 'she has said')
_BETWEEN_UPOS = frozenset({"ADV", "AUX", "PART"})


def parenthetical_subject(doc: Document, verb: Token, subjects: Sequence[Token]) -> Token | None:
    """Of the cue `verb`'s `subjects` (tokens the parse made its subjects), the one that speaks in
    'X, Y said, was …': Y, the subject nearest before the cue, when its words follow a comma with
    another subject before that comma, only adverbs or auxiliaries stand between it and the cue, and
    a comma after the cue leads on to more words of the sentence ('Mr Sunak, the mayor said, was
    "out of his depth"': the mayor; 'Mr Khan, the latter said, was…': the latter). None for any
    other shape: 'The UK's defence secretary, Ben Wallace, confirmed…' has a comma after the name
    and none after the cue."""
    before = sorted((s for s in subjects if s.index < verb.index), key=lambda s: s.index)
    if len(before) < 2:
        return None
    speaker = before[-1]
    words = doc.subtree(speaker)
    start, end = words[0].index, words[-1].index
    if start < 1 or doc.tokens[start - 1].text != "," or not any(s.index < start - 1 for s in before):
        return None
    if any(t.upos not in _BETWEEN_UPOS for t in doc.tokens[end + 1 : verb.index]):
        return None
    after = doc.tokens[verb.index + 1 : verb.index + 3]
    same = len(after) == 2 and all(t.sentence == verb.sentence for t in after)
    return speaker if same and after[0].text == "," and after[1].upos != "PUNCT" else None
