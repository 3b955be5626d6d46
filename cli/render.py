"""Output formats, each a plain function over `quotetrace/1` records (`Result.to_record()`).

Starting every format from the record, never from the core's objects, keeps them all in step with
the JSON schema: what a table or a CSV row shows is exactly what `--format json` would say.

Writers take an open text stream and only write to it (and flush it after each document, so a
pipeline downstream sees results as they come); opening, closing and a reader that hangs up
(BrokenPipeError) are the caller's business. Offsets are code-point offsets into the exact input,
so the brat and CSV writers copy them unchanged; only the text *shown* beside them is tidied.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from quotetrace.core.quotes.marks import QUOTE_MARKS
from quotetrace.core.rows import CSV_COLUMNS, csv_rows
from rich import box
from rich.console import Console, ConsoleOptions, Group
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

Record = Mapping[str, Any]

# --------------------------------------------------------------------------------------------------
# JSON and JSONL

# json.dumps(ensure_ascii=False) leaves these raw, yet str.splitlines() and many JSON-lines readers
# treat them as line ends; escaped, a JSONL line is one line for every reader. They can only occur
# inside JSON strings, where the escape means the same character.
_ESCAPE_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps(record: Record, *, pretty: bool) -> str:
    if pretty:
        encoded = json.dumps(record, ensure_ascii=False, indent=2)
    else:
        encoded = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return encoded.translate(_ESCAPE_LINE_BREAKS)


def write_json(records: Iterable[Record], out: TextIO) -> None:
    """A pretty JSON array of document objects, written one document at a time.

    The bytes are those of `json.dumps(list(records), indent=2, ensure_ascii=False)` plus a final
    newline, but an archive never has to be held in memory to produce them. On KeyboardInterrupt the
    array is closed on the records written so far (valid JSON), then the interrupt goes on.
    """
    count = 0
    out.write("[")
    try:
        for record in records:
            # Each element sits one level deep in the array: indent its lines by one more step. One
            # write per element, its separator included, so Ctrl-C never leaves a dangling comma.
            body = "\n".join("  " + line for line in _dumps(record, pretty=True).split("\n"))
            out.write(("," if count else "") + "\n" + body)
            out.flush()
            count += 1
    except KeyboardInterrupt:
        # Ctrl-C: the array closes on the documents already written, so what was saved still parses
        out.write("\n]\n" if count else "]\n")
        out.flush()
        raise
    out.write("\n]\n" if count else "]\n")
    out.flush()


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    """One compact document object per line, flushed after each so pipelines stream."""
    for record in records:
        # one write per line: a run stopped between two writes (Ctrl-C) leaves only whole lines
        out.write(_dumps(record, pretty=False) + "\n")
        out.flush()


# --------------------------------------------------------------------------------------------------
# CSV and TSV



def _csv_writer(out: TextIO, delimiter: str) -> Any:
    # Rows end in CRLF, as RFC 4180 and the csv module's own dialects do. It also matters for
    # correctness: the module quotes a field only when it holds a character of the line terminator,
    # so with "\n" alone a bare CR inside a quote would be written unquoted and split the row.
    return csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)




TRACE_COLUMN = "trace"


def _columns(trace: bool) -> tuple[str, ...]:
    return (*CSV_COLUMNS, TRACE_COLUMN) if trace else CSV_COLUMNS


def _rows(record: Record, trace: bool) -> list[list[str]]:
    """`csv_rows`, with `trace` the quote's trace ids joined by ';' as a last column (records made
    with `to_record(trace=True)`; the same separator as the spans column)."""
    rows = csv_rows(record)
    if trace:
        for row, quote in zip(rows, record["quotes"], strict=True):
            row.append(";".join(quote.get("trace", ())))
    return rows


def write_csv_header(out: TextIO, delimiter: str = ",", trace: bool = False) -> None:
    """The header row; write it once, before any document's rows. With `trace`, a last `trace` column."""
    _csv_writer(out, delimiter).writerow(_columns(trace))


