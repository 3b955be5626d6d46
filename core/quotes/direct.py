"""Direct quotes: text in quotation marks, attributed to a cue and a speaker next to it.

Forms, each a rule name that ends up in the output:
- `quote-then-cue`:   "…," Putin said. / "…," said Sun. / "…," he told reporters.
- `cue-then-quote`:   Macron said: "…" / He said, "…"
- `speaker-colon`:    Peskov: "…" (a paragraph introduced by a name and a colon)
- `split`:            "A," he said, "B." — one quote with several content parts
- `continuation`:     a quote right after an attributed one, in the same paragraph or as the
                      whole next paragraph: the same speaker goes on
- `reported-fragment`: a short quoted fragment inside reported speech (kind `mixed`)
- `unattributed`:     a long quote with no cue anywhere near (kept, speaker unknown)

A quote no cue claims that is short — scare quotes, titles, nicknames — is not a quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..cues import CueLexicon, lemmatize_verb
from ..model import Document, Span, Token
from ..syntax import TIME_NOUNS, cue_lemma, is_cue, is_negated, next_in_sentence, subject_of
from .marks import QUOTE_MARKS, QuotedSpan

_CLAUSE_END = (",", "!", "?", "—", "–", "-", "…", ".")
_REPORTING_WINDOW = 8  # tokens after a closing mark in which "he said" may sit
_APPOSITION_WINDOW = 30  # … or "Name, a long apposition, said"
_MIN_UNATTRIBUTED_WORDS = 6
_MIN_STANDALONE_WORDS = 4


@dataclass
class DirectQuote:
    parts: list[Span]
    marks: list[QuotedSpan]
    cue: list[Token] = field(default_factory=list)
    speaker: Token | None = None
    rule: str = ""
    lemma: str = ""
    confidence: float = 0.0


def group_chains(quoted: Sequence[QuotedSpan]) -> list[list[QuotedSpan]]:
    """Outer quotes, with multi-paragraph continuations merged into one group."""
    groups: dict[int, list[QuotedSpan]] = {}
    for span in quoted:
        if span.depth == 0:
            groups.setdefault(span.chain, []).append(span)
    return sorted(groups.values(), key=lambda g: g[0].open.start)


def _content_span(doc: Document, mark: QuotedSpan) -> Span:
    """The text between the marks, trimmed of white space."""
    raw = mark.content.text_of(doc.text)
    left = len(raw) - len(raw.lstrip())
    right = len(raw) - len(raw.rstrip())
    return Span(mark.content.start + left, mark.content.end - right)


def _words_in(doc: Document, span: Span) -> int:
    return sum(1 for t in doc.tokens_in(span) if t.upos != "PUNCT")


def _tokens_between(doc: Document, start: int, end: int, limit: int | None = None) -> list[Token]:
    return doc.tokens_in(Span(max(0, start), max(0, start, end)), limit)


def _paragraph_end(doc: Document, offset: int) -> int:
    """End of the paragraph that the text just before `offset` belongs to (offset is an end)."""
    if not doc.paragraphs:
        return len(doc.text)
    return doc.paragraphs[doc.paragraph_of(max(offset - 1, 0))].end


def _paragraph_start(doc: Document, offset: int) -> int:
    if not doc.paragraphs:
        return 0
    return doc.paragraphs[doc.paragraph_of(offset)].start


def _ends_like_clause(doc: Document, mark: QuotedSpan) -> bool:
    """'"…," he said' — the quote closes a clause with a comma (or ! ?) inside or right after."""
    inner = mark.content.text_of(doc.text).rstrip()
    if inner.endswith(_CLAUSE_END):
        return True
    if mark.close is None:
        return False
    after = doc.text[mark.close.end : mark.close.end + 2].lstrip(" ")
    return after[:1] in (",", "—", "–")


def _opens_clause(doc: Document, mark: QuotedSpan) -> bool:
    """'"…," he said' needs the quote to start its sentence or clause; 'a book called "Salt and
    Stone", said X' is a title inside someone else's sentence."""
    before = doc.text[_paragraph_start(doc, mark.open.start) : mark.open.start].rstrip()
    if before.endswith(",") and _names_a_work(before, mark.content.text_of(doc.text)):
        return False  # "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested…"
    return before == "" or before.endswith((".", "!", "?", ":", ";", ",", "—", "–", "-", "”", "\"", "(", "…"))


