"""The merge step, a rule family of its own: direct quotes and reported-speech readings of the same
words become one list of `Quote`s.

- a direct quote wins where it and a reported reading describe the same words;
- a quoted fragment inside a reported content makes it a `mixed` quote;
- a participial or coordinated cue inherits the speaker of the report before it in the sentence;
- a content that opens a quotation runs to its closing mark;
- a long quote standing alone right after a postposed report continues that report; otherwise it is
  kept `unattributed`, and short unclaimed quotes (scare quotes, titles, nicknames) are dropped;
- one span of content is one quote: of two readings of the same spans the more confident stays
  (`one_quote_per_content`).
"""

from __future__ import annotations

from dataclasses import replace

from ..cues import CueLexicon
from ..model import CueType, Document, Quote, QuoteKind, Span, Token
from ..rules import REPORTED_MAX_CONFIDENCE, REPORTED_PRIOR_WEIGHT, RULES, StepId, fire
from ..syntax import expletive_speaker, mention_of, span_of, spans_around, subject_of, venue_speaker
from .direct import DirectQuote, narrates_after_quote
from .indirect import Attribution
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, QuotedSpan


def merge_quotes(doc: Document, direct: list[DirectQuote], reported: list[Attribution], quoted: list[QuotedSpan],
                 lexicon: CueLexicon) -> list[Quote]:
    """One list of `Quote`s (ids still empty, in no particular order) from the direct quotes and the
    reported-speech readings of `doc`: direct quotes win where both describe the same words, quoted
    fragments inside reported speech make it a mixed quote, and unclaimed quotes are dropped, joined
    to the report before them or kept unattributed. Every quote's `trace` starts with the rules that
    found it and records each merge step that changed it (`merge:*` in `core/rules.py`)."""
    attributed = [d for d in direct if d.rule is not None]
    claimed_fragments: set[int] = set()
    out = _reported_quotes(doc, direct, reported, quoted, lexicon, claimed_fragments)
    joined: set[int] = set()
    for i, candidate in enumerate(direct):
        # its speaker is a guess from the sentence before
        nearby = candidate.rule is not None and RULES[candidate.rule].speaker_from_context
        if i in claimed_fragments or (candidate in attributed and not nearby):
            continue
        if not candidate.stands_alone:
            continue  # a scare quote, title or nickname: nobody said it
        words = sum(1 for p in candidate.parts for t in doc.tokens_in(p) if t.upos != "PUNCT")
        if words < _MIN_UNATTRIBUTED_WORDS and not candidate.whole:
            continue  # a few quoted words that are not a sentence of their own
        before = _reported_just_before(doc, out, candidate.parts[0])
        if before is not None:
            # 'The answers are "not meeting the demand," says Rieckhoff. "We often compare it…"'
            out[before] = replace(out[before], parts=out[before].parts + tuple(candidate.parts),
                                  trace=out[before].trace + ("merge:standalone-continues",))
            joined.add(i)
            continue
        if not nearby:
            candidate.rule, candidate.confidence = fire("unattributed")
    out += [_direct_quote(doc, candidate, lexicon) for i, candidate in enumerate(direct)
            if candidate.rule is not None and i not in joined]
    return out


def _reported_quotes(doc: Document, direct: list[DirectQuote], reported: list[Attribution],
                     quoted: list[QuotedSpan], lexicon: CueLexicon, claimed_fragments: set[int]) -> list[Quote]:
    """The reports no direct quote covers, as quotes; adds to `claimed_fragments` the indices of the
    unclaimed direct quotes that a report's content holds (it becomes mixed)."""
    out: list[Quote] = []
    attributed = [d for d in direct if d.rule is not None]
    used_cues = {t.index for d in attributed for t in d.cue}
    direct_spans = [p for d in attributed for p in d.parts]
    quoted_areas = [span.content for span in quoted if span.depth == 0]
    for report in _inherit_speakers(doc, reported, attributed):
        if report.cue[0].index in used_cues:
            continue
        if any(area.contains(report.cue[0].span) for area in quoted_areas):
            continue  # "I think…" inside someone's quote is their words, not a report of ours
        if report.speaker is None or (
                report.speaker.lower in ("which", "that") and not _named_antecedent(doc, report.speaker)):
            # no one reports it (a parse gone wrong, more often than a sourceless report), or a
            # relative clause about a thing: "the alliance, which includes…"; an organisation's
            # name before "which" speaks ("the Roper Center, which said…")
            continue
        if venue_speaker(doc, report.speaker, report.cue[0]) is None:
            continue  # 'X stole £40,000, a court has heard': the court heard it; who said it is untold
        report = _through_open_quotes(doc, report, quoted)
        content = span_of(list(report.content))
        if any(_mostly_inside(content, span) for span in direct_spans) or narrates_after_quote(
                doc, report.cue[0], content, quoted, lexicon):
            continue  # (a quote followed by a verb that narrates: '"…," the players turned')
        kind: QuoteKind = "indirect"
        for i, candidate in enumerate(direct):
            # a fragment inside the content, or one the content cuts at its closing comma
            # ('Clinton "is the only candidate," a general said')
            if candidate.rule is None and any(
                    content.contains(p) or content.start <= p.start < content.end <= p.end for p in candidate.parts):
                kind = "mixed"
                claimed_fragments.add(i)
        out.append(
            Quote(
                id="",
                kind=kind,
                parts=spans_around(doc, list(report.content), list(report.cue)),
                cue=span_of(list(report.cue)),
                cue_type=_cue_type(lexicon, report.lemma),
                speaker=mention_of(doc, report.speaker) if report.speaker is not None else None,
                confidence=_reported_confidence(report, lexicon),
                rule=report.rule,
                trace=(report.rule, *report.trace, *(("merge:mixed",) if kind == "mixed" else ())),
            )
        )
    return out


