"""The hand-made table that types a cue key as speech, thought or evidence."""

from __future__ import annotations

from ..model import CueType
from ..wordlists import word_set
from .keys import _PARTICLES, _PREPOSITIONS

_THOUGHT = word_set(
    """
    think believe feel hope fear expect worry want wish know consider assume suspect doubt guess
    suppose imagine wonder reckon figure realize realise understand recognize remember forget
    like love hate dislike prefer favor favour support oppose trust distrust view regard see
    intend plan aim desire dream pray dread care envision anticipate decide learn notice sense
    perceive deem mind fret seek ponder
    glad eager confident sure certain convinced aware unaware afraid worried concerned hopeful
    optimistic pessimistic skeptical sceptical wary happy proud upset angry keen determined
    anxious nervous reluctant willing unwilling unsure uncertain sick hungry
    opinion belief view concern fear hope worry mind eye eyes estimation judgment to for
    """
)


_EVIDENCE = word_set(
    """
    show find suggest indicate reveal demonstrate prove imply signal seem appear estimate project
    poll polls survey study data evidence analysis rank measure tally record document
    exit results figures numbers in by
    """
)


# Keys whose head alone would mislead: "known as" names something, it reports no knowledge.
_SPEECH_KEYS = frozenset({"know_as"})


def seed_cue_type(lemma: str) -> CueType:
    """Speech, thought or evidence for a cue key ("think" -> thought, "show" -> evidence as in
    "polls show", anything unknown -> speech).

    The whole key is looked up first, then its head; a key headed by a preposition ("in a poll",
    "in a statement", "in his view") takes the type of its last word instead, since the
    preposition says nothing about the kind of report.
    """
    words = lemma.strip().lower().split("_")
    key = "_".join(words)
    if key in _SPEECH_KEYS:
        return "speech"
    candidates = [key]
    nouns = [w for w in words[1:] if w not in _PARTICLES]
    candidates.append(nouns[-1] if nouns and words[0] in _PREPOSITIONS else words[0])
    for candidate in candidates:
        if candidate in _THOUGHT:
            return "thought"
        if candidate in _EVIDENCE:
            return "evidence"
    return "speech"
