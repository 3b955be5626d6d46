"""Reading the documents the command line is given: files, directories, stdin, JSONL.

Offsets are code-point offsets into the exact input, so this module never normalises text:

* files are read as bytes and decoded here, so there is no newline translation: a CRLF stays two
  characters and every later offset counts both;
* a UTF-8 byte order mark is *kept*: it decodes to U+FEFF at offset 0 and the first word starts at
  offset 1. (Someone who wants it gone can say `--encoding utf-8-sig`; then offsets are into the
  text without it, which is what they asked for.)
* nothing else is touched either: no Unicode normalisation, no stripping, no tab expansion.

JSONL is the exception that proves the rule: there the document is the decoded string value of the
text field, not the line, so a BOM before the first line belongs to the file, not to any document,
and is dropped.

Reading is lazy, one document at a time, because an archive can be far bigger than memory. Every
problem with one input (missing file, wrong encoding, bad JSONL line) becomes an `InputFailure`
for that input and reading goes on: one bad document never loses the others. Only a mistake in the
call itself (an unknown encoding or format) raises, and it raises at call time, before any input
is read.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from quotetrace.core.errors import InputError

InputFormat = Literal["text", "jsonl"]

STDIN = "-"
STDIN_SOURCE = "stdin"

# What a directory contributes, by input format (matched case-insensitively).
_DIRECTORY_SUFFIXES: dict[str, tuple[str, ...]] = {"text": (".txt",), "jsonl": (".jsonl", ".ndjson")}


@dataclass(frozen=True, slots=True)
class InputDocument:
    """One document to analyse. `source` says where it came from, for messages."""

    id: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class InputFailure:
    """One input that could not become a document; `message` is one line, fit to show a user."""

    id: str
    source: str
    message: str


InputItem = InputDocument | InputFailure


def read_inputs(
    paths: Sequence[str],
    *,
    encoding: str = "utf-8",
    input_format: InputFormat = "text",
    text_field: str = "text",
    id_field: str = "id",
    stdin: BinaryIO | None = None,
) -> Iterator[InputItem]:
    """Documents (and failures) from `paths`, in order, one at a time.

    A path is a file, a directory (every `*.txt` below it, recursively, in sorted order; `*.jsonl`
    and `*.ndjson` with `input_format="jsonl"`) or `-` for standard input (`stdin`, which defaults
    to `sys.stdin.buffer`).

    Ids: a file's stem; a file found in a directory, its path relative to that directory without
    the suffix (`2024/01/story`), so ids stay unique; `stdin` for text on standard input. In JSONL
    the id is the object's `id_field`, or `<source>:<line number>` when it has none.

    Raises `InputError` at once for an unknown encoding or input format.
    """
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, latin-1 or cp1252") from None
    if input_format not in _DIRECTORY_SUFFIXES:
        raise InputError(f"unknown input format {input_format!r}; expected 'text' or 'jsonl'")
    # Decoding uses the caller's spelling of the name, so messages echo what they typed.
    return _read_all(list(paths), encoding, input_format, text_field, id_field, stdin)


def _read_all(
    paths: list[str],
    encoding: str,
    input_format: InputFormat,
    text_field: str,
    id_field: str,
    stdin: BinaryIO | None,
) -> Iterator[InputItem]:
    for path in paths:
        for source in _expand(path, input_format):
            if source.problem is not None:
                yield InputFailure(source.id, source.name, source.problem)
            elif input_format == "jsonl":
                yield from _read_jsonl(source, stdin, encoding, text_field, id_field)
            else:
                yield _read_text(source, stdin, encoding)


@dataclass(frozen=True, slots=True)
class _Source:
    """One file to read; nothing is opened until it is read, so a directory of a million files
    never holds more than one open."""

    name: str  # as shown in messages
    id: str  # the document id for text input
    path: Path | None  # None: standard input
    problem: str | None = None  # known before opening (an empty directory)


def _expand(path: str, input_format: InputFormat) -> Iterator[_Source]:
    if path == STDIN:
        yield _Source(STDIN_SOURCE, STDIN_SOURCE, None)
        return
    target = Path(path)
    if not target.is_dir():
        # A missing or unreadable file is reported when opened, with the system's own reason.
        yield _Source(path, target.stem, target)
        return
    suffixes = _DIRECTORY_SUFFIXES[input_format]
    found = _walk(target, suffixes)
    if not found:
        # Silence would read as "no quotes found"; say that there was nothing to read.
        patterns = ", ".join(f"*{suffix}" for suffix in suffixes)
        yield _Source(path, target.name or path, target, f"{path}: directory holds no {patterns} files")
        return
    for relative in found:
        yield _Source(str(target / relative), relative.with_suffix("").as_posix(), target / relative)


def _walk(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Matching files below `root`, as relative paths, sorted by their POSIX spelling."""
    found: list[Path] = []
    # os.walk does not follow directory symlinks, so a link back up the tree cannot loop; a
    # symlinked *file* is still read, as whoever put it there would expect.
    for directory, _subdirectories, files in os.walk(root):
        for name in files:
            if name.lower().endswith(suffixes):
                found.append(Path(directory, name).relative_to(root))
    return sorted(found, key=lambda p: p.as_posix())


