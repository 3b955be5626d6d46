"""The records speaker resolution passes between its steps: name phrases, entities being built,
salience events and analysed speaker mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EntityType, Mention, MentionKind, Span, Token
from .lexicon import Pronoun


@dataclass(frozen=True, slots=True)
class Features:
    roles: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    gender: str = ""


@dataclass(frozen=True, slots=True)
class NameNP:
    run: tuple[Token, ...]  # the proper name itself ("Vladimir Putin")
    anchor: Token  # the token whose deprel says what the phrase does in the sentence
    mention: Span  # the phrase with its left modifiers ("Russian President Vladimir Putin")
    key: tuple[str, ...]  # canonical lower-case name ("united", "kingdom" for "UK")
    display: str  # the name as written, without a possessive 's
    description: str
    features: Features
    type: EntityType
    strength: int  # how sure the type is: 3 lists, 2 titles/roles, 1 shape, 0 nothing
    # an abbreviated title the sentence splitter cut off before the name ('Capt' '.' | 'Jose Rivera')
    cut_title: tuple[Token, ...] = ()
    # the titles, organisations and roles piled before the name ('Secretary of State' before 'Marco
    # Rubio'), any of which a parse may make the speaker's head (title_compounds)
    prefix: tuple[Token, ...] = ()

    @property
    def tokens_count(self) -> int:
        return len(self.key)


@dataclass(slots=True)
class Ent:
    uid: int
    type: EntityType
    name: str
    description: str = ""
    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    gender: str = ""
    # the gender a first-name dictionary gives the name ("Linda Torres": f; core/speakers/first_names.py):
    # it rules the other pronoun out but is not the text's evidence (`gender`)
    name_gender: str = ""
    # (gender, sentence) of non-speaker pronouns that clearly but not surely went to it ("for his
    # time"): too weak to rule the other gender out, enough to doubt it nearby
    hints: set[tuple[str, int]] = field(default_factory=set)
    plural: bool = False
    head_word: str = ""  # head noun of an anonymous or description entity ("source")
    names: list[NameNP] = field(default_factory=list)
    spoken: list[tuple[int, Mention]] = field(default_factory=list)  # (quote index, speaker mention)
    # Mentions that are neither names nor speakers ("The caretaker" that a later "He" refers to);
    # listed in the output, not used to find the entity again.
    described: list[Mention] = field(default_factory=list)
    document: bool = False  # a statement, report or post standing as its own anonymous source
    # US wire copy's party-and-state labels after the name ("Washington Democrat" for ", D-Wash.")
    party_labels: list[str] = field(default_factory=list)

    def positions(self) -> list[int]:
        return sorted([n.mention.start for n in self.names] + [m.span.start for _, m in self.spoken])

    def last_before(self, offset: int) -> int | None:
        before = [p for p in self.positions() if p < offset]
        return before[-1] if before else None

    def spoke_before(self, offset: int) -> int | None:
        before = [m.span.start for _, m in self.spoken if m.span.start < offset]
        return max(before) if before else None


@dataclass(frozen=True, slots=True)
class Event:
    """One earlier mention of an entity, as seen by pronoun resolution."""

    offset: int
    sentence: int
    paragraph: int
    uid: int
    weight: float
    quotes: frozenset[int]  # quotes whose content holds this mention
    # the subject of its clause, or a speaker: what `pronouns.previous_subject` may promote ('The
    # judge disagreed. "…," she said'), whatever its weight (a role noun's subject weighs what a
    # name's object does)
    subject: bool = False


@dataclass(frozen=True, slots=True)
class Speaker:
    quote: int
    mention: Mention
    kind: MentionKind
    head: Token | None
    name: int | None = None  # index into the name phrases
    pronoun: Pronoun | None = None
    word: str = ""  # head lemma of a description, anonymous or group phrase
    features: Features = Features()
    plural: bool = False
    type: EntityType = "unknown"
    label: str = ""  # name for a new entity made from this mention
    relative: Token | None = None  # "who" standing for its antecedent, which was analysed instead
    document: bool = False  # a document with no named issuer ("the report said")
    via: str = ""  # "document" or "relative": the mention was read through a document or a relative
