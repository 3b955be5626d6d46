"""The rule registry: every rule that creates a quote and every step that changes one, with its id,
family, priority, base confidence and a one-line description. Each has an example (a hand-built
document and the quote it must give) in `data/rule_examples.txt`; `tests/test_registry.py` runs every
example and checks that it fires its rule, so a rule no example pins cannot exist.

- A *rule* (`RuleId`) creates a quote and names it in `Quote.rule`; it is emitted from one place only.
- A *step* (`StepId`) changes a quote after its rule fired (a merge, a content boundary, a speaker
  link); each one appends its id to `Quote.trace`, after the rule's own id.
- Families: `direct` (quotes in marks, `quotes/direct/`), `reported` (reported speech,
  `quotes/indirect/`), `merge` (`quotes/merge.py`), `boundary` (content boundaries), `speaker`
  (`speakers.py`), and `model`: a trained attribution model, a source that is not a rule, whose
  quotes carry the id `model` and its own confidence.
- The trained model plugs in as one more reported-speech finder: an entry `(("model",), finder)` in
  `quotes/indirect/FINDERS` whose `Attribution`s carry rule `model` and their own `confidence`; its
  priority below decides which cues it may claim before the rules, and the policy, merge and speaker
  steps then trace its quotes as any rule's.
- Priority: lower runs first. Direct-quote finders (`quotes/direct/dispatch.py`) and reported-speech
  finders (`quotes/indirect/__init__.py`) are registered against their rule ids and run in this order:
  the first to claim a quote or a cue keeps it; rules read by one finder share its priority. Both
  dispatchers take a registry (default: this one), so a test can reorder them.
  Steps are listed in the order they are applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, get_args

RuleId = Literal[
    # direct quotes (quotes/direct/)
    "speaker-turn", "interview-question", "interview-answer", "quote-then-cue", "cue-then-quote", "quote-dash-name",
    "speaker-colon", "split",
    "split-second-cue", "split-resumed", "continuation", "after-report", "after-subject", "intro-colon",
    # reported speech (quotes/indirect/)
    "cue-naming", "cue-as-predicate", "cue-complement", "cue-object", "cue-postposed", "cue-parenthetical",
    "according-to",
    "cue-colon", "surface-postposed", "surface-that", "surface-participle", "surface-coordinated", "coordinated-report",
    "name-colon",
    "surface-as", "in-source",
    "cue-topic", "cue-passive", "cue-nominal",
    # the merge step (quotes/merge.py)
    "unattributed",
    # not a rule: a trained attribution model
    "model",
]
StepId = Literal[
    "merge:inherit-speaker", "merge:clause-subject", "merge:expletive-speaker", "merge:through-open-quote",
    "merge:mixed", "merge:standalone-continues",
    "boundary:main-clause", "boundary:addressee-or-time", "boundary:next-report", "boundary:coordinated-clause",
    "boundary:reporting-setting",
    "boundary:trailing-aside", "boundary:sibling-report", "boundary:headline", "boundary:earlier-report",
    "boundary:coordinated-report",
    "speaker:name", "speaker:pronoun", "speaker:description", "speaker:group", "speaker:anonymous",
    "speaker:unresolved", "speaker:role-noun", "speaker:document", "speaker:relative", "speaker:closed-class",
    "speaker:none",
    # the trained attribution model's assembly and the hybrid's choices (core/attribution/)
    "model:source-parse", "model:passive-listener", "model:quoted-person", "model:withheld",
    "hybrid:model-added", "hybrid:model-over-rule", "hybrid:rule-over-model", "hybrid:rule-speaker",
    # the last merge step, over every quote whatever found it (quotes/crossing.py)
    "merge:other-attribution", "merge:topic-only",
]
Family = Literal["direct", "reported", "merge", "boundary", "speaker", "model"]

RULE_IDS: frozenset[str] = frozenset(get_args(RuleId))
STEP_IDS: frozenset[str] = frozenset(get_args(StepId))


@dataclass(frozen=True, slots=True)
class Rule:
    """One registry entry.

    `confidence` is the base confidence of a quote the rule creates, in [0, 1]; for reported speech
    the merge step adds `REPORTED_PRIOR_WEIGHT` times the cue's prior (`CueLexicon.prior`), capped at
    `REPORTED_MAX_CONFIDENCE`. None for steps and for the model, whose quotes carry its probability.
    `surface_reading`: a reading off the word sequence, skipped for a cue whose sentence a parse-based
    rule already read. `shares_speaker`: the rule finds no speaker of its own; the merge step gives it
    the speaker of the report before it in the sentence.
    `reporting_clause`: where a direct-quote rule finds the reporting clause (a cue verb and its
    speaker) beside its quotation: 'after' ('"A," Tester said'), 'before' ('He said, "B"'); None when
    its cue is no such clause (a colon, a dash) or it has no cue of its own. `split-second-cue` joins a
    quote whose clause stands after it to the next one whose clause stands before it.
    `headline_form`: the rule reads a line shaped as a headline ('Pat Caddell: …'), so its base
    confidence already prices that; a report it finds in a Title Case headline keeps it
    (`boundary:headline` downgrades every other rule's). `speaker_from_context`: the speaker is a
    guess from the sentence before the quote, not a cue beside it; the merge step may still make the
    quote go on with a report right before it."""

    id: str
    family: Family
    priority: int
    confidence: float | None
    description: str
    surface_reading: bool = False
    shares_speaker: bool = False
    reporting_clause: Literal["before", "after"] | None = None
    headline_form: bool = False
    speaker_from_context: bool = False


REPORTED_PRIOR_WEIGHT = 0.3
REPORTED_MAX_CONFIDENCE = 0.95

_REGISTRY: tuple[Rule, ...] = (
    # direct: quotes/direct/dispatch.py runs the claim finders in this order (a transcript turn, the cue
    # after the quote, before it, a dash, a name and colon), then the linking finders
    Rule("speaker-turn", "direct", 5, 0.75, 'a transcript quoted paragraph by paragraph: \'"WALLACE: …\' / '
         '\'"PENCE: …\', one quote a turn'),
    # an interview printed as Q: / A: paragraphs (quotes/interview.py): the confidence of a transcript turn
    Rule("interview-question", "direct", 6, 0.75, "Q: … / A: …: a question of an interview, a direct quote "
         "of the interviewer, who is the outlet and is given no speaker"),
    Rule("interview-answer", "direct", 6, 0.75, "Q: … / A: …: an answer of an interview, a direct quote of "
         "the interviewee the introduction names ('We spoke to singer Mara Dell.')"),
    Rule("quote-then-cue", "direct", 10, 0.9, '"…," Putin said. / "…," said Sun. / "…," he told reporters.',
         reporting_clause="after"),
    Rule("cue-then-quote", "direct", 20, 0.85, 'Macron said: "…" / He said, "…"', reporting_clause="before"),
    Rule("quote-dash-name", "direct", 30, 0.8, '"…" — Maria Zakharova: a quote signed after a dash'),
    Rule("speaker-colon", "direct", 40, 0.75, 'Peskov: "…" — a paragraph introduced by a name and a colon'),
    Rule("split", "direct", 50, None, '"A," he said, "and B.": both parts find the same cue; one quote with '
         "several content parts"),
    Rule("split-second-cue", "direct", 50, None, '"A," Tester said, referring to the excuse, "B.": a second '
         "cue inside the reporting clause"),
    Rule("split-resumed", "direct", 50, None, '"A," he said. "B…" in one paragraph: a part with no cue of '
         "its own after the reporting clause"),
    Rule("continuation", "direct", 60, 0.6, "a paragraph that is only a quote, after an attributed one: the "
         "same speaker goes on"),
    # a bare whole-sentence quote with no cue of its own, after the sentence that names its speaker
    # (quotes/nearby.py): a guess from context, so below every cue in the quote's own sentence
    Rule("after-report", "direct", 70, 0.6, 'X said the offer was too low. "We have been patient…": the '
         "speaker of the report right before goes on", speaker_from_context=True),
    Rule("after-subject", "direct", 70, 0.5, 'Dr. Lena Marsh turned to the board. "We have run out of '
         'time." / X was blunt--"…": the only person the clause before names, its subject',
         speaker_from_context=True),
    Rule("intro-colon", "direct", 70, 0.6, 'And from Chairwoman Irene Sato: (a paragraph) then the quote: a '
         "verbless introduction that names the speaker", speaker_from_context=True),
    # reported speech, in the order the finders run
    Rule("cue-naming", "reported", 100, 0.6, 'X called Y a "Z", branded the deal a disaster: what is named '
         "and what it is called"),
    Rule("cue-as-predicate", "reported", 100, 0.6, 'X described Y as a "disgrace", dismissed the claims as '
         "nonsense: a reporting verb's object with its as-phrase"),
    Rule("cue-complement", "reported", 110, 0.6, "X said (that) CLAUSE, X vowed to …: the cue verb's clausal "
         "complement"),
    Rule("cue-object", "reported", 110, 0.6, "X criticized the trade deals: the noun-phrase object of a "
         "verb that mostly reports (cue rate at least 0.3) or whose object is a statement (confirm, deny)"),
    Rule("cue-postposed", "reported", 110, 0.6, "CLAUSE, X said: the parse hangs the report before the cue "
         "as its complement"),
    Rule("cue-parenthetical", "reported", 120, 0.6, "CLAUSE, X said.: the parse hangs the reporting clause "
         "off the reported one (parataxis)"),
    Rule("according-to", "reported", 130, 0.6, "According to X, CLAUSE / CLAUSE, according to X"),
    Rule("cue-colon", "reported", 140, 0.6, "X added: CLAUSE. — the rest of the paragraph, without marks"),
    Rule("surface-postposed", "reported", 150, 0.6, "CLAUSE, a source said. / CLAUSE, said Sun.: read off "
         "the words where the parse missed it", surface_reading=True),
    Rule("surface-that", "reported", 160, 0.6, "X said (on Tuesday) that CLAUSE: read off the words where "
         "the parse missed it", surface_reading=True),
    Rule("surface-participle", "reported", 160, 0.6, "…, adding that CLAUSE: a participle that shares the "
         "speaker of the report before it", surface_reading=True, shares_speaker=True),
    Rule("surface-coordinated", "reported", 160, 0.6, "X emphasized that A, and said B: a coordinated cue "
         "that shares the speaker of the report before it", surface_reading=True, shares_speaker=True),
    Rule("coordinated-report", "reported", 105, 0.6, "X said A and the chief executive, Joan Ives, said B: "
         "a report joined to the one before it by a coordinator, with its own source phrase right before "
         "its cue, where the parse gave that cue no subject"),
    Rule("name-colon", "reported", 170, 0.6, "Pat Caddell: CLAUSE — a headline or transcript line led by "
         "a name", headline_form=True),
    Rule("surface-as", "reported", 180, 0.6, "As Breitbart News reported, CLAUSE"),
    Rule("in-source", "reported", 190, 0.6, "In this poll, CLAUSE: a document named at the start of the "
         "sentence"),
    Rule("cue-topic", "reported", 200, 0.6, "X talked about TOPIC, X railed against TOPIC: the topic of a "
         "verb and preposition the lexicon knows"),
    Rule("cue-passive", "reported", 210, 0.6, "X was endorsed by Y: a passive with an agent"),
    Rule("cue-nominal", "reported", 220, 0.6, "Trump's claim that CLAUSE: a reporting noun with a possessor"),
    # content boundaries (quotes/indirect/policy.py), in the order they are applied
    Rule("boundary:main-clause", "boundary", 248, None, "a report whose cue heads a subordinate clause ends "
         "with that clause: 'When Vance told the committee that costs were \"under control,\" he was…'"),
    Rule("boundary:addressee-or-time", "boundary", 249, None, "the cue's listener or a time before its "
         "'that' is not content: 'told Biden that…', 'said Monday that…'"),
    Rule("boundary:next-report", "boundary", 250, None, "a content ends where another report begins: '…had "
         "survived worse storms, but she added that…'"),
    Rule("boundary:coordinated-clause", "boundary", 251, None, "a clause or predicate the writer coordinates "
         "after the report is not part of it: '…, and the union also stepped in'"),
    Rule("boundary:reporting-setting", "boundary", 252, None, "the occasion of the report belongs to the "
         "reporting clause: '… in an interview with The Washington Post'"),
    Rule("boundary:trailing-aside", "boundary", 253, None, "a writer's comment at the end of a report is left "
         "out: ', which would allow…', ', although he again refused…'"),
    Rule("boundary:sibling-report", "boundary", 254, None, "a second report hung on the first one's cue ends "
         "the first: 'She said A, though she noted B'"),
    Rule("boundary:headline", "boundary", 255, None, "a report read in a Title Case headline ('Mayor Says "
         "City Will Cut Taxes') is only a guess, at confidence 0.3"),
    Rule("boundary:earlier-report", "boundary", 256, None, "a content read off the words starts after a "
         "report the parse read inside it: The minister said the vote was safe, but the count, René Dupont "
         "said, was rigged gives Dupont 'the count was rigged'"),
    Rule("boundary:coordinated-report", "boundary", 257, None, "a report's content ends before a "
         "coordinated report with its own source: X said A and the chief executive, Joan Ives, said B "
         "gives X 'A'"),
    # merge
    Rule("unattributed", "merge", 300, 0.3, "a long quote that stands alone with no cue near it and no "
         "report before it: kept, speaker unknown"),
    Rule("merge:inherit-speaker", "merge", 310, None, "a participial or coordinated cue takes the speaker "
         "of the report before it in the sentence"),
    Rule("merge:clause-subject", "merge", 320, None, "…, arguing that B with no report before it: the "
         "speaker is the subject of the clause the participle hangs on"),
    Rule("merge:expletive-speaker", "merge", 330, None, "X made it clear that …: the placeholder 'it' "
         "gives way to X"),
    Rule("merge:through-open-quote", "merge", 340, None, 'a content that opens a quotation runs to its '
         'closing mark: The summit accomplished "too little," he added'),
    Rule("merge:mixed", "merge", 350, None, "a quoted fragment inside a reported content makes it a "
         "mixed quote"),
    Rule("merge:standalone-continues", "merge", 360, None, 'a quote standing alone right after a postposed '
         'report goes on with it: …, says Rieckhoff. "We often…"'),
    # speaker links (speakers.py), recorded by the kind of mention linked
    Rule("speaker:name", "speaker", 400, None, "a proper name: linked to the entity of that name (a surname "
         "to the one longer name it fits)"),
    Rule("speaker:pronoun", "speaker", 410, None, "he / she / they: linked to the most salient earlier "
         "entity that agrees"),
    Rule("speaker:description", "speaker", 420, None, "the Russian leader: linked to an entity of a matching "
         "role, or an entity of its own"),
    Rule("speaker:group", "speaker", 430, None, "the United Kingdom and Poland: a group entity"),
    Rule("speaker:anonymous", "speaker", 440, None, "officials, a French source: an anonymous entity"),
    Rule("speaker:unresolved", "speaker", 450, None, "a mention linked to no entity (a pronoun with no "
         "antecedent that agrees, a near tie)"),
    Rule("speaker:role-noun", "speaker", 460, None, "The caretaker locked the gate. He said: he / she linked "
         "to a role noun nobody named"),
    Rule("speaker:document", "speaker", 470, None, "a statement from X said, the union's post read: whoever "
         "issued the document, else the document as an anonymous source"),
    Rule("speaker:relative", "speaker", 480, None, "X, who said: who / which linked through its antecedent "
         "(with none, the quote has no speaker)"),
    Rule("speaker:closed-class", "speaker", 490, None, "a determiner, auxiliary or preposition as the whole "
         "speaker mention (a misparse, or French 'a déclaré X'): the name right after the cue, else no speaker"),
    Rule("speaker:none", "speaker", 495, None, 'a quote with no speaker mention at all ("It is final." standing '
         "alone): its confidence capped, like every quote that ends with no speaker"),
    # the trained model's assembly and the hybrid's choices (core/attribution/), after the merge
    Rule("model:source-parse", "model", 370, None, "a model quote whose cue the tagger gave no source: the "
         "cue's subject in the parse speaks (a passive's agent), as the rules read it"),
    Rule("model:passive-listener", "model", 371, None, "a model quote whose cue is a listener cue in the "
         "passive ('was told by X that'): the tagger's source was the one told; the by-phrase's noun speaks, "
         "and without one nobody named does"),
    Rule("model:quoted-person", "model", 372, None, "a model content that opens with the one quoted and "
         "'as saying' ('quoted Ishaq Dar as saying…'): that person speaks and the content starts after "
         "'as saying'; after another participle ('as telling reporters') the quote is dropped"),
    Rule("model:withheld", "model", 373, None, "a model quote whose cue withholds what it names: negated "
         "('did not say when…') or a refusal before an infinitive ('declined to comment'); the rules skip "
         "these, PolNeAR marks them: kept with its confidence capped under the 0.5 read as confident"),
    Rule("hybrid:model-added", "model", 380, None, "a model quote no rule found, kept from the calibrated "
         "confidence fitted on dev"),
    Rule("hybrid:model-over-rule", "model", 381, None, "a model quote kept over a rule's reading of the same "
         "words: the model was right more often on dev where both read words that rule read"),
    Rule("hybrid:rule-over-model", "model", 382, None, "a rule quote kept over the model's reading of the same "
         "words: on dev the rule was right about as often as the model, or more"),
    Rule("hybrid:rule-speaker", "model", 383, None, "a model quote kept over a rule's reading of the same words "
         "takes the rule's speaker mention where it has no source or its source overlaps the rule's: the same "
         "person, cut by the speaker rules ('Priya Nair', not 'Priya Nair, the author of a book called \"Salt')"),
    # the last merge step, after the hybrid's choice (quotes/crossing.py)
    Rule("merge:other-attribution", "merge", 390, None, 'a content ends before another attribution\'s '
         'source or cue: said "we will win" and René Dupont said: "…" gives the minister \'we will win\''),
    Rule("merge:topic-only", "merge", 391, None, "a report whose content is only its topic ('argued about "
         "the budget'): PolNeAR counts it, so it stays, its confidence capped at the share of such quotes "
         "right on PolNeAR (quotes/topics.py)"),
    # not a rule
    Rule("model", "model", 1000, None, "a trained attribution model (not a rule); confidence is its "
         "probability"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _REGISTRY}


def rule(rule_id: str) -> Rule:
    """The registry entry for `rule_id`. Raises KeyError naming the id when it is not registered."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"{rule_id!r} is not a registered rule or step (core/rules.py)") from None


def step_id(entry: str) -> str:
    """The registered id of one `Quote.trace` entry: a speaker step carries the confidence factors it
    applied in brackets ('speaker:pronoun(salience×0.9, far×0.8)' -> 'speaker:pronoun'); any other
    entry is its id already."""
    return entry.partition("(")[0]


def fire(rule_id: RuleId) -> tuple[RuleId, float]:
    """(id, base confidence) for a rule with a fixed confidence, as a finder records it. Raises
    ValueError for a rule whose confidence is computed elsewhere."""
    confidence = rule(rule_id).confidence
    if confidence is None:
        raise ValueError(f"rule {rule_id!r} has no fixed base confidence")
    return rule_id, confidence


@dataclass(frozen=True, slots=True)
class RuleExample:
    """A rule's example: `table` is a hand-built document (`core.build.build_document`) whose analysis
    must give a quote with text `quote` and `rule_id` as its rule or in its trace; `line` is where the
    block starts in its file."""

    rule_id: str
    quote: str
    table: str
    line: int


EXAMPLES_FILE = "data/rule_examples.txt"


def parse_rule_examples(text: str, source: str = EXAMPLES_FILE) -> list[RuleExample]:
    """The examples in `text` (the format of `data/rule_examples.txt`: comment lines, then blocks each
    opened by `== ID | QUOTE TEXT`). Raises ValueError naming `source` and the line for a malformed
    header, an id the registry lacks, or an empty block."""
    examples: list[RuleExample] = []
    header: tuple[str, str, int] | None = None
    rows: list[str] = []

    def close() -> None:
        if header is None:
            return
        if not any(r.strip() for r in rows):
            raise ValueError(f"{source} line {header[2]}: the example of {header[0]!r} has no table")
        examples.append(RuleExample(header[0], header[1], "\n".join(rows).strip("\n"), header[2]))

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("=="):
            close()
            rule_id, bar, quote = line[2:].partition("|")
            rule_id, quote = rule_id.strip(), quote.strip()
            if not bar or not rule_id or not quote:
                raise ValueError(f"{source} line {number}: expected '== ID | QUOTE TEXT', got {line!r}")
            if rule_id not in RULES:
                raise ValueError(f"{source} line {number}: {rule_id!r} is not in the registry (core/rules.py)")
            header, rows = (rule_id, quote, number), []
        elif header is not None:
            rows.append(line)
        elif line.strip() and not line.startswith("#"):
            raise ValueError(f"{source} line {number}: text before the first '== ID | QUOTE TEXT' line")
    close()
    return examples


@cache
def rule_examples() -> tuple[RuleExample, ...]:
    """Every example of the packaged file, read and checked once (errors as `parse_rule_examples`)."""
    text = resources.files("quotetrace.core").joinpath(EXAMPLES_FILE).read_text(encoding="utf-8")
    return tuple(parse_rule_examples(text))


def _check() -> None:
    """The registry and the id literals agree, ids are unique, and steps carry no base confidence."""
    ids = [r.id for r in _REGISTRY]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"core/rules.py registers {sorted(duplicates)} twice")
    missing = (RULE_IDS | STEP_IDS) - set(ids)
    extra = set(ids) - (RULE_IDS | STEP_IDS)
    if missing or extra:
        raise ValueError(f"core/rules.py: ids without an entry {sorted(missing)}, "
                         f"entries without an id {sorted(extra)}")


_check()
