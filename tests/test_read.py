"""Reading inputs: offsets must count the exact input, and one bad input never loses the others."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from quotetrace.cli.read import InputDocument, InputFailure, read_inputs
from quotetrace.core.errors import InputError


def documents(items: list[InputDocument | InputFailure]) -> list[InputDocument]:
    return [item for item in items if isinstance(item, InputDocument)]


def failures(items: list[InputDocument | InputFailure]) -> list[InputFailure]:
    return [item for item in items if isinstance(item, InputFailure)]


# --- plain text files ------------------------------------------------------------------------------


def test_file_is_read_exactly_with_its_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "story-1.txt"
    path.write_bytes('"We win," she said. 🙂\n'.encode())
    [item] = read_inputs([str(path)])
    assert item == InputDocument("story-1", '"We win," she said. 🙂\n', str(path))


def test_bom_is_kept_as_the_first_character(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert item.text[0] == "\ufeff"
    assert item.text.index("Hello") == 1


def test_crlf_and_lone_cr_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"one\r\ntwo\rthree\n")
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert item.text == "one\r\ntwo\rthree\n"
    assert item.text.index("two") == 5


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert list(read_inputs([str(path)])) == [InputDocument("empty", "", str(path))]


def test_encoding_override(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café, dit-il.".encode("latin-1"))
    [item] = read_inputs([str(path)], encoding="latin-1")
    assert isinstance(item, InputDocument)
    assert item.text == "Le café, dit-il."


def test_invalid_utf8_is_a_failure_naming_the_file_and_encoding_option(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("café".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    items = list(read_inputs([str(bad), str(good)], encoding="utf-8"))
    [failure] = failures(items)
    assert failure.id == "latin"
    assert failure.source == str(bad)
    assert str(bad) in failure.message
    assert "--encoding" in failure.message
    assert "\n" not in failure.message
    assert "latin-1" not in failure.message  # latin-1 turns cp1252's curly quotes into control characters
    # The failure does not stop the next input.
    assert [doc.id for doc in documents(items)] == ["good"]


def test_utf8_sig_encoding_is_the_way_to_drop_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    [item] = read_inputs([str(path)], encoding="utf-8-sig")
    assert isinstance(item, InputDocument)
    assert item.text == "Hello"


def test_missing_file_is_a_failure_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = list(read_inputs([str(missing), str(good)]))
    assert isinstance(items[0], InputFailure)
    assert items[0].id == "nope"
    assert str(missing) in items[0].message
    assert "no such file" in items[0].message
    assert isinstance(items[1], InputDocument)


def test_unknown_encoding_raises_at_call_time() -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        read_inputs(["whatever.txt"], encoding="no-such-codec")


def test_unknown_format_raises_at_call_time() -> None:
    with pytest.raises(InputError, match="input format"):
        read_inputs(["whatever.txt"], input_format="xml")  # type: ignore[arg-type, unused-ignore]


def test_reading_is_lazy(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("one", encoding="utf-8")
    second.write_text("two", encoding="utf-8")
    items = read_inputs([str(first), str(second)])
    assert next(items) == InputDocument("a", "one", str(first))
    # The second file is not read before it is asked for.
    second.write_text("changed", encoding="utf-8")
    assert next(items) == InputDocument("b", "changed", str(second))


# --- directories -----------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order_with_relative_ids(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    (root / "2024" / "b").mkdir(parents=True)
    (root / "2024" / "a").mkdir(parents=True)
    (root / "2024" / "b" / "story.txt").write_text("b", encoding="utf-8")
    (root / "2024" / "a" / "story.txt").write_text("a", encoding="utf-8")
    (root / "top.TXT").write_text("top", encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    items = list(read_inputs([str(root)]))
    assert [(item.id, item.text) for item in documents(items)] == [
        ("2024/a/story", "a"),
        ("2024/b/story", "b"),
        ("top", "top"),
    ]
    assert not failures(items)
    assert items[0].source == str(root / "2024" / "a" / "story.txt")


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    [item] = read_inputs([str(tmp_path)])
    assert isinstance(item, InputFailure)
    assert "*.txt" in item.message


def test_directory_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [doc.id for doc in documents(list(read_inputs([str(tmp_path)])))] == ["a"]


# --- standard input --------------------------------------------------------------------------------


def test_stdin_is_read_exactly_and_left_open() -> None:
    stream = io.BytesIO("\ufeffSaid: «oui»\r\n".encode())
    [item] = read_inputs(["-"], stdin=stream)
    assert item == InputDocument("stdin", "\ufeffSaid: «oui»\r\n", "stdin")
    assert not stream.closed


def test_stdin_with_another_encoding_that_fails() -> None:
    [item] = read_inputs(["-"], encoding="utf-8", stdin=io.BytesIO(b"\xff\xfe\xfa"))
    assert isinstance(item, InputFailure)
    assert item.message.startswith("stdin:")
    assert "--encoding" in item.message


# --- JSONL -----------------------------------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "a", "text": 'He said "yes".\r\nOK'}),
        json.dumps({"text": "no id here"}),
        "{not json",
        json.dumps({"id": "c", "body": "wrong field"}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps(["an", "array"]),
        "",
        json.dumps({"id": 7, "text": ""}),
        json.dumps({"id": "e", "text": "last one 🙂"}, ensure_ascii=False),
    ]


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)], input_format="jsonl"))
    assert [(doc.id, doc.text) for doc in documents(items)] == [
        ("a", 'He said "yes".\r\nOK'),
        (f"{path}:2", "no id here"),
        ("7", ""),
        ("e", "last one 🙂"),
    ]
    bad = failures(items)
    assert [failure.id for failure in bad] == [f"{path}:3", "c", "d", f"{path}:6"]
    assert "not valid JSON" in bad[0].message
    assert "'text'" in bad[1].message and "--text-field" in bad[1].message
    assert "a number, not a string" in bad[2].message
    assert "JSON object" in bad[3].message
    for failure in bad:
        assert failure.source == str(path)
        assert failure.message.startswith(f"{path}:")
        assert "\n" not in failure.message


def test_jsonl_other_field_names(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"uid": "x1", "body": "text"}) + "\n", encoding="utf-8")
    [item] = read_inputs([str(path)], input_format="jsonl", text_field="body", id_field="uid")
    assert item == InputDocument("x1", "text", str(path))


def test_jsonl_undecodable_line_costs_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "ok too"}\n'
    )
    items = list(read_inputs([str(path)], input_format="jsonl", encoding="utf-8"))
    assert [doc.id for doc in documents(items)] == ["a", "c"]
    [failure] = failures(items)
    assert failure.id == f"{path}:2"
    assert "--encoding" in failure.message


def test_jsonl_from_stdin_drops_the_file_bom_but_not_a_bom_inside_text() -> None:
    data = "\ufeff" + json.dumps({"text": "\ufeffinside"}) + "\n" + json.dumps({"text": "two"}) + "\n"
    items = list(read_inputs(["-"], input_format="jsonl", stdin=io.BytesIO(data.encode())))
    assert [(doc.id, doc.text) for doc in documents(items)] == [
        ("stdin:1", "\ufeffinside"),
        ("stdin:2", "two"),
    ]


def test_jsonl_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": "one"}), json.dumps({"id": "b", "text": "two\u2028three"})]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    items = list(read_inputs([str(path)], input_format="jsonl", encoding="utf-16"))
    assert [(doc.id, doc.text) for doc in documents(items)] == [("a", "one"), ("b", "two\u2028three")]


def test_jsonl_lone_surrogate_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "bad \\ud800 half"}\n{"id": "b", "text": "\\ud83d\\ude42"}\n')
    items = list(read_inputs([str(path)], input_format="jsonl"))
    [failure] = failures(items)
    assert failure.id == "a" and "surrogate" in failure.message
    # An escaped surrogate *pair* is one code point, as offsets expect.
    assert documents(items) == [InputDocument("b", "🙂", str(path))]


def test_jsonl_directory_reads_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(json.dumps({"id": "b", "text": "B"}) + "\n")
    (tmp_path / "a.ndjson").write_text(json.dumps({"id": "a", "text": "A"}) + "\n")
    (tmp_path / "c.txt").write_text("not read")
    items = list(read_inputs([str(tmp_path)], input_format="jsonl"))
    assert [doc.id for doc in documents(items)] == ["a", "b"]


def test_jsonl_missing_file(tmp_path: Path) -> None:
    [item] = read_inputs([str(tmp_path / "gone.jsonl")], input_format="jsonl")
    assert isinstance(item, InputFailure)
    assert "no such file" in item.message


# --- encodings detected when the bytes are not UTF-8 ------------------------------------------------

CP1252_ARTICLE = ("\u201cWe will appeal the ruling,\u201d said Lena Hovik, "
                  "the caf\u00e9\u2019s owner \u2014 in Z\u00fcrich.")


def test_cp1252_curly_quotes_are_detected_and_offsets_count_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    data = CP1252_ARTICLE.encode("cp1252")
    assert data[0] == 0x93 and b"\x94" in data
    path.write_bytes(data)
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert item.text == CP1252_ARTICLE
    assert item.detected_encoding == "cp1252"
    # offsets are code points of the decoded text: the closing mark is one character, not a byte pair
    assert item.text.index("\u201d") == len("\u201cWe will appeal the ruling,")


@pytest.mark.parametrize("text", ["\u201cYes,\u201d she said.", "\u2018Tis a hard winter,\u2019 said Oren Blaise.",
                                  "Caf\u00e9 \u00a9 2024 \u2013 \u201cok\u201d"])
def test_short_cp1252_texts_read_as_cp1252(tmp_path: Path, text: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("cp1252"))
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert (item.text, item.detected_encoding) == (text, "cp1252")


def test_utf16_with_bom_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("\u201cWe are ready,\u201d said Dvorak. \U0001f642".encode("utf-16"))
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert item.detected_encoding == "utf-16"
    # as `--encoding utf-16` reads it: the codec drops the byte order mark
    assert item.text == "\u201cWe are ready,\u201d said Dvorak. \U0001f642"
    [forced] = read_inputs([str(path)], encoding="utf-16")
    assert isinstance(forced, InputDocument) and forced.text == item.text


def test_utf8_is_not_reported_as_detected(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_bytes("\u201cYes\u201d".encode())
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument) and item.detected_encoding is None


def test_bytes_that_are_no_text_are_a_failure_without_a_bad_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"abc\x00\x00def\xff\x00\x81" * 20)
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputFailure)
    assert "not UTF-8" in item.message and "--encoding" in item.message
    assert "latin-1" not in item.message and "\n" not in item.message


def test_an_explicit_encoding_is_never_second_guessed(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(CP1252_ARTICLE.encode("cp1252"))
    [item] = read_inputs([str(path)], encoding="utf-8")
    assert isinstance(item, InputFailure)
    assert "not valid utf-8" in item.message and "byte 0x93" in item.message
    [latin] = read_inputs([str(path)], encoding="latin-1")
    assert isinstance(latin, InputDocument) and latin.text[0] == "\x93" and latin.detected_encoding is None


def test_jsonl_line_in_cp1252_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    line = json.dumps({"id": "w", "text": CP1252_ARTICLE}, ensure_ascii=False)
    path.write_bytes(b'{"id": "a", "text": "ok"}\n' + line.encode("cp1252") + b"\n")
    items = list(read_inputs([str(path)], input_format="jsonl"))
    assert [(doc.id, doc.text) for doc in documents(items)] == [("a", "ok"), ("w", CP1252_ARTICLE)]
    assert [doc.detected_encoding for doc in documents(items)] == [None, "cp1252"]


def test_jsonl_in_utf16_is_detected_from_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": "one"}), json.dumps({"id": "b", "text": "two"})]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    items = list(read_inputs([str(path)], input_format="jsonl"))
    assert [(doc.id, doc.text) for doc in documents(items)] == [("a", "one"), ("b", "two")]


def test_missing_and_empty_inputs_are_known_before_reading(tmp_path: Path) -> None:
    from quotetrace.cli.read import plan_inputs

    (tmp_path / "empty").mkdir()
    (tmp_path / "here.txt").write_text("x")
    planned = plan_inputs([str(tmp_path / "gone.txt"), str(tmp_path / "empty"), str(tmp_path / "here.txt")])
    assert [(s.id, s.problem is None) for s in planned] == [("gone", False), ("empty", False), ("here", True)]
    assert "no such file" in (planned[0].problem or "")


# Latin-1 bytes of Western European names: charset-normalizer's first guess is often cp1250 or
# mac_latin2, which would read "Hélène" as "Hélčne" and "Peña" as "Peńa".
WESTERN_NAMES = [
    "Caf\u00e9 owner Ren\u00e9e Dubois said the rent had doubled since the spring.",
    "Caf\u00e9 owner Ren\u00e9e Dubois said ...",
    "Fran\u00e7ois Hollande et H\u00e9l\u00e8ne Lef\u00e8vre ont d\u00e9clar\u00e9 \u00eatre d\u00e9\u00e7us.",
    "Se\u00f1ora N\u00fa\u00f1ez dijo que la situaci\u00f3n era dif\u00edcil para todos.",
    "Jos\u00e9 Pe\u00f1alver said the year had been hard for the ni\u00f1os of Logro\u00f1o.",
    "Der B\u00e4cker J\u00f6rg Wei\u00df sagte: \u00d6ffnungszeiten \u00e4ndern sich.",
    "\"Wir bleiben\", sagte J\u00fcrgen M\u00fcller, der B\u00fcrgermeister von K\u00f6ln.",
    "Chlo\u00e9 B\u00e9r\u00e9nice, propri\u00e9taire, a dit: \"Nous resterons.\"",
]


@pytest.mark.parametrize("text", WESTERN_NAMES)
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_european_names_in_a_single_byte_code_page_keep_their_letters(
        tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "names.txt"
    path.write_bytes(text.encode(encoding))
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert (item.text, item.detected_encoding) == (text, "cp1252")


@pytest.mark.parametrize("text", [
    "\u0141\u00f3d\u017a: prezydent \u017baneta W\u00f3jcik powiedzia\u0142a, \u017ce szko\u0142a "
    "b\u0119dzie zamkni\u0119ta.",
    "Minister \u0141ukasz \u017bak powiedzia\u0142, \u017ce bud\u017cet wzro\u015bnie.",
])
def test_central_european_text_is_not_forced_into_cp1252(tmp_path: Path, text: str) -> None:
    # cp1252 reads these bytes too, but strands symbols among letters ("powiedzia³a", "£ód"): not preferred
    path = tmp_path / "polish.txt"
    path.write_bytes(text.encode("cp1250"))
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert item.text == text and item.detected_encoding != "cp1252"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["\u201cWe are ready,\u201d said Dvorak.\r\n", '"Yes," she said. Caf\u00e9 \U0001f642',
                                  "Plain ASCII: the council voted 7 to 2 on Tuesday."])
def test_utf16_without_a_bom_is_not_read_as_utf8(tmp_path: Path, codec: str, text: str) -> None:
    # ASCII in UTF-16 is valid UTF-8 (NUL is a character): without a check it reads as U+0000-laden text
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(codec))
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument)
    assert (item.text, item.detected_encoding) == (text, codec)


def test_a_few_nul_bytes_in_utf8_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"one\x00 two three four five")
    [item] = read_inputs([str(path)])
    assert isinstance(item, InputDocument) and item.detected_encoding is None


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('{"id": "a", "text": "one\ttab"}', "not valid JSON at column 25: Invalid control character"),
        ('{"id": "a", "text": "x"', "not valid JSON at column 24: Expecting ',' delimiter"),
        ("", None),
        ('{"id": "a" "text": "x"}', "not valid JSON at column 12: Expecting ',' delimiter"),
    ],
)
def test_a_json_error_says_each_word_once_with_its_column(tmp_path: Path, line: str, says: str | None) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "fine"}) + "\n" + line + "\n", encoding="utf-8")
    bad = failures(list(read_inputs([str(path)], input_format="jsonl")))
    if says is None:
        assert bad == []
        return
    [failure] = bad
    assert failure.message == f"{path}:2: {says}"
    assert " at at " not in failure.message


@pytest.mark.parametrize(
    ("value", "kind"),
    [({"a": 1}, "an object"), (["x"], "an array"), (True, "a boolean"), (1.5, "a number")],
)
def test_an_id_that_is_no_string_or_integer_is_refused_with_its_line(tmp_path: Path, value: object,
                                                                     kind: str) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "text": "one"}, {"id": value, "text": "two"}, {"id": 7, "text": "three"}, {"text": "four"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(read_inputs([str(path)], input_format="jsonl"))
    assert [doc.id for doc in documents(items)] == ["a", "7", f"{path}:4"]
    [failure] = failures(items)
    assert failure.message == (f"{path}:2: field 'id' is {kind}, not a string or an integer "
                               "(choose one with --id-field)")


@pytest.mark.parametrize(("value", "says"), [("", "is an empty string"), ("  ", "is an empty string"),
                                             ("a\ud800", "holds a lone surrogate at offset 1")])
def test_an_empty_or_broken_string_id_is_refused(tmp_path: Path, value: str, says: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": value, "text": "x"}) + "\n", encoding="utf-8")
    [failure] = failures(list(read_inputs([str(path)], input_format="jsonl")))
    assert failure.message == f"{path}:1: field 'id' {says}"


def test_a_duplicate_id_names_both_lines() -> None:
    from quotetrace.cli.read import warning_duplicate_ids

    data = "".join(json.dumps({"id": "x", "text": str(n)}) + "\n" for n in range(3))
    items = read_inputs(["-"], input_format="jsonl", stdin=io.BytesIO(data.encode()))
    warnings: list[str] = []
    list(warning_duplicate_ids(items, warnings.append))
    assert [w.split(";")[0] for w in warnings] == ["stdin:2: duplicate id 'x' (first seen at stdin:1)",
                                                   "stdin:3: duplicate id 'x' (first seen at stdin:1)"]


UTF8_ARTICLE = '"We will appeal," said Lena Hovik. The council voted on Tuesday to close the harbour.\n'


@pytest.mark.parametrize(
    ("text", "written", "forced", "reads_as"),
    [
        (UTF8_ARTICLE, "utf-8", "utf-16", "utf-8"),
        (UTF8_ARTICLE, "utf-8", "utf-16-be", "utf-8"),
        ("Привет, сказал он. Это правда, добавил мэр.\n", "cp1251", "cp1252", ""),  # whichever Cyrillic page detected
    ],
)
def test_a_forced_encoding_that_garbles_the_text_is_warned_about(tmp_path: Path, text: str, written: str,
                                                                 forced: str, reads_as: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(written))
    [document] = read_inputs([str(path)], encoding=forced)
    assert isinstance(document, InputDocument)
    assert document.warning is not None
    assert f"read as {forced} as --encoding asks, but that gives mostly unlikely characters" in document.warning
    assert f"read as {reads_as}" in document.warning and "it looks like text" in document.warning


@pytest.mark.parametrize(
    ("text", "written", "forced"),
    [
        (UTF8_ARTICLE, "utf-16", "utf-16"),
        ("我们会赢的，市长说。他们同意了。\n", "utf-16-le", "utf-16-le"),
        ("Hélène said yes.\n", "cp1252", "latin-1"),
        ("a\x00b\x1bc plain text with control characters\n", "utf-8", "utf-8"),
        (UTF8_ARTICLE, "utf-8", "ascii"),
    ],
)
def test_a_plausible_forced_encoding_gives_no_warning(tmp_path: Path, text: str, written: str, forced: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(written))
    [document] = read_inputs([str(path)], encoding=forced)
    assert isinstance(document, InputDocument) and document.warning is None


def test_a_directory_walk_skips_hidden_files_and_folders_but_not_a_hidden_root(tmp_path: Path) -> None:
    root = tmp_path / ".archive"
    for relative in ("a.txt", "sub/b.txt", ".git/c.txt", "sub/.cache/d.txt", ".e.txt", "sub/.f.txt"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(relative, encoding="utf-8")
    items = list(read_inputs([str(root)]))
    assert [doc.id for doc in documents(items)] == ["a", "sub/b"]
    [named] = read_inputs([str(root / ".e.txt")])  # named on the command line: read
    assert isinstance(named, InputDocument) and named.text == ".e.txt"
