"""quotetrace on Dask: the partition function, the bag and dataframe functions, and the partitioned
runs of `--engine dask` (errors, resume, Parquet), first with a fake pipeline and no model, then with
the bundled model on a cluster of two worker processes (marked `model`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import click  # noqa: E402
import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from dask_fakes import KILL, RAISE, REFUSE, built, failing_real_tracer, fake_tracer  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from helpers import SAMPLES  # noqa: E402
from quotetrace.cli import dask_engine  # noqa: E402
from quotetrace.cli.dask_engine import RunError, RunSpec, run  # noqa: E402
from quotetrace.cli.main import main  # noqa: E402
from quotetrace.cli.read import InputDocument, InputFailure, InputItem, read_inputs  # noqa: E402
from quotetrace.cli.render import CSV_COLUMNS, csv_rows  # noqa: E402
from quotetrace.core import dask as qd  # noqa: E402

FAKE = qd.TraceConfig(factory=fake_tracer, batch_size=3)
TESTS = Path(__file__).resolve().parent


def documents(count: int, *, bad: dict[int, str] | None = None) -> list[InputItem]:
    """`count` documents with one quote each; `bad` puts a trigger word into some of them."""
    bad = bad or {}
    return [InputDocument(f"doc{i:03d}", f'Item {i}: "words number {i}" {bad.get(i, "")}', "test")
            for i in range(count)]


def read_parts(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(directory.glob("part-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def read_errors(directory: Path) -> list[dict[str, str]]:
    text = (directory / dask_engine.ERRORS_FILE).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


# --------------------------------------------------------------------------------------------------
# The partition function (in this process, no cluster)


def test_partition_keeps_order_and_isolates_each_kind_of_failure() -> None:
    items: list[Any] = [(f"d{i}", f'"quote {i}"') for i in range(7)]
    items[1] = ("d1", f'"quote 1" {RAISE}')  # raises: its batch of three is retried one by one
    items[5] = ("d5", f"{REFUSE}")  # the pipeline's own Failure
    items.insert(3, 42)  # not a pair at all
    items.insert(4, ("d-none", None))  # a pair whose text is no string
    outcomes = qd.trace_partition(items, FAKE)
    assert [o["id"] for o in outcomes] == ["d0", "d1", "d2", "item:3", "d-none", "d3", "d4", "d5", "d6"]
    failed = {o["id"]: o["error"] for o in outcomes if qd.is_failure(o)}
    assert failed == {
        "d1": "RuntimeError: boom with a second line in 1 documents",
        "item:3": "expected an (id, text) pair, found int",
        "d-none": "text is NoneType, not a string",
        "d5": "refused by the fake pipeline",
    }
    good = [o for o in outcomes if not qd.is_failure(o)]
    assert [o["quotes"][0]["text"] for o in good] == ["quote 0", "quote 2", "quote 3", "quote 4", "quote 6"]


def test_partition_goes_through_in_batches_on_one_cached_pipeline() -> None:
    config = qd.TraceConfig(factory=fake_tracer, batch_size=4, models="batching-test")
    qd.trace_partition([(str(i), "x") for i in range(10)], config)
    qd.trace_partition([(str(i), "x") for i in range(3)], config)
    tracer = qd.tracer_for(config)
    assert tracer is qd.tracer_for(qd.TraceConfig(factory=fake_tracer, batch_size=4, models="batching-test"))
    assert tracer.batches == [4, 4, 2, 3]  # type: ignore[attr-defined]


def test_failure_reasons_are_one_bounded_line() -> None:
    reason = qd.failure("x", "first\nsecond\r\n\tthird " + "y" * 1000)["error"]
    assert "\n" not in reason and "\r" not in reason and reason.startswith("first second third y")
    assert len(reason) == 300 and reason.endswith("…")


# --------------------------------------------------------------------------------------------------
# Bags and dataframes (dask's synchronous scheduler: the same functions a cluster runs)


def test_bag_dataframe_and_flat_quotes_agree_with_the_csv_rows() -> None:
    pairs = [(f"d{i}", f'"alpha {i}" and "beta {i}"') for i in range(5)] + [("bad", RAISE)]
    with dask.config.set(scheduler="synchronous"):
        outcomes = qd.trace_bag(db.from_sequence(pairs, npartitions=3), FAKE)
        records = qd.records(outcomes).compute()
        assert [f["id"] for f in qd.failures(outcomes).compute()] == ["bad"]
        from_bag = qd.quotes_frame(outcomes).compute()
        frame = dask.dataframe.from_pandas(pd.DataFrame({"url": [p[0] for p in pairs], "body": [p[1] for p in pairs]}),
                                           npartitions=2)
        traced = qd.trace_dataframe(frame, text_column="body", id_column="url", config=FAKE).compute()
        from_frame = qd.quotes_frame(qd.trace_dataframe(frame, text_column="body", id_column="url",
                                                        config=FAKE)).compute()
    assert [r["id"] for r in records] == [p[0] for p in pairs[:5]]
    assert list(traced["id"]) == [p[0] for p in pairs]
    assert traced["error"].isna().tolist() == [True] * 5 + [False]
    assert [json.loads(r) for r in traced["record"].dropna()] == records
    assert list(from_bag.columns) == list(CSV_COLUMNS)
    expected = [row for record in records for row in csv_rows(record)]
    as_text = from_bag.astype("string").fillna("").astype(str)
    assert as_text.values.tolist() == expected
    assert from_bag["cue_start"].dtype == "Int64" and from_bag["confidence"].dtype == "Float64"
    pd.testing.assert_frame_equal(from_bag.reset_index(drop=True), from_frame.reset_index(drop=True))


# --------------------------------------------------------------------------------------------------
# Partitioned runs on a cluster of two worker processes, with the fake pipeline


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    # Workers are fresh processes; they import the fakes by name from tests/.
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(TESTS), saved or ""])
    # A task that killed one worker is given up at once (the default retries it on three).
    settings = {"distributed.scheduler.allowed-failures": 0}
    try:
        with dask.config.set(settings), LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                     dashboard_address=":0", silence_logs=40) as local:
            yield local
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def spec(directory: Path, cluster: LocalCluster, **options: Any) -> RunSpec:
    return RunSpec(directory, scheduler=cluster.scheduler_address, **options)


def test_failed_documents_go_to_the_errors_file_and_the_rest_to_the_output(cluster: LocalCluster,
                                                                           tmp_path: Path) -> None:
    items = documents(23, bad={4: RAISE, 11: REFUSE})
    items.insert(7, InputFailure("unreadable", "unreadable.txt", "unreadable.txt: not valid utf-8"))
    report = run(items, FAKE, spec(tmp_path, cluster, partition_size=5))
    assert report.written == 5 and report.failed == 3
    errors = {e["id"]: e["error"] for e in read_errors(tmp_path)}
    assert errors == {"doc004": "RuntimeError: boom with a second line in 1 documents",
                      "doc011": "refused by the fake pipeline", "unreadable": "unreadable.txt: not valid utf-8"}
    assert [r["id"] for r in read_parts(tmp_path)] == [f"doc{i:03d}" for i in range(23) if i not in (4, 11)]
    with Client(cluster) as client:  # each worker built its pipeline once, for all five partitions
        assert list(client.run(built, FAKE).values()) == [1, 1]


def test_a_document_that_kills_its_worker_loses_only_itself(cluster: LocalCluster, tmp_path: Path) -> None:
    report = run(documents(6, bad={2: KILL}), FAKE, spec(tmp_path, cluster, partition_size=3))
    assert [e["id"] for e in read_errors(tmp_path)] == ["doc002"]
    assert "worker failed" in read_errors(tmp_path)[0]["error"]
    assert [r["id"] for r in read_parts(tmp_path)] == ["doc000", "doc001", "doc003", "doc004", "doc005"]
    assert report.failed == 1


class Interrupted(Exception):
    pass


def interrupted_after(items: list[InputItem], count: int) -> Iterator[InputItem]:
    yield from items[:count]
    raise Interrupted


def test_an_interrupted_run_resumes_to_the_full_output_once(cluster: LocalCluster, tmp_path: Path) -> None:
    items = documents(30, bad={3: RAISE, 25: RAISE})
    with pytest.raises(Interrupted):
        # partitions of 2, at most 4 in flight: the 16th document is read after some are written
        run(interrupted_after(items, 16), FAKE, spec(tmp_path, cluster, partition_size=2))
    written = sorted(tmp_path.glob("part-*.jsonl"))
    assert 0 < len(written) < 15
    (tmp_path / ".part-00014.jsonl.999.tmp").write_text("half a line", encoding="utf-8")  # a killed write
    report = run(items, FAKE, spec(tmp_path, cluster, partition_size=2, resume=True))
    assert report.skipped == len(written) and report.written == 15 - len(written)
    assert [r["id"] for r in read_parts(tmp_path)] == [f"doc{i:03d}" for i in range(30) if i not in (3, 25)]
    assert [e["id"] for e in read_errors(tmp_path)] == ["doc003", "doc025"]


def test_a_killed_run_resumes_to_the_full_output_once(cluster: LocalCluster, tmp_path: Path) -> None:
    """The driver is SIGKILLed mid-run (no cleanup at all), then resumed."""
    script = (
        "import sys, time; from pathlib import Path\n"
        "from dask_fakes import fake_tracer\n"
        "from quotetrace.cli.dask_engine import RunSpec, run\n"
        "from quotetrace.cli.read import InputDocument\n"
        "from quotetrace.core.dask import TraceConfig\n"
        "def slow():\n"
        "    for i in range(40):\n"
        "        time.sleep(0.05)\n"
        "        yield InputDocument(f'doc{i:03d}', f'\"quote {i}\"', 'test')\n"
        "run(slow(), TraceConfig(factory=fake_tracer), RunSpec(Path(sys.argv[1]), partition_size=2,"
        " scheduler=sys.argv[2]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path), cluster.scheduler_address], env=env)
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("part-*.jsonl"))) < 3 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert 3 <= len(list(tmp_path.glob("part-*.jsonl"))) < 20
    items = [InputDocument(f"doc{i:03d}", f'"quote {i}"', "test") for i in range(40)]
    run(items, qd.TraceConfig(factory=fake_tracer), spec(tmp_path, cluster, partition_size=2, resume=True))
    assert [r["id"] for r in read_parts(tmp_path)] == [f"doc{i:03d}" for i in range(40)]


def test_a_directory_of_another_run_needs_resume_and_the_same_settings(cluster: LocalCluster,
                                                                       tmp_path: Path) -> None:
    run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=2))
    with pytest.raises(RunError, match="add --resume"):
        run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=2))
    with pytest.raises(RunError, match="partition_size"):
        run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=3, resume=True))
    report = run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=2, resume=True))
    assert (report.skipped, report.written) == (2, 0)


def test_a_resume_refuses_inputs_that_changed_since(cluster: LocalCluster, tmp_path: Path) -> None:
    """Each way the input list can change under a resume (a document added, removed, renamed, the
    order changed, the list cut short) would leave a duplicate or a gap: each is one RunError."""
    items = documents(10)
    changed = {
        "added": [*items[:5], InputDocument("new", '"a new one"', "test"), *items[5:]],
        "removed": items[:3] + items[4:],
        "renamed": [*items[:6], InputDocument("other", items[6].text, "test"), *items[7:]],
        "reordered": [*items[:3], items[4], items[3], *items[5:]],
    }
    for name, inputs in changed.items():
        directory = tmp_path / name
        run(items, FAKE, spec(directory, cluster, partition_size=4))
        (directory / "part-00000.jsonl").unlink()  # a gap to fill, as in the report that found this
        with pytest.raises(RunError, match="the inputs changed since partition 1"):
            run(inputs, FAKE, spec(directory, cluster, partition_size=4, resume=True))
    directory = tmp_path / "shorter"
    run(items, FAKE, spec(directory, cluster, partition_size=4))
    with pytest.raises(RunError, match="part-00002.jsonl and 0 more partition"):
        run(items[:8], FAKE, spec(directory, cluster, partition_size=4, resume=True))
    directory = tmp_path / "longer"  # documents after the last full partition are a new partition: fine
    run(items[:8], FAKE, spec(directory, cluster, partition_size=4))
    report = run(items, FAKE, spec(directory, cluster, partition_size=4, resume=True))
    assert (report.skipped, report.written) == (2, 1)
    assert [r["id"] for r in read_parts(directory)] == [item.id for item in items]


def edited(items: list[InputItem], position: int, text: str) -> list[InputItem]:
    """`items` with the text of one document replaced in place: the same id at the same position."""
    return [InputDocument(item.id, text, "test") if i == position else item for i, item in enumerate(items)]


def test_a_resume_traces_again_a_partition_whose_texts_changed(cluster: LocalCluster, tmp_path: Path) -> None:
    """A document edited in place keeps its id and its partition: only that partition is traced
    again, and the output is what a fresh run over the new inputs writes."""
    items = documents(10)
    run(items, FAKE, spec(tmp_path, cluster, partition_size=4))
    changed = edited(items, 5, 'Item 5: "edited words" and "a second quote"')
    report = run(changed, FAKE, spec(tmp_path, cluster, partition_size=4, resume=True))
    assert (report.skipped, report.written, report.retraced) == (2, 1, 1)
    fresh = tmp_path / "fresh"
    run(changed, FAKE, spec(fresh, cluster, partition_size=4))
    assert read_parts(tmp_path) == read_parts(fresh)
    assert [q["text"] for q in read_parts(tmp_path)[5]["quotes"]] == ["edited words", "a second quote"]
    # resumed once more with the same texts, nothing is traced
    again = run(changed, FAKE, spec(tmp_path, cluster, partition_size=4, resume=True))
    assert (again.skipped, again.written, again.retraced) == (3, 0, 0)


def _nul_pair(first: str, second: str) -> list[InputItem]:
    return [InputDocument("n1", first, "test"), InputDocument("n2", second, "test")]


# each change keeps every id in its place: (inputs of the first run, the inputs resumed)
_TEXT_CHANGES: dict[str, tuple[list[InputItem], list[InputItem]]] = {
    "one character": (documents(3), edited(documents(3), 1, documents(3)[1].text.replace("number", "numbers"))),
    # joined with NUL between them, both pairs would read 'a\0\0b': each text is counted by its length
    "a NUL moved to the next text": (_nul_pair("a\0", "b"), _nul_pair("a", "\0b")),
    "now readable": ([*documents(2), InputFailure("bad", "test", "not UTF-8")],
                     [*documents(2), InputDocument("bad", '"fixed"', "test")]),
    "now unreadable": (documents(3), [*documents(2), InputFailure(documents(3)[2].id, "test", "not UTF-8")]),
    "a text now equal to the unreadable one's message": (
        [*documents(2), InputFailure("bad", "test", "not UTF-8")],
        [*documents(2), InputDocument("bad", "not UTF-8", "test")]),
}


@pytest.mark.parametrize("change", list(_TEXT_CHANGES))
def test_every_kind_of_text_change_is_noticed(cluster: LocalCluster, tmp_path: Path, change: str) -> None:
    before, after = _TEXT_CHANGES[change]
    run(before, FAKE, spec(tmp_path, cluster, partition_size=5))
    report = run(after, FAKE, spec(tmp_path, cluster, partition_size=5, resume=True))
    assert (report.skipped, report.retraced) == (0, 1)
    fresh = tmp_path / "fresh"
    run(after, FAKE, spec(fresh, cluster, partition_size=5))
    assert read_parts(tmp_path) == read_parts(fresh)
    assert read_errors(tmp_path) == read_errors(fresh)


def test_a_stale_partition_is_gone_before_it_is_traced_again(cluster: LocalCluster, tmp_path: Path) -> None:
    """A resume killed after it found a partition stale and before its new file was written leaves no
    stale file beside the new inputs record: the next resume traces it."""
    items = documents(8)
    run(items, FAKE, spec(tmp_path, cluster, partition_size=4))
    changed = edited(items, 1, '"edited"')
    with pytest.raises(Interrupted):
        run(interrupted_after(changed, 5), FAKE, spec(tmp_path, cluster, partition_size=4, resume=True))
    assert not (tmp_path / "part-00000.jsonl").exists()
    report = run(changed, FAKE, spec(tmp_path, cluster, partition_size=4, resume=True))
    assert (report.skipped, report.written, report.retraced) == (1, 1, 0)
    assert [q["text"] for q in read_parts(tmp_path)[1]["quotes"]] == ["edited"]


def test_a_partition_written_before_texts_were_recorded_is_traced_again(cluster: LocalCluster,
                                                                        tmp_path: Path) -> None:
    run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=4))
    record_path = tmp_path / dask_engine.INPUTS_DIR / "part-00000.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record_path.write_text(json.dumps({k: v for k, v in record.items() if k != "texts_sha256"}), encoding="utf-8")
    report = run(documents(4), FAKE, spec(tmp_path, cluster, partition_size=4, resume=True))
    assert (report.skipped, report.retraced) == (0, 1)
    assert json.loads(record_path.read_text(encoding="utf-8")) == record


def test_the_command_says_which_partitions_it_traced_again(cluster: LocalCluster, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    def command(items: list[InputItem]) -> int:
        options = {"engine": "dask", "scheduler": cluster.scheduler_address, "workers": None, "partition_size": 2,
                   "resume": True}
        return dask_engine.run_command(("archive",), options, fmt=None, output_dir=tmp_path,
                                       read=lambda paths: iter(items), config=FAKE,
                                       transform=lambda record: record, settings={})

    assert command(documents(5)) == 0
    capsys.readouterr()
    assert command(edited(documents(5), 4, '"new"')) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"quotetrace: 1 partition(s) written (2 already done; 1 traced again: texts changed since they were "
        f"written), 1 document(s) traced, 0 failed; output in {tmp_path}")


@pytest.mark.model
def test_a_resume_through_the_command_refuses_a_changed_directory(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(5):
        (inputs / f"a{i}.txt").write_text(f'"quote {i}" she said.', encoding="utf-8")
    out = tmp_path / "out"
    options = ["extract", str(inputs), "--engine", "dask", "--workers", "1", "--partition-size", "2",
               "--output-dir", str(out), "--models", "bundled"]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        first = CliRunner().invoke(main, options, catch_exceptions=False)
    assert first.exit_code == 0, first.output
    (inputs / "a0b.txt").write_text('"an added one" he said.', encoding="utf-8")
    (out / "part-00001.jsonl").unlink()
    again = CliRunner().invoke(main, [*options, "--resume"])
    assert again.exit_code == 1 and "the inputs changed since partition 0" in again.output
    assert len(again.output.strip().splitlines()) == 1 and "Traceback" not in again.output


def test_offsets_survive_the_trip_through_workers(cluster: LocalCluster, tmp_path: Path) -> None:
    texts = {"bom": '\ufeffShe said "one"', "crlf": 'a\r\n\r\nb "two\r\nlines" c', "emoji": '😀🇪🇺 "three" 😀',
             "nfd": 'Cafe\u0301 "four"'}
    run([InputDocument(k, v, "t") for k, v in texts.items()], FAKE, spec(tmp_path, cluster, partition_size=1))
    for record in read_parts(tmp_path):
        (quote,) = record["quotes"]
        ((start, end),) = quote["spans"]
        assert texts[record["id"]][start:end] == quote["text"]
    assert [r["quotes"][0]["spans"] for r in read_parts(tmp_path)] == [[[11, 14]], [[8, 18]], [[5, 10]], [[7, 11]]]


def test_without_a_scheduler_a_local_cluster_of_worker_processes_runs(cluster: LocalCluster,
                                                                       tmp_path: Path) -> None:
    report = run(documents(5), FAKE, RunSpec(tmp_path, partition_size=2, workers=1))
    assert (report.written, report.failed) == (3, 0)
    assert [r["id"] for r in read_parts(tmp_path)] == [f"doc{i:03d}" for i in range(5)]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_engine, "_CONNECT_TIMEOUT", 1)
    with pytest.raises(RunError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run(documents(1), FAKE, RunSpec(tmp_path, scheduler="tcp://127.0.0.1:9"))


def test_workers_that_cannot_build_the_pipeline_stop_the_run_at_once(cluster: LocalCluster,
                                                                      tmp_path: Path) -> None:
    config = qd.TraceConfig(models="no-such-model-set")
    with pytest.raises(RunError, match="a worker cannot load the models: ModelNotFound"):
        run(documents(3), config, spec(tmp_path, cluster))
    assert not list(tmp_path.glob("part-*"))


def test_a_resume_may_change_batch_size_threads_and_workers_but_not_what_decides_the_records(
        cluster: LocalCluster, tmp_path: Path) -> None:
    def command(config: qd.TraceConfig, resume: bool, kinds: tuple[str, ...] = ("direct",)) -> int:
        options = {"engine": "dask", "scheduler": cluster.scheduler_address, "workers": None, "partition_size": 2,
                   "resume": resume or None}
        return dask_engine.run_command(("archive",), options, fmt=None, output_dir=tmp_path,
                                       read=lambda paths: iter(documents(5)), config=config,
                                       transform=lambda record: record, settings={"kinds": list(kinds)})

    assert command(FAKE, resume=False) == 0
    assert command(qd.TraceConfig(factory=fake_tracer, batch_size=7, threads=2), resume=True) == 0
    with pytest.raises(click.ClickException, match=r"other settings \(config\)"):
        command(qd.TraceConfig(factory=fake_tracer, models="stanza"), resume=True)
    with pytest.raises(click.ClickException, match=r"other settings \(kinds\)"):
        command(FAKE, resume=True, kinds=("direct", "indirect"))
    assert [r["id"] for r in read_parts(tmp_path)] == [f"doc{i:03d}" for i in range(5)]


def test_parquet_holds_one_row_per_quote_with_the_csv_columns(cluster: LocalCluster, tmp_path: Path) -> None:
    items = [InputDocument(f"d{i}", '"one" x "two" y' if i % 2 else "no quotes", "t") for i in range(7)]
    run(items, FAKE, spec(tmp_path, cluster, partition_size=3, fmt="parquet"))
    table = pq.read_table(tmp_path).to_pandas()  # the _errors files are no part of the dataset
    assert list(table.columns) == list(CSV_COLUMNS)
    assert table["document_id"].tolist() == ["d1", "d1", "d3", "d3", "d5", "d5"]
    assert table["content"].tolist() == ["one", "two"] * 3 and table["spans"].tolist() == ["1-4", "9-12"] * 3


def test_engine_options_are_checked_before_anything_runs(tmp_path: Path) -> None:
    def usage(*args: str) -> str:
        result = CliRunner().invoke(main, ["extract", str(SAMPLES), *args])
        assert result.exit_code == 2, result.output
        return result.output

    assert "--scheduler goes with --engine dask" in usage("--scheduler", "tcp://localhost:1")
    assert "--resume goes with --engine dask" in usage("--resume")
    # --workers is for both engines (worker processes here, the local cluster's on Dask)
    assert "--scheduler and --resume go with --engine dask" in usage("--scheduler", "tcp://localhost:1", "--resume")
    assert "--format parquet goes with --engine dask" in usage("--format", "parquet")
    assert "--output-dir" in usage("--engine", "dask")
    assert "writes jsonl or parquet, not csv" in usage("--engine", "dask", "--format", "csv", "--output-dir",
                                                       str(tmp_path))


# --------------------------------------------------------------------------------------------------
# The bundled model on two worker processes


@pytest.fixture(scope="module")
def model_cluster(cluster: LocalCluster) -> LocalCluster:
    # The same cluster: each worker keeps the model it loads for every later test.
    return cluster


@pytest.mark.model
def test_dask_gives_the_single_process_quotes(model_cluster: LocalCluster, tmp_path: Path) -> None:
    single = CliRunner().invoke(main, ["extract", str(SAMPLES), "--format", "jsonl", "--models", "bundled"])
    assert single.exit_code == 0, single.output
    expected = [json.loads(line) for line in single.stdout.splitlines()]
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(SAMPLES), "--engine", "dask", "--models", "bundled",
                                       "--scheduler", model_cluster.scheduler_address, "--partition-size", "2",
                                       "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("part-*.jsonl"))) == 2
    assert read_parts(out) == expected  # ids, spans, speakers: the records entire
    assert sum(len(r["quotes"]) for r in expected) > 10


@pytest.mark.model
def test_a_document_raising_in_a_real_worker_and_a_resumed_run(model_cluster: LocalCluster,
                                                                tmp_path: Path) -> None:
    texts = [item for item in read_inputs([str(SAMPLES)]) if isinstance(item, InputDocument)]
    broken = InputDocument("broken", f"The mayor said {RAISE} today.", "test")
    items = [texts[0], broken, *texts[1:]]
    config = qd.TraceConfig(models="bundled", factory=failing_real_tracer)
    first = run(items[:2], config, spec(tmp_path, model_cluster, partition_size=1))  # then stopped
    assert (first.written, first.failed) == (2, 1)
    resumed = run(items, config, spec(tmp_path, model_cluster, partition_size=1, resume=True))
    assert (resumed.skipped, resumed.written, resumed.failed) == (2, 2, 1)
    assert read_errors(tmp_path) == [{"id": "broken", "error": "RuntimeError: a document that breaks the pipeline"}]
    single = CliRunner().invoke(main, ["extract", str(SAMPLES), "--format", "jsonl", "--models", "bundled"])
    assert read_parts(tmp_path) == [json.loads(line) for line in single.stdout.splitlines()]
