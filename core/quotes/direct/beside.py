"""Cues beside a quotation: the claim finders of the direct-quote rules, one per rule, and the readings
of the words around the marks they share. `dispatch.py` runs the finders in the registry's priority
order (core/rules.py) and the first claim wins.

- `speaker-turn`:    '"PENCE: Well, look…' — a quoted transcript turn led by a name and a colon;
- `quote-then-cue`:  '"…," Putin said.' / '"…," said Sun.' / '"…," he told reporters.';
- `cue-then-quote`:  'Macron said: "…"' / 'He said, "…"' / 'She said "Not today" and left';
- `quote-dash-name`: '"…" — Maria Zakharova';
- `speaker-colon`:   'Peskov: "…"' at the start of a paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...cues import CueLexicon, lemmatize_verb
from ...model import Document, Span, Token
from ...syntax import POSSESSIVE_MARKERS, TIME_NOUNS, cue_lemma, is_cue, is_negated, next_in_sentence, subject_of
from ...wordlists import words
from ..clause import name_before_apposition, past_abbreviated_title, without_coordinated_quotation, without_listener
from ..marks import QUOTE_MARKS, QuotedSpan, strip_blank
from ..shapes import (
    content_span,
    ends_like_clause,
    ends_sentence,
    names_a_work,
    opens_clause,
    paragraph_end,
    paragraph_start,
    tokens_between,
    trim_span,
    whole_object,
)
from .quote import Claim

__all__ = ["REPORTING_WINDOW", "QuoteGroup", "cue_after_quote", "cue_before_quote", "dash_signed",
           "narrates_after_quote", "quoted_turn", "reporting_verb", "speaker_colon", "turn_speaker"]

REPORTING_WINDOW = 8  # tokens after a closing mark in which "he said" may sit
_APPOSITION_WINDOW = 30  # … or "Name, a long apposition, said"
# A verb PolNeAR's annotators marked as a cue in under 5 % of its uses (return 0.05, follow 0.03,
# leave 0.02, vote 0.02, end 0.02, turn 0.03 in data/cues.tsv) narrates an action after a quote: it
# never is that quote's reporting clause ('"…," and left the court').
_LOW_CUE_RATE = 0.05
# 'said, "…"', 'said Tuesday, "…"', 'said in a statement: "…"': at most this many words between a cue
# and the quotation it introduces, for the cue to win over a clause after the quote
_TIGHT_INTRO_TOKENS = 4
_NOUN_PHRASE = ("PROPN", "PRON", "NOUN", "DET", "ADJ")  # the words of a speaker's noun phrase
_OWNER_WORDS = 4  # 'Lutz's', 'the union's', 'the city council's': an owner's words before its marker
_NAMING_CUES = words("naming-cues")  # 'a book called "Salt and Stone"': a name, not speech
_PERFORMING_CUES = words("performing-cues")  # 'the band played "Yesterday"': a work, not speech


class QuoteGroup:
    """The marks of one quotation (several parts for a multi-paragraph one) as a claim finder reads it:
    `first` and `last` are its first and last marks. The cue before the opening mark, which two
    finders read, is looked for once (`cue_before`)."""

    __slots__ = ("_before", "doc", "first", "last", "lexicon", "marks")

    def __init__(self, doc: Document, marks: list[QuotedSpan], lexicon: CueLexicon) -> None:
        self.doc = doc
        self.marks = marks
        self.first = marks[0]
        self.last = marks[-1]
        self.lexicon = lexicon
        self._before: tuple[tuple[Token, Token | None, bool] | None] | None = None

    def cue_before(self) -> tuple[Token, Token | None, bool] | None:
        """(cue, speaker or None, tight) for a cue that introduces the quotation (see `cue_before`)."""
        if self._before is None:
            self._before = (cue_before(self.doc, self.first, self.last, self.lexicon),)
        return self._before[0]


def quoted_turn(group: QuoteGroup) -> Claim | None:
    """`speaker-turn`: '"PENCE: Well, look…' — the turn's content starts after the colon."""
    turn = turn_speaker(group.doc, group.first)
    if turn is None:
        return None
    colon, name = turn
    doc = group.doc
    parts = [Span(colon.span.end, content_span(doc, group.first).end)]
    parts += [content_span(doc, mark) for mark in group.marks[1:]]
    trimmed = tuple(trim_span(doc, p) for p in parts if len(trim_span(doc, p)) > 0)
    return Claim(colon, name, lemma=":", parts=trimmed)


