"""Reported speech over the dependency parse: who said (that) what, without quotation marks.

One generator per pattern; each yields `Attribution`s that name the content tokens, the cue and
the speaker head. Patterns:

- `X said (that) CLAUSE`, `X told Y (that) CLAUSE` — a cue verb with a clausal complement;
- `CLAUSE, X said.` / `CLAUSE, said X.` — a cue in parataxis after the clause it reports;
- `According to X, CLAUSE` / `CLAUSE, according to X`;
- coordinated and participial cues inherit the subject (`emphasized that A, and said B`,
  `..., adding that B`);
- a reporting clause inside the report splits its content (`The museum, Mr. Obama said, would…`);
- `X added:` and the rest of the paragraph (or the block quote after it);
- naming: `X called Y a "Z"` (object and predicate together);
- reporting nouns with a possessor: `Trump's claim that CLAUSE`;
- PolNeAR's broad attributions: the object of a verb that mostly reports (`criticized the deals`,
  by the lexicon's cue rate), the topic of a verb + preposition the lexicon knows (`railed against
  X`) and passives with an agent (`was endorsed by dozens of papers`).

Negated and hypothetical cues (`did not say`, `would not say whether`) yield nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..cues import CueLexicon, lemmatize_verb
from ..model import Document, Token
from ..syntax import (
    TIME_NOUNS,
    WEAK_CUES,
    cue_lemma,
    in_capitals,
    is_cue,
    is_hypothetical,
    is_negated,
    next_in_sentence,
    passive_agent,
    subject_of,
    trim_tokens,
)
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS

_COMPLEMENT_DEPRELS = ("ccomp", "xcomp", "obj")
# A noun-phrase object is the content only after verbs whose object is itself a statement
# ("confirmed a bilateral agreement that…", "denied the report"); "said a prayer" reports nothing.
_OBJECT_CONTENT_CUES = frozenset({"confirm", "announce", "deny", "reveal", "acknowledge", "admit", "disclose",
                                  "report"})
# An infinitive complement is reported content only after verbs of commitment and appeal
# ("vowed to fight", "urged them to return") and of intention ("wants to win", thought); "failed to
# agree" or "declined to be named" report nothing.
_INFINITIVE_CUES = frozenset({"promise", "vow", "pledge", "urge", "threaten", "ask", "call", "agree", "offer",
                              "demand", "order", "warn", "advise", "encourage", "tell", "invite",
                              "swear", "insist", "propose", "request", "beg", "instruct", "challenge", "commit",
                              # intentions are reported too, flagged as thought by the lexicon
                              "want", "hope", "plan", "seek", "intend", "expect"})
_MIN_CONTENT_WORDS = 3
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
_ADVERBIAL_MARKS = frozenset({"when", "after", "before", "while", "because", "since", "although", "though", "until",
                              "once", "as"})
# Beyond those, a verb's noun-phrase object is the report when the verb alone mostly signals one:
# its cue rate in PolNeAR train ("criticized long-standing free-trade deals", "cited her work",
# "accused the GOP of stoking the issue"). 0.3 was chosen on PolNeAR train; "say", "tell", "ask" and
# "call" take a listener or a name as object, never the report.
_OBJECT_RATE = 0.3
_OBJECT_MIN_COUNT = 5
_OBJECT_IS_NOT_CONTENT = frozenset({"say", "tell", "ask", "call"})


def _object_is_content(lemma: str, lexicon: CueLexicon) -> bool:
    if lemma in _OBJECT_CONTENT_CUES:
        return True
    if lemma in _OBJECT_IS_NOT_CONTENT or not lexicon.is_cue_verb(lemma, min_count=_OBJECT_MIN_COUNT):
        return False
    return lexicon.rate(lemma) >= _OBJECT_RATE


@dataclass(frozen=True, slots=True)
class Attribution:
    content: tuple[Token, ...]
    cue: tuple[Token, ...]
    speaker: Token | None
    rule: str
    lemma: str


def _words(tokens: tuple[Token, ...] | list[Token]) -> int:
    return sum(1 for t in tokens if t.upos != "PUNCT")


def find_complement_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (that) CLAUSE`, in either order: the content is the cue's clausal complement."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon) or _describes_a_noun(token):
            continue
        for child in doc.children(token):
            if child.deprel == "advcl" and cue_lemma(token) in _INFINITIVE_CUES and child.index > token.index and \
                    doc.subtree(child)[0].lower == "to":
                child_deprel = "xcomp"  # "asked Holt to fact-check Trump": a parser's advcl for an xcomp
            elif child.deprel == "xcomp" and child.index > token.index and cue_lemma(token) not in _INFINITIVE_CUES \
                    and doc.subtree(child)[0].lower != "to" and \
                    (child.lower.endswith("ing") and child.index == token.index + 1 or
                     any(c.deprel.startswith("nsubj") for c in doc.children(child))):
                # "cited improving mental health services": a gerund is the cue's object; "shows Clinton
                # ahead by 3 points": so is a small clause with its own subject
                child_deprel = "obj"
            else:
                child_deprel = child.deprel
            if child_deprel not in _COMPLEMENT_DEPRELS:
                continue
            if child_deprel == "xcomp" and cue_lemma(token) not in _INFINITIVE_CUES:
                continue
            if child_deprel == "obj" and (not _object_is_content(cue_lemma(token), lexicon) or
                                          any(c.deprel == "ccomp" for c in doc.children(token))):
                continue
            if child.index > token.index and _inverted_reporting_clause(doc, token):
                continue  # "CLAUSE, said the researcher, adding that…": the report came before the cue
            if child.lower.endswith("ing") and is_cue(doc, child, lexicon) and \
                    all(t.upos == "PUNCT" for t in doc.tokens[token.index + 1 : child.index]):
                continue  # 'Putin said, adding that…' parsed as said → adding: a report of its own
            content = trim_tokens(doc.subtree(child))
            following = next_in_sentence(doc, token)
            if following is not None and following.lower == "that" and child.index > token.index:
                # "…, adding that B": trust the words after "that" over a parse that may have lost part of B
                sentence = list(doc.sentences[token.sentence].tokens)
                surface = _up_to_next_report(doc, sentence, following.index - sentence[0].index, lexicon)
                if _words(surface) >= _MIN_CONTENT_WORDS:
                    content = surface
            elif child.index > token.index and (
                    (bare := _bare_clause(list(doc.sentences[token.sentence].tokens),
                                          token.index - doc.sentences[token.sentence].tokens[0].index)) is not None or
                    # "asked Holt to check": before an infinitive the noun is the listener, not a lost subject
                    _lost_subject(doc, content, token) and content[0].lower != "to" or
                    content and content[0].index == token.index + 1):
                # "said about 120 ships were waiting": the parse dropped the clause's subject; and a
                # clause right after the cue (or after "Thursday") runs to the sentence end or the
                # next report, however early a small parser closed its subtree
                sentence = list(doc.sentences[token.sentence].tokens)
                start = token.index + 1 - sentence[0].index + (bare or 0)
                surface = _up_to_next_report(doc, sentence, start, lexicon)
                if child_deprel == "obj" and bare is None:
                    surface = _before_new_clause(doc, _before_adverbial_clause(surface), lexicon)
                    surface = _before_cue_adjunct(doc, token, surface)
                if _words(surface) >= _words(content):
                    content = surface
            if child_deprel == "ccomp" and child.index > token.index:
                content = _with_shared_subject_predicates(doc, token, child, content, lexicon)
            content = _clip_at_next_report(doc, content, lexicon)
            if child.index > token.index:
                content = _clip_at_coordinated_clause(doc, token, child, content)
                content = _clip_reporting_setting(doc, token, content)
                content = _clip_trailing_aside(content)
            content = _with_fronted_subject(doc, token, child, content)
            if _words(content) < _MIN_CONTENT_WORDS or content[0].lower in _RELATIVE_WORDS | _ADVERBIAL_MARKS:
                # "endorsed Ted Cruz, who says he is honored", "said so when she resigned": a relative
                # or adverbial clause, not the report
                continue
            rule = "cue-complement" if child.index > token.index else "cue-postposed"
            if rule == "cue-postposed" and content[0].upos in ("ADP", "SCONJ") and content[0].lower != "that":
                continue  # "Despite the signals, Sun cautioned that…": an adverbial, not the report
            subject = subject_of(doc, token)
            if rule == "cue-postposed" and subject is not None and subject.index < content[0].index:
                continue  # "Reyes, who voted against it, said…": a relative clause, not the report
            content = _with_fronted_clause(doc, token, child, content, subject)
            yield Attribution(tuple(content), (token,), subject, rule, cue_lemma(token))


# Verbs that name or label something: "called the senator a 'nasty guy'", "branded the deal a
# disaster". Their object alone is a name ("called Smith"); object and predicate together are a report.
NAMING_CUES = frozenset({"call", "label", "brand", "dub", "deem", "term"})


def find_naming_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X called Y a Z`: what is named and what it is called, to the end of the clause. A small
    parser gives the predicate as a second object or as the object's apposition; either shows it."""
    for token in doc.tokens:
        if is_negated(doc, token) or is_hypothetical(doc, token):
            continue
        if cue_lemma(token) not in NAMING_CUES:
            as_report = _object_as_predicate(doc, token, lexicon)
            if as_report is not None:
                yield as_report
            continue
        objects = [c for c in doc.children(token) if c.deprel in ("obj", "iobj", "xcomp") and c.index > token.index]
        if not objects:
            continue
        predicate = len(objects) > 1 or any(t.deprel == "appos" for t in doc.subtree(objects[0])[1:])
        if not predicate:
            continue
        sentence = list(doc.sentences[token.sentence].tokens)
        first = min(doc.subtree(objects[0])[0].index, objects[0].index)
        content = _up_to_next_report(doc, sentence, first - sentence[0].index, lexicon)
        if _words(content) < _MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-naming", cue_lemma(token))


