"""The resolution pass: names clustered into entities, then every speaker mention linked in text
order, and the entities that speak returned with their mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Document, Entity, EntityType, Mention, Quote, Span
from .antecedents import named_bearer, role_candidates
from .closed_class import without_closed_class_speaker
from .confidence import (
    AGED,
    AMBIGUOUS_NAME,
    DEFINITE_WORD,
    FAR,
    FIRST_PERSON,
    GENDER_DOUBTED,
    NO_ANTECEDENT,
    NO_SPEAKER,
    ON_A_GUESS,
    PAIRED,
    PRONOUN,
    SALIENCE_ONLY,
    SPEAKERLESS,
    TIME_WORD,
    UNNAMED_ROLE,
    UNSPLIT_TITLE,
    Factors,
    product,
    step_with_factors,
)
from .context import View, first_word, lemma_lower, text_lower
from .descriptions import resolve_description, unroled_person
from .entity_types import cluster_names
from .family_names import with_coordinated_surnames, with_family_surnames
from .fellows import fellow_speakers
from .first_names import entity_name_gender
from .gender import apposed_name, bound_antecedent, gender_cues
from .lexicon import Lexicon, load_lexicon
from .mentions import RELATIVES, analyse_speaker, speaker_head
from .name_features import affiliation_of
from .names import find_names
from .nicknames import with_nicknames
from .noun_names import definite_word_only, surname_read_as_noun
from .party_labels import party_label
from .positional import aged_member, is_pair_word, pair_member
from .pronouns import SPEAKER_WEIGHT, learn_from_pronoun, name_events, resolve_pronoun, salience_only
from .records import Ent, Event, NameNP, Speaker
from .title_compounds import unsplit_titles, with_title_compounds


def resolve_speakers(doc: Document, quotes: Sequence[Quote]) -> tuple[list[Quote], list[Entity]]:
    """Link every quote's speaker mention to an entity and return the entities that speak.

    Returns the quotes in the same order (`entity_id` set, `confidence` multiplied by the factor of
    the rule that linked it) and the entities linked to at least one quote, with ids E1, E2, ... in
    order of first mention, every mention of their names in the document, the fullest proper name
    as `name` and the title or role they were introduced with as `description`. An unresolved
    pronoun keeps `entity_id=None`; an unresolved description becomes an entity of its own.
    """
    lex = load_lexicon()
    quotes = [without_closed_class_speaker(doc, q) for q in quotes]  # 'a', 'to' never speak
    view = View(doc, quotes)
    heads = [speaker_head(view, q.speaker) if q.speaker is not None else None for q in quotes]
    names = find_names(view, lex, frozenset(h.index for h in heads if h is not None))
    names = with_coordinated_surnames(view, lex, with_family_surnames(view, lex, with_nicknames(view, lex, names)))
    names = with_title_compounds(view, lex, names)
    clusters, ambiguous = cluster_names(names, lex)
    name_at: dict[int, int] = {}
    for i, name in enumerate(names):
        for token in (*name.run, name.anchor, *name.cut_title, *name.prefix):
            name_at.setdefault(token.index, i)
    speakers = [
        analyse_speaker(view, lex, qi, q.speaker, heads[qi], name_at)
        for qi, q in enumerate(quotes)
        if q.speaker is not None
    ]
    # "Karen Holt, …, and Rafael Diaz, …, told": one member of people the parse did not join speaks for all
    speakers = [fellow_speakers(view, lex, names, quotes[s.quote], s) or s for s in speakers]
    # "who"/"which" is never a speaker in the output: its antecedent speaks, or no one does.
    dropped = {s.quote for s in speakers if _bare_relative(s)}
    placed = _placed(view, speakers, names, clusters)
    unpaired = [s for s in speakers if s.quote in placed and placed[s.quote] is None]  # "the former", alone
    speakers = [replace(s, mention=_with_name(view, names, _without_opener(view, lex, s.mention), s))
                for s in speakers if s.quote not in dropped and s not in unpaired]
    mentions = {s.quote: s.mention for s in speakers}
    linker = _Linker(view, _name_entities(view, names, clusters), name_events(view, names, clusters, speakers))
    linker.unsplit = unsplit_titles(view, lex)
    taken = set(name_at) | {h.index for h in heads if h is not None}
    _add_role_candidates(linker, lex, taken, name_at)
    for spk in unpaired:
        linker.link(spk, None, (NO_ANTECEDENT,))  # no speaker, and the quote's confidence says so
    later = _link_self_evident(linker, lex, speakers, (names, clusters, ambiguous), placed)
    direct = {qi for qi, q in enumerate(quotes) if q.kind == "direct"}
    cues = list(gender_cues(view, lex, {h.index for h in heads if h is not None}, direct))
    entity_at = {index: clusters[i] for index, i in name_at.items()}
    _link_pronouns_and_descriptions(view, lex, linker, later, (cues, entity_at))
    speaking = [
        replace(q, speaker=mentions.get(qi)) if q.speaker is not None else q for qi, q in enumerate(quotes)
    ]
    linker.leave_speakerless([qi for qi, q in enumerate(quotes) if q.speaker is None], "speaker:none")
    linker.leave_speakerless(sorted(dropped), "speaker:relative")
    steps = linker.steps
    traced = [replace(q, trace=q.trace + (steps[qi],)) if qi in steps else q for qi, q in enumerate(speaking)]
    return finish(view, traced, linker.ents, linker.links, linker.ceilings)


def _add_role_candidates(linker: _Linker, lex: Lexicon, taken: set[int], name_at: dict[int, int]) -> None:
    """The role nouns of `antecedents.role_candidates` as salience events: of the named entity each
    refers back to (`named_bearer`: "The Prime Minister" after "Prime Minister Anthony Albanese",
    listed among that entity's mentions), else of an entity of its own."""
    for ent, event in role_candidates(linker.view, lex, taken, set(name_at), linker.next_uid):
        bearer = named_bearer(linker.view, lex, ent, linker.ents, name_at)
        if bearer is not None:
            bearer.described.extend(ent.described)
            linker.events.append(replace(event, uid=bearer.uid))
            continue
        linker.ents[ent.uid] = ent
        linker.events.append(event)
        linker.next_uid = ent.uid + 1


def _placed(view: View, speakers: list[Speaker], names: list[NameNP], clusters: list[int]) -> dict[int, int | None]:
    """Quote index -> entity uid of the descriptions that point back by place or age ("the former",
    "the 29-year-old"); None for "the former"/"the latter" with no pair named before."""
    placed: dict[int, int | None] = {}
    for spk in speakers:
        if is_pair_word(spk):
            placed[spk.quote] = pair_member(view, spk, names, clusters)
        elif spk.kind == "description":
            aged = aged_member(view, spk, names, clusters)
            if aged is not None:
                placed[spk.quote] = aged
    return placed


def _link_self_evident(linker: _Linker, lex: Lexicon, speakers: list[Speaker],
                       named: tuple[list[NameNP], list[int], set[int]], placed: dict[int, int | None]) -> list[Speaker]:
    """Pass 1: phrases that say who they are by themselves (names, groups, anonymous sources, a
    description `placed` by position or age) are linked; the pronouns and descriptions left for
    pass 2 are returned. `named`: the name phrases, the cluster of each, and the indices of the
    names whose cluster is doubtful."""
    names, clusters, ambiguous = named
    later: list[Speaker] = []
    # One anonymous or group speaker per head word: "said a witness, who added …" (the relative reads
    # as its antecedent) and two quotes of one mention are one person, not two.
    unnamed: dict[int, Ent] = {}
    for spk in speakers:
        uid = placed.get(spk.quote)
        if uid is not None:
            linker.link(spk, linker.ents[uid], (AGED if spk.word not in {"former", "latter"} else PAIRED,))
        elif spk.kind == "name" and spk.name is not None:
            factors: Factors = (AMBIGUOUS_NAME,) if spk.name in ambiguous else ()
            if definite_word_only(linker.view, linker.ents[clusters[spk.name]]):
                factors += (DEFINITE_WORD,)
            _learn_apposed_role(lex, linker.ents[clusters[spk.name]], spk, names[spk.name])
            linker.link(spk, linker.ents[clusters[spk.name]], factors)
        elif spk.kind in {"group", "anonymous"}:
            key = spk.head.index if spk.head is not None else -1 - spk.quote
            if key not in unnamed:
                unnamed[key] = linker.new_entity(spk, spk.type)
            linker.link(spk, unnamed[key], ())
        elif spk.kind in {"pronoun", "description"} and spk.head is not None:
            later.append(spk)
        else:
            linker.link(spk, None, (TIME_WORD,) if spk.word in lex.time_nouns else ())
    return later


def _learn_apposed_role(lex: Lexicon, ent: Ent, spk: Speaker, name: NameNP) -> None:
    """A speaker mention headed by a role noun that names a person set off by commas ("The Minister
    of Information …, Alhaji Mohammed Idris-Bello, has said"), which the name phrase did not take as
    its description (a parse that hung the name elsewhere): the person holds that role, so a later
    "the minister said" is them (`descriptions.resolve_description`)."""
    head = spk.head
    if head is None or head in name.run or head.index == name.anchor.index or head.upos not in {"NOUN", "PROPN"}:
        return
    word = lemma_lower(head)
    if lex.is_person_noun(word) and word not in lex.anonymous_nouns:
        ent.roles.add(word)


def _step(spk: Speaker, ent: Ent | None) -> str:
    """The trace step that says how a speaker mention was linked (registered in core/rules.py)."""
    if ent is None:
        return "speaker:unresolved"
    if spk.via:
        return f"speaker:{spk.via}"  # read through a document or a relative pronoun
    if spk.kind == "pronoun" and ent.described and not ent.names:
        return "speaker:role-noun"
    return f"speaker:{spk.kind}"


def _without_opener(view: View, lex: Lexicon, mention: Mention) -> Mention:
    """The mention without a capitalised sentence opener the attribution took along ("Later Hal
    Benton" -> "Hal Benton"), so the speaker's text is the name the entity carries."""
    inside = view.doc.tokens_in(mention.span)
    if len(inside) < 2 or inside[0].index != first_word(view, inside[0]):
        return mention
    opener = text_lower(inside[0])
    if opener not in lex.sentence_openers and opener not in lex.time_nouns:
        return mention
    rest = inside[1:]
    while rest and rest[0].upos == "PUNCT":
        rest = rest[1:]
    if not rest:
        return mention
    span = Span(rest[0].span.start, mention.span.end)
    return replace(mention, span=span, text=view.doc.text[span.start : span.end])


def _with_name(view: View, names: list[NameNP], mention: Mention, spk: Speaker) -> Mention:
    """The mention stretched over the name it stands for when the attribution took part of it ("said
    union leader Frank Ruiz" -> "union leader Frank Ruiz"; "according to the Bureau of Labor
    Statistics" -> the whole name; "State Madeleine Albright" -> the title compound "Former Secretary
    of State Madeleine Albright"), so the speaker's text names the person: only a name phrase that
    overlaps or directly follows the mention in its sentence, never into a quote's content."""
    if spk.kind != "name" or spk.name is None or spk.via:
        return mention
    name = names[spk.name].mention
    span = mention.span
    if names[spk.name].prefix and name.overlaps(span) and name.start < span.start:
        span = Span(name.start, span.end)  # a title compound, whose first words the attribution left out
    if name.end > span.end:
        gap = view.doc.text[span.end : name.start] if name.start > span.end else ""
        same_sentence = view.sentence_at(name.start) == view.sentence_at(span.start)
        if name.start >= span.start and not gap.strip() and same_sentence:
            span = Span(span.start, name.end)
    if span == mention.span or any(view.quotes_at(t.span.start) for t in view.doc.tokens_in(span)):
        return mention
    return replace(mention, span=span, text=view.doc.text[span.start : span.end])


def _bare_relative(spk: Speaker) -> bool:
    """A relative pronoun whose antecedent was not found."""
    return spk.relative is None and spk.kind == "pronoun" and spk.head is not None and (
        text_lower(spk.head) in RELATIVES
    )


def _link_pronouns_and_descriptions(
    view: View, lex: Lexicon, linker: _Linker, later: list[Speaker], gender: tuple[list[Speaker], dict[int, int]]
) -> None:
    """Pass 2: pronouns and descriptions in text order; those inside another quote's content go
    last so that the quote around them already has its speaker to exclude. The gender `cues` (he/she
    pronouns that are no speaker, with the entity uid of each name token) before each mention are
    resolved first, only to learn gender."""
    later.sort(key=lambda s: (bool(view.quotes_at(s.mention.span.start) - {s.quote}), s.mention.span.start))
    cues, entity_at = gender
    pending = list(reversed(cues))
    for spk in later:
        offset = spk.mention.span.start
        while pending and pending[-1].mention.span.start < offset:
            _learn_gender(view, lex, linker, pending.pop(), entity_at)
        if spk.kind == "pronoun":
            antecedent, factors = resolve_pronoun(view, spk, offset, linker.ents, linker.events, linker.links)
            guess = antecedent is not None and salience_only(view, spk, offset, linker.ents, linker.events,
                                                            linker.links)
            if antecedent is not None and spk.pronoun is not None and _doubted(
                antecedent, spk.pronoun.gender, view.sentence_at(offset)
            ):
                factors += (GENDER_DOUBTED,)
            if antecedent is not None and product(factors) >= PRONOUN and spk.pronoun is not None:
                learn_from_pronoun(antecedent, spk.pronoun)
            if antecedent is not None and antecedent.described and not antecedent.names:
                factors += (UNNAMED_ROLE,)  # an unnamed role: who it is stays open
            if guess:
                factors += (SALIENCE_ONLY,)
            if antecedent is not None and linker.rides_on_guess(antecedent, offset):
                factors += (ON_A_GUESS,)
            linker.link(spk, antecedent, factors)
        elif (named := surname_read_as_noun(view, spk, linker.ents)) is not None:
            linker.link(replace(spk, kind="name"), named, ())
        else:
            found, factors = resolve_description(spk, offset, linker.ents, lex)
            if found is None:
                paragraph = view.paragraph_at(spk.mention.span.start)
                since = view.doc.paragraphs[paragraph - 1].start if paragraph > 0 else 0
                found, factors = unroled_person(spk, offset, since, linker.ents)
            linker.link(spk, found if found is not None else linker.new_entity(spk, spk.type), factors)


def _learn_gender(view: View, lex: Lexicon, linker: _Linker, cue: Speaker, entity_at: dict[int, int]) -> None:
    """A he/she that is no speaker tells gender. Bound by the syntax ("Dr. Sarah Ng and her
    colleague", "Price asked herself") it sets the entity's gender; on a person noun in apposition
    to a name ("Ann Cole, his rival") it is someone else than that name, and a clear winner among the
    others gets its gender ("Bob Hunt said … Ann Cole, his rival": Hunt is male); resolved by salience alone, which
    is often wrong about such pronouns, it only leaves a hint on an entity named in its own sentence
    ("Price thanked Nolan for his time"), which lowers the confidence of a link of the other gender
    in that or the next sentence."""
    if cue.pronoun is None or cue.head is None:
        return
    bound = bound_antecedent(view, cue.head)
    if bound is not None:
        if bound.index in entity_at:
            learn_from_pronoun(linker.ents[entity_at[bound.index]], cue.pronoun)
        return
    offset = cue.mention.span.start
    apposed = apposed_name(view, lex, cue.head, set(entity_at))
    if apposed is not None:
        other, factors = resolve_pronoun(view, cue, offset, linker.ents, linker.events, linker.links,
                                         frozenset({entity_at[apposed.index]}))
        if other is not None and product(factors) >= PRONOUN:
            learn_from_pronoun(other, cue.pronoun)
        return
    antecedent, factors = resolve_pronoun(view, cue, offset, linker.ents, linker.events, linker.links)
    sentence = view.sentence_at(offset)
    if antecedent is not None and product(factors) >= PRONOUN and any(
        e.uid == antecedent.uid and e.sentence == sentence for e in linker.events
    ):
        antecedent.hints.add((cue.pronoun.gender, sentence))


def _doubted(ent: Ent, gender: str, sentence: int) -> bool:
    """Whether a he/she link to `ent` in `sentence` goes against a hint of the other gender left in
    that or the sentence before, on an entity whose gender is not known."""
    return gender in {"m", "f"} and not ent.gender and any(
        g != gender and sentence - 1 <= at <= sentence for g, at in ent.hints
    )


def _name_entities(view: View, names: list[NameNP], clusters: list[int]) -> dict[int, Ent]:
    """One entity per cluster of name phrases, its name, type and description settled."""
    ents: dict[int, Ent] = {}
    for i, name in enumerate(names):
        ent = ents.get(clusters[i])
        if ent is None:
            ent = ents[clusters[i]] = Ent(uid=clusters[i], type=name.type, name="")
        ent.names.append(name)
    for ent in ents.values():
        settle_names(view, ent)
        ent.name_gender = entity_name_gender(ent)
        ent.party_labels = sorted({label for n in ent.names if (label := party_label(view.doc.text, n.mention))})
        # "Sen. Patty Murray, D-Wash.": a Democrat, whom "the Washington Democrat" may refer back to
        ent.roles |= {label.split()[-1].lower() for label in ent.party_labels}
        ent.description = ent.description or next(iter(ent.party_labels), "")
    return ents


class _Linker:
    """The entities, salience events and quote links as resolution goes through the speakers."""

    def __init__(self, view: View, ents: dict[int, Ent], events: list[Event]) -> None:
        self.view = view
        self.ents = ents
        self.events = events
        self.links: dict[int, tuple[int | None, float]] = {}  # quote index -> (entity uid, factor)
        self.steps: dict[int, str] = {}  # quote index -> the speaker step for its trace, with its factors
        # quote index -> a ceiling on the quote's final confidence, rule and factors together: a quote
        # that ends with no speaker (`SPEAKERLESS`)
        self.ceilings: dict[int, float] = {}
        self.next_uid = len(ents)
        self.unsplit: frozenset[int] = frozenset()  # heads of title phrases whose holder may be lost
        # entity uid -> offsets of its pronoun links made while its gender was unshown and it was last
        # seen paragraphs back (rare: the events are scanned only for such an entity)
        self.guesses: dict[int, set[int]] = {}

    def rides_on_guess(self, ent: Ent, offset: int) -> bool:
        """Whether `ent` was last seen before `offset` as the speaker of a far pronoun link (`guesses`)."""
        if ent.uid not in self.guesses:
            return False
        last = max((e.offset for e in self.events if e.uid == ent.uid and e.offset < offset), default=None)
        return last in self.guesses[ent.uid]

    def new_entity(self, spk: Speaker, etype: EntityType) -> Ent:
        ent = Ent(uid=self.next_uid, type=etype, name=spk.label, plural=spk.plural, head_word=spk.word,
                  document=spk.document)
        ent.roles |= spk.features.roles
        ent.affiliations |= spk.features.affiliations
        ent.gender = spk.features.gender
        self.ents[self.next_uid] = ent
        self.next_uid += 1
        return ent

    def leave_speakerless(self, quotes: list[int], step: str) -> None:
        """Quotes (indices) that have no speaker mention to link: their confidence is capped at
        `SPEAKERLESS`, and `step` says why in the trace."""
        for qi in quotes:
            self.links[qi] = (None, 1.0)
            self.ceilings[qi] = SPEAKERLESS
            self.steps[qi] = step_with_factors(step, (NO_SPEAKER,))

    def link(self, spk: Speaker, ent: Ent | None, factors: Factors) -> None:
        """Record the link (None: unresolved) with the confidence factors it applies, in the order
        applied, and its trace step; a linked speaker becomes the most salient kind of event for pronouns."""
        if spk.head is not None and spk.head.index in self.unsplit:
            factors += (UNSPLIT_TITLE,)
        self.links[spk.quote] = (None if ent is None else ent.uid, product(factors))
        if ent is None and FIRST_PERSON not in factors:
            # (a bare "I" or "we" in narration is the writer or the outlet, which the reader knows:
            # the mention itself is the answer)
            self.ceilings[spk.quote] = SPEAKERLESS
            factors += (NO_SPEAKER,)
        self.steps[spk.quote] = step_with_factors(_step(spk, ent), factors)
        if ent is None:
            return
        ent.spoken.append((spk.quote, mention_for(self.view, spk)))
        offset = spk.mention.span.start
        if spk.kind == "pronoun" and FAR in factors and not (ent.gender or ent.name_gender):
            self.guesses.setdefault(ent.uid, set()).add(offset)
        view = self.view
        self.events.append(
            Event(offset, view.sentence_at(offset), view.paragraph_at(offset), ent.uid, SPEAKER_WEIGHT,
                  view.quotes_at(offset), subject=True)
        )


def settle_names(view: View, ent: Ent) -> None:
    ent.names.sort(key=lambda n: n.mention.start)
    fullest = max(ent.names, key=lambda n: (n.tokens_count, len(n.display), -n.mention.start))
    ent.name = fullest.display
    # The type of the full name decides ("Valeska Paris" is a person even if "Paris" is a city);
    # a bare full name with no evidence takes the best evidence of the short forms.
    strongest = max((n for n in ent.names if n.key == fullest.key), key=lambda n: n.strength)
    if strongest.type == "unknown":
        strongest = max(ent.names, key=lambda n: n.strength)
    ent.type = strongest.type
    ent.description = next((n.description for n in ent.names if n.description), "")
    for name in ent.names:
        ent.roles |= name.features.roles
        if ent.type == "organization":
            # "Ministry of Defence" is a ministry: "the ministry" may refer back to it.
            ent.roles |= {text_lower(t) for t in name.run if text_lower(t) in load_lexicon().org_classes}
            if text_lower(name.run[-1]) in load_lexicon().company_suffixes:
                ent.roles.add("company")  # "Halcyon Corp." is what "the company" refers to
        ent.affiliations |= name.features.affiliations
        ent.gender = ent.gender or name.features.gender
    if ent.type in {"organization", "place"}:
        # An institution or place stands for its country ("Kremlin" -> Russia).
        ent.affiliations |= affiliation_of(" ".join(fullest.key), load_lexicon())


def mention_for(view: View, spk: Speaker) -> Mention:
    span = spk.mention.span
    text = view.doc.text[span.start : span.end]
    if spk.relative is not None:
        return Mention(span=span, text=text, kind="pronoun", head=spk.relative.index)
    head = spk.head.index if spk.head is not None else spk.mention.head
    return Mention(span=span, text=text, kind=spk.kind, head=head)


def finish(
    view: View, quotes: Sequence[Quote], ents: dict[int, Ent], links: dict[int, tuple[int | None, float]],
    ceilings: dict[int, float] | None = None,
) -> tuple[list[Quote], list[Entity]]:
    """The quotes with their entity ids and final confidence (the rule's, times the link's factor,
    at most the quote's entry in `ceilings`), and the entities that speak, numbered E1… in order of
    first mention."""
    speaking = [ent for ent in ents.values() if ent.spoken]
    built: list[tuple[int, Ent, list[Mention]]] = []
    for ent in speaking:
        spoken = [m for _, m in ent.spoken]
        mentions = {m.span: m for m in [*spoken, *ent.described]}
        for name in ent.names:
            if not any(name.mention.overlaps(m.span) for m in spoken):
                span = name.mention
                mentions.setdefault(
                    span, Mention(span, view.doc.text[span.start : span.end], "name", name.run[-1].index)
                )
        ordered = sorted(mentions.values(), key=lambda m: (m.span.start, m.span.end))
        built.append((ordered[0].span.start, ent, ordered))
    built.sort(key=lambda item: (item[0], item[1].uid))
    ids = {ent.uid: f"E{i}" for i, (_, ent, _) in enumerate(built, start=1)}
    entities = [
        Entity(id=ids[ent.uid], name=ent.name, type=ent.type, mentions=tuple(mentions), description=ent.description)
        for _, ent, mentions in built
    ]
    out: list[Quote] = []
    for qi, quote in enumerate(quotes):
        uid, factor = links.get(qi, (None, 1.0))
        confidence = min(max(quote.confidence * factor, 0.0), 1.0, (ceilings or {}).get(qi, 1.0))
        out.append(replace(quote, entity_id=ids.get(uid) if uid is not None else None, confidence=confidence))
    return out, entities
