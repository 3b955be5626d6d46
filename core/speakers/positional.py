"""Descriptions that point back at a person by place or age instead of role: "the former" and "the
latter" (the first and the second of the last two people named), "the 29-year-old" (the one person
named with that age: "Ed Lamb, 29,", "Ed Lamb, aged 29", "29-year-old Ed Lamb")."""

from __future__ import annotations

import re

from ..parenthetical import parenthetical_subject
from .context import View
from .records import NameNP, Speaker

# Which of a pair each word picks.
_PAIR_WORDS = {"former": 0, "latter": 1}
# How far back the pair may be named: the description's own sentence and the one before it ("Ms Kara
# Obi and Mr Lee Tan addressed the meeting. The former said …; the latter said …").
PAIR_SENTENCES = 1
_PAIR_TYPES = frozenset({"person", "organization", "group", "unknown"})

_POSSESSIVE = re.compile(r"['\u2019]s?(?![A-Za-z])")
_PAIR_TEXT = re.compile(r"\bthe\s+(?:former|latter)\b", re.IGNORECASE)
_AGE_DESCRIPTION = re.compile(r"^(?:the|this)\s+(\d{1,3})-year-old$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*,\s*(?:aged\s+)?(\d{1,3})\s*(?=[,.;)]|$)|^\s*\((\d{1,3})\)")
_AGE_IN_FRONT = re.compile(r"\b(\d{1,3})-year-old\b")
# "29-year-old goalkeeper Ed Lamb": the age, then at most two lower-case words, right before the name
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")
_AGE_REACH = 40  # characters before a name in which "N-year-old" and its role words stand


def is_pair_word(spk: Speaker) -> bool:
    """"the former", "the latter" as the whole mention (not "the former mayor")."""
    return spk.kind == "description" and spk.word in _PAIR_WORDS and spk.mention.text.lower().startswith("the ")


def pair_member(view: View, spk: Speaker, names: list[NameNP], clusters: list[int]) -> int | None:
    """The cluster (entity uid) "the former" or "the latter" at `spk` refers to: of the distinct
    entities last named before it in its sentence or the `PAIR_SENTENCES` before, ordered by that last
    mention, the second last ("the former") or the last ("the latter"). People come first: with two
    or more named, only people count, so the company, party or channel next to them ("Toyota's Akio
    Toyoda", "Sara Malik of the PTI … on Geo TV") is no member; with no person named, two
    organisations pair ("Acme Corp. and Bolt Ltd."); one person among others is no pair, unless a name of
    unknown type is joined to that person by a conjunction ("Ruth Kane and Haddad": `_joined_to_a_person`). A possessor
    ("Arsenal's Declan Price") never counts, nor a name inside the words `spk` itself reports, or
    before it in a reporting clause set inside those words ("Mr Khan, the latter said, was…": Khan is
    who the latter spoke of, whether or not the content holds him). Names in the narration pair first: a
    name inside another quote's words, or before its speaker in such a clause ("Mr Johnson, the former
    said, is…, while the latter said"), counts only when the narration names no pair. None with no
    pair: the words then name no one."""
    offset = spk.mention.span.start
    sentence = _pair_start(view, view.sentence_at(offset))
    fronted = [_fronted_words(view, qi) for qi in range(len(view.quote_cues))]
    own = fronted[spk.quote] if 0 <= spk.quote < len(fronted) else None

    def within(start: int, region: tuple[int, int] | None) -> bool:
        return region is not None and region[0] <= start < region[1]

    reached = [i for i, name in enumerate(names)
               if name.mention.start < offset and name.type in _PAIR_TYPES and not _possessor(view, name)
               and sentence - view.sentence_at(name.mention.start) <= PAIR_SENTENCES
               and spk.quote not in view.quotes_at(name.mention.start) and not within(name.mention.start, own)]
    narrated = [i for i in reached if not view.quotes_at(names[i].mention.start)
                and not any(within(names[i].mention.start, region) for region in fronted)]
    member = _pair_of(view, spk, names, clusters, narrated)
    return member if member is not None or narrated == reached else _pair_of(view, spk, names, clusters, reached)


def _fronted_words(view: View, quote: int) -> tuple[int, int] | None:
    """The offsets (start, end) of the words before the speaker when quote `quote`'s cue is a reporting
    clause set inside its content ('Mr Khan, the latter said, was…': 'Mr Khan', the content's subject,
    whether or not the content holds it; `parenthetical_subject`), else None."""
    cue = view.quote_cues[quote]
    verbs = [t for t in view.doc.tokens_in(cue) if t.upos != "PUNCT"] if cue is not None else []
    if not verbs:
        return None
    subjects = [c for c in view.doc.children(verbs[0]) if c.deprel in ("nsubj", "nsubj:pass")]
    speaker = parenthetical_subject(view.doc, verbs[0], subjects)
    if speaker is None:
        return None
    return view.doc.sentences[speaker.sentence].span.start, view.doc.subtree(speaker)[0].span.start