def write_csv_rows(record: Record, out: TextIO, delimiter: str = ",", trace: bool = False) -> None:
    """One document's rows (none for a document without quotes), flushed; `trace` as in the header."""
    _csv_writer(out, delimiter).writerows(_rows(record, trace))
    out.flush()


def write_csv(records: Iterable[Record], out: TextIO, delimiter: str = ",") -> None:
    """Header, then one row per quote of every document (RFC 4180; TSV is `write_tsv_rows`).

    Fields holding the delimiter, a double quote or a line break are quoted CSV-style, so
    `csv.reader(f)` and pandas read every row back. Open `out` with `newline=""`, as for any csv
    writer, or CRLFs may be doubled on Windows.
    """
    write_csv_header(out, delimiter)
    for record in records:
        write_csv_rows(record, out, delimiter)


# TSV as the tab-separated format of Unix tools (IANA text/tab-separated-values; the escapes are
# those PostgreSQL's COPY and MySQL's LOAD DATA read): one line per row ending in LF, fields split by
# tabs, never quoted; a backslash, tab, line feed or carriage return inside a field is written as
# \\, \t, \n or \r, so `cut -f` and `awk -F'\t'` see every row whole.
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def tsv_field(value: str) -> str:
    """One TSV field: backslash, tab, LF and CR escaped (see above)."""
    return value.translate(_TSV_ESCAPES)


def _write_tsv_row(out: TextIO, row: Sequence[str]) -> None:
    out.write("\t".join(tsv_field(cell) for cell in row) + "\n")


def write_tsv_header(out: TextIO, trace: bool = False) -> None:
    """The TSV header line (`CSV_COLUMNS`, and `trace` with `trace`); write it once."""
    _write_tsv_row(out, _columns(trace))


def write_tsv_rows(record: Record, out: TextIO, trace: bool = False) -> None:
    """One document's TSV lines, one per quote, flushed."""
    for row in _rows(record, trace):
        _write_tsv_row(out, row)
    out.flush()


# --------------------------------------------------------------------------------------------------
# brat standoff

# brat reads the .ann file line by line; every character that some reader takes for a line end
# becomes one space, so the stored text stays on its line and keeps the length of its span.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ONE_LINE = str.maketrans(dict.fromkeys(_LINE_BREAKS, " "))