def _direct_quote(doc: Document, candidate: DirectQuote, lexicon: CueLexicon) -> Quote:
    assert candidate.rule is not None
    return Quote(
        id="",
        kind="direct",
        parts=tuple(candidate.parts),
        cue=span_of(candidate.cue) if candidate.cue else None,
        cue_type=_cue_type(lexicon, candidate.lemma) if candidate.lemma not in ("", ":") else "speech",
        speaker=mention_of(doc, candidate.speaker) if candidate.speaker is not None else None,
        confidence=candidate.confidence,
        rule=candidate.rule,
        trace=(*candidate.trace, candidate.rule),
    )


# a shorter quote no cue claims is more often a title or a slogan than speech, unless it is a whole
# sentence or paragraph (DirectQuote.whole)
_MIN_UNATTRIBUTED_WORDS = 6


def _reported_confidence(report: Attribution, lexicon: CueLexicon) -> float:
    """The rule's base confidence plus a share of the cue's prior (how often the word was a cue in
    PolNeAR train, `CueLexicon.prior`), capped. (Every report that reaches this point has a speaker.)"""
    if report.confidence is not None:
        return report.confidence  # a source with its own probability: the trained model
    base = RULES[report.rule].confidence or 0.0
    return min(base + REPORTED_PRIOR_WEIGHT * lexicon.prior(report.lemma), REPORTED_MAX_CONFIDENCE)


def _named_antecedent(doc: Document, relative: Token) -> bool:
    """'the Roper Center, which said…': the relative pronoun stands for a proper name."""
    if relative.head < 0:
        return False
    clause = doc.tokens[relative.head]
    return clause.deprel.startswith("acl") and clause.head >= 0 and doc.tokens[clause.head].upos == "PROPN"


def _reported_just_before(doc: Document, found: list[Quote], start: Span) -> int | None:
    """The reported quote whose reporting clause closes the sentence right before a quote that
    stands alone in the same paragraph: the speaker goes on, as in a split quote."""
    nearest: int | None = None
    nearest_cue = -1
    for i, quote in enumerate(found):
        if quote.speaker is None or quote.cue is None or quote.kind == "direct":
            continue
        if not quote.parts[-1].end <= quote.cue.start < start.start:
            continue  # only a reporting clause after its content ("…," says X. "…")
        gap = doc.text[quote.cue.end : start.start]
        # the gap holds the rest of the reporting clause, its full stop and the opening mark
        if (doc.paragraph_of(quote.cue.start) == doc.paragraph_of(start.start) and len(gap) < 200 and
                gap.rstrip(_MARK_CHARS + " ").endswith(".") and
                not any(m in gap[:-3] for m in DOUBLE_QUOTE_MARKS) and
                quote.cue.start > nearest_cue):
            nearest, nearest_cue = i, quote.cue.start
    return nearest


def _inherit_speakers(doc: Document, reported: list[Attribution], direct: list[DirectQuote]) -> list[Attribution]:
    """'…, Putin said, adding that B': a participial cue takes the speaker of the report before it in
    the same sentence, direct or reported."""
    earlier = [(a.cue[0].index, a.cue[0].sentence, a.speaker) for a in reported if a.speaker is not None]
    earlier += [(d.cue[0].index, d.cue[0].sentence, d.speaker) for d in direct if d.cue and d.speaker is not None]
    result = []
    for report in reported:
        cue = report.cue[0]
        participle = cue.lower.endswith("ing") and cue.index > 0 and doc.tokens[cue.index - 1].text == ","
        if (report.speaker is None and (RULES[report.rule].shares_speaker or _coordinated(doc, cue))) or participle:
            candidates = [(i, sp) for i, sentence, sp in earlier if sentence == cue.sentence and i < cue.index]
            own = _own_clause_subject(doc, cue, max(i for i, _ in candidates)) if candidates and participle else None
            if own is not None:
                report = _with_speaker(report, own, "merge:clause-subject")
            elif candidates:
                report = _with_speaker(report, max(candidates, key=lambda c: c[0])[1], "merge:inherit-speaker")
            elif report.speaker is None:
                # "The Times filed a motion to unseal the records, arguing that…": no report before it,
                # so the participle belongs to the clause it hangs on, and shares that clause's subject
                report = _with_speaker(report, _main_clause_subject(doc, cue), "merge:clause-subject")
        if report.speaker is not None:
            report = _with_speaker(report, expletive_speaker(doc, report.speaker, cue), "merge:expletive-speaker")
        result.append(report)
    return result


