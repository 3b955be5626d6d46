"""Write `core/data/person_nouns.txt`: nouns whose commonest sense denotes a person, from WordNet 3.0
(and, with `--kind event-group`, `core/data/event_group_nouns.txt`: nouns whose commonest sense is an
event or a group, the objects of a reporting verb that are no statement).

    python training/person_nouns.py [--wordnet /usr/share/wordnet] [--kind person|event-group] [--out FILE]

Speaker resolution's hand-made lists (`speaker_words.json`) name the roles that news attributes to
(minister, spokesperson) and decide types and descriptions. Pronoun resolution needs more: any singular
person noun can be what a later "he" or "she" refers to ("The caretaker locked the gate. He said…").
This script takes from Princeton WordNet 3.0 (Fellbaum 1998; the database files as Debian's
`wordnet-base` package installs them) every single lower-case word whose first, most frequent noun
sense in `index.noun` belongs to the noun.person lexicographer file (number 18) and is written in lower
case there (not a name such as Aaron): caretaker, referee,
nurse, coach; not head (a body part first), principal (a sum of money first) or ruling. Build time
only: quotetrace reads the text file, never WordNet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
NOUN_PERSON = 18  # lexicographer file noun.person (lexnames(5WN))
# The licence WordNet asks to appear on all copies of its database and of modifications of it.
WORDNET_LICENCE = """WordNet 3.0 licence (Princeton University):
Permission to use, copy, modify and distribute this software and database and its documentation for
any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the
following copyright notice and statements, including the disclaimer, and that the same appear on ALL
copies of the software, database and documentation, including modifications that you make for
internal use or for distribution.
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE
USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity pertaining
to distribution of the software and/or database. Title to copyright in this software, database and
any associated documentation shall at all times remain with Princeton University and LICENSEE agrees
to preserve same."""


def person_nouns(wordnet: Path) -> list[str]:
    return first_sense_nouns(wordnet, {NOUN_PERSON})


def first_sense_nouns(wordnet: Path, lexfiles: set[int]) -> list[str]:
    """Single lower-case words whose first noun sense in `index.noun` lies in one of `lexfiles`
    (lexicographer file numbers, lexnames(5WN)) and is written in lower case in its synset."""
    lexfile: dict[str, int] = {}
    common: dict[str, set[str]] = {}  # synset offset -> its words written in lower case
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
            count = int(fields[3], 16)
            common[fields[0]] = {w for w in (fields[4 + 2 * i] for i in range(count)) if w.islower()}
    found: list[str] = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first_sense = fields[6 + pointers]
        # A name ("Aaron", the index lower-cases it) is written with a capital in its synset.
        person = lexfile.get(first_sense) in lexfiles and lemma in common.get(first_sense, set())
        if lemma.isalpha() and person:
            found.append(lemma)
    return sorted(found)


NOUN_EVENT, NOUN_GROUP = 11, 14  # lexicographer files noun.event and noun.group (lexnames(5WN))
# what each --kind writes: lexicographer files, output file, what its header says
KINDS = {
    "person": ({NOUN_PERSON}, "person_nouns.txt", "noun.person"),
    # the objects that are no statement ('blamed the referee', 'declared a state of emergency',
    # 'announced a partnership'): quotes/indirect/objects.py reads them beside the person nouns
    "event-group": ({NOUN_EVENT, NOUN_GROUP}, "event_group_nouns.txt", "noun.event or noun.group"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--kind", choices=sorted(KINDS), default="person")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if not (args.wordnet / "index.noun").is_file():
        print(f"no WordNet at {args.wordnet} (index.noun); on Debian: apt-get install wordnet-base", file=sys.stderr)
        return 2
    lexfiles, name, described = KINDS[args.kind]
    out = args.out or HERE / "core" / "data" / name
    words = first_sense_nouns(args.wordnet, lexfiles)
    header = (f"# Nouns whose commonest WordNet 3.0 sense is in {described}; written by "
              f"training/person_nouns.py --kind {args.kind}.\n")
    header += "".join(f"# {line}\n" for line in WORDNET_LICENCE.splitlines())
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} {args.kind} nouns -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
