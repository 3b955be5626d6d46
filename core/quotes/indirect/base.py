"""What every reported-speech finder shares: the `Attribution` it yields, the closed word classes that
decide which shape a verb may take, and the surface test of a cue verb."""

from __future__ import annotations

from dataclasses import dataclass

from ...cues import CueLexicon
from ...headlines import is_headline, is_lead_heading
from ...lemmatize import lemmatize_verb
from ...model import Document, Token
from ...rules import RuleId
from ...silent import cognition_aside, passive_listener
from ...syntax import WEAK_CUES, in_capitals, is_hypothetical, is_negated, next_in_sentence
from ...wordlists import words


@dataclass(frozen=True, slots=True)
class Attribution:
    """A report found by one rule: content and cue tokens (text order) and the speaker's head token
    (None where the rule leaves it to the merge step), the cue's lexicon key in `lemma`. `confidence`
    is set only by a source with its own probability (the trained model, rule `model`) and for a
    report in a headline (step `boundary:headline`) or a `cue-object` or `cue-passive` content that is
    only a stance's target (`objects.STANCE_TARGET`, under the rule's base); a rule's other quotes get
    the registry's base confidence and the cue's prior instead."""

    content: tuple[Token, ...]
    cue: tuple[Token, ...]
    speaker: Token | None
    rule: RuleId
    lemma: str
    # the steps that changed it after its rule fired (ids of core/rules.py), in order
    trace: tuple[str, ...] = ()
    confidence: float | None = None


def count_words(tokens: tuple[Token, ...] | list[Token]) -> int:
    """How many of `tokens` are words (not punctuation)."""
    return sum(1 for t in tokens if t.upos != "PUNCT")


MIN_CONTENT_WORDS = 3


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})


ADVERBIAL_MARKS = frozenset({"when", "after", "before", "while", "because", "since", "although", "though", "until",
                              "once", "as"})


SUBJECT_UPOS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


SPEAKER_UPOS = frozenset({"PROPN", "NOUN", "PRON"})


SUBJECT_PRONOUNS = words("subject-pronouns")


def last_of_first_run(tokens: list[Token]) -> Token:
    """The last token of the first run of adjacent tokens in `tokens` (not empty): a phrase's head."""
    run = [tokens[0]]
    for token in tokens[1:]:
        if token.index != run[-1].index + 1:
            break
        run.append(token)
    return run[-1]


def surface_cue(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    """Whether `token` reads as a cue verb off the word sequence: an alphabetic word not tagged as a noun,
    name, pronoun, number or function word, whose rule lemma headed at least 15 cues in PolNeAR train,
    not weak, negated or hypothetical, not a thought participle aside or a listener cue in the passive
    (`syntax.cognition_aside`, `syntax.passive_listener`), not followed by "by" (a passive aside) and not
    in capitals."""
    if (token.upos in ("PUNCT", "DET", "ADP", "PRON", "PROPN", "CCONJ", "NUM", "NOUN") or not token.text.isalpha() or
            in_capitals(doc, token)):
        # a noun ("the campaign", "his claim that…", "Battleground state Florida") is no verb of saying
        return False
    following = next_in_sentence(doc, token)
    if following is not None and following.lower == "by":
        return False  # "quoted by Reuters": a passive aside, not a report
    lemma = lemmatize_verb(token.lower)
    return (lemma not in WEAK_CUES and lexicon.is_cue_verb(lemma, min_count=15) and not is_negated(doc, token)
        and not is_hypothetical(doc, token) and not cognition_aside(doc, token, lexicon)
        and not passive_listener(doc, token))  # 'we are being told that…': the one told, no speaker


def describes_a_noun(token: Token) -> bool:
    """'anyone wanting to learn…', 'a continent-wide force to defend the bloc': a cue that only
    describes a noun reports nothing said. (Purpose clauses, 'went to Geneva to discuss…', were
    as often right as wrong on PolNeAR and stay.)"""
    return token.deprel in ("acl", "amod")


INFINITIVE_CUES = words("infinitive-cues")


OBJECT_IS_NOT_CONTENT = words("object-is-not-content")


OBJECT_MIN_COUNT = 5


OBJECT_CUES = words("listener-cues")


INVERTING_CUES = words("inverting-cues")




def in_title_case_headline(doc: Document, token: Token) -> bool:
    """Whether `token` lies in a Title Case headline (`headlines.is_headline`) or an article's first
    line in sentence case (`headlines.is_lead_heading`): its verb reports nothing a speaker said, and
    the speakers name nobody in such a line either."""
    sentence = doc.sentences[token.sentence]
    return is_headline(doc, sentence) or is_lead_heading(doc, sentence)
