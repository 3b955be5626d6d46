"""Interviews printed as questions and answers: paragraphs led by `Q:` / `A:` (or `Q.` / `A.`,
`Question:` / `Answer:`), in plain text, the way outlets print a Q&A.

Each labelled paragraph is a turn, and the unlabelled paragraphs between an answer and the next label
go on with it. An answer is a direct quote of the interviewee (rule `interview-answer`): the person the
introduction before the first turn names ('We spoke to singer Mara Dell.', 'Mara Dell, in conversation
with Tom Bay'), or nobody named when the introduction names no one. In 'X spoke/talked to Y' either
may be the one interviewed: a role noun ('Novelist Priya Raman') and a pronoun that agrees with one
first name decide, and without such evidence the answers go to nobody named. The one after 'with' of an
interview noun ('in conversation with Claire Byrne') and the outlet owning the asker ("RTÉ's Bryan Dobson")
never answer, nor does the one who puts the questions ('Claire Byrne put the questions to…'). A question
is a direct quote with no speaker (rule `interview-question`): the interviewer is the outlet itself, whose
questions a count of the voices an article carries should not credit to anyone it quotes, and whom the text
seldom names.

A document counts as an interview only with at least one question and one answer label, so a lone
'A. Smith said' or 'Q: …' line is left to the other rules. Offsets are code points into the document's
text, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Document, Span, Token
from ..speakers.first_names import first_name_gender
from ..speakers.lexicon import load_lexicon
from ..syntax import cue_lemma
from ..wordlists import words

# 'Q:', 'Q.', 'Question:', 'A -', 'Answer:' at the start of a paragraph, then the turn's first word
_LABEL = re.compile(r"(?P<label>Q|A|QUESTION|ANSWER|Question|Answer)\s*[:.\-–—]\s+(?=\S)")
_QUESTION_LABELS = frozenset({"q", "question"})
# the introduction is read this many paragraphs back from the first turn at most
_INTRO_PARAGRAPHS = 3
# verbs whose subject asks the questions ('Tom Bay spoke to Mara Dell'): the interviewee is the other name
_INTERVIEW_VERBS = words("interview-verbs")
# of those, the verbs either party may be the subject of: 'X spoke to Y' as often makes X the one who
# answers as the one who asks, so the introduction's other evidence decides (`_better_evidenced`)
_TWO_WAY_VERBS = frozenset({"speak", "talk", "chat"})
# nouns of an interview whose with-phrase names the one asking ('In conversation with Claire Byrne,
# novelist Colm Toibin talks about…', 'Mara Dell, in conversation with Tom Bay')
_INTERVIEW_NOUNS = frozenset({"conversation", "interview", "chat", "discussion", "talk"})
_PRONOUN_GENDER = {"her": "f", "she": "f", "hers": "f", "herself": "f",
                   "his": "m", "he": "m", "him": "m", "himself": "m"}

Role = Literal["question", "answer"]


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: question or answer, its label token (the cue), its content parts (one per paragraph,
    code-point offsets, end exclusive) and, for an answer, the head token of the interviewee's name."""

    role: Role
    label: Token
    parts: tuple[Span, ...]
    speaker: Token | None


def is_label(token: Token) -> bool:
    """Whether a word alone before a colon is an interview label ('Q', 'A', 'Question', 'Answer'),
    which names nobody."""
    return token.text.lower().rstrip(".") in _QUESTION_LABELS | {"a", "answer"}


def interview_turns(doc: Document) -> Iterator[Turn]:
    """The turns of `doc` when it is laid out as an interview (see the module docstring), in text order;
    nothing otherwise."""
    labelled = [(i, match) for i, paragraph in enumerate(doc.paragraphs)
                if (match := _LABEL.match(doc.text, paragraph.start)) is not None]
    roles = {_role(match) for _, match in labelled}
    if roles != {"question", "answer"}:
        return
    interviewee = _interviewee(doc, labelled[0][0])
    for n, (i, match) in enumerate(labelled):
        paragraph = doc.paragraphs[i]
        label = next((t for t in doc.tokens_in(paragraph)), None)
        if label is None:
            continue
        parts = [Span(match.end(), paragraph.end)]
        if n + 1 < len(labelled):  # unlabelled paragraphs before the next turn go on with this one
            parts += list(doc.paragraphs[i + 1 : labelled[n + 1][0]])
        role = _role(match)
        yield Turn(role, label, tuple(parts), interviewee if role == "answer" else None)


