"""Gold attributions in brat standoff (PolNeAR / PARC style): reading a gold folder, telling direct
quotes from indirect ones, and writing gold as `quotetrace/1` records. The rules of the format and of
the direct test are in the docstring of `core/evaluate/__init__.py` (Gold; Direct and indirect)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import EvaluationError
from .model import SCHEMA, Span, cover


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold quote. Empty `source` / `cue` mean the annotator marked none."""

    id: str
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    direct: bool

    def content_text(self, text: str) -> str:
        """The content parts' text joined by one space, as `Quote.content_text`."""
        return " ".join(part.text_of(text) for part in self.content)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    ann_file: str = ""
    annotator: str = ""
    ignored_files: tuple[str, ...] = ()  # other annotators' files for the same article
    note_spans: int = 0  # Discuss / Discard spans, not scored
    without_content: int = 0  # E records with no Content role, skipped


_RECORD = re.compile(r"^[TERAMN#]\d+\t", re.MULTILINE)
_NOTE_TYPES = frozenset({"Discuss", "Discard"})
_ROLE = re.compile(r"([A-Za-z-]+?)\d*:(\S+)$")  # "Content2:T13" -> role "Content", ref "T13"


def read_brat_corpus(gold_dir: str | Path) -> list[GoldDocument]:
    """Every article of a `text/` + `attributions/` gold folder, sorted by id."""
    root = Path(gold_dir)
    text_dir, ann_dir = root / "text", root / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise EvaluationError(
                f"gold folder {root} has no {folder.name}/ folder; "
                "expected text/<stem>.txt and attributions/<stem>_<annotator>.ann"
            )
    stems = {path.stem for path in text_dir.glob("*.txt")}
    if not stems:
        raise EvaluationError(f"no .txt files in {text_dir}; point the gold path at a brat corpus")
    files: dict[str, list[Path]] = defaultdict(list)
    for path in ann_dir.glob("*.ann"):
        files[_stem_of(path, stems)].append(path)
    missing = sorted(stems - files.keys())
    if missing:
        raise EvaluationError(
            f"{missing[0]}.txt has no annotation file: add attributions/{missing[0]}_<annotator>.ann"
            f" ({len(missing)} text(s) without one)"
        )
    documents = []
    for stem in sorted(stems):
        # Several annotators: the name that sorts first wins, so every run scores the same gold.
        chosen, *others = sorted(files[stem], key=lambda p: p.name)
        text = _read(text_dir / f"{stem}.txt")
        attributions, notes, skipped = parse_ann(_read(chosen), text, where=chosen.name)
        documents.append(
            GoldDocument(
                id=stem,
                text=text,
                attributions=attributions,
                ann_file=chosen.name,
                annotator=chosen.stem[len(stem) + 1 :],
                ignored_files=tuple(p.name for p in others),
                note_spans=notes,
                without_content=skipped,
            )
        )
    return documents


def _stem_of(path: Path, stems: set[str]) -> str:
    if path.stem in stems:
        return path.stem
    stem = path.stem.rpartition("_")[0]
    if stem not in stems:
        raise EvaluationError(
            f"{path.name} has no text: expected text/{stem or path.stem}.txt "
            "(annotation files are named <text stem>_<annotator>.ann)"
        )
    return stem


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error


