"""Pronoun resolution by salience: earlier speakers, subjects and other mentions, decaying with
distance; agreement in number, gender and type; near ties refused."""

from __future__ import annotations

from ..model import Span, Token
from .confidence import (
    CLOSE_RUNNER_UP,
    FAR,
    FIRST_PERSON,
    NEAR_TIE,
    NO_ANTECEDENT,
    RIVAL_SUBJECTS,
    SALIENCE,
    WE_QUOTED,
    Factors,
)
from .context import View, clause_deprel, lemma_lower
from .entity_types import PERSONISH
from .lexicon import Pronoun
from .records import Ent, Event, NameNP, Speaker

# Salience of an earlier mention for a pronoun.
SPEAKER_WEIGHT = 4.0
SUBJECT_WEIGHT = 2.0
OTHER_WEIGHT = 1.0
_SENTENCE_DECAY = 0.7
_PARAGRAPH_DECAY = 0.6
_PARAGRAPH_WINDOW = 2  # the current paragraph and the two before it
_IN_QUOTE = 0.5  # a name said inside some quote is less of a discourse topic
_IN_OWN_QUOTE = 0.1  # speakers seldom name themselves in the third person
_TIE = 0.9  # runner-up at 90 % of the winner: refuse
_CLOSE = 0.6
_RIVAL = 0.1  # a rival this salient leaves an unshown gender a guess (0.2 missed a person named a
# paragraph before the last speaker, about 0.17 of its salience: issue 14)
SUBJECT_DEPRELS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})


def agreement(pronoun: Pronoun, ent: Ent) -> float:
    """How well an entity fits a pronoun: 0 rules it out, 1 is a clean fit."""
    if pronoun.gender in {"m", "f"}:
        if ent.plural or ent.document or ent.type not in PERSONISH:
            return 0.0  # "she" is never an organization, a place or a group
        if (ent.gender or ent.name_gender) and (ent.gender or ent.name_gender) != pronoun.gender:
            return 0.0  # the text's gender, else the first name's (never "she" for a "John Ramirez")
        if ent.type == "unknown" and not ent.spoken and all(
            len(n.key) == 1 and n.anchor.deprel not in SUBJECT_DEPRELS for n in ent.names
        ):
            # One bare word that never spoke nor acted ("from Riga", "in Crimea") may be a place
            # or a thing; "Macron arrived" may be a person.
            return 0.0
        return 1.0 if ent.type == "person" else 0.6
    if pronoun.gender == "n":
        if ent.type in {"organization", "place"} or ent.document:
            return 1.0
        return 0.5 if ent.type == "unknown" else 0.0
    if pronoun.number == "pl":
        if ent.plural or ent.type == "group":
            return 1.0
        # An organization is often "they" ("the BBC said they ..."); a country seldom is, and a
        # place named in passing ("children in Australia") must not outvote the real speakers.
        return {"organization": 0.7, "place": 0.3}.get(ent.type, 0.0)
    return 0.0


def resolve_pronoun(
    view: View,
    spk: Speaker,
    offset: int,
    ents: dict[int, Ent],
    events: list[Event],
    links: dict[int, tuple[int | None, float]],
    exclude: frozenset[int] = frozenset(),
) -> tuple[Ent | None, Factors]:
    """The entity a pronoun speaker mention at code-point `offset` refers to (None: unresolved, or
    first or second person singular), with the confidence factors of the link in the order applied:
    "we" inside a quote is its speaker; otherwise the best salience score wins unless a runner-up
    ties it. `exclude`: entity uids the syntax rules out ("Ann Cole, his rival": not Ann Cole).
    Pure: reads `events` and `links` (quote index -> (entity uid, factor)), raises nothing."""
    pronoun = spk.pronoun
    around = view.quotes_at(offset) - {spk.quote}
    if pronoun is None or pronoun.person == 2 or (pronoun.person == 1 and pronoun.number == "sg"):
        return None, (FIRST_PERSON,)
    if pronoun.person == 1:
        # "we" inside a quote is its speaker (or what the speaker stands for).
        for qi in sorted(around, key=lambda q: len(view.quote_parts[q][0]) if view.quote_parts[q] else 0):
            uid = links.get(qi, (None, 0.0))[0]
            if uid is not None:
                return ents[uid], (WE_QUOTED,)
    ranked, promoted, last_paragraph = ranked_candidates(view, spk, offset, ents, events, links, exclude)
    if not ranked:
        sole = sole_of_gender(view, spk, offset, ents, events, links, exclude)
        return (ents[sole], (SALIENCE, FAR)) if sole is not None else (None, (NO_ANTECEDENT,))
    best_uid, best = ranked[0]
    runner_up = max((score for _, score in ranked[1:]), default=0.0)
    if runner_up >= _TIE * best and not promoted:
        return None, (NEAR_TIE,)  # refuse a coin toss
    factors: Factors = (CLOSE_RUNNER_UP,) if runner_up >= _CLOSE * best else (SALIENCE,)
    if view.paragraph_at(reference_offset(view, spk, offset)) - last_paragraph[best_uid] >= 2:
        factors += (FAR,)
    if not promoted and rival_subjects(view, spk, offset, ents, events):
        factors += (RIVAL_SUBJECTS,)
    return ents[best_uid], factors


