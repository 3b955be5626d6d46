"""The command line, through click's CliRunner, on the bundled model and our own samples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import SAMPLES
from quotetrace.cli.main import main

pytestmark = pytest.mark.model

SAMPLE = SAMPLES / "harbour_council_vote.txt"


def run(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def sample_record() -> dict[str, Any]:
    result = run(str(SAMPLE), "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 1
    return records[0]


def test_json_has_the_schema_and_exact_offsets(sample_record: dict[str, Any]) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert sample_record["schema"] == "quotetrace/1"
    assert sample_record["id"] == "harbour_council_vote"
    assert sample_record["quotes"], "the sample has quotes"
    for quote in sample_record["quotes"]:
        assert quote["text"] == " ".join(text[s:e] for s, e in quote["spans"])
        if quote["speaker"]:
            assert text[quote["speaker"]["start"] : quote["speaker"]["end"]] == quote["speaker"]["text"]
    entity_ids = {s["id"] for s in sample_record["speakers"]}
    assert {q["speaker"]["entity"] for q in sample_record["quotes"] if q["speaker"]} <= entity_ids


def test_jsonl_from_stdin_streams_one_object_per_line() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    result = run("-", "--format", "jsonl", input=text)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["id"] == "stdin"


def test_csv_and_tsv_have_one_row_per_quote(sample_record: dict[str, Any]) -> None:
    result = run(str(SAMPLE), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 1 + len(sample_record["quotes"])
    tsv = run(str(SAMPLE), "--format", "tsv")
    lines = tsv.stdout.rstrip("\n").split("\n")
    assert len(lines) == 1 + len(sample_record["quotes"])
    assert all(line.count("\t") == len(rows[0]) - 1 for line in lines)


def test_brat_output_dir_round_trips_offsets(tmp_path: Path) -> None:
    result = run(str(SAMPLE), "--format", "brat", "--output-dir", str(tmp_path))
    assert result.exit_code == 0
    text = (tmp_path / "harbour_council_vote.txt").read_text(encoding="utf-8")
    ann = (tmp_path / "harbour_council_vote.ann").read_text(encoding="utf-8")
    spans = [line.split("\t") for line in ann.splitlines() if line.startswith("T")]
    assert any(kind.startswith("Content") for _, kind, _ in spans)
    for _, kind_and_offsets, stored in spans:
        fragments = kind_and_offsets.split(" ", 1)[1].split(";")
        pieces = [text[int(s) : int(e)] for s, e in (f.split() for f in fragments)]
        assert " ".join(pieces).replace("\n", " ") == stored


def test_table_and_summary_name_the_speakers() -> None:
    table = run(str(SAMPLE), "--format", "table")
    assert table.exit_code == 0
    assert "Ashby" in table.stdout
    summary = run(str(SAMPLE), "--speakers")
    assert summary.exit_code == 0
    assert "Ashby" in summary.stdout


def test_filters_keep_only_what_was_asked(sample_record: dict[str, Any]) -> None:
    result = run(str(SAMPLE), "--format", "json", "--kinds", "direct", "--min-confidence", "0.5")
    quotes = json.loads(result.stdout)[0]["quotes"]
    assert quotes
    assert all(q["kind"] == "direct" and q["confidence"] >= 0.5 for q in quotes)


def test_a_bad_document_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text('"We are ready," Dvorak said.', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"abc\x00\x00def\xff\x00\x81" * 20)  # no text in any encoding
    result = run(str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), str(tmp_path / "missing.txt"),
                 "--format", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["good"]
    assert "--encoding" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_input_with_custom_fields() -> None:
    lines = "\n".join(json.dumps({"url": f"u{i}", "body": f'"It works well," Ms. Berg{i} said.'}) for i in range(3))
    result = run("-", "--input-format", "jsonl", "--text-field", "body", "--id-field", "url", "--format", "jsonl",
                 input=lines + "\nnot json\n")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["u0", "u1", "u2"]
    assert all(r["quotes"] for r in records)


def test_usage_errors_exit_2() -> None:
    assert run(str(SAMPLE), "--format", "xml").exit_code == 2
    assert run(str(SAMPLE), "--kinds", "direct,bogus").exit_code == 2
    assert run(str(SAMPLE), "--output-dir", "x").exit_code == 2


def test_unknown_models_choice_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(SAMPLE), "--models", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and result.stderr.startswith("Usage: ")
    [error] = [line for line in result.stderr.splitlines() if "Error" in line]
    assert error.startswith("Error: --models ") and "existing directory" in error


def test_models_lists_the_bundle() -> None:
    result = run("models", "--json")
    assert result.exit_code == 0
    listing = json.loads(result.stdout)
    bundled = next(row for row in listing["models"] if row["source"] == "bundled")
    assert bundled["usable"] and bundled["size_mb"] > 0


def test_eval_scores_saved_predictions(tmp_path: Path) -> None:
    gold = Path(__file__).parent / "data" / "brat"
    from quotetrace.core.evaluate import gold_to_records, read_brat_corpus

    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("\n".join(json.dumps(r) for r in gold_to_records(read_brat_corpus(gold)).values()))
    result = run("eval", str(gold), "--pred", str(predictions), "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["metrics"]["all"]["end_to_end"]["f1"] == 1.0


def test_models_says_when_the_bundle_runs_without_its_transformer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.core import models
    from test_models import make_transformer_bundle

    bundle = make_transformer_bundle(tmp_path / "bundle", None)  # its transformer's package is not installed
    monkeypatch.setattr(models, "bundled_dir", lambda: bundle)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "no-stanza"))
    listing = json.loads(run("models", "--json").stdout)
    bundled = next(row for row in listing["models"] if row["source"] == "bundled")
    assert bundled["variant"] == "small" and bundled["scores"] == {"ewt_dev": {"las": 0.5}}
    assert "quotetrace[minilm]" in bundled["notes"][0]
    table = run("models")
    assert table.exit_code == 0 and "quotetrace[minilm]" in table.stdout and "small" in table.stdout


def test_the_readme_json_example_is_what_the_shipped_sample_gives(sample_record: dict[str, Any]) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Output schema") :]
    example = json.loads(section[section.index("```json\n") + 8 : section.index("\n```", section.index("```json"))])
    assert example["schema"] == sample_record["schema"] and example["id"] == sample_record["id"]
    quotes = {q["id"]: q for q in sample_record["quotes"]}
    speakers = {s["id"]: s for s in sample_record["speakers"]}
    assert example["quotes"] and example["speakers"]
    for quote in example["quotes"]:
        assert quote == quotes.get(quote["id"]), f"README quote {quote['id']} drifted from the sample's output"
    for speaker in example["speakers"]:
        assert speaker == speakers.get(speaker["id"]), f"README speaker {speaker['id']} drifted"


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060\u200e"])
def test_a_leading_invisible_character_changes_no_quote(invisible: str) -> None:
    text = f'{invisible}"We are ready," said Dvorak.\n'
    result = run("-", "--format", "jsonl", input=text.encode("utf-8"))
    [quote] = json.loads(result.stdout)["quotes"]
    assert (quote["kind"], quote["text"], quote["speaker"]["text"]) == ("direct", "We are ready,", "Dvorak")
    start, end = quote["spans"][0]
    assert text[start:end] == "We are ready,"  # offsets still count the invisible characters


def test_attribution_choice_and_what_models_says() -> None:
    assert run(str(SAMPLE), "--attribution", "both").exit_code == 2
    listing = json.loads(run("models", "--json").stdout)
    assert listing["attribution"]["in_use"] in ("rules", "model", "hybrid")
    rules = json.loads(run(str(SAMPLE), "--format", "json", "--attribution", "rules").stdout)[0]
    assert all(quote["rule"] != "model" for quote in rules["quotes"])
