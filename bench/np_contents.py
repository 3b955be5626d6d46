"""Bare noun-phrase contents ('praised the plan', 'announced a supply deal') on PolNeAR: how often each
kind is right end to end, at what mean confidence, per mode.

    .venv/bin/python bench/np_contents.py --documents DIR --states DIR [--head FILE] [--modes hybrid,model]

--documents and --states as for `bench/attribution.py` (cached stanza Documents and MiniLM word states,
outside the repository). A quote counts when it is indirect, has a cue verb, and its content has no
verb, auxiliary or quotation mark. Each is put in one class: `stance` (the content is only what a verb
of praise, blame or support is about: `quotes.indirect.objects.stance_target`), `object-content` (a cue
of `object-content-cues`: 'announced', 'confirmed'), or `other`; and by the content's top word: a
person (a name or a person noun), a pronoun or a thing. Prints one line per (split, mode, class, head)
with quotes, share right and mean confidence, so a cap or a drop of a class can be weighed against
what PolNeAR's annotators marked (PolNeAR marks many such contents; the share right is theirs).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "training"))

import attribution as recipe  # noqa: E402  (training/attribution.py: its readers and predict)
from quotetrace.core.attribution.listeners import _is_person, cue_heads  # noqa: E402
from quotetrace.core.attribution.runner import load_attribution_model  # noqa: E402
from quotetrace.core.cues import load_cue_lexicon  # noqa: E402
from quotetrace.core.evaluate import quote_outcomes  # noqa: E402
from quotetrace.core.model import Document, Span  # noqa: E402
from quotetrace.core.quotes.indirect.objects import stance_target  # noqa: E402
from quotetrace.core.quotes.marks import QUOTE_MARKS  # noqa: E402
from quotetrace.core.syntax import cue_lemma  # noqa: E402
from quotetrace.core.wordlists import words  # noqa: E402

_OBJECT_CONTENT = words("object-content-cues")


def classify(doc: Document, quote: dict[str, Any]) -> tuple[str, str] | None:
    """(class, head) of a bare noun-phrase content, or None for any other quote."""
    if quote["kind"] != "indirect" or quote["cue"] is None:
        return None
    tokens = [t for start, end in quote["spans"] for t in doc.tokens_in(Span(start, end))]
    if not tokens or any(t.upos in ("VERB", "AUX") for t in tokens) or any(c in QUOTE_MARKS for c in quote["text"]):
        return None
    verbs = cue_heads(doc, Span(quote["cue"]["start"], quote["cue"]["end"]))
    if not verbs:
        return None
    members = {t.index for t in tokens}
    top = next(t for t in tokens if t.head not in members)
    head = "pronoun" if top.upos == "PRON" else "person" if _is_person(top) else "thing"
    if stance_target(doc, verbs, tokens):
        return "stance", head
    return ("object-content" if any(cue_lemma(v) in _OBJECT_CONTENT for v in verbs) else "other"), head


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--states", type=Path, required=True)
    parser.add_argument("--head", type=Path, default=HERE / "core" / "bundled" / "attribution.safetensors")
    parser.add_argument("--modes", default="hybrid,model")
    args = parser.parse_args()
    model = load_attribution_model(args.head, None, load_cue_lexicon())
    tally: dict[tuple[str, ...], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for split in ("dev", "train80"):
        gold, documents = recipe._gold(args.polnear, split), recipe._documents(args.documents, split)
        states = recipe._cached_states(args.states, "dev" if split == "dev" else "train")
        by_id = {d.id: d for d in documents}
        for mode in args.modes.split(","):
            records = recipe.predict(documents, model, states, mode)
            outcomes = quote_outcomes(gold, records)
            for doc_id, record in records.items():
                for quote in record["quotes"]:
                    found = classify(by_id[doc_id], quote)
                    if found is None:
                        continue
                    for key in ((split, mode, found[0], found[1]), (split, mode, found[0], "all")):
                        row = tally[key]
                        row[0] += 1
                        row[1] += bool(outcomes.get((doc_id, quote["id"])))
                        row[2] += quote["confidence"]
    print("split    mode    class           head     quotes  right  mean confidence")
    for (split, mode, kind, head), (count, right, confidence) in sorted(tally.items()):
        print(f"{split:8} {mode:7} {kind:15} {head:8} {count:6}  {100 * right / count:5.1f}  {confidence / count:.2f}")


if __name__ == "__main__":
    main()
