"""Frozen transformer states per word, read through our own encoder (`core/encoder.py`).

The attribution tagger reads each sentence as stanza's part-of-speech tagger reads it: the sentence
alone, in word pieces, through all-MiniLM-L6-v2 (`sentence_states`). stanza's tagger has computed
those states already, for its own features (the mean of layers 3-5), so the encoder's memo hands
them over and the tagger runs no forward of its own. It reads layers `LAYERS` (hidden_states
indices: 0 is the embeddings, 6 the last of the six layers), concatenated; both are among the
layers stanza computes, where layer 6 would cost a layer more per sentence.

A sentence longer than the encoder's positions is read in overlapping windows (`word_states`):
each window holds up to `CORE` word pieces whose states are kept and up to `CONTEXT` pieces of
context on either side, and a word's state is the mean of its pieces' states in the window whose
core holds it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import torch

from ..encoder import Encoder, WordPieceTokenizer
from ..errors import ModelError
from ..model import Sentence, Span

#: which hidden states are read: a middle layer (syntax is densest there, Tenney et al. 2019) and the last
#: stanza's tagger computes; read per sentence they gave dev word F1 0.883, where the head that read
#: layers 4 and 6 in windows of 192 pieces had 0.880 (training/attribution.py, 30 November)
LAYERS = (4, 5)
CORE = 192  # word pieces whose states a window keeps
CONTEXT = 32  # pieces of context on each side: windows of at most 258 positions, 1.3 forwards per piece
BATCH = 16  # windows or sentences per forward pass


def word_windows(piece_counts: Sequence[int], core: int = CORE,
                 context: int = CONTEXT) -> list[tuple[int, int, int, int]]:
    """(context start, core start, core end, context end) word indices per window, end exclusive:
    at most `core` pieces kept per window and `context` read on either side.

    A word longer than the whole window on its own still gets a window (the tokenizer cuts it)."""
    windows: list[tuple[int, int, int, int]] = []
    start = 0
    total = len(piece_counts)
    while start < total:
        end, used = start, 0
        while end < total and (end == start or used + piece_counts[end] <= core):
            used += piece_counts[end]
            end += 1
        left, budget = start, context
        while left > 0 and piece_counts[left - 1] <= budget:
            budget -= piece_counts[left - 1]
            left -= 1
        right, budget = end, context
        while right < total and piece_counts[right] <= budget:
            budget -= piece_counts[right]
            right += 1
        windows.append((left, start, end, right))
        start = end
    return windows


def word_states(encoder: Encoder, tokenizer: WordPieceTokenizer, words: Sequence[str],
                layers: Sequence[int] = LAYERS) -> torch.Tensor:
    """A float32 tensor [len(words), 384 · len(layers)] of frozen states, one row per word; a word
    the tokenizer drops (e.g. a lone byte-order mark) gets zeros."""
    width = encoder.config.hidden_size * len(layers)
    result = torch.zeros(len(words), width)
    if not words:
        return result
    counts = _piece_counts(tokenizer, words)
    # CORE and CONTEXT fit all-MiniLM-L6-v2's 512 positions; an encoder with fewer gets smaller windows
    core = max(1, min(CORE, (tokenizer.model_max_length - 2) // 2))
    windows = word_windows(counts, core, min(CONTEXT, (tokenizer.model_max_length - 2 - core) // 2))
    for first in range(0, len(windows), BATCH):
        batch = windows[first : first + BATCH]
        encoding = tokenizer([list(words[left:right]) for left, _, _, right in batch],
                             is_split_into_words=True, padding=True)
        ids = torch.tensor(encoding["input_ids"])[:, : tokenizer.model_max_length]
        mask = torch.tensor(encoding["attention_mask"])[:, : tokenizer.model_max_length]
        with torch.inference_mode():
            hidden = _forward(encoder, ids, mask)
        states = torch.cat([_layer(hidden, layer) for layer in layers], dim=-1)
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


def sentence_states(encoder: Encoder, tokenizer: WordPieceTokenizer, sentences: Sequence[Sentence],
                    words: Sequence[Span], layers: Sequence[int] = LAYERS) -> torch.Tensor:
    """A float32 tensor [len(words), 384 · len(layers)] for words given by their spans: each word's
    state is the mean of the states of the stanza tokens it overlaps (code-point spans), each token's
    the mean of its word pieces', where the transformer read the token's sentence alone, as stanza's
    part-of-speech tagger reads it. An encoder with a `memo` (encoder.ForwardMemo) of those layers
    hands over the sentences that tagger already read; the others are computed here. A sentence
    longer than the encoder's positions is read in overlapping windows (`word_states`); a word no
    token overlaps gets zeros."""
    width = encoder.config.hidden_size * len(layers)
    result = torch.zeros(len(words), width)
    if not words:
        return result
    # only the sentences that hold some of the words are read
    first, last = words[0].start, words[-1].end
    sentences = [sentence for sentence in sentences
                 if sentence.tokens and sentence.span.start < last and sentence.span.end > first]
    if not sentences:
        return result
    texts = [[token.text for token in sentence.tokens] for sentence in sentences]
    encoding = tokenizer(texts, is_split_into_words=True)
    memo = encoder.memo if encoder.memo is not None and encoder.memo.layers == tuple(layers) else None
    pieces: dict[int, torch.Tensor] = {}  # sentence -> [pieces, width]
    missing: list[int] = []
    for index, ids in enumerate(encoding["input_ids"]):
        if len(ids) > tokenizer.model_max_length:
            continue
        kept = memo.take(ids) if memo is not None else None
        if kept is None:
            missing.append(index)
        else:
            pieces[index] = _flatten(kept)
    pieces.update(_compute_rows(encoder, tokenizer, [encoding["input_ids"][i] for i in missing], missing, layers))
    token_states: list[torch.Tensor] = []
    for index, sentence in enumerate(sentences):
        if index in pieces:
            token_states.append(_pool_pieces(pieces[index], encoding.word_ids(index), len(sentence.tokens)))
        else:
            token_states.append(word_states(encoder, tokenizer, texts[index], layers))
    _pool_tokens(result, torch.cat(token_states), [token.span for sentence in sentences for token in sentence.tokens],
                 words)
    return result


def _flatten(states: torch.Tensor) -> torch.Tensor:
    """[layers, pieces, hidden] -> [pieces, layers · hidden] float32 (layer by layer, as `word_states`)."""
    return states.permute(1, 0, 2).reshape(states.shape[1], -1).float()


def _compute_rows(encoder: Encoder, tokenizer: WordPieceTokenizer, rows: list[list[int]], keys: list[int],
                  layers: Sequence[int]) -> dict[int, torch.Tensor]:
    found: dict[int, torch.Tensor] = {}
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
    for first in range(0, len(order), BATCH):
        batch = order[first : first + BATCH]
        longest = max(len(rows[i]) for i in batch)
        ids = torch.full((len(batch), longest), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros(len(batch), longest, dtype=torch.long)
        for row, i in enumerate(batch):
            ids[row, : len(rows[i])] = torch.tensor(rows[i])
            mask[row, : len(rows[i])] = 1
        with torch.inference_mode():
            hidden = _forward(encoder, ids, mask)
        for row, i in enumerate(batch):
            stacked = torch.stack([_layer(hidden, layer)[row, : len(rows[i])] for layer in layers])
            # the precision a memo hands over, so a sentence gives the same states either way
            found[keys[i]] = _flatten(stacked.to(torch.float16))
    return found


def _forward(encoder: Encoder, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor | None, ...]:
    """The encoder's hidden states on the CPU, wherever it runs: shared with stanza, it may be on a GPU."""
    device = encoder.word_embeddings.weight.device
    hidden = encoder(ids.to(device), attention_mask=mask.to(device), remember=False).hidden_states
    return tuple(None if states is None else states.cpu() for states in hidden)