def cue_after_quote(group: QuoteGroup) -> Claim | None:
    """`quote-then-cue`: a reporting clause right after a quotation that ends like a clause. A cue that
    introduces the quotation in its own clause (a tight `cue_before`) wins over a clause after it:
    'She said, "…." Officials returned…', unless that cue is the reporting clause of the quotation
    before ('"One," said Lee, "two," said Cole': `_reports_quotation_before`)."""
    before = group.cue_before()
    if before is not None and before[2] and not _reports_quotation_before(group.doc, before[0]):
        return None
    doc, first, last = group.doc, group.first, group.last
    if last.close is None or not ends_like_clause(doc, last) or not opens_clause(doc, first):
        return None
    found = _cue_after(doc, last, group.lexicon)
    return None if found is None else Claim(found[0], found[1])


def _reports_quotation_before(doc: Document, cue: Token) -> bool:
    """'"One," said Amy Lee, "two,"…' or '"One," Amy Lee said, "two,"…': only a comma and a noun
    phrase (the speaker; the parse may have taken a quoted word for the subject) stand between the
    cue and a quotation mark before it, so the cue reports that earlier quotation; the quotation
    after it may have a reporting clause of its own."""
    index = cue.index - 1
    while index >= 0 and (doc.tokens[index].text == "," or doc.tokens[index].upos in _NOUN_PHRASE):
        index -= 1
    return index >= 0 and doc.tokens[index].text in QUOTE_MARKS and doc.tokens[index].sentence == cue.sentence


def cue_before_quote(group: QuoteGroup) -> Claim | None:
    """`cue-then-quote`: a cue that introduces the quotation ('Macron said: "…"', 'He said, "…"')."""
    before = group.cue_before()
    return None if before is None else Claim(before[0], before[1])


def dash_signed(group: QuoteGroup) -> Claim | None:
    """`quote-dash-name`: '“…” ― Jacklyn Ashley', a quote signed with a dash and a name."""
    if group.last.close is None:
        return None
    found = _dash_signature(group.doc, group.last)
    return None if found is None else Claim(found[0], found[1])


def speaker_colon(group: QuoteGroup) -> Claim | None:
    """`speaker-colon`: 'Peskov: "…"' — a paragraph introduced by a name and a colon."""
    found = _speaker_colon(group.doc, group.first)
    return None if found is None else Claim(found[0], found[1], lemma=":")


def _cue_after(doc: Document, mark: QuotedSpan, lexicon: CueLexicon) -> tuple[Token, Token | None] | None:
    """A cue in the few tokens after the closing mark, before the sentence or the next quote ends it."""
    if ends_sentence(doc, mark):
        return None  # '"…appeal the ruling." Officials returned…': the quote's sentence is over
    end = mark.close.end if mark.close else mark.content.end
    limit = paragraph_end(doc, end)
    if not doc.text[end:limit].strip():
        limit = _wrapped_line_end(doc, limit)
    window = tokens_between(doc, end, limit, _APPOSITION_WINDOW)
    bracket = 0
    for i, token in enumerate(window):
        bracket += (token.text == "(") - (token.text == ")")
        if token.upos == "CCONJ" and i <= 1:
            break  # '"…," and left the court': a predicate coordinated with the sentence's own verb
        # a full stop ends the reporting clause, unless it closes an abbreviation in brackets: "(R-Fla.)"
        abbreviation = token.text == "." and i + 1 < len(window) and window[i + 1].text == ","  # "R-Ky.,"
        if token.text in ("\"", "“", "”", "«", "»", "‘", "’") or (
                token.text == "." and i > 0 and bracket <= 0 and not abbreviation):
            break
        if i >= REPORTING_WINDOW:
            # '"…," Scott Pruitt, the attorney general of Oklahoma, said': a name, an apposition, the cue
            # … or '"…," panel Chairman Rep. Jason Chaffetz (R-Utah) said': a long title, a bracket, the cue
            if window[i - 1].text in (",", ")") and _reports_after_quote(doc, token, lexicon):
                run = _leading_name(window)
                if run is not None:
                    return token, run
            continue
        if _reports_after_quote(doc, token, lexicon):
            if _reports_its_own_clause(doc, mark, token):
                return None
            speaker = subject_of(doc, token)
            if speaker is None or speaker.span.start < end:
                # none, or the parser took a word of the quote as the subject: look beside the cue
                speaker = _nearest_nominal(window, i)
            elif speaker.upos == "NOUN":
                speaker = name_before_apposition(doc, window[:i], speaker) or speaker
            return token, past_abbreviated_title(doc, speaker)
    return None


