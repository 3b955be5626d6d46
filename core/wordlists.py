"""Closed word classes shared by the rules, in one place each."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, which keeps long lists readable."""
    return frozenset(text.split())