@contextmanager
def _opened(source: _Source, stdin: BinaryIO | None) -> Iterator[BinaryIO]:
    if source.path is None:
        # The caller owns standard input: read it, never close it. sys.stdin is looked up only
        # now, so that runs without a `-` work where there is no standard input at all.
        yield stdin if stdin is not None else sys.stdin.buffer
        return
    with open(source.path, "rb") as stream:
        yield stream


def _os_message(source: _Source, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return f"{source.name}: no such file or directory"
    if isinstance(error, PermissionError):
        return f"{source.name}: permission denied"
    return f"{source.name}: cannot read: {error.strerror or error}"


def _read_text(source: _Source, stdin: BinaryIO | None, encoding: str) -> InputItem:
    try:
        with _opened(source, stdin) as stream:
            data = stream.read()
    except OSError as error:
        return InputFailure(source.id, source.name, _os_message(source, error))
    try:
        # Strict decoding of the raw bytes: no newline translation, the BOM kept (see above).
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return InputFailure(source.id, source.name, _decode_message(source.name, encoding, error))
    return InputDocument(source.id, text, source.name)


def _decode_message(source: str, encoding: str, error: UnicodeDecodeError, line: int | None = None) -> str:
    where = f"{source}:{line}" if line is not None else source
    bad = error.object[error.start : error.start + 1].hex()
    # Suggest an encoding other than the one that just failed.
    other = "cp1252" if codecs.lookup(encoding).name == "iso8859-1" else "latin-1"
    return (
        f"{where}: not valid {encoding} (byte 0x{bad} at byte offset {error.start}); "
        f"if the file uses another encoding, pass it with --encoding (for example --encoding {other})"
    )


def _read_jsonl(
    source: _Source, stdin: BinaryIO | None, encoding: str, text_field: str, id_field: str
) -> Iterator[InputItem]:
    name = source.name
    try:
        with _opened(source, stdin) as stream:
            for number, line in _numbered_lines(stream, encoding):
                if isinstance(line, UnicodeDecodeError):
                    yield InputFailure(
                        f"{name}:{number}", name, _decode_message(name, encoding, line, number)
                    )
                    continue
                if number == 1:
                    # Here the BOM belongs to the file, not to the document in the text field.
                    line = line.removeprefix("\ufeff")
                if line.strip():  # blank lines (a trailing newline, say) are no documents
                    yield _parse_line(name, number, line, text_field, id_field)
    except OSError as error:
        yield InputFailure(name, name, _os_message(source, error))


def _ascii_compatible(encoding: str) -> bool:
    """Whether newline and JSON punctuation are the same single bytes as in ASCII."""
    try:
        return '\n{}":,[]'.encode(encoding) == b'\n{}":,[]'
    except UnicodeEncodeError:
        return False


def _numbered_lines(stream: BinaryIO, encoding: str) -> Iterator[tuple[int, str | UnicodeDecodeError]]:
    """(line number from 1, the decoded line or the error decoding it)."""
    if _ascii_compatible(encoding):
        # Split the bytes first so a bad byte costs one line, not the rest of the file. A raw LF
        # cannot occur inside a JSON string, so splitting on b"\n" never cuts a document.
        for number, raw in enumerate(stream, start=1):
            try:
                yield number, raw.decode(encoding)
            except UnicodeDecodeError as error:
                yield number, error
        return
    # UTF-16 and the like must be decoded as a stream; after an undecodable byte the line
    # boundaries are lost, so that error ends the file.
    text = io.TextIOWrapper(stream, encoding=encoding, newline="\n")
    number = 0
    try:
        for number, line in enumerate(text, start=1):  # noqa: B007 - the count is used below
            yield number, line
    except UnicodeDecodeError as error:
        yield number + 1, error
    finally:
        # Detach so that the wrapper's cleanup does not close the caller's stream.
        text.detach()


def _parse_line(source: str, number: int, line: str, text_field: str, id_field: str) -> InputItem:
    where = f"{source}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return InputFailure(where, source, f"{where}: not valid JSON ({error.msg} at column {error.colno})")
    except RecursionError:
        return InputFailure(where, source, f"{where}: JSON nested too deeply to read")
    if not isinstance(obj, dict):
        return InputFailure(where, source, f"{where}: expected a JSON object, found {_json_type(obj)}")
    doc_id = _document_id(obj.get(id_field), where)
    if text_field not in obj:
        return InputFailure(
            doc_id, source, f"{where}: no {text_field!r} field (choose one with --text-field)"
        )
    text = obj[text_field]
    if not isinstance(text, str):
        message = f"{where}: field {text_field!r} is {_json_type(text)}, not a string"
        return InputFailure(doc_id, source, message)
    surrogate = _lone_surrogate(text)
    if surrogate is not None:
        # JSON can spell a lone surrogate ("\ud800"); no output could be written as UTF-8.
        message = f"{where}: field {text_field!r} holds a lone surrogate at offset {surrogate}"
        return InputFailure(doc_id, source, message)
    return InputDocument(doc_id, text, source)


def _document_id(value: object, fallback: str) -> str:
    # Numbers are common ids in exported archives; anything else (null, lists) is no id at all.
    if isinstance(value, str) and value and _lone_surrogate(value) is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return fallback


def _lone_surrogate(text: str) -> int | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
