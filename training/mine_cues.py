"""Mine the cue lexicon (`core/data/cues.tsv`) from the gold attributions of the PolNeAR train split.

    python training/mine_cues.py --polnear /path/to/polnear --out core/data/cues.tsv

Every Cue span that an attribution (E line) names is normalised with
`quotetrace.core.cues.normalize_cue` (lowercased, auxiliaries and adverbs dropped, the head
lemmatised, short particle/noun tails kept: "has also said" -> say, "according to" -> accord_to,
"said in a statement" -> say_in_statement) and counted. Only the train split is read: dev is kept
for measuring what the lexicon does.

Output columns (tab-separated, header row, sorted by count descending then lemma):

- `lemma`: the cue key; multiword keys join their words with `_`, the head first;
- `pos`: the head's part of speech, guessed per occurrence (a determiner before it makes a noun,
  an auxiliary before it a verb, word lists for the rest) and decided by majority;
- `type`: speech | thought | evidence from the hand-made seed table in
  `quotetrace.core.cues.seed_cue_type` (unknown lemmas are speech, the commonest kind);
- `count`: occurrences in train; `share`: count / all cue spans in train;
- `rate`: count / occurrences of the head word anywhere in the train texts (any word whose rule
  lemma is the head, in any part of speech), capped at 1: how far the word alone signals a cue
  ("argue" 0.85, "support" 0.22); rule code uses it to decide which verbs' objects are reports;
- `example_forms`: up to five distinct surface forms, commonest first, `|`-separated: short
  forms (at most four words) made only of the key's own words and the auxiliaries, negations
  and adverbs normalisation drops, so no article text rides along (`is_cue_form`).

Which rows are kept: a multiword key seen fewer than 3 times is folded into its head's row (its
tail was a one-off phrasing, but the head was still a cue), except fixed expressions such as
"according to"; then every key seen at least twice is written. PolNeAR has no licence, so only
these derived counts and short cue forms are committed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotetrace.core.cues import (
    FIXED_CUES,
    MINED_SOURCE,
    TSV_COLUMNS,
    CuePos,
    is_cue_form,
    is_multiword,
    lemmatize_noun,
    lemmatize_verb,
    normalize_cue,
    seed_cue_type,
)

SPLIT = "train"
MIN_COUNT = 2
MIN_MULTIWORD_COUNT = 3
MAX_FORMS = 5
MAX_FORM_WORDS = 4
MAX_FORM_CHARS = 40
# How much text before a cue `normalize_cue` sees: enough for the word before it.
BEFORE_CHARS = 40

# brat records start with an id and a tab; span text may contain newlines, so split on this
# instead of on lines.
_RECORD = re.compile(r"^(?=[TERAMN#]\d+\t)", re.MULTILINE)


@dataclass(frozen=True)
class CueSpan:
    """One gold cue: its text (fragments joined by a space) and the text just before it."""

    surface: str
    before: str


@dataclass
class _Tally:
    count: int = 0
    pos_votes: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)

    def absorb(self, other: _Tally) -> None:
        self.count += other.count
        self.pos_votes.update(other.pos_votes)
        self.forms.update(other.forms)


@dataclass(frozen=True)
class CueRow:
    lemma: str
    pos: str
    type: str
    count: int
    share: float
    rate: float
    example_forms: tuple[str, ...]


@dataclass(frozen=True)
class MiningResult:
    rows: tuple[CueRow, ...]
    total_cues: int
    distinct_keys: int
    articles: int
    skipped: tuple[str, ...] = ()


def parse_ann(text: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    """Text-bound spans by id (type, fragments) and the E records as role -> span id."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for record in _RECORD.split(text):
        if not record.strip():
            continue
        ident, _, rest = record.partition("\t")
        if ident.startswith("T"):
            header = rest.split("\t", 1)[0]
            kind, _, offsets = header.partition(" ")
            fragments = []
            for piece in offsets.split(";"):
                start, end = piece.split()
                fragments.append((int(start), int(end)))
            spans[ident] = (kind, fragments)
        elif ident.startswith("E"):
            roles: dict[str, str] = {}
            for argument in rest.split():
                role, _, target = argument.partition(":")
                roles[role] = target
            events.append(roles)
    return spans, events


def gold_cues(split_dir: Path, skipped: list[str] | None = None) -> Iterator[CueSpan]:
    """Every Cue span an attribution names, in the gold annotator's files.

    An E line that names a span of another type as its cue (one train file points at a Discuss
    span) is an annotation slip, not a cue: it is left out and noted in `skipped`."""
    for ann_path in sorted((split_dir / "attributions").glob("*.ann")):
        stem = ann_path.stem.rsplit("_", 1)[0]  # <stem>_<annotator>.ann
        text_path = split_dir / "text" / f"{stem}.txt"
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        spans, events = parse_ann(ann_path.read_text(encoding="utf-8"))
        cue_ids = {target for roles in events for role, target in roles.items() if role.startswith("Cue")}
        for cue_id in sorted(cue_ids, key=lambda i: int(i[1:])):
            kind, fragments = spans[cue_id]
            if kind != "Cue":
                if skipped is not None:
                    skipped.append(f"{ann_path.name}: {cue_id} is a {kind} span")
                continue
            surface = " ".join(text[start:end] for start, end in fragments)
            first = fragments[0][0]
            yield CueSpan(surface, text[max(0, first - BEFORE_CHARS) : first])


_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)?")


