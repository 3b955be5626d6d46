"""Reported speech over the dependency parse: who said (that) what, without quotation marks.

One generator per pattern; each yields `Attribution`s that name the content tokens, the cue and
the speaker head. Patterns:

- `X said (that) CLAUSE`, `X told Y (that) CLAUSE` — a cue verb with a clausal complement;
- `CLAUSE, X said.` / `CLAUSE, said X.` — a cue in parataxis after the clause it reports;
- `According to X, CLAUSE` / `CLAUSE, according to X`;
- coordinated and participial cues inherit the subject (`emphasized that A, and said B`,
  `..., adding that B`);
- a reporting clause inside the report splits its content (`The museum, Mr. Obama said, would…`);
- `X added:` and the rest of the paragraph (or the block quote after it);
- naming: `X called Y a "Z"` (object and predicate together);
- reporting nouns with a possessor: `Trump's claim that CLAUSE`;
- PolNeAR's broad attributions: the object of a verb that mostly reports (`criticized the deals`,
  by the lexicon's cue rate), the topic of a verb + preposition the lexicon knows (`railed against
  X`) and passives with an agent (`was endorsed by dozens of papers`).

Negated and hypothetical cues (`did not say`, `would not say whether`) yield nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

from ...cues import CueLexicon
from ...model import Document
from ...rules import RULES, Rule, RuleId
from ...syntax import trim_tokens
from ..marks import DOUBLE_QUOTE_MARKS
from .base import MIN_CONTENT_WORDS, Attribution, count_words, in_title_case_headline
from .broad import find_naming_reports, find_nominal_reports, find_passive_reports, find_topic_reports
from .clausal import find_complement_reports, find_parenthetical_reports
from .phrases import find_according_to, find_colon_reports
from .policy import apply_policy
from .rivals import end_before_rivals, find_coordinated_reports
from .surface import find_as_reported, find_in_source, find_name_colon, find_surface_postposed, find_surface_that

# A report in a headline is a guess: the confidence of a quote with no cue at all (rule `unattributed`,
# the registry's lowest), below the 0.5 that `--min-confidence` is shown with in the README.
HEADLINE_CONFIDENCE = 0.3

Finder = Callable[[Document, CueLexicon], Iterator[Attribution]]


def _according_to(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    return find_according_to(doc)  # a fixed phrase: no lexicon needed


# Each finder with the rules it emits; they run in the registry's priority order (core/rules.py).
FINDERS: tuple[tuple[tuple[RuleId, ...], Finder], ...] = (
    (("coordinated-report",), find_coordinated_reports),
    (("cue-naming", "cue-as-predicate"), find_naming_reports),
    (("cue-complement", "cue-postposed", "cue-object"), find_complement_reports),
    (("cue-parenthetical",), find_parenthetical_reports),
    (("according-to",), _according_to),
    (("cue-colon",), find_colon_reports),
    (("surface-postposed",), find_surface_postposed),
    (("surface-that", "surface-participle", "surface-coordinated"), find_surface_that),
    (("name-colon",), find_name_colon),
    (("surface-as",), find_as_reported),
    (("in-source",), find_in_source),
    (("cue-topic",), find_topic_reports),
    (("cue-passive",), find_passive_reports),
    (("cue-nominal",), find_nominal_reports),
)


def finders_in_priority_order(registry: Mapping[str, Rule] = RULES) -> list[tuple[tuple[RuleId, ...], Finder]]:
    """`FINDERS` sorted by their rules' priority in `registry` (the rules of one finder share it; ties
    keep the table's order). Raises KeyError for a rule `registry` lacks."""
    return sorted(FINDERS, key=lambda entry: min(registry[i].priority for i in entry[0]))


def find_reported_speech(doc: Document, lexicon: CueLexicon, registry: Mapping[str, Rule] = RULES) -> list[Attribution]:
    """Every report of speech, thought or evidence without quotation marks in `doc`, one per cue: the
    finders run in priority order and the first to read a cue keeps it; a surface reading
    (`Rule.surface_reading`) is skipped for a cue whose words an earlier rule already covered, and one
    read back from its cue starts after a report read earlier inside it (`_after_earlier_reports`). Then a
    second report hung on the first one's cue ends the first's content, so does a report coordinated
    after it with a source of its own (`rivals.end_before_rivals`), and a report inside another's
    content is dropped. A report read in a Title Case headline (`in_title_case_headline`) is a guess at
    `HEADLINE_CONFIDENCE`, unless its rule reads a headline's form (`Rule.headline_form`). Returns them
    in finding order; content and cue tokens are in text order. `registry` (default: core/rules.py)
    gives the finders' order and their rules' properties. Raises ValueError for a finder that
    emits a rule it is not registered for in `FINDERS`."""
    found: list[Attribution] = []
    seen_cues: set[int] = set()
    covered: set[int] = set()
    for rules, finder in finders_in_priority_order(registry):
        for reading in finder(doc, lexicon):
            if reading.rule not in rules:
                raise ValueError(f"{finder.__name__}, registered for {list(rules)}, emitted {reading.rule!r}")
            attribution = apply_policy(doc, reading, lexicon)
            if attribution is None:
                continue
            if not registry[attribution.rule].headline_form and in_title_case_headline(doc, attribution.cue[0]):
                # 'Mayor Says City Will Cut Taxes': PolNeAR's annotators mark such headlines (dropping
                # them cost 0.1 point of dev F1), but a headline's wording is the editor's, its capitals
                # name nobody: a guess at most (a rule that reads a headline's form, 'Pat Caddell: …',
                # has priced it into its base confidence)
                attribution = replace(attribution, confidence=HEADLINE_CONFIDENCE,
                                      trace=attribution.trace + ("boundary:headline",))
            key = attribution.cue[0].index
            if key in seen_cues:
                continue
            if registry[attribution.rule].surface_reading:
                if key in covered:
                    continue  # the parse already read this sentence's report some other way
                attribution = _after_earlier_reports(attribution, found)
            covered |= {t.index for t in attribution.content} | {t.index for t in attribution.cue}
            seen_cues.add(key)
            found.append(attribution)
    return _drop_nested(end_before_rivals(doc, _split_sibling_reports(doc, found)))


