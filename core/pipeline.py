"""The public entry point: texts in, `Result`s out.

    from quotetrace.core.pipeline import QuoteTracer
    tracer = QuoteTracer()                     # loads the models once
    for result in tracer.extract(["..."]):     # many texts go through stanza together
        print(result.to_record())

`analyze(document)` is the model-free part: every rule over an annotated `Document`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice

from . import windows
from .annotate import Annotator, shared_annotator
from .cues import CueLexicon, load_cue_lexicon
from .errors import QuotetraceError
from .model import CueType, Document, Quote, QuoteKind, Result, Span, Token
from .models import ModelSet, select_models
from .quotes.direct import DirectQuote, find_direct_quotes
from .quotes.indirect import Attribution, find_reported_speech
from .quotes.marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, QuotedSpan, find_quoted_spans
from .speakers import resolve_speakers
from .syntax import expletive_speaker, mention_of, span_of, spans_around, subject_of

ALL_CUE_TYPES: frozenset[str] = frozenset({"speech", "thought", "evidence"})


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed; the batch goes on without it."""

    document_id: str
    message: str


def analyze(doc: Document, lexicon: CueLexicon | None = None,
            cue_types: frozenset[str] = ALL_CUE_TYPES) -> Result:
    lexicon = lexicon or load_cue_lexicon()
    if len(doc.tokens) > windows.MAX_WINDOW_TOKENS and len(doc.sentences) > 1:
        # a pathological length: some rules compare every quote with every other (see core/windows.py)
        return windows.analyze_in_windows(doc, lambda window: analyze(window, lexicon, cue_types))
    quoted = find_quoted_spans(doc.text, doc.paragraphs)
    direct = find_direct_quotes(doc, quoted, lexicon)
    reported = find_reported_speech(doc, lexicon)
    quotes = _merge(doc, direct, reported, quoted, lexicon)
    quotes = [q for q in quotes if q.cue_type in cue_types]
    quotes.sort(key=lambda q: (q.parts[0].start, q.parts[0].end))
    quotes = [_with_id(q, i) for i, q in enumerate(quotes, start=1)]
    resolved, entities = resolve_speakers(doc, quotes)
    return Result(document_id=doc.id, text=doc.text, quotes=tuple(resolved), entities=tuple(entities))


def _with_id(quote: Quote, number: int) -> Quote:
    return replace(quote, id=f"q{number}")


def _merge(doc: Document, direct: list[DirectQuote], reported: list[Attribution], quoted: list[QuotedSpan],
           lexicon: CueLexicon) -> list[Quote]:
    """Direct quotes win where they and a reported-speech reading describe the same words;
    quoted fragments inside reported speech turn it into a mixed quote."""
    out: list[Quote] = []
    attributed = [d for d in direct if d.rule not in ("fragment", "standalone")]
    used_cues = {t.index for d in attributed for t in d.cue}
    direct_spans = [p for d in attributed for p in d.parts]
    claimed_fragments: set[int] = set()

    quoted_areas = [span.content for span in quoted if span.depth == 0]
    for report in _inherit_speakers(doc, reported, attributed):
        if report.cue[0].index in used_cues:
            continue
        if any(area.contains(report.cue[0].span) for area in quoted_areas):
            continue  # "I think…" inside someone's quote is their words, not a report of ours
        if report.speaker is None or \
                report.speaker.lower in ("which", "that") and not _named_antecedent(doc, report.speaker):
            # no one reports it (a parse gone wrong, more often than a sourceless report), or a
            # relative clause about a thing: "the alliance, which includes…"; an organisation's
            # name before "which" speaks ("the Roper Center, which said…")
            continue
        report = _through_open_quotes(doc, report, quoted)
        content = span_of(list(report.content))
        if any(_mostly_inside(content, span) for span in direct_spans):
            continue
        kind: QuoteKind = "indirect"
        for i, candidate in enumerate(direct):
            # a fragment inside the content, or one the content cuts at its closing comma
            # ('Clinton "is the only candidate," a general said')
            if candidate.rule in ("fragment", "standalone") and any(
                    content.contains(p) or content.start <= p.start < content.end <= p.end for p in candidate.parts):
                kind = "mixed"
                claimed_fragments.add(i)
        cue_type = _cue_type(lexicon, report.lemma)
        confidence = 0.5 + 0.3 * lexicon.prior(report.lemma) + (0.1 if report.speaker is not None else -0.2)
        out.append(
            Quote(
                id="",
                kind=kind,
                parts=spans_around(doc, list(report.content), list(report.cue)),
                cue=span_of(list(report.cue)),
                cue_type=cue_type,
                speaker=mention_of(doc, report.speaker) if report.speaker is not None else None,
                confidence=min(confidence, 0.95),
                rule=report.rule,
            )
        )

    for i, candidate in enumerate(direct):
        if i in claimed_fragments:
            continue
        if candidate.rule == "fragment":
            continue  # a scare quote, title or nickname: nobody said it
        if candidate.rule == "standalone":
            words = sum(1 for p in candidate.parts for t in doc.tokens_in(p) if t.upos != "PUNCT")
            if words < 6:
                continue
            before = _reported_just_before(doc, out, candidate.parts[0])
            if before is not None:
                # 'The answers are "not meeting the demand," says Rieckhoff. "We often compare it…"'
                out[before] = replace(out[before], parts=out[before].parts + tuple(candidate.parts))
                continue
            candidate.rule, candidate.confidence = "unattributed", 0.3
        out.append(
            Quote(
                id="",
                kind="direct",
                parts=tuple(candidate.parts),
                cue=span_of(candidate.cue) if candidate.cue else None,
                cue_type=_cue_type(lexicon, candidate.lemma) if candidate.lemma not in ("", ":") else "speech",
                speaker=mention_of(doc, candidate.speaker) if candidate.speaker is not None else None,
                confidence=candidate.confidence,
                rule=candidate.rule,
            )
        )
    return out


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
        if doc.paragraph_of(quote.cue.start) == doc.paragraph_of(start.start) and len(gap) < 200 and \
                gap.rstrip(_MARK_CHARS + " ").endswith(".") and \
                not any(m in gap[:-3] for m in DOUBLE_QUOTE_MARKS) and \
                quote.cue.start > nearest_cue:
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
        if report.speaker is None and (report.rule == "surface-participle" or _coordinated(doc, cue)) or participle:
            candidates = [(i, sp) for i, sentence, sp in earlier if sentence == cue.sentence and i < cue.index]
            if candidates:
                report = replace(report, speaker=max(candidates, key=lambda c: c[0])[1])
            elif report.speaker is None:
                # "The Times filed a motion to unseal the records, arguing that…": no report before it,
                # so the participle belongs to the clause it hangs on, and shares that clause's subject
                report = replace(report, speaker=_main_clause_subject(doc, cue))
        if report.speaker is not None:
            report = replace(report, speaker=expletive_speaker(doc, report.speaker, cue))
        result.append(report)
    return result


