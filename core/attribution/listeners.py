"""What the tagger tags as content but the README says never is: the cue's listener, a content with no
content word, and the person a verb that seldom reports is done to.

The tagger learnt PolNeAR's spans, whose edges its argmax often misses; these tests hold its quotes to the
rules' promises (issue 14): `told her the plan was a mistake` reports `the plan was a mistake`, not
`her …`; `vetoed the` reports nothing; `thanked her opponent, Tom Hall` names whom she thanked, not what
she said. Offsets are code points into the document's text, end exclusive.

A passive listener cue ('Ms Green was told by Mr Black that…'): the tagger learnt that the noun before a
cue is its source, so a passive cue that takes a listener
(`listener-cues`: tell, inform, warn, assure, advise…) gives the quote to the listener, with the
by-phrase inside the content. In the passive the subject is the one told; the by-phrase's noun is the
speaker, and without one ('Travellers were told to expect delays') the speaker goes unnamed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..cues import load_cue_lexicon
from ..model import Document, Mention, Span, Token
from ..quotes.indirect.objects import not_a_statement
from ..quotes.indirect.starts import past_phrase_words
from ..silent import passive_listener
from ..speakers.lexicon import load_lexicon
from ..syntax import (
    cue_lemma,
    mention_of,
    passive_agent,
    quoted_person,
    span_of,
    subject_of,
    that_clauses_hung_on,
    trim_tokens,
)
from ..wordlists import words as word_class
from .boundary import tokens_over

# a cue's dependents that name whom it was said to ('told her', 'said to reporters')
_LISTENER_DEPRELS = frozenset({"iobj", "obl:to"})
_EMPTY_CONTENTS = word_class("empty-contents")
_TARGET_CUES = word_class("target-cues")
# parts of speech of which a content needs one word: a determiner or preposition alone says nothing
_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "ADJ", "ADV", "NUM", "X", "SYM", "INTJ"})
# A verb whose object is a person reports nothing said when PolNeAR train seldom made it a cue, in rate
# (cues.tsv: thank 0.18, meet 0.01, welcome 0.16 fall under it; criticize 0.65, praise 0.62 do not) and in
# number: support (146 cues, rate 0.15), endorse (98) and attack (47) are stances PolNeAR annotates with the
# person as content, and with them the filter cost the hybrid 0.4 F1 on train[:80] (65.6 -> 65.2)
PERSON_OBJECT_RATE = 0.5
PERSON_OBJECT_COUNT = 20


def cue_heads(doc: Document, cue: Span) -> list[Token]:
    """The verbs of a cue span (a tagged cue may hold an auxiliary or a particle too)."""
    return [t for t in doc.tokens_in(cue) if t.upos in ("VERB", "AUX")]


def _listener(doc: Document, token: Token, heads: set[int]) -> bool:
    if token.head not in heads:
        return False
    if token.deprel in _LISTENER_DEPRELS:
        return True
    if token.deprel == "obj" and _reports_a_clause(doc, doc.tokens[token.head]):
        return True  # 'told the committee that costs were…': the object of a listener cue with a clause
    if token.deprel == "obj" and _asked_person(doc, token):
        return True  # 'asked the witness whether…', 'pressed the minister about…'
    # 'said to reporters': an obl introduced by "to" whose head is a person or a pronoun
    return (token.deprel == "obl" and (token.upos in ("PRON", "PROPN") or _is_person(token))
            and any(c.lower == "to" and c.deprel == "case" for c in doc.children(token)))


def _reports_a_clause(doc: Document, cue: Token) -> bool:
    """A listener cue (`listener-cues`: tell, remind, warn…) with a clausal complement of its own."""
    return cue_lemma(cue) in _LISTENER_CUES and any(
        c.deprel in ("ccomp", "xcomp") or (c.deprel == "obj" and _hung_that_clause(doc, c) is not None)
        for c in doc.children(cue))


def _asked_person(doc: Document, listener: Token) -> bool:
    """'asked the witness whether she had seen the car', 'pressed the minister about waits', 'urged him to
    resign': a person object of a cue that asks or tells (`asking-cues`, `listener-cues`) followed at
    once by a word opening a question or a request (`_QUESTION_OPENERS`). A parser hangs what follows
    anywhere (an advcl 'waits' in 'about surgery waits'), so the words decide, not the deprels."""
    if cue_lemma(doc.tokens[listener.head]) not in _ASKING_CUES or not _is_person(listener):
        return False
    last = doc.subtree(listener)[-1]
    after = last.index + 1
    return (after < len(doc.tokens) and doc.tokens[after].sentence == listener.sentence
            and doc.tokens[after].lower in _QUESTION_OPENERS)


def _hung_that_clause(doc: Document, listener: Token) -> Token | None:
    """'told the jury that his client had been framed': a that-clause a parser hung on the listener as
    if it were a relative clause (an acl, or an acl:relcl as in 'told clients that rates would stay high')."""
    return next(iter(that_clauses_hung_on(doc, listener, ("acl", "acl:relcl"))), None)


def without_listener(doc: Document, cue: Span | None, part: Span) -> Span | None:
    """`part` less the cue's listener at its start ('her' in 'told her the plan was…', 'reporters' in
    'told reporters'); None when nothing but the listener and punctuation is left. A part that does
    not start with a listener comes back unchanged."""
    if cue is None:
        return part
    heads = {t.index for t in cue_heads(doc, cue)}
    tokens = doc.tokens_in(part)
    if not tokens or not heads or part.start < cue.end:
        return part
    skip = _phrase_tail(doc, cue, tokens)
    if skip:
        rest = trim_tokens(tokens[skip:])
        return span_of(rest) if rest else None
    inside = {t.index for t in tokens}
    if any(t.upos != "PUNCT" and not _of_listener_inside(doc, t, heads, inside)
           for t in doc.tokens_in(Span(cue.end, part.start))):
        # a listener follows its cue at once: a part further on is a quotation or a clause ('the' of
        # 'told the committee', the tagger's content starting at 'committee', is the listener's own)
        return part
    held: set[int] = set()
    for listener in (t for t in tokens if _listener(doc, t, heads)):
        held.update(t.index for t in doc.subtree(listener))
        if (clause := _hung_that_clause(doc, listener)) is not None:
            held.difference_update(t.index for t in doc.subtree(clause))
    first = next((i for i, t in enumerate(tokens) if t.index not in held and t.upos != "PUNCT"), len(tokens))
    if first == 0:
        return part
    rest = trim_tokens(tokens[first:])
    return span_of(rest) if rest else None


def _phrase_tail(doc: Document, cue: Span, tokens: list[Token]) -> int:
    """How many of a part's first `tokens` end the cue's listener or a phrase of its reporting clause
    that the tagger cut ('ABC | News the airline should…', 'in a separate | statement that…', 'told |
    journalists he had…'; `starts.past_phrase_words`): only after a cue that takes a listener or after
    the words of such a phrase."""
    heads = cue_heads(doc, cue)
    # from the cue's verb: a tagged cue may hold the phrase's first words ('said in a separate')
    after_verb = heads[-1].span.end if heads else cue.end
    between = [t for t in doc.tokens_in(Span(after_verb, tokens[0].span.start)) if t.upos != "PUNCT"]
    listener_cue = any(cue_lemma(t) in _LISTENER_CUES for t in heads)
    if not (between or listener_cue) or any(t.upos not in _REPORTING_PHRASE_UPOS for t in between):
        return 0
    # the words after the part count: a part of the listener alone ('journalists' before 'he had…')
    # is all tail
    sentence = doc.sentences[tokens[-1].sentence].tokens
    following = [t for t in sentence if t.index > tokens[-1].index]
    return min(past_phrase_words([*tokens, *following], listener_cue), len(tokens))


# the parts of speech of a listener or setting phrase between a cue and its content
_REPORTING_PHRASE_UPOS = frozenset({"DET", "ADP", "ADJ", "NOUN", "PROPN", "NUM"})


def _of_listener_inside(doc: Document, token: Token, heads: set[int], inside: set[int]) -> bool:
    """Whether `token` modifies a listener that lies in the part ('the' of 'the committee')."""
    return token.head in inside and _listener(doc, doc.tokens[token.head], heads)


def says_something(doc: Document, part: Span) -> bool:
    """Whether a content part holds a content word (`_CONTENT_UPOS`): 'the' alone does not, nor a word
    that only says how much was said ('said nothing', 'said little': `empty-contents`)."""
    return any(t.upos in _CONTENT_UPOS and t.lower not in _EMPTY_CONTENTS for t in doc.tokens_in(part))


def only_pronouns(doc: Document, parts: Sequence[Span]) -> bool:
    """Whether the content words of `parts` are pronouns alone ('Whitaker rejected that', 'denied it'):
    a pointer at words said elsewhere, which a reader of the quote cannot see."""
    words = [t for part in parts for t in doc.tokens_in(part) if t.upos in _CONTENT_UPOS]
    return bool(words) and all(t.upos == "PRON" for t in words)


def only_a_person_done_to(doc: Document, cue: Span, parts: Sequence[Span]) -> bool:
    """'Anna Berg thanked her opponent, Tom Hall, after the race': a content that is only noun phrases
    (no verb) hanging on a cue verb that seldom reports (PolNeAR rate under `PERSON_OBJECT_RATE`, fewer
    than `PERSON_OBJECT_COUNT` cues in train), whose
    object is a person (a name, a personal pronoun, or a noun whose commonest sense is a person), says
    whom something was done to, not what was said."""
    heads = cue_heads(doc, cue)
    lexicon = load_cue_lexicon()
    if not heads or any(lexicon.rate(cue_lemma(h)) >= PERSON_OBJECT_RATE
                        or lexicon.head_count(cue_lemma(h)) >= PERSON_OBJECT_COUNT for h in heads):
        return False
    return a_person_alone(doc, cue, parts)


def a_person_alone(doc: Document, cue: Span, parts: Sequence[Span]) -> bool:
    """Whether a content is only noun phrases (no verb) whose object of the cue verb is a person ('Gordon
    Hale criticised Irene Watts', 'praised her rival, Lena Holm'): whom the report was about, not what
    was said."""
    heads = cue_heads(doc, cue)
    inside = [t for part in parts for t in doc.tokens_in(part)]
    if not heads or any(t.upos in ("VERB", "AUX") for t in inside):
        return False
    indices = {h.index for h in heads}
    objects = [t for t in inside if t.head in indices and t.deprel == "obj"]
    return any(_is_person(t) for t in objects)


def object_says_nothing(doc: Document, cue: Span, parts: Sequence[Span]) -> bool:
    """'Pedro Alves blamed the referee', 'declared a state of emergency': a content that is only the cue
    verb's noun-phrase object, and an object that is no statement (`quotes.indirect.objects`), as the
    rules read it."""
    verbs = cue_heads(doc, cue)
    if any(cue_lemma(v) in _NO_OBJECT_REPORT for v in verbs):
        return False  # 'said most concerned noise': said takes no object, so the parse lost a clause
    heads = {t.index for t in verbs}
    inside = [t for part in parts for t in doc.tokens_in(part)]
    objects = [t for t in inside if t.head in heads and t.deprel == "obj"]
    return len(objects) == 1 and not_a_statement(doc, objects[0], inside)


def _is_person(token: Token) -> bool:
    if token.upos == "PROPN":
        return True
    lex = load_lexicon()
    if token.upos == "PRON":
        return token.lower in ("him", "her", "them", "me", "us", "you")
    word = (token.lemma or token.text).lower()
    return lex.is_person_noun(word) or word in lex.wordnet_persons


_ASIDE_DEPRELS = frozenset({"advcl", "acl"})


def in_aside(doc: Document, speaker: Mention, cue: Span) -> bool:
    """Whether the head of a tagged source lies inside a participle clause with no subject of its own
    that stands beside the cue's speaker ('A senior official, speaking on condition of anonymity, said':
    'condition of anonymity'), below the cue's verb or its subject, or inside a relative clause set off
    about that subject or an adverbial clause set off beside the cue: an aside, never the speaker."""
    if speaker.head is None:
        return False
    verbs = cue_heads(doc, cue)
    heads = {t.index for t in verbs}
    # the aside hangs on the cue's verb or on its subject
    holders = heads | {s.index for v in verbs if (s := subject_of(doc, v)) is not None}
    token = doc.tokens[speaker.head]
    seen: set[int] = set()  # a malformed parse may loop
    while token.head >= 0 and token.index not in heads and token.index not in seen:
        seen.add(token.index)
        parent = doc.tokens[token.head]
        # 'The official, who spoke on condition of anonymity because they were not authorized to speak
        # publicly, said': a clause set off about the speaker, or one the parse hangs on the cue between its
        # subject and it (tester 15: 'publicly' spoke at 0.43-0.76)
        if parent.deprel == "acl:relcl" and parent.head in holders and parent.head not in heads:
            return _set_off(doc, parent)
        if parent.deprel == "advcl" and parent.head in heads:
            return _between_subject_and_verb(doc, parent, doc.tokens[parent.head])
        if (parent.upos == "VERB" and parent.deprel in _ASIDE_DEPRELS and parent.head in holders
                and ("VerbForm=Ger" in parent.feats or "VerbForm=Part" in parent.feats)
                and not any(c.deprel.startswith("nsubj") for c in doc.children(parent))):
            return _set_off(doc, parent)
        token = parent
    return False


def _between_subject_and_verb(doc: Document, clause: Token, verb: Token) -> bool:
    """Whether the words of `clause` all lie between `verb`'s subject and `verb`."""
    subject, words = subject_of(doc, verb), doc.subtree(clause)
    inside = [t.index for t in words]
    return subject is not None and subject.index < min(inside) and max(inside) < verb.index


def _set_off(doc: Document, verb: Token) -> bool:
    """Whether the participle clause of `verb` is set off by a comma before it or opens its sentence
    ('Speaking on condition of anonymity, a police source said')."""
    words = [t for t in doc.subtree(verb) if t.upos != "PUNCT"]
    first = words[0] if words else verb
    return first.index == doc.sentences[first.sentence].tokens[0].index or (
        first.index > 0 and doc.tokens[first.index - 1].text == ",")


# --- a listener cue in the passive: the one told is the subject, the speaker the agent ---

_LISTENER_CUES = word_class("listener-cues")
_ASKING_CUES = _LISTENER_CUES | word_class("asking-cues")
# words that open what a person was asked or urged after the person's name ('asked him whether', 'about',
# 'to resign'); 'that' is left to the clausal test above
_QUESTION_OPENERS = frozenset({"whether", "if", "about", "to", "on", "over", "why", "how", "what", "when",
                               "where", "who", "which"})
# cues whose object is a listener or a name, never the report (`object-is-not-content`: say, tell, ask, call)
_NO_OBJECT_REPORT = word_class("object-is-not-content")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def passive_cue(doc: Document, cue: Span) -> Token | None:
    """The cue's verb when its subject is not its speaker, else None: a listener cue in the passive or a
    bare past participle beside a clause ('Asked whether…, Clark said', 'Cho, asked about the injury,
    said': `syntax.passive_listener`), or a verb of `target-cues` in the passive with a subject of its own
    ('Darren Moss was charged with dangerous driving', 'The mayor was accused of lying': the one charged or
    accused, never the one who charged him). Any passive did too, and lost right PolNeAR readings
    ('some Democrats were concerned that…', 'voters were polled on…'): dev and train[:80] -0.2 to -0.4."""
    return next((t for t in tokens_over(doc, cue) if passive_listener(doc, t) or (
        t.upos == "VERB" and cue_lemma(t) in _TARGET_CUES
        and (any(c.deprel == "nsubj:pass" for c in doc.children(t)) or _lost_passive(doc, t) is not None))), None)


# words a passive's auxiliary and participle may have between them ('were last night accused', 'were on
# Friday accused', 'was yesterday formally charged'); a parser given such a sentence often loses the
# passive (stanza made 'night' the root, 'were' its copula and 'accused' a clause on it)
_BETWEEN_PASSIVE_UPOS = frozenset({"ADV", "ADJ", "NOUN", "PROPN", "NUM", "DET", "ADP", "PART", "PUNCT"})
_BETWEEN_PASSIVE_WORDS = 4


def _lost_passive(doc: Document, verb: Token) -> Token | None:
    """The 'be' or 'get' of a passive the parse did not mark ('Ministers were last night accused of…'):
    `verb` a past participle with no subject of its own, at most `_BETWEEN_PASSIVE_WORDS` adverbs or
    time words after a form of be/get in its sentence; None otherwise."""
    if "VerbForm=Part" not in verb.feats or "Tense=Pres" in verb.feats or any(
            c.deprel.startswith("nsubj") for c in doc.children(verb)):
        return None
    sentence = doc.sentences[verb.sentence].tokens
    before = [t for t in sentence if t.index < verb.index]
    for skipped, token in enumerate(reversed(before)):
        if (token.lemma or token.lower).lower() in ("be", "get") and token.upos in ("AUX", "VERB"):
            return token
        if token.upos not in _BETWEEN_PASSIVE_UPOS or skipped >= _BETWEEN_PASSIVE_WORDS:
            return None
    return None


def reattribute(doc: Document, verb: Token, speaker: Mention | None,
                parts: Sequence[Span]) -> tuple[Mention | None, list[Span]]:
    """The speaker and content parts of a passive listener cue `verb` (see the module docstring):
    the by-phrase's noun (`syntax.passive_agent`) as speaker, or None without one; a tagged speaker
    that is not the passive subject is kept. Each part that holds the by-phrase starts after it."""
    # the one told: the passive subject, or the subject of the clause a participle stands beside
    # ('Cho, asked about the injury, said')
    listener = next((c for c in doc.children(verb) if c.deprel == "nsubj:pass"), None)
    if listener is None and (be := _lost_passive(doc, verb)) is not None:
        # the parse lost the passive: the subject is the one its 'be' attaches to
        listener = subject_of(doc, doc.tokens[be.head]) if be.deprel != "root" and be.head >= 0 else subject_of(doc, be)
    if listener is None and verb.head >= 0:
        head = doc.tokens[verb.head]
        listener = head if verb.deprel == "acl" else (subject_of(doc, verb) or subject_of(doc, head))
    if listener is None:
        # 'Streeting, asked whether the strike would end, said…' with the participle as the parse's root
        listener = subject_of(doc, verb)
    agent = passive_agent(doc, verb)
    if agent is not None and agent.upos not in _NOMINAL:
        agent = None
    if speaker is not None and (listener is None or not speaker.span.overlaps(_phrase(doc, listener))):
        return speaker, list(parts)
    if agent is None:
        return None, list(parts)
    mention = mention_of(doc, agent)
    # the by-phrase ends with the agent's noun phrase: a parser may hang the report on the agent as
    # its relative clause ('by officials that the plan had failed')
    by_phrase = Span(min(doc.subtree(agent)[0].span.start, mention.span.start), max(agent.span.end, mention.span.end))
    trimmed = [_after(doc, part, by_phrase) for part in parts]
    return mention, [part for part in trimmed if part is not None]


def _phrase(doc: Document, head: Token) -> Span:
    subtree = doc.subtree(head)
    return Span(subtree[0].span.start, subtree[-1].span.end)


def _after(doc: Document, part: Span, by_phrase: Span) -> Span | None:
    """`part` from its first word past the by-phrase when the by-phrase lies in it; None when nothing
    but punctuation is left."""
    if not part.overlaps(by_phrase):
        return part
    if by_phrase.end >= part.end:
        return None  # the part ends inside the by-phrase ('criticised by Eva Stone' tagged 'Stone')
    rest = [t for t in doc.tokens_in(Span(max(part.start, by_phrase.end), part.end)) if t.upos != "PUNCT"]
    if not rest:
        return None
    return Span(rest[0].span.start, part.end)


# --- 'X quoted Y as saying CLAUSE': the quoted person inside a tagged content ---

_AS_SAYING_LEMMAS = frozenset({"say"})


def quoted_in_content(doc: Document, parts: Sequence[Span]) -> tuple[Mention, list[Span]] | None:
    """The person quoted and the content parts when the tagger's first part opens with a noun phrase
    followed by 'as' and an -ing verb ('Finance Minister Ishaq Dar as saying no new taxes…', the
    content of 'Dawn quoted …'): the noun phrase speaks, not the outlet that quotes it, and the
    content is what follows 'as saying' (offsets as ever code points, end exclusive). After another
    participle ('as telling reporters…', 'as describing…') the listener or object cannot be told from
    the report, so no part is left and the quote is dropped. None when the first part does not open
    so."""
    if not parts:
        return None
    tokens = doc.tokens_in(parts[0])
    at = next((i for i in range(1, len(tokens) - 1) if tokens[i].lower == "as" and tokens[i + 1].upos == "VERB"
               and tokens[i + 1].lower.endswith("ing")), None)
    if at is None:
        return None
    before = tokens[:at]
    if any(t.upos in ("VERB", "AUX", "PUNCT", "SCONJ") for t in before):
        return None  # a clause, not a noun phrase, stands before 'as'
    indices = {t.index for t in before}
    head = next((t for t in before if t.head not in indices and t.upos in _NOMINAL), None)
    if head is None:
        return None
    participle = tokens[at + 1]
    if (participle.lemma or participle.lower).lower() not in _AS_SAYING_LEMMAS:
        return mention_of(doc, head), []
    rest = trim_tokens(tokens[at + 2:])
    first = [span_of(rest)] if rest else []
    return mention_of(doc, head), first + list(parts[1:])


def quoted_by_cue(doc: Document, cue: Span) -> Mention | None:
    """The person a quoting cue quotes ('Dawn quoted Ishaq Dar as saying…', 'Dar was quoted by Dawn as
    saying…': `syntax.quoted_person`), whatever source the tagger gave; None for any other cue."""
    person = next((p for t in cue_heads(doc, cue) if (p := quoted_person(doc, t)) is not None), None)
    return mention_of(doc, person) if person is not None else None
