"""The attribution tagger: a BiLSTM over frozen transformer states and cheap word features that
labels every word O, B-/I-Source, B-/I-Cue or B-/I-Content (PolNeAR's roles, Newell et al. 2018);
a file may hold several such heads trained with different seeds, whose probabilities are averaged
(`TaggerEnsemble`).

The file is safetensors (no pickle, so loading runs no code): float16 weights plus metadata that
pins what the inputs mean (format, feature columns, transformer layers, tag set, sizes). A file
that is not safetensors, lacks a weight, has a weight of the wrong shape or was trained on other
inputs is refused with one `ModelError`.
"""

from __future__ import annotations

from collections.abc import Sequence
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
        return _document_probabilities(self, states, features)


def _document_probabilities(tagger: nn.Module, states: torch.Tensor, features: torch.Tensor) -> torch.Tensor:
    if states.shape[0] == 0:
        return torch.zeros(0, len(TAGS))
    tagger.eval()
    with torch.inference_mode():
        inputs = torch.cat([states.float(), features.float()], dim=-1)[None]
        return torch.softmax(tagger(inputs)[0], dim=-1)


class TaggerEnsemble(nn.Module):
    """Heads of one configuration trained with different seeds: the mean of their tag probabilities.

    Averaging the probabilities of independently trained networks lowers the variance that one
    seed's run carries (Lakshminarayanan et al. 2017, "Simple and scalable predictive uncertainty
    estimation using deep ensembles"). On PolNeAR, heads of seeds 16 and 17 gave end-to-end hybrid
    F1 72.1 and 71.7 on dev, 68.3 and 68.9 on train[:80]; the ensembles of seeds 16-17, 16-18 and
    16-19 72.1, 72.5 and 72.2 on dev and 69.0, 68.9 and 68.6 on train[:80] (training/attribution.py,
    30 November; 16-18 is shipped)."""

    def __init__(self, members: Sequence[AttributionTagger]) -> None:
        super().__init__()
        if not members:
            raise ModelError("an ensemble needs at least one tagger")
        if any(member.config != members[0].config for member in members):
            raise ModelError("the taggers of an ensemble must share one configuration")
        self.members = nn.ModuleList(members)
        self.config = members[0].config

    def forward(self, inputs: torch.Tensor, lengths: torch.Tensor | None = None) -> torch.Tensor:
        """`inputs` [batch, words, size] -> the log of the members' mean tag probabilities
        [batch, words, tags]: scores whose softmax is that mean, so `AttributionTagger`'s callers
        read either."""
        mean = torch.stack([torch.softmax(member(inputs, lengths), dim=-1) for member in self.members]).mean(0)
        return mean.clamp(min=1e-12).log()

    def probabilities(self, states: torch.Tensor, features: torch.Tensor) -> torch.Tensor:
        """As `AttributionTagger.probabilities`: the members' mean, [words, len(TAGS)]."""
        return _document_probabilities(self, states, features)


Tagger = AttributionTagger | TaggerEnsemble


def save_tagger(tagger: Tagger, path: Path, extra: dict[str, str] | None = None) -> None:
    """Write float16 weights and the input contract (plus `extra` metadata, e.g. scores); an
    ensemble's members under `member<i>.` with their count in the metadata (`members`)."""
    from safetensors.torch import save_file

    weights = {name: tensor.detach().to(torch.float16).contiguous() for name, tensor in tagger.state_dict().items()}
    metadata = {**tagger.config.metadata(), **(extra or {})}
    metadata["members"] = str(len(tagger.members)) if isinstance(tagger, TaggerEnsemble) else "1"
    # nn.ModuleList names a member's weights `members.0.lstm…`; the file says `member0.lstm…`
    save_file({name.replace("members.", "member", 1) if name.startswith("members.") else name: tensor
               for name, tensor in weights.items()}, str(path), metadata=metadata)


def load_tagger(path: Path) -> Tagger:
    """The tagger in `path`, in eval mode: one head, or the ensemble of the `members` heads the file
    holds. ModelError when the file is missing, not safetensors, trained on other inputs, or its
    weights do not fit."""
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
    try:
        count = int(metadata.get("members", "1"))
    except ValueError as exc:
        raise ModelError(f"{path} has no valid member count in its metadata ({exc})") from exc
    if count < 1:
        raise ModelError(f"{path} has no valid member count in its metadata ({count})")
    tagger: Tagger
    if count == 1:
        tagger = AttributionTagger(config)
        names = {name: name for name in weights}
    else:
        tagger = TaggerEnsemble([AttributionTagger(config) for _ in range(count)])
        names = {name: name.replace("member", "members.", 1) if name.startswith("member") else name
                 for name in weights}
    try:
        tagger.load_state_dict({names[name]: tensor.float() for name, tensor in weights.items()}, strict=True)
    except RuntimeError as exc:
        raise ModelError(f"the attribution model {path} does not fit its own metadata: "
                         f"{str(exc).splitlines()[0]}") from exc
    tagger.eval()
    tagger.requires_grad_(False)
    return tagger
