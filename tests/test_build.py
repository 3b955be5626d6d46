"""The hand-built document tables the rule tests are written in."""

from __future__ import annotations

import pytest
from quotetrace.core.build import build_document


def test_columns_glue_heads_and_paragraphs() -> None:
    doc = build_document("""
Putin   Putin  PROPN 2 nsubj S-PERSON
said~   say    VERB  0 root  O        Mood=Ind|Tense=Past|VerbForm=Fin
.       .      PUNCT 2 punct
#par
Yes
""")
    assert doc.text == "Putin said.\nYes"
    putin, said, stop, yes = doc.tokens
    assert (putin.head, putin.deprel, putin.ner, putin.feats) == (said.index, "nsubj", "S-PERSON", "")
    assert (said.head, said.lemma, said.feats) == (-1, "say", "Mood=Ind|Tense=Past|VerbForm=Fin")
    assert doc.text[stop.span.start : stop.span.end] == "."
    # columns left out take their defaults
    assert (yes.upos, yes.lemma, yes.deprel) == ("X", "yes", "dep")
    assert len(doc.paragraphs) == 2


def test_cover_of_no_spans_says_so() -> None:
    from quotetrace.core.model import Span, cover

    assert cover([Span(4, 6), Span(1, 2)]) == Span(1, 6)
    with pytest.raises(ValueError, match="at least one span"):
        cover([])
