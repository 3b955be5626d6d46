"""The annotator's shortcuts into stanza (core/annotate.py, core/trees.py, core/encoder.py) give what
stanza's own path gives: the same trees, the same transformer features, the same parses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import SAMPLES
from quotetrace.core import trees

chuliu_edmonds = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def _scores(rng: np.random.Generator, words: int, noise: float) -> np.ndarray:
    """Arc scores of a parser that mostly agrees with a random tree, plus noise that makes cycles."""
    # one root (word 1), every other word after its head
    heads = [0, 0] + [int(rng.integers(1, i)) for i in range(2, words + 1)]
    order = rng.permutation(words + 1)
    order = np.concatenate([[0], order[order != 0]])
    scores = rng.normal(0, noise, (words + 1, words + 1))
    for dependent in range(1, words + 1):
        scores[order[dependent], order[heads[dependent]]] += 3.0
    return scores.astype(np.float32)


def test_decoding_gives_the_full_search_s_trees_with_and_without_cycles() -> None:
    rng = np.random.default_rng(19)
    greedy = searched = 0
    for case in range(400):
        scores = _scores(rng, words=int(rng.integers(1, 40)), noise=[0.3, 1.0, 3.0][case % 3])
        before = scores.copy()
        try:
            expected = chuliu_edmonds.chuliu_edmonds_one_root(scores.copy())
        except AssertionError:
            continue  # stanza's own search fails its one-root check on some random scores
        calls: list[int] = []

        def search(s: np.ndarray, calls: list[int] = calls) -> np.ndarray:
            calls.append(1)
            return chuliu_edmonds.chuliu_edmonds_one_root(s)

        assert np.array_equal(trees.decode_one_root(scores, search), expected)
        assert np.array_equal(scores, before)  # the caller's scores are not touched
        searched += len(calls)
        greedy += not calls
    assert greedy > 80 and searched > 80  # both paths were exercised


def test_greedy_heads_with_a_cycle_are_not_a_tree() -> None:
    assert trees.is_tree(np.array([0, 0, 1, 2, 3]))
    assert not trees.is_tree(np.array([0, 0, 3, 2, 1]))  # 2 <-> 3
    assert not trees.is_tree(np.array([0, 2, 3, 4, 1]))  # one long cycle, nothing reaches the root
    long_chain = np.array([0] + list(range(0, 999)))
    assert trees.is_tree(long_chain)
    long_chain[1] = 998  # the chain closes on itself
    assert not trees.is_tree(long_chain)


@pytest.mark.model
def test_features_and_parses_match_stanzas_own_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrace.core.annotate import Annotator
    from quotetrace.core.encoder import Encoder
    from quotetrace.core.models import select_models
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as depparse_model

    models = select_models("bundled")
    if not models.transformers:
        pytest.skip("the minilm extra is not installed")
    annotator = Annotator(models, threads=1)
    tagger = annotator._pipeline.processors["pos"].trainer.model
    encoder = tagger.bert_model
    assert isinstance(encoder, Encoder)
    assert encoder.layers_read == frozenset({3, 4, 5})  # the mean of hidden_states[-4:-1] of seven
    assert depparse_model.chuliu_edmonds_one_root is not chuliu_edmonds.chuliu_edmonds_one_root

    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    fast = annotator.annotate(texts)
    sentences = [[t.text for t in s.tokens] for d in fast for s in d.sentences]

    from stanza.models.common.bert_embedding import extract_bert_embeddings

    def features() -> list[np.ndarray]:
        import torch

        with torch.no_grad():
            out = extract_bert_embeddings(tagger.args["bert_model"], tagger.bert_tokenizer, encoder, sentences,
                                          torch.device("cpu"), keep_endpoints=False)
        return [f.numpy() for f in out]

    tuned = features()
    # stanza's own path: every layer computed, one padded batch, the full tree search
    monkeypatch.setattr(encoder, "layers_read", None)
    monkeypatch.setattr(encoder, "bucket_rows", 10**9)
    monkeypatch.setattr(depparse_model, "chuliu_edmonds_one_root", chuliu_edmonds.chuliu_edmonds_one_root)
    monkeypatch.setattr(head_constraints, "chuliu_edmonds_one_root", chuliu_edmonds.chuliu_edmonds_one_root)
    plain = features()
    assert len(tuned) == len(plain) == len(sentences) > 50
    for one, other in zip(tuned, plain, strict=True):
        assert np.allclose(one, other, atol=1e-4)
    slow = annotator.annotate(texts)
    for a, b in zip(fast, slow, strict=True):
        assert [(t.span, t.upos, t.lemma, t.head, t.deprel) for t in a.tokens] == \
            [(t.span, t.upos, t.lemma, t.head, t.deprel) for t in b.tokens]



def _link_check_case(text: str) -> tuple[list[str], np.ndarray]:
    raw = list(text) + ["<PAD>"] + list("after the pad www.example.org")
    rng = np.random.default_rng(len(text))
    return raw, rng.integers(0, 3, len(raw))


def test_bounded_link_check_keeps_stanza_s_marks_on_ordinary_text() -> None:
    from quotetrace.core import annotate

    utils = pytest.importorskip("stanza.models.tokenization.utils")
    annotate.install_bounded_link_check()
    annotate.install_bounded_link_check()  # idempotent: one wrapper, not two
    bounded = utils.update_pred_regex
    original = bounded.unbounded
    assert not hasattr(original, "unbounded")
    for text in ["Mail press@city.gov.uk or see https://www.example.com/a?b=1 today.",
                 "the site (example.com.au), \"quoted\"@example.org and www.news.co.uk/x",
                 "no link at all, just words\tand\ttabs\r\n"]:
        raw, pred = _link_check_case(text)
        expected = pred.copy()
        original(list(raw), expected)
        assert np.array_equal(bounded(list(raw), pred.copy()), expected)


def test_bounded_link_check_leaves_a_run_over_the_limit_as_the_tokenizer_cut_it() -> None:
    from quotetrace.core.annotate import MAX_LINK_CHARS, _blank_long_runs

    long_run = "x9" * MAX_LINK_CHARS + "www.example.com" + "x9" * 10
    raw = list("see ") + list(long_run) + list(" and www.example.com") + ["<PAD>"]
    blanked = _blank_long_runs(raw, MAX_LINK_CHARS)
    assert blanked[:4] == list("see ")
    assert set(blanked[4 : 4 + len(long_run)]) == {" "}
    assert blanked[4 + len(long_run) :] == raw[4 + len(long_run) :]  # the short link after it is still searched
    short = list("a www.example.com b") + ["<PAD>"]
    assert _blank_long_runs(short, MAX_LINK_CHARS) is short
    edge = list("y" * MAX_LINK_CHARS)  # at the limit: still searched
    assert _blank_long_runs(edge, MAX_LINK_CHARS) is edge


def test_processes_share_one_empty_resources_folder_and_leave_no_other(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = "from quotetrace.core.annotate import empty_resources_dir\nprint(empty_resources_dir())"
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    made = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=environment).stdout.strip() for _ in range(2)]
    assert made[0] == made[1]
    folder = Path(made[0])
    assert folder.parent == tmp_path and folder.name.startswith("quotetrace-stanza-")
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert (folder / "resources.json").read_text(encoding="utf-8") == "{}"
