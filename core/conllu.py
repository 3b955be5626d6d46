"""A `Document` written back out: as the hand-built table of `core/build.py` (so a misparse seen in the
wild becomes a rule test in one step) and as CoNLL-U (for any tool that reads treebanks).

    table = document_table(tracer.annotate([text], ["doc"])[0])   # paste into a test
    assert build_document(table).tokens ...                      # the same words, tags and tree
"""

from __future__ import annotations

from .model import Document, Token

_COLUMN_GAP = 2


def _glued(doc: Document, token: Token) -> bool:
    """No white space between `token` and the next word of the document (SpaceAfter=No)."""
    if token.index + 1 >= len(doc.tokens):
        return False
    return doc.tokens[token.index + 1].span.start <= token.span.end


def _new_paragraph_before(doc: Document, token: Token) -> bool:
    if token.index == 0:
        return False
    previous = doc.tokens[token.index - 1]
    return "\n" in doc.text[previous.span.end : token.span.start]


def _cell(value: str) -> str:
    """One table or CoNLL-U cell: white space inside a word would split the row, an empty value is `_`."""
    return "_".join(value.split()) or "_"


def _local_head(doc: Document, token: Token) -> int:
    """The head as CoNLL-U counts it: 1-based inside the sentence, 0 for the root."""
    if token.head < 0:
        return 0
    return token.head - doc.sentences[token.sentence].tokens[0].index + 1


def document_table(doc: Document) -> str:
    """`doc` as rows `form lemma upos head deprel ner feats` (the format `build_document` reads):
    one block per sentence, `~` after a form glued to the next word, `#par` where a new paragraph
    starts. `build_document` of the result gives the same words, lemmas, tags, heads and relations;
    its text has single spaces and newlines where `doc.text` had other white space, so offsets
    agree only for text that had them. Empty documents give an empty string."""
    blocks: list[str] = []
    for sentence in doc.sentences:
        rows: list[list[str]] = []
        for token in sentence.tokens:
            if _new_paragraph_before(doc, token):
                rows.append(["#par"])
            form = _cell(token.text) + ("~" if _glued(doc, token) else "")
            rows.append([form, _cell(token.lemma), token.upos, str(_local_head(doc, token)), token.deprel,
                         _cell(token.ner), _cell(token.feats)])
        widths = [max(len(r[i]) for r in rows if len(r) > i) for i in range(7)]
        lines = ["".join(cell.ljust(widths[i] + _COLUMN_GAP) for i, cell in enumerate(row)).rstrip() for row in rows]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def document_conllu(doc: Document) -> str:
    """`doc` in CoNLL-U: per sentence `# sent_id` (`<doc id>-<n>`, n from 1) and `# text` (white space
    runs as one space), then one line per word with ID, FORM, LEMMA, UPOS, XPOS (`_`), FEATS, HEAD,
    DEPREL, DEPS (`_`) and MISC: the word's code-point offsets into `doc.text` (`start_char`, `end_char`,
    end exclusive, as stanza writes them), `SpaceAfter=No` and a non-`O` NER tag."""
    out: list[str] = []
    for number, sentence in enumerate(doc.sentences, start=1):
        out.append(f"# sent_id = {doc.id or 'doc'}-{number}")
        out.append(f"# text = {' '.join(sentence.span.text_of(doc.text).split())}")
        for position, token in enumerate(sentence.tokens, start=1):
            misc = [f"start_char={token.span.start}", f"end_char={token.span.end}"]
            if _glued(doc, token) and token is not sentence.tokens[-1]:
                misc.append("SpaceAfter=No")
            if token.ner not in ("", "O"):
                misc.append(f"ner={token.ner}")
            out.append("\t".join([str(position), _cell(token.text), _cell(token.lemma), token.upos, "_",
                                  _cell(token.feats), str(_local_head(doc, token)), token.deprel, "_",
                                  "|".join(misc)]))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
