"""The command line without a model: validation before loading, output choices, messages.

A stand-in tracer (`FakeTracer`) finds `"…," NAME said` quotes with a regular expression, so these
tests check what the CLI does with results, not what the rules find (tests/test_cli.py runs the
real model)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from quotetrace.cli.main import main
from quotetrace.core import pipeline
from quotetrace.core.model import Entity, Mention, Quote, Result, Span

QUOTE = re.compile(r'[“"](?P<content>[^”"]+)[”"] (?P<cue>said) (?P<speaker>[^.\n]+)')


class FakeTracer:
    loaded = 0
    options: dict[str, Any] = {}

    def __init__(self, models: str = "auto", **kwargs: Any) -> None:
        FakeTracer.loaded += 1
        FakeTracer.options = {"models": getattr(models, "source", models), **kwargs}
        self.models = SimpleNamespace(notes=[])

    def extract(self, items: Iterable[tuple[str, str]], progress: Any = None) -> Iterator[Result]:
        for doc_id, text in items:
            quotes, entities = [], {}
            for number, found in enumerate(QUOTE.finditer(text), start=1):
                name = found["speaker"]
                entity = entities.setdefault(name, f"E{len(entities) + 1}")
                mention = Mention(Span(found.start("speaker"), found.end("speaker")), name, "name")
                quotes.append(Quote(f"q{number}", "direct", (Span(found.start("content"), found.end("content")),),
                                    cue=Span(found.start("cue"), found.end("cue")), speaker=mention,
                                    entity_id=entity, confidence=0.9, rule="quote-then-cue"))
            people = tuple(Entity(eid, name, "person", ()) for name, eid in entities.items())
            yield Result(doc_id, text, tuple(quotes), people)


@pytest.fixture(autouse=True)
def fake_tracer(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeTracer.loaded = 0
    monkeypatch.setattr(pipeline, "QuoteTracer", FakeTracer)


def run(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False, prog_name="quotetrace")


ARTICLE = '"We will appeal," said Lena Hovik.\n\n"Not today," said Ada Brenn.\n'


# --- validation before the models load --------------------------------------------------------------


def test_a_missing_file_is_reported_without_loading_models(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nothere.txt"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nothere.txt'}: no such file or directory" in result.stderr
    assert FakeTracer.loaded == 0


def test_no_model_module_is_imported_before_validation(tmp_path: Path) -> None:
    # In a fresh process: neither torch nor stanza is imported to find that a file is missing.
    script = ("import sys\nfrom quotetrace.cli.main import main\n"
              f"try:\n    main([{str(tmp_path / 'gone.txt')!r}])\nexcept SystemExit as e:\n    code = e.code\n"
              "print(code, 'torch' in sys.modules, 'stanza' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["1", "False", "False"]
    assert done.stderr.count("no such file or directory") == 1


def test_good_inputs_still_run_when_one_is_missing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path / "gone.txt"), str(good), "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    assert result.stderr.count("gone.txt") == 1


def test_an_empty_directory_is_reported_before_loading(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run(str(tmp_path / "empty"))
    assert result.exit_code == 1 and "holds no *.txt files" in result.stderr
    assert FakeTracer.loaded == 0


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--encoding", "no-such-codec"], "unknown encoding 'no-such-codec'"),
        (["--speakers", "-f", "html"], "--speakers gives its ranking as"),
        (["--speakers", "-f", "brat"], "--speakers gives its ranking as"),
        (["--highlight", "-f", "json"], "--highlight is a terminal view"),
        (["--output-dir", "out"], "--output-dir goes with --format brat"),
        (["--input-format", "xml"], "'xml' is not one of"),
        (["--models", "nosuchdir"], "--models 'nosuchdir': not 'auto', 'bundled', 'bundled-small', 'stanza' or an"),
        (["-f", "brat", "--output-dir", "/proc/nope"], "--output-dir /proc/nope: cannot be created or written"),
        (["--engine", "dask", "--output-dir", "/proc/nope"], "--output-dir /proc/nope: cannot be created"),
        (["--engine", "dask", "--output-dir", "out", "--models", "nosuchdir"], "--models 'nosuchdir': not"),
    ],
)
def test_usage_errors_come_before_loading(tmp_path: Path, args: list[str], says: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = run(str(article), *args)
    assert result.exit_code == 2
    assert says in result.stderr and result.stderr.startswith("Usage: quotetrace")
    assert "Traceback" not in result.stderr and result.stderr.count("Error:") == 1
    assert FakeTracer.loaded == 0


def test_every_command_with_models_calls_an_unknown_choice_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    (tmp_path / "gold" / "text").mkdir(parents=True)
    (tmp_path / "gold" / "attributions").mkdir()
    (tmp_path / "gold" / "text" / "a.txt").write_text(ARTICLE)
    (tmp_path / "gold" / "attributions" / "a_x.ann").write_text("")
    for command in (["debug-parse", str(article)], ["eval", str(tmp_path / "gold")], ["extract", str(article)]):
        result = CliRunner().invoke(main, [*command, "--models", "nosuchdir"])
        assert result.exit_code == 2, (command, result.output)
        assert "--models 'nosuchdir': not 'auto'" in result.output and "Traceback" not in result.output
    assert FakeTracer.loaded == 0


def test_a_brat_file_that_cannot_be_written_loses_only_its_document(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    (out / "a.txt").mkdir(parents=True)  # in the way of a.txt: the write fails with IsADirectoryError
    result = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "brat", "--output-dir", str(out))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert f"a: cannot write {out / 'a'}.txt/.ann" in result.stderr
    assert "1 document(s) could not be written" in result.stderr
    assert (out / "b.ann").read_text(encoding="utf-8").startswith("T1\t")


def test_a_brat_file_name_stays_within_what_file_systems_allow(tmp_path: Path) -> None:
    long_id = "é" * 300
    result = run("-", "--input-format", "jsonl", "-f", "brat", "--output-dir", str(tmp_path),
                 input=json.dumps({"id": long_id, "text": ARTICLE}) + "\n")
    assert result.exit_code == 0, result.stderr
    [written] = tmp_path.glob("*.txt")
    assert len(written.name.encode("utf-8")) <= 255 and written.read_text(encoding="utf-8") == ARTICLE


def test_an_output_dir_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for target in (blocker, blocker / "below"):
        result = run(str(article), "-f", "brat", "--output-dir", str(target))
        assert result.exit_code == 2 and str(target) in result.stderr
    assert FakeTracer.loaded == 0


# --- messages ---------------------------------------------------------------------------------------


def test_duplicate_ids_are_named_once_each_and_every_document_is_still_processed(tmp_path: Path) -> None:
    lines = [json.dumps({"id": doc_id, "text": ARTICLE}) for doc_id in ("a", "b", "a", "a", "c")]
    result = run("-", "--input-format", "jsonl", "-f", "jsonl", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b", "a", "a", "c"]
    warnings = [line for line in result.stderr.splitlines() if "duplicate id" in line]
    assert warnings == [f"quotetrace: stdin:{line}: duplicate id 'a' (first seen at stdin:1); both documents are "
                        "processed and their records share the id" for line in (3, 4)]
    for folder in ("x", "y"):  # the same file name in two inputs gives the same id
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path / "x" / "story.txt"), str(tmp_path / "y" / "story.txt"), "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr.count("duplicate id 'story' (first seen at") == 1
    assert len(result.stdout.splitlines()) == 2


def test_a_bad_jsonl_line_names_its_location_once() -> None:
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"id": "c", "body": "x"})]
    result = run("-", "--input-format", "jsonl", "-f", "jsonl", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "stdin:" in line]
    assert errors == ["quotetrace: stdin:2: not valid JSON at column 2: Expecting property name enclosed in double "
                      "quotes", "quotetrace: stdin:3: no 'text' field (choose one with --text-field)"]


def test_cp1252_bytes_are_read_and_the_encoding_named(tmp_path: Path) -> None:
    article = tmp_path / "windows.txt"
    article.write_bytes("\u201cWe will appeal,\u201d said Lena Hovik.".encode("cp1252"))
    result = run(str(article), "-f", "json")
    assert result.exit_code == 0
    assert f"{article}: not UTF-8; read as cp1252" in result.stderr
    [record] = json.loads(result.stdout)
    [quote] = record["quotes"]
    assert quote["text"] == "We will appeal," and quote["spans"] == [[1, 16]]
    forced = run(str(article), "-f", "json", "--encoding", "utf-8")
    assert forced.exit_code == 1 and "not valid utf-8 (byte 0x93" in forced.stderr
    assert "latin-1" not in forced.stderr


def test_top_level_help_shows_the_main_usage_first() -> None:
    result = run("--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Usage: quotetrace [OPTIONS] FILES|DIRS|- ...")
    assert result.stdout.index("quotetrace FILE|DIR|- ...") < result.stdout.index("Commands:")


# --- output choices ---------------------------------------------------------------------------------


def test_speakers_with_json_gives_the_ranking_as_json(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + '"Later," said Lena Hovik.\n')
    result = run(str(article), "--speakers", "-f", "json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["schema"] == "quotetrace-speakers/1"
    ranking = payload["documents"][0]["speakers"]
    assert [(s["name"], s["quotes"]) for s in ranking] == [("Lena Hovik", 2), ("Ada Brenn", 1)]
    lines = run(str(article), "--speakers", "-f", "jsonl").stdout.splitlines()
    assert json.loads(lines[0])["speakers"] == ranking


def test_tsv_from_the_command_line_is_lf_and_unquoted(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b'"We will\tappeal,\r\nsaid \\ I," said Lena Hovik.\r\n')
    result = CliRunner().invoke(main, [str(article), "-f", "tsv"], catch_exceptions=False)
    data = result.stdout_bytes.decode()
    assert "\r" not in data and '"' not in data.split("\n")[1].split("\t")[12][:1]
    rows = [line.split("\t") for line in data.rstrip("\n").split("\n")]
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])
    assert rows[1][12] == "We will\\tappeal,\\r\\nsaid \\\\ I,"


def test_html_escapes_article_text_and_speaker_names(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('<script>alert(1)</script> "We <b>win</b>," said <script>x()</script>.\n')
    result = run(str(article), "-f", "html")
    assert result.exit_code == 0
    page = result.stdout
    assert "<script>alert(1)</script>" not in page and "<script>x()</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;win&lt;/b&gt;" in page
    assert page.count("<script>") == 2  # the report's own: the layout switch and the card script
    assert "http://" not in page and "https://" not in page  # nothing is fetched


def test_table_and_highlight_from_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = run(str(article), "-f", "table")
    # off a terminal the table is 120 columns wide
    assert "Speaker" in result.stdout and "Lena Hovik" in result.stdout
    highlight = run(str(article), "--highlight")
    assert "speakers: Lena Hovik · Ada Brenn" in highlight.stdout
    assert '"We will appeal," said Lena Hovik.' in highlight.stdout
    # off a terminal the colours are gone, and the user is told how to keep them
    assert "\x1b[" not in highlight.stdout and "set FORCE_COLOR=1" in highlight.stderr


def test_highlight_keeps_its_colours_in_a_pipe_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    monkeypatch.setenv("FORCE_COLOR", "1")
    highlight = run(str(article), "--highlight")
    assert "\x1b[" in highlight.stdout and "FORCE_COLOR" not in highlight.stderr


def test_progress_stays_off_when_stderr_is_not_a_terminal() -> None:
    from quotetrace.cli.progress import WorkProgress, progress_wanted

    assert not progress_wanted(False, io.StringIO())
    assert not progress_wanted(True, io.StringIO())
    with WorkProgress(3, enabled=False) as progress:
        progress.document_read("a b c")
        progress.words_done(3)
        progress.document_done()
    assert progress.done == 1 and progress.words_read == 3


def test_progress_shows_on_a_terminal_and_leaves_redirected_stdout_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.cli.progress import WorkProgress, progress_wanted

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out, err = io.StringIO(), Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    assert progress_wanted(False, err) and not progress_wanted(True, err)
    with WorkProgress(2, enabled=True, stream=err) as progress:
        assert sys.stdout is out  # data for a file or pipe is not routed through the terminal
        progress.document_read("one two three four")
        progress.words_done(4)
        progress.document_done()
        assert progress._estimated_total() == 8  # the unread document counted at the mean length
        progress._progress.refresh()  # type: ignore[union-attr]
    shown = err.getvalue()
    assert "1/2 docs" in shown and "annotating" in shown
    assert re.search(r"\d:\d\d:\d\d elapsed", shown) and "-:--:--" not in shown


def test_progress_names_elapsed_and_left_times_apart() -> None:
    from quotetrace.cli.progress import _Times

    task = SimpleNamespace(finished=False, finished_time=None, elapsed=6.4, time_remaining=None)
    assert _Times().render(task).plain == "0:00:06 elapsed"  # type: ignore[arg-type]
    task.time_remaining = 3725.0
    assert _Times().render(task).plain == "0:00:06 elapsed, 1:02:05 left"  # type: ignore[arg-type]


def test_the_document_total_for_progress(tmp_path: Path) -> None:
    from quotetrace.cli.main import _document_total
    from quotetrace.cli.read import plan_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "one.txt").write_text("x")
    assert _document_total(plan_inputs([str(feed)], "jsonl"), "jsonl") == 3
    assert _document_total(plan_inputs([str(tmp_path)], "text"), "text") == 1
    assert _document_total(plan_inputs(["-", str(feed)], "jsonl"), "jsonl") is None  # stdin: unknown


def test_a_jsonl_archive_in_cp1252_names_its_encoding_once() -> None:
    lines = [json.dumps({"id": f"d{i}", "text": f"\u201cLine {i},\u201d said Ada Brenn."}, ensure_ascii=False)
             for i in range(3)]
    result = run("-", "--input-format", "jsonl", "-f", "jsonl", input="\n".join(lines).encode("cp1252") + b"\n")
    assert result.exit_code == 0
    assert result.stderr.count("not UTF-8; read as cp1252") == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["quotes"][0]["text"] for r in records] == ["Line 0,", "Line 1,", "Line 2,"]


def test_model_options_reach_the_tracer(tmp_path: Path) -> None:
    from quotetrace.core.workers import default_workers

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = run(str(article), "-f", "jsonl", "--batch-size", "3", "--threads", "2", "--models", "bundled",
                 "--cue-types", "speech")
    assert result.exit_code == 0
    assert FakeTracer.options == {"models": "bundled", "batch_size": 3, "threads": 2, "cue_types": ("speech",),
                                  "attribution": "auto", "workers": default_workers()}


def test_a_spinner_shows_while_the_models_load_only_on_a_terminal() -> None:
    from quotetrace.cli.progress import loading

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    with loading("loading models", enabled=True, stream=err):
        pass
    assert "loading models" in err.getvalue()
    quiet = Terminal()
    with loading("loading models", enabled=False, stream=quiet):
        pass
    assert quiet.getvalue() == ""
