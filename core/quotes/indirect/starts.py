"""Where a reported content starts: past a listener or a phrase of time, a subject the parse lost, and
the fronted subject or clause before an interrupting reporting clause (`The museum, Mr. Obama said, would…`)."""

from __future__ import annotations

from ...model import Document, Token
from ...syntax import TIME_NOUNS, cue_lemma, next_in_sentence, subject_of, trim_tokens
from ..marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS
from .base import OBJECT_CUES, SUBJECT_PRONOUNS, SUBJECT_UPOS, count_words
from .boundaries import OCCASION_NOUNS


def with_fronted_subject(doc: Document, cue: Token, clause: Token, content: list[Token]) -> list[Token]:
    """'The museum, Mr. Obama said, would make visitors…': the reported clause's subject stands before
    the interrupting reporting clause; it belongs to the content (a second, earlier span)."""
    following = next_in_sentence(doc, cue)
    resumed = next_in_sentence(doc, following) if following is not None and following.text == "," else None
    if not content or clause.index < cue.index or resumed is None or not resumes_clause(resumed):
        return content  # only a reporting clause set off by commas inside the reported one
    subject = next((c for c in doc.children(clause) if c.deprel in ("nsubj", "nsubj:pass") and c.index < cue.index),
                   None)
    speaker = subject_of(doc, cue)
    fronted_subjects = [subject] if subject is not None else [
        # a parser may give the cue both subjects: "The museum, Mr. Obama said": those before the
        # speaker ("Mr" and "Khan" both subjects of "Mr Khan, the latter said")
        c for c in doc.children(cue) if c.deprel in ("nsubj", "nsubj:pass") and
        speaker is not None and c.index < speaker.index and c.index != speaker.index]
    if not fronted_subjects:
        return content
    phrase = sorted({t.index: t for c in fronted_subjects for t in doc.subtree(c)}.values(), key=lambda t: t.index)
    if speaker is not None and speaker in phrase:
        # "Climate change, Mr. Obama often says, is…": the parse hung the speaker on the subject
        phrase = [t for t in phrase if t.index < doc.subtree(speaker)[0].index]
    fronted = trim_tokens(phrase)
    between = doc.tokens[fronted[-1].index + 1 : cue.index] if fronted else []
    if not fronted or not between or between[0].text != ",":
        return content  # only an interrupting clause set off by commas
    return fronted + content


def with_fronted_clause(doc: Document, cue: Token, clause: Token, content: list[Token],
                         speaker: Token | None) -> list[Token]:
    """'Though that transition was seamless, he said, replacing Clinton would be…', 'To understand the
    real Dred Scott, Chief Justice Roberts said, one should visit…': a clause before a reporting
    clause set off by commas belongs to the report after it (a second, earlier span)."""
    following = next_in_sentence(doc, cue)
    if (not content or clause.index < cue.index or following is None or following.text != "," or
            content[0].index <= following.index or content[0].text in QUOTE_MARKS):
        return content  # a quotation after the reporting clause is a direct quote, found there
    if speaker is None or speaker.index > cue.index:
        return content
    start = min(t.index for t in doc.subtree(speaker))
    sentence = doc.sentences[cue.sentence].tokens
    if (start <= sentence[0].index or doc.tokens[start - 1].text != "," or
            content[0].index < start):
        return content
    fronted = trim_tokens([t for t in sentence if t.index < start - 1])
    if (count_words(fronted) < 3 or not any(t.upos in ("VERB", "AUX") for t in fronted) or
            any(t.text in DOUBLE_QUOTE_MARKS for t in fronted)):
        return content
    return fronted + content


def with_subject_before_apposition(doc: Document, cue: Token, clause: Token, content: list[Token]) -> list[Token]:
    """'Jane Doyle said her brother, Mike, had told her…': a parser reads the clause's subject as the
    cue's object and its apposition as the clause's subject; the object right after a cue that takes
    no listener (`listener-cues`), then a comma and a name set off by commas that subjects `clause`,
    is the start of the content."""
    if not content or clause.index < cue.index or cue_lemma(cue) in OBJECT_CUES:
        return content
    first = content[0]
    obj = next((c for c in doc.children(cue) if c.deprel == "obj" and cue.index < c.index < first.index), None)
    if obj is None or not first.deprel.startswith("nsubj") or first.head != clause.index or first.upos != "PROPN":
        return content
    phrase = trim_tokens(doc.subtree(obj))
    if not phrase or phrase[0].index != cue.index + 1:
        return content
    between = list(doc.tokens[phrase[-1].index + 1 : first.index])
    name_end = max(t.index for t in doc.subtree(first) if t.upos != "PUNCT")
    closing = next_in_sentence(doc, doc.tokens[name_end])
    if [t.text for t in between] != [","] or closing is None or closing.text != ",":
        return content
    return phrase + between + content


def lost_subject(doc: Document, content: list[Token], cue: Token) -> bool:
    """The words between the cue and the parsed content hold a noun and nothing that would make them
    a separate phrase (a preposition, 'that', a comma, a pronoun object): the content's lost subject."""
    if not content or content[0].index <= cue.index + 1 or content[0].index - cue.index > 7:
        return False
    gap = doc.tokens[cue.index + 1 : content[0].index]
    quantity = {t.index for t, following in zip(gap, gap[1:], strict=False) if following.upos == "NUM"}
    if any((t.upos in ("ADP", "SCONJ", "PUNCT", "VERB", "AUX") and t.index not in quantity)
           or t.lower in ("reporters", "me", "him", "her", "them", "us") for t in gap):
        return False
    return any(t.upos in ("NOUN", "PROPN", "NUM") for t in gap)


