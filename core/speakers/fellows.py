"""Several people who speak together: a speaker mention that is one member of a coordinated subject
the parse did not join ("Karen Holt, chief operating officer of Lumen, and Rafael Diaz, its finance
chief, told investors…", "Karen Holt, along with Rafael Diaz, said…", "said Karen Holt and Rafael
Diaz"). A small parser often hangs the second person on a word inside the first one's apposition, or
on a part of the first one's name, or splits the sentence inside the first name; the speaker step then
saw one person and gave the quote to the first at full confidence. The words between the mention
and its cue (or after a mention that follows its cue) are read on the surface instead: a coordinator
followed by a person makes the mention a group, and so does a named person joined on before it ("Ann
Cole, the chief executive, and her deputy said", with 'her deputy' alone the parse's subject)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Mention, Quote, Span, Token
from ..quotes.marks import QUOTE_MARKS
from .context import View, lemma_lower, text_lower
from .lexicon import Lexicon
from .party_labels import is_party_label
from .records import NameNP, Speaker

# "and" joins the next person; "along with", "together with", "as well as" and "alongside" add one
# without coordinating the verb's subject, but the report is still both people's
_JOINERS = frozenset({"and"})
_JOINER_PAIRS = frozenset({("along", "with"), ("together", "with"), ("as", "well"), ("alongside", "")})
_RELATIVES = frozenset({"who", "whose", "whom", "which"})
# words that open a clause of its own: a verb or auxiliary there means the words between the speaker
# and the cue are no noun phrase ("Holt met Diaz and said…"), so nothing in them joins a second speaker
_CLAUSAL_UPOS = frozenset({"VERB", "AUX"})
_POSSESSIVE_DEPRELS = frozenset({"nmod:poss", "det:poss"})


def fellow_speakers(view: View, lex: Lexicon, names: Sequence[NameNP], quote: Quote, spk: Speaker) -> Speaker | None:
    """The quote's speaker `spk` as a group when the words around its mention join other people to it:
    the mention widened from its start to the last fellow's end (code points, end exclusive), labelled
    with the people's names ('Karen Holt and Rafael Diaz', 'A, B and C') when every member is named,
    else with the group's own words; None when nobody is joined. Only the words from the mention to
    its cue (a mention before its cue) or to its sentence's end (one after it) are read; a relative
    clause is skipped, and any other verb among them rules a group out."""
    mention, head = spk.mention, spk.head
    if quote.cue is None or head is None or spk.kind not in _MEMBERS or spk.via or spk.relative is not None:
        return None
    persons = {t.index: name for name in names if name.type == "person" for t in name.run}
    first = {t.index for t in _name_of(spk, names)} | {head.index}
    if quote.cue.start >= mention.span.end:
        zone = _without_relatives(view.doc.tokens_in(Span(mention.span.start, quote.cue.start)))
    elif quote.cue.end <= mention.span.start:
        zone = _before_a_clause(_without_relatives([*view.doc.tokens_in(mention.span), *_after(view, mention.span)]))
    else:
        return None
    fellows = _fellows([t for t in zone if t.index > head.index and t.index not in first], persons, lex)
    # before the mention: from the sentence's start, or from the cue when it comes first ('according to
    # Karen Holt and Rafael Diaz' with only Diaz the parse's speaker)
    before = _leader_before(view, _from_name(spk, names), persons,
                            quote.cue.end if quote.cue.end <= mention.span.start else 0)
    if not fellows and before is None:
        return None
    start = before.span.start if before is not None else mention.span.start
    span = Span(start, max([mention.span.end, *(fellow[-1].span.end for fellow in fellows)]))
    if any(view.quotes_at(t.span.start) for t in view.doc.tokens_in(span)):
        return None
    text = view.doc.text[span.start : span.end]
    label = _group_label(spk, names, persons, (zone, fellows, before), span, text)
    widened = Mention(span=span, text=text, kind="group", head=head.index)
    return replace(spk, mention=widened, kind="group", name=None, plural=True, type="group", label=label,
                   word=lemma_lower(head))


# what a speaker mention must be to lead a group: a name, a description or a pronoun ('she and her
# husband'), or a group the parse found whose mention stopped at its first member; an anonymous source
# ('a witness') is left as it is
_MEMBERS = frozenset({"name", "description", "pronoun", "group"})


def _leader_before(view: View, span: Span, persons: dict[int, NameNP], after: int) -> Token | None:
    """The first word of a person the mention at `span` is joined to from before ('Ann Cole, the chief
    executive, and her deputy said', where the parse made 'her deputy' alone the subject): the words
    from the sentence's start (or from code point `after`, a cue's end) to the mention end in 'and',
    open with a person's name (or its title) and hold no verb outside a relative clause. None
    otherwise."""
    sentence = view.doc.sentences[view.sentence_at(span.start)].tokens
    words = [t for t in sentence if t.span.end <= span.start and t.span.start >= after]
    if len(words) < 2 or words[-1].lower != "and" or words[-1].upos != "CCONJ":
        return None
    joined = _without_relatives(words[:-1])
    if not joined or any(t.upos in _CLAUSAL_UPOS or t.text in QUOTE_MARKS for t in joined):
        return None
    opener = joined[0]
    named = opener.index in persons or any(name.mention.start == opener.span.start for name in persons.values())
    return opener if named else None


def _group_label(spk: Speaker, names: Sequence[NameNP], persons: dict[int, NameNP],
                 found: tuple[list[Token], list[list[Token]], Token | None], span: Span, text: str) -> str:
    """The group entity's name: its people's names listed when every member is named (a person's entity
    carries the name without its title); else the parse's own group label when it reads the whole
    group; else the group's words. `found`: the words read, the members joined after the mention and
    the first word of a member before it."""
    zone, fellows, before = found
    head = spk.head
    leader = names[spk.name].display if spk.name is not None else next(
        (n.display for n in names if head is not None and n.type == "person"
         and n.mention.start <= head.span.start < n.mention.end), None)
    if before is not None:
        first = persons.get(before.index) or next(
            (name for name in persons.values() if name.mention.start == before.span.start), None)
        # 'Ann Cole, the chief executive, and her deputy': named only when both are
        return _listed([first.display, leader]) if first is not None and leader is not None else text
    if leader is not None and all(_display(fellow, persons) is not None for fellow in fellows):
        # 'A, B and C': a listed name with no coordinator of its own is a member too
        return _listed([leader, *_members(zone, fellows, persons, span)])
    if spk.kind == "group" and spk.label.startswith(text):
        return spk.label  # the parse's group, read whole ('Critics of the program, like Senators …')
    return text


def _from_name(spk: Speaker, names: Sequence[NameNP]) -> Span:
    """The speaker mention's span, begun at its person's name where that name stands before it: the
    mention 'a Democrat' read as 'Tom Ray' in 'Susan Ortiz, a Republican, and Tom Ray, a Democrat,
    said' (`mentions._name_before_comma`), whose fellow is joined on before the name (tester 9: Tom
    Ray alone at 0.97)."""
    span = spk.mention.span
    if spk.kind != "name" or spk.name is None:
        return span
    return Span(min(span.start, names[spk.name].mention.start), span.end)


def _name_of(spk: Speaker, names: Sequence[NameNP]) -> tuple[Token, ...]:
    return names[spk.name].run if spk.kind == "name" and spk.name is not None else ()


def _display(member: Sequence[Token], persons: dict[int, NameNP]) -> str | None:
    """The name of the person `member` holds, or None when it holds no person's name ('her deputy')."""
    return next((persons[t.index].display for t in member if t.index in persons), None)


