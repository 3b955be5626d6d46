"""The stanza adapter: the only module that imports stanza.

It builds the pipeline once (explicit model paths, `download_method=None`, so nothing is fetched
at run time), sends many paragraphs through stanza in one bulk call, and converts stanza's output
into our `Document`. Paragraphs are annotated separately so that no sentence ever crosses a
paragraph break (headlines and bylines have no final full stop) and every offset is shifted back
into the exact input text.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import ModelError, ModelNotFound
from .model import Document, Sentence, Span, Token
from .models import ModelSet, stanza_resources_dir
from .text import split_paragraphs

_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"


class Annotator:
    """Turns raw texts into `Document`s. Build once per process: loading models takes seconds."""

    def __init__(self, models: ModelSet, *, threads: int | None = None) -> None:
        self.models = models
        self._pipeline = _build_pipeline(models, threads)

    def annotate(self, texts: Sequence[str], ids: Sequence[str] | None = None) -> list[Document]:
        ids = list(ids) if ids is not None else [str(i) for i in range(len(texts))]
        layouts = [split_paragraphs(text) for text in texts]
        pieces = [paragraph.text_of(text) for text, paragraphs in zip(texts, layouts, strict=True)
                  for paragraph in paragraphs]
        annotated = self._run(pieces)
        documents: list[Document] = []
        cursor = 0
        for text, doc_id, paragraphs in zip(texts, ids, layouts, strict=True):
            chunk = annotated[cursor : cursor + len(paragraphs)]
            cursor += len(paragraphs)
            documents.append(_to_document(text, doc_id, paragraphs, chunk))
        return documents

    def _run(self, pieces: list[str]) -> list[Any]:
        if not pieces:
            return []
        import stanza

        try:
            return list(self._pipeline([stanza.Document([], text=piece) for piece in pieces]))
        except Exception as exc:  # stanza raises many types; the caller only needs to know it failed
            raise ModelError(f"stanza failed while annotating: {type(exc).__name__}: {exc}") from exc


_SHARED: dict[tuple[str, str, str, int | None], Annotator] = {}


def shared_annotator(models: ModelSet, *, threads: int | None = None) -> Annotator:
    """One annotator per model set and process: loading stanza's models takes seconds."""
    key = (models.source, str(models.root), models.variant, threads)
    if key not in _SHARED:
        _SHARED[key] = Annotator(models, threads=threads)
    return _SHARED[key]


def _build_pipeline(models: ModelSet, threads: int | None) -> Any:
    try:
        import stanza
        import torch
    except ImportError as exc:
        raise ModelNotFound(f"stanza is not installed ({exc}); install quotetrace as the README says") from exc
    if threads:
        torch.set_num_threads(threads)
    logging.getLogger("stanza").setLevel(logging.ERROR)
    config: dict[str, Any] = {
        "lang": "en",
        "processors": _PROCESSORS,
        "download_method": None,
        "use_gpu": _want_gpu(),
        "logging_level": "ERROR",
        "tokenize_batch_size": 64,
        "pos_batch_size": 3000,
        "depparse_batch_size": 3000,
    }
    if models.source == "stanza":
        config["dir"] = str(models.root)
    else:
        # stanza insists on a resources.json even when every model path is explicit; an empty one
        # is enough and keeps it from reaching for the network.
        config["dir"] = _empty_resources_dir()
        for processor, path in models.files.items():
            config[f"{processor}_model_path"] = str(path)
        for processor in ("pos", "depparse"):
            config[f"{processor}_pretrain_path"] = None
    try:
        if models.transformers:
            config["foundation_cache"] = transformer_cache(models.transformers)
        return stanza.Pipeline(**config)
    except Exception as exc:
        raise ModelError(f"cannot load the {models.source} models from {models.root}: {exc}") from exc


def transformer_cache(transformers: dict[str, Path]) -> Any:
    """A stanza foundation cache that already holds each transformer, loaded from its local
    directory under the name the tagger's checkpoint records (its hub name), so stanza never looks
    the name up on a hub.

    Our own encoder (`encoder.load_encoder`) reads a BERT in about a second; a model it does not
    implement goes through `transformers`, whose import alone takes seconds."""
    from stanza.models.common.foundation_cache import BertRecord, FoundationCache

    from .encoder import load_encoder

    cache = FoundationCache(local_files_only=True)
    for name, directory in transformers.items():
        try:
            model, tokenizer = load_encoder(directory)
        except ModelError:
            model, tokenizer = _load_with_transformers(cache, directory)
        cache.bert[name] = BertRecord(model, tokenizer, {})
    return cache


