"""Every output format, from records built with the core's own types so the schema stays in step."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from quotetrace.cli.render import (
    CSV_COLUMNS,
    NO_SPEAKER,
    QUOTE_WORDS,
    SPEAKER_COLUMNS,
    count_words,
    highlighted_article,
    render_brat,
    render_highlight,
    render_summary,
    render_table,
    shorten_words,
    speaker_colours,
    tally_overall,
    tally_speakers,
    tsv_field,
    write_csv,
    write_csv_header,
    write_csv_rows,
    write_json,
    write_jsonl,
    write_speakers_json,
    write_speakers_rows,
    write_tsv_header,
    write_tsv_rows,
)
from quotetrace.core.model import Entity, Mention, Quote, Result, Span
from rich.console import Console

# A BOM, CRLFs, a bare LF inside a quote, commas and double quotes inside content, an emoji before
# later spans: everything that tempts a writer to shift or mangle offsets.
TEXT = (
    '\ufeff"We will win, and win big," said Jane Smith, the mayor.\r\n'
    'She added that "taxes, \\"fees\\" and\nlevies" would fall 🙂.\r\n'
    "The plan, officials said, is ready.\r\n"
    'Nobody knows "what [bold]comes[/bold] next\x1b[31m".'
)


def at(piece: str, after: int = 0) -> Span:
    start = TEXT.index(piece, after)
    return Span(start, start + len(piece))


def build_result(document_id: str = "mayor-1") -> Result:
    jane = at("Jane Smith")
    she = at("She")
    officials = at("officials")
    entities = (
        Entity(
            "e1",
            "Jane Smith",
            "person",
            (Mention(jane, "Jane Smith", "name"), Mention(she, "She", "pronoun")),
        ),
        Entity("e2", "officials", "group", (Mention(officials, "officials", "group"),)),
    )
    quotes = (
        Quote(
            "q1",
            "direct",
            (at("We will win, and win big,"),),
            cue=at("said"),
            speaker=Mention(jane, "Jane Smith", "name"),
            entity_id="e1",
            confidence=0.91234,
            rule="direct.after",
        ),
        Quote(
            "q2",
            "mixed",
            (at('taxes, \\"fees\\" and\nlevies'),),
            cue=at("added"),
            speaker=Mention(she, "She", "pronoun"),
            entity_id="e1",
            confidence=0.8,
            rule="mixed.that",
        ),
        Quote(
            "q3",
            "indirect",
            (at("The plan,"), at("is ready")),
            cue=at("said", at("officials").start),
            speaker=Mention(officials, "officials", "group"),
            entity_id="e2",
            confidence=0.6,
            rule="indirect.parenthetical",
        ),
        Quote(
            "q4",
            "direct",
            (at("what [bold]comes[/bold] next\x1b[31m"),),
            confidence=0.4,
            rule="direct.orphan",
        ),
    )
    return Result(document_id, TEXT, quotes, entities)


@pytest.fixture()
def record() -> dict[str, Any]:
    built: dict[str, Any] = build_result().to_record()
    return built


def empty_record(document_id: str = "empty") -> dict[str, Any]:
    built: dict[str, Any] = Result(document_id, "", ()).to_record()
    return built


class FlushLog(io.StringIO):
    """A stream that remembers what had been written each time it was flushed."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed: list[str] = []

    def flush(self) -> None:
        self.flushed.append(self.getvalue())
        super().flush()


# --- JSON / JSONL ----------------------------------------------------------------------------------


