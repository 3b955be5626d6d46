"""The command line's rough edges, without a model: write errors, Ctrl-C, options that would be
ignored, messages. The stand-in tracer is test_cli_fast's `FakeTracer`; commands that must run in a
process of their own (a full disk, a signal) run `main` under it in a subprocess."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from quotetrace.cli.main import main
from quotetrace.core import pipeline
from test_cli_fast import ARTICLE, FakeTracer

TESTS = Path(__file__).parent

# `main` under the fake tracer in a fresh process; SLOW (seconds) makes each document take that long
SCRIPT = """
import sys, time
sys.path.insert(0, {tests!r})
from test_cli_fast import FakeTracer
from quotetrace.core import pipeline
slow = {slow!r}
class Slow(FakeTracer):
    def extract(self, items, progress=None):
        for outcome in super().extract(items, progress):
            time.sleep(slow)
            yield outcome
pipeline.QuoteTracer = Slow
from quotetrace.cli.main import main
main({args!r}, prog_name="quotetrace")
"""


def command(args: list[str], slow: float = 0.0) -> list[str]:
    return [sys.executable, "-c", SCRIPT.format(tests=str(TESTS), slow=slow, args=args)]


@pytest.fixture(autouse=True)
def fake_tracer(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeTracer.loaded = 0
    monkeypatch.setattr(pipeline, "QuoteTracer", FakeTracer)


def run(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False, prog_name="quotetrace")


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for number in range(30):
        path = tmp_path / f"a{number:02}.txt"
        path.write_text(ARTICLE.replace("Lena", f"Lena{number}"), encoding="utf-8")
        paths.append(str(path))
    return paths


# --- B1: stdout that cannot be written ---------------------------------------------------------------

needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")


@needs_dev_full
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "table", "html", "brat", "summary"])
def test_a_full_disk_is_one_line_and_exit_1(articles: list[str], fmt: str) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(command([*articles[:3], "-f", fmt, "-q"]), stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["quotetrace: cannot write output: No space left on device"]


@needs_dev_full
@pytest.mark.parametrize("args", [["models"], ["models", "--json"], ["rules"], ["rules", "--json"]])
def test_other_commands_report_a_full_disk_in_one_line_too(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(command(args), stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "quotetrace: cannot write output: No space left on device"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "table"])
def test_a_reader_that_leaves_ends_the_run_quietly(articles: list[str], fmt: str) -> None:
    process = subprocess.Popen(command([*articles, "-f", fmt, "-q"], slow=0.01), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # `| head -1`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert stderr == ""


# --- D: Ctrl-C ---------------------------------------------------------------------------------------

def _interruptible() -> None:
    """In the child before it runs: SIGINT back to its default, so that Python turns it into
    KeyboardInterrupt even when this test runs in a background job of a shell, which ignores SIGINT
    (an ignored signal stays ignored across exec)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_promptly_with_one_line_and_whole_records(articles: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with out.open("w") as handle:
        process = subprocess.Popen(command([*articles, "-f", "jsonl", "-q"], slow=0.3), stdout=handle,
                                   stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)
        deadline = time.monotonic() + 30
        while out.stat().st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        sent = time.monotonic()
        _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - sent < 3
    assert process.returncode == 130
    assert stderr.strip().splitlines() == ["quotetrace: interrupted"]
    lines = out.read_text().splitlines()
    assert 1 <= len(lines) < len(articles)
    assert [json.loads(line)["id"] for line in lines] == [f"a{n:02}" for n in range(len(lines))]


def _stop_after_first_document(articles: list[str], fmt: str, sig: signal.Signals, out: Path,
                               marker: str) -> tuple[int, str]:
    """Run on all `articles` (0.3 s each), send `sig` once `marker` (a sign of the first document) is in
    `out`, and return the exit status and stderr."""
    with out.open("w") as handle:
        process = subprocess.Popen(command([*articles, "-f", fmt, "-q"], slow=0.3), stdout=handle,
                                   stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)
        deadline = time.monotonic() + 30
        while marker not in out.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=30)
    return process.returncode, stderr


# A scheduler (cron, systemd, Kubernetes, Slurm) stops a job with SIGTERM, Ctrl-C is SIGINT: either way
# the file written so far must still be whole (a JSON array that parses, an HTML page that ends).
STOPS = [(signal.SIGINT, 130, "quotetrace: interrupted"), (signal.SIGTERM, 143, "quotetrace: terminated")]