def _after_earlier_reports(reading: Attribution, found: list[Attribution]) -> Attribution:
    """'The minister said the vote was safe, but the count, René Dupont said, was rigged': a content
    read back from its cue off the words ('CLAUSE, X said') runs back over a report the parse already
    read (its cue and its content) — that report's reporting clause and content are not this one's,
    so this content starts after them, without the coordinator or comma that joined them (step
    `boundary:earlier-report`), unless fewer than `MIN_CONTENT_WORDS` words would be left."""
    if reading.content[0].index > reading.cue[0].index:
        # a content after its cue that holds a report ('told a crowd that he knows that voters are
        # angry', 'said the allies will seek sanctions…') holds the speaker's words, which PolNeAR
        # marks whole
        return reading
    inside = {t.index for t in reading.content}
    ends = [a.content[-1].index for a in found
            if a.cue[0].index in inside and a.content[0].index > a.cue[0].index
            and all(t.index in inside for t in a.content)]
    if not ends:
        return reading
    content = trim_tokens([t for t in reading.content if t.index > max(ends)])
    if count_words(content) < MIN_CONTENT_WORDS:
        # nothing of its own left ('Secret Service protocol called for…, sources said'): the earlier
        # report is nested in this one, which PolNeAR keeps whole (and _drop_nested drops the inner)
        return reading
    return replace(reading, content=tuple(content), trace=reading.trace + ("boundary:earlier-report",))


def _split_sibling_reports(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """'She said A, though she noted B', 'Politifact ruled that A, but they could not resist pointing
    out B': a second report hung on the first cue as a clause of its own is not part of the first
    one's content, however far a surface reading ran; the first ends where the second begins."""
    cues = {a.cue[0].index: a for a in found}
    result = []
    for outer in found:
        content = {t.index for t in outer.content}
        # only a report whose content follows its cue: "…, the footage showed" reports what came before
        for inner_cue in sorted(i for i, a in cues.items() if i in content and a.content[0].index > i):
            top = doc.tokens[inner_cue]
            while top.deprel == "xcomp" and top.head >= 0 and top.head != outer.cue[0].index:
                top = doc.tokens[top.head]  # "could not resist pointing out that…"
            if top.head != outer.cue[0].index or top.deprel not in ("advcl", "conj", "parataxis"):
                continue
            start = doc.subtree(top)[0].index
            opener = doc.tokens[start]
            # only a clause set off by a comma or a conjunction, with a subject of its own or
            # coordinated with the first cue ("…but has said she will…")
            if ((opener.text != "," and opener.upos not in ("CCONJ", "SCONJ")) or
                    (top.deprel != "conj" and not any(c.deprel == "nsubj" for c in doc.children(top))) or
                    any(t.text in DOUBLE_QUOTE_MARKS for t in doc.tokens[start:inner_cue])):
                continue  # ('because "…," she said': the reporting clause of a quotation)
            clipped = trim_tokens([t for t in outer.content if t.index < start])
            if count_words(clipped) >= MIN_CONTENT_WORDS and len(clipped) < len(outer.content):
                outer = replace(outer, content=tuple(clipped), trace=outer.trace + ("boundary:sibling-report",))
            break
        result.append(outer)
    return result


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """One report inside another's content ('The Kremlin said French assertions that Putin promised
    X were "not right"'): keep the outer report whole and drop the inner one, as PolNeAR's
    annotators do — each word plays one role in one attribution."""
    contents = [{t.index for t in a.content} for a in found]
    holders: dict[int, list[int]] = {}  # token index -> the reports whose content holds it
    for j, content in enumerate(contents):
        for index in content:
            holders.setdefault(index, []).append(j)
    result = []
    for i, inner in enumerate(found):
        cue = inner.cue[0].index
        if any(not (found[j].cue[0].index in contents[i] and cue < found[j].cue[0].index)
               for j in holders.get(cue, ()) if j != i):
            # two reports that hold each other's cue ("X said A, the footage showed"): the first stays
            continue
        result.append(inner)
    return result


__all__ = ["FINDERS", "Attribution", "Finder", "find_according_to", "find_reported_speech"]