def _pair_of(view: View, spk: Speaker, names: list[NameNP], clusters: list[int], reached: list[int]) -> int | None:
    """`pair_member`'s choice among the names `reached` (indices into `names`, in text order)."""
    last: dict[int, int] = {}  # cluster -> start of its last name before the mention
    people: set[int] = set()
    for i in reached:
        last[clusters[i]] = max(last.get(clusters[i], -1), names[i].mention.start)
        if names[i].type == "person":
            people.add(clusters[i])
    if len(people) == 1:
        people |= _joined_to_a_person(view, [names[i] for i in reached], [clusters[i] for i in reached], people)
    if len(people) >= 2:
        last = {c: start for c, start in last.items() if c in people}
    elif people:
        return None
    if len(last) < 2:
        return None
    pair = sorted(last, key=lambda c: last[c])[-2:]
    # 'Wong met Wang Yi and Kamikawa. The former said…': a pair word after three named together picks
    # none of them, where the last two would be a guess (tester 13: Wang Yi at 0.86, the writer meant Wong)
    latest = view.sentence_at(last[pair[-1]])
    if len({c for c, start in last.items() if view.sentence_at(start) == latest}) >= 3:
        return None
    return pair[_PAIR_WORDS[spk.word]]


def _joined_to_a_person(view: View, names: list[NameNP], clusters: list[int], people: set[int]) -> set[int]:
    """The clusters of names of unknown type that a conjunction joins to a person's name ("Ruth Kane and
    Haddad spoke", or "Omar" of "Ruth Kane and Omar Said" when a parser read "Said" as the verb): two
    named side by side as the subject of one verb are the pair "the former" and "the latter" pick from,
    and a one-word name of unknown type there is a person's, not an organisation's."""
    person_tokens = {t.index for name, c in zip(names, clusters, strict=True) if c in people for t in name.run}
    joined: set[int] = set()
    for name, cluster in zip(names, clusters, strict=True):
        if name.type != "unknown":
            continue
        anchor = name.anchor
        if (anchor.deprel == "conj" and anchor.head in person_tokens) or any(
                c.deprel == "conj" and c.index in person_tokens for c in view.doc.children(anchor)):
            joined.add(cluster)
    return joined


def _pair_start(view: View, sentence: int) -> int:
    """The sentence the reach back starts from: a sentence right before that speaks of the pair itself
    ("The former said prices would rise. The latter said …") belongs to it, so the reach starts there."""
    for _ in range(PAIR_SENTENCES + 1):
        if sentence == 0:
            break
        before = view.doc.sentences[sentence - 1].span
        if _PAIR_TEXT.search(view.doc.text, before.start, before.end) is None:
            break
        sentence -= 1
    return sentence


def _possessor(view: View, name: NameNP) -> bool:
    """ "Arsenal's" in "Arsenal's Declan Price": the name owns the next one and is not named for itself."""
    return _POSSESSIVE.match(view.doc.text, name.run[-1].span.end) is not None


def aged_member(view: View, spk: Speaker, names: list[NameNP], clusters: list[int]) -> int | None:
    """The cluster of the one person named before `spk` with the age "the N-year-old" gives: right
    after the name in commas or brackets ("Ed Lamb, 29,", "Ed Lamb, aged 29", "Ed Lamb (29)") or in
    front of it ("29-year-old Ed Lamb", "29-year-old goalkeeper Ed Lamb"). None when no one, or more
    than one, was named with it."""
    wanted = _AGE_DESCRIPTION.match(spk.mention.text.strip())
    if wanted is None:
        return None
    offset = spk.mention.span.start
    found = {clusters[i] for i, name in enumerate(names)
             if name.mention.start < offset and wanted.group(1) in _ages(view, name)}
    return found.pop() if len(found) == 1 else None


def _ages(view: View, name: NameNP) -> set[str]:
    text = view.doc.text
    after = _AGE_AFTER.match(text[name.mention.end : name.mention.end + 16])
    ages = {g for g in after.groups() if g} if after else set()
    before = _AGE_BEFORE.search(text[max(name.mention.start - _AGE_REACH, 0) : name.mention.start])
    if before is not None:
        ages.add(before.group(1))
    return ages | set(_AGE_IN_FRONT.findall(text[name.mention.start : name.mention.end]))
