"""Reading the documents the command line is given: files, directories, stdin, JSONL.

Offsets are code-point offsets into the exact input, so this module never normalises text:

* files are read as bytes and decoded here, so there is no newline translation: a CRLF stays two
  characters and every later offset counts both;
* a UTF-8 byte order mark is *kept*: it decodes to U+FEFF at offset 0 and the first word starts at
  offset 1. (Someone who wants it gone can say `--encoding utf-8-sig`; then offsets are into the
  text without it, which is what they asked for.)
* bytes that are not UTF-8 (a Windows cp1252 file with 0x93/0x94 curly quotes, UTF-16) are decoded
  in the encoding charset-normalizer detects, and the document says which (`detected_encoding`):
  offsets are into that decoded text, exactly what `--encoding <that name>` gives. An explicit
  encoding is never second-guessed.
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
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

from quotetrace.core.errors import InputError
from quotetrace.core.text import lone_surrogate

InputFormat = Literal["text", "jsonl"]

STDIN = "-"
STDIN_SOURCE = "stdin"

# What a directory contributes, by input format (matched case-insensitively).
_DIRECTORY_SUFFIXES: dict[str, tuple[str, ...]] = {"text": (".txt",), "jsonl": (".jsonl", ".ndjson")}


@dataclass(frozen=True, slots=True)
class InputDocument:
    """One document to analyse. `source` says where it came from, for messages;
    `detected_encoding` is set when the bytes were not UTF-8 and their encoding was detected."""

    id: str
    text: str
    source: str
    detected_encoding: str | None = None
    line: int | None = field(default=None, compare=False)  # its line in a JSONL file, for messages
    warning: str | None = field(default=None, compare=False)  # one line to show, the document still read

    @property
    def where(self) -> str:
        """The source, and the line in it when there is one: 'feed.jsonl:9'."""
        return self.source if self.line is None else f"{self.source}:{self.line}"


@dataclass(frozen=True, slots=True)
class InputFailure:
    """One input that could not become a document; `message` is one line, fit to show a user."""

    id: str
    source: str
    message: str


InputItem = InputDocument | InputFailure


def check_encoding(encoding: str | None) -> None:
    """Raise `InputError` for an encoding name Python does not know (None means: detect)."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; try utf-8, cp1252 or utf-16, or leave --encoding out to detect it"
        ) from None