def ranked_candidates(
    view: View,
    spk: Speaker,
    offset: int,
    ents: dict[int, Ent],
    events: list[Event],
    links: dict[int, tuple[int | None, float]],
    exclude: frozenset[int] = frozenset(),
) -> tuple[list[tuple[int, float]], bool, dict[int, int]]:
    """The candidates of `candidate_scores` as (entity uid, salience), best first (ties by uid) but
    the sole person subject of the sentence before (`previous_subject`) first of all, whether there
    was one (no near tie is refused then), and the last paragraph each candidate was seen in. The
    scores stay salience, so a promoted subject with a close rival still reads as close. The subject
    of a contrasting clause (`contrast_subject`) goes before the sole subject."""
    scores, last_paragraph = candidate_scores(view, spk, offset, ents, events, links, exclude)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    subject = contrast_subject(view, spk, offset, ents, events)
    if subject is None or subject not in scores:
        subject = previous_subject(view, spk, offset, ents, events)
    if subject is None or subject not in scores:
        return ranked, False, last_paragraph
    return [(subject, scores[subject]), *(item for item in ranked if item[0] != subject)], True, last_paragraph


def previous_subject(
    view: View, spk: Speaker, offset: int, ents: dict[int, Ent], events: list[Event]
) -> int | None:
    """The entity uid of the one person who is the subject of the sentence right before a he/she
    speaker mention's quote, in the same paragraph and outside any quote, or None.

    'Sen. Lisa Monroe disagreed. "The bill is bloated," she said.': a writer who names someone as the
    subject and then gives a quote with "she said" means that person, whoever spoke a paragraph
    before (issue 14: the earlier speaker outweighed Monroe by salience). Two people joined by "and"
    are no sole subject, nor is anyone when the sentence before is in another paragraph."""
    pronoun = spk.pronoun
    if pronoun is None or pronoun.gender not in {"m", "f"} or spk.quote < 0:
        return None
    reference = reference_offset(view, spk, offset)
    sentence = view.sentence_at(reference) - 1
    if sentence < 0 or view.paragraph_at(view.doc.sentences[sentence].span.start) != view.paragraph_at(reference):
        return None
    subjects = _subjects_in(sentence, reference, events)
    if len(subjects) != 1:
        return None
    uid = next(iter(subjects))
    return uid if ents[uid].type == "person" and agreement(pronoun, ents[uid]) > 0.0 else None


def _subjects_in(sentence: int, reference: int, events: list[Event]) -> set[int]:
    # a speaker there is a subject too ('Asked who leads, he said Ryan.': he, and Ryan misparsed)
    return {e.uid for e in events if e.sentence == sentence and e.subject and not e.quotes and e.offset < reference}


def rival_subjects(view: View, spk: Speaker, offset: int, ents: dict[int, Ent], events: list[Event]) -> bool:
    """Whether the sentence right before a he/she speaker mention's quote, in its paragraph, has two
    or more person subjects of main-level clauses (the root and what is coordinated with it) the
    pronoun fits: 'Mr Hill said the plan was sound, and Mr Fenn agreed. "It will work," he said.' is
    either man, and salience (which favours the speaker) is only a guess there. The caller asks only
    where no subject was promoted (`contrast_subject`, `previous_subject`). A subject inside a
    relative clause or a report's content is no rival ('Lynch worked at a firm where the client
    directed questions to a colleague. She said …')."""
    pronoun = spk.pronoun
    if pronoun is None or pronoun.gender not in {"m", "f"} or spk.quote < 0:
        return False
    reference = reference_offset(view, spk, offset)
    sentence = view.sentence_at(reference) - 1
    if sentence < 0 or view.paragraph_at(view.doc.sentences[sentence].span.start) != view.paragraph_at(reference):
        return False
    spans = [view.span_of(sorted(view.doc.subtree(kid), key=lambda t: t.index))
             for head in view.doc.sentences[sentence].tokens if _main_level(view, head)
             for kid in view.doc.children(head) if kid.deprel in SUBJECT_DEPRELS]
    people = {e.uid for e in events if e.sentence == sentence and not e.quotes
              and any(span.start <= e.offset < span.end for span in spans)
              and ents[e.uid].type == "person" and agreement(pronoun, ents[e.uid]) > 0.0}
    return len(people) >= 2


