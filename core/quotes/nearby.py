"""Speakers from a neighbouring sentence, for a direct quote with no cue of its own.

News often names the speaker in the sentence before a quote (in the quote's paragraph, or as the
last sentence of the paragraph before) and leaves the quote bare:

- `after-report`:  'Union official Rob Kettering said the offer was too low. "We have been patient…"' —
                   the sentence right before reports something, so its speaker goes on (also a
                   report 'according to' a name);
- `after-subject`: 'Dr. Lena Marsh turned to the board. "We have run out of time."' and
                   'Councillor Ada Brenn was blunt--"We will not pay…"' — the clause right before the
                   quote has one person in it, its subject;
- `intro-colon`:   'And from Chairwoman Irene Sato:' as the paragraph before the quote — a verbless
                   introduction that names the speaker.

A speaker found this way is a guess from context, so the registry (core/rules.py) gives these rules a
confidence below that of any cue in the quote's own sentence (0.75 and up): 0.6 for a report or an
introduction, 0.5 for a subject that only acts, and marks them `speaker_from_context`. Sentences that
hold quotation marks themselves are left to the split-quote and continuation rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..cues import CueLexicon
from ..model import Document, Token
from ..rules import RuleId
from ..syntax import TIME_NOUNS, cue_lemma, is_cue, subject_of
from .marks import QUOTE_MARKS, strip_blank

__all__ = ["NearbySpeaker", "speaker_nearby"]

# A sentence reports when its verb was a cue in at least a quarter of its uses in PolNeAR train
# (data/cues.tsv: say 0.84, tell 0.69, warn 0.60, claim 0.44, respond 0.30); verbs below that mostly
# narrate (pass 0.17, turn 0.03, meet 0.01), and their subject is only a candidate (`after-subject`).
_REPORT_RATE = 0.25
_SENTENCE_ENDS = (".", "!", "?")
_INTRO_ENDS = (":", "--", "—", "–", "―")
# Pronouns that can stand for the speaker of a quote that follows ('She turned to the board. "…"').
_PERSONAL = frozenset({"he", "she", "i", "we", "they"})


@dataclass(frozen=True, slots=True)
class NearbySpeaker:
    speaker: Token
    rule: RuleId  # after-report, after-subject or intro-colon
    lemma: str  # the cue lemma of an `after-report` sentence, else ""


def speaker_nearby(doc: Document, open_start: int, lexicon: CueLexicon) -> NearbySpeaker | None:
    """The speaker a quote opening at code-point offset `open_start` takes from the sentence right
    before it (in its paragraph, or the last one of the paragraph before when the quote opens its
    own), or from a verbless introduction ending in a colon as the paragraph before; None when none
    names exactly one candidate. Pure: reads `doc`, raises nothing."""
    paragraph_index = doc.paragraph_of(open_start)
    paragraph = doc.paragraphs[paragraph_index] if doc.paragraphs else None
    start = paragraph.start if paragraph is not None else 0
    before = strip_blank(doc.text[start:open_start], left=False)
    if before == "":
        if paragraph_index == 0 or not doc.paragraphs:
            return None
        previous = doc.paragraphs[paragraph_index - 1]
        tokens = _tokens_in(doc, previous.start, previous.end)
        intro = _verbless_intro(tokens)
        if intro is not None:
            return intro
        # a quote that opens its paragraph goes on from the last sentence of the one before; on
        # PolNeAR train[:80] this lifted direct end-to-end F1 77.1 -> 77.9 (dev unchanged, 83.5)
        clause = _clause_before(tokens)
    elif not before.endswith(_SENTENCE_ENDS + _INTRO_ENDS):
        return None
    else:
        clause = _clause_before(_tokens_in(doc, start, open_start))
    if not clause or any(t.text in QUOTE_MARKS or t.text in ("``", "''") for t in clause):
        return None
    source = _according_to(clause)
    if source is not None:
        return NearbySpeaker(source, "after-report", "")
    for token in clause:  # the first cue is the main clause's: 'X said that talks failed'
        if is_cue(doc, token, lexicon) and lexicon.rate(cue_lemma(token)) >= _REPORT_RATE:
            speaker = subject_of(doc, token)
            if speaker is not None and speaker.upos in ("PROPN", "PRON", "NOUN") and _person_like(speaker):
                return NearbySpeaker(speaker, "after-report", cue_lemma(token))
            return None  # a report by no one we can name: do not guess past it
    return _sole_subject(doc, clause)


def _according_to(clause: list[Token]) -> Token | None:
    """'According to Mayor Tim Roe, the bridge is unsafe.' (or the phrase after the clause): a report
    whose source is the name after 'according to', its last word; None without a name there."""
    for i, token in enumerate(clause[:-2]):
        if token.lower == "according" and clause[i + 1].lower == "to":
            run = _name_runs(clause[i + 2 :])
            if run and run[0][0].index == clause[i + 2].index + _leading_words(clause[i + 2 :]):
                return run[0][-1]
    return None


def _leading_words(tokens: list[Token]) -> int:
    """How many lower-case words (a role: 'city engineer') stand before the first proper noun."""
    count = 0
    for token in tokens:
        if token.upos == "PROPN" or not token.text[:1].islower():
            break
        count += 1
    return count


def _tokens_in(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in doc.tokens if start <= t.span.start and t.span.end <= end and len(t.span) > 0]


def _clause_before(tokens: list[Token]) -> list[Token]:
    """The last sentence or clause of `tokens` (which end right before the quote), less its end
    punctuation: what follows the previous full stop."""
    end = len(tokens)
    while end > 0 and (tokens[end - 1].upos == "PUNCT" or tokens[end - 1].text.startswith("-")):
        end -= 1
    start = end
    while start > 0 and tokens[start - 1].text not in _SENTENCE_ENDS:
        start -= 1
    return tokens[start:end]


def _verbless_intro(paragraph: list[Token]) -> NearbySpeaker | None:
    """'And from Chairwoman Irene Sato:' — a paragraph ending in a colon with a name and no verb."""
    if not paragraph or paragraph[-1].text != ":" or len(paragraph) > 12:
        return None
    if any(t.upos in ("VERB", "AUX") for t in paragraph):
        return None  # 'Trump told the crowd:' is a cue, found by the direct-quote rules
    runs = _name_runs(paragraph)
    if len(runs) != 1:
        return None
    return NearbySpeaker(runs[0][-1], "intro-colon", "")


def _sole_subject(doc: Document, clause: list[Token]) -> NearbySpeaker | None:
    """The subject of the clause's main predicate, when it is the only person the clause names."""
    inside = {t.index for t in clause}
    roots = [t for t in clause if t.head not in inside]
    subjects = [c for root in roots for c in doc.children(root) if c.deprel in ("nsubj", "nsubj:outer")]
    if len(subjects) != 1 or not (subjects[0].upos == "PROPN" or subjects[0].lower in _PERSONAL):
        return None  # 'The council met on Monday.': a common noun acts, it does not speak
    names = _name_runs(clause)
    pronouns = [t for t in clause if t.lower in _PERSONAL and t.upos == "PRON"]
    subject = subjects[0]
    if len(names) + len(pronouns) != 1:
        return None  # 'Marsh met Smith.': two people, no telling which one speaks
    if subject.upos == "PROPN" and (not names or subject not in names[0]):
        return None
    if subject.upos == "PROPN" and names[0] == [clause[0]] and not _named_elsewhere(doc, subject):
        return None  # 'Rain fell all week.': a lone capitalised word that opens the sentence may be no name
    return NearbySpeaker(subject, "after-subject", "")


def _named_elsewhere(doc: Document, word: Token) -> bool:
    """Whether the document has `word` as a proper noun somewhere else ('Dr. Lena Marsh … Marsh
    turned to the board')."""
    return any(t.text == word.text and t.upos == "PROPN" and t.index != word.index for t in doc.tokens)


def _person_like(token: Token) -> bool:
    return token.upos == "PROPN" or (token.upos == "PRON" and token.lower in _PERSONAL) or token.upos == "NOUN"


def _name_runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of adjacent proper nouns: 'Chairwoman Irene Sato', 'Dr. Lena Marsh'."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.upos == "PROPN" and token.lower not in TIME_NOUNS:  # 'on Monday' names no one
            if runs and runs[-1][-1].index == token.index - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    return runs