def render_brat(record: Record, text: str) -> str:
    """The brat standoff (.ann) annotation of one document, in the PolNeAR/PARC style.

    Per quote: `T` lines for its Source (the speaker mention), Cue and Content (a split quote is
    one discontinuous `Content s e;s e`, a direct or mixed quote's parts with the quotation marks
    around them, as PolNeAR annotates them), an event trigger on the cue (on the first content span
    when there is no cue) and `E<n>  Attribution:T Content:T Cue:T Source:T`; a quote with no
    speaker is an `Attribution-no-source` event without the Source argument. Identical
    annotations are written once and shared, as brat allows.

    `text` must be the text the record was made from, written as is (UTF-8, no newline
    translation) beside the .ann; brat's offsets are code points like ours.
    """
    lines: list[str] = []
    ids: dict[tuple[str, tuple[tuple[int, int], ...]], str] = {}

    def annotation(kind: str, spans: Iterable[Sequence[int]]) -> str | None:
        # brat rejects empty fragments; drop them, and the annotation if nothing is left.
        fragments = tuple((int(start), int(end)) for start, end in spans if end > start)
        if not fragments:
            return None
        for start, end in fragments:
            if end > len(text):
                raise ValueError(
                    f"document {record['id']!r}: span {start}-{end} lies outside its text "
                    f"({len(text)} characters); is this the text the record was made from?"
                )
        key = (kind, fragments)
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offsets = ";".join(f"{start} {end}" for start, end in fragments)
            # brat's convention for a discontinuous span's text: fragments joined by one space.
            covered = " ".join(text[start:end] for start, end in fragments).translate(_ONE_LINE)
            lines.append(f"{ids[key]}\t{kind} {offsets}\t{covered}")
        return ids[key]

    events = 0
    for quote in record["quotes"]:
        content_spans = [span for span in quote["spans"] if span[1] > span[0]]
        if not content_spans:
            continue
        if quote["kind"] != "indirect":
            content_spans = [_with_marks(text, start, end) for start, end in content_spans]
        speaker, cue = quote.get("speaker"), quote.get("cue")
        source = annotation("Source", [(speaker["start"], speaker["end"])]) if speaker else None
        cue_id = annotation("Cue", [(cue["start"], cue["end"])]) if cue else None
        content = annotation("Content", content_spans)
        event_type = "Attribution" if source else "Attribution-no-source"
        trigger_span = (cue["start"], cue["end"]) if cue_id else tuple(content_spans[0])
        trigger = annotation(event_type, [trigger_span])
        arguments = [f"{event_type}:{trigger}", f"Content:{content}"]
        if cue_id:
            arguments.append(f"Cue:{cue_id}")
        if source:
            arguments.append(f"Source:{source}")
        events += 1
        lines.append(f"E{events}\t{' '.join(arguments)}")
    return "".join(line + "\n" for line in lines)


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct or mixed quote's content part widened over the quotation marks right around it.

    PolNeAR (and PARC) annotate a direct quote's Content with its marks, and `quotetrace eval` tells
    direct gold from indirect by those marks (core/evaluate/__init__.py, Direct and indirect); our
    spans leave them out, so without this a brat file we wrote scored its direct quotes as indirect
    gold. A mark counts only when it touches the part (two-character marks such as `` and '' too)."""
    for mark in sorted(QUOTE_MARKS, key=len, reverse=True):
        if start >= len(mark) and text.startswith(mark, start - len(mark)):
            start -= len(mark)
            break
    for mark in sorted(QUOTE_MARKS, key=len, reverse=True):
        if text.startswith(mark, end):
            end += len(mark)
            break
    return start, end


# --------------------------------------------------------------------------------------------------
# Terminal output (rich)

# A quote longer than this is shown to here, then `… (+N words)`; --full shows it whole. Sixty words
# is about four lines of a 120-column table: a long speech stays readable without filling the screen.
QUOTE_WORDS = 60
# From this width on a table fits its six columns and leaves the quote at least ~45 characters;
# below it each quote gets a block of its own (80 columns is the commonest terminal).
TABLE_MIN_WIDTH = 100
_WHITESPACE = re.compile(r"\s+")


def _display(value: object) -> str:
    """Text from the input made safe and compact for a terminal.

    Runs of white space become one space, and any other control character becomes U+FFFD: input
    text is untrusted, and an ESC in an article must not drive the reader's terminal.
    """
    collapsed = _WHITESPACE.sub(" ", str(value)).strip()
    return "".join("\ufffd" if unicodedata.category(ch) == "Cc" else ch for ch in collapsed)


def shorten_words(value: str, limit: int | None) -> str:
    """`value` whole, or its first `limit` words and an explicit `… (+N words)` for the rest.
    `limit=None` never shortens."""
    words = value.split(" ")
    if limit is None or len(words) <= limit:
        return value
    return " ".join(words[:limit]) + f" … (+{len(words) - limit:,} words)"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _speaker_types(record: Record) -> dict[str, str]:
    return {speaker["id"]: speaker.get("type", "unknown") for speaker in record.get("speakers", [])}


def _speaker_cell(speaker: Mapping[str, Any] | None, kind: str | None = None) -> Text:
    """The canonical name once; the mention only when it says something else ("she", "the mayor"),
    not when it repeats the name with a title ("Mayor Helen Ashby") or a part of it ("Ashby")."""
    if not speaker:
        return Text("—", style="dim")
    name, mention = speaker.get("name"), _display(speaker.get("text", ""))
    if not name:
        # A mention no entity was found for: show what the article says, marked as unresolved.
        cell = Text(mention, style="italic")
    else:
        cell = Text(_display(name), style="bold")
        shown = _display(name).casefold()
        if mention and shown not in mention.casefold() and mention.casefold() not in shown:
            cell.append(f" ({mention})", style="dim")
    if kind:
        cell.append(f" · {kind}", style="dim")
    return cell


def _quote_text(quote: Mapping[str, Any], text: str, limit: int | None) -> Text:
    # The original text lets a split quote show where it was split; the record's `text` joins the
    # parts with a plain space.
    parts = [text[start:end] for start, end in quote["spans"]]
    shown = " … ".join(_display(part) for part in parts) if parts else _display(quote["text"])
    return Text(shorten_words(shown, limit))


def _cue_cell(quote: Mapping[str, Any]) -> Text:
    cue = quote.get("cue")
    cell = Text(_display(cue["text"]) if cue else "—", style="" if cue else "dim")
    if quote.get("cue_type") not in (None, "speech"):
        cell.append(f" ({quote['cue_type']})", style="dim")
    return cell


def _speaker_key(quote: Mapping[str, Any]) -> str | None:
    speaker = quote.get("speaker")
    if not speaker:
        return None
    return str(speaker.get("entity") or speaker.get("name") or speaker.get("text"))


def _document_header(record: Record, text: str) -> Text:
    quotes = record["quotes"]
    kinds: dict[str, int] = {}
    for quote in quotes:
        kinds[quote["kind"]] = kinds.get(quote["kind"], 0) + 1
    speakers = {key for key in map(_speaker_key, quotes) if key is not None}
    header = Text(_display(record["id"]) or "(no id)", style="bold")
    details = [_plural(len(quotes), "quote")]
    if kinds:
        details.append(", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())))
    details += [_plural(len(speakers), "speaker"), _plural(len(text), "character")]
    header.append("  " + " · ".join(details), style="dim")
    return header


def _spans_text(quote: Mapping[str, Any], separator: str) -> str:
    return separator.join(f"{start}-{end}" for start, end in quote["spans"])


def _quote_table(record: Record, text: str, limit: int | None) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    # fold, not rich's default ellipsis: a word longer than its column (a URL, a run-on token) is
    # broken over lines, so nothing is cut and --full shows everything
    table.add_column("Speaker", max_width=26, overflow="fold")
    table.add_column("Quote", ratio=1, min_width=40, overflow="fold")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Cue", max_width=18, overflow="fold")
    table.add_column("Span(s)", no_wrap=True, style="dim")
    table.add_column("Conf.", justify="right", no_wrap=True, style="dim")
    for quote in record["quotes"]:
        table.add_row(
            _speaker_cell(quote.get("speaker")),
            _quote_text(quote, text, limit),
            Text(str(quote["kind"])),
            _cue_cell(quote),
            # One span a line keeps the column narrow and the parts of a split quote apart.
            Text(_spans_text(quote, "\n")),
            Text(f"{quote['confidence']:.2f}"),
        )
    return table


def _quote_blocks(record: Record, text: str, limit: int | None) -> Group:
    """One block per quote for a narrow terminal: who (name, mention if it differs, type), then
    cue and kind, then the whole quote wrapped and indented, then spans and confidence, dim."""
    types = _speaker_types(record)
    blocks: list[Any] = []
    for quote in record["quotes"]:
        speaker = quote.get("speaker")
        kind = types.get(speaker.get("entity"), "unknown") if speaker and speaker.get("entity") else None
        who = Text.assemble((f"{quote['id']} ", "dim"), _speaker_cell(speaker, kind))
        how = Text("  ").append_text(_cue_cell(quote)).append(f" · {quote['kind']}")
        where = Text(f"  {_spans_text(quote, ' ')} · confidence {quote['confidence']:.2f} · {quote.get('rule', '')}",
                     style="dim")
        blocks += [who, how, Padding(_quote_text(quote, text, limit), (0, 0, 0, 4)), where, Text("")]
    return Group(*blocks)


class _Trimmed:
    """A renderable's lines without the spaces rich pads them with to the console's width: a copied or
    piped narrow view should not end every line in blanks (plain spaces only; styled cells keep theirs)."""

    def __init__(self, renderable: Any) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for line in console.render_lines(self.renderable, options, pad=False):
            while line and not line[-1].control and not line[-1].text.strip(" ") and not _paints(line[-1]):
                line.pop()
            if line and not line[-1].control and not _paints(line[-1]):
                last = line.pop()
                line.append(Segment(last.text.rstrip(" "), last.style))
            yield from line
            yield Segment.line()


def _paints(segment: Segment) -> bool:
    """Whether a space in this segment shows (a background colour, an underline)."""
    style = segment.style
    return style is not None and (style.bgcolor is not None or bool(style.underline) or bool(style.reverse))


def render_table(records_with_text: Iterable[tuple[Record, str]], console: Console, *, full: bool = False) -> None:
    """Per document, a header line with its id and counts, then its quotes: a table on a console
    at least `TABLE_MIN_WIDTH` columns wide, one block per quote on a narrower one.

    Quotes longer than `QUOTE_WORDS` words end in `… (+N words)` unless `full`.
    """
    limit = None if full else QUOTE_WORDS
    for record, text in records_with_text:
        console.print(_Trimmed(_document_header(record, text)))
        if not record["quotes"]:
            console.print(Text("  no quotes found", style="dim"))
            console.print()
            continue
        if console.width >= TABLE_MIN_WIDTH:
            console.print(_quote_table(record, text, limit))
        else:
            console.print()
            console.print(_Trimmed(_quote_blocks(record, text, limit)))


# --------------------------------------------------------------------------------------------------
# Highlight: the article itself, each quote coloured by its speaker

# Colours that read on dark and light terminals alike, in order of first appearance.
SPEAKER_COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
                   "bright_green", "bright_blue")
UNATTRIBUTED_STYLE = "italic dim"


def speaker_colours(record: Record) -> dict[str, str]:
    """Speaker key (entity id, else mention text) → colour, in order of each speaker's first
    quote; colours repeat after `SPEAKER_COLOURS` runs out."""
    colours: dict[str, str] = {}
    for quote in record["quotes"]:
        key = _speaker_key(quote)
        if key is not None and key not in colours:
            colours[key] = SPEAKER_COLOURS[len(colours) % len(SPEAKER_COLOURS)]
    return colours


def _terminal_safe(text: str) -> str:
    """Control characters become U+FFFD one for one, so offsets into `text` still point at the same
    characters; line feeds and tabs stay, a CR before an LF becomes a space and a lone CR a line feed."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "\r":
            out.append(" " if text[i + 1 : i + 2] == "\n" else "\n")
        elif ch in "\n\t" or unicodedata.category(ch) != "Cc":
            out.append(ch)
        else:
            out.append("\ufffd")
    return "".join(out)