# Coordinators that set a clause against what came before it ('Mr Hill said the plan was sound, but
# Mr Fenn disagreed'); subordinators ("while", "although") are left out: there the main clause, not
# the marked one, is the contrast ('While Mr Hill backed it, Mr Fenn did not').
_CONTRAST = frozenset({("cc", "but"), ("cc", "yet"), ("advmod", "however")})  # not "has not yet responded"
# how a contrasting clause hangs on the sentence's main clause: one coordinated with it (or set off by
# a comma, `_set_off`), never one said or thought inside it ('clarifying that he was the best
# candidate but that Trump is the best')
_COORDINATED = frozenset({"conj", "parataxis"})
_NOUN_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})  # a subject that is a clause is no person


def contrast_subject(
    view: View, spk: Speaker, offset: int, ents: dict[int, Ent], events: list[Event]
) -> int | None:
    """The entity uid of the one person who is the subject of the last main-level clause set against
    another by a contrast word (`_CONTRAST`, its cc or advmod) in the sentence right before a he/she speaker
    mention's quote, or None. The sentence may end the paragraph before when the quote opens its own.

    'Mr Hill said the plan was sound, but Mr Fenn disagreed. "It will never work," he said.': the
    writer turns from one side to the other, and the quote that follows is the last side's (tester 9:
    Hill, the speaker, outweighed Fenn by salience at 0.81; `previous_subject` sees two subjects)."""
    pronoun = spk.pronoun
    if pronoun is None or pronoun.gender not in {"m", "f"} or spk.quote < 0:
        return None
    reference = reference_offset(view, spk, offset)
    index = view.sentence_at(reference) - 1
    if index < 0 or view.paragraph_at(reference) - view.paragraph_at(view.doc.sentences[index].span.start) > 1:
        return None
    spans: list[Span] = []
    for head in view.doc.sentences[index].tokens:
        kids = list(view.doc.children(head))
        words = [k for k in kids if (k.deprel, lemma_lower(k)) in _CONTRAST]
        if not words or not (_main_level(view, head) or _set_off(view, words[0], kids)):
            continue
        # the clause's subject; where the parse gave it none ('but his deputy, Mr Fenn, disagreed' with
        # the deputy hung elsewhere), a noun phrase alone between the contrast word and the clause's head
        # (not 'but fearing Mr Fenn would block it', a clause the parse made a subject)
        spans = [view.span_of(sorted(view.doc.subtree(k), key=lambda t: t.index))
                 for k in kids if k.deprel in SUBJECT_DEPRELS and k.upos in _NOMINAL]
        between = view.doc.tokens[words[0].index + 1 : head.index]
        if not spans and all(t.upos in _NOUN_PHRASE_UPOS for t in between):
            spans = [Span(words[0].span.end, head.span.start)]
    uids = {e.uid for e in events if e.sentence == index and not e.quotes
            and any(span.start <= e.offset < span.end for span in spans)}
    if len(uids) != 1:
        return None
    uid = next(iter(uids))
    return uid if ents[uid].type == "person" and agreement(pronoun, ents[uid]) > 0.0 else None


def _main_level(view: View, head: Token) -> bool:
    """Whether a clause's head is the sentence's root or coordinated with it, link by link."""
    while head.deprel in _COORDINATED:
        parent = view.parent(head)
        if parent is None:
            return False
        head = parent
    return head.deprel == "root"


def _set_off(view: View, word: Token, kids: list[Token]) -> bool:
    """Whether a contrast word opens a clause of its own after a comma, with no "that" or "whether"
    making it a report's content: ', but his deputy, Mr Fenn, disagreed' that a parse hung on the
    cue as its complement (tester 9)."""
    before = view.doc.tokens[word.index - 1] if word.index > 0 else None
    return before is not None and before.text == "," and not any(k.deprel == "mark" for k in kids)


# Cues of a question and of its answer: who asks does not answer ('Jamie Dawson KC asked her why …
# "I followed the guidance," she replied': the woman asked, not Dawson), nor does who tells one person
# something ('Mr Hill told Mr Fenn the plan was sound. "It will never work," he replied': tester 9, Hill
# at 0.81; 'Mr Hill told reporters …, he replied' is Hill answering them).
_ASKING = frozenset({"ask", "question", "press", "quiz"})
_TELLING = frozenset({"tell"})
_ANSWERING = frozenset({"reply", "answer", "respond", "retort"})


