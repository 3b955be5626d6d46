"""The attribution model's pieces on small hand-built inputs: words and features, windows,
decoding, linking, the model file (loading, refusal, determinism) and the hybrid."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from quotetrace.core.attribution.assemble import link, segments
from quotetrace.core.attribution.combine import DROP_BELOW, combine, to_quotes
from quotetrace.core.attribution.features import FEATURES, split_words, word_features
from quotetrace.core.attribution.runner import AttributionModel, HybridPolicy, load_attribution_model
from quotetrace.core.attribution.states import CONTEXT, CORE, word_windows
from quotetrace.core.attribution.tagger import TAGS, AttributionTagger, TaggerConfig, load_tagger, save_tagger
from quotetrace.core.build import build_document
from quotetrace.core.cues import load_cue_lexicon
from quotetrace.core.errors import ModelError
from quotetrace.core.model import Quote, Span
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


def test_to_quotes_trims_marks_and_heads_the_speaker_on_the_parse() -> None:
    doc = build_document(SAID)
    words = split_words(doc.text)
    names = ["O", "B-Content", "I-Content", "I-Content", "O", "O", "B-Source", "I-Source", "B-Cue", "O"]
    attributions = link(words, segments(_tags(*names)))
    quotes = to_quotes(doc, words, attributions, find_quoted_spans(doc.text, words.paragraphs))
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.rule == "model" and quote.kind == "direct"
    assert [p.text_of(doc.text) for p in quote.parts] == ["We will win"]
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


def _quote(start: int, end: int, rule: str) -> Quote:
    return Quote(id="", kind="indirect", parts=(Span(start, end),), rule=rule)


def _model_quote(start: int, end: int, confidence: float) -> Quote:
    return Quote(id="", kind="indirect", parts=(Span(start, end),), rule="model", confidence=confidence)


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


def test_the_model_reads_only_a_windows_own_words() -> None:
    from helpers import naive_document
    from quotetrace.core import windows

    text = "\n".join(f'"The port {i} will open in March," Ashby said. Reyes said no.' for i in range(40))
    doc = naive_document(text)
    parts = windows.windows(doc, 100)
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
