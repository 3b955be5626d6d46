"""The cue lexicon: words and short patterns that introduce a report ("said", "according to",
"polls show", "said in a statement"), with a type and how often PolNeAR's annotators marked them.

The data lives in `data/cues.tsv`, mined from the PolNeAR train split by
`training/mine_cues.py`; only derived statistics (lemmas, counts, short cue forms) are stored.
This package holds everything the miner and the quote finders must agree on, so a cue found at
run time is normalised exactly as the mined ones were:

- `lemmatize_verb` / `lemmatize_noun` (`core/lemmatize.py`): rule lemmatisers (no model), also a
  fallback where the statistical lemmatiser gets a verb wrong;
- `seed_cue_type` (`seeds.py`): the hand-made table that decides speech / thought / evidence;
- `normalize_cue` (`keys.py`): a cue's surface words -> its lexicon key (`"has also said"` -> `say`,
  `"said in a statement"` -> `say_in_statement`, `"according to"` -> `accord_to`);
- `CueLexicon` / `load_cue_lexicon` (`lexicon.py`): the packaged table, typed.

Multiword keys join their words with `_`; the first word is the head (a lemma), the rest are the
particles and nouns that made the pattern worth keeping.
"""

from ..lemmatize import lemmatize_noun, lemmatize_verb
from .keys import FIXED_CUES, CueKey, CuePos, is_cue_form, is_multiword, normalize_cue
from .lexicon import TSV_COLUMNS, CueEntry, CueLexicon, load_cue_lexicon, parse_cue_tsv
from .seeds import seed_cue_type

__all__ = [
    "CueEntry",
    "CueKey",
    "CueLexicon",
    "CuePos",
    "FIXED_CUES",
    "TSV_COLUMNS",
    "is_cue_form",
    "is_multiword",
    "lemmatize_noun",
    "lemmatize_verb",
    "load_cue_lexicon",
    "normalize_cue",
    "parse_cue_tsv",
    "seed_cue_type",
]
