"""Build documents by hand from a small CoNLL-U-like table, so rule tests need no model.

Each sentence is a block of rows `form  lemma  upos  head  deprel  [ner  [feats]]`, separated by blank
lines; `head` is 1-based inside the sentence (0 = root) as in CoNLL-U. A row whose form ends
with `~` is glued to the next token (no space), like SpaceAfter=No. A line `#par` starts a new
line (written to the text as a newline; `#crlf` writes CR LF) inside the sentence of its block.
Columns after `form` may be left out (`_`).

    build_document('''
    Putin  Putin  PROPN  2  nsubj  S-PERSON
    said   say    VERB   0  root
    ''')
"""

from __future__ import annotations

from .model import Document, Sentence, Span, Token
from .text import split_paragraphs

_LINE_BREAKS = {"#par": "\n", "#crlf": "\r\n"}


def _parse_rows(block: str) -> list[list[str]]:
    return [line.split() for line in block.strip().splitlines() if line.strip()]


def build_document(table: str, doc_id: str = "test") -> Document:
    """The `Document` a table describes (format in the module docstring): its text is the forms joined
    by one space (none after a `~` form, a newline at `#par`), so every span is exact. Raises ValueError
    for a head that is not an integer; a head outside its sentence is not checked."""
    text_parts: list[str] = []
    offset = 0
    sentences: list[Sentence] = []
    token_index = 0
    pending_space = False
    for block in _split_blocks(table):
        rows = [r for r in _parse_rows(block)]
        tokens: list[Token] = []
        first_index = token_index
        for row in rows:
            if row[0] in _LINE_BREAKS:
                text_parts.append(_LINE_BREAKS[row[0]])
                offset += len(_LINE_BREAKS[row[0]])
                pending_space = False
                continue
            if pending_space:
                text_parts.append(" ")
                offset += 1
            form = row[0]
            glue = form.endswith("~") and len(form) > 1
            if glue:
                form = form[:-1]
            lemma = _col(row, 1, form.lower())
            upos = _col(row, 2, "X")
            head_raw = _col(row, 3, "0")
            deprel = _col(row, 4, "dep")
            ner = _col(row, 5, "O")
            feats = _col(row, 6, "")
            head_local = int(head_raw)
            head = first_index + head_local - 1 if head_local > 0 else -1
            span = Span(offset, offset + len(form))
            tokens.append(
                Token(
                    index=token_index,
                    span=span,
                    text=form,
                    upos=upos,
                    lemma=lemma,
                    head=head,
                    deprel=deprel,
                    ner=ner,
                    sentence=len(sentences),
                    feats=feats,
                )
            )
            text_parts.append(form)
            offset += len(form)
            token_index += 1
            pending_space = not glue
        if tokens:
            sentences.append(
                Sentence(index=len(sentences), span=Span(tokens[0].span.start, tokens[-1].span.end),
                         tokens=tuple(tokens))
            )
    text = "".join(text_parts)
    return Document(text=text, sentences=tuple(sentences), paragraphs=split_paragraphs(text), id=doc_id)


def _col(row: list[str], i: int, default: str) -> str:
    if len(row) > i and row[i] != "_":
        return row[i]
    return default


def _split_blocks(table: str) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    for line in table.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks
