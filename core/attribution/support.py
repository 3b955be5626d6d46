"""How far the tagger supports a reading it did not make itself: the hybrid's check on the rules.

A rule quote the model reads no quote on is where the two disagree most. The tagger's own belief in
the rule's reading — its content, cue and speaker each tagged in their role — tells a report from a
sentence the rules misread (`The United States spends more than twice as much…` read as a report by
`surface-that`, `Kasich entered the race as an underdog` by `cue-as-predicate`). On PolNeAR dev, of
the hybrid's 512 reported-speech rule quotes (right 70 % of the time), the 62 judged here whose support
was under the level the policy fitted (0.073) were right 9 times, the others 77 % of the time; on
train[:80], 56 of 450 with 11 right, the others 71 % (30 November, the three heads bundled then).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import torch

from ..model import Quote, Span
from .features import Words
from .tagger import TAGS

#: a missing cue or speaker counts this much, as in `combine.raw_confidence`
MISSING = 0.5
#: a cue the tagger reads as Content at least this much lies inside another report's content
NESTED = 0.5


class TaggerView:
    """A document's words and the tagger's probabilities over them ([words, len(TAGS)]), indexed once
    so that each reading is judged in time logarithmic in the words plus the words it covers."""

    def __init__(self, words: Words, probabilities: torch.Tensor) -> None:
        self.words, self.probabilities = words, probabilities
        self._ends = [span.end for span in words.spans]

    def words_over(self, span: Span) -> range:
        """Indices of the words that overlap `span` (code-point offsets, end exclusive)."""
        first = last = bisect.bisect_right(self._ends, span.start)
        while last < len(self._ends) and self.words.spans[last].start < span.end:
            last += 1
        return range(first, last)

    def role_probability(self, indices: Sequence[int], role: str) -> float | None:
        """The mean probability of `role` (B or I) over the words `indices`; None for no words."""
        if not indices:
            return None
        columns = [TAGS.index(f"B-{role}"), TAGS.index(f"I-{role}")]
        return float(self.probabilities[list(indices)][:, columns].sum(dim=1).mean())

    def support(self, parts: Sequence[Span], cue: Span | None, speaker: Span | None) -> float | None:
        """The tagger's belief that a reading is right: the mean Content probability over the words its
        content `parts` cover, times the mean Cue probability over the cue's words and the mean Source
        probability over the speaker mention's words (`MISSING` for a cue or speaker that is absent or
        covers no word), as `combine.raw_confidence` does for the tagger's own readings. None when the
        parts cover no word (nothing to judge)."""
        content = self.role_probability([i for part in parts for i in self.words_over(part)], "Content")
        if content is None:
            return None
        cue_found = self.role_probability(self.words_over(cue), "Cue") if cue is not None else None
        source = self.role_probability(self.words_over(speaker), "Source") if speaker is not None else None
        return content * (MISSING if cue_found is None else cue_found) * (MISSING if source is None else source)

    def inside_content(self, cue: Span | None) -> bool:
        """Whether the tagger reads a cue as part of a content (mean Content probability over its words at
        least `NESTED`): a report inside another one (`According to a French source, the Russian leader
        … agreed to withdraw thousands of troops`). PolNeAR gives each word to one attribution at most,
        so its annotators never mark such a report and the tagger, trained on it, cannot support one."""
        inside = self.role_probability(self.words_over(cue), "Content") if cue is not None else None
        return inside is not None and inside >= NESTED

    def judges(self, rule: str, kind: str, cue_type: str, cue: Span | None) -> bool:
        """Whether the hybrid judges a quote of `rule` by its support at all: only a rule's report, never
        the model's own, a quotation in marks (speech whoever said it), a report inside another
        (`inside_content`), or a verb of saying set off inside the sentence it reports (`The budget, Khan
        added, would be published in March`: a report by its form, rule `cue-parenthetical`, which the
        tagger, trained on few such short ones, read as nothing in tester 13's set; on PolNeAR dev and
        train[:80] the exception keeps no other quote)."""
        if rule == "model" or kind == "direct" or (rule == "cue-parenthetical" and cue_type == "speech"):
            return False
        return not self.inside_content(cue)

    def unsupported(self, quote: Quote, floor: float) -> bool:
        """Whether the hybrid leaves out a rule quote: one it `judges` whose `support` is under `floor`
        (fitted on PolNeAR dev, `training/attribution.py policy`; 0 keeps every one)."""
        if floor <= 0 or not self.judges(quote.rule, quote.kind, quote.cue_type, quote.cue):
            return False
        found = self.support(quote.parts, quote.cue, quote.speaker.span if quote.speaker is not None else None)
        return found is not None and found < floor
