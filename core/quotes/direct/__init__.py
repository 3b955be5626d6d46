"""Direct quotes: text in quotation marks, attributed to a cue and a speaker next to it.

Forms, each a rule name that ends up in the output (core/rules.py registers each with its priority
and base confidence; `dispatch.py` runs the finders registered for them in that order):
- `quote-then-cue`:   "…," Putin said. / "…," said Sun. / "…," he told reporters.
- `cue-then-quote`:   Macron said: "…" / He said, "…" / She said "Not today" and left (no comma: the
                      quotation is all the cue's object). A cue that introduces the quote in its own
                      clause wins over a clause after the quote; a quote ending in a full stop has no
                      reporting clause after it; a verb that mostly narrates (return, leave, follow)
                      or one after "and" never is its reporting clause.
- `quote-dash-name`:  "…" — Maria Zakharova
- `speaker-colon`:    Peskov: "…" (a paragraph introduced by a name and a colon)
- `speaker-turn`:     a transcript quoted paragraph by paragraph ('"WALLACE: …' / '"PENCE: …'), or
                      printed without marks ('SMITH: No. It is not closing.', transcript.py)
- `split`:            "A," he said, "B." — one quote with several content parts (`split-second-cue`:
                      a second cue inside the reporting clause; `split-resumed`: a part with no cue of
                      its own after the reporting clause)
- `continuation`:     a quote right after an attributed one, as the whole next paragraph: the same
                      speaker goes on
- `after-report`, `after-subject`, `intro-colon`: a bare quote that takes its speaker from the sentence
                      before it (see nearby.py)
- `unattributed`:     a quote with no cue anywhere near (kept, speaker unknown) that is long, or a
                      whole sentence or paragraph however short ('“Is that final?”'): the merge step

A quote no cue claims that is a few words inside a sentence — scare quotes, titles, nicknames — is
not a quote, unless reported speech takes it in as a mixed quote. Content parts are cut at line
breaks, so a hard-wrapped quote keeps exact spans.

Where things are: `beside.py` (the cue beside a quotation: one claim finder per rule), `links.py`
(quotes that go on from the one before), `dispatch.py` (the registration tables and the dispatcher),
`quote.py` (`DirectQuote`, `Claim`).
"""

from .beside import narrates_after_quote
from .dispatch import CLAIM_FINDERS, LINK_FINDERS, TRANSCRIPT_FINDERS, find_direct_quotes, in_priority_order
from .quote import Claim, DirectQuote, group_chains

__all__ = ["CLAIM_FINDERS", "LINK_FINDERS", "TRANSCRIPT_FINDERS", "Claim", "DirectQuote", "find_direct_quotes",
           "group_chains", "in_priority_order", "narrates_after_quote"]
