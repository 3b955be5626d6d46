"""A small BERT encoder and WordPiece tokenizer for the tagger's frozen transformer features.

The bundled tagger reads hidden states of all-MiniLM-L6-v2, a six-layer BERT. Loading it through
the `transformers` package costs seconds before a single weight is read: importing its BERT module
pulls in its generation, sharding and hub code and `torch.distributed`. We only ever need the
encoder's forward pass, in inference, so this module implements exactly that on plain torch, reads
the weights with `safetensors` and the tokenizer with the `tokenizers` library (the same Rust
tokenizer that `transformers` drives), and offers the small part of their interfaces that stanza's
feature extraction calls. `load_encoder` refuses any configuration it does not implement, so the
caller can fall back to `transformers`; tests compare both against `transformers` itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn
from torch.nn import functional

from .errors import ModelError

#: what this encoder implements; any other value in config.json sends the caller to transformers
_SUPPORTED = {"model_type": "bert", "hidden_act": "gelu", "position_embedding_type": "absolute"}


@dataclass(frozen=True)
class EncoderConfig:
    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int
    type_vocab_size: int
    layer_norm_eps: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EncoderConfig:
        for key, value in _SUPPORTED.items():
            if data.get(key, value) != value:
                raise ModelError(f"the encoder implements {key}={value!r}, this model has {data[key]!r}")
        try:
            config = cls(**{name: data[name] for name in cls.__dataclass_fields__})
        except KeyError as exc:
            raise ModelError(f"config.json lacks {exc.args[0]!r}") from exc
        if config.hidden_size % config.num_attention_heads:
            raise ModelError("hidden_size is not a multiple of num_attention_heads")
        return config


@dataclass
class EncoderOutput:
    """What stanza reads from a transformer's output: the embeddings, then each layer's output."""

    hidden_states: tuple[torch.Tensor | None, ...]


class _Layer(nn.Module):
    def __init__(self, config: EncoderConfig) -> None:
        super().__init__()
        size = config.hidden_size
        self.heads = config.num_attention_heads
        self.query = nn.Linear(size, size)
        self.key = nn.Linear(size, size)
        self.value = nn.Linear(size, size)
        self.attention_out = nn.Linear(size, size)
        self.attention_norm = nn.LayerNorm(size, eps=config.layer_norm_eps)
        self.intermediate = nn.Linear(size, config.intermediate_size)
        self.output = nn.Linear(config.intermediate_size, size)
        self.output_norm = nn.LayerNorm(size, eps=config.layer_norm_eps)

    def _split_heads(self, states: torch.Tensor) -> torch.Tensor:
        batch, length, size = states.shape
        return states.view(batch, length, self.heads, size // self.heads).transpose(1, 2)

    def forward(self, states: torch.Tensor, mask_bias: torch.Tensor) -> torch.Tensor:
        query, key, value = (self._split_heads(project(states))
                             for project in (self.query, self.key, self.value))
        # softmax(q·kᵀ / √d + mask) · v, scaled by √d as BERT is
        context = functional.scaled_dot_product_attention(query, key, value, attn_mask=mask_bias)
        context = context.transpose(1, 2).flatten(2)
        attended = self.attention_norm(self.attention_out(context) + states)
        # BERT's "gelu" is the exact, erf-based one
        output: torch.Tensor = self.output_norm(self.output(functional.gelu(self.intermediate(attended)))
                                                + attended)
        return output


class Encoder(nn.Module):
    """BERT's encoder without pooler or heads; inference only (no dropout).

    Two savings that leave every state a caller reads unchanged (within float rounding):
    - a padded batch is run in buckets of `bucket_rows` rows of similar length, each cut to its own
      longest row, so short sentences are not padded to the batch's longest; states at padding
      positions differ from a padded batch's (they are meaningless either way and nobody reads them);
    - `layers_read`, when set, names the entries of `hidden_states` the caller reads (0 is the
      embeddings, i the output of layer i): layers after the last one read are not computed and
      entries not read are `None`, so a caller that reads more fails loudly instead of silently.
    """

    #: stanza asks whether PEFT adapters are loaded before it extracts features
    _hf_peft_config_loaded = False

    def __init__(self, config: EncoderConfig) -> None:
        super().__init__()
        self.config = config
        size = config.hidden_size
        self.word_embeddings = nn.Embedding(config.vocab_size, size)
        self.position_embeddings = nn.Embedding(config.max_position_embeddings, size)
        self.token_type_embeddings = nn.Embedding(config.type_vocab_size, size)
        self.embedding_norm = nn.LayerNorm(size, eps=config.layer_norm_eps)
        self.layers = nn.ModuleList(_Layer(config) for _ in range(config.num_hidden_layers))
        self.bucket_rows = 16
        self.layers_read: frozenset[int] | None = None
        self.memo: ForwardMemo | None = None

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                output_hidden_states: bool = True, remember: bool = True) -> EncoderOutput:
        """`hidden_states` of [rows, positions] ids; with a `memo`, rows are kept there unless not
        `remember` (a memo's own reader computing what it did not find)."""
        length = input_ids.shape[1]
        if length > self.config.max_position_embeddings:
            raise ValueError(f"{length} word pieces exceed the encoder's "
                             f"{self.config.max_position_embeddings} positions")
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        lengths = attention_mask.sum(dim=1)
        # buckets cut columns off the right, so only a right-padded batch can be bucketed
        right_padded = torch.equal(attention_mask.bool(),
                                   torch.arange(length, device=input_ids.device)[None] < lengths[:, None])
        if len(lengths) <= self.bucket_rows or not right_padded or int(lengths.min()) == length:
            output = EncoderOutput(hidden_states=self._states(input_ids, attention_mask))
            if self.memo is not None and remember and right_padded:
                self.memo.keep(input_ids, lengths, output.hidden_states)
            return output
        # short rows first; each bucket is cut to its own longest row
        order = torch.argsort(lengths, stable=True)
        merged: list[torch.Tensor | None] = []
        for first in range(0, len(order), self.bucket_rows):
            bucket = order[first : first + self.bucket_rows]
            width = max(1, int(lengths[bucket].max()))
            states = self._states(input_ids[bucket, :width], attention_mask[bucket, :width])
            if not merged:
                merged = [None if s is None else s.new_zeros(len(lengths), length, s.shape[-1]) for s in states]
            for full, part in zip(merged, states, strict=True):
                if full is not None and part is not None:
                    full[bucket, :width] = part
        if self.memo is not None and remember:
            self.memo.keep(input_ids, lengths, merged)
        return EncoderOutput(hidden_states=tuple(merged))

    def _states(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor | None, ...]:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        states = self.embedding_norm(self.word_embeddings(input_ids)
                                     + self.position_embeddings(positions)[None]
                                     + self.token_type_embeddings.weight[0])
        # padding gets the lowest finite score, so a row of padding still has a defined softmax
        mask_bias = (1.0 - attention_mask[:, None, None, :].to(states.dtype)) * torch.finfo(states.dtype).min
        read = self.layers_read
        if read is not None and self.memo is not None:
            read = read | frozenset(self.memo.layers)
        last = len(self.layers) if read is None else max(read)
        hidden: list[torch.Tensor | None] = [states]
        for index, layer in enumerate(self.layers, start=1):
            if index > last:
                hidden.append(None)
                continue
            states = layer(states, mask_bias)
            hidden.append(states)
        if read is not None:
            hidden = [state if index in read else None for index, state in enumerate(hidden)]
        return tuple(hidden)


class ForwardMemo:
    """The states one reader of an encoder computed, kept for another that reads the same rows.

    stanza's tagger runs all-MiniLM-L6-v2 over each sentence; the attribution tagger reads layers of
    the same sentences (core/attribution/states.py). With a memo on the encoder, each right-padded row
    a forward computes is kept under its word-piece ids (with [CLS] and [SEP]): `layers` stacked,
    [len(layers), pieces, hidden] float16, the precision the attribution tagger was trained on. `take`
    hands a row over once and forgets it; past `limit` pieces the oldest rows are forgotten, so memory
    stays bounded (64Ki pieces of two 384-wide layers: 96 MiB) whoever never takes them. A row not
    there is the reader's to compute: the memo saves time and never changes a value but by float
    rounding (a padded row's states differ from a lone row's in the last bits)."""

    def __init__(self, layers: Sequence[int], limit: int = 65_536) -> None:
        self.layers = tuple(layers)
        self.limit = limit
        self._rows: dict[tuple[int, ...], torch.Tensor] = {}
        self._pieces = 0
        # a Dask worker with several threads runs two pipelines over one encoder
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def keep(self, input_ids: torch.Tensor, lengths: torch.Tensor,
             hidden_states: Sequence[torch.Tensor | None]) -> None:
        """Keep each row of a right-padded batch ([rows, positions] ids, [rows] true lengths)."""
        read = [hidden_states[layer] if layer < len(hidden_states) else None for layer in self.layers]
        if not all(isinstance(states, torch.Tensor) for states in read):
            return
        layers = [states for states in read if states is not None]
        rows = {tuple(input_ids[row, :size].tolist()): torch.stack([states[row, :size] for states in layers])
                .to("cpu", torch.float16) for row, size in enumerate(lengths.tolist())}
        with self._lock:
            for key, states in rows.items():
                if key not in self._rows:
                    self._rows[key] = states
                    self._pieces += states.shape[1]
            while self._pieces > self.limit and self._rows:
                oldest = next(iter(self._rows))
                self._pieces -= self._rows.pop(oldest).shape[1]

    def take(self, ids: Sequence[int]) -> torch.Tensor | None:
        """The states kept for exactly these ids, [len(layers), len(ids), hidden] float16, or None."""
        with self._lock:
            found = self._rows.pop(tuple(ids), None)
            if found is not None:
                self._pieces -= found.shape[1]
        return found


def _weight_names(config: EncoderConfig) -> dict[str, str]:
    """Our parameter names -> the names BERT checkpoints use."""
    names = {
        "word_embeddings.weight": "embeddings.word_embeddings.weight",
        "position_embeddings.weight": "embeddings.position_embeddings.weight",
        "token_type_embeddings.weight": "embeddings.token_type_embeddings.weight",
        "embedding_norm.weight": "embeddings.LayerNorm.weight",
        "embedding_norm.bias": "embeddings.LayerNorm.bias",
    }
    parts = {
        "query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
        "attention_out": "attention.output.dense", "attention_norm": "attention.output.LayerNorm",
        "intermediate": "intermediate.dense", "output": "output.dense", "output_norm": "output.LayerNorm",
    }
    for index in range(config.num_hidden_layers):
        for ours, theirs in parts.items():
            for kind in ("weight", "bias"):
                names[f"layers.{index}.{ours}.{kind}"] = f"encoder.layer.{index}.{theirs}.{kind}"
    return names


@dataclass
class Encoding:
    """A batch as stanza reads it: `input_ids` and `attention_mask` rows, and each piece's word."""

    input_ids: list[list[int]]
    attention_mask: list[list[int]]
    _word_ids: list[list[int | None]]

    def __getitem__(self, key: str) -> list[list[int]]:
        if key == "input_ids":
            return self.input_ids
        if key == "attention_mask":
            return self.attention_mask
        raise KeyError(key)

    def word_ids(self, batch_index: int = 0) -> list[int | None]:
        return self._word_ids[batch_index]


class WordPieceTokenizer:
    """The model's own tokenizer.json, called the way stanza calls a transformers tokenizer."""

    def __init__(self, tokenizer: Any, model_max_length: int) -> None:
        self._tokenizer = tokenizer
        self.model_max_length = model_max_length
        # tokenizer.json may carry a fixed padding and truncation (this model's: 128 pieces);
        # transformers overrides both on every call, and so do we
        self._tokenizer.no_truncation()
        pad_token = "[PAD]"
        self.pad_token_id = self._tokenizer.token_to_id(pad_token)
        if self.pad_token_id is None:
            raise ModelError("the tokenizer has no [PAD] token")
        self._pad_token = pad_token

    def __call__(self, texts: Sequence[Any], *, is_split_into_words: bool = False,
                 padding: bool | str = False, **_: Any) -> Encoding:
        if padding in (True, "longest"):
            self._tokenizer.enable_padding(pad_id=self.pad_token_id, pad_token=self._pad_token)
        elif padding is False:
            self._tokenizer.no_padding()
        else:
            raise ValueError(f"unsupported padding {padding!r}")
        batch = self._tokenizer.encode_batch(list(texts), is_pretokenized=is_split_into_words)
        return Encoding(input_ids=[row.ids for row in batch],
                        attention_mask=[row.attention_mask for row in batch],
                        _word_ids=[row.word_ids for row in batch])


def load_encoder(directory: Path) -> tuple[Encoder, WordPieceTokenizer]:
    """The encoder and tokenizer in a transformer's directory (config.json, model.safetensors,
    tokenizer.json), ready for inference. ModelError when the model is not one this module
    implements or a file is missing or malformed."""
    try:
        from safetensors.torch import load_file
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError(f"the encoder needs safetensors and tokenizers ({exc})") from exc
    try:
        config_data = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        config = EncoderConfig.from_json(config_data)
        max_length = _model_max_length(directory, config)
        tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        weights = load_file(str(directory / "model.safetensors"))
    except ModelError:
        raise
    except Exception as exc:  # OSError, JSON errors, and the Rust libraries' own exception types
        raise ModelError(f"cannot read the transformer in {directory}: {exc}") from exc
    encoder = Encoder(config)
    names = _weight_names(config)
    missing = sorted(theirs for theirs in names.values() if theirs not in weights)
    if missing:
        raise ModelError(f"the transformer in {directory} lacks {len(missing)} weights, e.g. {missing[0]}")
    try:
        encoder.load_state_dict({ours: weights[theirs] for ours, theirs in names.items()}, strict=True)
    except RuntimeError as exc:
        raise ModelError(f"the transformer's weights do not fit its config: {exc}") from exc
    encoder.eval()
    encoder.requires_grad_(False)
    return encoder, WordPieceTokenizer(tokenizer, max_length)


_LOADED: dict[Path, tuple[Encoder, WordPieceTokenizer]] = {}


def shared_encoder(directory: Path) -> tuple[Encoder, WordPieceTokenizer]:
    """`load_encoder(directory)`, loaded once per process and directory: stanza's tagger and the
    attribution tagger read the same transformer, and one instance lets the second take the states
    the first computed (`ForwardMemo`) instead of running the sentences again. Raises as `load_encoder`."""
    key = directory.resolve()
    if key not in _LOADED:
        _LOADED[key] = load_encoder(directory)
    return _LOADED[key]


def _model_max_length(directory: Path, config: EncoderConfig) -> int:
    path = directory / "tokenizer_config.json"
    if path.is_file():
        value = json.loads(path.read_text(encoding="utf-8")).get("model_max_length")
        if isinstance(value, int) and 0 < value <= config.max_position_embeddings:
            return value
    return config.max_position_embeddings