def asker(view: View, spk: Speaker, events: list[Event]) -> set[int]:
    """The entity uids that asked the question a he/she speaker mention's quote answers: when the
    quote's cue is a reply verb (`_ANSWERING`), the subjects of an asking verb (`_ASKING`, or a telling
    one with one person as its listener, `_tells_one`) in the
    sentence before the quote or in its own sentence before it, found by the events inside each
    subject's phrase ("Counsel to the inquiry, Jamie Dawson KC, asked her why …"); never the subject
    of a passive ("Blumenthal was asked …")."""
    if spk.pronoun is None or spk.pronoun.gender not in {"m", "f"} or view.cue_lemma(spk.quote) not in _ANSWERING:
        return set()
    reference = reference_offset(view, spk, spk.mention.span.start)
    sentence = view.sentence_at(reference)
    spans = []
    for index in range(max(sentence - 1, 0), sentence + 1):
        for token in view.doc.sentences[index].tokens:
            if token.upos != "VERB" or token.span.start >= reference or not (
                    lemma_lower(token) in _ASKING or (lemma_lower(token) in _TELLING and _tells_one(view, token))):
                continue
            kids = list(view.doc.children(token))
            if any(k.deprel in {"aux:pass", "nsubj:pass"} for k in kids):
                continue  # "Blumenthal was asked, '…' He answered": who is asked answers
            for subject in kids:
                if subject.deprel == "nsubj":
                    spans.append(view.span_of(sorted(view.doc.subtree(subject), key=lambda t: t.index)))
    return {e.uid for e in events if any(span.start <= e.offset < span.end for span in spans)}


def _tells_one(view: View, verb: Token) -> bool:
    """Whether a verb of telling has one person as its listener: a name with no determiner of its own
    or a singular "him"/"her", not 'reporters' or 'the BBC' whose question the teller may be answering."""
    return any(k.deprel in {"obj", "iobj"} and (_bare_name(view, k) or (
        k.upos == "PRON" and "Number=Sing" in k.feats and "Person=3" in k.feats)) for k in view.doc.children(verb))


def _bare_name(view: View, token: Token) -> bool:
    return token.upos == "PROPN" and not any(k.deprel == "det" for k in view.doc.children(token))


def reference_offset(view: View, spk: Speaker, offset: int) -> int:
    """Where the distance to a pronoun speaker mention's antecedents is measured from: the start of
    its quote when the quote comes first. A multi-paragraph quote closed by "she said" is one act of
    speech; its own paragraphs are no distance from who was named before it."""
    parts = view.quote_parts[spk.quote] if 0 <= spk.quote < len(view.quote_parts) else ()
    return min([offset, *(part.start for part in parts)])


def salience_only(
    view: View,
    spk: Speaker,
    offset: int,
    ents: dict[int, Ent],
    events: list[Event],
    links: dict[int, tuple[int | None, float]],
) -> bool:
    """Whether a he/she at `offset` would go to a person whose gender the text never showed while
    another such person is a candidate too (`_gender_unshown`): ask before the link teaches the
    winner its gender. The caller caps the link's confidence at `GENDER_UNSHOWN`."""
    if spk.pronoun is None:
        return False
    ranked, _, _ = ranked_candidates(view, spk, offset, ents, events, links)
    return _gender_unshown(spk.pronoun, ents, ranked)


def _gender_unshown(pronoun: Pronoun, ents: dict[int, Ent], ranked: list[tuple[int, float]]) -> bool:
    """A he/she whose winner has no gender the text showed, with another person among the candidates:
    one whose gender the text showed to be the pronoun's (it agrees for sure, the winner only maybe),
    or one of unshown gender at `_RIVAL` of the winner's salience or more. The choice is salience,
    not agreement."""
    if pronoun.gender not in {"m", "f"} or len(ranked) < 2 or ents[ranked[0][0]].gender:
        return False
    best = ranked[0][1]
    return any(ents[uid].type in PERSONISH and (ents[uid].gender == pronoun.gender or score >= _RIVAL * best)
               for uid, score in ranked[1:])


