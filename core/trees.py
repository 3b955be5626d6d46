"""The dependency parser's tree decoding, without the tree search where the greedy heads are a tree.

stanza's graph parser scores every (dependent, head) pair and decodes each sentence with
Chu-Liu/Edmonds restricted to one root (`chuliu_edmonds_one_root`, after Stanojević & Cohen 2021,
"A Root of a Problem"): it lowers every root arc by the same large amount, so that the best tree
overall has one root, and runs the full search (Python-level cycle finding and contraction). But
when each word's best head, read off the scores as they are, already gives a tree with exactly one
root, no search can beat it: it is the best of all trees, so it is the best one-root tree, and
lowering every root arc by one constant moves every one-root tree's score by that constant. In news
text that is most sentences. `decode_one_root` checks the greedy heads with a few vectorised pointer
jumps and runs the search only for the rest; the trees are the search's own except where two trees
score exactly the same, which float scores make vanishingly rare.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

#: the full search, called for sentences whose greedy heads are not a one-root tree
Search = Callable[[NDArray[np.floating]], NDArray[np.integer]]


def greedy_heads(scores: NDArray[np.floating]) -> NDArray[np.intp]:
    """Each word's best head in `scores` ((n+1) × (n+1): row i scores i's candidate heads; index 0
    is the root), never itself. Entry 0, the root's, is 0."""
    candidates = np.array(scores, dtype=np.float64)  # a copy: the caller's scores stay as they are
    np.fill_diagonal(candidates, -np.inf)
    heads: NDArray[np.intp] = np.argmax(candidates, axis=1)
    heads[0] = 0
    return heads


def is_tree(heads: NDArray[np.integer]) -> bool:
    """Whether every word reaches the root (entry 0, its own head) by following heads: no cycles.

    Pointer jumping: after k rounds each entry points 2^k steps up, so ⌈log2 n⌉ + 1 rounds reach the
    root from anywhere a path to it exists."""
    up = heads
    for _ in range(max(1, int(len(heads)).bit_length()) + 1):
        up = up[up]
    return bool((up == 0).all())


def decode_one_root(scores: NDArray[np.floating], search: Search) -> NDArray[np.integer]:
    """stanza's `chuliu_edmonds_one_root(scores)`: the greedy heads when they form a tree with one
    root, else `search(scores)` (the full search, which the caller passes in)."""
    heads = greedy_heads(scores)
    if is_tree(heads) and int((heads[1:] == 0).sum()) == 1:
        return heads
    return search(scores)
