"""The attribution model at run time: words and features of a document, frozen MiniLM states,
the tagger's probabilities, assembled quotes, and the mode that combines them with the rules.

`AttributionModel.apply(doc, rule_quotes)` returns the quotes of the chosen mode: `rules` (the
rules' quotes unchanged), `model` (only the tagger's) or `hybrid` (`combine.combine`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import torch

from ..cues import CueLexicon
from ..encoder import Encoder, ForwardMemo, WordPieceTokenizer, shared_encoder
from ..errors import ModelError
from ..model import Document, Quote
from ..quotes.marks import find_quoted_spans
from ..rules import RULE_IDS
from .assemble import link, segments
from .combine import NEVER, combine, to_quotes
from .features import FEATURES, Words, split_words, word_features
from .plan import MODES, plan_attribution
from .states import LAYERS, sentence_states
from .support import TaggerView, reported_by_form
from .tagger import TAGS, Tagger, load_tagger

# rules split from an older one, measured as that rule where the policy has no entry of their own (fitted
# before they existed, or too few dev quotes: training/attribution.py MIN_QUOTES; the shipped policy measures
# `cue-object` itself and none of the others): `cue-object` (a verb's noun-phrase object) was part of
# `cue-complement` until 29 November; an interview's turns are transcript turns (`speaker-turn`), whose
# reading beats the model's where both read the same words; `coordinated-report` ('… and the chief
# executive, Joan Ives, said B') reads a cue `cue-complement` read before, with the first report's speaker
SPLIT_FROM: dict[str, str] = {"cue-object": "cue-complement", "interview-question": "speaker-turn",
                              "interview-answer": "speaker-turn", "coordinated-report": "cue-complement"}


@dataclass
class HybridPolicy:
    """What the hybrid reads from the model file's `hybrid` metadata (measured on PolNeAR dev):
    each rule's end-to-end precision, the rules whose quote beats an overlapping model quote, the
    calibration points of the model's confidence, the threshold a model quote must reach, the level
    from which it beats a reported-speech rule's quote, and the tagger support (`support.TaggerView`)
    under which a reported-speech rule quote is left out."""

    precision: dict[str, float] = field(default_factory=dict)
    rules_over_model: frozenset[str] = frozenset()
    calibration: tuple[tuple[float, float], ...] = ()
    threshold: float = 0.0  # the hybrid keeps model quotes of at least this calibrated confidence
    model_over_rule: float = NEVER  # from this calibrated confidence a model quote beats any reported-speech rule
    rule_support: float = 0.0  # a reported-speech rule quote the tagger supports less than this is left out

    @classmethod
    def from_json(cls, text: str, where: str) -> HybridPolicy:
        """The policy in `text` (`to_json`'s format; "" for none). Raises ModelError naming `where` for
        unreadable JSON or a rule id the registry (core/rules.py) lacks: the policy was measured per
        rule, so a rule renamed or removed since would silently lose its measured precision."""
        try:
            data = json.loads(text) if text else {}
            policy = cls(precision={str(k): float(v) for k, v in data.get("precision", {}).items()},
                         rules_over_model=frozenset(map(str, data.get("rules_over_model", []))),
                         calibration=tuple((float(x), float(y)) for x, y in data.get("calibration", [])),
                         threshold=float(data.get("threshold", 0.0)),
                         model_over_rule=float(data.get("model_over_rule", NEVER)),
                         rule_support=float(data.get("rule_support", 0.0)))
        except (ValueError, TypeError, AttributeError) as exc:
            raise ModelError(f"{where}: unreadable hybrid policy in its metadata ({exc})") from exc
        unknown = (set(policy.precision) | policy.rules_over_model) - RULE_IDS
        if unknown:
            raise ModelError(f"{where}: its hybrid policy names rules this quotetrace does not have "
                             f"({', '.join(sorted(unknown))}); measure the policy again "
                             "(training/attribution.py policy)")
        return policy.with_split_rules()

    def with_split_rules(self) -> HybridPolicy:
        """The policy with each rule split from an older one (`SPLIT_FROM`) given the entries of the rule
        it came from, when it has none of its own: its quotes were that rule's, or of its kind, when the
        policy was fitted on dev, or dev has too few of them to measure it on its own."""
        precision = dict(self.precision)
        over = set(self.rules_over_model)
        for rule, parent in SPLIT_FROM.items():
            if rule in precision or rule in over:
                continue
            if parent in precision:
                precision[rule] = precision[parent]
            if parent in over:
                over.add(rule)
        return replace(self, precision=precision, rules_over_model=frozenset(over))

    def to_json(self) -> str:
        return json.dumps({"precision": self.precision, "rules_over_model": sorted(self.rules_over_model),
                           "calibration": [list(point) for point in self.calibration],
                           "threshold": self.threshold, "model_over_rule": self.model_over_rule,
                           "rule_support": self.rule_support})


CHUNK_WORDS = 2000  # words tagged per chunk: all but the longest news articles are one chunk
CHUNK_CONTEXT = 100  # words read on either side of a chunk and not kept


def chunks(total: int, size: int = CHUNK_WORDS, context: int = CHUNK_CONTEXT) -> list[tuple[int, int, int, int]]:
    """(context start, start, end, context end) word indices, end exclusive, of the chunks that
    cover `total` words once each."""
    return [(max(0, start - context), start, min(total, start + size), min(total, start + size + context))
            for start in range(0, total, size)]


class AttributionModel:
    """The tagger, the encoder it reads and the combination mode; documents one at a time."""

    def __init__(self, tagger: Tagger, encoder: Encoder | None, tokenizer: WordPieceTokenizer | None,
                 lexicon: CueLexicon, mode: str = "hybrid", policy: HybridPolicy | None = None) -> None:
        if mode not in MODES:
            raise ModelError(f"attribution mode {mode!r}: choose one of {', '.join(MODES)}")
        self.tagger, self.encoder, self.tokenizer = tagger, encoder, tokenizer
        self.lexicon, self.mode, self.policy = lexicon, mode, policy or HybridPolicy()

    def states(self, doc: Document) -> torch.Tensor:
        """The tagger's input states of the document's words, [words, state size] (`sentence_states`)."""
        if self.encoder is None or self.tokenizer is None:
            raise ModelError("the attribution model was loaded without its transformer")
        return sentence_states(self.encoder, self.tokenizer, doc.sentences, split_words(doc.text, doc.paragraphs).spans)

    def model_quotes(self, doc: Document, states: torch.Tensor | None = None) -> list[Quote]:
        """The tagger's quotes (rule `model`); `states` [words, size] when already computed."""
        return self._read(doc, *self.tag(doc, states))

    def _read(self, doc: Document, words: Words, probabilities: torch.Tensor) -> list[Quote]:
        # the model alone reads BIO-constrained paths: on PolNeAR end-to-end F1 65.1 -> 66.2 (dev) and
        # 65.9 -> 67.4 (train[:80]), precision 71.1 -> 74.2 and 70.7 -> 74.5; the hybrid keeps the argmax
        # its policy was fitted on (refitted for paths it gave 70.9 -> 70.9 and 67.8 -> 67.4), 30 November
        attributions = link(words, segments(probabilities, constrained=self.mode == "model"))
        quoted = find_quoted_spans(doc.text, words.paragraphs)
        return to_quotes(doc, words, attributions, quoted, self.policy.calibration)

    def tag(self, doc: Document, states: torch.Tensor | None = None) -> tuple[Words, torch.Tensor]:
        """The document's words and the tagger's probabilities, [words, len(TAGS)]; `states`
        [words, size] when already computed. ModelError when they do not fit the words.

        Only the words of `doc.paragraphs` are read: all of the text for a document, one window's
        share for a window of a very long one (core/windows.py), which otherwise had the whole text
        tagged once per window and its quotes added by each."""
        words = split_words(doc.text, doc.paragraphs)
        if states is not None and states.shape[0] != len(words):
            raise ModelError(f"{states.shape[0]} word states for {len(words)} words")
        features = torch.tensor(word_features(words, self.lexicon)).reshape(len(words), len(FEATURES))
        probabilities = torch.zeros(len(words), len(TAGS))
        # a long text is read in chunks, so memory stays bounded whatever its length (the head was
        # trained on crops of a few hundred words; a chunk's edges get context of their own)
        for left, start, end, right in chunks(len(words)):
            if states is not None:
                part = states[left:right]
            elif self.encoder is None or self.tokenizer is None:
                raise ModelError("the attribution model was loaded without its transformer")
            else:
                part = sentence_states(self.encoder, self.tokenizer, doc.sentences, words.spans[left:right])
            found = self.tagger.probabilities(part, features[left:right])
            probabilities[start:end] = found[start - left : end - left]
        return words, probabilities

    def apply(self, doc: Document, rule_quotes: Sequence[Quote], states: torch.Tensor | None = None) -> list[Quote]:
        """The quotes of this model's mode for `doc`: the `rule_quotes` unchanged (rules), the tagger's
        (model), or both combined (`combine.combine`) less the reported-speech rule quotes the tagger does
        not support (`support.TaggerView.unsupported`) unless their form makes them reports
        (`support.reported_by_form`; hybrid). `states` [words, size] when already
        computed. ModelError as `tag` raises it."""
        if self.mode == "rules":
            return list(rule_quotes)
        words, probabilities = self.tag(doc, states)
        found = self._read(doc, words, probabilities)
        if self.mode == "model":
            return found
        found = [quote for quote in found if not in_heading(doc, quote)]
        combined = combine(found, rule_quotes, self.policy.precision, self.policy.rules_over_model,
                           self.policy.threshold, self.policy.model_over_rule)
        # the model checks the rules: a report the tagger reads as no report at all is left out, unless
        # its form alone makes it one
        view = TaggerView(words, probabilities)
        return [quote for quote in combined if not view.unsupported(quote, self.policy.rule_support)
                or reported_by_form(doc, self.lexicon, quote.rule, quote.cue, quote.parts)]


_SENTENCE_END = (".", "?", "!", ":", ";", "…", '"', "”", "’", "'", ")")


def in_heading(doc: Document, quote: Quote) -> bool:
    """Whether `quote` starts in a paragraph that does not end like a sentence — a headline, a byline,
    a dateline ("Harbour council backs flood wall"): the tagger reads "backs" there as a cue, but a
    heading reports nobody's words, so the hybrid does not add it."""
    if not doc.paragraphs:
        return False
    paragraph = doc.paragraphs[doc.paragraph_of(quote.parts[0].start)]
    return not paragraph.text_of(doc.text).rstrip().endswith(_SENTENCE_END)


def load_attribution_model(path: Path, transformer: Path | None, lexicon: CueLexicon,
                           mode: str = "hybrid") -> AttributionModel:
    """The tagger in `path` (safetensors) and, unless `transformer` is None, the encoder in that
    directory. ModelError when either cannot be read or they do not fit."""
    from safetensors import safe_open

    tagger = load_tagger(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = dict(handle.metadata() or {})
    except Exception as exc:  # the Rust library's own error types
        raise ModelError(f"cannot read the attribution model {path}: {exc}") from exc
    policy = HybridPolicy.from_json(metadata.get("hybrid", ""), str(path))
    encoder = tokenizer = None
    if transformer is not None:
        encoder, tokenizer = shared_encoder(transformer)
        if encoder.config.hidden_size * len(LAYERS) != tagger.config.state_size:
            raise ModelError(f"{path} reads {tagger.config.state_size} state values per word, "
                             f"the transformer in {transformer} gives {encoder.config.hidden_size * len(LAYERS)}")
        if encoder.memo is None or encoder.memo.layers != LAYERS:
            # stanza's part-of-speech tagger reads this encoder sentence by sentence: its states are kept
            # for the tagger here, which then runs no forward of its own (bench/attribution_speed.py)
            encoder.memo = ForwardMemo(LAYERS)
    return AttributionModel(tagger, encoder, tokenizer, lexicon, mode, policy)


def select_attribution(choice: str, lexicon: CueLexicon) -> AttributionModel | None:
    """`auto` (the mode the manifest measured best, else the rules alone), `rules`, `model` or
    `hybrid` -> the attribution model to run (None for the rules alone). ModelNotFound when
    `model` or `hybrid` is asked for and the model or its transformer is not installed."""
    plan = plan_attribution(choice)
    return None if plan is None else load_attribution_model(plan.path, plan.transformer, lexicon, plan.mode)


