"""Extend the cue lexicon (`core/data/cues.tsv`) with speech verbs from WordNet and UD, beyond PolNeAR.

    python training/mine_cues.py --polnear /path/to/polnear --out core/data/cues.tsv   # first
    python training/extend_cues.py [--wordnet /usr/share/wordnet] [--ud ../shared/data/ud] \
        [--cues core/data/cues.tsv]

The mined lexicon only knows the reporting verbs of political news; fiction, features and local news
use verbs of manner of speaking ("whispered", "muttered", "snapped", "stammered") that PolNeAR never
annotates. This script adds them at build time (nothing here runs when quotetrace runs) from two
sources and records each row's sources in the `source` column (`+`-joined):

- `wordnet`: Princeton WordNet 3.0 (Fellbaum 1998; its licence, which allows this use with its notice, is
  copied at the head of `core/data/person_nouns.txt`), read from its database files (`data.verb`, as
  Debian's `wordnet-base` package installs them under /usr/share/wordnet; format in `wndb(5WN)`). A
  single-word verb is a speech verb when one of its two commonest senses (`index.verb` order) is in the
  verb.communication lexicographer file (number 32) and either takes the sentence frame 26,
  "Somebody ----s that CLAUSE", or sits at most `ROOT_DEPTH` hypernym links below a sense of saying
  (`_SPEECH_ROOTS`: "talk, speak: express in speech", "utter, emit: express audibly", "state, say,
  tell: express in words", "say: utter aloud", "express, verbalize: articulate"). That keeps
  whisper, mutter, snap, stammer and yell, and leaves out verbs of communication that report no words
  (thank, bless, chair, deal) and verbs whose speech sense is rare (break, cover).
- `ud`: UD English EWT and GUM train (CoNLL-U): a verb counted when a `ccomp` or `parataxis` of it,
  or the clause it is the `parataxis` of, is quoted speech (a quotation mark inside or right beside
  it), at least `UD_MIN_COUNT` times, and WordNet's commonest two senses of the verb include one in
  verb.communication (which drops the treebanks' "be like", "go" and noise).
- `hand`: `_BODY_SPEECH` below, verbs WordNet files only under verb.body (bodily noises) that news
  features still use as speech tags (`"Please," the boy whimpered.`).

`_NOT_REPORTS` names the few listed verbs left out, with the reason. Rows PolNeAR already has keep
every number and gain the other sources they appear in; their source starts with `polnear`. New rows
get `count` 0, `share` 0 and `rate` 0.0 (not measured: no PolNeAR evidence), so the rules that need
a corpus rate (a verb's object or topic read as the report, a weak cue closing a sentence) never
fire on them; `CueLexicon.is_cue_verb` treats a row listed by these sources as a cue verb at the
default evidence threshold only. Re-running the script is idempotent: rows without `polnear` in
their source are rebuilt from scratch.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from quotetrace.core.cues import TSV_COLUMNS, seed_cue_type

HERE = Path(__file__).resolve().parents[1]
COMMUNICATION = 32  # lexicographer file verb.communication (lexnames(5WN))
THAT_CLAUSE_FRAME = 26  # "Somebody ----s that CLAUSE" (wninput(5WN))
_SPEECH_ROOTS = frozenset({
    "00942008",  # talk, speak, utter, mouth, verbalize: express in speech
    "00983842",  # utter, emit, let out, let loose: express audibly
    "01009258",  # state, say, tell: express in words
    "00979888",  # say: utter aloud
    "00940402",  # express, verbalize, utter, give tongue to: articulate
})
_BODY_SPEECH = ("whimper", "sob", "gasp", "laugh", "chuckle", "giggle")
# A manner of saying sits a step or two below a sense of saying (whisper < talk, stammer < bumble <
# talk, growl < grumble < utter); deeper down the tree leads to acts done by talking (deal < cover <
# broach < hash out < talk of < talk; doom < destine < ordain < decree < declare < state).
ROOT_DEPTH = 2
# The speech sense must be one of the verb's two commonest senses ("snap", "sigh": yes; "break",
# "blow", "cover", whose speech senses come 15th, 19th and 5th: no).
MAX_SENSE_RANK = 2
UD_MIN_COUNT = 2
# Listed by a source above, but their clausal complement is seldom anyone's words in news: an action
# ("ensure that"), a modal's homograph ("will"), a pretence or a supposition; and the telegraph verbs,
# which today mostly send money or lay cable ("wired the funds").
_NOT_REPORTS = frozenset({"ensure", "will", "suppose", "pretend", "feign", "sham", "teach", "wire", "cable",
                          "telegraph"})
UD_FILES = ("en_ewt-ud-train.conllu", "en_gum-ud-train.conllu")
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def wordnet_senses(data_verb: Path) -> Iterator[tuple[str, int, list[str], list[str], dict[str, set[int]]]]:
    """(offset, lexicographer file, words, hypernym offsets, frames per word) per verb synset."""
    for line in data_verb.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        i = 4 + 2 * count
        pointers = int(fields[i])
        hypernyms = [fields[i + 2 + 4 * k] for k in range(pointers) if fields[i + 1 + 4 * k] in ("@", "@i")]
        i += 1 + 4 * pointers
        frames: dict[str, set[int]] = defaultdict(set)
        if i < len(fields):
            for k in range(int(fields[i])):
                frame, word = int(fields[i + 2 + 3 * k]), int(fields[i + 3 + 3 * k], 16)
                for position, w in enumerate(words, start=1):
                    if word in (0, position):
                        frames[w].add(frame)
        yield offset, lexfile, words, hypernyms, frames


def sense_ranks(index_verb: Path) -> dict[str, dict[str, int]]:
    """Lemma -> synset offset -> rank of that sense (1 = most frequent; index.verb lists a lemma's
    senses by their frequency in the semantic concordance)."""
    ranks: dict[str, dict[str, int]] = {}
    for line in index_verb.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        senses, pointers = int(fields[2]), int(fields[3])
        offsets = fields[6 + pointers : 6 + pointers + senses]
        ranks[fields[0]] = {offset: rank for rank, offset in enumerate(offsets, start=1)}
    return ranks


def wordnet_speech_verbs(wordnet: Path) -> tuple[set[str], set[str]]:
    """(speech verbs, verbs with a verb.communication sense among their two commonest); single words."""
    senses = list(wordnet_senses(wordnet / "data.verb"))
    ranks = sense_ranks(wordnet / "index.verb")
    parents = {offset: hypernyms for offset, _, _, hypernyms, _ in senses}

    def near_root(offset: str) -> bool:
        level = {offset}
        for _ in range(ROOT_DEPTH + 1):
            if level & _SPEECH_ROOTS:
                return True
            level = {parent for current in level for parent in parents.get(current, [])}
        return False

    speech: set[str] = set()
    communication: set[str] = set()
    for offset, lexfile, words, _, frames in senses:
        if lexfile != COMMUNICATION:
            continue
        rooted = near_root(offset)
        for word in words:
            if "_" in word or not word.isalpha():
                continue
            if ranks.get(word, {}).get(offset, MAX_SENSE_RANK + 1) > MAX_SENSE_RANK:
                continue
            communication.add(word)
            if rooted or THAT_CLAUSE_FRAME in frames.get(word, set()):
                speech.add(word)
    return speech, communication


Row = tuple[int, str, str, str, int, str]  # id, form, lemma, UPOS, head, deprel


def _conllu_sentences(path: Path) -> Iterator[list[Row]]:
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            f = line.split("\t")
            if "-" in f[0] or "." in f[0]:
                continue
            rows.append((int(f[0]), f[1], f[2].lower(), f[3], int(f[6]) if f[6] != "_" else 0, f[7]))
    if rows:
        yield rows


def _subtree(kids: dict[int, list[int]], top: int) -> set[int]:
    found, stack = {top}, [top]
    while stack:
        for k in kids[stack.pop()]:
            if k not in found:
                found.add(k)
                stack.append(k)
    return found


def _reports_quote(sentence: list[Row], kids: dict[int, list[int]], row: Row) -> bool:
    """A clause of the verb (ccomp, parataxis) or the clause it interrupts holds a quotation mark."""
    index, _, _, _, head, rel = row
    text = {r[0]: r[1] for r in sentence}
    deprel = {r[0]: r[5].split(":")[0] for r in sentence}
    clauses = [_subtree(kids, k) for k in kids[index] if deprel[k] in ("ccomp", "parataxis")]
    if rel.split(":")[0] == "parataxis" and head:
        clauses.append(_subtree(kids, head) - _subtree(kids, index))
    return any(
        any(text.get(j) in _QUOTE_MARKS for j in range(min(c) - 1, max(c) + 2)) for c in clauses if c
    )


def ud_quoting_verbs(ud: Path) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """How often each verb lemma reports quoted speech in UD EWT and GUM train, and its forms."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for name in UD_FILES:
        for sentence in _conllu_sentences(ud / name):
            kids: dict[int, list[int]] = defaultdict(list)
            for row in sentence:
                kids[row[4]].append(row[0])
            for row in sentence:
                if row[3] == "VERB" and _reports_quote(sentence, kids, row):
                    counts[row[2]] += 1
                    forms[row[2]][row[1].lower()] += 1
    return counts, forms