def candidate_scores(
    view: View,
    spk: Speaker,
    offset: int,
    ents: dict[int, Ent],
    events: list[Event],
    links: dict[int, tuple[int | None, float]],
    exclude: frozenset[int] = frozenset(),
) -> tuple[dict[int, float], dict[int, int]]:
    """Salience of every entity that agrees with the pronoun `spk` at `offset`, by entity uid, but
    those in `exclude`, and the last paragraph each was seen in (events decay by sentence and
    paragraph; see the module)."""
    pronoun = spk.pronoun
    scores: dict[int, float] = {}
    last_paragraph: dict[int, int] = {}
    if pronoun is None:
        return scores, last_paragraph
    excluded = _excluded(view, spk, offset, events, links) | exclude
    reference = reference_offset(view, spk, offset)
    sentence, paragraph = view.sentence_at(reference), view.paragraph_at(reference)
    for event in events:
        if event.offset >= offset or paragraph - event.paragraph > _PARAGRAPH_WINDOW or event.uid in excluded:
            continue
        fit = agreement(pronoun, ents[event.uid])
        if fit == 0.0:
            continue
        weight = event.weight * fit
        weight *= _SENTENCE_DECAY ** max(sentence - event.sentence, 0)
        weight *= _PARAGRAPH_DECAY ** max(paragraph - event.paragraph, 0)
        if spk.quote in event.quotes:
            weight *= _IN_OWN_QUOTE
        elif event.quotes:
            weight *= _IN_QUOTE
        scores[event.uid] = scores.get(event.uid, 0.0) + weight
        last_paragraph[event.uid] = max(last_paragraph.get(event.uid, -1), event.paragraph)
    return scores, last_paragraph


def _excluded(
    view: View, spk: Speaker, offset: int, events: list[Event], links: dict[int, tuple[int | None, float]]
) -> set[int | None]:
    """Entity uids that cannot be the pronoun speaker mention `spk`'s antecedent, whatever their salience."""
    # A pronoun inside a quote's content is never that quote's speaker; nor is anyone a direct quote's
    # own words name ('"Mr Ellison knows that figure is wrong," he said': not Ellison, whoever spoke
    # before). A report's paraphrase may name its speaker ("Trump said Trump would win"): less likely.
    excluded: set[int | None] = {links[qi][0] for qi in view.quotes_at(offset) - {spk.quote} if qi in links}
    if 0 <= spk.quote < len(view.quote_kinds) and view.quote_kinds[spk.quote] == "direct":
        excluded |= {event.uid for event in events if spk.quote in event.quotes}
    return excluded | asker(view, spk, events)


def sole_of_gender(
    view: View,
    spk: Speaker,
    offset: int,
    ents: dict[int, Ent],
    events: list[Event],
    links: dict[int, tuple[int | None, float]],
    exclude: frozenset[int] = frozenset(),
) -> int | None:
    """For a he/she speaker mention with no candidate in the paragraph window: the entity uid of the
    one person of that gender (the text's, else the first name's) named or heard anywhere before
    `offset`, outside the quote's own words, or None. 'Emma Richardson … "…," she said. … Okonjo said
    … he said. ⏎⏎ She said the plan would cost $12 million' is Richardson, three paragraphs back, the
    only woman in the article. The caller marks the link far."""
    pronoun = spk.pronoun
    if pronoun is None or pronoun.gender not in {"m", "f"} or spk.quote < 0:
        return None
    excluded = _excluded(view, spk, offset, events, links) | exclude
    fitting = {e.uid for e in events if e.offset < offset and e.uid not in excluded and not e.quotes
               and agreement(pronoun, ents[e.uid]) == 1.0
               and (ents[e.uid].gender or ents[e.uid].name_gender) == pronoun.gender}
    return next(iter(fitting)) if len(fitting) == 1 else None


def learn_from_pronoun(ent: Ent, pronoun: Pronoun) -> None:
    """A confident he/she link tells the entity's gender and that it is a person."""
    if pronoun.gender in {"m", "f"}:
        ent.gender = ent.gender or pronoun.gender
        if ent.type == "unknown":
            ent.type = "person"


def name_events(view: View, names: list[NameNP], clusters: list[int], speakers: list[Speaker]) -> list[Event]:
    """Every name mention is a candidate antecedent; subjects weigh more than other roles."""
    speaking = {s.name for s in speakers if s.name is not None}
    events: list[Event] = []
    for i, name in enumerate(names):
        if i in speaking:
            continue  # counted as a speaker event when its quote is linked
        anchor = name.anchor
        subject = clause_deprel(view, anchor) in SUBJECT_DEPRELS
        offset = name.mention.start
        events.append(Event(offset, anchor.sentence, view.paragraph_at(offset), clusters[i],
                            SUBJECT_WEIGHT if subject else OTHER_WEIGHT, view.quotes_at(offset), subject))
    return events