def _wrapped_line_end(doc: Document, line_end: int) -> int:
    """Where the reporting clause of a quote that closes its line may end: hard-wrapped copy puts it on
    the next line ('"…whatever the objections,"\nsaid the council leader, Peter Hale.'). That line
    counts when one line break alone separates it and it goes on in lower case, as a wrapped sentence
    does; otherwise the quote's own line ends the search (`line_end`)."""
    index = doc.paragraph_of(max(line_end - 1, 0))
    if index + 1 >= len(doc.paragraphs):
        return line_end
    following = doc.paragraphs[index + 1]
    gap = doc.text[line_end : following.start].replace("\r\n", "\n")
    if gap.strip() or gap.count("\n") + gap.count("\r") != 1 or not doc.text[following.start].islower():
        return line_end
    return following.end


def _reports_after_quote(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    """A reporting verb after a quote: a cue verb, but not one that mostly narrates an action."""
    return reporting_verb(doc, token, lexicon) and not _narrates(token, lexicon)


def _narrates(token: Token, lexicon: CueLexicon) -> bool:
    # only PolNeAR's counts show a verb mostly narrates; a speech verb a lexical resource lists
    # ("whispered", rate 0 for want of PolNeAR examples) reports the quote before it
    entry = lexicon.lookup(lemmatize_verb(token.lower))
    return entry is not None and not entry.vouched and entry.rate < _LOW_CUE_RATE


def narrates_after_quote(doc: Document, cue: Token, content: Span, quoted: Sequence[QuotedSpan],
                         lexicon: CueLexicon) -> bool:
    """Whether a report read off the parse, '"We have won," the players turned…', is a quotation
    followed by a verb that mostly narrates an action (rate under `_LOW_CUE_RATE`): no report at all.

    `content` is the report's content (code-point offsets, end exclusive); `quoted` the scanner's spans.
    """
    if cue.span.start < content.end or not _narrates(cue, lexicon):
        return False
    return any(mark.close is not None and mark.close.end <= cue.span.start and content.overlaps(mark.content)
               for mark in quoted)


def _reports_its_own_clause(doc: Document, mark: QuotedSpan, cue: Token) -> bool:
    """'"…a statewide bar on enforcement." She further announced that the DOJ…': after a quote
    that ends its sentence, a cue with a clause of its own starts a new report."""
    if not mark.content.text_of(doc.text).rstrip().endswith((".", "!", "?")):
        return False
    following = next_in_sentence(doc, cue)
    return (following is not None and following.lower == "that") or any(
        c.deprel == "ccomp" and c.index > cue.index for c in doc.children(cue))


def reporting_verb(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    """A cue verb beside a quote. Right next to quotation marks the word itself is strong evidence,
    so a tagger that calls "said" a noun or an adjective is overruled; a word that modifies a noun
    ('made the following comment: "…"') is not."""
    if token.deprel == "amod":
        return False
    if is_cue(doc, token, lexicon):
        return True
    if token.upos in ("PUNCT", "DET", "ADP", "PRON", "PROPN", "CCONJ", "NUM") or not token.text.isalpha():
        return False
    if any(c.deprel in ("det", "nmod:poss") for c in doc.children(token)):
        return False  # '"…," the post read': a noun with its determiner, however often 'post' reports
    lemma = lemmatize_verb(token.lower)
    return lexicon.is_cue_verb(lemma, min_count=20) and not is_negated(doc, token)


def _leading_name(window: list[Token]) -> Token | None:
    """The last name of the noun phrase that opens the reporting clause ('panel Chairman Rep. Jason
    Chaffetz'), if it opens with one that holds a proper name; a possessive name is its owner and a
    role's name may follow it in apposition ('the union's general secretary, Sharon Graham')."""
    start = 1 if window and window[0].text == "," else 0
    run: Token | None = None
    role = False
    for token in window[start:]:
        if token.upos == "PROPN":
            run = token
        elif token.lower in POSSESSIVE_MARKERS and (run is not None or token.upos == "PART"):
            # "the union's general secretary", "the employers' chief negotiator": the owner, name or
            # noun, is not the speaker
            run = None
        elif run is None and token.upos in ("DET", "ADJ", "NOUN"):
            role = token.upos == "NOUN"
        elif not (run is None and role and token.text == ","):
            break  # past a role noun and its comma comes the name in apposition ("…secretary, Sharon Graham,")
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
    if any(t.lower in POSSESSIVE_MARKERS for t in after[:_OWNER_WORDS]):
        # 'whispered Lutz's mother, Ida': the owner is not the speaker; the name in apposition is
        named = _leading_name(after)
        if named is not None:
            return named
    run: Token | None = None
    for token in after:
        if token.upos in ("PROPN", "NOUN") or (token.upos == "PRON" and run is None):
            run = token
            continue
        if token.upos == "DET" and run is None and token.deprel != "det":
            # '"…," shouted another.': a determiner that heads its own noun phrase stands for one
            run = token
            continue
        if token.lower in POSSESSIVE_MARKERS and run is not None:
            run = None  # 'said Lutz's mother': the owned noun, not its owner
            continue
        if run is not None or token.upos not in ("DET", "ADJ"):
            break
    return run


def cue_before(doc: Document, first: QuotedSpan, last: QuotedSpan,
                lexicon: CueLexicon) -> tuple[Token, Token | None, bool] | None:
    """'Macron said: "…"', 'He said, "…"', 'She said "Not today" and left': a cue shortly before the
    opening mark, then a colon or comma, or the cue right against a quotation that is its whole object.

    Returns (cue, speaker or None, tight): tight when only a few words and no verb stand between the
    cue and the mark, or a colon ends the introduction, so that no clause after the quote can claim it.
    """
    mark = first
    start = paragraph_start(doc, mark.open.start)
    before = tokens_between(doc, start, mark.open.start)
    colon_paragraph = False
    if not before:
        # a quote that opens its paragraph, introduced by the previous one: 'Trump told the crowd:'
        paragraph = doc.paragraph_of(mark.open.start)
        if paragraph > 0 and not strip_blank(doc.text[start : mark.open.start]):
            previous = doc.paragraphs[paragraph - 1]
            before = tokens_between(doc, previous.start, previous.end)
            if not before or before[-1].text != ":":
                return None
            colon_paragraph = True
    introduction = strip_blank(doc.text[start : mark.open.start], left=False)
    if names_a_work(introduction, mark.content.text_of(doc.text)):
        return None  # ("on Mr. King's show, ''Politicking.''", 'a book called "Salt and Stone"': a title)
    before = without_listener(without_coordinated_quotation(before),  # 'told them "…"'
                              lambda token: reporting_verb(doc, token, lexicon))
    if (before and before[-1].text not in (":", ",") and reporting_verb(doc, before[-1], lexicon)
            and cue_lemma(before[-1]) not in _NAMING_CUES | _PERFORMING_CUES
            and whole_object(doc, first, last, before[-1])):
        window = before[-REPORTING_WINDOW:]
        speaker = _cue_subject(doc, window[-1], lexicon)
        return window[-1], speaker or _nearest_nominal(window, len(window) - 1), True
    if not before or before[-1].text not in (":", ","):
        return None
    window = before[-REPORTING_WINDOW:]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        if token.text in ("\"", "“", "”", "."):
            break
        if reporting_verb(doc, token, lexicon):
            between = window[i + 1 : -1]
            subject = _cue_subject(doc, token, lexicon)
            # 'He said, "…"' is tight; 'With thousands of vote counting systems, "…"' is not a clause
            own_subject = any(c.deprel in ("nsubj", "nsubj:pass") for c in doc.children(token))
            tight = own_subject and is_cue(doc, token, lexicon) and (
                colon_paragraph or window[-1].text == ":" or (
                    len(between) <= _TIGHT_INTRO_TOKENS and not any(t.upos in ("VERB", "AUX") for t in between)))
            return token, subject or _nearest_nominal(window, i), tight
    return None


def _cue_subject(doc: Document, cue: Token, lexicon: CueLexicon) -> Token | None:
    """The speaker of a cue before its quote: its subject, except that a participle ('…, adding',
    'before adding') with no subject of its own speaks for the reporter before it
    (`_participle_reporter`), wherever the parse hung it: climbing the parse reaches the subject of
    the clause it hangs in ('said the ruling was wrong, before adding "…"': 'the ruling'; 'said "We
    will win", noting "…"': the quote's 'We')."""
    subject = subject_of(doc, cue)
    if subject is not None and subject.head != cue.index and cue.lower.endswith("ing"):
        return _participle_reporter(doc, cue, lexicon) or subject
    return subject or _participle_reporter(doc, cue, lexicon)


def _participle_reporter(doc: Document, cue: Token, lexicon: CueLexicon) -> Token | None:
    """'Diaz said the plan was flawed, adding: "…"': a participial cue after a comma reports for the
    speaker of the nearest cue before it in the sentence, however the parse hung it (here inside the
    first report's clause, whose passive subject speaks for nobody). So does one after its own
    subordinator ('said "…" before adding "…"', 'while noting "…"')."""
    if not cue.lower.endswith("ing") or cue.index == 0:
        return None
    previous = doc.tokens[cue.index - 1]
    # after a comma, a quotation ('said "…" adding "…"') or its own subordinator ('before adding')
    if previous.text != "," and previous.text not in QUOTE_MARKS and not (
            previous.head == cue.index and previous.deprel == "mark"):
        return None
    sentence = doc.sentences[cue.sentence].tokens
    # quotation marks passed on the way back (the one right before the cue too): odd, and the word
    # is inside a quotation
    marks = int(doc.tokens[cue.index - 1].text in QUOTE_MARKS)
    for token in reversed(sentence[: cue.index - sentence[0].index - 1]):
        marks += token.text in QUOTE_MARKS
        if marks % 2 == 0 and is_cue(doc, token, lexicon):
            subject = subject_of(doc, token)
            if subject is not None:
                return subject
    return None


_DASHES = ("―", "—", "–", "-", "--")


def _dash_signature(doc: Document, mark: QuotedSpan) -> tuple[Token, Token | None] | None:
    """'“…” ― Jacklyn Ashley': a reader's or source's quote signed with a dash and a name."""
    assert mark.close is not None
    rest = tokens_between(doc, mark.close.end, paragraph_end(doc, mark.close.end))
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


def turn_speaker(doc: Document, mark: QuotedSpan) -> tuple[Token, Token] | None:
    """'"PENCE: Well, look…' — a quoted transcript turn led by the speaker's name and a colon."""
    inside = doc.tokens_in(mark.content, 5)
    colon = next((i for i, t in enumerate(inside) if t.text == ":"), None)
    if not colon or len(inside) <= colon + 1:
        return None
    name = inside[:colon]
    capitalised = all(t.text[:1].isupper() and t.text.replace(".", "").isalpha() for t in name)
    if capitalised and (all(t.text.isupper() for t in name) or all(t.upos == "PROPN" for t in name)):
        return inside[colon], name[-1]
    return None


def _speaker_colon(doc: Document, mark: QuotedSpan) -> tuple[Token, Token] | None:
    """'Peskov: "…"' or 'Kremlin spokesperson Dmitry Peskov: "…"' at the start of a paragraph."""
    start = paragraph_start(doc, mark.open.start)
    before = tokens_between(doc, start, mark.open.start)
    if len(before) < 2 or len(before) > 6 or before[-1].text != ":":
        return None
    # a tagger may call an unfamiliar surname anything; capitals before the colon are the name
    names = [t for t in before[:-1] if t.upos == "PROPN" or (t.text[:1].isupper() and t.text.isalpha())]
    if not names or any(t.upos in ("VERB", "AUX") for t in before):
        return None
    return before[-1], names[-1]