def parse_ann(ann: str, text: str, where: str = "<ann>") -> tuple[tuple[GoldAttribution, ...], int, int]:
    """Gold quotes of one `.ann` file, plus the number of note spans and of E records without content.

    Records are split on their id rather than on lines because span text may hold newlines.
    """
    starts = [m.start() for m in _RECORD.finditer(ann)]
    if ann.strip() and (not starts or ann[: starts[0]].strip()):
        raise EvaluationError(f"{where} line 1: not a brat record (expected T1<TAB>Type start end<TAB>text)")
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[str], int]] = []
    notes = 0
    line, seen = 1, 0
    bounds = [*starts, len(ann)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        line, seen = line + ann.count("\n", seen, start), start
        record = _one_record(ann[start:end].rstrip("\r\n"), text, f"{where} line", line)
        rid, _, body = record.partition("\t")
        if rid[0] == "T":
            kind, fragments = _parse_text_bound(body, text, f"{where} line {line}")
            spans[rid] = fragments
            notes += kind in _NOTE_TYPES
        elif rid[0] == "E":
            events.append((rid, body.split(), line))
        # R, A, M, N and # records (relations, attributes, notes) carry nothing we score.
    attributions = []
    skipped = 0
    for rid, args, line in events:
        roles: dict[str, list[Span]] = defaultdict(list)
        for arg in args[1:]:  # args[0] is the event type and its trigger
            match = _ROLE.match(arg)
            if not match or match.group(2) not in spans:
                raise EvaluationError(f"{where} line {line}: {rid} has a bad argument {arg!r}")
            roles[match.group(1)].extend(spans[match.group(2)])
        if not roles["Content"]:
            skipped += 1
            continue
        content = tuple(sorted(roles["Content"]))
        attributions.append(
            GoldAttribution(
                id=rid,
                content=content,
                source=tuple(sorted(roles["Source"])),
                cue=tuple(sorted(roles["Cue"])),
                direct=is_direct(" ".join(part.text_of(text) for part in content)),
            )
        )
    return tuple(attributions), notes, skipped


def _one_record(record: str, text: str, where: str, line: int) -> str:
    """`record` without what follows it, or an EvaluationError naming the first line that is not part
    of it. Records are cut at the next record id, so a stray line after the last one (or anywhere
    after an E, R, A, M or N record) would otherwise be read as its continuation and reported at the
    record's line. Only a T record's stored text continues over lines, as many as its span holds."""
    head, *rest = record.split("\n")
    if not rest:
        return record
    allowed = _span_line_breaks(head, text) if head.startswith("T") else 0
    for offset, extra in enumerate(rest[allowed:], start=allowed + 1):
        if extra.strip():
            raise EvaluationError(f"{where} {line + offset}: not a brat record (expected T1<TAB>Type start "
                                  "end<TAB>text)")
    return "\n".join([head, *rest[:allowed]])


def _span_line_breaks(head: str, text: str) -> int:
    """How many line breaks a T record's span text holds (the lines its stored text may continue
    over); 0 when its offsets cannot be read, which _parse_text_bound then reports."""
    offsets = head.partition("\t")[2].partition("\t")[0].partition(" ")[2]
    try:
        pairs = [[int(n) for n in piece.split()] for piece in offsets.split(";")]
        return sum(text.count("\n", a, b) for a, b in pairs)
    except ValueError:
        return 0


def _parse_text_bound(body: str, text: str, where: str) -> tuple[str, tuple[Span, ...]]:
    head, _, stored = body.partition("\t")
    kind, _, offsets = head.partition(" ")
    try:
        pairs = [[int(n) for n in piece.split()] for piece in offsets.split(";")]
        fragments = tuple(Span(a, b) for a, b in pairs)
    except ValueError:
        raise EvaluationError(
            f"{where}: bad offsets {offsets!r} (expected 'start end[;start end]')"
        ) from None
    last = max(fragment.end for fragment in fragments)
    if last > len(text):
        raise EvaluationError(f"{where}: span ends at {last}, past the text ({len(text)} chars)")
    # The .ann repeats the span text; a mismatch means byte offsets or a text read with newline
    # translation. White space may legitimately differ (multi-line spans), so it is ignored.
    actual = " ".join(f.text_of(text) for f in fragments)
    if _squeeze(actual) != _squeeze(stored):
        raise EvaluationError(
            f"{where}: span text {stored[:40]!r} does not match the .txt ({actual[:40]!r}); "
            "offsets must be code points into the text read with newline=''"
        )
    return kind, fragments


def _squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


# ---------------------------------------------------------------------------------------------
# Direct or indirect

_DOUBLE = re.compile(r"[“”„‟\"«»‹›]|''|``")
_BEFORE_OPEN = r"(?:^|(?<=[\s(\[{—–/-]))"
# An opening mark that starts an elision is an apostrophe: '90s, 'em, 'til, 'tis, rock 'n' roll.
_ELISION = r"(?!\d\ds?\b|(?:em|til|tis|twas|cause|bout|round|n)\b)"
_OPEN = re.compile(_BEFORE_OPEN + r"[‘'`]" + _ELISION + r"(?=[^\W_])", re.IGNORECASE)
_CLOSE = re.compile(r"(?<=[^\W_.,!?;:])[’'](?=$|[\s)\]}.,;:!?—–-])")


def is_direct(content: str) -> bool:
    """True when the text quotes someone's words: a double quote mark or a pair of single ones.

    Single marks double as apostrophes, so one only counts as opening at a word start and as
    closing at a word end, and only an opening followed by a closing makes a quote: that leaves
    out don't, O'Malley's, the '90s and a lone possessive such as students' books.
    """
    if _DOUBLE.search(content):
        return True
    opening = _OPEN.search(content)
    return opening is not None and _CLOSE.search(content, opening.end()) is not None


def gold_to_records(gold: Iterable[GoldDocument]) -> dict[str, dict[str, Any]]:
    """The gold as quotetrace/1 records, so it can be scored, rendered or saved like predictions.

    Gold has no direct/mixed distinction: a direct quote whose content starts with a quotation mark
    becomes `direct`, any other direct one `mixed`.
    """
    records = {}
    for doc in gold:
        quotes = []
        for gold_quote in doc.attributions:
            content = gold_quote.content_text(doc.text)
            kind = "indirect"
            if gold_quote.direct:
                kind = "direct" if content.lstrip()[:1] in "“„‟\"«‹‘'`" else "mixed"
            quotes.append(
                {
                    "id": gold_quote.id,
                    "kind": kind,
                    "text": content,
                    "spans": [part.as_list() for part in gold_quote.content],
                    "cue": _span_record(gold_quote.cue, doc.text),
                    "cue_type": "speech",
                    "speaker": _span_record(gold_quote.source, doc.text, entity=True),
                    "confidence": 1.0,
                    "rule": "gold",
                }
            )
        records[doc.id] = {"schema": SCHEMA, "id": doc.id, "quotes": quotes, "speakers": []}
    return records


def _span_record(parts: tuple[Span, ...], text: str, entity: bool = False) -> dict[str, Any] | None:
    if not parts:
        return None
    whole = cover(parts)
    record: dict[str, Any] = {"text": whole.text_of(text), "start": whole.start, "end": whole.end}
    if entity:
        record.update(entity=None, name=None)
    return record
