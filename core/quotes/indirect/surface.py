"""Reports read off the word sequence, for sentences the parser got wrong: `CLAUSE, a source said.`,
`X said (on Tuesday) that CLAUSE`, `…, adding that CLAUSE`, `Name: CLAUSE`, `As X reported, CLAUSE` and
`In this poll, CLAUSE`."""

from __future__ import annotations

from collections.abc import Iterator

from ...cues import CueLexicon
from ...lemmatize import lemmatize_verb
from ...model import Document, Token
from ...openings import news_lede
from ...syntax import TIME_NOUNS, WEAK_CUES, after_dateline, in_capitals, is_cue, subject_of, trim_tokens
from ...wordlists import words
from ..interview import is_label
from ..marks import QUOTE_MARKS, may_open_quote
from ..owned import owned_noun_before_that
from ..shapes import title_case
from ..transcript import opens_article
from .base import (
    ADVERBIAL_MARKS,
    INVERTING_CUES,
    MIN_CONTENT_WORDS,
    OBJECT_CUES,
    RELATIVE_WORDS,
    SUBJECT_UPOS,
    Attribution,
    count_words,
    last_of_first_run,
    surface_cue,
)
from .boundaries import up_to_next_report
from .starts import bare_clause, past_listener, resumes_clause


def _sentences(doc: Document) -> Iterator[list[Token]]:
    for sentence in doc.sentences:
        yield list(sentence.tokens)