def highlighted_article(record: Record, text: str) -> Text:
    """The article as a rich `Text`: each quote's content in its speaker's colour (unattributed:
    italic dim), its cue bold and underlined, the speaker mention bold, underlined and coloured.
    Offsets into the Text are the record's code-point offsets."""
    article = Text(_terminal_safe(text))
    colours = speaker_colours(record)
    for quote in record["quotes"]:
        key = _speaker_key(quote)
        style = colours[key] if key is not None else UNATTRIBUTED_STYLE
        for start, end in quote["spans"]:
            article.stylize(style, start, end)
        if quote.get("cue"):
            article.stylize("bold underline", quote["cue"]["start"], quote["cue"]["end"])
        if quote.get("speaker"):
            article.stylize(f"bold underline {style}", quote["speaker"]["start"], quote["speaker"]["end"])
    return article


def _legend(record: Record) -> Text:
    colours = speaker_colours(record)
    names: dict[str, str] = {}
    for quote in record["quotes"]:
        key = _speaker_key(quote)
        if key is not None and key not in names:
            speaker = quote["speaker"]
            names[key] = _display(speaker.get("name") or speaker.get("text"))
    legend = Text("speakers: ", style="dim")
    for i, (key, name) in enumerate(names.items()):
        legend.append(" · " if i else "")
        legend.append(name, style=f"bold {colours[key]}")
    if any(_speaker_key(q) is None for q in record["quotes"]):
        legend.append(" · " if names else "").append("no speaker", style=UNATTRIBUTED_STYLE)
    legend.append("   cue and speaker mention underlined", style="dim")
    return legend


