"""BIO-constrained decoding of the tagger's probabilities (`assemble.bio_path`), which the model alone reads."""

from __future__ import annotations

import random

import pytest
import torch
from quotetrace.core.attribution import runner
from quotetrace.core.attribution.assemble import Segment, bio_path, segments
from quotetrace.core.attribution.features import split_words
from quotetrace.core.attribution.runner import AttributionModel
from quotetrace.core.attribution.tagger import TAGS, AttributionTagger, TaggerConfig
from quotetrace.core.build import build_document
from quotetrace.core.cues import load_cue_lexicon
from test_attribution import SAID


def _rows(*rows: dict[str, float]) -> torch.Tensor:
    table = torch.zeros(len(rows), len(TAGS))
    for index, row in enumerate(rows):
        for tag, value in row.items():
            table[index, TAGS.index(tag)] = value
    return table


def _runs(found: list[Segment]) -> list[tuple[str, int, int]]:
    return [(s.role, s.first, s.last) for s in found]


def test_a_content_run_stays_whole_where_one_word_leans_to_an_i_of_another_role() -> None:
    table = _rows({"B-Content": 0.9, "O": 0.1},
                  {"I-Cue": 0.40, "I-Content": 0.35, "O": 0.25},
                  {"I-Content": 0.9, "O": 0.1})
    assert _runs(segments(table)) == [("Content", 0, 0), ("Cue", 1, 1), ("Content", 2, 2)]
    assert _runs(segments(table, constrained=True)) == [("Content", 0, 2)]


def test_an_i_with_nothing_before_it_is_read_as_the_start_of_its_role() -> None:
    table = _rows({"I-Source": 0.5, "B-Source": 0.2, "O": 0.3}, {"I-Source": 0.7, "O": 0.3}, {"B-Cue": 0.9, "O": 0.1})
    path = bio_path(table)
    assert [TAGS[t] for t in path] == ["B-Source", "I-Source", "B-Cue"]
    found = segments(table, constrained=True)
    assert _runs(found) == [("Source", 0, 1), ("Cue", 2, 2)]
    assert found[0].probability == pytest.approx(0.7)  # the role's mean probability, not the path's


def test_paths_are_valid_and_agree_with_the_argmax_wherever_it_is_valid() -> None:
    generator = torch.Generator().manual_seed(7)
    rng = random.Random(7)
    for _ in range(200):
        size = rng.randint(1, 40)
        table = torch.softmax(3 * torch.randn(size, len(TAGS), generator=generator), dim=-1)
        path = bio_path(table)
        assert len(path) == size
        for before, tag in zip([None, *path], path, strict=False):
            if TAGS[tag].startswith("I-"):
                assert before is not None and TAGS[before][2:] == TAGS[tag][2:]
        argmax = table.argmax(dim=-1).tolist()
        valid = all(not TAGS[t].startswith("I-") or (i > 0 and TAGS[argmax[i - 1]][2:] == TAGS[t][2:])
                    for i, t in enumerate(argmax))
        if valid:
            assert path == argmax
    assert bio_path(torch.zeros(0, len(TAGS))) == []


@pytest.mark.parametrize(("mode", "constrained"), [("model", True), ("hybrid", False)])
def test_the_model_alone_decodes_paths_and_the_hybrid_the_argmax_its_policy_was_fitted_on(
        mode: str, constrained: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def recording(probabilities: torch.Tensor, constrained: bool = False) -> list[Segment]:
        seen.append(constrained)
        return []

    monkeypatch.setattr(runner, "segments", recording)
    doc = build_document(SAID)
    model = AttributionModel(AttributionTagger(TaggerConfig()), None, None, load_cue_lexicon(), mode)
    states = torch.zeros(len(split_words(doc.text, doc.paragraphs)), TaggerConfig().state_size)
    assert model.model_quotes(doc, states) == []
    assert seen == [constrained]
