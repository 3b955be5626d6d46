"""Scoring against brat gold: reading the corpus, the metrics' definitions, and the error listing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from quotetrace.cli.render_eval import format_errors, render_eval_report
from quotetrace.core.errors import EvaluationError
from quotetrace.core.evaluate import (
    KINDS,
    GoldDocument,
    find_errors,
    gold_to_records,
    is_direct,
    parse_ann,
    read_brat_corpus,
    read_predictions_jsonl,
    score,
)
from quotetrace.core.model import Entity, Mention, Quote, Result, Span
from rich.console import Console

SAMPLE = Path(__file__).parent / "data" / "brat"
POLNEAR_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev"


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    documents: list[GoldDocument] = read_brat_corpus(SAMPLE)
    return documents


def by_id(gold: list[GoldDocument], doc_id: str) -> GoldDocument:
    return next(doc for doc in gold if doc.id == doc_id)


def metric(report: dict[str, Any], kind: str, name: str, part: str = "f1") -> Any:
    value = report["metrics"][kind][name]
    return value if name == "cue_accuracy" else value[part]


def one_doc(text: str, ann: str) -> list[GoldDocument]:
    attributions, _, _ = parse_ann(ann, text)
    return [GoldDocument("d", text, attributions)]


def prediction(spans: list[list[int]], kind: str = "indirect", **extra: Any) -> dict[str, Any]:
    return {"id": "q1", "kind": kind, "spans": spans, "speaker": None, "cue": None, **extra}


# --- reading gold ----------------------------------------------------------------------------------


def test_sample_corpus_is_read_in_id_order(gold: list[GoldDocument]) -> None:
    assert [doc.id for doc in gold] == ["panel", "speech"]
    speech = by_id(gold, "speech")
    assert [a.id for a in speech.attributions] == ["E1", "E2", "E3", "E4", "E5", "E6"]
    assert speech.without_content == 1  # E7 has a cue but no content
    for doc in gold:
        for attribution in doc.attributions:
            for part in attribution.content:
                assert 0 <= part.start < part.end <= len(doc.text)


def test_discontinuous_content_keeps_its_fragments(gold: list[GoldDocument]) -> None:
    split = by_id(gold, "speech").attributions[1]
    assert len(split.content) == 2
    assert split.content_text(by_id(gold, "speech").text) == "“And it will be paid for,” “without new taxes.”"


def test_content2_is_part_of_the_content(gold: list[GoldDocument]) -> None:
    panel = by_id(gold, "panel")
    assert panel.attributions[1].content_text(panel.text) == "“It is the best option,” “We should move fast.”"


def test_span_text_may_run_over_several_lines(gold: list[GoldDocument]) -> None:
    speech = by_id(gold, "speech")
    assert speech.attributions[5].content_text(speech.text) == "the bridge\nwould open in two years"
    assert [s.text_of(speech.text) for s in speech.attributions[5].source] == ["Officials"]


def test_discuss_and_discard_are_not_attributions(gold: list[GoldDocument]) -> None:
    speech = by_id(gold, "speech")
    assert speech.note_spans == 2
    contents = [a.content_text(speech.text) for a in speech.attributions]
    assert not any("Twitter" in c or "promises" in c for c in contents)


def test_no_source_attribution_has_no_source(gold: list[GoldDocument]) -> None:
    no_source = by_id(gold, "speech").attributions[4]
    assert no_source.source == ()
    assert no_source.cue


def test_several_annotators_pick_the_first_name_and_say_so(gold: list[GoldDocument]) -> None:
    panel = by_id(gold, "panel")
    assert (panel.ann_file, panel.annotator, panel.ignored_files) == ("panel_a1.ann", "a1", ("panel_b2.ann",))
    assert len(panel.attributions) == 2  # panel_b2.ann has only one
    report = score(gold, gold_to_records(gold))
    assert report["gold"]["annotator_choices"] == [
        {"document": "panel", "used": "panel_a1.ann", "ignored": ["panel_b2.ann"]}
    ]


def test_gold_kinds_follow_the_direct_rule(gold: list[GoldDocument]) -> None:
    kinds = [a.direct for a in by_id(gold, "speech").attributions]
    assert kinds == [True, True, False, True, False, False]


# --- direct or indirect ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ("“We will win,”", True),
        ('"We will win,"', True),
        ("« Nous gagnerons »", True),
        ("''We will win,''", True),  # two apostrophes standing for a double quote (NYT style)
        ("it was a ‘scare’ tactic", True),
        ("it was a 'scare' tactic", True),
        ("Trump 'absolutely right' in saying so", True),
        ("that they don't agree", False),
        ("O'Malley's campaign will shift staff", False),
        ("the policy of the '90s", False),
        ("the policy of the ‘90s", False),
        ("the students' books were lost", False),
        ("in the '90s the students' books were lost", False),  # elision + possessive: no pair
        ("rock 'n' roll is back", False),
        ("a rise in the ’90s, the students’ books", False),
        ("he will fight for ‘the forgotten men’", True),
        ("the Clintons’ ‘basket of deplorables’", True),
        ("", False),
    ],
)
def test_direct_rule(content: str, direct: bool) -> None:
    assert is_direct(content) is direct


# --- scores ----------------------------------------------------------------------------------------


def test_gold_against_itself_is_perfect(gold: list[GoldDocument]) -> None:
    report = score(gold, gold_to_records(gold))
    json.dumps(report)  # the report must stay JSON-serialisable
    for kind in KINDS:
        for name in ("content_exact", "content_partial", "content_matched", "source", "end_to_end"):
            assert report["metrics"][kind][name] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}, (kind, name)
        assert metric(report, kind, "cue_accuracy") == 1.0
    assert report["counts"]["all"]["gold"] == 8
    assert report["counts"]["direct"]["gold"] == 4


def test_gold_records_survive_a_jsonl_round_trip(gold: list[GoldDocument], tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_to_records(gold).values()), encoding="utf-8")
    records = read_predictions_jsonl(path)
    assert records == gold_to_records(gold)
    assert metric(score(gold, records), "all", "end_to_end") == 1.0


def test_empty_system_has_zero_recall(gold: list[GoldDocument]) -> None:
    report = score(gold, {})
    for kind in KINDS:
        for name in ("content_exact", "content_partial", "content_matched", "end_to_end"):
            assert metric(report, kind, name, "recall") == 0.0
            assert metric(report, kind, name, "precision") is None  # nothing predicted
            assert metric(report, kind, name) == 0.0
    assert report["predictions"]["documents_missing"] == ["panel", "speech"]


def shifted(gold: list[GoldDocument], by: int) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = copy.deepcopy(gold_to_records(gold))
    for doc in gold:
        for quote in records[doc.id]["quotes"]:
            end = len(doc.text)
            quote["spans"] = [[min(s + by, end), min(e + by, end)] for s, e in quote["spans"]]
    return records


def test_shifted_offsets_lower_the_score(gold: list[GoldDocument]) -> None:
    reports = [score(gold, shifted(gold, by)) for by in (0, 9, 40)]
    exact = [metric(r, "all", "content_exact") for r in reports]
    partial = [metric(r, "all", "content_partial") for r in reports]
    end_to_end = [metric(r, "all", "end_to_end") for r in reports]
    assert exact[0] == 1.0 and exact[1] < 0.5
    assert partial == sorted(partial, reverse=True) and partial[0] > partial[1] > partial[2]
    # A few words off still counts as found (>= 50 % shared); most of a quote off does not.
    assert end_to_end[0] == end_to_end[1] == 1.0 and end_to_end[2] < 0.5


def test_punctuation_and_whitespace_do_not_count() -> None:
    text = "She said: “We will win.” Then she left."
    start = text.index("“")
    gold = one_doc(text, f"T1\tContent {start} {start + 15}\t“We will win.”\nE1\tAttribution:T1 Content:T1\n")
    # Without the quote marks and the full stop the words are the same.
    report = score(gold, {"d": {"id": "d", "quotes": [prediction([[start + 1, start + 12]], "direct")]}})
    assert metric(report, "all", "content_exact") == 1.0


def test_partial_credit_counts_shared_words() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    gold = one_doc(text, "T1\tContent 0 18\tone two three four\nE1\tAttribution:T1 Content:T1\n")
    # Prediction: "three four five six" shares 2 of its 4 words with the 4 gold words.
    start, end = text.index("three"), text.index(" seven")
    report = score(gold, {"d": {"id": "d", "quotes": [prediction([[start, end]])]}})
    assert metric(report, "all", "content_exact") == 0.0
    assert report["metrics"]["all"]["content_partial"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert metric(report, "all", "content_matched") == 1.0  # 50 % of both sides
    # "two three four five six seven": 3 of 6 predicted words, still matched; 8 words would not be.
    wide = score(gold, {"d": {"id": "d", "quotes": [prediction([[4, text.index(" eight")]])]}})
    assert metric(wide, "all", "content_matched") == 1.0
    wider = score(gold, {"d": {"id": "d", "quotes": [prediction([[4, text.index(" ten")]])]}})
    assert metric(wider, "all", "content_matched") == 0.0
    assert metric(wider, "all", "content_partial", "precision") == 0.375


def test_matching_is_one_to_one() -> None:
    text = "alpha beta gamma delta"
    gold = one_doc(text, "T1\tContent 0 22\talpha beta gamma delta\nE1\tAttribution:T1 Content:T1\n")
    twice = [prediction([[0, 22]]), prediction([[0, 22]])]
    report = score(gold, {"d": {"id": "d", "quotes": twice}})
    assert report["metrics"]["all"]["content_exact"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}


SAID = "Ms. Lee said the plan will work, and critics disagree."
SAID_ANN = (
    "T1\tSource 0 7\tMs. Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 31\tthe plan will work\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
)


def said_prediction(speaker: list[int] | None, cue: list[int] | None = None) -> dict[str, Any]:
    quote = prediction([[13, 31]])
    quote["speaker"] = None if speaker is None else {"start": speaker[0], "end": speaker[1]}
    quote["cue"] = None if cue is None else {"start": cue[0], "end": cue[1]}
    return {"d": {"id": "d", "quotes": [quote]}}


def test_speaker_must_overlap_the_gold_source() -> None:
    gold = one_doc(SAID, SAID_ANN)
    right = score(gold, said_prediction([4, 7], cue=[8, 12]))  # "Lee" inside "Ms. Lee"
    assert metric(right, "all", "end_to_end") == 1.0
    assert metric(right, "all", "source") == 1.0
    assert metric(right, "all", "cue_accuracy") == 1.0
    wrong = score(gold, said_prediction([37, 44]))  # "critics"
    assert metric(wrong, "all", "content_matched") == 1.0
    assert metric(wrong, "all", "end_to_end") == 0.0
    assert metric(wrong, "all", "source") == 0.0
    assert metric(wrong, "all", "cue_accuracy") == 0.0
    silent = score(gold, said_prediction(None))
    assert silent["metrics"]["all"]["source"] == {"precision": None, "recall": 0.0, "f1": 0.0}


def test_gold_without_source_wants_no_speaker() -> None:
    no_source = SAID_ANN.replace("E1\tAttribution:T2", "E1\tAttribution-no-source:T2").replace(
        " Source:T1", ""
    )
    gold = one_doc(SAID, no_source)
    assert gold[0].attributions[0].source == ()
    assert metric(score(gold, said_prediction(None)), "all", "end_to_end") == 1.0
    assert metric(score(gold, said_prediction([0, 7])), "all", "end_to_end") == 0.0


def test_punctuation_cue_is_compared_by_characters() -> None:
    text = "The mayor: we will build it."
    gold = one_doc(
        text,
        "T1\tSource 0 9\tThe mayor\nT2\tCue 9 10\t:\nT3\tContent 11 27\twe will build it\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
    )
    quote = prediction([[11, 27]], cue={"start": 9, "end": 10}, speaker={"start": 4, "end": 9})
    report = score(gold, {"d": {"id": "d", "quotes": [quote]}})
    assert metric(report, "all", "cue_accuracy") == 1.0


def test_kinds_split_recall_by_gold_and_precision_by_prediction() -> None:
    text = "“We will win,” she said."
    gold = one_doc(text, "T1\tContent 0 14\t“We will win,”\nE1\tAttribution-no-source:T1 Content:T1\n")
    report = score(gold, {"d": {"id": "d", "quotes": [prediction([[0, 14]], "indirect")]}})
    assert metric(report, "direct", "content_exact", "recall") == 1.0
    assert metric(report, "direct", "content_exact", "precision") is None
    assert metric(report, "indirect", "content_exact", "precision") == 1.0
    assert metric(report, "indirect", "content_exact", "recall") is None
    mixed = score(gold, {"d": {"id": "d", "quotes": [prediction([[0, 14]], "mixed")]}})
    assert metric(mixed, "direct", "content_exact") == 1.0


def test_result_records_can_be_scored(gold: list[GoldDocument]) -> None:
    speech = by_id(gold, "speech")
    text = speech.text
    content = Span(text.index("“We"), text.index(" Mayor"))
    speaker = Mention(Span(text.index("Ana"), text.index(" said")), "Ana Ruiz", "name")
    quote = Quote("q1", "direct", (content,), cue=Span(70, 74), speaker=speaker, entity_id="e1")
    entity = Entity("e1", "Ana Ruiz", "person", (speaker,))
    record = Result("speech", text, (quote,), (entity,)).to_record()
    report = score([speech], {"speech": record})
    assert report["metrics"]["all"]["end_to_end"] == {"precision": 1.0, "recall": 0.1667, "f1": 0.2857}
    assert metric(report, "direct", "end_to_end", "recall") == 0.3333


# --- errors ----------------------------------------------------------------------------------------


def test_errors_list_misses_false_alarms_and_wrong_sources(gold: list[GoldDocument]) -> None:
    speech = by_id(gold, "speech")
    records = gold_to_records([speech])
    quotes = records["speech"]["quotes"]
    del quotes[2]  # miss "the council had approved the plan"
    quotes[0]["speaker"] = {"start": 113, "end": 116, "text": "she"}  # wrong source for E1
    quotes.append(prediction([[0, 25]], confidence=0.9))  # false alarm on the headline
    errors = find_errors([speech], records, n=5)
    [miss] = errors["misses"]
    assert miss["content"] == "the council had approved the plan"
    assert miss["gold_source"] == "Ruiz"
    assert miss["predicted_speaker"] is None
    low, high = miss["highlight"][0]
    assert miss["context"][low:high] == miss["content"]
    assert "\n" not in miss["context"] and len(miss["context"]) <= len(miss["content"]) + 120
    [alarm] = errors["false_alarms"]
    assert alarm["content"] == "Mayor promises new bridge"
    assert alarm["confidence"] == 0.9
    [wrong] = errors["wrong_source"]
    assert (wrong["gold_source"], wrong["predicted_speaker"]) == ("Mayor Ana Ruiz", "she")
    json.dumps(errors)
    assert find_errors([speech], records, n=0) == {"misses": [], "false_alarms": [], "wrong_source": []}


def test_worst_misses_come_first(gold: list[GoldDocument]) -> None:
    records = gold_to_records(gold)
    for record in records.values():
        for quote in record["quotes"]:
            quote["spans"] = [[s, s + (e - s) // 3] for s, e in quote["spans"]]  # keep a third
        record["quotes"][0]["spans"] = [[0, 4]]  # and one that overlaps nothing
    misses = find_errors(gold, records, n=3)["misses"]
    assert len(misses) == 3
    assert misses[0]["overlap"] == 0.0
    assert [m["overlap"] for m in misses] == sorted(m["overlap"] for m in misses)


# --- rendering ------------------------------------------------------------------------------------


def rendered(gold: list[GoldDocument], records: dict[str, dict[str, Any]], n: int = 3) -> str:
    console = Console(record=True, width=120, color_system=None)
    render_eval_report(score(gold, records), console)
    format_errors(find_errors(gold, records, n), console)
    return console.export_text()


def test_report_renders_metrics_notes_and_errors(gold: list[GoldDocument]) -> None:
    records = gold_to_records(gold)
    del records["panel"]
    records["speech"]["quotes"][0]["speaker"] = {"start": 113, "end": 116}
    out = rendered(gold, records)
    assert "end-to-end" in out and "100.0" in out
    assert "panel: several annotators, used panel_a1.ann (ignored panel_b2.ann)" in out
    assert "1 gold document without predictions" in out
    assert "Misses" in out and "chairwoman Lee" in out
    assert "gold source: Mayor Ana Ruiz   predicted speaker: she" in out


def test_rendering_keeps_article_text_inert() -> None:
    text = "[bold]Boss[/bold] said \x1b[31mit works\x1b[0m today."
    content = Span(text.index("it"), text.index(" today"))
    ann = (
        f"T1\tContent {content.start} {content.end}\t{content.text_of(text)}\nE1\tAttribution:T1 Content:T1\n"
    )
    out = rendered(one_doc(text, ann), {})
    assert "\x1b" not in out
    assert "[bold]Boss[/bold]" in out  # shown as typed, not read as markup


# --- bad input -------------------------------------------------------------------------------------


def copy_sample(tmp_path: Path) -> Path:
    for path in SAMPLE.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".ann"):
            target = tmp_path / path.relative_to(SAMPLE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return tmp_path


def test_missing_folders_are_reported(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no text/ folder"):
        read_brat_corpus(tmp_path)


def test_text_without_annotations_is_reported(tmp_path: Path) -> None:
    root = copy_sample(tmp_path)
    (root / "text" / "extra.txt").write_text("Nothing here.", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"extra\.txt has no annotation file"):
        read_brat_corpus(root)


def test_annotations_without_text_are_reported(tmp_path: Path) -> None:
    root = copy_sample(tmp_path)
    (root / "attributions" / "ghost_a1.ann").write_text("", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"ghost_a1\.ann has no text"):
        read_brat_corpus(root)


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("garbage\n", "line 1: not a brat record"),
        ("T1\tContent 0 x\tabc\n", "line 1: bad offsets"),
        ("T1\tContent 0 99\tabc\n", "past the text"),
        ("T1\tContent 0 3\tabc\nE1\tAttribution:T1 Content:T2\n", "line 2: E1 has a bad argument"),
        ("T1\tContent 1 4\tabc\n", "does not match the .txt"),  # shifted by one: wrong offsets
        # a stray line after the last record is reported at its own line, not as the record's continuation
        ("T1\tContent 0 3\tabc\nE1\tAttribution:T1 Content:T1\ngarbage here\n", "line 3: not a brat record"),
        ("T1\tContent 0 3\tabc\ngarbage\n", "line 2: not a brat record"),
        ("T1\tContent 0 3\tabc\n\nE1\tAttribution:T1 Content:T1\n\nstray\n", "line 5: not a brat record"),
        ("T1\tContent 0 3\tabc\nE1\tAttribution:T1 Content:T1\nrubbish\nT2\tCue 4 6\tef\n", "line 3: not a brat"),
        ("T1\tContent 0 5\tab\ncd\nextra\n", "line 3: not a brat record"),
    ],
)
def test_malformed_ann_is_reported(ann: str, message: str) -> None:
    with pytest.raises(EvaluationError, match=message):
        parse_ann(ann, "abcdef" if "ab\ncd" not in ann else "ab\ncdef", where="x.ann")


def test_a_span_text_over_several_lines_is_one_record() -> None:
    text = "ab\ncd ef"
    gold, _, _ = parse_ann("T1\tContent 0 5\tab\ncd\nE1\tAttribution:T1 Content:T1\n\n", text, where="x.ann")
    assert [g.content_text(text) for g in gold] == ["ab\ncd"]


def test_malformed_jsonl_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "a", "quotes": []}\n\n{oops\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 3: not JSON"):
        read_predictions_jsonl(path)
    path.write_text('{"id": "a", "quotes": []}\n{"id": "a", "quotes": []}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 2: document id 'a' appears twice"):
        read_predictions_jsonl(path)
    path.write_text('{"schema": "other/2", "id": "a", "quotes": []}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1: schema 'other/2' is not quotetrace/1"):
        read_predictions_jsonl(path)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1: expected a quotetrace/1 object"):
        read_predictions_jsonl(path)
    with pytest.raises(EvaluationError, match="cannot read predictions"):
        read_predictions_jsonl(tmp_path / "missing.jsonl")


def test_bad_predictions_are_reported(gold: list[GoldDocument]) -> None:
    with pytest.raises(EvaluationError, match="outside the gold text"):
        score(gold, {"panel": {"id": "panel", "quotes": [prediction([[0, 10_000]])]}})
    with pytest.raises(EvaluationError, match="kind must be direct, mixed or indirect"):
        score(gold, {"panel": {"id": "panel", "quotes": [prediction([[0, 5]], "quoted")]}})
    with pytest.raises(EvaluationError, match=r"expected \[start, end\]"):
        score(gold, {"panel": {"id": "panel", "quotes": [prediction([[0]])]}})


def test_unknown_prediction_documents_are_listed(gold: list[GoldDocument]) -> None:
    records = gold_to_records(gold) | {"other": {"id": "other", "quotes": []}}
    report = score(gold, records)
    assert report["predictions"]["documents_unknown"] == ["other"]
    assert metric(report, "all", "end_to_end") == 1.0


# --- the real corpus -------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear/dev is not here")
def test_polnear_dev_parses_and_scores_perfectly_against_itself(tmp_path: Path) -> None:
    gold = read_brat_corpus(POLNEAR_DEV)
    assert len(gold) == 84
    assert sum(len(doc.attributions) for doc in gold) > 2000
    report = score(gold, gold_to_records(gold))
    for kind in KINDS:
        for name in ("content_exact", "content_partial", "content_matched", "source", "end_to_end"):
            assert metric(report, kind, name) == 1.0, (kind, name)
        assert metric(report, kind, "cue_accuracy") == 1.0
    # PolNeAR's own layout keeps every annotator's file in attributions/: the name that sorts first
    # must be the file this copy of the data chose as gold.
    for other in sorted((POLNEAR_DEV / "attributions-other-annotators").glob("*.ann")):
        stem = other.stem.rpartition("_")[0]
        for source in (
            other,
            *(POLNEAR_DEV / "attributions").glob(f"{stem}_*.ann"),
            POLNEAR_DEV / "text" / f"{stem}.txt",
        ):
            target = tmp_path / ("text" if source.suffix == ".txt" else "attributions") / source.name
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(source.read_bytes())
    several = read_brat_corpus(tmp_path)
    assert len(several) == 2
    for doc in several:
        assert len(doc.ignored_files) == 5
        assert doc.attributions == next(g for g in gold if g.id == doc.id).attributions
