"""Frozen transformer states per word, read through our own encoder (`core/encoder.py`).

A document is longer than the encoder's positions, so it is read in overlapping windows: each
window holds up to `CORE` word pieces whose states are kept and up to `CONTEXT` pieces of context
on either side, and a word's state is the mean of its pieces' states in the window whose core
holds it. The tagger reads layers `LAYERS` (hidden_states indices: 0 is the embeddings, 6 the last
of all-MiniLM-L6-v2's six layers), concatenated.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from ..encoder import Encoder, WordPieceTokenizer

#: which hidden states are read: a middle layer (syntax is densest there, Tenney et al. 2019) and the last
LAYERS = (4, 6)
CORE = 192  # word pieces whose states a window keeps
CONTEXT = 32  # pieces of context on each side: windows of at most 258 positions, 1.3 forwards per piece
BATCH = 16  # windows per forward pass


def word_windows(piece_counts: Sequence[int]) -> list[tuple[int, int, int, int]]:
    """(context start, core start, core end, context end) word indices per window, end exclusive.

    A word longer than the whole window on its own still gets a window (the tokenizer cuts it)."""
    windows: list[tuple[int, int, int, int]] = []
    start = 0
    total = len(piece_counts)
    while start < total:
        end, used = start, 0
        while end < total and (end == start or used + piece_counts[end] <= CORE):
            used += piece_counts[end]
            end += 1
        left, budget = start, CONTEXT
        while left > 0 and piece_counts[left - 1] <= budget:
            budget -= piece_counts[left - 1]
            left -= 1
        right, budget = end, CONTEXT
        while right < total and piece_counts[right] <= budget:
            budget -= piece_counts[right]
            right += 1
        windows.append((left, start, end, right))
        start = end
    return windows


def word_states(encoder: Encoder, tokenizer: WordPieceTokenizer, words: Sequence[str]) -> torch.Tensor:
    """A float32 tensor [len(words), 384 · len(LAYERS)] of frozen states, one row per word; a word
    the tokenizer drops (e.g. a lone byte-order mark) gets zeros."""
    width = encoder.config.hidden_size * len(LAYERS)
    result = torch.zeros(len(words), width)
    if not words:
        return result
    counts = _piece_counts(tokenizer, words)
    windows = word_windows(counts)
    for first in range(0, len(windows), BATCH):
        batch = windows[first : first + BATCH]
        encoding = tokenizer([list(words[left:right]) for left, _, _, right in batch],
                             is_split_into_words=True, padding=True)
        ids = torch.tensor(encoding["input_ids"])[:, : tokenizer.model_max_length]
        mask = torch.tensor(encoding["attention_mask"])[:, : tokenizer.model_max_length]
        with torch.inference_mode():
            hidden = encoder(ids, attention_mask=mask).hidden_states
        states = torch.cat([hidden[layer] for layer in LAYERS], dim=-1)
        for row, (left, start, end, _) in enumerate(batch):
            _pool(result, states[row], encoding.word_ids(row)[: ids.shape[1]], left, start, end)
    return result


def _piece_counts(tokenizer: WordPieceTokenizer, words: Sequence[str]) -> list[int]:
    counts = [0] * len(words)
    chunk = 2000  # the tokenizer is linear; chunks only bound memory
    for first in range(0, len(words), chunk):
        encoding = tokenizer([list(words[first : first + chunk])], is_split_into_words=True)
        for word in encoding.word_ids(0):
            if word is not None:
                counts[first + word] += 1
    return counts


def _pool(result: torch.Tensor, states: torch.Tensor, word_ids: Sequence[int | None],
          left: int, start: int, end: int) -> None:
    sums: dict[int, torch.Tensor] = {}
    sizes: dict[int, int] = {}
    for position, word in enumerate(word_ids):
        if word is None:
            continue
        index = left + word
        if start <= index < end:
            sums[index] = sums[index] + states[position] if index in sums else states[position].clone()
            sizes[index] = sizes.get(index, 0) + 1
    for index, total in sums.items():
        result[index] = total / sizes[index]
