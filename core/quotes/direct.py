"""Direct quotes: text in quotation marks, attributed to a cue and a speaker next to it.

Forms, each a rule name that ends up in the output:
- `quote-then-cue`:   "…," Putin said. / "…," said Sun. / "…," he told reporters.
- `cue-then-quote`:   Macron said: "…" / He said, "…" / She said "Not today" and left (no comma: the
                      quotation is all the cue's object). A cue that introduces the quote in its own
                      clause wins over a clause after the quote; a quote ending in a full stop has no
                      reporting clause after it; a verb that mostly narrates (return, leave, follow)
                      or one after "and" never is its reporting clause.
- `speaker-colon`:    Peskov: "…" (a paragraph introduced by a name and a colon)
- `speaker-turn`:     a transcript quoted paragraph by paragraph ('"WALLACE: …' / '"PENCE: …'), or
                      printed without marks ('SMITH: No. It is not closing.', transcript.py)
- `split`:            "A," he said, "B." — one quote with several content parts (`split-second-cue`:
                      a second cue inside the reporting clause; `split-resumed`: a part with no cue of
                      its own after the reporting clause)
- `continuation`:     a quote right after an attributed one, in the same paragraph or as the
                      whole next paragraph: the same speaker goes on
- `after-report`, `after-subject`, `intro-colon`: a bare quote that takes its speaker from the sentence
                      before it (see nearby.py)
- `reported-fragment`: a short quoted fragment inside reported speech (kind `mixed`)
- `unattributed`:     a quote with no cue anywhere near (kept, speaker unknown) that is long, or a
                      whole sentence or paragraph however short ('“Is that final?”')

A quote no cue claims that is a few words inside a sentence — scare quotes, titles, nicknames — is
not a quote. Content parts are cut at line breaks, so a hard-wrapped quote keeps exact spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..cues import CueLexicon, lemmatize_verb
from ..model import Document, Span, Token
from ..rules import RuleId, fire
from ..syntax import POSSESSIVE_MARKERS, TIME_NOUNS, cue_lemma, is_cue, is_negated, next_in_sentence, subject_of
from ..wordlists import words
from .clause import name_before_apposition, past_abbreviated_title, without_coordinated_quotation, without_listener
from .marks import QUOTE_MARKS, QuotedSpan, strip_blank
from .nearby import speaker_nearby
from .shapes import (
    content_parts,
    content_span,
    ends_like_clause,
    ends_sentence,
    is_standalone,
    names_a_work,
    opens_clause,
    paragraph_end,
    paragraph_start,
    title_case,
    tokens_between,
    trim_span,
    whole_object,
    whole_sentence,
    words_in,
)
from .transcript import transcript_turns

_REPORTING_WINDOW = 8  # tokens after a closing mark in which "he said" may sit
_APPOSITION_WINDOW = 30  # … or "Name, a long apposition, said"
_MIN_UNATTRIBUTED_WORDS = 6
# A verb PolNeAR's annotators marked as a cue in under 5 % of its uses (return 0.05, follow 0.03,
# leave 0.02, vote 0.02, end 0.02, turn 0.03 in data/cues.tsv) narrates an action after a quote: it
# never is that quote's reporting clause ('"…," and left the court').
_LOW_CUE_RATE = 0.05
# 'said, "…"', 'said Tuesday, "…"', 'said in a statement: "…"': at most this many words between a cue
# and the quotation it introduces, for the cue to win over a clause after the quote
_TIGHT_INTRO_TOKENS = 4
_OWNER_WORDS = 4  # 'Lutz's', 'the union's', 'the city council's': an owner's words before its marker
_NAMING_CUES = words("naming-cues")  # 'a book called "Salt and Stone"': a name, not speech


@dataclass
class DirectQuote:
    parts: list[Span]
    marks: list[QuotedSpan]
    cue: list[Token] = field(default_factory=list)
    speaker: Token | None = None
    rule: RuleId | None = None  # None: no cue claims it (yet)
    lemma: str = ""
    confidence: float = 0.0
    stands_alone: bool = False  # unclaimed, and a sentence of its own rather than a fragment in one
    whole: bool = False  # unclaimed, and a whole sentence or paragraph: speech, however short
    trace: list[str] = field(default_factory=list)  # the rules it had before its current one

    def become(self, rule: RuleId) -> None:
        """Take `rule` as its rule, keeping the one it had in `trace`."""
        if self.rule is not None:
            self.trace.append(self.rule)
        self.rule = rule


def group_chains(quoted: Sequence[QuotedSpan]) -> list[list[QuotedSpan]]:
    """Outer quotes, with multi-paragraph continuations merged into one group."""
    groups: dict[int, list[QuotedSpan]] = {}
    for span in quoted:
        if span.depth == 0:
            groups.setdefault(span.chain, []).append(span)
    return sorted(groups.values(), key=lambda g: g[0].open.start)


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
        if token.text in ("\"", "“", "”", "«", "»", "‘", "’") or \
                (token.text == "." and i > 0 and bracket <= 0 and not abbreviation):
            break
        if i >= _REPORTING_WINDOW:
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
    return _reporting_verb(doc, token, lexicon) and not _narrates(token, lexicon)


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
    return following is not None and following.lower == "that" or \
        any(c.deprel == "ccomp" and c.index > cue.index for c in doc.children(cue))


def _heading(doc: Document, quote: DirectQuote) -> bool:
    """A short quotation in title case alone in its paragraph ("'Coal Isn't the Villain.'") is a
    section heading, not the previous speaker going on."""
    text = " ".join(p.text_of(doc.text) for p in quote.parts)
    paragraph = doc.text[paragraph_start(doc, quote.parts[0].start) : paragraph_end(doc, quote.parts[-1].end)]
    return title_case(text) and len(paragraph.strip()) <= len(text) + 4


def _reporting_verb(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
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
        if token.lower in POSSESSIVE_MARKERS and run is not None:
            run = None  # 'said Lutz's mother': the owned noun, not its owner
            continue
        if run is not None or token.upos not in ("DET", "ADJ"):
            break
    return run


def _cue_before(doc: Document, first: QuotedSpan, last: QuotedSpan,
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
                              lambda token: _reporting_verb(doc, token, lexicon))
    if before and before[-1].text not in (":", ",") and _reporting_verb(doc, before[-1], lexicon) and \
            cue_lemma(before[-1]) not in _NAMING_CUES and whole_object(doc, first, last, before[-1]):
        window = before[-_REPORTING_WINDOW:]
        speaker = _cue_subject(doc, window[-1], lexicon)
        return window[-1], speaker or _nearest_nominal(window, len(window) - 1), True
    if not before or before[-1].text not in (":", ","):
        return None
    window = before[-_REPORTING_WINDOW:]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        if token.text in ("\"", "“", "”", "."):
            break
        if _reporting_verb(doc, token, lexicon):
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
    start = paragraph_start(doc, mark.open.start)
    before = tokens_between(doc, start, mark.open.start)
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
    returned with no rule and no cue: the reported-speech finder decides whether they are
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
            parts = [Span(turn_colon.span.end, content_span(doc, group[0]).end)] + \
                [content_span(doc, mark) for mark in group[1:]]
            parts = [trim_span(doc, p) for p in parts if len(trim_span(doc, p)) > 0]
            if parts:
                quotes.append(DirectQuote(parts=parts, marks=list(group), cue=[turn_colon], speaker=name,
                                          rule="speaker-turn", lemma=":",
                                          confidence=fire("speaker-turn")[1]))
            continue
        parts = [p for mark in group for p in content_parts(doc, mark)]
        if not parts:
            continue
        first, last = group[0], group[-1]
        quote = DirectQuote(parts=parts, marks=list(group))
        found: tuple[Token, Token | None] | None = None
        before = _cue_before(doc, first, last, lexicon)
        if before is not None and before[2]:
            # 'She said, "…." Officials returned…': a cue that introduces the quote wins
            found = before[:2]
            quote.rule, quote.confidence = fire("cue-then-quote")
        if found is None and last.close is not None and ends_like_clause(doc, last) and opens_clause(doc, first):
            found = _cue_after(doc, last, lexicon)
            if found:
                quote.rule, quote.confidence = fire("quote-then-cue")
        if found is None and before is not None:
            found = before[:2]
            quote.rule, quote.confidence = fire("cue-then-quote")
        if found is None and last.close is not None:
            found = _dash_signature(doc, last)
            if found:
                quote.rule, quote.confidence = fire("quote-dash-name")
        if found is None:
            colon = _speaker_colon(doc, first)
            if colon:
                quote.cue, quote.speaker = [colon[0]], colon[1]
                (quote.rule, quote.confidence), quote.lemma = fire("speaker-colon"), ":"
        if found is not None:
            quote.cue, quote.speaker = [found[0]], found[1]
            quote.lemma = cue_lemma(found[0])
        if quote.rule is None:
            quote.whole = whole_sentence(doc, first, last)
            quote.stands_alone = quote.whole or is_standalone(doc, first, last)
        quotes.append(quote)
    printed = [DirectQuote(parts=[part], marks=[], cue=[colon], speaker=name, rule="speaker-turn", lemma=":",
                           confidence=fire("speaker-turn")[1]) for part, colon, name in transcript_turns(doc, quoted)]
    return _link_continuations(doc, quotes, lexicon) + printed


def _with_nearby_speaker(doc: Document, quote: DirectQuote, lexicon: CueLexicon) -> None:
    """A bare quote that is speech takes a speaker from the sentence before it (see nearby.py)."""
    if quote.rule is not None or not quote.stands_alone:
        return
    if not quote.whole and sum(words_in(doc, p) for p in quote.parts) < _MIN_UNATTRIBUTED_WORDS:
        return
    if _verb_after(doc, quote.marks[-1], lexicon):
        return  # '"…’” Merkley said.': the quote's own sentence may report it; do not guess from before
    nearby = speaker_nearby(doc, quote.marks[0].open.start, lexicon)
    if nearby is not None:
        quote.speaker, quote.lemma = nearby.speaker, nearby.lemma
        quote.rule, quote.confidence = fire(nearby.rule)


def _verb_after(doc: Document, mark: QuotedSpan, lexicon: CueLexicon) -> bool:
    """A reporting verb in the few words after the closing mark, before a full stop or another mark."""
    if mark.close is None:
        return False
    for token in tokens_between(doc, mark.close.end, paragraph_end(doc, mark.close.end))[:_REPORTING_WINDOW]:
        if token.text in (".", "!", "?") or token.text in QUOTE_MARKS:
            return False
        if _reporting_verb(doc, token, lexicon):
            return True
    return False


def _resumes_after_reporting_clause(doc: Document, gap: str, quote: DirectQuote) -> bool:
    """'"A," Trump said during a rally in Kenansville, N.C., "but B."' — a longer reporting clause
    closed by a comma, and a second part that finishes the sentence."""
    last = quote.marks[-1]
    return gap.rstrip(" \n" + "".join(QUOTE_MARKS)).endswith(",") and len(gap.split()) <= 20 and \
        last.content.text_of(doc.text).rstrip().endswith((".", "!", "?", "…"))


def _link_continuations(doc: Document, quotes: list[DirectQuote], lexicon: CueLexicon) -> list[DirectQuote]:
    """Same speaker goes on: 'A,' he said. 'B.' (a split quote) and a paragraph that is only a quote."""
    result: list[DirectQuote] = []
    for quote in quotes:
        previous = result[-1] if result else None
        if previous is not None and quote.cue and previous.cue and quote.cue[0].index == previous.cue[0].index:
            # '"A," he said, "and B."' — both halves found the same cue: one split quote
            previous.parts.extend(quote.parts)
            previous.marks.extend(quote.marks)
            previous.become("split")
            continue
        if previous is not None and previous.rule == "quote-then-cue" and quote.rule == "cue-then-quote" and \
                previous.cue[0].sentence == quote.cue[0].sentence and \
                previous.parts[-1].end <= previous.cue[0].span.start < quote.cue[0].span.start < quote.parts[0].start \
                and _resumes_after_reporting_clause(doc, doc.text[previous.parts[-1].end : quote.parts[0].start],
                                                    quote):
            # '"A," Tester said, referring to the excuse, "B."': a second cue inside the reporting clause
            previous.parts.extend(quote.parts)
            previous.marks.extend(quote.marks)
            previous.become("split-second-cue")
            continue
        if quote.rule is None and previous is not None and previous.speaker is not None:
            gap = doc.text[previous.parts[-1].end : quote.parts[0].start]
            same_paragraph = doc.paragraph_of(previous.parts[-1].end) == doc.paragraph_of(quote.parts[0].start)
            next_paragraph = doc.paragraph_of(quote.parts[0].start) == doc.paragraph_of(previous.parts[-1].end) + 1
            paragraph_is_quote = next_paragraph and paragraph_start(doc, quote.parts[0].start) >= \
                quote.marks[0].open.start
            cue_in_gap = bool(previous.cue) and previous.parts[-1].end <= previous.cue[0].span.start \
                and previous.cue[-1].span.end <= quote.parts[0].start
            # '"A," he said, but "b…"': only the reporting clause and a conjunction lie between the parts
            short_gap = len(gap) < 250 if quote.stands_alone else len(gap.split()) <= 6 or \
                _resumes_after_reporting_clause(doc, gap, quote)
            if same_paragraph and cue_in_gap and short_gap and not _someone_else_named(doc, previous, quote):
                # the reporting clause sits between the two parts: one quote, two content spans
                previous.parts.extend(quote.parts)
                previous.marks.extend(quote.marks)
                previous.become("split-resumed")
                continue
            if paragraph_is_quote and quote.stands_alone and not _heading(doc, quote) and \
                    not _someone_else_named(doc, previous, quote):
                quote.speaker, quote.cue, quote.lemma = previous.speaker, [], previous.lemma
                quote.rule, quote.confidence = fire("continuation")
        _with_nearby_speaker(doc, quote, lexicon)
        result.append(quote)
    return result


_NAME_GLUE = frozenset({"flat", "flat:name", "compound", "appos"})


def _someone_else_named(doc: Document, previous: DirectQuote, quote: DirectQuote) -> bool:
    """A person other than the previous speaker is the subject of a sentence between the two quotes
    ('"A," Ford said. Ng disagreed. "B."', '… said Watts. Council member Raj Patel voted against.') or
    of the new quote's own paragraph ('"B." Patel has represented …'), outside the reporting clause's
    sentence: the new quote may be theirs, so it neither continues nor resumes the previous one."""
    assert previous.speaker is not None
    known = {t.text for t in doc.subtree(previous.speaker) if t.upos == "PROPN"}
    paragraph = doc.paragraphs[doc.paragraph_of(quote.parts[0].start)] if doc.paragraphs else None
    # plain pairs: a previous quote may end after this one opens (a chain of paragraphs)
    regions = [(previous.parts[-1].end, quote.marks[0].open.start)]
    if paragraph is not None:
        regions.append((quote.parts[-1].end, paragraph.end))
    cue_sentence = previous.cue[0].sentence if previous.cue else -1
    for token in doc.tokens:
        # the reporting clause's own sentence names the speaker's employer, home town, …
        if token.upos != "PROPN" or token.text in known or token.sentence == cue_sentence:
            continue
        if not any(start <= token.span.start < end for start, end in regions):
            continue
        head = token
        while head.deprel in _NAME_GLUE and 0 <= head.head < len(doc.tokens):
            head = doc.tokens[head.head]
        if head.deprel.startswith(("nsubj", "csubj")):
            return True
    return False