def test_json_is_a_pretty_array_that_round_trips(record: dict[str, Any]) -> None:
    records = [record, empty_record()]
    out = io.StringIO()
    write_json(iter(records), out)
    assert json.loads(out.getvalue()) == records
    # Streamed, yet the same text as dumping the whole list at once.
    assert out.getvalue() == json.dumps(records, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("before", [0, 1, 2])
def test_json_interrupted_by_ctrl_c_still_parses_with_the_documents_written(record: dict[str, Any],
                                                                             before: int) -> None:
    # tester 5: Ctrl-C during `-f json` left the array open, so the saved file could not be read
    def stopped() -> Iterator[dict[str, Any]]:
        for _ in range(before):
            yield record
        raise KeyboardInterrupt

    out = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        write_json(stopped(), out)
    assert json.loads(out.getvalue()) == [record] * before


def test_json_with_no_documents_is_an_empty_array() -> None:
    out = io.StringIO()
    write_json([], out)
    assert json.loads(out.getvalue()) == []


def test_jsonl_is_one_compact_object_per_line_flushed_per_document(record: dict[str, Any]) -> None:
    second = build_result("mayor-2").to_record()
    out = FlushLog()
    write_jsonl([record, second], out)
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == [record, second]
    assert lines[0] == json.dumps(record, ensure_ascii=False, separators=(",", ":"))  # compact
    assert out.flushed[0].count("\n") == 1  # the first document went out on its own


def test_jsonl_streams_before_the_next_document_exists(record: dict[str, Any]) -> None:
    out = io.StringIO()

    def records() -> Iterator[dict[str, Any]]:
        yield record
        assert out.getvalue().count("\n") == 1
        yield empty_record()

    write_jsonl(records(), out)
    assert out.getvalue().count("\n") == 2


def test_json_escapes_unicode_line_separators() -> None:
    record = Result("ls", "a\u2028b\x85c", (Quote("q1", "direct", (Span(0, 5),)),)).to_record()
    for write in (write_json, write_jsonl):
        out = io.StringIO()
        write([record], out)
        assert "\u2028" not in out.getvalue() and "\x85" not in out.getvalue()
        assert len(out.getvalue().splitlines()) == len(out.getvalue().split("\n")) - 1
    assert json.loads(out.getvalue()) == record


# --- CSV / TSV -------------------------------------------------------------------------------------


def parse_csv(data: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_csv_rows_parse_back(record: dict[str, Any], delimiter: str) -> None:
    out = io.StringIO(newline="")
    write_csv([record, empty_record()], out, delimiter=delimiter)
    rows = parse_csv(out.getvalue(), delimiter)
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 1 + len(record["quotes"])  # the empty document adds no rows
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    by_id = {row[1]: dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]}

    q1 = by_id["q1"]
    assert q1["document_id"] == "mayor-1"
    assert q1["kind"] == "direct"
    assert q1["speaker_name"] == q1["speaker_text"] == "Jane Smith" and q1["speaker_entity"] == "e1"
    assert TEXT[int(q1["speaker_start"]) : int(q1["speaker_end"])] == "Jane Smith"
    assert TEXT[int(q1["cue_start"]) : int(q1["cue_end"])] == q1["cue_text"] == "said"
    assert q1["content"] == "We will win, and win big,"
    assert q1["confidence"] == "0.912" and q1["rule"] == "direct.after"

    # Commas, doubled quotes and a line break inside the content survive quoting.
    assert by_id["q2"]["content"] == 'taxes, \\"fees\\" and\nlevies'
    assert by_id["q2"]["speaker_text"] == "She" and by_id["q2"]["speaker_name"] == "Jane Smith"

    # A split quote: both spans, and the content joined as the record joins it.
    starts = [TEXT.index("The plan,"), TEXT.index("is ready")]
    assert by_id["q3"]["spans"] == f"{starts[0]}-{starts[0] + 9};{starts[1]}-{starts[1] + 8}"
    assert by_id["q3"]["content"] == "The plan, is ready"

    # No speaker, no cue: empty cells, not "None".
    q4 = by_id["q4"]
    blank = ("speaker_name", "speaker_entity", "speaker_start", "cue_text", "cue_start")
    assert [q4[column] for column in blank] == [""] * len(blank)


def test_csv_header_and_rows_stream_separately(record: dict[str, Any]) -> None:
    out = FlushLog()
    write_csv_header(out)
    write_csv_rows(record, out)
    write_csv_rows(build_result("mayor-2").to_record(), out)
    rows = parse_csv(out.getvalue())
    assert rows.count(list(CSV_COLUMNS)) == 1
    assert [row[0] for row in rows[1:]] == ["mayor-1"] * 4 + ["mayor-2"] * 4
    assert len(out.flushed) == 2


def test_csv_quotes_a_bare_carriage_return() -> None:
    text = "a\rb, c\td"
    record = Result("cr", text, (Quote("q1", "direct", (Span(0, len(text)),)),)).to_record()
    for delimiter in (",", "\t"):
        out = io.StringIO(newline="")
        write_csv([record], out, delimiter=delimiter)
        rows = parse_csv(out.getvalue(), delimiter)
        assert len(rows) == 2
        assert rows[1][CSV_COLUMNS.index("content")] == text


# --- brat ------------------------------------------------------------------------------------------

T_LINE = re.compile(r"^(T\d+)\t([\w-]+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
E_LINE = re.compile(r"^(E\d+)\t(\S+:T\d+(?: \S+:T\d+)*)$")


def parse_brat(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[list[str]]]:
    annotations: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[list[str]] = []
    assert ann.endswith("\n")
    for line in ann[:-1].split("\n"):
        if match := T_LINE.match(line):
            tid, kind, offsets, covered = match.groups()
            spans = [(int(a), int(b)) for a, b in (pair.split() for pair in offsets.split(";"))]
            annotations[tid] = (kind, spans, covered)
        elif match := E_LINE.match(line):
            events.append(match.group(2).split(" "))
        else:
            raise AssertionError(f"not a brat line: {line!r}")
    return annotations, events


def test_brat_offsets_reproduce_the_text(record: dict[str, Any]) -> None:
    annotations, events = parse_brat(render_brat(record, TEXT))
    for kind, spans, covered in annotations.values():
        expected = " ".join(TEXT[start:end] for start, end in spans)
        # Line breaks in the stored text become spaces, one for one; the offsets stay exact.
        assert covered == re.sub(r"[\r\n]", " ", expected), kind
        assert "\r" not in covered
    assert len(events) == len(record["quotes"])


def test_brat_events_link_the_right_annotations(record: dict[str, Any]) -> None:
    annotations, events = parse_brat(render_brat(record, TEXT))

    def roles(event: list[str]) -> dict[str, tuple[str, list[tuple[int, int]], str]]:
        return {arg.split(":")[0]: annotations[arg.split(":")[1]] for arg in event}

    first = roles(events[0])
    assert set(first) == {"Attribution", "Content", "Cue", "Source"}
    assert first["Source"][2] == "Jane Smith" and first["Source"][0] == "Source"
    assert first["Cue"][2] == "said" and first["Content"][0] == "Content"
    # The trigger is typed as its event and sits on the cue.
    assert first["Attribution"][0] == "Attribution" and first["Attribution"][1] == first["Cue"][1]

    split = roles(events[2])
    assert len(split["Content"][1]) == 2 and split["Content"][2] == "The plan, is ready"
    assert split["Source"][2] == "officials"

    orphan = roles(events[3])
    assert set(orphan) == {"Attribution-no-source", "Content"}
    # Without a cue the trigger takes the content's first span.
    assert orphan["Attribution-no-source"][1] == orphan["Content"][1][:1]


def test_brat_shares_identical_annotations() -> None:
    text = '"A," she said, "B."'
    she, said = Span(5, 8), Span(9, 13)
    quotes = tuple(
        Quote(f"q{i}", "direct", (part,), cue=said, speaker=Mention(she, "she", "pronoun"))
        for i, part in enumerate((Span(1, 3), Span(16, 18)))
    )
    annotations, events = parse_brat(render_brat(Result("d", text, quotes).to_record(), text))
    sources = [tid for tid, (kind, _, _) in annotations.items() if kind == "Source"]
    assert len(sources) == 1 and len(events) == 2


def test_brat_of_a_document_without_quotes_is_empty() -> None:
    assert render_brat(empty_record(), "") == ""


def test_brat_rejects_the_wrong_text(record: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="outside its text"):
        render_brat(record, "too short")


# --- table -----------------------------------------------------------------------------------------


def console() -> Console:
    return Console(record=True, width=120, file=io.StringIO(), color_system=None)


def test_table_shows_each_quote_with_its_speaker(record: dict[str, Any]) -> None:
    screen = console()
    render_table([(record, TEXT), (empty_record(), "")], screen)
    shown = screen.export_text()
    assert "mayor-1" in shown
    assert "4 quotes" in shown and "2 speakers" in shown
    assert "Jane Smith" in shown
    assert "Jane Smith (She)" in shown  # the mention, when it is not the name
    assert "officials" in shown
    assert "The plan, … is ready" in shown  # a split quote shows its split
    assert "indirect" in shown and "0.91" in shown
    assert "empty" in shown and "no quotes found" in shown


def test_table_shows_input_text_literally_and_safely(record: dict[str, Any]) -> None:
    screen = console()
    render_table([(record, TEXT)], screen)
    shown = screen.export_text()
    assert "[bold]comes[/bold]" in shown  # not taken for rich markup
    assert "\x1b" not in shown  # an escape from the article never reaches the terminal


def long_record(words: int = 200) -> tuple[dict[str, Any], str]:
    text = " ".join(f"w{i}" for i in range(words))
    return Result("long", text, (Quote("q1", "direct", (Span(0, len(text)),)),)).to_record(), text


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_a_long_quote_is_never_cut_silently(width: int) -> None:
    record, text = long_record()
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    render_table([(record, text)], screen)
    shown = screen.export_text()
    assert f"(+{200 - QUOTE_WORDS} words)" in shown
    assert f"w{QUOTE_WORDS - 1}" in shown and f"w{QUOTE_WORDS} " not in shown
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    render_table([(record, text)], screen, full=True)
    shown = screen.export_text()
    assert "words)" not in shown
    assert all(f"w{i}" in shown.split() for i in range(200)), "every word of the quote, whole"


def test_shorten_words() -> None:
    assert shorten_words("a b c", 3) == "a b c"
    assert shorten_words("a b c d", 2) == "a b … (+2 words)"
    assert shorten_words("a b c d", None) == "a b c d"


def screen_at(width: int, record: dict[str, Any]) -> list[str]:
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    render_table([(record, TEXT)], screen)
    lines = [line.rstrip() for line in screen.export_text().splitlines()]
    assert all(len(line) <= width for line in lines)
    return lines


@pytest.mark.parametrize("width", [60, 80])
def test_a_narrow_terminal_gets_one_block_per_quote(width: int, record: dict[str, Any]) -> None:
    lines = screen_at(width, record)
    shown = "\n".join(lines)
    assert "Speaker" not in shown  # no table header
    # who: the name once, the mention only when it differs, and the type
    first = next(line for line in lines if line.startswith("q1 "))
    assert first == "q1 Jane Smith · person"
    assert next(line for line in lines if line.startswith("q2 ")) == "q2 Jane Smith (She) · person"
    # cue and kind on one line, below it the whole quote wrapped and indented
    i = lines.index(first)
    assert lines[i + 1].strip() == "said · direct"
    assert lines[i + 2] == "    We will win, and win big,"
    assert lines[i + 3].strip() == "2-27 · confidence 0.91 · direct.after"
    # nothing is cut: every word of every quote is on the screen
    words = " ".join(line.strip() for line in lines)
    for quote in record["quotes"]:
        for word in quote["text"].split():
            assert word.replace("\x1b", "\ufffd") in words


@pytest.mark.parametrize("width", [120, 200])
def test_a_wide_terminal_keeps_the_table(width: int, record: dict[str, Any]) -> None:
    lines = screen_at(width, record)
    header = next(line for line in lines if "Speaker" in line)
    assert all(column in header for column in ("Quote", "Kind", "Cue", "Span(s)", "Conf."))
    row = next(line for line in lines if "We will win" in line)
    assert "Jane Smith" in row and "direct" in row and "said" in row
    # the quote column is the widest: a whole short quote sits on one line
    assert "We will win, and win big," in row
    assert len(lines) < 20


def test_the_speaker_is_named_once() -> None:
    text = '"We are ready," said Opposition leader Marta Lindgren.'
    mention = Span(text.index("Opposition"), len(text) - 1)
    quote = Quote("q1", "direct", (Span(1, 14),), cue=Span(16, 20),
                  speaker=Mention(mention, text[mention.start : mention.end], "name"), entity_id="e1")
    entity = Entity("e1", "Marta Lindgren", "person", (Mention(mention, "Opposition leader Marta Lindgren", "name"),))
    record = Result("d", text, (quote,), (entity,)).to_record()
    short = Span(mention.start + len("Opposition leader Marta "), mention.end)
    again = Quote("q2", "direct", (Span(1, 14),), cue=Span(16, 20),
                  speaker=Mention(short, "Lindgren", "name"), entity_id="e1")
    for width in (60, 80, 120, 200):
        screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
        render_table([(record, text)], screen)
        assert screen.export_text().count("Lindgren") == 1, width
        # nor when the mention is a part of the name ("Lindgren" for Marta Lindgren)
        screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
        render_table([(Result("d", text, (again,), (entity,)).to_record(), text)], screen)
        assert screen.export_text().count("Lindgren") == 1, width


def test_highlight_colours_each_speaker_and_marks_cue_and_mention(record: dict[str, Any]) -> None:
    article = highlighted_article(record, TEXT)
    assert len(article.plain) == len(TEXT)  # offsets into the Text are the record's
    assert "\x1b" not in article.plain and "\r" not in article.plain

    def styles_at(offset: int) -> set[str]:
        return {str(span.style) for span in article.spans if span.start <= offset < span.end}

    colours = speaker_colours(record)
    jane, officials = colours["e1"], colours["e2"]
    assert jane != officials
    for quote in record["quotes"]:
        start = quote["spans"][0][0]
        entity = quote["speaker"]["entity"] if quote["speaker"] else ""
        expected = {"e1": jane, "e2": officials}.get(entity, "italic dim")
        assert expected in styles_at(start), quote["id"]
        if quote["cue"]:
            assert "bold underline" in styles_at(quote["cue"]["start"])
        if quote["speaker"]:
            assert f"bold underline {expected}" in styles_at(quote["speaker"]["start"])
    screen = Console(record=True, width=80, file=io.StringIO(), color_system=None)
    render_highlight([(record, TEXT)], screen)
    shown = screen.export_text()
    assert "speakers: Jane Smith · officials · no speaker" in shown
    assert "We will win, and win big" in shown


# --- summary ---------------------------------------------------------------------------------------


def test_count_words() -> None:
    assert count_words("We didn't, well-known 🙂 ok") == 4


def test_tally_ranks_by_quotes_then_words(record: dict[str, Any]) -> None:
    tallies = tally_speakers(record)
    assert [(t.name, t.type, t.quotes) for t in tallies] == [
        ("Jane Smith", "person", 2),
        ("officials", "group", 1),
        (NO_SPEAKER, "", 1),
    ]
    jane = tallies[0]
    said = ["We will win, and win big,", 'taxes, \\"fees\\" and\nlevies']
    assert jane.words == sum(map(count_words, said)) == 10
    assert jane.quote_share == pytest.approx(0.5)
    assert sum(t.quote_share for t in tallies) == pytest.approx(1.0)
    assert sum(t.word_share for t in tallies) == pytest.approx(1.0)


def test_tally_breaks_quote_ties_by_words() -> None:
    text = "short. a much longer quote here."
    entities = (Entity("e1", "Brief", "person", ()), Entity("e2", "Wordy", "person", ()))
    quotes = (
        Quote("q1", "direct", (Span(0, 6),), speaker=Mention(Span(0, 1), "s", "name"), entity_id="e1"),
        Quote("q2", "direct", (Span(7, 32),), speaker=Mention(Span(0, 1), "s", "name"), entity_id="e2"),
    )
    tallies = tally_speakers(Result("d", text, quotes, entities).to_record())
    assert [t.name for t in tallies] == ["Wordy", "Brief"]


def test_overall_merges_speakers_across_documents(record: dict[str, Any]) -> None:
    overall = tally_overall([record, build_result("mayor-2").to_record()])
    assert [(t.name, t.quotes) for t in overall] == [("Jane Smith", 4), ("officials", 2), (NO_SPEAKER, 2)]


def test_summary_renders_ranked_tables(record: dict[str, Any]) -> None:
    screen = console()
    render_summary([record, build_result("mayor-2").to_record(), empty_record()], screen)
    shown = screen.export_text()
    assert "mayor-1" in shown and "mayor-2" in shown and "All 3 documents" in shown
    overall = shown[shown.index("All 3 documents") :]
    assert overall.index("Jane Smith") < overall.index("officials") < overall.index(NO_SPEAKER)
    assert "50%" in overall  # Jane Smith's share of the quotes
    assert "person" in overall and "group" in overall


# --- TSV -------------------------------------------------------------------------------------------


def test_tsv_is_tab_separated_lines_with_escapes_and_no_quoting(record: dict[str, Any]) -> None:
    out = io.StringIO()
    write_tsv_header(out)
    write_tsv_rows(record, out)
    data = out.getvalue()
    assert "\r" not in data and '""' not in data
    lines = data.split("\n")
    assert lines[-1] == "" and len(lines) == 2 + len(record["quotes"])
    rows = [line.split("\t") for line in lines[:-1]]
    assert rows[0] == list(CSV_COLUMNS)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)  # `cut -f` and awk -F'\t' see whole rows
    content = rows[2][CSV_COLUMNS.index("content")]
    # the quote holds a backslash, double quotes and a line feed
    assert content == 'taxes, \\\\"fees\\\\" and\\nlevies'
    unescaped = content.replace("\\\\", "\x00").replace("\\n", "\n").replace("\\t", "\t").replace("\x00", "\\")
    assert unescaped == record["quotes"][1]["text"]


def test_tsv_field_escapes_each_special_character_once() -> None:
    assert tsv_field("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e"
    assert tsv_field('plain "quoted", text') == 'plain "quoted", text'


# --- --speakers as data ----------------------------------------------------------------------------


def test_speakers_json_ranks_per_document_and_overall(record: dict[str, Any]) -> None:
    out = io.StringIO()
    write_speakers_json([record, build_result("mayor-2").to_record()], out)
    payload = json.loads(out.getvalue())
    assert payload["schema"] == "quotetrace-speakers/1"
    assert [d["id"] for d in payload["documents"]] == ["mayor-1", "mayor-2"]
    first = payload["documents"][0]["speakers"]
    assert [(s["name"], s["type"], s["quotes"]) for s in first] == [
        ("Jane Smith", "person", 2), ("officials", "group", 1), (NO_SPEAKER, None, 1)]
    assert first[0]["words"] == 10 and first[0]["quote_share"] == 0.5
    assert [(s["name"], s["quotes"]) for s in payload["overall"]][0] == ("Jane Smith", 4)


def test_speakers_rows_as_tsv(record: dict[str, Any]) -> None:
    out = io.StringIO()
    write_speakers_rows([record], out, "\t")
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert rows[0] == list(SPEAKER_COLUMNS)
    assert rows[1][:5] == ["mayor-1", "Jane Smith", "person", "2", "10"]


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_the_speaker_summary_keeps_every_column_at_any_width(width: int, record: dict[str, Any]) -> None:
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    render_summary([record], screen)
    shown = screen.export_text()
    assert all(len(line.rstrip()) <= width for line in shown.splitlines())
    row = next(line for line in shown.splitlines() if "Jane Smith" in line)
    words = sum(count_words(quote["text"]) for quote in record["quotes"])
    assert row.split()[-4:] == ["2", "(50%)", "10", f"({10 / words:.0%})"]


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("colour", [None, "standard"])
def test_the_narrow_view_pads_no_line_with_trailing_spaces(width: int, colour: str | None,
                                                           record: dict[str, Any]) -> None:
    long, long_text = long_record()
    screen = Console(width=width, file=io.StringIO(), color_system=colour, force_terminal=colour is not None)  # type: ignore[arg-type]
    render_table([(record, TEXT), (long, long_text)], screen)
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in screen.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    assert "    We will win, and win big," in lines
    assert [line for line in lines if line != line.rstrip()] == []


BRAT_KINDS_TEXT = ('"We will appeal," said Lena Hovik. "The court erred," she said, "and we will win."\n'
                   "Ada Brenn called the ruling \u201ccareful and convincing\u201d. Tom Ek said the plan works.\n"
                   "\u2018It is over\u2019, said Ian Moe. \u00abNon,\u00bb dit Rosa. ``Fine,'' Ed said.\n")


def brat_kinds_record() -> dict[str, Any]:
    text = BRAT_KINDS_TEXT

    def at(fragment: str, kind: str, nth: int = 0) -> Quote:
        start = -1
        for _ in range(nth + 1):
            start = text.index(fragment, start + 1)
        return Quote(f"q{start}", kind, (Span(start, start + len(fragment)),))

    split = Quote("split", "direct", (Span(text.index("The court"), text.index("The court") + 16),
                                      Span(text.index("and we"), text.index("and we") + 16)))
    quotes = (at("We will appeal,", "direct"), split, at("careful and convincing", "mixed"),
              at("the plan works", "indirect"), at("It is over", "direct"), at("Non,", "direct"),
              at("Fine,", "direct"))
    return Result("kinds", text, quotes).to_record()


def test_brat_content_of_direct_and_mixed_quotes_carries_its_marks_so_eval_reads_them_as_direct() -> None:
    from quotetrace.core.brat import parse_ann

    record = brat_kinds_record()
    gold, _, _ = parse_ann(render_brat(record, BRAT_KINDS_TEXT), BRAT_KINDS_TEXT)
    by_words = {" ".join(re.findall(r"\w+", g.content_text(BRAT_KINDS_TEXT))): g for g in gold}
    for quote in record["quotes"]:
        words = " ".join(re.findall(r"\w+", " ".join(BRAT_KINDS_TEXT[a:b] for a, b in quote["spans"])))
        assert by_words[words].direct == (quote["kind"] != "indirect"), quote["text"]
    split = next(g for g in gold if len(g.content) == 2)
    assert [part.text_of(BRAT_KINDS_TEXT) for part in split.content] == ['"The court erred,"', '"and we will win."']
    indirect = next(g for g in gold if not g.direct)
    assert indirect.content_text(BRAT_KINDS_TEXT) == "the plan works"


def test_eval_of_our_own_brat_output_counts_the_same_classes() -> None:
    from quotetrace.core.brat import parse_ann
    from quotetrace.core.evaluate import GoldDocument, score

    record = brat_kinds_record()
    gold, _, _ = parse_ann(render_brat(record, BRAT_KINDS_TEXT), BRAT_KINDS_TEXT)
    report = score([GoldDocument("kinds", BRAT_KINDS_TEXT, gold)], {"kinds": record})
    text = json.dumps(report)
    assert report["metrics"]["all"]["end_to_end"]["f1"] == 1.0, text
    for cls in ("direct", "indirect"):
        assert report["counts"][cls]["gold"] == report["counts"][cls]["predicted"], text


LONG_WORD = "Supercalifragilisticexpialidocious" * 4 + "withoutanybreak"


@pytest.mark.parametrize("width", [60, 80, 120, 200])
@pytest.mark.parametrize("where", ["quote", "speaker", "cue"])
def test_a_long_unbroken_word_is_folded_never_cut(width: int, where: str) -> None:
    text = f'"Start {LONG_WORD} end," said {LONG_WORD if where == "speaker" else "Ann Lee"}.'
    if where == "cue":
        text = text.replace("said", LONG_WORD)
    content = Span(1, text.index(',"') + 1)
    cue_at = text.index('" ') + 2
    cue_end = text.index(" ", cue_at)
    speaker = Mention(Span(cue_end + 1, len(text) - 1), text[cue_end + 1:-1], "name")
    quote = Quote("q1", "direct", (content,), cue=Span(cue_at, cue_end), speaker=speaker, entity_id="E1")
    entity = Entity("E1", text[cue_end + 1:-1], "person", ())
    record = Result("long-word", text, (quote,), (entity,)).to_record()
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    render_table([(record, text)], screen, full=True)
    lines = screen.export_text().splitlines()
    assert "…" not in "".join(lines)
    header = next((line for line in lines if " Quote " in line), None)
    if header is None:  # one block per quote: the lines in order
        columns = ["".join(line.strip() for line in lines)]
    else:  # a table: each column's slices of every line, joined
        starts = [header.index(name) for name in ("Speaker", "Quote", "Kind", "Cue", "Span(s)")]
        columns = ["".join(line[a:b].strip() for line in lines) for a, b in zip(starts, starts[1:], strict=False)]
    assert any(LONG_WORD in column for column in columns), "the word whole, folded over lines"