def bare_clause(tokens: list[Token], cue: int) -> int | None:
    """'Peskov said Russia and France had…': a cue followed at once by a subject and, within a few
    words, a finite verb. Returns the offset (from the token after the cue) where content starts."""
    rest = tokens[cue + 1 :]
    if rest and rest[0].lower in TIME_NOUNS:
        later = bare_clause(tokens, cue + 1)  # "said Thursday his biggest worry is…"
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
                (token.lower.endswith("ed") and rest[position - 1].upos in ("NOUN", "PROPN", "PRON", "NUM"))):
            return 0
        if token.text == "," and rest[position - 1].upos in ("NOUN", "PROPN"):
            # "say the program, run by the department, has brought…": an aside on the subject
            closing = next((j for j in range(position + 2, min(len(rest), position + 16)) if rest[j].text == ","),
                           None)
            if (closing is not None and closing + 1 < len(rest) and rest[closing + 1].upos in ("AUX", "VERB") and
                    not rest[closing + 1].lower.endswith("ing")):
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
        if token.lower in SUBJECT_PRONOUNS and position + 1 < len(rest) and rest[position + 1].upos in ("AUX", "VERB"):
            return position
        if token.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"):
            return None
    return None


def past_listener(tokens: list[Token], cue: int, start: int) -> int:
    """'told African-Americans this weekend he would…': after a cue that takes a listener, the
    report starts at the subject pronoun that follows the listener (and a time), if one does."""
    for offset, token in enumerate(tokens[cue + 1 + start : cue + 9], start=start):
        if token.lower in SUBJECT_PRONOUNS and offset > start:
            return offset
        if token.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and token.lower not in TIME_NOUNS:
            break
    return start


def resumes_clause(token: Token) -> bool:
    """Whether the words after an interrupting reporting clause go on with the reported clause
    ('…, he said, would help', '…, Mr. Clarke said, until it went bankrupt') rather than describe
    the speaker ('…, said King, a prominent Democrat', '…, said Cha, who served…') or add an aside
    of the reporter's ('…, she said, gaining 22,000 followers')."""
    if token.upos == "AUX" or (token.upos == "VERB" and not token.lower.endswith("ing")):
        return True
    return token.upos in ("ADP", "SCONJ") and token.lower not in ("as", "of", "with")


def inverted_reporting_clause(doc: Document, cue: Token) -> bool:
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
        if token.upos not in SUBJECT_UPOS and not (token.lower in ("'s", "’s") and phrase):
            return False  # "noted NBC's Dante Chinni"
        phrase.append(token)
    return bool(phrase) and len(phrase) <= 6


# the words of a reporting clause's phrase that a content may run on from: its listener ('told the court'),
# a medium ('told ABC Radio National') or a setting ('said in a separate statement')
_PHRASE_UPOS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# words that stand before a determiner inside one noun phrase ('half the members', 'all the')
_PREDETERMINERS = frozenset({"half", "all", "both", "twice", "double", "triple", "quite", "rather", "such", "what"})
# how far into a content a listener's last words may run, and how soon after the clause's opener its verb comes
_MAX_PHRASE_WORDS = 6
_VERB_WITHIN = 8


def past_phrase_words(tokens: list[Token], listener: bool = True) -> int:
    """How many of `tokens` (a content that opens right after a cue, its listener or a phrase of the
    reporting clause) are the last words of that phrase: nominal words followed by what opens a clause
    of its own, a determiner or a subject pronoun with a verb soon after ('the court | the victim had
    needed…', 'National | the government will…', 'journalists | he had…'), a name right before its verb
    ('the court | Pickering had…'), or a 'that' ('justice | that…'). Without a `listener` (a cue that
    takes none: 'repeated an accusation | he made…' is a relative clause) only a 'that' after an occasion
    noun counts ('said in a separate statement | that…', not 'respond to accusations | that…'). 0 when
    the content opens otherwise."""
    for position, token in enumerate(tokens[: _MAX_PHRASE_WORDS + 1]):
        if position > 0 and any(t.upos in ("NOUN", "PROPN") or t.text[:1].isupper() for t in tokens[:position]):
            # not a noun's own that-clause ('respond to recent accusations that…'), unless the noun
            # is the occasion of the report ('said in a separate statement that…')
            if token.lower == "that" and token.upos == "SCONJ" and (listener or tokens[position - 1].lower in (
                    OCCASION_NOUNS)):
                return position
            # a name after a common noun opens a clause too ('told the court | Pickering had forged…')
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            named = token.upos == "PROPN" and tokens[position - 1].upos == "NOUN" and (
                following is not None and following.upos in ("VERB", "AUX"))
            opens = named or token.upos == "DET" or token.lower in SUBJECT_PRONOUNS or "Poss=Yes" in token.feats
            verb_soon = any(t.upos in ("VERB", "AUX") for t in tokens[position + 1 : position + 1 + _VERB_WITHIN])
            if listener and opens and verb_soon and tokens[position - 1].lower not in _PREDETERMINERS:
                return position
        if token.upos not in _PHRASE_UPOS and not (position == 0 and token.upos == "DET"):
            return 0
    return 0