def _object_as_predicate(doc: Document, token: Token, lexicon: CueLexicon) -> Attribution | None:
    """`X described Y as a "disgrace"`, `dismissed the claims as nonsense`: a reporting verb's
    object with its as-phrase, whatever the verb's rate."""
    if token.upos != "VERB" or not lexicon.is_cue_verb(cue_lemma(token), min_count=2):
        return None
    obj = next((c for c in doc.children(token) if c.deprel == "obj" and c.index > token.index), None)
    if obj is None:
        return None
    as_phrase = next((c for c in doc.children(token) if c.index > obj.index and
                      c.deprel in ("obl", "advcl", "xcomp", "obl:as") and
                      any(m.lower == "as" and m.deprel in ("case", "mark") and m.index < c.index
                          for m in doc.children(c))), None)
    if as_phrase is None or any(c.deprel.startswith("nsubj") for c in doc.children(as_phrase)) or \
            as_phrase.upos in ("VERB", "AUX") and not as_phrase.lower.endswith("ing"):
        return None  # "as she hurried closer": a clause of time, not what the object is called
    sentence = doc.sentences[token.sentence].tokens
    start = doc.subtree(obj)[0].index
    end = max(doc.subtree(as_phrase)[-1].index, doc.subtree(obj)[-1].index)
    if all(t.upos == "PUNCT" for t in doc.tokens[end + 1 : sentence[-1].index + 1]):
        end = sentence[-1].index  # the closing quotation mark a parser hung on the verb
    content = _clip_at_next_report(doc, trim_tokens(list(doc.tokens[start : end + 1])), lexicon)
    # "see the program as an easier way to gain citizenship…": past an as-phrase the parse closed early
    surface = _up_to_next_report(doc, list(sentence), start - sentence[0].index, lexicon)
    surface = _clip_at_coordinated_clause(doc, token, obj, _before_new_clause(doc, surface, lexicon))
    surface = _clip_reporting_setting(doc, token, surface)
    # (a quoted predicate ends the report: 'cast Clinton as a "disgrace"')
    # — nor does a quotation mark past the parsed phrase: '"saw Burma as a country…," said Cha')
    if _words(surface) > _words(content) and content and content[-1].text not in QUOTE_MARKS and \
            not any(t.text in QUOTE_MARKS for t in surface if t.index > content[-1].index):
        content = surface
    if _words(content) < _MIN_CONTENT_WORDS:
        return None
    return Attribution(tuple(content), (token,), subject_of(doc, token), "cue-naming", cue_lemma(token))