def _load_with_transformers(cache: Any, directory: Path) -> tuple[Any, Any]:
    # before transformers is imported: no hub lookups, no progress bars on our stderr
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    except ImportError as exc:
        raise ModelNotFound(f"the tagger needs the transformers package ({exc}): "
                            "pip install 'quotetrace[minilm]', or use --models bundled-small") from exc
    model, tokenizer = cache.load_bert(str(directory))
    return model, tokenizer


def _want_gpu() -> bool:
    if os.environ.get("QUOTETRACE_CPU"):
        return False
    try:
        import torch

        return bool(torch.cuda.is_available())
    except Exception:
        return False


_RESOURCES_DIR: str | None = None


def _empty_resources_dir() -> str:
    global _RESOURCES_DIR
    if _RESOURCES_DIR is None:
        directory = Path(tempfile.mkdtemp(prefix="quotetrace-stanza-"))
        (directory / "resources.json").write_text("{}", encoding="utf-8")
        _RESOURCES_DIR = str(directory)
    return _RESOURCES_DIR


def _to_document(text: str, doc_id: str, paragraphs: tuple[Span, ...], annotated: list[Any]) -> Document:
    sentences: list[Sentence] = []
    index = 0
    for paragraph, stanza_doc in zip(paragraphs, annotated, strict=True):
        for stanza_sentence in stanza_doc.sentences:
            tokens: list[Token] = []
            first = index
            for stanza_token in stanza_sentence.tokens:
                start = paragraph.start + stanza_token.start_char
                end = paragraph.start + stanza_token.end_char
                for word, span in zip(stanza_token.words, _word_spans(text, start, end, stanza_token.words),
                                      strict=True):
                    head = first + word.head - 1 if word.head else -1
                    tokens.append(
                        Token(
                            index=index,
                            span=span,
                            text=span.text_of(text),
                            upos=word.upos or "X",
                            lemma=word.lemma or span.text_of(text).lower(),
                            head=head,
                            deprel=word.deprel or "dep",
                            ner="O",
                            sentence=len(sentences),
                            feats=word.feats or "",
                        )
                    )
                    index += 1
            if tokens:
                sentences.append(
                    Sentence(index=len(sentences), span=Span(tokens[0].span.start, tokens[-1].span.end),
                             tokens=tuple(tokens))
                )
    return Document(text=text, sentences=tuple(sentences), paragraphs=paragraphs, id=doc_id)


def _word_spans(text: str, start: int, end: int, words: Sequence[Any]) -> list[Span]:
    """Character spans of the syntactic words inside one token.

    stanza gives offsets for tokens only. A multi-word token ("don't" → do + n't) usually spells
    its words out in order, so each word gets its own piece; when it does not ("won't" → will),
    the first word takes the whole token and the rest get empty spans at its end, which keeps
    `text[start:end]` true for every span we report.
    """
    if len(words) == 1:
        return [Span(start, end)]
    surface = text[start:end]
    spans: list[Span] = []
    cursor = 0
    for word in words:
        piece = word.text or ""
        found = surface.lower().find(piece.lower(), cursor) if piece else -1
        if found != cursor:
            return [Span(start, end)] + [Span(end, end)] * (len(words) - 1)
        spans.append(Span(start + cursor, start + cursor + len(piece)))
        cursor += len(piece)
    if cursor != len(surface):
        spans[-1] = Span(spans[-1].start, end)
    return spans


def download_official_models(resources_dir: Path | None = None) -> Path:
    """Fetch stanza's official English models with stanza's own downloader into `resources_dir`
    (default: stanza's resources directory) and return that directory.

    Raises `ModelNotFound` (one line, saying the bundled model stays in use) when the download fails,
    e.g. offline. Lives here, not in `models.py`, because only this module may import stanza."""
    root = resources_dir or stanza_resources_dir()
    try:
        import stanza

        logging.getLogger("stanza").setLevel(logging.ERROR)
        stanza.download("en", model_dir=str(root), processors=_PROCESSORS, logging_level="ERROR")
    except Exception as exc:
        reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise ModelNotFound(
            f"could not download stanza's English models ({type(exc).__name__}: {reason}); "
            "the bundled model remains in use"
        ) from exc
    return root