def head_occurrences(split_dir: Path) -> Counter[str]:
    """Rule lemmas of every word in the texts, each text counted once per annotation file read
    (as `gold_cues` reads it), so `count / occurrences` is a rate over the same material."""
    counts: Counter[str] = Counter()
    for ann_path in sorted((split_dir / "attributions").glob("*.ann")):
        stem = ann_path.stem.rsplit("_", 1)[0]
        text = (split_dir / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        counts.update(lemmatize_verb(match.group().lower()) for match in _WORD.finditer(text))
    return counts


def display_form(surface: str) -> str:
    """A cue's text as an example form: lowercased, one space between words, no edge punctuation."""
    form = " ".join(surface.lower().replace("\u2019", "'").replace("\u2018", "'").split())
    form = form.strip(' .,;:!?"()[]') or form.strip()
    return form.replace("|", "")


def example_forms(forms: Counter[str], lemma: str) -> tuple[str, ...]:
    """Up to MAX_FORMS short forms made of the key's own words, commonest first.

    When every occurrence was a longer phrasing ("came as a surprise" for come), the forms are
    cut down to the words that match the key ("came"), so a row still shows how its head looks.
    """
    ordered = [form for form, _ in sorted(forms.items(), key=lambda item: (-item[1], item[0]))]
    short = [
        form
        for form in ordered
        if len(form) <= MAX_FORM_CHARS and len(form.split()) <= MAX_FORM_WORDS and is_cue_form(form, lemma)
    ]
    if short:
        return tuple(short[:MAX_FORMS])
    key_words = set(lemma.split("_"))
    reduced: list[str] = []
    for form in ordered:
        words = [w.strip('.,;:!?"()[]') for w in form.split()]
        matching = [w for w in words if w and (lemmatize_verb(w) in key_words or lemmatize_noun(w) in key_words)]
        kept = " ".join(dict.fromkeys(matching))
        if kept and kept not in reduced:
            reduced.append(kept)
    return tuple(reduced[:MAX_FORMS])


def _head(lemma: str) -> str:
    return lemma.split("_", 1)[0]


def _majority_pos(votes: Counter[str]) -> str:
    # Ties go to VERB: most cues are verbs, and the lexicon is used mostly to vet verbs.
    preference: tuple[CuePos, ...] = ("VERB", "NOUN", "ADJ", "ADV", "ADP", "PUNCT")
    return max(votes, key=lambda pos: (votes[pos], -preference.index(pos) if pos in preference else -99))


def mine(polnear: Path) -> MiningResult:
    split_dir = polnear / SPLIT
    if not (split_dir / "attributions").is_dir() or not (split_dir / "text").is_dir():
        raise FileNotFoundError(f"{split_dir} must hold text/ and attributions/ (PolNeAR layout)")
    tallies: dict[str, _Tally] = {}
    total = 0
    skipped: list[str] = []
    for cue in gold_cues(split_dir, skipped):
        total += 1  # every gold cue counts towards the shares, keyed or not
        key = normalize_cue(cue.surface, cue.before)
        if key is None:
            continue
        tally = tallies.setdefault(key.lemma, _Tally())
        tally.count += 1
        tally.pos_votes[key.pos] += 1
        tally.forms[display_form(cue.surface)] += 1
    distinct = len(tallies)
    # Fold rare multiword keys into their head: "reserved ... for" seen once still shows that
    # "reserve" was a cue, and the head row is what a verb lookup finds.
    rare = [k for k, t in tallies.items() if is_multiword(k) and k not in FIXED_CUES and t.count < MIN_MULTIWORD_COUNT]
    for lemma in rare:
        tallies.setdefault(_head(lemma), _Tally()).absorb(tallies.pop(lemma))
    occurrences = head_occurrences(split_dir)
    rows = [
        CueRow(
            lemma=lemma,
            pos=_majority_pos(tally.pos_votes),
            type=seed_cue_type(lemma),
            count=tally.count,
            share=tally.count / total,
            rate=min(1.0, tally.count / max(occurrences[_head(lemma)], 1)),
            example_forms=example_forms(tally.forms, lemma),
        )
        for lemma, tally in tallies.items()
        if tally.count >= MIN_COUNT
    ]
    rows.sort(key=lambda r: (-r.count, r.lemma))
    articles = len(list((split_dir / "attributions").glob("*.ann")))
    return MiningResult(tuple(rows), total, distinct, articles, tuple(skipped))


def write_tsv(rows: Sequence[CueRow], path: Path) -> None:
    lines = ["\t".join(TSV_COLUMNS)]
    for row in rows:
        fields = (row.lemma, row.pos, row.type, str(row.count), f"{row.share:.6f}", f"{row.rate:.4f}",
                  "|".join(row.example_forms), MINED_SOURCE)
        lines.append("\t".join(fields))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def summary(result: MiningResult, top: int = 50) -> str:
    kept = sum(r.count for r in result.rows)
    top_count = sum(r.count for r in result.rows[:top])
    multiword = [r for r in result.rows if is_multiword(r.lemma)]
    by_type = Counter[str]()
    for row in result.rows:
        by_type[row.type] += row.count
    total = max(result.total_cues, 1)
    lines = [
        f"articles: {result.articles} ({SPLIT})",
        f"total cues: {result.total_cues} (skipped {len(result.skipped)} E lines whose cue is not a Cue span)",
        f"distinct lemmas (keys before folding/filtering): {result.distinct_keys}",
        f"rows written: {len(result.rows)} ({len(multiword)} multiword), covering {kept / total:.1%} of cues",
        f"coverage of top {top}: {top_count / total:.1%}",
        "by type: " + ", ".join(f"{t} {n / total:.1%}" for t, n in by_type.most_common()),
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR folder holding train/")
    parser.add_argument("--out", type=Path, required=True, help="where to write the TSV")
    args = parser.parse_args(argv)
    result = mine(args.polnear)
    write_tsv(result.rows, args.out)
    print(summary(result))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