def render_highlight(records_with_text: Iterable[tuple[Record, str]], console: Console) -> None:
    """Per document: the header, a legend of speakers and their colours, then the article with its
    quotes highlighted (`highlighted_article`), wrapped to the console's width."""
    for record, text in records_with_text:
        console.print(_document_header(record, text))
        console.print(_legend(record))
        console.print()
        console.print(highlighted_article(record, text))
        console.print()


# --------------------------------------------------------------------------------------------------
# Summary: whose voices does this article carry?

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
NO_SPEAKER = "(no speaker)"


@dataclass(frozen=True, slots=True)
class SpeakerTally:
    """How much one speaker is quoted, in one document or over several.

    Shares are of all quotes (words) in scope, unattributed ones included, so they add up to 1.
    """

    name: str
    type: str
    quotes: int
    words: int
    quote_share: float
    word_share: float


def count_words(value: str) -> int:
    """Words as a reader counts them: "didn't" and "well-known" are one word each."""
    return len(_WORD.findall(value))


# One quote's voice: (grouping key, name, type, words). The key is None for an unattributed quote.
_Voice = tuple[tuple[str, str] | None, str, str, int]


def _voices(record: Record) -> list[_Voice]:
    types = {speaker["id"]: speaker.get("type", "unknown") for speaker in record.get("speakers", [])}
    voices: list[_Voice] = []
    for quote in record["quotes"]:
        words = count_words(quote["text"])
        speaker = quote.get("speaker")
        if not speaker:
            voices.append((None, NO_SPEAKER, "", words))
        elif speaker.get("name"):
            kind = types.get(speaker.get("entity"), "unknown")
            voices.append(((speaker["name"], kind), speaker["name"], kind, words))
        else:
            # A mention no entity was found for ("a spokesperson"): its text is all we know.
            voices.append(((speaker["text"], "unknown"), speaker["text"], "unknown", words))
    return voices