def _coordinated(doc: Document, cue: Token) -> bool:
    """'…is telling a veterans group that A and says B': a parse that hung the second cue inside the
    first report leaves it without a subject; the words before it show the coordination."""
    i = cue.index - 1
    while i >= 0 and doc.tokens[i].sentence == cue.sentence and doc.tokens[i].upos in ("ADV", "AUX"):
        i -= 1
    return i >= 0 and doc.tokens[i].sentence == cue.sentence and doc.tokens[i].upos == "CCONJ"


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
        if mark.depth == 0 and mark.close is not None and \
                tokens[0].span.start <= mark.open.start < end < mark.close.end:
            reach = max(reach, mark.close.end)
    if reach == end:
        return report
    extra = [t for t in doc.tokens[tokens[-1].index + 1 : tokens[-1].index + 1 + _OPEN_QUOTE_REACH]
             if t.span.end <= reach]
    if not extra or extra[-1].span.end != reach or any(t.index in {c.index for c in report.cue} for t in extra):
        return report
    return replace(report, content=tuple(tokens + extra))


def _mostly_inside(content: Span, quoted: Span) -> bool:
    if not content.overlaps(quoted):
        return False
    overlap = min(content.end, quoted.end) - max(content.start, quoted.start)
    return overlap >= 0.5 * len(content)


class QuoteTracer:
    """Models loaded once; texts annotated in batches; one `Result` (or `Failure`) per text.

    With `workers` > 1, `extract` shares documents out to that many worker processes
    (`core/workers.py`), each with its own models and `threads` torch threads (default 1), in batches
    of `batch_size` / (2 × workers) documents (at least one) so that every worker has work, and gives
    the results back in input order; an input of one such batch or less stays in this process, which
    then loads the models only when it needs them."""

    def __init__(self, models: str | ModelSet = "auto", *, threads: int | None = None, batch_size: int = 16,
                 cue_types: Iterable[str] = ALL_CUE_TYPES, workers: int = 1) -> None:
        self.models = models if isinstance(models, ModelSet) else select_models(models)
        self.threads = threads
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self.lexicon = load_cue_lexicon()
        self.cue_types = frozenset(cue_types)
        self._annotator: Annotator | None = None
        if self.workers == 1:
            self._annotator = shared_annotator(self.models, threads=threads)

    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            self._annotator = shared_annotator(self.models, threads=self.threads)
        return self._annotator

    def annotate(self, texts: Sequence[str], ids: Sequence[str]) -> list[Document]:
        return self.annotator.annotate(texts, ids)

    def extract(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]:
        """`items` are (document id, text) pairs; results come back in the same order."""
        iterator = iter(items)
        if self.workers > 1:
            share = self._worker_batch_size()
            head = list(islice(iterator, share + 1))
            if len(head) > share:
                yield from self._extract_in_workers(chain(head, iterator))
                return
            iterator = iter(head)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._process_batch(batch)

    def _worker_batch_size(self) -> int:
        return max(1, self.batch_size // (2 * self.workers))

    def _extract_in_workers(self, items: Iterable[tuple[str, str]]) -> Iterator[Result | Failure]:
        from .workers import WorkerConfig, WorkerPool

        config = WorkerConfig(self.models, self.threads or 1, self._worker_batch_size(), self.cue_types)
        with WorkerPool(config, self.workers) as pool:
            yield from pool.extract(items)

    def _process_batch(self, batch: list[tuple[str, str]]) -> Iterator[Result | Failure]:
        ids = [doc_id for doc_id, _ in batch]
        texts = [text for _, text in batch]
        try:
            documents = self.annotate(texts, ids)
        except QuotetraceError:
            if len(batch) == 1:
                raise
            # one bad text must not sink its batch: retry one by one to find it
            for item in batch:
                yield from self._process_one(item)
            return
        for document in documents:
            try:
                yield analyze(document, self.lexicon, self.cue_types)
            except Exception as exc:  # a rule bug on one document must not lose the others
                yield Failure(document.id, f"internal error in the rules: {type(exc).__name__}: {exc}")

    def _process_one(self, item: tuple[str, str]) -> Iterator[Result | Failure]:
        try:
            yield from self._process_batch([item])
        except QuotetraceError as exc:
            yield Failure(item[0], str(exc))


def extract(texts: Iterable[str], models: str = "auto") -> Iterator[Result | Failure]:
    """One-call convenience: number the texts and run them through a fresh `QuoteTracer`."""
    tracer = QuoteTracer(models)
    return tracer.extract((str(i), text) for i, text in enumerate(texts))