_WORK_NOUNS = ("book", "books", "film", "movie", "memoir", "novel", "column", "show", "article", "essay", "song",
               "album", "documentary", "report", "titled", "entitled", "called", "headlined")


def _names_a_work(before: str, quoted: str) -> bool:
    """A quotation in title case right after 'book,' or 'show,' is the work's title."""
    words = [w for w in quoted.split() if w[:1].isalpha()]
    last = before.rstrip(",").split()[-1:]
    return bool(words) and all(w[:1].isupper() for w in words if len(w) > 3) and \
        bool(last) and last[0].lower().strip("'\"’”") in _WORK_NOUNS


def _cue_after(doc: Document, mark: QuotedSpan, lexicon: CueLexicon) -> tuple[Token, Token | None] | None:
    """A cue in the few tokens after the closing mark, before the sentence or the next quote ends it."""
    end = mark.close.end if mark.close else mark.content.end
    limit = _paragraph_end(doc, end)
    window = _tokens_between(doc, end, limit, _APPOSITION_WINDOW)
    bracket = 0
    for i, token in enumerate(window):
        bracket += (token.text == "(") - (token.text == ")")
        # a full stop ends the reporting clause, unless it closes an abbreviation in brackets: "(R-Fla.)"
        abbreviation = token.text == "." and i + 1 < len(window) and window[i + 1].text == ","  # "R-Ky.,"
        if token.text in ("\"", "“", "”", "«", "»", "‘", "’") or \
                (token.text == "." and i > 0 and bracket <= 0 and not abbreviation):
            break
        if i >= _REPORTING_WINDOW:
            # '"…," Scott Pruitt, the attorney general of Oklahoma, said': a name, an apposition, the cue
            # … or '"…," panel Chairman Rep. Jason Chaffetz (R-Utah) said': a long title, a bracket, the cue
            if window[i - 1].text in (",", ")") and _reporting_verb(doc, token, lexicon):
                run = _leading_name(window)
                if run is not None:
                    return token, run
            continue
        if _reporting_verb(doc, token, lexicon):
            if _reports_its_own_clause(doc, mark, token):
                return None
            speaker = subject_of(doc, token)
            if speaker is None or speaker.span.start < end:
                # none, or the parser took a word of the quote as the subject: look beside the cue
                speaker = _nearest_nominal(window, i)
            return token, speaker
    return None


def _reports_its_own_clause(doc: Document, mark: QuotedSpan, cue: Token) -> bool:
    """'"…a statewide bar on enforcement." She further announced that the DOJ…': after a quote
    that ends its sentence, a cue with a clause of its own starts a new report."""
    if not mark.content.text_of(doc.text).rstrip().endswith((".", "!", "?")):
        return False
    following = next_in_sentence(doc, cue)
    return following is not None and following.lower == "that" or \
        any(c.deprel == "ccomp" and c.index > cue.index for c in doc.children(cue))


def _heading(doc: Document, quote: DirectQuote) -> bool:
    """A short quotation in title case alone in its paragraph ("'Coal Isn't the Villain.'") is a
    section heading, not the previous speaker going on."""
    text = " ".join(p.text_of(doc.text) for p in quote.parts)
    words = [w for w in text.split() if w[:1].isalpha()]
    paragraph = doc.text[_paragraph_start(doc, quote.parts[0].start) : _paragraph_end(doc, quote.parts[-1].end)]
    return 1 < len(words) <= 8 and all(w[:1].isupper() for w in words if len(w) > 3) and \
        len(paragraph.strip()) <= len(text) + 4