def find_nominal_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`Trump's claim that CLAUSE`, `her warning that CLAUSE`: a noun the lexicon knows as a cue, or
    that names a cue verb's act, with a that-clause; its possessor is the speaker. Without one
    ("the claim that…") nobody is named, and nothing is reported."""
    for token in doc.tokens:
        if token.upos != "NOUN" or not _reporting_noun(token, lexicon):
            continue
        children = list(doc.children(token))
        owner = next((c for c in children if c.deprel in ("nmod:poss", "det:poss") and c.index < token.index), None)
        clause = next((c for c in children if c.deprel in ("acl", "ccomp", "acl:relcl") and c.index > token.index and
                       any(m.lower == "that" and m.deprel == "mark" for m in doc.children(c)) and
                       any(s.deprel.startswith("nsubj") for s in doc.children(c))), None)
        if owner is None or clause is None:
            continue
        content = _clip_at_next_report(doc, trim_tokens(doc.subtree(clause)), lexicon)
        if _words(content) >= _MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), owner, "cue-nominal", cue_lemma(token))


def _reporting_noun(token: Token, lexicon: CueLexicon) -> bool:
    lemma = cue_lemma(token)
    entry = lexicon.lookup(lemma)
    return entry is not None and (entry.pos == "NOUN" or lexicon.is_cue_verb(lemma, min_count=_OBJECT_MIN_COUNT))


def _describes_a_noun(token: Token) -> bool:
    """'anyone wanting to learn…', 'a continent-wide force to defend the bloc': a cue that only
    describes a noun reports nothing said. (Purpose clauses, 'went to Geneva to discuss…', were
    as often right as wrong on PolNeAR and stay.)"""
    return token.deprel in ("acl", "amod")


# A cue and preposition that PolNeAR's annotators marked together often enough ("talk about", "rail
# against", "speak of", "worry about", "comment on"): the prepositional object is the report's topic.
_TOPIC_MIN_COUNT = 5


def find_topic_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X talked about TOPIC`, `X railed against TOPIC`: PolNeAR counts the topic of a speech act as
    its content. Only after the cue, only where the lexicon knows the verb with that preposition,
    and never for a cue that also has a clause or object complement (those are the report)."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon):
            continue
        children = list(doc.children(token))
        if any(c.deprel in ("ccomp", "obj") for c in children):
            continue
        for child in children:
            # "called for reducing the tax rate": a gerund after the preposition is an advcl to a parser
            if child.deprel not in ("obl", "advcl") or child.index < token.index or child.lower in TIME_NOUNS:
                continue
            subtree = doc.subtree(child)
            key = f"{cue_lemma(token)}_{subtree[0].lower}"
            if subtree[0].upos not in ("ADP", "SCONJ") or not lexicon.is_cue_verb(key, min_count=_TOPIC_MIN_COUNT):
                continue
            content = trim_tokens(subtree[1:])
            # "spoke of the legacy of racism, enshrined in…, and how the fight…": a small parser
            # closes the topic's subtree early; it runs on to the sentence end or the next report
            sentence = list(doc.sentences[token.sentence].tokens)
            surface = _up_to_next_report(doc, sentence, subtree[1].index - sentence[0].index, lexicon) \
                if len(subtree) > 1 else []
            surface = _clip_at_coordinated_clause(doc, token, child, _before_new_clause(doc, surface, lexicon))
            surface = _clip_reporting_setting(doc, token, surface)
            if _words(surface) > _words(content):
                content = surface
            if _words(content) < _MIN_CONTENT_WORDS:
                continue
            cue = (token, subtree[0]) if subtree[0].index == token.index + 1 else (token,)
            yield Attribution(tuple(content), cue, subject_of(doc, token), "cue-topic", key)
            break


def find_passive_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X was endorsed / criticized / supported by Y`: the passive subject is what Y's report is
    about, and the by-phrase names Y. Without an agent there is no one to attribute it to."""
    for token in doc.tokens:
        if not is_cue(doc, token, lexicon) or cue_lemma(token) in _OBJECT_IS_NOT_CONTENT:
            continue
        children = list(doc.children(token))
        subject = next((c for c in children if c.deprel == "nsubj:pass"), None)
        agent = passive_agent(doc, token)
        if subject is None or agent is None or subject.index > token.index or agent.upos not in _SPEAKER_UPOS or \
                lexicon.rate(cue_lemma(token)) < _PASSIVE_RATE:
            continue
        content = trim_tokens(doc.subtree(subject))
        if _words(content) < 2 or content[0].lower in _RELATIVE_WORDS or content[0].upos == "PRON":
            continue
        yield Attribution(tuple(content), (token,), agent, "cue-passive", cue_lemma(token))


_SPEAKER_UPOS = frozenset({"PROPN", "NOUN", "PRON"})
_PASSIVE_RATE = 0.1