def find_surface_postposed(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`CLAUSE, a source said.` / `CLAUSE, said Sun.` read off the word sequence (`surface-postposed`)."""
    for tokens in _sentences(doc):
        yield from _surface_postposed(doc, tokens, lexicon)


def find_surface_that(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (on Tuesday) that CLAUSE` (`surface-that`) and `…, adding that CLAUSE` (`surface-participle`)
    read off the word sequence."""
    for tokens in _sentences(doc):
        yield from _surface_that(doc, tokens, lexicon)


def find_name_colon(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`Pat Caddell: CLAUSE` (`name-colon`)."""
    for tokens in _sentences(doc):
        yield from _surface_name_colon(doc, tokens, lexicon)


def find_as_reported(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`As Breitbart News reported, CLAUSE` (`surface-as`)."""
    for tokens in _sentences(doc):
        yield from _surface_as_reported(doc, tokens, lexicon)


def find_in_source(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`In this poll, CLAUSE` (`in-source`)."""
    for tokens in _sentences(doc):
        yield from _surface_in_source(doc, tokens, lexicon)


# Documents that can open a sentence as the source of the rest: "In the latest poll, Trump leads…".
# Statements and interviews are left out: "In a statement, the company said…" carries its own cue.
_SOURCE_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis",
                           "memo", "filing", "ruling", "letter", "op-ed", "column", "editorial"})


def _surface_in_source(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """`In this poll, Trump rose 1 point`, `In a letter to donors, CLAUSE`: a document named at the
    start of the sentence is the source of the clause after the comma."""
    if len(tokens) < 6 or tokens[0].lower != "in":
        return
    comma = next((j for j in range(2, min(14, len(tokens))) if tokens[j].text == ","), None)
    if comma is None:
        return
    phrase = tokens[1:comma]
    head = next((t for t in phrase if t.lower in _SOURCE_NOUNS and t.upos in ("NOUN", "PROPN")), None)
    content = up_to_next_report(doc, tokens, comma + 1, lexicon)
    if (head is None or any(t.upos in ("VERB", "AUX") and t.index < head.index for t in phrase) or
            not any(t.upos in ("VERB", "AUX") for t in content) or count_words(content) < MIN_CONTENT_WORDS or
            any(is_cue(doc, t, lexicon) for t in content)):
        return  # ("In a column, two speechwriters implored her to…": the sentence's own cue reports)
    yield Attribution(tuple(content), (tokens[0],), head, "in-source", "in")


def _surface_as_reported(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """`As Breitbart News reported, CLAUSE`, `As many tax experts have pointed out, CLAUSE`: the clause
    after the comma is the report, even for a weak cue ("As the study found, …")."""
    for i, token in enumerate(tokens):
        if token.lower != "as" or (i > 0 and tokens[i - 1].text not in (",", ";", "—", "–", "--")):
            continue
        comma = next((j for j in range(i + 2, min(i + 14, len(tokens))) if tokens[j].text == ","), None)
        if comma is None:
            continue
        clause = tokens[i + 1 : comma]
        while clause and (clause[-1].upos in ("ADV", "ADP", "PART") or clause[-1].lower in TIME_NOUNS):
            clause = clause[:-1]  # "pointed out", "reported Friday"
        if len(clause) < 2 or clause[-1].upos != "VERB" or in_capitals(doc, clause[-1]):
            continue
        cue = clause[-1]
        lemma = lemmatize_verb(cue.lower)
        subject = [t for t in clause[:-1] if t.upos not in ("AUX", "ADV", "PART")]
        if (not lexicon.is_cue_verb(lemma, min_count=15) or not subject or
                not all(t.upos in SUBJECT_UPOS | {"PUNCT", "CCONJ", "ADP"} for t in subject)):
            continue
        nominals = [t for t in subject if t.upos in ("PROPN", "NOUN", "PRON")]
        content = up_to_next_report(doc, tokens, comma + 1, lexicon)
        if nominals and count_words(content) >= MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (cue,), last_of_first_run(nominals), "surface-as", lemma)


# Labels that open a headline before a colon ("ICYMI: Mayor Teague Opens New Clinic"); they name no
# one, so the line is no name-colon quote (data/word_classes.tsv).
_HEADLINE_LABELS = words("kicker-labels") | words("headline-labels")


def _surface_name_colon(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """'Pat Caddell: Democrat voters worried…' — a headline or transcript line led by a name; not a
    headline label ('ICYMI:', 'BREAKING:'), and not a name in capitals before a line whose own cue has
    its subject after the colon ('LONDON: The Bank of England said…'): that is a dateline's place."""
    colon = next((i for i, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or not all(t.upos == "PROPN" for t in tokens[:colon]):
        return
    if all(t.lower in _HEADLINE_LABELS for t in tokens[:colon]) or (colon == 1 and is_label(tokens[0])):
        return  # ('Q: Why did you leave?': an interview's question, quotes/interview.py)
    content = trim_tokens(tokens[colon + 1 :])
    if content and all(t.text.isupper() for t in tokens[:colon]) and (
            content[0].lower == "according" or opens_article(doc, tokens, colon) or
            any(_reports_own_speaker(doc, t, tokens[colon], lexicon) for t in content)):
        # 'LONDON: The Bank of England said…', 'MUMBAI: According to police, …', or the article's first
        # line ('MUMBAI: The Bombay High Court on Friday pulled up…'): a dateline's place, not a speaker
        # ('Pat Caddell: Voters Worried…' is a headline's speaker)
        return
    if content and _titled_dateline(doc, tokens, colon):
        return
    if count_words(content) >= MIN_CONTENT_WORDS and not may_open_quote(content[0].text):
        yield Attribution(tuple(content), (tokens[colon],), tokens[colon - 1], "name-colon", ":")


def _titled_dateline(doc: Document, tokens: list[Token], colon: int) -> bool:
    """'Bengaluru: Karnataka Chief Minister … on Friday announced …': a dateline's place in Title case on
    the article's first line (`opens_article`), before a news lede with its own subject (`news_lede`).
    A headline is not one: its words in Title Case ('Sanders: Clinton Email Story Has Moved.'), or the
    next paragraph opening with the article's dateline ('Newspaper: Defense secretary used personal
    email…' before 'WASHINGTON (AP) — …'), since an article has one dateline; nor is a transcript's
    first turn ('Johnson: The council approved the budget.' before 'Host: What happens next?')."""
    if not (opens_article(doc, tokens, colon) and news_lede(doc, tokens, tokens[colon])):
        return False
    paragraph = doc.paragraph_of(tokens[0].span.start)
    if title_case(doc.text[tokens[colon + 1].span.start : tokens[-1].span.end]) or _other_turns(doc, paragraph):
        return False
    if paragraph + 1 < len(doc.paragraphs):
        following = list(doc.tokens_in(doc.paragraphs[paragraph + 1]))
        return after_dateline(doc, following) == following
    return True


def _other_turns(doc: Document, paragraph: int) -> bool:
    """Whether a paragraph of `doc` other than the `paragraph`-th opens with capitalised words and a
    colon ('Host: What happens next?'): the lines are a transcript's turns, and an article has one
    dateline."""
    for i, other in enumerate(doc.paragraphs):
        opening = doc.tokens_in(other)[:_TURN_NAME_WORDS + 1]
        colon = next((j for j, t in enumerate(opening) if t.text == ":"), 0)
        if i != paragraph and colon and all(t.text[:1].isupper() for t in opening[:colon]):
            return True
    return False


_TURN_NAME_WORDS = 4  # 'Sen. Maria Lopez:'


def _reports_own_speaker(doc: Document, token: Token, colon: Token, lexicon: CueLexicon) -> bool:
    """Whether `token` is a cue whose subject stands after `colon` ('the government … announced')."""
    if not is_cue(doc, token, lexicon):
        return False
    subject = subject_of(doc, token)
    return subject is not None and subject.index > colon.index


def _surface_postposed(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    end = len(tokens)
    while end and tokens[end - 1].upos == "PUNCT":
        end -= 1
    # the reporting clause sits after the first comma that ends a clause and runs to the next comma
    # or the sentence end: "CLAUSE, NP cue [time]." / "CLAUSE, cue NP, adding…"
    commas = [i for i in range(end) if tokens[i].text == ","]
    # a bracket or dash after the reporting clause opens an aside: "…, said Mr. Burman (a view echoed…)."
    asides = [i for i in range(end) if tokens[i].text in ("(", "[", "—", "–", "--")]
    for comma in commas:
        stop = min([i for i in commas + asides if i > comma] or [end])
        if comma >= 3 and stop - comma <= 9:
            yield from _postposed_at(doc, tokens, comma, stop, lexicon)


def _weak_cue_last(doc: Document, tail: list[Token], i: int, lexicon: CueLexicon) -> bool:
    """'…, Fox found.': a weak cue ("find", "see") reports when it closes the sentence after its subject."""
    token = tail[i]
    return (token.upos == "VERB" and lemmatize_verb(token.lower) in WEAK_CUES and i > 0 and
        lexicon.is_cue_verb(lemmatize_verb(token.lower)) and not in_capitals(doc, token) and
        all(t.upos == "PUNCT" or t.lower in TIME_NOUNS for t in tail[i + 1 :]))


def _postposed_at(doc: Document, tokens: list[Token], comma: int, end: int,
                  lexicon: CueLexicon) -> Iterator[Attribution]:
    tail = tokens[comma + 1 : end]
    while tail and tail[0].upos == "PUNCT" and tail[0].text in QUOTE_MARKS:
        tail = tail[1:]  # 'Clinton "is the only candidate…," a general said': past the closing mark
    for i, token in enumerate(tail):
        if not surface_cue(doc, token, lexicon) and not _weak_cue_last(doc, tail, i, lexicon):
            continue
        before, after = tail[:i], tail[i + 1 :]
        if before and before[0].lower in ("who", "which", "that", "whom"):
            return  # ", who voted against the plan,": a relative clause, not a reporting clause
        while before and before[-1].upos in ("AUX", "ADV"):
            before = before[:-1]  # "…, The Post has learned."
        if (before and all(t.upos in SUBJECT_UPOS or t.deprel in ("amod", "compound") for t in before) and
                all(t.upos not in ("VERB", "AUX", "SCONJ", "CCONJ") for t in after)):
            speaker = [t for t in before if t.upos in ("PROPN", "NOUN", "PRON") and t.lower not in TIME_NOUNS]
        elif (not before and after and lemmatize_verb(token.lower) in INVERTING_CUES
                # 'Anna Holm, responding to Erik Lund, said…': a cue's preposition names whom the
                # aside answers or addresses; an inverted speaker follows its cue bare ('noted Chinni')
                and after[0].upos != "ADP" and
                all(t.upos in SUBJECT_UPOS | {"ADP", "PUNCT", "PART"} for t in after)):  # "noted NBC’s Chinni"
            speaker = [t for t in after if t.upos in ("PROPN", "NOUN", "PRON") and t.lower not in TIME_NOUNS]
        else:
            continue
        content = trim_tokens(after_dateline(doc, tokens[:comma]))  # 'SYDNEY, Australia - The airline will…'
        if not content:
            return
        if end + 1 < len(tokens) and tokens[end].text == "," and resumes_clause(tokens[end + 1]):
            # "The museum, Mr. Obama said, would make…": the report resumes after the reporting clause
            content = content + up_to_next_report(doc, tokens, end + 1, lexicon)
        if not any(t.upos in ("VERB", "AUX") for t in content):
            return  # "One after another, mining companies, including Patriot, declared bankruptcy"
        if _fronted_adverbial(doc, content):
            return  # 'When the mayor claimed that…, she was ignoring…': the writer's clause of time, no report
        if speaker and count_words(content) >= MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), last_of_first_run(speaker), "surface-postposed",
                              lemmatize_verb(token.lower))
        return


def _fronted_adverbial(doc: Document, content: list[Token]) -> bool:
    """A clause before the comma that the parse hangs on the main verb as an adverbial: opened by a
    subordinator ('When the mayor claimed…', 'Because…') or a participle with no subject ('Realizing
    that the bridge was closed'). A reported clause is the main clause's complement, never that."""
    first = content[0]
    clause = first if first.upos == "VERB" else (doc.tokens[first.head] if first.head >= 0 else first)
    if clause.deprel != "advcl" or clause.index > content[-1].index:
        return False
    return first.lower in ADVERBIAL_MARKS | {"if", "unless", "whenever"} or (
        first is clause and not any(c.deprel.startswith("nsubj") for c in doc.children(clause)))


def _surface_that(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (on Monday) that CLAUSE`, `X said CLAUSE`, and `…, adding that CLAUSE`."""
    for i, token in enumerate(tokens):
        if not surface_cue(doc, token, lexicon):
            continue
        window = tokens[i + 1 : i + 11]
        that = next((j for j, t in enumerate(window) if t.lower == "that"), None)
        if (that is not None and that > 0 and window[that - 1].upos == "NOUN" and
                not any(t.upos == "ADP" for t in window[:that]) and lemmatize_verb(token.lower) not in OBJECT_CUES):
            that = None  # "said French assertions that…": "that" belongs to the noun
        elif that is not None and that > 0 and that + 1 < len(window) and window[that + 1].upos in ("VERB", "AUX"):
            continue  # "spoke in a cottage that overlooks the bay": a relative clause, missing its subject
        if that is not None and that > 0 and owned_noun_before_that(doc, window[that - 1], None, lexicon):
            continue  # "responded to the Prime Minister's claim that…": the clause is the owner's report
        if that is None or any(t.upos in ("VERB", "AUX", "SCONJ") or t.text == ";" for t in window[:that]):
            that = bare_clause(tokens, i)
            if that is None:
                continue
            if lemmatize_verb(token.lower) in OBJECT_CUES:
                that = past_listener(tokens, i, that)
        content = up_to_next_report(doc, tokens, i + 1 + that, lexicon)
        if i > 0 and tokens[i - 1].text == "," and token.lower.endswith("ing"):
            # "…, adding that B": the speaker is whoever spoke earlier in the sentence
            if count_words(content) >= MIN_CONTENT_WORDS:
                yield Attribution(tuple(content), (token,), None, "surface-participle", lemmatize_verb(token.lower))
            continue
        subject = _subject_before(tokens, i)
        speaker = [t for t in subject if t.upos in ("PROPN", "NOUN", "PRON")]
        parsed = subject_of(doc, token)
        if speaker and parsed is not None and parsed.index < token.index and speaker[-1] in doc.subtree(parsed):
            # "A spokeswoman for the company said": the parse knows the phrase's head, the words only its end
            speaker = [parsed]
        before = i - 1
        while before > 0 and tokens[before].upos in ("ADV", "AUX"):
            before -= 1  # "…, but also contended that"
        if not speaker and before >= 0 and tokens[before].upos == "CCONJ":
            # "Putin emphasized that A, and said B": the coordinated cue shares the subject
            if count_words(content) >= MIN_CONTENT_WORDS:
                yield Attribution(tuple(content), (token,), None, "surface-coordinated", lemmatize_verb(token.lower))
            continue
        if speaker and count_words(content) >= MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), speaker[-1], "surface-that", lemmatize_verb(token.lower))


def _subject_before(tokens: list[Token], cue: int) -> list[Token]:
    """The noun phrase right before the cue at `cue`, read off the words (past 'has also', 'did'), and
    past a relative clause set off by commas ('A spokeswoman, who declined to be named, said')."""
    end = cue
    if end > 0 and tokens[end - 1].text == ",":
        opening = next((j for j in range(end - 2, max(end - 2 - _MAX_RELATIVE_CLAUSE, 0), -1)
                        if tokens[j].text == ","), None)
        if opening is not None and tokens[opening + 1].lower in RELATIVE_WORDS:
            end = opening
    subject: list[Token] = []
    for candidate in reversed(tokens[:end]):
        if candidate.upos in ("AUX", "ADV", "PART") and not subject:
            continue  # "has also said", "did say"
        if candidate.upos not in SUBJECT_UPOS:
            break
        subject.insert(0, candidate)
    return subject


# The words a relative clause between a subject and its cue may hold: ', who was not authorized to
# discuss the negotiations publicly,' has ten.
_MAX_RELATIVE_CLAUSE = 20