def _rank(voices: Iterable[_Voice]) -> list[SpeakerTally]:
    quotes: dict[tuple[str, str] | None, int] = {}
    words: dict[tuple[str, str] | None, int] = {}
    labels: dict[tuple[str, str] | None, tuple[str, str]] = {}
    for key, name, kind, count in voices:
        quotes[key] = quotes.get(key, 0) + 1
        words[key] = words.get(key, 0) + count
        labels.setdefault(key, (name, kind))
    total_quotes, total_words = sum(quotes.values()), sum(words.values())
    # Most quoted first, then most words; unattributed quotes last, since they are no one's voice;
    # names break ties so the order never depends on the input's.
    order = sorted(quotes, key=lambda k: (k is None, -quotes[k], -words[k], labels[k][0].casefold()))
    return [
        SpeakerTally(
            name=labels[key][0],
            type=labels[key][1],
            quotes=quotes[key],
            words=words[key],
            quote_share=quotes[key] / total_quotes if total_quotes else 0.0,
            word_share=words[key] / total_words if total_words else 0.0,
        )
        for key in order
    ]


def tally_speakers(record: Record) -> list[SpeakerTally]:
    """One document's speakers, most quoted first; unattributed quotes as `NO_SPEAKER`, last."""
    return _rank(_voices(record))


def tally_overall(records: Iterable[Record]) -> list[SpeakerTally]:
    """Speakers over several documents. Entity ids are per document, so a speaker is recognised
    across documents by canonical name and type."""
    return _rank(voice for record in records for voice in _voices(record))