def find_colon_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X added: CLAUSE. CLAUSE.` without quotation marks: the report runs from the colon to the
    end of the paragraph. (With an opening mark after the colon it is a direct quote, found there.)"""
    for token in doc.tokens:
        following = next_in_sentence(doc, token)
        if following is None or following.text != ":" or not is_cue(doc, token, lexicon):
            continue
        rest = doc.tokens[following.index + 1 :]
        if not rest or rest[0].text in QUOTE_MARKS:
            continue
        paragraph = next((p for p in doc.paragraphs if p.start <= rest[0].span.start < p.end), None)
        if paragraph is None:
            continue
        # "The governor added:" closing its paragraph introduces the next one, a block quote
        content = trim_tokens([t for t in rest if t.span.end <= paragraph.end])
        if _words(content) < _MIN_CONTENT_WORDS or content[0].text in QUOTE_MARKS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-colon", cue_lemma(token))


def _inverted_reporting_clause(doc: Document, cue: Token) -> bool:
    """', said the researcher,' / ', said Sun.': a comma before the cue, a short noun phrase after it,
    then a comma or the end of the sentence."""
    sentence = doc.sentences[cue.sentence].tokens
    position = cue.index - sentence[0].index
    if position == 0 or sentence[position - 1].text != ",":
        return False
    phrase: list[Token] = []
    for token in sentence[position + 1 :]:
        if token.upos == "PUNCT":
            return bool(phrase) and token.text in (",", ".", ";") and len(phrase) <= 6
        if token.upos not in _SUBJECT_UPOS and not (token.lower in ("'s", "’s") and phrase):
            return False  # "noted NBC's Dante Chinni"
        phrase.append(token)
    return bool(phrase) and len(phrase) <= 6


def _with_fronted_subject(doc: Document, cue: Token, clause: Token, content: list[Token]) -> list[Token]:
    """'The museum, Mr. Obama said, would make visitors…': the reported clause's subject stands before
    the interrupting reporting clause; it belongs to the content (a second, earlier span)."""
    following = next_in_sentence(doc, cue)
    resumed = next_in_sentence(doc, following) if following is not None and following.text == "," else None
    if not content or clause.index < cue.index or resumed is None or not _resumes_clause(resumed):
        return content  # only a reporting clause set off by commas inside the reported one
    subject = next((c for c in doc.children(clause) if c.deprel in ("nsubj", "nsubj:pass") and c.index < cue.index),
                   None)
    speaker = subject_of(doc, cue)
    if subject is None:
        # a parser may give the cue both subjects: "The museum, Mr. Obama said": the one before the comma
        subject = next((c for c in doc.children(cue) if c.deprel in ("nsubj", "nsubj:pass") and
                        speaker is not None and c.index < speaker.index and c.index != speaker.index), None)
    if subject is None:
        return content
    phrase = doc.subtree(subject)
    if speaker is not None and speaker in phrase:
        # "Climate change, Mr. Obama often says, is…": the parse hung the speaker on the subject
        phrase = [t for t in phrase if t.index < doc.subtree(speaker)[0].index]
    fronted = trim_tokens(phrase)
    between = doc.tokens[fronted[-1].index + 1 : cue.index] if fronted else []
    if not fronted or not between or between[0].text != ",":
        return content  # only an interrupting clause set off by commas
    return fronted + content


def _with_fronted_clause(doc: Document, cue: Token, clause: Token, content: list[Token],
                         speaker: Token | None) -> list[Token]:
    """'Though that transition was seamless, he said, replacing Clinton would be…', 'To understand the
    real Dred Scott, Chief Justice Roberts said, one should visit…': a clause before a reporting
    clause set off by commas belongs to the report after it (a second, earlier span)."""
    following = next_in_sentence(doc, cue)
    if not content or clause.index < cue.index or following is None or following.text != "," or \
            content[0].index <= following.index or content[0].text in QUOTE_MARKS:
        return content  # a quotation after the reporting clause is a direct quote, found there
    if speaker is None or speaker.index > cue.index:
        return content
    start = min(t.index for t in doc.subtree(speaker))
    sentence = doc.sentences[cue.sentence].tokens
    if start <= sentence[0].index or doc.tokens[start - 1].text != "," or \
            content[0].index < start:
        return content
    fronted = trim_tokens([t for t in sentence if t.index < start - 1])
    if _words(fronted) < 3 or not any(t.upos in ("VERB", "AUX") for t in fronted) or \
            any(t.text in DOUBLE_QUOTE_MARKS for t in fronted):
        return content
    return fronted + content


def _up_to_next_report(doc: Document, sentence: list[Token], start: int, lexicon: CueLexicon) -> list[Token]:
    """Content from `start` to the end of the sentence, or to a comma that introduces another report
    ('…, and said B', '…, adding that B')."""
    out: list[Token] = []
    for i in range(start, len(sentence)):
        if i > start and _starts_report(doc, sentence, i, lexicon):
            break
        out.append(sentence[i])
    return trim_tokens(out)


def _starts_report(doc: Document, tokens: list[Token], i: int, lexicon: CueLexicon) -> bool:
    """Whether a new report begins at tokens[i]: ', and said B', ', adding that B', 'and warned that B',
    ', but she added that B'."""
    token = tokens[i]
    if token.text in (",", ";"):
        ahead = tokens[i + 1 : i + 4]
        if ahead and ahead[0].upos == "VERB" and ahead[0].lower.endswith("ing") and \
                _surface_cue(doc, ahead[0], lexicon):
            return True
        if ahead and ahead[0].upos == "CCONJ":
            return _starts_report(doc, tokens, i + 1, lexicon)
        # ", Mr. Barrett said, …": a reporting clause of its own
        # ", who said B" too, but not ", which passed Monday," inside the report: after a relative
        # pronoun only a verb that mostly reports starts a report of its own
        return ahead[:1] != [] and ahead[0].upos in ("PROPN", "PRON") and \
            _subject_then_cue(doc, tokens[i + 1 : i + 7], lexicon,
                              min_rate=0.5 if ahead[0].lower in _RELATIVE_WORDS else 0.0)
    if token.upos == "CCONJ":
        # "and said B" (shared subject) or "but she added B", "and human rights groups warned B";
        # a verb that seldom reports goes on with the report ("had watched it rise and thought of…")
        shared = i + 1 < len(tokens) and tokens[i + 1].upos == "VERB"
        if shared and tokens[i + 1].lower.endswith("ing") and (i + 2 >= len(tokens) or tokens[i + 2].lower != "that") \
                and lexicon.rate(lemmatize_verb(tokens[i + 1].lower)) < 0.5:
            return False  # "is acting unlawfully and showing disregard": the same clause goes on ("and saying" not)
        return _subject_then_cue(doc, tokens[i + 1 : i + 6], lexicon, min_rate=_SHARED_SUBJECT_RATE if shared else 0.0)
    return False


_SHARED_SUBJECT_RATE = 0.3
_SUBJECT_WORDS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADV", "ADJ", "NUM"})


def _subject_then_cue(doc: Document, ahead: list[Token], lexicon: CueLexicon, min_rate: float = 0.0) -> bool:
    for i, candidate in enumerate(ahead):
        if candidate.upos == "VERB" and _surface_cue(doc, candidate, lexicon) and not _describes_a_noun(candidate):
            return lexicon.rate(lemmatize_verb(candidate.lower)) >= min_rate
        if candidate.upos not in _SUBJECT_WORDS or i > 0 and candidate.lower in ("that", "who", "which"):
            return False  # ("and interest groups that support Clinton": a relative clause)
    return False


def _lost_subject(doc: Document, content: list[Token], cue: Token) -> bool:
    """The words between the cue and the parsed content hold a noun and nothing that would make them
    a separate phrase (a preposition, 'that', a comma, a pronoun object): the content's lost subject."""
    if not content or content[0].index <= cue.index + 1 or content[0].index - cue.index > 7:
        return False
    gap = doc.tokens[cue.index + 1 : content[0].index]
    quantity = {t.index for t, following in zip(gap, gap[1:], strict=False) if following.upos == "NUM"}
    if any(t.upos in ("ADP", "SCONJ", "PUNCT", "VERB", "AUX") and t.index not in quantity
           or t.lower in ("reporters", "me", "him", "her", "them", "us") for t in gap):
        return False
    return any(t.upos in ("NOUN", "PROPN", "NUM") for t in gap)


def _clip_at_next_report(doc: Document, content: list[Token], lexicon: CueLexicon) -> list[Token]:
    """'…the quay had survived worse storms, but she added that…': a content ends where another
    report begins."""
    for i in range(1, len(content)):
        if _starts_report(doc, content, i, lexicon):
            return trim_tokens(content[:i])
    return content


def _with_shared_subject_predicates(doc: Document, cue: Token, clause: Token, content: list[Token],
                                    lexicon: CueLexicon) -> list[Token]:
    """'He said he had watched the museum rise and thought of the days…', 'police said Scott got out
    with a gun and refused to drop it': a predicate without a subject of its own after a reported
    clause that has one goes on with that clause, though a parser hangs it on the cue."""
    if not content or not any(c.deprel in ("nsubj", "nsubj:pass") for c in doc.children(clause)):
        return content
    end = content[-1].index
    for conj in doc.children(cue):
        if conj.deprel != "conj" or conj.index <= end or conj.upos != "VERB" or is_cue(doc, conj, lexicon) or \
                any(c.deprel in ("nsubj", "nsubj:pass", "expl") for c in doc.children(conj)):
            continue
        between = doc.tokens[end + 1 : conj.index]
        if not between or not all(t.upos in ("CCONJ", "PUNCT", "ADV", "AUX", "PART") for t in between) or \
                not any(t.upos == "CCONJ" for t in between):
            continue
        subtree = doc.subtree(conj)
        return trim_tokens(list(doc.tokens[content[0].index : subtree[-1].index + 1]))
    return content


def _clip_at_coordinated_clause(doc: Document, cue: Token, clause: Token, content: list[Token]) -> list[Token]:
    """'agreed to lend Mr. Clarke $5 million, and the union also stepped in', 'promoted unproven
    therapies and downplayed the risk': a clause or predicate coordinated after the report is the
    writer's, not the speaker's ('…, and that B' goes on with the report)."""
    for i in range(_MIN_CONTENT_WORDS, len(content) - 1):
        token = content[i]
        if token.upos != "CCONJ" or token.lower not in ("and", "but", "yet"):
            continue
        following = content[i + 1]
        if following.lower == "that":
            continue
        embedded = any(t.lower in _EMBEDDING_WORDS for t in content[:i])  # "to know who else … and X had…"
        if content[0].lower == "to" and (following.upos in ("VERB", "AUX") and _finite(following) or
                                         not embedded and _starts_clause(content[i + 1 : i + 8])):
            return trim_tokens(content[:i])  # "agreed to lend it and stepped in": a finite verb leaves the infinitive
        verb = next((t for t in content[i + 1 : i + 4] if t.upos != "ADV"), following)
        if verb.upos in ("VERB", "AUX") and not verb.lower.endswith("ing") and \
                (verb.deprel == "conj" and verb.head == cue.index or verb.upos == "AUX" or _finite(verb)) and \
                not any(c.deprel in ("nsubj", "nsubj:pass") for c in doc.children(clause)) and \
                not embedded:
            # a second predicate of the cue's subject after an object ("declined that assignment and
            # has since left", "promised a veto and attempted…"); after a clause with a subject of its
            # own it more often goes on with that clause (_with_shared_subject_predicates)
            return trim_tokens(content[:i])
        if content[i - 1].text != ",":
            continue
        if following.upos == "SCONJ" or following.lower in ("when", "then"):
            return trim_tokens(content[:i - 1])  # ", and when pressed on…"
        if _starts_clause(content[i + 1 : i + 8]):
            return trim_tokens(content[:i - 1])  # ", and the union also stepped in"
    return content


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})
_ADJUNCT_DEPRELS = frozenset({"obl", "obl:tmod", "obl:npmod", "obl:unmarked", "advmod", "advcl", "nmod:tmod"})


def _before_cue_adjunct(doc: Document, cue: Token, content: list[Token]) -> list[Token]:
    """'endorsed Clinton for president on Thursday', '…at the convention in July': an object read off the
    surface ends where a phrase of time the parser hung on the cue itself begins."""
    adjuncts = {t.index for c in doc.children(cue) if c.deprel in _ADJUNCT_DEPRELS and c.index > cue.index and
                (c.lower in TIME_NOUNS or c.lower in _MONTHS or c.deprel.endswith("tmod")) for t in doc.subtree(c)}
    for i, token in enumerate(content):
        if i >= 1 and token.index in adjuncts:
            return trim_tokens(content[:i])
    return content


def _before_new_clause(doc: Document, content: list[Token], lexicon: CueLexicon) -> list[Token]:
    """A phrase read off the surface ends at a dash or at a comma that opens a clause of its own:
    'asked about all four candidates, Clinton was supported by…', '…as being in the "suburbs" — a
    metaphor for…'."""
    for i, token in enumerate(content):
        if token.text in ("—", "–", "―", "--", ";", ":"):
            return trim_tokens(content[:i])
        if token.text != ",":
            continue
        after = [t for t in content[i + 1 : i + 3] if t.upos != "ADV"]
        if _starts_clause(content[i + 1 : i + 8]) or after and (after[0].upos == "SCONJ" or
                                                                 _surface_cue(doc, after[0], lexicon)):
            # (", as I did earlier", ", unless simply because…", "who voted against the plan, said…")
            return trim_tokens(content[:i])
    return content


def _starts_clause(words: list[Token]) -> bool:
    """A noun phrase and then a finite verb: 'the union also stepped in'."""
    verb = next((j for j, t in enumerate(words) if t.upos in ("VERB", "AUX")), None)
    return verb is not None and verb > 0 and _finite(words[verb]) and \
        all(t.upos in _NOUN_PHRASE_UPOS for t in words[:verb]) and \
        any(t.upos in ("NOUN", "PROPN", "PRON", "NUM") for t in words[:verb])


# Words that open a clause inside a content ("a nation that borders China and has…", "to know who
# else … and who approved…"): a coordination after them belongs to that clause.
_EMBEDDING_WORDS = frozenset({"that", "who", "which", "whom", "what", "whether", "how", "why", "where", "when"})
_NOUN_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "PART"})


def _finite(verb: Token) -> bool:
    """A finite verb, from the tagger's features; without features, not an -ing or -en form."""
    if verb.feats:
        return "VerbForm=Fin" in verb.feats
    return not verb.lower.endswith(("ing", "en"))


# Nouns of the occasion a report was made on: "said … in an interview with The Post", "… during a
# speech at the convention", "… in a ruling released Thursday".
_OCCASION_NOUNS = frozenset({
    "interview", "interviews", "statement", "statements", "speech", "speeches", "letter", "op-ed", "tweet",
    "tweets", "conference", "appearance", "diatribe", "email", "remarks", "memo", "broadcast", "address",
    "briefing", "column", "editorial", "essay", "podcast", "testimony", "announcement", "rally", "show",
    "anonymity",
})
_OCCASION_PREPOSITIONS = frozenset({"in", "during", "at", "on", "through", "via"})


def _clip_reporting_setting(doc: Document, cue: Token, content: list[Token]) -> list[Token]:
    """'likened RT to the BBC in an interview with The Washington Post': a phrase the parser hangs on
    the cue that names the occasion of the report ends the content; it belongs to the reporting
    clause."""
    for i in range(len(content) - 1, _MIN_CONTENT_WORDS - 1, -1):
        token = content[i]
        if token.upos != "ADP" or token.lower not in _OCCASION_PREPOSITIONS or content[i - 1].upos == "PUNCT" and \
                content[i - 1].text != ",":
            continue
        tail = content[i + 1 :]
        if _words(tail) > 10 or any(t.upos in ("VERB", "AUX", "SCONJ") and not t.lower.endswith("ed") and
                                    t.deprel not in ("amod", "compound") for t in tail):
            break  # only a short phrase that runs to the end ("in his opening statement" may)
        # not after a subordinate clause, whose own verb the phrase may belong to ("…because they
        # had asked for it in a letter")
        if any(t.lower in _OCCASION_NOUNS for t in tail[:4]) and not any(t.upos == "SCONJ" for t in content[:i]):
            return trim_tokens(content[:i])
    return content


_CONTRAST_WORDS = frozenset({"but", "though", "although", "while", "whereas", "even"})


def _before_adverbial_clause(content: list[Token]) -> list[Token]:
    """'recorded profanities as she hurries closer': an object read off the surface ends where a
    clause of time or cause begins."""
    for i, token in enumerate(content):
        if i >= 2 and token.lower in _ADVERBIAL_MARKS and token.upos == "SCONJ":
            return trim_tokens(content[:i])
    return content


def _lists_on(rest: list[Token]) -> bool:
    """'differ on Israel, the Iranian nuclear deal and the possibility…': a list, not an apposition; a
    conjunction inside a relative clause ('an alliance that includes the US and most E.U. countries')
    does not count."""
    for token in rest:
        if token.lower in ("that", "which", "who"):
            return False
        if token.upos == "CCONJ":
            return True
    return False


def _clip_trailing_aside(content: list[Token]) -> list[Token]:
    """'…support for the "public option", which would allow…': a comment the writer adds at the end
    of a report is not part of it — a relative clause or a participle that runs to the end, or a
    contrast ('…was smart, although he again refused…'). PolNeAR's annotators leave them out; on its
    train and dev splits, cutting each of the three raised indirect F1."""
    depth = 0  # inside quotation marks (double ones: single marks double as apostrophes)
    for i, token in enumerate(content):
        if token.text in DOUBLE_QUOTE_MARKS:
            if token.text in ('"', "''"):  # straight marks: open and close alike
                depth = 1 - min(depth, 1)
            else:
                depth = depth + 1 if token.text in ("“", "„", "``", "«") else max(depth - 1, 0)
            continue
        if depth > 0 or i < _MIN_CONTENT_WORDS or token.text not in (",", "—", "--", "–"):
            continue
        rest = content[i + 1 :]
        if not rest:
            break
        first = rest[1] if rest[0].upos == "ADV" and len(rest) > 1 else rest[0]
        later_comma = any(t.text == "," for t in rest)
        if first.lower in ("which", "who") and not later_comma or \
                first.upos == "VERB" and first.lower.endswith("ing") and not later_comma or \
                first.lower in _CONTRAST_WORDS or \
                token.text == "," and first.lower in ("another", "the", "a", "an") and not later_comma and \
                not _starts_clause(rest[:8]) and not _lists_on(rest):
            # (and a noun phrase in apposition to the whole report: "…, another example of organized
            # labor throwing its support behind the nominee")
            return trim_tokens(content[:i])
    return content



def find_parenthetical_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """`CLAUSE, X said.`: the parser hangs the reporting clause off the reported one."""
    for token in doc.tokens:
        if token.deprel != "parataxis" or token.head < 0 or not is_cue(doc, token, lexicon):
            continue
        if any(child.deprel in _COMPLEMENT_DEPRELS for child in doc.children(token)):
            continue  # already reported by find_complement_reports
        head = doc.tokens[token.head]
        reporting = {t.index for t in doc.subtree(token)}
        sentence = doc.sentences[token.sentence].tokens
        if _ends_sentence(sentence, token):
            # "A, but B before C, another source said.": the report is everything before the
            # reporting clause, however the parser hung the pieces together
            clause_start = min(reporting)
            content = [t for t in sentence if t.index < clause_start]
        else:
            content = [t for t in doc.subtree(head) if t.index not in reporting and t.index < token.index]
            # the reporting clause ends at the first comma after the cue, however the parser hung
            # what follows ("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt")
            after = [t for t in sentence if t.index > token.index]
            comma = next((i for i, t in enumerate(after) if t.text == ","), None)
            after = after[comma:] if comma is not None and comma <= 6 else []
            if len(after) > 1 and _resumes_clause(after[1]):
                # "The museum, Mr. Obama said, would make…": both sides of the reporting clause
                content = trim_tokens(content) + _up_to_next_report(doc, list(sentence),
                                                                    after[1].index - sentence[0].index, lexicon)
        content = trim_tokens(content)
        if _words(content) < _MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token,), subject_of(doc, token), "cue-parenthetical", cue_lemma(token))


def _ends_sentence(sentence: tuple[Token, ...], cue: Token) -> bool:
    """Nothing but a short tail ('on Monday', 'in a statement') and punctuation follows the cue."""
    tail = [t for t in sentence if t.index > cue.index and t.upos != "PUNCT"]
    return len(tail) <= 5 and not any(t.upos in ("VERB", "AUX", "SCONJ") for t in tail)


def find_according_to(doc: Document) -> Iterator[Attribution]:
    """`According to X, CLAUSE` and `CLAUSE, according to X`.

    Read off the surface rather than the parse: the phrase is fixed, and a small parser often
    hangs it in odd places. The source runs from "to" to the next comma (or the sentence end);
    the content is the rest of the sentence on the other side of the phrase.
    """
    for token in doc.tokens:
        if token.lower != "according":
            continue
        sentence = doc.sentences[token.sentence].tokens
        position = token.index - sentence[0].index
        if position + 1 >= len(sentence) or sentence[position + 1].lower != "to":
            continue
        source_tokens: list[Token] = []
        for candidate in sentence[position + 2 :]:
            if candidate.text in (",", ";", ":", "—", "–") or \
                    candidate.upos in ("VERB", "AUX") and candidate.deprel not in ("amod", "compound"):
                break  # "the conservative-leaning Tax Foundation" keeps its participle
            source_tokens.append(candidate)
        source_tokens = trim_tokens(source_tokens)
        head = _source_head(source_tokens)
        if head is None:
            continue
        before = trim_tokens(_since_last_boundary(list(sentence[:position])))
        after_start = _skip_parenthetical(sentence, source_tokens[-1].index + 1)
        after = trim_tokens([t for t in sentence if t.index >= after_start])
        # "CLAUSE, according to X, more than twice…": a clause before the phrase is the report
        clause_before = _words(before) >= _MIN_CONTENT_WORDS and any(t.upos in ("VERB", "AUX") for t in before)
        content = before if clause_before or _words(before) > _words(after) else after
        if _words(content) < _MIN_CONTENT_WORDS:
            continue
        yield Attribution(tuple(content), (token, sentence[position + 1]), head, "according-to", "accord_to")


def _since_last_boundary(tokens: list[Token]) -> list[Token]:
    """The clause 'according to' closes: after the last semicolon, and inside a quotation that is
    still open ('…; the report says the company "reports having 987 subsidiaries…, according to its
    own website')."""
    start = 0
    open_at: int | None = None
    for i, token in enumerate(tokens):
        if token.text == ";":
            start = i + 1
        elif token.text in DOUBLE_QUOTE_MARKS:
            opening = token.text in ("“", "„", "``", "«") or token.text in ('"', "''") and open_at is None
            open_at = i if opening else None
    return tokens[max(start, open_at + 1 if open_at is not None else 0) :]


_PARENTHETICAL_STARTS = frozenset({"quoted", "cited", "speaking", "writing", "who", "which", "citing", "in"})


def _skip_parenthetical(sentence: tuple[Token, ...], index: int) -> int:
    """'According to a French source, quoted by Reuters, the leader…': the content starts after the aside."""
    local = [t for t in sentence if t.index >= index]
    if len(local) > 2 and local[0].text == "," and local[1].lower in _PARENTHETICAL_STARTS:
        for token in local[2:]:
            if token.text == ",":
                return token.index + 1
    return index


def _source_head(tokens: list[Token]) -> Token | None:
    """The head noun of 'a French source', "the council's own engineers", 'Reuters'."""
    nouns: list[Token] = []
    for token in tokens:
        if token.upos == "ADP" and nouns:
            break  # "officials at the port": the head comes before the preposition
        if token.upos in ("NOUN", "PROPN", "PRON"):
            nouns.append(token)
    return nouns[-1] if nouns else None


_TIME_WORDS = frozenset({"on", "in", "at", "last", "this", "late", "early", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "week",
                         "month", "year", "morning", "afternoon", "evening", "night", "recently", "later", "also",
                         "earlier", "previously", "again", "then", "statement", "interview", "a", "an", "the"})
_SUBJECT_UPOS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


def find_surface_reports(doc: Document, lexicon: CueLexicon) -> Iterator[Attribution]:
    """The two commonest report shapes read off the word sequence, for sentences the parser got
    wrong: `CLAUSE, a source said.` / `CLAUSE, said Sun.` and `X said (on Tuesday) that CLAUSE`."""
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        yield from _surface_postposed(doc, tokens, lexicon)
        yield from _surface_that(doc, tokens, lexicon)
        yield from _surface_name_colon(tokens)
        yield from _surface_as_reported(doc, tokens, lexicon)
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
    content = _up_to_next_report(doc, tokens, comma + 1, lexicon)
    if head is None or any(t.upos in ("VERB", "AUX") and t.index < head.index for t in phrase) or \
            not any(t.upos in ("VERB", "AUX") for t in content) or _words(content) < _MIN_CONTENT_WORDS or \
            any(is_cue(doc, t, lexicon) for t in content):
        return  # ("In a column, two speechwriters implored her to…": the sentence's own cue reports)
    yield Attribution(tuple(content), (tokens[0],), head, "in-source", "in")


def _surface_as_reported(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """`As Breitbart News reported, CLAUSE`, `As many tax experts have pointed out, CLAUSE`: the clause
    after the comma is the report, even for a weak cue ("As the study found, …")."""
    for i, token in enumerate(tokens):
        if token.lower != "as" or i > 0 and tokens[i - 1].text not in (",", ";", "—", "–", "--"):
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
        if not lexicon.is_cue_verb(lemma, min_count=15) or not subject or \
                not all(t.upos in _SUBJECT_UPOS | {"PUNCT", "CCONJ", "ADP"} for t in subject):
            continue
        nominals = [t for t in subject if t.upos in ("PROPN", "NOUN", "PRON")]
        content = _up_to_next_report(doc, tokens, comma + 1, lexicon)
        if nominals and _words(content) >= _MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (cue,), _last_of_first_run(nominals), "surface-as", lemma)


def _surface_name_colon(tokens: list[Token]) -> Iterator[Attribution]:
    """'Pat Caddell: Democrat voters worried…' — a headline or transcript line led by a name."""
    colon = next((i for i, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or not all(t.upos == "PROPN" for t in tokens[:colon]):
        return
    content = trim_tokens(tokens[colon + 1 :])
    if _words(content) >= _MIN_CONTENT_WORDS and content[0].text not in ("\"", "“"):
        yield Attribution(tuple(content), (tokens[colon],), tokens[colon - 1], "name-colon", ":")


def _surface_cue(doc: Document, token: Token, lexicon: CueLexicon) -> bool:
    if token.upos in ("PUNCT", "DET", "ADP", "PRON", "PROPN", "CCONJ", "NUM", "NOUN") or not token.text.isalpha() or \
            in_capitals(doc, token):
        # a noun ("the campaign", "his claim that…", "Battleground state Florida") is no verb of saying
        return False
    following = next_in_sentence(doc, token)
    if following is not None and following.lower == "by":
        return False  # "quoted by Reuters": a passive aside, not a report
    lemma = lemmatize_verb(token.lower)
    return lemma not in WEAK_CUES and lexicon.is_cue_verb(lemma, min_count=15) and not is_negated(doc, token) \
        and not is_hypothetical(doc, token)


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
    return token.upos == "VERB" and lemmatize_verb(token.lower) in WEAK_CUES and i > 0 and \
        lexicon.is_cue_verb(lemmatize_verb(token.lower)) and not in_capitals(doc, token) and \
        all(t.upos == "PUNCT" or t.lower in TIME_NOUNS for t in tail[i + 1 :])


# Cues that put the speaker after them ("…, said Sun", "…, wrote the editor"); "…, cited problems in
# the Middle East" is a verb and its object, not an inverted report.
_INVERTING_CUES = frozenset({"say", "add", "write", "note", "explain", "ask", "continue", "recall", "reply",
                             "argue", "warn", "observe", "insist", "tell", "declare", "conclude", "say_in_statement",
                             "acknowledge", "admit", "respond", "answer", "report", "tweet", "quip", "joke"})


def _postposed_at(doc: Document, tokens: list[Token], comma: int, end: int,
                  lexicon: CueLexicon) -> Iterator[Attribution]:
    tail = tokens[comma + 1 : end]
    while tail and tail[0].upos == "PUNCT" and tail[0].text in QUOTE_MARKS:
        tail = tail[1:]  # 'Clinton "is the only candidate…," a general said': past the closing mark
    for i, token in enumerate(tail):
        if not _surface_cue(doc, token, lexicon) and not _weak_cue_last(doc, tail, i, lexicon):
            continue
        before, after = tail[:i], tail[i + 1 :]
        if before and before[0].lower in ("who", "which", "that", "whom"):
            return  # ", who voted against the plan,": a relative clause, not a reporting clause
        while before and before[-1].upos in ("AUX", "ADV"):
            before = before[:-1]  # "…, The Post has learned."
        if before and all(t.upos in _SUBJECT_UPOS or t.deprel in ("amod", "compound") for t in before) and \
                all(t.upos not in ("VERB", "AUX", "SCONJ", "CCONJ") for t in after):
            speaker = [t for t in before if t.upos in ("PROPN", "NOUN", "PRON") and t.lower not in TIME_NOUNS]
        elif not before and after and lemmatize_verb(token.lower) in _INVERTING_CUES and \
                all(t.upos in _SUBJECT_UPOS | {"ADP", "PUNCT", "PART"} for t in after):  # "noted NBC’s Chinni"
            speaker = [t for t in after if t.upos in ("PROPN", "NOUN", "PRON") and t.lower not in TIME_NOUNS]
        else:
            continue
        content = trim_tokens(tokens[:comma])
        if end + 1 < len(tokens) and tokens[end].text == "," and _resumes_clause(tokens[end + 1]):
            # "The museum, Mr. Obama said, would make…": the report resumes after the reporting clause
            content = content + _up_to_next_report(doc, tokens, end + 1, lexicon)
        if not any(t.upos in ("VERB", "AUX") for t in content):
            return  # "One after another, mining companies, including Patriot, declared bankruptcy"
        if speaker and _words(content) >= _MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), _last_of_first_run(speaker), "surface-postposed",
                              lemmatize_verb(token.lower))
        return


def _resumes_clause(token: Token) -> bool:
    """Whether the words after an interrupting reporting clause go on with the reported clause
    ('…, he said, would help', '…, Mr. Clarke said, until it went bankrupt') rather than describe
    the speaker ('…, said King, a prominent Democrat', '…, said Cha, who served…') or add an aside
    of the reporter's ('…, she said, gaining 22,000 followers')."""
    if token.upos == "AUX" or token.upos == "VERB" and not token.lower.endswith("ing"):
        return True
    return token.upos in ("ADP", "SCONJ") and token.lower not in ("as", "of", "with")


def _surface_that(doc: Document, tokens: list[Token], lexicon: CueLexicon) -> Iterator[Attribution]:
    """`X said (on Monday) that CLAUSE`, `X said CLAUSE`, and `…, adding that CLAUSE`."""
    for i, token in enumerate(tokens):
        if not _surface_cue(doc, token, lexicon):
            continue
        window = tokens[i + 1 : i + 11]
        that = next((j for j, t in enumerate(window) if t.lower == "that"), None)
        if that is not None and that > 0 and window[that - 1].upos == "NOUN" and \
                not any(t.upos == "ADP" for t in window[:that]) and lemmatize_verb(token.lower) not in _OBJECT_CUES:
            that = None  # "said French assertions that…": "that" belongs to the noun
        elif that is not None and that > 0 and that + 1 < len(window) and window[that + 1].upos in ("VERB", "AUX"):
            continue  # "spoke in a cottage that overlooks the bay": a relative clause, missing its subject
        if that is None or any(t.upos in ("VERB", "AUX", "SCONJ") or t.text == ";" for t in window[:that]):
            that = _bare_clause(tokens, i)
            if that is None:
                continue
            if lemmatize_verb(token.lower) in _OBJECT_CUES:
                that = _past_listener(tokens, i, that)
        content = _up_to_next_report(doc, tokens, i + 1 + that, lexicon)
        if i > 0 and tokens[i - 1].text == "," and token.lower.endswith("ing"):
            # "…, adding that B": the speaker is whoever spoke earlier in the sentence
            if _words(content) >= _MIN_CONTENT_WORDS:
                yield Attribution(tuple(content), (token,), None, "surface-participle", lemmatize_verb(token.lower))
            continue
        subject: list[Token] = []
        for candidate in reversed(tokens[:i]):
            if candidate.upos in ("AUX", "ADV", "PART") and not subject:
                continue  # "has also said", "did say"
            if candidate.upos not in _SUBJECT_UPOS:
                break
            subject.insert(0, candidate)
        speaker = [t for t in subject if t.upos in ("PROPN", "NOUN", "PRON")]
        before = i - 1
        while before > 0 and tokens[before].upos in ("ADV", "AUX"):
            before -= 1  # "…, but also contended that"
        if not speaker and before >= 0 and tokens[before].upos == "CCONJ":
            # "Putin emphasized that A, and said B": the coordinated cue shares the subject
            if _words(content) >= _MIN_CONTENT_WORDS:
                yield Attribution(tuple(content), (token,), None, "surface-participle", lemmatize_verb(token.lower))
            continue
        if speaker and _words(content) >= _MIN_CONTENT_WORDS:
            yield Attribution(tuple(content), (token,), speaker[-1], "surface-that", lemmatize_verb(token.lower))


# Cues that take a person as object before "that": "told reporters that", "warned investors that".
_OBJECT_CUES = frozenset({"tell", "inform", "remind", "assure", "warn", "convince", "ask", "urge", "persuade",
                          "promise", "show", "teach", "notify", "caution", "advise"})


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


def _past_listener(tokens: list[Token], cue: int, start: int) -> int:
    """'told African-Americans this weekend he would…': after a cue that takes a listener, the
    report starts at the subject pronoun that follows the listener (and a time), if one does."""
    for offset, token in enumerate(tokens[cue + 1 + start : cue + 9], start=start):
        if token.lower in _SUBJECT_PRONOUNS and offset > start:
            return offset
        if token.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and token.lower not in TIME_NOUNS:
            break
    return start


def _bare_clause(tokens: list[Token], cue: int) -> int | None:
    """'Peskov said Russia and France had…': a cue followed at once by a subject and, within a few
    words, a finite verb. Returns the offset (from the token after the cue) where content starts."""
    rest = tokens[cue + 1 :]
    if rest and rest[0].lower in TIME_NOUNS:
        later = _bare_clause(tokens, cue + 1)  # "said Thursday his biggest worry is…"
        return None if later is None else later + 1
    if rest and rest[0].upos == "ADP":
        return _subject_after_place_or_time(rest)
    if len(rest) < 3 or (rest[0].upos not in ("PROPN", "NOUN", "PRON", "DET", "NUM", "ADJ") and
                         rest[0].lower not in ("neither", "either", "both")):
        return None
    if rest[0].lower in ("reporters", "me", "him", "her", "them", "us", "it"):
        return None  # "told reporters…" without "that": the object, not the report
    position = 1
    while position < min(len(rest), 30):
        token = rest[position]
        if token.upos in ("AUX", "VERB") and not token.lower.endswith("ing") and rest[position - 1].lower != "to" and (
                not token.feats or "VerbForm=Fin" in token.feats or
                # "the campaign planned": a past form right after its noun, tagged as a participle
                token.lower.endswith("ed") and rest[position - 1].upos in ("NOUN", "PROPN", "PRON", "NUM")):
            return 0
        if token.text == "," and rest[position - 1].upos in ("NOUN", "PROPN"):
            # "say the program, run by the department, has brought…": an aside on the subject
            closing = next((j for j in range(position + 2, min(len(rest), position + 16)) if rest[j].text == ","),
                           None)
            if closing is not None and closing + 1 < len(rest) and rest[closing + 1].upos in ("AUX", "VERB") and \
                    not rest[closing + 1].lower.endswith("ing"):
                return 0
            return None
        if token.text in (",", ";", ":") or (token.upos == "SCONJ" and token.lower != "that"):
            return None
        position += 1
    return None


def _subject_after_place_or_time(rest: list[Token]) -> int | None:
    """'said after the convention he would…', 'said in Ohio they had…': past a short phrase of place
    or time, a subject pronoun and its verb start the report."""
    for position, token in enumerate(rest[1:9], start=1):
        if token.lower in _SUBJECT_PRONOUNS and position + 1 < len(rest) and rest[position + 1].upos in ("AUX", "VERB"):
            return position
        if token.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"):
            return None
    return None


def _last_of_first_run(tokens: list[Token]) -> Token:
    run = [tokens[0]]
    for token in tokens[1:]:
        if token.index != run[-1].index + 1:
            break
        run.append(token)
    return run[-1]


def find_reported_speech(doc: Document, lexicon: CueLexicon) -> list[Attribution]:
    found: list[Attribution] = []
    seen_cues: set[int] = set()
    covered: set[int] = set()
    for generator in (find_naming_reports(doc, lexicon), find_complement_reports(doc, lexicon),
                      find_parenthetical_reports(doc, lexicon),
                      find_according_to(doc), find_colon_reports(doc, lexicon), find_surface_reports(doc, lexicon),
                      find_topic_reports(doc, lexicon), find_passive_reports(doc, lexicon),
                      find_nominal_reports(doc, lexicon)):
        for attribution in generator:
            key = attribution.cue[0].index
            if key in seen_cues:
                continue
            if attribution.rule.startswith("surface") and key in covered:
                continue  # the parse already read this sentence's report some other way
            covered |= {t.index for t in attribution.content} | {t.index for t in attribution.cue}
            seen_cues.add(key)
            found.append(attribution)
    return _drop_nested(_split_sibling_reports(doc, found))


def _split_sibling_reports(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """'She said A, though she noted B', 'Politifact ruled that A, but they could not resist pointing
    out B': a second report hung on the first cue as a clause of its own is not part of the first
    one's content, however far a surface reading ran; the first ends where the second begins."""
    cues = {a.cue[0].index: a for a in found}
    result = []
    for outer in found:
        content = {t.index for t in outer.content}
        # only a report whose content follows its cue: "…, the footage showed" reports what came before
        for inner_cue in sorted(i for i, a in cues.items() if i in content and a.content[0].index > i):
            top = doc.tokens[inner_cue]
            while top.deprel == "xcomp" and top.head >= 0 and top.head != outer.cue[0].index:
                top = doc.tokens[top.head]  # "could not resist pointing out that…"
            if top.head != outer.cue[0].index or top.deprel not in ("advcl", "conj", "parataxis"):
                continue
            start = doc.subtree(top)[0].index
            opener = doc.tokens[start]
            # only a clause set off by a comma or a conjunction, with a subject of its own or
            # coordinated with the first cue ("…but has said she will…")
            if opener.text != "," and opener.upos not in ("CCONJ", "SCONJ") or \
                    top.deprel != "conj" and not any(c.deprel == "nsubj" for c in doc.children(top)) or \
                    any(t.text in DOUBLE_QUOTE_MARKS for t in doc.tokens[start:inner_cue]):
                continue  # ('because "…," she said': the reporting clause of a quotation)
            clipped = trim_tokens([t for t in outer.content if t.index < start])
            if _words(clipped) >= _MIN_CONTENT_WORDS:
                outer = replace(outer, content=tuple(clipped))
            break
        result.append(outer)
    return result


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """One report inside another's content ('The Kremlin said French assertions that Putin promised
    X were "not right"'): keep the outer report whole and drop the inner one, as PolNeAR's
    annotators do — each word plays one role in one attribution."""
    contents = [{t.index for t in a.content} for a in found]
    result = []
    for i, inner in enumerate(found):
        cue = inner.cue[0].index
        if any(cue in content and not (found[j].cue[0].index in contents[i] and cue < found[j].cue[0].index)
               for j, content in enumerate(contents) if j != i):
            # two reports that hold each other's cue ("X said A, the footage showed"): the first stays
            continue
        result.append(inner)
    return result


