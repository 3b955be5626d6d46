"""The attribution model's pieces on small hand-built inputs: words and features, windows,
decoding, linking, the model file (loading, refusal, determinism) and the hybrid."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch
from quotetrace.core.attribution.assemble import link, segments
from quotetrace.core.attribution.combine import DROP_BELOW, combine, reads_beyond, to_quotes
from quotetrace.core.attribution.features import FEATURES, split_words, word_features
from quotetrace.core.attribution.runner import AttributionModel, HybridPolicy, load_attribution_model
from quotetrace.core.attribution.states import CONTEXT, CORE, word_windows
from quotetrace.core.attribution.tagger import (
    TAGS,
    AttributionTagger,
    TaggerConfig,
    TaggerEnsemble,
    load_tagger,
    save_tagger,
)
from quotetrace.core.build import build_document
from quotetrace.core.cues import load_cue_lexicon
from quotetrace.core.errors import ModelError
from quotetrace.core.model import Mention, Quote, Span
from quotetrace.core.pipeline import analyze
from quotetrace.core.quotes.marks import find_quoted_spans

SAID = """
"~      "      PUNCT 4 punct
We      we     PRON  4 nsubj
will    will   AUX   4 aux
win~    win    VERB  8 ccomp
,~      ,      PUNCT 4 punct
"       "      PUNCT 4 punct
Mayor   Mayor  PROPN 7 compound
Ashby   Ashby  PROPN 8 nsubj
said~   say    VERB  0 root
.       .      PUNCT 8 punct
"""


def _tags(*names: str) -> torch.Tensor:
    return torch.nn.functional.one_hot(torch.tensor([TAGS.index(n) for n in names]), len(TAGS)).float()


def test_words_keep_exact_offsets_with_bom_crlf_and_emoji() -> None:
    text = "\ufeffShe said 😀 it's fine.\r\n\r\nO'Malley agreed."
    words = split_words(text)
    assert [text[s.start : s.end] for s in words.spans] == words.strings()
    # a leading BOM lies outside the first paragraph (core/text.py), so it is no word; offsets still count it
    assert words.strings() == ["She", "said", "😀", "it's", "fine", ".", "O'Malley", "agreed", "."]
    assert words.spans[0].start == 1
    assert words.paragraph == (0, 0, 0, 0, 0, 0, 1, 1, 1)


def test_features_mark_quotations_cues_and_paragraph_starts() -> None:
    words = split_words('"We will win," Ashby said.')
    rows = word_features(words, load_cue_lexicon())
    assert all(len(row) == len(FEATURES) for row in rows)
    column = {name: [row[i] for row in rows] for i, name in enumerate(FEATURES)}
    texts = words.strings()
    assert column["in_quote"][texts.index("We")] == 1.0
    assert column["in_quote"][texts.index("Ashby")] == 0.0
    assert column["quote_mark"][0] == 1.0
    assert column["cue_rate"][texts.index("said")] > 0.5
    assert column["cue_rate"][texts.index("win")] < 0.2
    assert column["capitalized"][texts.index("Ashby")] == 1.0
    assert column["paragraph_start"][0] == 1.0 and column["paragraph_start"][1] == 0.0


def test_windows_keep_every_word_once_within_the_encoder_budget() -> None:
    counts = [1, 3, 2, 1] * 200 + [300] + [1] * 50  # one word longer than a window
    windows = word_windows(counts)
    kept = [i for _, start, end, _ in windows for i in range(start, end)]
    assert kept == list(range(len(counts)))
    for left, start, end, right in windows:
        assert left <= start < end <= right
        if end - start > 1:
            assert sum(counts[start:end]) <= CORE
        assert sum(counts[left:start]) <= CONTEXT and sum(counts[end:right]) <= CONTEXT


def test_segments_start_at_b_and_at_an_i_after_another_role() -> None:
    found = segments(_tags("B-Content", "I-Content", "B-Content", "O", "I-Cue", "B-Source", "I-Source"))
    assert [(s.role, s.first, s.last) for s in found] == [
        ("Content", 0, 1), ("Content", 2, 2), ("Cue", 4, 4), ("Source", 5, 6)]
    assert all(s.probability == 1.0 for s in found)


def test_link_joins_a_split_quote_and_a_continuation_paragraph() -> None:
    text = '"We will," Ashby said, "win." Lee laughed.\n"And more."\nNothing here.'
    words = split_words(text)
    names = ["O"] * len(words)
    texts = words.strings()
    for index, role in ((1, "B-Content"), (2, "I-Content"), (5, "B-Source"), (6, "B-Cue"),
                        (9, "B-Content"), (texts.index("And"), "B-Content"), (texts.index("more"), "I-Content")):
        names[index] = role
    attributions = link(words, segments(_tags(*names)))
    assert len(attributions) == 1
    only = attributions[0]
    assert only.cue is not None and texts[only.cue.first] == "said"
    assert only.source is not None and texts[only.source.first] == "Ashby"
    assert [texts[s.first] for s in only.contents] == ["We", "win", "And"]


def test_link_prefers_the_cue_in_the_same_sentence() -> None:
    text = "Lee said taxes rise. Ashby denied it."
    words = split_words(text)
    names = ["B-Source", "B-Cue", "B-Content", "I-Content", "O", "B-Source", "B-Cue", "B-Content", "O"]
    attributions = link(words, segments(_tags(*names)))
    assert [(words.strings()[a.cue.first], [words.strings()[c.first] for c in a.contents])
            for a in attributions if a.cue is not None] == [("said", ["taxes"]), ("denied", ["it"])]


def test_to_quotes_reads_the_quotation_as_the_rules_do_and_heads_the_speaker_on_the_parse() -> None:
    doc = build_document(SAID)
    words = split_words(doc.text)
    names = ["O", "B-Content", "I-Content", "I-Content", "O", "O", "B-Source", "I-Source", "B-Cue", "O"]
    attributions = link(words, segments(_tags(*names)))
    quotes = to_quotes(doc, words, attributions, find_quoted_spans(doc.text, words.paragraphs))
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.rule == "model" and quote.kind == "direct"
    # the tagger stopped before the comma; the part is the quotation's content, as the rule's is
    assert [p.text_of(doc.text) for p in quote.parts] == ["We will win,"]
    assert [tuple(q.parts) for q in analyze(doc).quotes] == [quote.parts]
    assert quote.cue is not None and quote.cue.text_of(doc.text) == "said"
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ashby"
    assert quote.speaker.kind == "name" and doc.tokens[quote.speaker.head or 0].text == "Ashby"


def _tagger(seed: int = 3) -> AttributionTagger:
    torch.manual_seed(seed)
    return AttributionTagger(TaggerConfig(hidden=8, projection=8, layers=1, dropout=0.0)).eval()


def test_tagger_file_round_trip_is_deterministic(tmp_path: Path) -> None:
    tagger = _tagger()
    path = tmp_path / "head.safetensors"
    save_tagger(tagger, path)
    loaded = load_tagger(path)
    inputs = torch.randn(12, tagger.config.state_size), torch.rand(12, len(FEATURES))
    first = loaded.probabilities(*inputs)
    assert torch.equal(first, loaded.probabilities(*inputs))
    assert torch.equal(first, load_tagger(path).probabilities(*inputs))
    assert torch.allclose(first, tagger.probabilities(*inputs), atol=2e-3)  # float16 weights on disk
    assert torch.allclose(first.sum(-1), torch.ones(12))


def test_a_corrupt_file_is_one_model_error(tmp_path: Path) -> None:
    path = tmp_path / "head.safetensors"
    save_tagger(_tagger(), path)
    data = path.read_bytes()
    path.write_bytes(data[:40] + b"\x00garbage" + data[48:])
    with pytest.raises(ModelError, match="cannot read"):
        load_tagger(path)
    with pytest.raises(ModelError, match="cannot read"):
        load_tagger(tmp_path / "missing.safetensors")


def test_a_file_for_other_inputs_or_shapes_is_refused(tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    path = tmp_path / "head.safetensors"
    save_tagger(_tagger(), path, {"format": "quotetrace-attribution/0"})
    with pytest.raises(ModelError, match="format"):
        load_tagger(path)
    save_tagger(_tagger(), path)
    weights = load_file(str(path))
    weights["out.1.weight"] = weights["out.1.weight"][:3]
    save_file(weights, str(path), metadata={**TaggerConfig(hidden=8, projection=8, layers=1).metadata()})
    with pytest.raises(ModelError, match="does not fit"):
        load_tagger(path)
    torch.save(_tagger().state_dict(), tmp_path / "pickled.pt")  # a pickle is never read
    with pytest.raises(ModelError):
        load_tagger(tmp_path / "pickled.pt")


def test_an_ensemble_file_averages_its_members_probabilities(tmp_path: Path) -> None:
    members = [_tagger(seed) for seed in (3, 4, 5)]
    path = tmp_path / "head.safetensors"
    save_tagger(TaggerEnsemble(members), path, {"seed": "3,4,5"})
    loaded = load_tagger(path)
    assert isinstance(loaded, TaggerEnsemble) and len(loaded.members) == 3
    inputs = torch.randn(9, members[0].config.state_size), torch.rand(9, len(FEATURES))
    mean = torch.stack([member.probabilities(*inputs) for member in members]).mean(0)
    found = loaded.probabilities(*inputs)
    assert torch.allclose(found, mean, atol=2e-3)  # float16 weights on disk
    assert torch.equal(found, load_tagger(path).probabilities(*inputs))
    # the mean is no member's: the three seeds disagree
    assert all(not torch.allclose(found, member.probabilities(*inputs), atol=1e-3) for member in members)
    # a single head still loads as one
    save_tagger(members[0], path)
    assert isinstance(load_tagger(path), AttributionTagger)


def test_an_ensemble_file_that_misstates_its_members_is_refused(tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    path = tmp_path / "head.safetensors"
    save_tagger(TaggerEnsemble([_tagger(3), _tagger(4)]), path)
    weights = load_file(str(path))
    metadata = TaggerConfig(hidden=8, projection=8, layers=1).metadata()
    for members, message in (("3", "does not fit"), ("1", "does not fit"), ("two", "member count"),
                             ("0", "member count")):
        save_file(weights, str(path), metadata={**metadata, "members": members})
        with pytest.raises(ModelError, match=message):
            load_tagger(path)
    wider = AttributionTagger(TaggerConfig(hidden=16, projection=8, layers=1))
    with pytest.raises(ModelError, match="one configuration"):
        TaggerEnsemble([_tagger(3), wider])


def _quote(start: int, end: int, rule: str) -> Quote:
    return Quote(id="", kind="indirect", parts=(Span(start, end),), rule=rule, trace=(rule,))


def _model_quote(start: int, end: int, confidence: float) -> Quote:
    return Quote(id="", kind="indirect", parts=(Span(start, end),), rule="model", confidence=confidence,
                 trace=("model",))


def test_hybrid_keeps_rules_drops_imprecise_ones_and_thresholds_the_model() -> None:
    model = [_model_quote(0, 40, 0.8), _model_quote(200, 240, 0.8), _model_quote(300, 340, 0.2)]
    rules = [_quote(5, 38, "quote-then-cue"), _quote(50, 90, "quote-then-cue"), _quote(100, 140, "weak-rule")]
    precision = {"quote-then-cue": 0.9, "weak-rule": DROP_BELOW - 0.1}
    # the model's reading of words a rule also read, unless that rule beat the model on dev
    assert sorted((q.parts[0].start, q.rule) for q in combine(model, rules, precision, threshold=0.5)) == [
        (0, "model"), (50, "quote-then-cue"), (200, "model")]
    chosen = combine(model, rules, precision, frozenset({"quote-then-cue"}), threshold=0.5)
    assert sorted((q.parts[0].start, q.rule) for q in chosen) == [
        (5, "quote-then-cue"), (50, "quote-then-cue"), (200, "model")]
    # a rule without a measured precision is kept; a low threshold keeps every model quote
    assert len(combine(model, rules, {}, threshold=0.0)) == 5


def test_a_model_reading_that_holds_the_rules_speaker_takes_no_rule_quote() -> None:
    # 'while the latter said more work was needed': the rule reads 'more work was needed' for 'the latter'
    # (38-48), the tagger 'latter said more work was needed' with no source of its own; given the rule's
    # speaker it held its own speaker and was dropped after the combination, and the report with it
    latter = Mention(span=Span(38, 48), text="the latter", kind="description")
    rule = replace(_quote(54, 74, "cue-complement"), speaker=latter)
    reading = replace(_model_quote(42, 74, 0.8), kind="indirect")
    chosen = combine([reading], [rule], {"cue-complement": 0.85}, threshold=0.5)
    assert [(q.rule, q.parts[0].start) for q in chosen] == [("cue-complement", 54)]
    assert chosen[0].trace[-1] == "hybrid:rule-over-model"
    # a reading that leaves the speaker alone still wins for a rule the model beat on dev
    apart = combine([_model_quote(50, 74, 0.8)], [rule], {"cue-complement": 0.85}, threshold=0.5)
    assert [q.rule for q in apart] == ["model"]


def test_hybrid_keeps_a_direct_quote_of_an_imprecise_rule() -> None:
    # '"Is that final?"' alone in its paragraph: speech, though PolNeAR scores `unattributed` at 0 %
    bare = Quote(id="", kind="direct", parts=(Span(100, 114),), rule="unattributed")
    reported = _quote(200, 240, "unattributed")
    kept = combine([], [bare, reported], {"unattributed": 0.0})
    assert [(q.kind, q.parts[0].start) for q in kept] == [("direct", 100)]


def test_analyze_in_each_mode_from_given_states(tmp_path: Path) -> None:
    doc = build_document(SAID)
    path = tmp_path / "head.safetensors"
    save_tagger(_tagger(), path, {"hybrid": HybridPolicy(precision={"quote-then-cue": 0.9}).to_json()})
    model = load_attribution_model(path, None, load_cue_lexicon(), mode="rules")
    states = torch.randn(len(split_words(doc.text)), model.tagger.config.state_size)
    rules = analyze(doc).to_record()["quotes"]
    assert analyze(doc, attribution=model, attribution_states=states).to_record()["quotes"] == rules
    model.mode = "model"
    first = analyze(doc, attribution=model, attribution_states=states).to_record()["quotes"]
    assert first == analyze(doc, attribution=model, attribution_states=states).to_record()["quotes"]
    assert all(q["rule"] == "model" for q in first)
    model.mode = "hybrid"
    hybrid = analyze(doc, attribution=model, attribution_states=states).to_record()["quotes"]
    assert {q["rule"] for q in hybrid} <= {"model", "quote-then-cue"}
    with pytest.raises(ModelError, match="without its transformer"):
        model.states(doc)
    with pytest.raises(ModelError, match="mode"):
        AttributionModel(model.tagger, None, None, load_cue_lexicon(), mode="both")


def test_selection_without_a_bundled_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.core.attribution import plan, runner
    from quotetrace.core.errors import ModelNotFound

    (tmp_path / "MANIFEST.json").write_text('{"models": {}}', encoding="utf-8")
    monkeypatch.setattr(plan, "bundled_dir", lambda: tmp_path)  # where the choice is looked up
    lexicon = load_cue_lexicon()
    assert runner.select_attribution("auto", lexicon) is None
    assert runner.select_attribution("rules", lexicon) is None
    with pytest.raises(ModelNotFound, match="needs the attribution model"):
        runner.select_attribution("hybrid", lexicon)
    with pytest.raises(ModelError, match="choose one of"):
        runner.select_attribution("best", lexicon)


def test_selection_reads_the_manifest_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from quotetrace.core.attribution import plan, runner

    save_tagger(_tagger(), tmp_path / "attribution.safetensors")
    (tmp_path / "MANIFEST.json").write_text(json.dumps({
        "attribution_model": {"file": "attribution.safetensors", "transformer": "t", "default": "rules"},
        "transformers": {"t": {"package": "json", "directory": ".", "weights": "__init__.py"}}}), encoding="utf-8")
    monkeypatch.setattr(plan, "bundled_dir", lambda: tmp_path)  # where the choice is looked up
    # the manifest measured the rules best: auto runs them without loading any model
    assert runner.select_attribution("auto", load_cue_lexicon()) is None
    # asked for explicitly, the model loads its transformer, here a folder that is no encoder
    with pytest.raises(ModelError):
        runner.select_attribution("model", load_cue_lexicon())


def test_an_empty_or_blank_document_gives_no_model_quotes(tmp_path: Path) -> None:
    from quotetrace.core.model import Document

    path = tmp_path / "head.safetensors"
    save_tagger(_tagger(), path)
    model = load_attribution_model(path, None, load_cue_lexicon(), mode="hybrid")
    for text in ("", "  \n\n "):
        doc = Document(text=text, sentences=(), paragraphs=())
        states = torch.zeros(0, model.tagger.config.state_size)
        assert analyze(doc, attribution=model, attribution_states=states).quotes == ()


def test_chunks_cover_every_word_once_with_context() -> None:
    from quotetrace.core.attribution.runner import chunks

    assert chunks(0) == []
    assert chunks(5, size=10, context=3) == [(0, 0, 5, 5)]
    found = chunks(23, size=10, context=3)
    assert found == [(0, 0, 10, 13), (7, 10, 20, 23), (17, 20, 23, 23)]
    assert [i for _, start, end, _ in found for i in range(start, end)] == list(range(23))


def test_a_model_quote_in_a_heading_is_not_added() -> None:
    from quotetrace.core.attribution.runner import in_heading
    from quotetrace.core.model import Document
    from quotetrace.core.text import split_paragraphs

    # only paragraphs count here, so no parse is needed
    text = "Harbour council backs flood wall\n\nThe council said the wall would be built."
    doc = Document(id="d", text=text, sentences=(), paragraphs=tuple(split_paragraphs(text)))
    heading = Quote(id="", kind="indirect", parts=(Span(22, 32),), rule="model")
    body = Quote(id="", kind="indirect", parts=(Span(51, 76),), rule="model")
    assert in_heading(doc, heading) and not in_heading(doc, body)


def test_a_policy_that_names_an_unregistered_rule_is_refused(tmp_path: Path) -> None:
    # the policy is measured per rule id: a rule renamed since would lose its precision without a word
    assert HybridPolicy.from_json(HybridPolicy(precision={"quote-then-cue": 0.9}).to_json(), "x").precision
    stale = HybridPolicy(precision={"quote-then-cue": 0.9, "quote-before-cue": 0.8},
                         rules_over_model=frozenset({"said-that"}))
    with pytest.raises(ModelError, match=r"head\.safetensors: its hybrid policy names rules this quotetrace "
                                         r"does not have \(quote-before-cue, said-that\)"):
        HybridPolicy.from_json(stale.to_json(), str(tmp_path / "head.safetensors"))


def test_the_bundled_policy_names_only_registered_rules() -> None:
    from quotetrace.core.attribution.plan import attribution_entry
    from quotetrace.core.models import bundled_dir
    from safetensors import safe_open

    entry = attribution_entry()
    if not entry:
        pytest.skip("no bundled attribution model in this install")
    path = bundled_dir() / str(entry["file"])
    with safe_open(str(path), "np") as handle:
        metadata = dict(handle.metadata() or {})
    assert HybridPolicy.from_json(metadata["hybrid"], str(path)).precision


CRITICIZED = """
The         the        DET   2 det
plan        plan       NOUN  4 nsubj:pass
was         be         AUX   4 aux:pass
criticized  criticize  VERB  0 root
by          by         ADP   7 case
Mayor       Mayor      PROPN 7 compound
Ashby       Ashby      PROPN 4 obl:agent
.           .          PUNCT 4 punct
"""

RISE = """
Ashby   Ashby  PROPN 2 nsubj
said    say    VERB  0 root
taxes   tax    NOUN  5 nsubj
would   would  AUX   5 aux
rise    rise   VERB  2 ccomp
.       .      PUNCT 2 punct
"""


def _model_quotes(table: str, names: list[str]) -> list[Quote]:
    doc = build_document(table)
    words = split_words(doc.text)
    assert len(names) == len(words), words.strings()
    attributions = link(words, segments(_tags(*names)))
    return to_quotes(doc, words, attributions, find_quoted_spans(doc.text, words.paragraphs))


def test_a_cue_without_a_tagged_source_takes_its_subject_from_the_parse() -> None:
    text = build_document(RISE).text
    quotes = _model_quotes(RISE, ["O", "B-Cue", "B-Content", "I-Content", "I-Content", "O"])
    assert [(q.speaker.text if q.speaker else None, q.speaker.kind if q.speaker else None) for q in quotes] == [
        ("Ashby", "name")]
    assert quotes[0].trace == ("model", "model:source-parse")
    assert [p.text_of(text) for p in quotes[0].parts] == ["taxes would rise"]
    # a passive's agent, not its subject, is who spoke
    quotes = _model_quotes(CRITICIZED, ["B-Content", "I-Content", "O", "B-Cue", "O", "O", "O", "O"])
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Mayor Ashby"]
    # a tagged source wins over the parse; a quote with no cue gets no speaker from it
    quotes = _model_quotes(RISE, ["O", "B-Cue", "B-Content", "I-Content", "I-Content", "O"][:2]
                           + ["B-Source", "B-Content", "I-Content", "O"])
    assert [(q.speaker.text if q.speaker else None, q.trace) for q in quotes] == [("taxes", ("model",))]
    assert [q.speaker for q in _model_quotes(RISE, ["O", "O", "B-Content", "I-Content", "I-Content", "O"])] == [None]


def test_a_parse_subject_inside_the_content_is_no_source() -> None:
    # the tagger read the whole sentence but the cue as content: the cue's subject is part of it
    quotes = _model_quotes(RISE, ["B-Content", "B-Cue", "B-Content", "I-Content", "I-Content", "O"])
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_the_hybrid_traces_who_decided() -> None:
    model = [_model_quote(0, 40, 0.8), _model_quote(200, 240, 0.8), _model_quote(300, 340, 0.9)]
    rules = [_quote(5, 38, "quote-then-cue"), _quote(50, 90, "quote-then-cue"), _quote(305, 338, "cue-complement")]
    precision = {"quote-then-cue": 0.9, "cue-complement": 0.8}
    chosen = combine(model, rules, precision, frozenset({"cue-complement"}), threshold=0.5)
    traces = sorted((q.parts[0].start, q.trace) for q in chosen)
    assert traces == [(0, ("model", "hybrid:model-over-rule")), (50, ("quote-then-cue",)),
                      (200, ("model", "hybrid:model-added")), (305, ("cue-complement", "hybrid:rule-over-model"))]


CALLED = """
Ashby        Ashby       PROPN 2 nsubj
called       call        VERB  0 root
the          the         DET   4 det
plan         plan        NOUN  2 obj
"~           "           PUNCT 6 punct
careful      careful     ADJ   2 xcomp
and          and         CCONJ 8 cc
convincing~  convincing  ADJ   6 conj
"            "           PUNCT 6 punct
on           on          ADP   11 case
Monday       Monday      PROPN 2 obl
.            .           PUNCT 2 punct
"""


def _parts(table: str, names: list[str]) -> list[list[str]]:
    text = build_document(table).text
    return [[p.text_of(text) for p in q.parts] for q in _model_quotes(table, names)]


def test_a_model_part_that_opens_a_quotation_runs_to_its_closing_mark() -> None:
    # the tagger stopped inside the quotation, on a conjunction: the part keeps the closing mark
    names = ["B-Source", "B-Cue", "B-Content", "I-Content", "I-Content", "I-Content", "I-Content"] + ["O"] * 5
    assert _parts(CALLED, names) == [['the plan "careful and convincing"']]
    # a part that ends on the closing mark keeps it: its opener is inside
    names = ["B-Source", "B-Cue"] + ["B-Content"] + ["I-Content"] * 6 + ["O"] * 3
    assert _parts(CALLED, names) == [['the plan "careful and convincing"']]


def test_a_model_part_loses_edge_punctuation_and_stands_for_its_quotation_only_when_it_holds_half() -> None:
    rise = ["B-Source", "B-Cue", "B-Content", "I-Content", "I-Content", "I-Content"]
    assert _parts(RISE, rise) == [["taxes would rise"]]  # the full stop is the sentence's, not the report's
    said = ["O", "O", "B-Content", "I-Content", "O", "O", "B-Source", "I-Source", "B-Cue", "O"]
    assert _parts(SAID, said) == [["We will win,"]]  # two of the quotation's three words
    said = ["O", "O", "O", "B-Content", "O", "O", "B-Source", "I-Source", "B-Cue", "O"]
    assert _parts(SAID, said) == [["win"]]  # one of three: the tagger's own reading


QUIROS = """
Mr.      Mr.     PROPN 2 compound
Quiros   Quiros  PROPN 3 nsubj
denied   deny    VERB  0 root
the      the     DET   5 det
charges  charge  NOUN  3 obj
.        .       PUNCT 3 punct
"""


def test_a_source_cut_inside_a_name_is_the_whole_name() -> None:
    # the tagger's words are 'Mr', '.', 'Quiros': it tagged only the title
    quotes = _model_quotes(QUIROS, ["B-Source", "O", "O", "B-Cue", "B-Content", "I-Content", "O"])
    assert [(q.speaker.text, q.speaker.kind) for q in quotes if q.speaker] == [("Mr. Quiros", "name")]
    # a whole tagged name stays as tagged
    quotes = _model_quotes(QUIROS, ["B-Source", "I-Source", "I-Source", "B-Cue", "B-Content", "I-Content", "O"])
    assert [q.speaker.text for q in quotes if q.speaker] == ["Mr. Quiros"]


def test_the_model_reads_only_a_windows_own_words() -> None:
    from helpers import naive_document
    from quotetrace.core import windows

    text = "\n".join(f'"The port {i} will open in March," Ashby said. Reyes said no.' for i in range(40))
    doc = naive_document(text)
    parts = list(windows.windows(doc, 100))
    assert len(parts) > 3
    model = AttributionModel(_tagger(), None, None, load_cue_lexicon(), mode="model")
    for window in parts:
        words = split_words(text, window.paragraphs)
        assert 0 < len(words) < len(split_words(text))
        states = torch.zeros(len(words), model.tagger.config.state_size)
        # states for the window's words fit: the whole text's words would not (ModelError)
        for quote in model.model_quotes(window, states):
            assert all(window.sentences[0].span.start <= p.start and p.end <= window.sentences[-1].span.end
                       for p in quote.parts)


def test_words_cut_their_strings_once() -> None:
    words = split_words("One two, three.\n\nFour")
    assert words.texts is words.texts and list(words.texts) == words.strings()
    assert words.strings() == ["One", "two", ",", "three", ".", "Four"]


def test_a_confident_model_quote_wins_over_a_reported_speech_rule_the_policy_otherwise_keeps() -> None:
    rules = [_quote(5, 38, "cue-complement"), _quote(50, 90, "cue-complement"),
             Quote(id="", kind="direct", parts=(Span(100, 140),), rule="quote-then-cue")]
    model = [_model_quote(0, 40, 0.9), _model_quote(52, 90, 0.6), _model_quote(100, 140, 0.95)]
    over = frozenset({"cue-complement", "quote-then-cue"})
    chosen = combine(model, rules, {}, over, threshold=0.5, model_over_rule=0.8)
    assert sorted((q.parts[0].start, q.rule, q.trace[-1]) for q in chosen) == [
        (0, "model", "hybrid:model-over-rule"),  # 0.9 reaches the fitted level
        (50, "cue-complement", "hybrid:rule-over-model"),  # 0.6 does not
        (100, "quote-then-cue", "hybrid:rule-over-model")]  # a direct quote's rule always wins
    # without a fitted level (an older model file) the rules' choice stands everywhere
    assert {q.rule for q in combine(model, rules, {}, over, threshold=0.5)} == {"cue-complement", "quote-then-cue"}
    # where the model reads the same words or fewer, the rule's content, cue and speaker stand
    for start, end in ((5, 38), (5, 30), (10, 38)):
        same = combine([_model_quote(start, end, 0.99)], rules[:1], {}, over, threshold=0.5, model_over_rule=0.8)
        assert [(q.rule, q.trace[-1]) for q in same] == [("cue-complement", "hybrid:rule-over-model")]


def test_a_confident_model_reading_that_runs_into_another_rule_quote_does_not_take_over() -> None:
    # 'Kettering said the offer was too low. "We have been patient for two years."': the model reads both
    # as one report; taking over the reported speech would let the quotation's rule remove it after
    report = _quote(34, 55, "cue-complement")
    quotation = Quote(id="", kind="direct", parts=(Span(58, 93),), rule="after-report", trace=("after-report",))
    both = Quote(id="", kind="mixed", parts=(Span(34, 55), Span(58, 93)), rule="model", confidence=0.96,
                 trace=("model",))
    over = frozenset({"cue-complement", "after-report"})
    chosen = combine([both], [report, quotation], {}, over, threshold=0.5, model_over_rule=0.8)
    assert sorted((q.parts[0].start, q.rule) for q in chosen) == [(34, "cue-complement"), (58, "after-report")]


def test_a_confident_model_reading_that_holds_the_rules_speaker_does_not_take_over() -> None:
    # 'Reuters quoted a senior official as saying that talks had collapsed': the rule's speaker is the
    # official; the model read 'a senior official as saying that talks had collapsed' as the content
    report = replace(_quote(60, 84, "cue-complement"),
                     speaker=Mention(span=Span(24, 41), text="a senior official", kind="anonymous"))
    swallowed = _model_quote(24, 84, 0.95)
    chosen = combine([swallowed], [report], {}, frozenset({"cue-complement"}), threshold=0.5, model_over_rule=0.8)
    assert [(q.parts[0].start, q.rule) for q in chosen] == [(60, "cue-complement")]


def test_reads_beyond_asks_for_a_character_outside_every_other_part() -> None:
    assert reads_beyond([Span(0, 10)], [Span(2, 10)]) and reads_beyond([Span(5, 12)], [Span(0, 10)])
    assert not reads_beyond([Span(2, 8)], [Span(0, 10)])
    assert not reads_beyond([Span(0, 10)], [Span(0, 4), Span(4, 10)])
    assert reads_beyond([Span(0, 10)], [Span(0, 4), Span(5, 10)])


def test_the_model_over_rule_level_survives_the_file_and_defaults_to_never() -> None:
    policy = HybridPolicy(threshold=0.3, model_over_rule=0.8)
    assert HybridPolicy.from_json(policy.to_json(), "x").model_over_rule == 0.8
    assert HybridPolicy.from_json('{"threshold": 0.3}', "x").model_over_rule > 1.0


def test_nearby_rule_quotes_are_exactly_those_whose_extent_meets_the_quote() -> None:
    from quotetrace.core.attribution.combine import _Nearby

    rules = [_quote(start, start + length, "cue-complement")
             for start, length in ((0, 5), (3, 40), (10, 2), (50, 8), (57, 30), (200, 1))]
    near = _Nearby(rules)
    for start, end in ((0, 1), (4, 11), (12, 49), (56, 58), (90, 199), (199, 201)):
        probe = _model_quote(start, end, 0.9)
        expected = [q for q in rules if q.parts[0].start < end and start < q.parts[0].end]
        assert sorted(q.parts[0].start for q in near.around(probe)) == sorted(q.parts[0].start for q in expected)


def test_a_rule_given_up_for_a_model_reading_another_rule_removed_is_kept() -> None:
    # 'According to a French source, the leader is willing to … and also agreed to withdraw troops': the
    # model read both reports as one content; according-to beats the model on dev, cue-complement does not
    model = [_model_quote(0, 190, 0.9)]
    according, agreed = _quote(0, 70, "according-to"), _quote(86, 190, "cue-complement")
    for rules in ([according, agreed], [agreed, according]):
        chosen = combine(model, rules, {}, frozenset({"according-to"}), threshold=0.5)
        assert sorted((q.parts[0].start, q.rule) for q in chosen) == [(0, "according-to"), (86, "cue-complement")]


def test_a_model_reading_that_wins_keeps_the_rules_speaker_for_the_same_person_or_none() -> None:
    name = Mention(span=Span(0, 16), text="Priya Nair", kind="name")
    long = Mention(span=Span(0, 60), text="Priya Nair, the author of a book called", kind="description")
    elsewhere = Mention(span=Span(200, 210), text="Tom Reyes", kind="name")
    rule = replace(_quote(70, 120, "cue-complement"), speaker=name)
    for own, expected in ((long, name), (None, name), (elsewhere, elsewhere), (name, name)):
        chosen = combine([replace(_model_quote(70, 130, 0.9), speaker=own)], [rule], {}, threshold=0.5)
        assert [(q.rule, q.speaker) for q in chosen] == [("model", expected)]
        assert ("hybrid:rule-speaker" in chosen[0].trace) == (own is not expected)