def _with_speaker(report: Attribution, speaker: Token | None, step: StepId) -> Attribution:
    """`report` with `speaker`, and `step` in its trace when that changed who speaks."""
    if speaker == report.speaker:
        return report
    return replace(report, speaker=speaker, trace=report.trace + (step,))


def _coordinated(doc: Document, cue: Token) -> bool:
    """'…is telling a veterans group that A and says B': a parse that hung the second cue inside the
    first report leaves it without a subject; the words before it show the coordination."""
    i = cue.index - 1
    while i >= 0 and doc.tokens[i].sentence == cue.sentence and doc.tokens[i].upos in ("ADV", "AUX"):
        i -= 1
    return i >= 0 and doc.tokens[i].sentence == cue.sentence and doc.tokens[i].upos == "CCONJ"


def _own_clause_subject(doc: Document, participle: Token, last_cue: int) -> Token | None:
    """The subject of the clause a participial cue hangs on, where that clause comes after the last
    report's cue (token index `last_cue`) and has a subject of its own: 'Mr Hill said the plan was
    sound, but Mr Fenn disagreed, saying it would never work' is Fenn's (tester 9: Hill's at 0.9), while
    'Putin said A, adding that B' hangs on the report's own cue and inherits its speaker. The clause must
    be coordinated with the sentence's main clause: a participle a parse hung inside the report's content
    ('Stumpf tried to make the case that this was a few bad apples, explaining …') is still the
    reporter's. None otherwise."""
    clause = doc.tokens[participle.head] if participle.head >= 0 else None
    if clause is None or not last_cue < clause.index < participle.index or not _coordinated_main(doc, clause):
        return None
    if not any(child.deprel in ("nsubj", "nsubj:pass") for child in doc.children(clause)):
        return None
    return subject_of(doc, clause)


def _coordinated_main(doc: Document, clause: Token) -> bool:
    """Whether `clause` is a conjunct of the sentence's root, link by link ('but Mr Fenn disagreed')."""
    if clause.deprel != "conj":
        return False
    while clause.deprel == "conj" and clause.head >= 0:
        clause = doc.tokens[clause.head]
    return clause.deprel == "root"


def _main_clause_subject(doc: Document, cue: Token) -> Token | None:
    """The subject of the nearest verb before `cue` in its sentence that has one."""
    sentence = doc.sentences[cue.sentence].tokens
    for token in reversed(sentence[: cue.index - sentence[0].index]):
        if token.upos in ("VERB", "AUX") and (
                any(child.deprel in ("nsubj", "nsubj:pass") for child in doc.children(token))):
            return subject_of(doc, token)
    return None


def _cue_type(lexicon: CueLexicon, lemma: str) -> CueType:
    return lexicon.cue_type(lemma) or "speech"


_MARK_CHARS = "".join(QUOTE_MARKS)
_OPEN_QUOTE_REACH = 80  # tokens a content may grow by to reach the closing mark of a quote it opened


def _through_open_quotes(doc: Document, report: Attribution, quoted: list[QuotedSpan]) -> Attribution:
    """'The summit accomplished "too little," he added': a content that opens a quotation ends
    after its closing mark, however early the parse or a clause boundary cut it."""
    tokens = sorted(report.content, key=lambda t: t.index)
    end = tokens[-1].span.end
    reach = end
    for mark in quoted:
        if (mark.depth == 0 and mark.close is not None and
                tokens[0].span.start <= mark.open.start < end < mark.close.end):
            reach = max(reach, mark.close.end)
    if reach == end:
        return report
    extra = [t for t in doc.tokens[tokens[-1].index + 1 : tokens[-1].index + 1 + _OPEN_QUOTE_REACH]
             if t.span.end <= reach]
    if not extra or extra[-1].span.end != reach or any(t.index in {c.index for c in report.cue} for t in extra):
        return report
    return replace(report, content=tuple(tokens + extra), trace=report.trace + ("merge:through-open-quote",))


def _mostly_inside(content: Span, quoted: Span) -> bool:
    if not content.overlaps(quoted):
        return False
    overlap = min(content.end, quoted.end) - max(content.start, quoted.start)
    return overlap >= 0.5 * len(content)


def one_quote_per_content(quotes: list[Quote]) -> list[Quote]:
    """`quotes` with at most one quote per content: of quotes whose parts are the same spans (code-point
    offsets, end exclusive), the one with the highest confidence stays, the first found on a tie; the
    rest keep their order. 'Davis denied that, saying the report was "weeks away"' reads the same
    words as the report of "denied" and of "saying": one thing said, not two (two outputs would count
    twice in a speaker's tally and in any scorer)."""
    best: dict[tuple[Span, ...], int] = {}
    for i, quote in enumerate(quotes):
        kept = best.get(quote.parts)
        if kept is None or quote.confidence > quotes[kept].confidence:
            best[quote.parts] = i
    keep = set(best.values())
    return [q for i, q in enumerate(quotes) if i in keep]
