"""Shared test helpers: paths to samples and ../shared, a parse-free document builder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from quotetrace.core.model import Document, Sentence, Span, Token
from quotetrace.core.text import split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only on development and CI machines)")
    return path


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


def naive_document(text: str, doc_id: str = "naive") -> Document:
    """A parse-free document (every token its own root) for property tests of the rules."""
    sentences: list[Sentence] = []
    index = 0
    for paragraph in split_paragraphs(text):
        tokens = []
        for match in _TOKEN.finditer(text, paragraph.start, paragraph.end):
            word = match.group()
            upos = "PUNCT" if not word[0].isalnum() else ("PROPN" if word[0].isupper() else "VERB" if word in (
                "said", "says", "told", "added") else "NOUN")
            tokens.append(Token(index=index, span=Span(match.start(), match.end()), text=word, upos=upos,
                                lemma=word.lower(), head=-1, deprel="root", sentence=len(sentences)))
            index += 1
        if tokens:
            sentences.append(Sentence(len(sentences), Span(tokens[0].span.start, tokens[-1].span.end), tuple(tokens)))
    return Document(text=text, sentences=tuple(sentences), paragraphs=split_paragraphs(text), id=doc_id)