def read_inputs(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
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

    `encoding=None` (the default) reads UTF-8 and detects the encoding of anything else;
    a name forces that encoding.

    Raises `InputError` at once for an unknown encoding or input format.
    """
    return read_sources(plan_inputs(paths, input_format), encoding=encoding, input_format=input_format,
                        text_field=text_field, id_field=id_field, stdin=stdin)


def plan_inputs(paths: Sequence[str], input_format: InputFormat = "text") -> list[Source]:
    """Every file `paths` name, in reading order, without opening any: directories are walked and
    a missing, unreadable or empty input gets its `problem` now, so that a caller can report it
    before loading models. Raises `InputError` for an unknown input format."""
    if input_format not in _DIRECTORY_SUFFIXES:
        raise InputError(f"unknown input format {input_format!r}; expected 'text' or 'jsonl'")
    return [source for path in paths for source in _expand(path, input_format)]


def read_sources(
    sources: Sequence[Source],
    *,
    encoding: str | None = None,
    input_format: InputFormat = "text",
    text_field: str = "text",
    id_field: str = "id",
    stdin: BinaryIO | None = None,
) -> Iterator[InputItem]:
    """Documents (and failures) from planned `sources`, one at a time; see `read_inputs`.
    Raises `InputError` at call time for an unknown encoding."""
    check_encoding(encoding)
    # Decoding uses the caller's spelling of the name, so messages echo what they typed.
    return _read_all(list(sources), encoding, input_format, text_field, id_field, stdin)


def _read_all(
    sources: list[Source],
    encoding: str | None,
    input_format: InputFormat,
    text_field: str,
    id_field: str,
    stdin: BinaryIO | None,
) -> Iterator[InputItem]:
    for source in sources:
        if source.problem is not None:
            yield InputFailure(source.id, source.name, source.problem)
        elif input_format == "jsonl":
            yield from _read_jsonl(source, stdin, encoding, text_field, id_field)
        else:
            yield _read_text(source, stdin, encoding)


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read; nothing is opened until it is read, so a directory of a million files
    never holds more than one open."""

    name: str  # as shown in messages
    id: str  # the document id for text input
    path: Path | None  # None: standard input
    problem: str | None = None  # known before opening (an empty directory)


def _expand(path: str, input_format: InputFormat) -> Iterator[Source]:
    if path == STDIN:
        yield Source(STDIN_SOURCE, STDIN_SOURCE, None, _empty_stdin_problem(input_format))
        return
    target = Path(path)
    if not target.is_dir():
        yield Source(path, target.stem, target, _file_problem(path, target))
        return
    suffixes = _DIRECTORY_SUFFIXES[input_format]
    found = _walk(target, suffixes)
    if not found:
        # Silence would read as "no quotes found"; say that there was nothing to read.
        patterns = ", ".join(f"*{suffix}" for suffix in suffixes)
        yield Source(path, target.name or path, target, f"{path}: directory holds no {patterns} files")
        return
    for relative in found:
        yield Source(str(target / relative), relative.with_suffix("").as_posix(), target / relative)


def _empty_stdin_problem(input_format: InputFormat) -> str | None:
    """Why standard input holds nothing, when that shows without waiting: it is /dev/null or an
    empty file (`quotetrace </dev/null`), so the run can end before the models load. A pipe is not
    looked at (that would wait for its writer); an empty one is reported when it is read."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
        if stat.S_ISREG(mode):
            empty = os.fstat(sys.stdin.fileno()).st_size == 0
        elif stat.S_ISCHR(mode) and not sys.stdin.isatty():
            empty = sys.stdin.buffer.peek(1) == b""
        else:
            return None
    except (AttributeError, OSError, ValueError):  # no real standard input (a test runner's)
        return None
    if not empty:
        return None
    return f"{STDIN_SOURCE}: empty; nothing was piped in" if input_format == "text" else f"{STDIN_SOURCE}: empty"


def _file_problem(name: str, target: Path) -> str | None:
    """Why `target` cannot be read, when that shows without opening it; anything subtler is
    reported when it is opened, with the system's own reason."""
    if not target.exists():
        return f"{name}: no such file or directory"
    if not os.access(target, os.R_OK):
        return f"{name}: permission denied"
    return None


def _walk(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Matching files below `root`, as relative paths, sorted by their POSIX spelling. Hidden files
    and folders (a name starting with '.': .git, .ipynb_checkpoints, an editor's .#draft.txt) are
    skipped, as `ls` and shell globs skip them; `root` itself is read even when hidden, and a hidden
    file named on the command line is read as any file is."""
    found: list[Path] = []
    # os.walk does not follow directory symlinks, so a link back up the tree cannot loop; a
    # symlinked *file* is still read, as whoever put it there would expect.
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in files:
            if name.lower().endswith(suffixes) and not name.startswith("."):
                found.append(Path(directory, name).relative_to(root))
    return sorted(found, key=lambda p: p.as_posix())


@contextmanager
def _opened(source: Source, stdin: BinaryIO | None) -> Iterator[BinaryIO]:
    if source.path is None:
        # The caller owns standard input: read it, never close it. sys.stdin is looked up only
        # now, so that runs without a `-` work where there is no standard input at all.
        yield stdin if stdin is not None else sys.stdin.buffer
        return
    with open(source.path, "rb") as stream:
        yield stream


def _os_message(source: Source, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return f"{source.name}: no such file or directory"
    if isinstance(error, PermissionError):
        return f"{source.name}: permission denied"
    return f"{source.name}: cannot read: {error.strerror or error}"


def _read_text(source: Source, stdin: BinaryIO | None, encoding: str | None) -> InputItem:
    try:
        with _opened(source, stdin) as stream:
            data = stream.read()
    except OSError as error:
        return InputFailure(source.id, source.name, _os_message(source, error))
    if source.path is None and not data:
        # `quotetrace </dev/null`, or a pipe whose writer failed: a forgotten input, not an article
        # (an empty file named on purpose is read as a document without quotes)
        return InputFailure(source.id, source.name, f"{source.name}: empty; nothing was piped in")
    decoded = decode_bytes(data, encoding, source.name)
    if isinstance(decoded, str):
        return InputFailure(source.id, source.name, decoded)
    text, detected = decoded
    warning = encoding_doubt(data, text, encoding, source.name) if encoding is not None else None
    return InputDocument(source.id, text, source.name, detected, warning=warning)


# charset-normalizer's own default ceiling of "chaos" (from_bytes(threshold=0.2)): a share of
# characters it finds unlikely in text (unprintables, scripts mixed inside a word, stray symbols).
_CHAOS_LIMIT = 0.2
_CHAOS_SAMPLE = 65_536  # characters measured: enough to judge, and a 5 MB text costs no more


def encoding_doubt(data: bytes, text: str, encoding: str, where: str) -> str | None:
    """One line of warning when `text`, `data` decoded in the encoding the user forced, looks
    garbled (charset-normalizer's mess ratio of its first 65,536 characters at or above 0.2) while
    another reading of the bytes (UTF-8 when they are UTF-8, else the encoding detected) does not:
    `--encoding utf-16` on a UTF-8 file gives CJK-looking nonsense and no quote, silently. None
    when the forced reading is plausible or nothing reads better (NUL bytes in a file are garbled
    in every reading)."""
    from charset_normalizer.md import mess_ratio

    if mess_ratio(text[:_CHAOS_SAMPLE], _CHAOS_LIMIT) < _CHAOS_LIMIT:
        return None
    try:
        other, other_name = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        other_name = _detect(data) or ""
        if not other_name:
            return None
        other = data.decode(other_name)
    if codecs.lookup(other_name).name == codecs.lookup(encoding).name:
        return None
    if mess_ratio(other[:_CHAOS_SAMPLE], _CHAOS_LIMIT) >= _CHAOS_LIMIT:
        return None
    return (f"{where}: read as {encoding} as --encoding asks, but that gives mostly unlikely characters; "
            f"read as {other_name} it looks like text (leave out --encoding to detect it)")


# charset-normalizer often finds several single-byte code pages that read a short text equally well
# (cp1250, cp775, mac_latin2…): its first guess for Latin-1 French, German or Spanish names is often
# cp1250, which reads "Hélène" as "Hélčne" and "Peña" as "Peńa". Where cp1252 is among its plausible
# guesses (within _CHAOS_MARGIN of the best one's "chaos", its measure of how garbled a decoding
# looks), decodes the bytes strictly and strands no more symbols among letters than the best guess
# (cp1250 Polish read as cp1252 gives "powiedzia³a", "£ódŸ"), cp1252 is read: the code page Windows
# writes Western European text in, and a superset of Latin-1's letters.
_PREFERRED = "cp1252"
_CHAOS_MARGIN = 0.05  # charset-normalizer's chaos is a share of suspicious characters, 0-1
_NOT_STRAY = frozenset("°©®™")  # symbols that do stand next to letters: 20°C, Acme™
# NUL bytes in UTF-16 text of Latin letters: at least this share of the bytes, nearly all on one parity
_UTF16_NUL_SHARE = 0.25
_UTF16_PARITY = 0.9


def decode_bytes(data: bytes, encoding: str | None, where: str) -> tuple[str, str | None] | str:
    """`(text, detected encoding or None)`, or a one-line message saying why `data` is not text.

    With `encoding` given, strict decoding in it (a UTF-8 BOM is kept as U+FEFF). With None, UTF-8
    first; bytes that are not UTF-8 are decoded in the encoding charset-normalizer detects
    (https://github.com/jawah/charset_normalizer), as `data.decode(detected)` does, so offsets are
    the same as with `--encoding <detected>`.
    """
    if encoding is None and (utf16 := _bomless_utf16(data)) is not None:
        return utf16
    try:
        # Strict decoding of the raw bytes: no newline translation, the BOM kept (see above).
        return data.decode(encoding or "utf-8"), None
    except UnicodeDecodeError as error:
        if encoding is not None:
            return _decode_message(where, encoding, error)
        failure = error
    detected = _detect(data)
    if detected is None:
        bad = failure.object[failure.start : failure.start + 1].hex()
        return (
            f"{where}: not UTF-8 (byte 0x{bad} at byte offset {failure.start}) and no other text encoding "
            "fits it; if it is text, pass its encoding with --encoding"
        )
    return data.decode(detected), detected


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte order mark, told by its NUL bytes: English text in UTF-16LE has a NUL
    at every odd byte offset (UTF-16BE: every even one), and is valid UTF-8 all the same (NUL is an
    ASCII character), so it would be read as text full of U+0000 with no quote found."""
    nuls = data.count(0)
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or nuls < max(1, _UTF16_NUL_SHARE * len(data)):
        return None
    odd = data[1::2].count(0)
    for name, share in (("utf-16-le", odd / nuls), ("utf-16-be", (nuls - odd) / nuls)):
        if share >= _UTF16_PARITY:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None
    return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only for the rare input that is not UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    if name == _PREFERRED:
        return name
    try:
        western = data.decode(_PREFERRED)
    except UnicodeDecodeError:
        return name
    guessed = data.decode(name)
    if western == guessed:
        return _PREFERRED  # the same characters: nothing in the bytes tells the two apart
    plausible = [match.chaos for match in matches if _PREFERRED in _names(match.could_be_from_charset)]
    if (plausible and min(plausible) <= best.chaos + _CHAOS_MARGIN
            and _stray_symbols(western) <= _stray_symbols(guessed)):
        return _PREFERRED
    return name


def _names(encodings: list[str]) -> set[str]:
    """Python's own names for charset-normalizer's, with Latin-1 and Latin-9 counted as cp1252, whose
    letters are theirs."""
    names = {codecs.lookup(encoding).name for encoding in encodings}
    return names | ({_PREFERRED} if names & {"iso8859-1", "iso8859-15"} else set())


def _stray_symbols(text: str) -> int:
    """Symbols and superscript digits next to a letter ("powiedzia³a", "£ód"): a wrong code page's mark."""
    count = 0
    for index, char in enumerate(text):
        if ord(char) < 128 or char in _NOT_STRAY or unicodedata.category(char) not in ("No", "Sc", "Sk", "Sm", "So"):
            continue
        around = text[max(0, index - 1) : index] + text[index + 1 : index + 2]
        count += any(neighbour.isalpha() for neighbour in around)
    return count


def _decode_message(source: str, encoding: str, error: UnicodeDecodeError, line: int | None = None) -> str:
    where = f"{source}:{line}" if line is not None else source
    bad = error.object[error.start : error.start + 1].hex()
    return (
        f"{where}: not valid {encoding} (byte 0x{bad} at byte offset {error.start}); "
        "leave out --encoding to detect the encoding, or pass the right one"
    )


def warning_duplicate_ids(items: Iterable[InputItem], warn: Callable[[str], None]) -> Iterator[InputItem]:
    """`items` unchanged, calling `warn` with one line for each document whose id an earlier one had
    (two JSONL lines with one `id`, `a/x.txt` and `b/x.txt` given as two inputs): both are still
    processed, but their records share an id. Holds every id seen, about 100 bytes each."""
    first: dict[str, str] = {}
    for item in items:
        if isinstance(item, InputDocument):
            earlier = first.get(item.id)
            if earlier is None:
                first[item.id] = item.where
            else:
                warn(f"{item.where}: duplicate id {item.id!r} (first seen at {earlier}); both documents are "
                     "processed and their records share the id")
        yield item


def _read_jsonl(
    source: Source, stdin: BinaryIO | None, encoding: str | None, text_field: str, id_field: str
) -> Iterator[InputItem]:
    name = source.name
    try:
        with _opened(source, stdin) as stream:
            for number, line, detected in _numbered_lines(stream, encoding, name):
                if isinstance(line, _BadLine):
                    yield InputFailure(f"{name}:{number}", name, line.message)
                    continue
                if number == 1:
                    # Here the BOM belongs to the file, not to the document in the text field.
                    line = line.removeprefix("\ufeff")
                if line.strip():  # blank lines (a trailing newline, say) are no documents
                    item = _parse_line(name, number, line, text_field, id_field)
                    if detected is not None and isinstance(item, InputDocument):
                        item = replace(item, detected_encoding=detected)
                    yield item
    except OSError as error:
        yield InputFailure(name, name, _os_message(source, error))


def _ascii_compatible(encoding: str) -> bool:
    """Whether newline and JSON punctuation are the same single bytes as in ASCII."""
    try:
        return '\n{}":,[]'.encode(encoding) == b'\n{}":,[]'
    except UnicodeEncodeError:
        return False


@dataclass(frozen=True, slots=True)
class _BadLine:
    message: str


_NumberedLine = tuple[int, str | _BadLine, str | None]


_WIDE_BOMS = {codecs.BOM_UTF32_LE: "utf-32", codecs.BOM_UTF32_BE: "utf-32",
              codecs.BOM_UTF16_LE: "utf-16", codecs.BOM_UTF16_BE: "utf-16"}


def _wide_encoding(stream: BinaryIO) -> str | None:
    """UTF-16 or UTF-32 when the stream opens with its byte order mark (looked at without
    consuming it, where the stream can peek)."""
    peek = getattr(stream, "peek", None)
    head = peek(4)[:4] if peek is not None else b""
    for bom, name in _WIDE_BOMS.items():  # UTF-32 LE first: its BOM begins with UTF-16 LE's
        if head.startswith(bom):
            return name
    return None


def _numbered_lines(stream: BinaryIO, encoding: str | None, name: str) -> Iterator[_NumberedLine]:
    """(line number from 1, the decoded line or why it could not be decoded, the encoding detected
    for it when it was not UTF-8)."""
    if encoding is None:
        encoding = _wide_encoding(stream)
        if encoding is None:
            for number, raw in enumerate(stream, start=1):
                decoded = decode_bytes(raw, None, f"{name}:{number}")
                if isinstance(decoded, str):
                    yield number, _BadLine(decoded), None
                else:
                    yield number, decoded[0], decoded[1]
            return
    if _ascii_compatible(encoding):
        # Split the bytes first so a bad byte costs one line, not the rest of the file. A raw LF
        # cannot occur inside a JSON string, so splitting on b"\n" never cuts a document.
        for number, raw in enumerate(stream, start=1):
            try:
                yield number, raw.decode(encoding), None
            except UnicodeDecodeError as error:
                yield number, _BadLine(_decode_message(name, encoding, error, number)), None
        return
    # UTF-16 and the like must be decoded as a stream; after an undecodable byte the line
    # boundaries are lost, so that error ends the file.
    text = io.TextIOWrapper(stream, encoding=encoding, newline="\n")
    number = 0
    try:
        for number, line in enumerate(text, start=1):  # noqa: B007 - the count is used below
            yield number, line, None
    except UnicodeDecodeError as error:
        yield number + 1, _BadLine(_decode_message(name, encoding, error, number + 1)), None
    finally:
        # Detach so that the wrapper's cleanup does not close the caller's stream.
        text.detach()


def _parse_line(source: str, number: int, line: str, text_field: str, id_field: str) -> InputItem:
    where = f"{source}:{number}"
    try:
        obj = json.loads(line.rstrip("\r\n"))  # an error at the end is on this line, not the next
    except json.JSONDecodeError as error:
        # json's own messages may end in "at" ("Invalid control character at"): the column follows
        reason = error.msg.removesuffix(" at").rstrip(":")
        return InputFailure(where, source, f"{where}: not valid JSON at column {error.colno}: {reason}")
    except RecursionError:
        return InputFailure(where, source, f"{where}: JSON nested too deeply to read")
    if not isinstance(obj, dict):
        return InputFailure(where, source, f"{where}: expected a JSON object, found {_json_type(obj)}")
    doc_id, id_problem = _document_id(obj.get(id_field), where, id_field)
    if id_problem is not None:
        return InputFailure(where, source, id_problem)
    if text_field not in obj:
        return InputFailure(
            doc_id, source, f"{where}: no {text_field!r} field (choose one with --text-field)"
        )
    text = obj[text_field]
    if not isinstance(text, str):
        message = f"{where}: field {text_field!r} is {_json_type(text)}, not a string"
        return InputFailure(doc_id, source, message)
    surrogate = lone_surrogate(text)
    if surrogate is not None:
        # JSON can spell a lone surrogate ("\ud800"); no output could be written as UTF-8.
        message = f"{where}: field {text_field!r} holds a lone surrogate at offset {surrogate}"
        return InputFailure(doc_id, source, message)
    return InputDocument(doc_id, text, source, line=number)


def _document_id(value: object, where: str, id_field: str) -> tuple[str, str | None]:
    """The id a line's `id_field` gives, and why it cannot be one (None when it can): a string or an
    integer (common in exported archives) is an id; no field, or null, falls back to FILE:LINE; an
    object, array, boolean, other number, empty string or lone surrogate is refused, since silently
    numbering such a document would hide a wrong --id-field or a broken export."""
    if value is None:
        return where, None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value), None
    if not isinstance(value, str):
        kind = _json_type(value)
        return where, f"{where}: field {id_field!r} is {kind}, not a string or an integer (choose one with --id-field)"
    if not value.strip():
        return where, f"{where}: field {id_field!r} is an empty string"
    surrogate = lone_surrogate(value)
    if surrogate is not None:
        return where, f"{where}: field {id_field!r} holds a lone surrogate at offset {surrogate}"
    return value, None


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
