"""The attribution tagger reads the transformer states stanza's tagger already computed: the
encoder's `ForwardMemo` and `states.sentence_states`, on a tiny random BERT (no model files)."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("tokenizers")
pytest.importorskip("safetensors")

from quotetrace.core.attribution.states import sentence_states  # noqa: E402
from quotetrace.core.build import build_document  # noqa: E402
from quotetrace.core.encoder import ForwardMemo, load_encoder, shared_encoder  # noqa: E402
from quotetrace.core.model import Span  # noqa: E402
from test_encoder import _ragged_batch, make_tiny_bert  # noqa: E402


def _stanza_forward(encoder: object, tokenizer: object, sentences: list[list[str]]) -> None:
    """One padded forward over whole sentences, the way stanza's tagger calls the encoder."""
    batch = tokenizer(sentences, padding="longest", is_split_into_words=True)  # type: ignore[operator]
    with torch.no_grad():
        encoder(torch.tensor(batch["input_ids"]), attention_mask=torch.tensor(batch["attention_mask"]))  # type: ignore[operator]


@pytest.mark.parametrize("bucket_rows", [1000, 4])
def test_the_memo_hands_each_row_over_once_with_the_states_of_the_forward(tmp_path: Path, bucket_rows: int) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    encoder.bucket_rows = bucket_rows
    encoder.memo = ForwardMemo((1, 2))
    ids, mask = _ragged_batch(tokenizer, 12)
    with torch.no_grad():
        hidden = encoder(ids, attention_mask=mask).hidden_states
    lengths = mask.sum(dim=1).tolist()
    taken = 0
    for row, size in enumerate(lengths):
        kept = encoder.memo.take(ids[row, :size].tolist())
        if kept is None:  # a row repeated in the batch is kept once
            assert ids[row, :size].tolist() in [ids[r, :n].tolist() for r, n in enumerate(lengths[:row])]
            continue
        taken += 1
        assert kept.dtype == torch.float16 and kept.shape == (2, size, 8)
        for index, layer in enumerate((1, 2)):
            assert torch.allclose(kept[index].float(), hidden[layer][row, :size], atol=2e-2)
        assert encoder.memo.take(ids[row, :size].tolist()) is None
    assert taken == len({tuple(ids[r, :n].tolist()) for r, n in enumerate(lengths)}) and len(encoder.memo) == 0


def test_the_memo_forgets_its_oldest_rows_past_its_limit(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    encoder.memo = ForwardMemo((2,), limit=10)
    _stanza_forward(encoder, tokenizer, [["the", "leader", "said", "no"]])  # 6 pieces with [CLS], [SEP]
    _stanza_forward(encoder, tokenizer, [["it", "was", "not", "right", "."]])  # 7 more: over the limit
    first = tokenizer([["the", "leader", "said", "no"]], is_split_into_words=True)["input_ids"][0]
    second = tokenizer([["it", "was", "not", "right", "."]], is_split_into_words=True)["input_ids"][0]
    assert encoder.memo.take(first) is None
    assert encoder.memo.take(second) is not None


def test_a_reader_computing_for_itself_leaves_nothing_in_the_memo(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    encoder.memo = ForwardMemo((2,))
    ids, mask = _ragged_batch(tokenizer, 5)
    with torch.no_grad():
        encoder(ids, attention_mask=mask, remember=False)
    assert len(encoder.memo) == 0


def test_the_memos_layers_are_computed_even_when_stanza_reads_fewer(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    encoder.layers_read = frozenset({1})
    encoder.memo = ForwardMemo((2,))
    ids, mask = _ragged_batch(tokenizer, 3)
    with torch.no_grad():
        hidden = encoder(ids, attention_mask=mask).hidden_states
    assert hidden[1] is not None and hidden[2] is not None
    assert len(encoder.memo) > 0


def test_one_encoder_per_directory_and_process(tmp_path: Path) -> None:
    directory = make_tiny_bert(tmp_path / "bert")
    assert shared_encoder(directory)[0] is shared_encoder(tmp_path / "." / "bert")[0]
    assert shared_encoder(directory)[0] is not load_encoder(directory)[0]


_TABLE = """
The     the     DET    2  det
leader  leader  NOUN   3  nsubj
said    say     VERB   0  root
no~     no      INTJ   3  obj
.       .       PUNCT  3  punct

It      it      PRON   4  nsubj
was     be      AUX    4  cop
not     not     PART   4  advmod
right   right   ADJ    0  root
.       .       PUNCT  4  punct
"""


def _words(text: str) -> list[Span]:
    spans, start = [], None
    for index, char in enumerate(text + " "):
        if char.isspace() and start is not None:
            spans.append(Span(start, index))
            start = None
        elif not char.isspace() and start is None:
            start = index
    return spans


def test_sentence_states_are_the_same_whether_the_memo_held_them_or_not(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    doc = build_document(_TABLE)
    words = _words(doc.text)  # "no." is one word over two tokens
    alone = sentence_states(encoder, tokenizer, doc.sentences, words, (1, 2))
    encoder.memo = ForwardMemo((1, 2))
    _stanza_forward(encoder, tokenizer, [[t.text for t in s.tokens] for s in doc.sentences])
    calls: list[bool] = []
    encoder.register_forward_hook(lambda *_: calls.append(True))
    shared = sentence_states(encoder, tokenizer, doc.sentences, words, (1, 2))
    assert calls == [] and len(encoder.memo) == 0  # both sentences were handed over, none computed
    assert shared.shape == (len(words), 16)
    assert torch.allclose(shared, alone, atol=1e-3)
    # "no." takes the mean of its two tokens' states, each the mean of its pieces in its sentence
    pieces = sentence_states(encoder, tokenizer, doc.sentences[:1], [Span(16, 18), Span(18, 19)], (1, 2))
    assert doc.text[16:19] == "no."
    assert torch.allclose(alone[3], pieces.mean(dim=0), atol=1e-3)


def test_words_outside_every_sentence_get_zeros_and_long_sentences_are_read_in_windows(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    rows = "\n".join(f"{word}  {word}  NOUN  1  dep" for word in ["the", "leader", "said", "no"] * 12)
    doc = build_document(rows.replace("1  dep", "0  root", 1))
    words = _words(doc.text)
    assert len(doc.sentences) == 1 and len(words) == 48  # 50 pieces: over the tiny model's 32
    states = sentence_states(encoder, tokenizer, doc.sentences, words + [Span(len(doc.text), len(doc.text) + 1)], (2,))
    assert states.shape == (49, 8)
    assert bool(torch.all(states[:48].abs().sum(dim=1) > 0)) and bool(torch.all(states[48] == 0))
    assert sentence_states(encoder, tokenizer, doc.sentences, [], (2,)).shape == (0, 8)