def _members(zone: list[Token], fellows: list[list[Token]], persons: dict[int, NameNP], span: Span) -> list[str]:
    """The names of the people after the first, in text order: those a coordinator joins and, in a
    list ('A, B and C'), a name that opens a stretch after a comma (never a name inside an apposition,
    'a surgeon at St. Mary's', nor a party-and-state label, 'John Kerr, R-Ohio, and Ann Lee')."""
    joined = {t.index for fellow in fellows for t in fellow}
    after_comma = {zone[i].span.start for i in range(1, len(zone)) if zone[i - 1].text == ","}
    found = dict.fromkeys(
        name.display for t in zone if (name := persons.get(t.index)) is not None and name.run[-1].span.end <= span.end
        and (t.index in joined or name.mention.start in after_comma) and not is_party_label(name.display))
    return list(found)


def _listed(displays: list[str]) -> str:
    unique = list(dict.fromkeys(displays))
    return unique[0] if len(unique) == 1 else f"{', '.join(unique[:-1])} and {unique[-1]}"


def _after(view: View, span: Span) -> list[Token]:
    """The words after a mention that follows its cue, to the end of its sentence."""
    sentence = view.doc.sentences[view.sentence_at(span.start)]
    return [t for t in sentence.tokens if t.span.start >= span.end]


