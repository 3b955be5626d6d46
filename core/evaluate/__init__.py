r"""Score quote predictions against gold attributions in brat standoff (PolNeAR / PARC style).

## Evaluation

**Gold.** A gold folder holds `text/<stem>.txt` and `attributions/<stem>_<annotator>.ann`
(`attributions/<stem>.ann` is accepted too). Texts are read with `newline=''` and every offset is a
code-point offset; each span's stored text is checked against the `.txt` (ignoring whitespace).
Each `E` record that has a `Content` role is one gold quote: its content is the union of the
`Content` and `Content2` fragments (a fragment list `s e;s e` is a discontinuous span), its source
is the `Source` span (none for `Attribution-no-source`) and its cue the `Cue` span. `E` records
without a `Content` role are skipped. `Discuss` and `Discard` spans are annotator notes and
`Attribution` spans are event triggers: neither is a quote. When an article has several `.ann` files
(one per annotator) the file whose name sorts first is the gold, and the report lists each such
choice. Other folders, such as `attributions-other-annotators/`, are not read.

**Predictions.** One `quotetrace/1` record per document (what `quotetrace` writes, one JSON object
per line in a `.jsonl` file), tied to the gold by `id` == the text's stem. A gold document without
a record counts as a document where the system found nothing; records with an unknown `id` are
listed in the report and ignored.

**Words.** Scores count word tokens, not characters: a word is a run of letters and digits
(`[^\W_]+`), so punctuation and white space never count. A span covers every word it overlaps by
at least one character, so a span that starts or ends mid-word covers the whole word. Quotes whose
content covers no word are left out on both sides (the report counts them). Two source, speaker or
cue spans *agree* when they share a word, or, when one of them covers no word (PolNeAR has cues
that are only `:` or `--`), when they share a character.

**Direct and indirect.** A gold quote is *direct* when its content text contains a double
quotation mark (`“ ” „ ‟ " « » ‹ ›`, or `''` and ` `` `), or a pair of single quotation marks
around a phrase: an opening `‘` or `'` at the start of a word (after the start of the text, a
space, a bracket or a dash) followed later by a closing `’` or `'` at the end of a word (before the
end of the text, a space or punctuation). Apostrophes inside a word (*don't*, *O'Malley's*),
elisions (*the '90s*, *'em*, *'til*, *rock 'n' roll*) and a lone plural possessive
(*students' books*) are not quotation marks. Mixed quotes (a paraphrase with a quoted fragment)
are direct. Every other gold quote is *indirect*. A predicted quote is direct when its `kind` is
`direct` or `mixed`.

**Matching.** Within each document, gold and predicted quotes are paired one-to-one, greedily:
candidate pairs are taken in order of shared words (most first), then Jaccard overlap of the word
sets, then whether the speaker agrees with the gold source, then text position. Each gold and each
predicted quote is used at most once.

**Metrics.** All micro-averaged: counts and credits are summed over every document before dividing.
Precision divides by the number of predicted quotes, recall by the number of gold quotes, and F1 is
their harmonic mean.

- *Content exact*: a pair whose content word sets are identical (paired one-to-one).
- *Content partial* (soft overlap, as in Pareti 2016 and Scheible et al. 2016): pairs share at least
  one word; each pair earns precision credit `shared / predicted words` and recall credit
  `shared / gold words`. Precision is the summed precision credit over the number of predictions,
  recall the summed recall credit over the number of gold quotes.
- *Content matched*: a pair where the shared words are at least 50 % of the gold words and at least
  50 % of the predicted words. Source, cue and end-to-end scores are computed on these pairs.
- *Source* P/R/F1, over content-matched pairs: a pair is correct when the predicted speaker span
  agrees with the gold source span. Precision divides by the pairs whose prediction names a
  speaker, recall by the pairs whose gold has a source; pairs where neither side has one are not
  counted here.
- *Cue accuracy*, over content-matched pairs whose gold has a cue: the share whose predicted cue
  agrees with the gold cue.
- *End-to-end* P/R/F1: a pair that is content-matched and whose predicted speaker agrees with
  the gold source, or, for a gold quote without a source, whose prediction has no speaker either.

Each metric is reported for *all* quotes, *direct* ones and *indirect* ones. Matching ignores the
kind. Recall-side numbers are counted under the gold quote's kind, and precision-side numbers under
the predicted quote's kind, so a direct gold quote found as indirect still counts as found. The
per-pair scores (source, cue) are counted under the gold quote's kind. A ratio with a zero
denominator is `null`. F1 is 0 when either side is 0 or `null`, and `null` when both are `null`.

**Errors** (`find_errors`). *Misses* are gold quotes that are not content-matched: those with the
least overlap with any prediction come first, then longer ones first. *False alarms* are predicted
quotes that are not content-matched: least overlap first, then the most confident, then longer ones.
*Wrong source* lists content-matched pairs that fail end-to-end, confident ones first. Each error
has its content, about 60 characters of context on each side (stopping at a paragraph break), the
gold source and the predicted speaker. For a miss or a false alarm, these come from the quote on
the other side that overlaps it most.
"""


from ..brat import GoldAttribution, GoldDocument, gold_to_records, is_direct, parse_ann, read_brat_corpus
from .matching import MATCH_THRESHOLD
from .predictions import read_predictions_jsonl
from .report import find_errors
from .scoring import KINDS, REPORT_SCHEMA, quote_outcomes, score

# the gold side lives in brat.py; its public names stay importable from here
__all__ = ["KINDS", "MATCH_THRESHOLD", "REPORT_SCHEMA", "GoldAttribution", "GoldDocument", "find_errors",
           "gold_to_records", "is_direct", "parse_ann", "quote_outcomes", "read_brat_corpus", "read_predictions_jsonl",
           "score"]