def read_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    for row in rows:
        row.setdefault("source", "polnear")
    return [row for row in rows if "polnear" in row["source"].split("+")]


def extend(
    rows: list[dict[str, str]], wordnet: set[str], ud: set[str], forms: dict[str, Counter[str]]
) -> list[dict[str, str]]:
    known = {row["lemma"] for row in rows}
    for row in rows:
        lemma = row["lemma"]
        row["source"] = "+".join(["polnear"] + [name for name, words in (("wordnet", wordnet), ("ud", ud))
                                                if lemma in words])
    added: list[dict[str, str]] = []
    hand = set(_BODY_SPEECH)
    for lemma in sorted((wordnet | ud | hand) - known - _NOT_REPORTS):
        sources = [name for name, words in (("wordnet", wordnet), ("ud", ud), ("hand", hand)) if lemma in words]
        seen = [form for form, _ in forms.get(lemma, Counter()).most_common(5)]
        added.append({"lemma": lemma, "pos": "VERB", "type": seed_cue_type(lemma), "count": "0",
                      "share": "0.000000", "rate": "0.0000", "example_forms": "|".join(seen or [lemma]),
                      "source": "+".join(sources)})
    return rows + added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--ud", type=Path, default=HERE.parent / "shared" / "data" / "ud")
    parser.add_argument("--cues", type=Path, default=HERE / "core" / "data" / "cues.tsv")
    args = parser.parse_args()
    if not (args.wordnet / "data.verb").is_file():
        print(f"no WordNet at {args.wordnet} (data.verb); on Debian: apt-get install wordnet-base", file=sys.stderr)
        return 2
    speech, communication = wordnet_speech_verbs(args.wordnet)
    counts, forms = ud_quoting_verbs(args.ud)
    ud = {lemma for lemma, n in counts.items() if n >= UD_MIN_COUNT and lemma in communication}
    rows = extend(read_rows(args.cues), speech, ud, forms)
    lines = ["\t".join(TSV_COLUMNS)] + ["\t".join(row[c] for c in TSV_COLUMNS) for row in rows]
    args.cues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    new = [row for row in rows if not row["source"].startswith("polnear")]
    print(f"{len(rows)} rows, {len(new)} new: wordnet {len(speech)} speech verbs, ud {len(ud)} quoting verbs",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