@pytest.mark.parametrize(("sig", "status", "line"), STOPS)
def test_a_stopped_json_run_leaves_an_array_of_the_documents_written(
        articles: list[str], tmp_path: Path, sig: signal.Signals, status: int, line: str) -> None:
    out = tmp_path / "out.json"
    returncode, stderr = _stop_after_first_document(articles, "json", sig, out, '"quotes"')
    assert (returncode, stderr.strip().splitlines()) == (status, [line])
    ids = [record["id"] for record in json.loads(out.read_text())]
    assert 1 <= len(ids) < len(articles)
    assert ids == [f"a{n:02}" for n in range(len(ids))]


@pytest.mark.parametrize(("sig", "status", "line"), STOPS)
def test_a_stopped_html_run_leaves_a_whole_page_of_the_documents_written(
        articles: list[str], tmp_path: Path, sig: signal.Signals, status: int, line: str) -> None:
    out = tmp_path / "out.html"
    returncode, stderr = _stop_after_first_document(articles, "html", sig, out, "</section>")
    assert (returncode, stderr.strip().splitlines()) == (status, [line])
    page = out.read_text()
    sections = page.count('<section class="doc"')
    assert 1 <= sections < len(articles)
    assert page.endswith("</body></html>\n")
    # the navigation lists exactly the documents whose sections were written
    assert page.count('<a href="#doc-') == sections


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_sigterm_leaves_whole_records_in_formats_without_a_closing_part(
        articles: list[str], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    returncode, stderr = _stop_after_first_document(articles, fmt, signal.SIGTERM, out, "Lena0")
    assert (returncode, stderr.strip().splitlines()) == (143, ["quotetrace: terminated"])
    assert out.read_text().endswith("\n")


def sleepy(batch: list[tuple[str, str]]) -> list[Any]:
    time.sleep(60)
    return []


def no_models(_: Any) -> None:
    """A worker that loads nothing."""


def test_an_interrupted_pool_terminates_its_workers_at_once() -> None:
    from quotetrace.core.workers import WorkerPool
    from test_workers import CONFIG

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), WorkerPool(CONFIG, 2, initializer=no_models, task=sleepy) as pool:
        outcomes = pool.extract([(f"d{i}", "text") for i in range(8)])
        pool._submit([("x", "y")])  # noqa: SLF001 - the workers exist and are busy
        time.sleep(0.5)
        processes = list(pool._executor._processes.values())  # type: ignore[union-attr]  # noqa: SLF001
        del outcomes
        raise KeyboardInterrupt
    # the pool terminates, then kills, every worker; twice CI on a loaded 2-core machine (other jobs on both
    # cores) saw one still alive the instant the pool returned: what is asserted is that none outlives the bound
    while any(process.is_alive() for process in processes) and time.monotonic() - started < 15:
        time.sleep(0.1)
    assert time.monotonic() - started < 15
    assert processes and not any(process.is_alive() for process in processes)


# --- G: the HTML report -----------------------------------------------------------------------------

def test_a_failed_document_is_listed_in_the_html_report_with_its_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = run(str(good), str(tmp_path / "missing.txt"), str(tmp_path / "empty"), "-f", "html")
    assert result.exit_code == 1
    page = result.stdout
    assert page.count('<section class="doc failed"') == 2
    assert "missing.txt</h2>" in page and "no such file or directory" in page
    assert page.count('class="failed"') == 2  # and in the list of documents
    assert '<section class="doc" id="doc-' in page  # the good one is still there


