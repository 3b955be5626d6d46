"""`--explain`, `quotetrace rules` and `quotetrace debug-parse`, and the Document writers behind them; the
annotator is replaced by hand-built documents, so no model is needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from quotetrace.cli.main import main
from quotetrace.core import pipeline
from quotetrace.core.build import build_document
from quotetrace.core.conllu import document_conllu, document_table
from quotetrace.core.model import Document
from quotetrace.core.rules import RULES, rule_examples

MIXED = next(e for e in rule_examples() if e.rule_id == "merge:mixed")


class _Annotator:
    """Stands in for stanza: each text known to the test comes back as its hand-built document."""

    def __init__(self, documents: list[Document]) -> None:
        self.by_text = {d.text: d for d in documents}

    def annotate(self, texts: list[str], ids: list[str]) -> list[Document]:
        return [Document(self.by_text[t].text, self.by_text[t].sentences, self.by_text[t].paragraphs, id=i)
                for t, i in zip(texts, ids, strict=True)]


@pytest.fixture
def mixed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    document = build_document(MIXED.table)
    monkeypatch.setattr(pipeline, "shared_annotator", lambda models, threads=None: _Annotator([document]))
    path = tmp_path / "christie.txt"
    path.write_text(document.text, encoding="utf-8")
    return path


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_explain_adds_the_trace_to_json_and_only_then(mixed_file: Path) -> None:
    plain = json.loads(run(str(mixed_file), "-f", "json").stdout)[0]["quotes"]
    assert plain and all("trace" not in q for q in plain)
    explained = json.loads(run(str(mixed_file), "-f", "json", "--explain").stdout)[0]["quotes"]
    # the default hybrid says who decided: the model read the same words, and the rule's reading won
    assert [q["trace"] for q in explained] == [
        ["cue-as-predicate", "merge:mixed", "hybrid:rule-over-model", "speaker:name"]]
    assert [{k: v for k, v in q.items() if k != "trace"} for q in explained] == plain


def test_explain_table_shows_each_quotes_trace(mixed_file: Path) -> None:
    output = run(str(mixed_file), "-f", "table", "--explain").stdout
    assert "why (christie)" in output
    assert "cue-as-predicate → merge:mixed → hybrid:rule-over-model → speaker:name" in output
    # the caption says how to read a speaker step's factors
    assert "speaker:LINK(FACTOR×VALUE" in output and "caps" in output


def test_rules_lists_the_whole_registry_with_examples() -> None:
    rows = json.loads(run("rules", "--json").stdout)
    assert [r["id"] for r in rows] == list(RULES)
    for row in rows:
        assert row["family"] == RULES[row["id"]].family
        assert row["examples"] or row["family"] == "model"
    table = run("rules").stdout
    assert all(rule_id in table for rule_id in RULES)
    assert [r["id"] for r in json.loads(run("rules", "--json", "--family", "merge").stdout)][0] == "unattributed"


def test_debug_parse_prints_a_table_that_builds_the_same_document(mixed_file: Path) -> None:
    table = run("debug-parse", str(mixed_file), "--as", "table").stdout
    rebuilt = build_document(table)
    original = build_document(MIXED.table)
    assert rebuilt.text == original.text
    assert _words(rebuilt) == _words(original)
    conllu = run("debug-parse", str(mixed_file), "--as", "conllu").stdout
    assert conllu.startswith("# sent_id = christie-1\n# text = Christie cast")
    both = run("debug-parse", str(mixed_file)).stdout
    assert both.startswith(table) and both.endswith(conllu)


def test_debug_parse_of_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    result = CliRunner().invoke(main, ["debug-parse", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {path}: cannot read as utf-8 (UnicodeDecodeError)"]


def _words(doc: Document) -> list[tuple[Any, ...]]:
    return [(t.text, t.lemma, t.upos, t.head, t.deprel, t.ner, t.feats, t.sentence, t.span) for t in doc.tokens]


@pytest.mark.parametrize("example", rule_examples(), ids=[f"{e.rule_id}@{e.line}" for e in rule_examples()])
def test_document_table_round_trips(example: Any) -> None:
    document = build_document(example.table)
    rebuilt = build_document(document_table(document))
    assert rebuilt.text == document.text and rebuilt.paragraphs == document.paragraphs
    assert _words(rebuilt) == _words(document)


def test_document_table_keeps_the_parse_where_the_white_space_differs() -> None:
    document = build_document(MIXED.table)
    text = document.text.replace(" ", "\u00a0 ", 1)  # a no-break space the table cannot spell
    shift = len(text) - len(document.text)
    moved = Document(text, tuple(_shifted(s, shift, document.text.index(" ")) for s in document.sentences),
                     (), id="x")
    rebuilt = build_document(document_table(moved))
    assert [(t.text, t.head, t.deprel) for t in rebuilt.tokens] == [(t.text, t.head, t.deprel) for t in moved.tokens]


def _shifted(sentence: Any, shift: int, after: int) -> Any:
    from dataclasses import replace

    from quotetrace.core.model import Span

    def move(span: Span) -> Span:
        return Span(span.start + shift, span.end + shift) if span.start > after else span

    tokens = tuple(replace(t, span=move(t.span)) for t in sentence.tokens)
    return replace(sentence, span=Span(sentence.span.start, move(sentence.span).end), tokens=tokens)


def test_document_conllu_has_ten_columns_and_exact_offsets() -> None:
    document = build_document(MIXED.table)
    lines = [line for line in document_conllu(document).splitlines() if line and not line.startswith("#")]
    assert len(lines) == len(document.tokens)
    for line, token in zip(lines, document.tokens, strict=True):
        cells = line.split("\t")
        assert len(cells) == 10
        misc = dict(item.split("=") for item in cells[9].split("|"))
        assert document.text[int(misc["start_char"]) : int(misc["end_char"])] == cells[1] == token.text
    assert document_table(Document("", (), ())) == "" and document_conllu(Document("", (), ())) == ""