def _summary_table(title: Text, tallies: list[SpeakerTally]) -> Table:
    # Four columns, each count with its share beside it: the name wraps, the rest never does, so
    # even a 60-column terminal shows every figure (six columns lost the last one there).
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Speaker", min_width=12, max_width=40, ratio=1)
    table.add_column("Type", no_wrap=True)
    table.add_column("Quotes\n(share)", justify="right", no_wrap=True)
    table.add_column("Words\n(share)", justify="right", no_wrap=True)
    for tally in tallies:
        unattributed = not tally.type  # every attributed speaker has a type, "unknown" at least
        table.add_row(
            Text(_display(tally.name), style="dim" if unattributed else "bold"),
            Text(tally.type or "—", style="dim" if unattributed else ""),
            Text(f"{tally.quotes:,} ({tally.quote_share:.0%})"),
            Text(f"{tally.words:,} ({tally.word_share:.0%})"),
        )
    return table


def render_summary(records: Iterable[Record], console: Console) -> None:
    """Speakers ranked by quotes and quoted words, per document and, for several, overall."""
    everyone: list[_Voice] = []
    documents = 0
    for record in records:
        documents += 1
        voices = _voices(record)
        everyone += voices
        title = Text(_display(record["id"]) or "(no id)", style="bold")
        if not voices:
            console.print(title)
            console.print(Text("  no quotes found", style="dim"))
            console.print()
            continue
        console.print(_summary_table(title, _rank(voices)))
    if documents > 1:
        title = Text(f"All {documents:,} documents", style="bold")
        if everyone:
            console.print(_summary_table(title, _rank(everyone)))
        else:
            console.print(title)
            console.print(Text("  no quotes found", style="dim"))


# --------------------------------------------------------------------------------------------------
# --speakers as data (JSON, JSONL, CSV, TSV)

SPEAKERS_SCHEMA = "quotetrace-speakers/1"
SPEAKER_COLUMNS = ("document_id", "speaker", "type", "quotes", "words", "quote_share", "word_share")


def _tally_dict(tally: SpeakerTally) -> dict[str, Any]:
    return {"name": tally.name, "type": tally.type or None, "quotes": tally.quotes, "words": tally.words,
            "quote_share": round(tally.quote_share, 4), "word_share": round(tally.word_share, 4)}


def speakers_record(record: Record) -> dict[str, Any]:
    """One document's speaker ranking: `{"schema", "id", "speakers": [{name, type, quotes, words,
    quote_share, word_share}]}`, most quoted first; unattributed quotes are `NO_SPEAKER` with type null."""
    return {"schema": SPEAKERS_SCHEMA, "id": record["id"], "speakers": [_tally_dict(t) for t in tally_speakers(record)]}


def write_speakers_json(records: Iterable[Record], out: TextIO) -> None:
    """`{"schema", "documents": [speakers_record…], "overall": [...]}`, the ranking over all documents
    (speakers recognised across documents by name and type, as `tally_overall`)."""
    documents: list[dict[str, Any]] = []
    voices: list[_Voice] = []
    for record in records:
        documents.append(speakers_record(record))
        voices += _voices(record)
    payload = {"schema": SPEAKERS_SCHEMA, "documents": documents, "overall": [_tally_dict(t) for t in _rank(voices)]}
    out.write(json.dumps(payload, ensure_ascii=False, indent=2).translate(_ESCAPE_LINE_BREAKS) + "\n")
    out.flush()


def write_speakers_rows(records: Iterable[Record], out: TextIO, delimiter: str = ",") -> None:
    """A header, then one row per speaker per document (`SPEAKER_COLUMNS`); CSV, or TSV with a tab."""
    if delimiter == "\t":
        _write_tsv_row(out, SPEAKER_COLUMNS)
    else:
        _csv_writer(out, delimiter).writerow(SPEAKER_COLUMNS)
    for record in records:
        rows = [[str(record["id"]), t.name, t.type, str(t.quotes), str(t.words), f"{t.quote_share:.4f}",
                 f"{t.word_share:.4f}"] for t in tally_speakers(record)]
        for row in rows:
            if delimiter == "\t":
                _write_tsv_row(out, row)
            else:
                _csv_writer(out, delimiter).writerow(row)
        out.flush()