def _before_a_clause(zone: list[Token]) -> list[Token]:
    """The words after a mention that follows its cue, up to the next clause: a coordinator before a
    later verb joins that clause, whose subject the words after it are ('according to Dale Mora, and
    the owner, Lucy Park, said…'; 'said Holt, and Rafael Diaz agreed'), so the words from it on are
    left out."""
    verb = next((i for i, t in enumerate(zone) if t.upos in _CLAUSAL_UPOS), None)
    if verb is None:
        return zone
    return zone[:next((i for i in range(verb) if _joiner_width(zone, i)), verb)]


def _without_relatives(zone: list[Token]) -> list[Token]:
    """`zone` less any relative clause ('who …' up to the next comma): its verbs and nouns are its own."""
    kept: list[Token] = []
    inside = False
    for token in zone:
        if text_lower(token) in _RELATIVES:
            inside = True
        elif inside and token.text == ",":
            inside = False
        if not inside:
            kept.append(token)
    return kept


def _fellows(zone: list[Token], persons: dict[int, NameNP], lex: Lexicon) -> list[list[Token]]:
    """The people coordinators in `zone` join, each as its words; none when a verb shows that the words
    are a clause. The stretch after a coordinator runs to the next comma; a person is a person's name
    or a person noun with a determiner or possessor ('her deputy')."""
    if not zone or any(t.upos in _CLAUSAL_UPOS for t in zone):
        return []
    found: list[list[Token]] = []
    position = 0
    while position < len(zone):
        width = _joiner_width(zone, position)
        if width == 0:
            position += 1
            continue
        stretch = _stretch(zone, position + width)
        if _opens_member(zone, position, persons) and _holds_person(stretch, persons, lex):
            found.append(stretch)
        position += width + max(len(stretch), 1)
    return found


def _opens_member(zone: list[Token], position: int, persons: dict[int, NameNP]) -> bool:
    """Whether the coordinator at `position` joins a new member rather than a second role inside an
    apposition ('David Gorski, an associate professor … and the editor of a blog', 'Clinton, the
    daughter of Bill Clinton and Hillary Clinton'): it follows the first speaker directly or a comma,
    or the words since the last comma open with a person's name, or its title (a list: 'A, B and C')."""
    if position == 0 or zone[position - 1].text == ",":
        return True
    start = max((i + 1 for i in range(position) if zone[i].text == ","), default=0)
    # the name with the title or role it is introduced with ('Mayor Pete Linn and lawyer Ruth Ames')
    return zone[start].index in persons or any(name.mention.start == zone[start].span.start
                                               for name in persons.values())


def _joiner_width(zone: list[Token], position: int) -> int:
    """How many words of a coordinator start at `position` (0 for none)."""
    word = text_lower(zone[position])
    if word in _JOINERS and zone[position].upos == "CCONJ":
        return 1
    following = text_lower(zone[position + 1]) if position + 1 < len(zone) else ""
    if (word, following) in _JOINER_PAIRS:
        return 2 if word != "as" or (position + 2 < len(zone) and text_lower(zone[position + 2]) == "as") else 0
    return 1 if (word, "") in _JOINER_PAIRS else 0


def _stretch(zone: list[Token], start: int) -> list[Token]:
    """The words from `start` (after 'as well as': its last 'as') up to the next comma."""
    if start < len(zone) and text_lower(zone[start]) == "as":
        start += 1
    out: list[Token] = []
    for token in zone[start:]:
        if token.upos == "PUNCT":
            break
        out.append(token)
    return out


def _holds_person(stretch: list[Token], persons: dict[int, NameNP], lex: Lexicon) -> bool:
    if not stretch:
        return False
    if any(t.index in persons for t in stretch):
        return True
    opener = stretch[0]
    determined = opener.upos == "DET" or opener.deprel in _POSSESSIVE_DEPRELS or text_lower(opener) in {
        "his", "her", "their", "its"}
    return determined and any(t.upos == "NOUN" and lex.is_person_noun(lemma_lower(t)) for t in stretch[1:])
