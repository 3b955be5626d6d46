"""A bare quotation right after a report (its own sentence, no cue) is kept as direct speech of the
report's speaker (rule after-report): 'Reed said officers had responded to both calls. "That is
simply untrue."'; a hand-built parse copied from stanza's."""

from __future__ import annotations

from quotetrace.core.build import build_document
from quotetrace.core.pipeline import analyze

REED = """
Reed       Reed     PROPN  2  nsubj
said       say      VERB   0  root
officers   officer  NOUN   5  nsubj
had        have     AUX    5  aux
responded  respond  VERB   2  ccomp
to         to       ADP    8  case
both       both     DET    8  det
calls~     call     NOUN   5  obl
.          .        PUNCT  2  punct

"~       "       PUNCT  5  punct
That     that    PRON   5  nsubj
is       be      AUX    5  cop
simply   simply  ADV    5  advmod
untrue~  untrue  ADJ    0  root
.~       .       PUNCT  5  punct
"        "       PUNCT  5  punct
"""


def test_a_bare_quote_after_a_report_is_the_reporters_speech() -> None:
    doc = build_document(REED)
    quotes = analyze(doc).to_record(trace=True)["quotes"]
    assert [(q["kind"], q["text"], q["rule"], q["speaker"]["text"]) for q in quotes] == [
        ("indirect", "officers had responded to both calls", "cue-complement", "Reed"),
        ("direct", "That is simply untrue.", "after-report", "Reed"),
    ]
    start, end = quotes[1]["spans"][0]
    assert doc.text[start:end] == "That is simply untrue."