def test_a_document_the_tracer_fails_on_is_in_the_html_report(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    from quotetrace.core.model import Failure

    class Failing(FakeTracer):
        def extract(self, items: Any, progress: Any = None) -> Any:
            for doc_id, text in items:
                if "FAIL" in text:
                    yield Failure(doc_id, "stanza failed <here>")
                else:
                    yield from super().extract([(doc_id, text)])

    monkeypatch.setattr(pipeline, "QuoteTracer", Failing)
    paths = []
    for name, text in (("a", ARTICLE), ("b", "FAIL"), ("c", ARTICLE)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    result = run(*paths, "-f", "html")
    assert result.exit_code == 1
    ids = re.findall(r'<section class="doc[^"]*" id="doc-\d+"[^>]*><h2>([^<]*)</h2>', result.stdout)
    assert ids == ["a", "b", "c"]
    assert "failed: stanza failed &lt;here&gt;" in result.stdout


def test_control_characters_are_shown_as_symbols_one_for_one() -> None:
    from quotetrace.cli.render_html import document_section
    from quotetrace.core.model import Quote, Result, Span

    text = 'a\x00b\x1bc\x07 "We win," d\x7fe\x85f\tg\r\nh'
    start = text.index("We")
    record = Result("id\x1b[31m", text, (Quote("q1", "direct", (Span(start, start + 7),)),)).to_record()
    section = document_section(record, text, 1)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", section)
    article = re.search(r'<article class="text">(.*)</article>', section, re.S)
    assert article is not None
    shown = html.unescape(re.sub(r"<[^>]+>", "", article.group(1)))
    assert shown == "a\u2400b\u241bc\u2407 \"We win,\" d\u2421e\ufffdf\tg\r\nh"
    assert len(shown) == len(text)  # offsets in the cards still count what is shown
    assert "id\u241b[31m" in section


@pytest.mark.parametrize(("quotes", "speakers", "says"),
                         [(1, 1, "1 quote · 1 speaker · "), (2, 2, "2 quotes · 2 speakers · ")])
def test_counts_in_the_html_report_agree_in_number(quotes: int, speakers: int, says: str) -> None:
    import io

    from quotetrace.cli.render_html import write_html

    text = ARTICLE if quotes == 2 else ARTICLE.split("\n\n")[0]
    [outcome] = FakeTracer().extract([("d", text)])
    out = io.StringIO()
    write_html([(outcome.to_record(), text)], out)
    assert says in out.getvalue()
    assert f"<small>{quotes} quote{'s' if quotes > 1 else ''}</small>" in out.getvalue()


def test_a_bad_jsonl_line_is_in_the_html_report_in_its_place() -> None:
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{broken", json.dumps({"id": "c", "text": ARTICLE})]
    result = run("-", "--input-format", "jsonl", "-f", "html", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    ids = re.findall(r'<section class="doc[^"]*" id="doc-\d+"[^>]*><h2>([^<]*)</h2>', result.stdout)
    assert ids == ["a", "stdin:2", "c"]


# --- I: options that would be ignored, inputs that hold nothing ------------------------------------------

@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--full", "-f", "csv"], "--full is for the quote table; -f csv always gives every quote whole"),
        (["--full", "-f", "json"], "-f json always gives every quote whole"),
        (["--full", "--speakers", "-f", "table"], "--full is for the quote table, not --highlight or --speakers"),
        (["--explain", "-f", "html"], "--explain adds each quote's trace to table, json, jsonl, csv, tsv output"),
        (["--explain", "-f", "brat"], "--explain adds each quote's trace"),
        (["--explain", "--speakers", "-f", "json"], "(not --highlight or --speakers)"),
        (["--text-field", "body"], "--text-field names a JSONL field; it goes with --input-format jsonl"),
        (["--id-field", "url"], "--id-field names a JSONL field"),
        (["--input-format", "jsonl", "--text-field", ""], "--text-field must name a field, not be empty"),
        (["--input-format", "jsonl", "--id-field", " "], "--id-field must name a field, not be empty"),
    ],
)
def test_an_option_that_would_be_ignored_is_a_usage_error_before_loading(article: str, args: list[str],
                                                                        says: str) -> None:
    result = run(article, *args)
    assert result.exit_code == 2
    assert says in result.stderr
    assert FakeTracer.loaded == 0


def test_stdin_named_twice_is_a_usage_error() -> None:
    result = run("-", "-", input=ARTICLE)
    assert result.exit_code == 2 and "'-' (standard input) is given more than once" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_explain_adds_a_trace_column_to_csv_and_tsv(article: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    class Traced(FakeTracer):
        def extract(self, items: Any, progress: Any = None) -> Any:
            for result in super().extract(items, progress):
                yield replace(result, quotes=tuple(replace(q, trace=("quote-then-cue", "speaker:name"))
                                                   for q in result.quotes))

    monkeypatch.setattr(pipeline, "QuoteTracer", Traced)
    plain = run(article, "-f", fmt).stdout.splitlines()
    explained = run(article, "-f", fmt, "--explain").stdout.splitlines()
    separator = "," if fmt == "csv" else "\t"
    assert explained[0] == plain[0] + separator + "trace"
    assert len(explained) == len(plain) == 3
    for before, after in zip(plain[1:], explained[1:], strict=True):
        assert after == before + separator + "quote-then-cue;speaker:name"


def test_empty_standard_input_is_a_clear_failure() -> None:
    result = run(input="")
    assert result.exit_code == 1
    assert "quotetrace: stdin: empty; nothing was piped in" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("data", ["", "\n\n  \n"])
def test_jsonl_input_of_no_documents_says_so(data: str) -> None:
    result = run("-", "--input-format", "jsonl", "-f", "jsonl", input=data)
    assert result.exit_code == 1
    assert "quotetrace: the input holds no documents" in result.stderr


def test_an_empty_file_named_on_purpose_is_a_document_without_quotes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run(str(tmp_path / "empty.txt"), "-f", "jsonl")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["quotes"] == []


def test_a_garbling_forced_encoding_is_warned_about_on_stderr(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8")
    (tmp_path / "a.txt").write_bytes(data + b"\n" * (len(data) % 2))  # whole UTF-16 code units
    result = run(str(tmp_path / "a.txt"), "--encoding", "utf-16", "-f", "jsonl")
    assert result.exit_code == 0
    assert "read as utf-16 as --encoding asks, but that gives mostly unlikely characters" in result.stderr


def test_hidden_folders_are_skipped_in_a_directory_walk(tmp_path: Path) -> None:
    (tmp_path / "news" / ".git").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / ".git" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path / "news"), "-f", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]


# --- H: the progress line fits the terminal ---------------------------------------------------------------

@pytest.mark.parametrize("width", [40, 60, 70, 80, 95, 120, 200])
def test_the_progress_line_fits_the_terminal_on_one_line(width: int) -> None:
    import io

    from quotetrace.cli.progress import WorkProgress
    from rich.console import Console

    with WorkProgress(99_999, enabled=True, stream=io.StringIO(), width=width) as progress:
        for _ in range(3):
            progress.document_read("word " * 5000)
            progress.words_done(4000)
            time.sleep(0.01)
            progress.document_done()
        assert progress._progress is not None  # noqa: SLF001
        screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
        screen.print(progress._progress.get_renderable())  # noqa: SLF001
    lines = [line for line in screen.export_text().splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert len(lines[0].rstrip()) <= width
    assert "annotating" in lines[0] and "3/99,999" in lines[0] and "left" in lines[0]


def test_models_in_a_pipe_prints_every_path_and_tagger_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    import quotetrace.core.models as models

    root = "/a/very/long/path/" + "x" * 90 + "/bundled"
    rows = [{"source": "bundled", "usable": True, "root": root, "size_mb": 45.2,
             "transformer_verified": {"sentence-transformers/all-MiniLM-L6-v2": True},
             "scores": {"ewt_dev": {"tokens": 99.4, "las": 79.17}}},
            {"source": "stanza", "usable": False, "root": "/root/stanza_resources", "problem": "not installed"}]
    monkeypatch.setattr(models, "installed_models", lambda: rows)
    monkeypatch.setattr(models, "select_models", lambda choice: SimpleNamespace(source="bundled"))
    result = run("models")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:5] == ["bundled (in use)", "  tagger: all-MiniLM-L6-v2 (verified)", "  size (MB): 45.2",
                         "  scores (EWT dev, end to end): tokens 99.4 las 79.17", f"  where: {root}"]
    assert "stanza" in lines and "  where: /root/stanza_resources" in lines
    assert "…" not in result.stdout


@pytest.mark.parametrize("width", [120, 160])
def test_the_models_table_folds_a_long_path_instead_of_cutting_it(width: int) -> None:
    import io

    from quotetrace.cli.main import _models_table
    from rich.console import Console

    root = "/a/very/long/path/" + "x" * 90 + "/bundled"
    screen = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    screen.print(_models_table([("bundled", "yes", "all-MiniLM-L6-v2 (verified)", "45.2", "tokens 99.4", root)]))
    shown = screen.export_text()
    assert "…" not in shown
    lines = shown.splitlines()
    header = next(number for number, line in enumerate(lines) if "where" in line)
    where = lines[header].index("where")
    assert root in "".join(line[where:].strip(" │") for line in lines[header + 2:])


@pytest.mark.parametrize("stdin", ["devnull", "empty file"])
@pytest.mark.parametrize("args", [[], ["-"], ["-", "--input-format", "jsonl"]])
def test_empty_standard_input_is_reported_before_the_models_load(tmp_path: Path, stdin: str, args: list[str]) -> None:
    script = ("import sys\nfrom quotetrace.cli.main import main\n"
              f"try:\n    main({args!r})\nexcept SystemExit as e:\n    code = e.code\n"
              "print(code, 'torch' in sys.modules, 'stanza' in sys.modules)")
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    with open(os.devnull if stdin == "devnull" else empty, "rb") as source:
        done = subprocess.run([sys.executable, "-c", script], stdin=source, capture_output=True, text=True,
                              timeout=60)
    assert done.stdout.split() == ["1", "False", "False"]
    assert done.stderr.splitlines()[0].startswith("quotetrace: stdin: empty")