def _reporting_verb(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    """A cue verb beside a quote. Right next to quotation marks the word itself is strong evidence,
    so a tagger that calls "said" a noun or an adjective is overruled."""
    if is_cue(doc, token, lexicon):
        return True
    if token.upos in ("PUNCT", "DET", "ADP", "PRON", "PROPN", "CCONJ", "NUM") or not token.text.isalpha():
        return False
    lemma = lemmatize_verb(token.lower)
    return lexicon.is_cue_verb(lemma, min_count=20) and not is_negated(doc, token)


def _leading_name(window: list[Token]) -> Token | None:
    """The last name of the noun phrase that opens the reporting clause ('panel Chairman Rep. Jason
    Chaffetz'), if it opens with one that holds a proper name."""
    start = 1 if window and window[0].text == "," else 0
    run: Token | None = None
    for token in window[start:]:
        if token.upos == "PROPN":
            run = token
        elif token.upos not in ("DET", "ADJ", "NOUN") or run is not None:
            break
    return run


def _nearest_nominal(window: list[Token], cue_position: int) -> Token | None:
    """The speaker beside the cue when the parse does not say: 'Sun said' or 'said Sun'."""
    before = window[:cue_position]
    after = window[cue_position + 1 :]
    for token in reversed(before):
        if token.lower in TIME_NOUNS:
            break
        if token.upos in ("PROPN", "PRON", "NOUN"):
            return token
        if token.upos not in ("DET", "ADJ", "PUNCT"):
            break
    run: Token | None = None
    for token in after:
        if token.upos in ("PROPN", "NOUN") or (token.upos == "PRON" and run is None):
            run = token
            continue
        if run is not None or token.upos not in ("DET", "ADJ"):
            break
    return run


def _cue_before(doc: Document, mark: QuotedSpan, lexicon: CueLexicon) -> tuple[Token, Token | None] | None:
    """'Macron said: "…"' — a cue shortly before the opening mark, ending in a colon or comma."""
    start = _paragraph_start(doc, mark.open.start)
    before = _tokens_between(doc, start, mark.open.start)
    if not before:
        # a quote that opens its paragraph, introduced by the previous one: 'Trump told the crowd:'
        paragraph = doc.paragraph_of(mark.open.start)
        if paragraph > 0 and not doc.text[start : mark.open.start].strip():
            previous = doc.paragraphs[paragraph - 1]
            before = _tokens_between(doc, previous.start, previous.end)
            if not before or before[-1].text != ":":
                return None
    if not before or before[-1].text not in (":", ",") or \
            _names_a_work(doc.text[start : mark.open.start].rstrip(), mark.content.text_of(doc.text)):
        return None  # ("on Mr. King's show, ''Politicking.''": a title)
    window = before[-_REPORTING_WINDOW:]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        if token.text in ("\"", "“", "”", "."):
            break
        if _reporting_verb(doc, token, lexicon):
            return token, subject_of(doc, token) or _nearest_nominal(window, i)
    return None


_DASHES = ("―", "—", "–", "-", "--")


def _dash_signature(doc: Document, mark: QuotedSpan) -> tuple[Token, Token | None] | None:
    """'“…” ― Jacklyn Ashley': a reader's or source's quote signed with a dash and a name."""
    assert mark.close is not None
    rest = _tokens_between(doc, mark.close.end, _paragraph_end(doc, mark.close.end))
    if len(rest) < 2 or len(rest) > 10 or rest[0].text not in _DASHES:
        return None
    names = [t for t in rest[1:] if t.upos == "PROPN" or (t.text[:1].isupper() and t.upos == "NOUN")]
    if not names or rest[1] not in names:
        return None
    run = [names[0]]
    for token in rest[rest.index(names[0]) + 1 :]:
        if token not in names:
            break
        run.append(token)
    return rest[0], run[-1]


def _trim_span(doc: Document, span: Span) -> Span:
    raw = span.text_of(doc.text)
    left = len(raw) - len(raw.lstrip())
    right = len(raw) - len(raw.rstrip())
    return Span(span.start + left, max(span.start + left, span.end - right))


def _turn_speaker(doc: Document, mark: QuotedSpan) -> tuple[Token, Token] | None:
    """'"PENCE: Well, look…' — a quoted transcript turn led by the speaker's name and a colon."""
    inside = doc.tokens_in(mark.content, 5)
    colon = next((i for i, t in enumerate(inside) if t.text == ":"), None)
    if not colon or len(inside) <= colon + 1:
        return None
    name = inside[:colon]
    if all(t.text[:1].isupper() and t.text.replace(".", "").isalpha() for t in name) and \
            (all(t.text.isupper() for t in name) or all(t.upos == "PROPN" for t in name)):
        return inside[colon], name[-1]
    return None


def _speaker_colon(doc: Document, mark: QuotedSpan) -> tuple[Token, Token] | None:
    """'Peskov: "…"' or 'Kremlin spokesperson Dmitry Peskov: "…"' at the start of a paragraph."""
    start = _paragraph_start(doc, mark.open.start)
    before = _tokens_between(doc, start, mark.open.start)
    if len(before) < 2 or len(before) > 6 or before[-1].text != ":":
        return None
    # a tagger may call an unfamiliar surname anything; capitals before the colon are the name
    names = [t for t in before[:-1] if t.upos == "PROPN" or (t.text[:1].isupper() and t.text.isalpha())]
    if not names or any(t.upos in ("VERB", "AUX") for t in before):
        return None
    return before[-1], names[-1]


def find_direct_quotes(doc: Document, quoted: Sequence[QuotedSpan], lexicon: CueLexicon) -> list[DirectQuote]:
    """Every quote in marks that is speech, attributed where a cue says so.

    Fragments that sit inside a sentence (no clause-ending punctuation, no cue beside them) are
    returned with rule `fragment` and no cue: the reported-speech finder decides whether they are
    part of a mixed quote; fragments nobody claims are scare quotes and are dropped later.
    """
    quotes: list[DirectQuote] = []
    groups: list[list[QuotedSpan]] = []
    for group in group_chains(quoted):
        # a transcript quoted paragraph by paragraph ('"WALLACE: …' / '"PENCE: …') is one speaker a turn
        turns = [mark for mark in group if _turn_speaker(doc, mark) is not None]
        if not turns:
            groups.append(group)
            continue
        current: list[QuotedSpan] = []
        for mark in group:
            if mark in turns and current:
                groups.append(current)
                current = []
            current.append(mark)
        groups.append(current)
    for group in groups:
        turn = _turn_speaker(doc, group[0])
        if turn is not None:
            turn_colon, name = turn
            parts = [Span(turn_colon.span.end, _content_span(doc, group[0]).end)] + \
                [_content_span(doc, mark) for mark in group[1:]]
            parts = [_trim_span(doc, p) for p in parts if len(_trim_span(doc, p)) > 0]
            if parts:
                quotes.append(DirectQuote(parts=parts, marks=list(group), cue=[turn_colon], speaker=name,
                                          rule="speaker-colon", lemma=":", confidence=0.75))
            continue
        parts = [_content_span(doc, mark) for mark in group]
        parts = [p for p in parts if len(p) > 0]
        if not parts:
            continue
        first, last = group[0], group[-1]
        quote = DirectQuote(parts=parts, marks=list(group))
        found = None
        if last.close is not None and _ends_like_clause(doc, last) and _opens_clause(doc, first):
            found = _cue_after(doc, last, lexicon)
            if found:
                quote.rule, quote.confidence = "quote-then-cue", 0.9
        if found is None:
            found = _cue_before(doc, first, lexicon)
            if found:
                quote.rule, quote.confidence = "cue-then-quote", 0.85
        if found is None and last.close is not None:
            found = _dash_signature(doc, last)
            if found:
                quote.rule, quote.confidence = "quote-dash-name", 0.8
        if found is None:
            colon = _speaker_colon(doc, first)
            if colon:
                quote.cue, quote.speaker = [colon[0]], colon[1]
                quote.rule, quote.confidence, quote.lemma = "speaker-colon", 0.75, ":"
        if found is not None:
            quote.cue, quote.speaker = [found[0]], found[1]
            quote.lemma = cue_lemma(found[0])
        if not quote.rule:
            quote.rule = "standalone" if _is_standalone(doc, first, last) else "fragment"
        quotes.append(quote)
    return _link_continuations(doc, quotes)


def _is_standalone(doc: Document, first: QuotedSpan, last: QuotedSpan) -> bool:
    """The quote is a sentence (or more) of its own, not a few words inside someone's sentence."""
    start = first.open.start
    end = last.close.end if last.close else last.content.end
    words = sum(_words_in(doc, mark.content) for mark in (first, last) if mark is not None)
    if words < _MIN_STANDALONE_WORDS:
        return False
    before = doc.text[_paragraph_start(doc, start) : start].rstrip()
    after = doc.text[end : _paragraph_end(doc, end)].lstrip()
    opens_sentence = before == "" or before.endswith((".", "!", "?", ":", "”", "\""))
    closes_sentence = after == "" or after[:1] in ("\"", "“", "(") or after[:1].isupper() or \
        last.content.text_of(doc.text).rstrip().endswith((".", "!", "?", ",", "…"))
    return opens_sentence and closes_sentence


def _resumes_after_reporting_clause(doc: Document, gap: str, quote: DirectQuote) -> bool:
    """'"A," Trump said during a rally in Kenansville, N.C., "but B."' — a longer reporting clause
    closed by a comma, and a second part that finishes the sentence."""
    last = quote.marks[-1]
    return gap.rstrip(" \n" + "".join(QUOTE_MARKS)).endswith(",") and len(gap.split()) <= 20 and \
        last.content.text_of(doc.text).rstrip().endswith((".", "!", "?", "…"))


def _link_continuations(doc: Document, quotes: list[DirectQuote]) -> list[DirectQuote]:
    """Same speaker goes on: 'A,' he said. 'B.' (a split quote) and a paragraph that is only a quote."""
    result: list[DirectQuote] = []
    for quote in quotes:
        previous = result[-1] if result else None
        if previous is not None and quote.cue and previous.cue and quote.cue[0].index == previous.cue[0].index:
            # '"A," he said, "and B."' — both halves found the same cue: one split quote
            previous.parts.extend(quote.parts)
            previous.marks.extend(quote.marks)
            previous.rule = "split"
            continue
        if previous is not None and previous.rule == "quote-then-cue" and quote.rule == "cue-then-quote" and \
                previous.cue[0].sentence == quote.cue[0].sentence and \
                previous.parts[-1].end <= previous.cue[0].span.start < quote.cue[0].span.start < quote.parts[0].start \
                and _resumes_after_reporting_clause(doc, doc.text[previous.parts[-1].end : quote.parts[0].start],
                                                    quote):
            # '"A," Tester said, referring to the excuse, "B."': a second cue inside the reporting clause
            previous.parts.extend(quote.parts)
            previous.marks.extend(quote.marks)
            previous.rule = "split"
            continue
        if quote.rule in ("standalone", "fragment") and previous is not None and previous.speaker is not None:
            gap = doc.text[previous.parts[-1].end : quote.parts[0].start]
            same_paragraph = doc.paragraph_of(previous.parts[-1].end) == doc.paragraph_of(quote.parts[0].start)
            next_paragraph = doc.paragraph_of(quote.parts[0].start) == doc.paragraph_of(previous.parts[-1].end) + 1
            paragraph_is_quote = next_paragraph and _paragraph_start(doc, quote.parts[0].start) >= \
                quote.marks[0].open.start
            cue_in_gap = bool(previous.cue) and previous.parts[-1].end <= previous.cue[0].span.start \
                and previous.cue[-1].span.end <= quote.parts[0].start
            # '"A," he said, but "b…"': only the reporting clause and a conjunction lie between the parts
            short_gap = len(gap) < 250 if quote.rule == "standalone" else len(gap.split()) <= 6 or \
                _resumes_after_reporting_clause(doc, gap, quote)
            if same_paragraph and cue_in_gap and short_gap:
                # the reporting clause sits between the two parts: one quote, two content spans
                previous.parts.extend(quote.parts)
                previous.marks.extend(quote.marks)
                previous.rule = "split"
                continue
            if paragraph_is_quote and quote.rule == "standalone" and not _heading(doc, quote):
                quote.speaker, quote.cue, quote.lemma = previous.speaker, [], previous.lemma
                quote.rule, quote.confidence = "continuation", 0.6
        result.append(quote)
    return result