def _layer(hidden: Sequence[torch.Tensor | None], layer: int) -> torch.Tensor:
    states = hidden[layer]
    if states is None:
        raise ModelError(f"the encoder did not compute layer {layer}, which the attribution tagger reads")
    return states


def _pool_pieces(states: torch.Tensor, word_ids: Sequence[int | None], tokens: int) -> torch.Tensor:
    """[pieces, width] -> [tokens, width]: the mean of each token's pieces (zeros for a token with none)."""
    positions = [position for position, word in enumerate(word_ids) if word is not None]
    owners = torch.tensor([word_ids[position] for position in positions], dtype=torch.long)
    sums = torch.zeros(tokens, states.shape[1])
    if positions:
        sums.index_add_(0, owners, states[positions])
    counts = torch.bincount(owners, minlength=tokens).clamp(min=1)
    return sums / counts[:, None]


def _pool_tokens(result: torch.Tensor, states: torch.Tensor, spans: Sequence[Span], words: Sequence[Span]) -> None:
    starts = [span.start for span in words]
    word_rows: list[int] = []
    token_rows: list[int] = []
    for token, span in enumerate(spans):
        index = max(0, bisect.bisect_right(starts, span.start) - 1)
        while index < len(words) and words[index].start < span.end:
            if words[index].end > span.start:
                word_rows.append(index)
                token_rows.append(token)
            index += 1
    if not word_rows:
        return
    owners = torch.tensor(word_rows, dtype=torch.long)
    result.index_add_(0, owners, states[token_rows])
    result /= torch.bincount(owners, minlength=len(words)).clamp(min=1)[:, None]
