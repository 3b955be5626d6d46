"""The attribution tagger: a BiLSTM over frozen transformer states and cheap word features that
labels every word O, B-/I-Source, B-/I-Cue or B-/I-Content (PolNeAR's roles, Newell et al. 2018).

The file is safetensors (no pickle, so loading runs no code): float16 weights plus metadata that
pins what the inputs mean (format, feature columns, transformer layers, tag set, sizes). A file
that is not safetensors, lacks a weight, has a weight of the wrong shape or was trained on other
inputs is refused with one `ModelError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from ..errors import ModelError
from .features import FEATURES
from .states import LAYERS

# 2: the states are read per sentence (core/attribution/states.py), 1 read them in windows of 192 word pieces
FORMAT = "quotetrace-attribution/2"
TAGS = ("O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content")
ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True, slots=True)
class TaggerConfig:
    state_size: int = 384 * len(LAYERS)  # all-MiniLM-L6-v2's 384 per layer read
    hidden: int = 64  # per direction
    projection: int = 128
    layers: int = 1
    dropout: float = 0.3

    def metadata(self) -> dict[str, str]:
        return {"format": FORMAT, "features": ",".join(FEATURES), "transformer_layers": ",".join(map(str, LAYERS)),
                "tags": ",".join(TAGS), "state_size": str(self.state_size), "hidden": str(self.hidden),
                "projection": str(self.projection), "layers": str(self.layers)}

    @classmethod
    def from_metadata(cls, metadata: dict[str, str], where: str) -> TaggerConfig:
        expected = cls().metadata()
        for key in ("format", "features", "transformer_layers", "tags"):
            if metadata.get(key) != expected[key]:
                raise ModelError(f"{where} was trained for {key}={metadata.get(key)!r}, this quotetrace reads "
                                 f"{expected[key]!r}; retrain it with training/attribution.py")
        try:
            return cls(state_size=int(metadata["state_size"]), hidden=int(metadata["hidden"]),
                       projection=int(metadata["projection"]), layers=int(metadata["layers"]))
        except (KeyError, ValueError) as exc:
            raise ModelError(f"{where} has no valid sizes in its metadata ({exc})") from exc


class AttributionTagger(nn.Module):
    """[words, state_size + len(FEATURES)] inputs -> [words, len(TAGS)] scores (logits)."""

    def __init__(self, config: TaggerConfig) -> None:
        super().__init__()
        self.config = config
        self.project = nn.Sequential(nn.Dropout(config.dropout),
                                     nn.Linear(config.state_size + len(FEATURES), config.projection), nn.GELU())
        self.lstm = nn.LSTM(config.projection, config.hidden, num_layers=config.layers, bidirectional=True,
                            batch_first=True,
                            dropout=config.dropout if config.layers > 1 else 0.0)
        self.out = nn.Sequential(nn.Dropout(config.dropout), nn.Linear(2 * config.hidden, len(TAGS)))

    def forward(self, inputs: torch.Tensor, lengths: torch.Tensor | None = None) -> torch.Tensor:
        """`inputs` [batch, words, size] (padded; `lengths` the true lengths) -> logits [batch, words, tags]."""
        projected = self.project(inputs)
        if lengths is None:
            encoded, _ = self.lstm(projected)
        else:
            packed = nn.utils.rnn.pack_padded_sequence(projected, lengths.cpu(), batch_first=True,
                                                       enforce_sorted=False)
            output, _ = self.lstm(packed)
            encoded, _ = nn.utils.rnn.pad_packed_sequence(output, batch_first=True,
                                                          total_length=inputs.shape[1])
        logits: torch.Tensor = self.out(encoded)
        return logits

    def probabilities(self, states: torch.Tensor, features: torch.Tensor) -> torch.Tensor:
        """One document: states [words, state_size], features [words, len(FEATURES)] -> tag
        probabilities [words, len(TAGS)], deterministic (eval mode, no dropout)."""
        if states.shape[0] == 0:
            return torch.zeros(0, len(TAGS))
        self.eval()
        with torch.inference_mode():
            inputs = torch.cat([states.float(), features.float()], dim=-1)[None]
            return torch.softmax(self(inputs)[0], dim=-1)


def save_tagger(tagger: AttributionTagger, path: Path, extra: dict[str, str] | None = None) -> None:
    """Write float16 weights and the input contract (plus `extra` metadata, e.g. scores)."""
    from safetensors.torch import save_file

    weights = {name: tensor.detach().to(torch.float16).contiguous() for name, tensor in tagger.state_dict().items()}
    save_file(weights, str(path), metadata={**tagger.config.metadata(), **(extra or {})})


def load_tagger(path: Path) -> AttributionTagger:
    """The tagger in `path`, in eval mode. ModelError when the file is missing, not safetensors,
    trained on other inputs, or its weights do not fit."""
    try:
        from safetensors import safe_open
    except ImportError as exc:
        raise ModelError(f"the attribution model needs safetensors ({exc}): pip install 'quotetrace[minilm]'") from exc
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = dict(handle.metadata() or {})
            weights = {name: handle.get_tensor(name) for name in handle.keys()}  # noqa: SIM118 (not a dict)
    except Exception as exc:  # OSError, and the Rust library's own error types for a corrupt header
        raise ModelError(f"cannot read the attribution model {path}: {exc}") from exc
    config = TaggerConfig.from_metadata(metadata, str(path))
    tagger = AttributionTagger(config)
    try:
        tagger.load_state_dict({name: tensor.float() for name, tensor in weights.items()}, strict=True)
    except RuntimeError as exc:
        raise ModelError(f"the attribution model {path} does not fit its own metadata: "
                         f"{str(exc).splitlines()[0]}") from exc
    tagger.eval()
    tagger.requires_grad_(False)
    return tagger