def _role(match: re.Match[str]) -> Role:
    return "question" if match.group("label").lower() in _QUESTION_LABELS else "answer"


def _interviewee(doc: Document, first_turn: int) -> Token | None:
    """The head of the name the introduction gives the interviewee: the first name in the paragraphs
    before the first turn, nearest first, that neither asks (the subject of an interview verb: 'Tom Bay
    spoke to Mara Dell') nor follows 'by' ('interviewed by Tom Bay'), unless it is the only name there."""
    for paragraph in reversed(doc.paragraphs[max(0, first_turn - _INTRO_PARAGRAPHS) : first_turn]):
        # 'Union leader Rafael Soto': a name that modifies a noun is no one's name here; "RTÉ's Bryan
        # Dobson": the outlet that owns the asker is not interviewed either
        names = [name for name in _names(doc.tokens_in(paragraph))
                 if not _modifies_a_noun(doc, name) and _head(doc, name).deprel != "nmod:poss"]
        # one name alone is the interviewee, whatever its verb ('Rafael Soto spoke to us')
        candidates = [name for name in names if len(names) == 1 or not _asks(doc, name)]
        talker = next((name for name in names if _talks(doc, name)), None)
        if len(names) > 1 and candidates and talker is not None:
            return _better_evidenced(doc, paragraph, talker, candidates[0])
        if candidates:
            return candidates[0][-1]
        if talker is not None:
            # 'In conversation with Claire Byrne, Colm Toibin talks about…': every other name asks
            return talker[-1]
    return None


def _talks(doc: Document, name: list[Token]) -> bool:
    """The subject of a two-way verb ('Priya Raman spoke to Anil Kapoor', 'talked with'): either of
    the two may be the one interviewed."""
    head = _head(doc, name)
    return (head.deprel.startswith("nsubj") and head.head >= 0
            and cue_lemma(doc.tokens[head.head]) in _TWO_WAY_VERBS)


def _better_evidenced(doc: Document, paragraph: Span, talker: list[Token], other: list[Token]) -> Token | None:
    """Of the talker and the one talked to, the one the introduction gives more evidence of being
    interviewed: a role noun before the name ('Novelist Priya Raman') and a third-person pronoun whose
    gender agrees with only one first name ('about her new book'); None on a tie, since either reading
    is as likely and the answers must not go to the wrong one."""
    pronouns = {_PRONOUN_GENDER[t.lower] for t in doc.tokens_in(paragraph)
                if t.lower in _PRONOUN_GENDER and t.index > max(talker[-1].index, other[-1].index)}
    scores = []
    for name in (talker, other):
        lexicon = load_lexicon()
        role = len(name) > 1 and (lexicon.is_person_noun(name[0].lower) or name[0].lower in lexicon.wordnet_persons)
        first = name[1] if role else name[0]
        scores.append(int(role) + int(len(pronouns) == 1 and first_name_gender(first.text) in pronouns))
    if scores[0] == scores[1]:
        return None
    return (talker if scores[0] > scores[1] else other)[-1]


def _head(doc: Document, name: list[Token]) -> Token:
    return next((t for t in name if t.head < 0 or doc.tokens[t.head] not in name), name[-1])


def _names(tokens: Sequence[Token]) -> list[list[Token]]:
    """Runs of adjacent proper nouns, each a name, in text order."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.upos != "PROPN" or is_label(token):
            continue
        if runs and runs[-1][-1].index + 1 == token.index:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _modifies_a_noun(doc: Document, name: list[Token]) -> bool:
    last = name[-1]
    return last.deprel == "compound" and last.head >= 0 and doc.tokens[last.head].upos == "NOUN"


def _asks(doc: Document, name: list[Token]) -> bool:
    before = doc.tokens[name[0].index - 1] if name[0].index > 0 else None
    if before is not None and before.lower == "by":
        return True
    head = _head(doc, name)
    if head.head < 0:
        return False
    verb = doc.tokens[head.head]
    if (verb.lemma.lower() in _INTERVIEW_NOUNS
            and any(c.deprel == "case" and c.lower == "with" for c in doc.children(head))):
        return True  # 'in conversation with Claire Byrne', 'in an interview with The Irish Times': the interviewer
    if head.deprel.startswith("nsubj") and any(c.deprel == "obj" and c.lemma.lower() == "question"
                                               for c in doc.children(verb)):
        return True  # 'Claire Byrne put the questions to the minister'
    return head.deprel.startswith("nsubj") and cue_lemma(verb) in _INTERVIEW_VERBS
