"""Confidence factors that speaker resolution multiplies into `Quote.confidence`, one per way a
speaker mention was linked to its entity."""

from __future__ import annotations

# Confidence factors (multiplied into Quote.confidence).
NAME_AMBIGUOUS = 0.7  # a surname that fits several full names (kept apart), or a city taken as a surname
PRONOUN = 0.9  # even a clear pronoun link is a guess about salience
PRONOUN_CLOSE = 0.7  # the runner-up scored at least CLOSE of the winner
PRONOUN_FAR = 0.8  # the antecedent was last seen two paragraphs back
PRONOUN_UNRESOLVED = 0.5
WE_IN_QUOTE = 0.8  # "we" inside a quote: the speaker, or the body the speaker stands for
DESCRIPTION_STRONG = 0.95  # role class and affiliation both match
DESCRIPTION_EXACT = 0.9  # the same role word, no affiliation to compare
DESCRIPTION_RECENT = 0.8  # role class only: linked to the most recent such speaker
DESCRIPTION_TIE = 0.6  # several entities fit equally; the most recent one was taken
DESCRIPTION_UNRESOLVED = 0.6
FIRST_PERSON_UNRESOLVED = 0.8
ROLE_ANTECEDENT = 0.8  # the pronoun went to a role noun nobody named ("The caretaker … He said")
GENDER_DOUBT = 0.7  # a he/she link to an entity an earlier pronoun of the other gender went to ("his time")
# a he/she link to a person whose gender the text never showed, while another person it never showed
# either was a candidate too: salience alone chose ("John Smith met Mary Jones. '…,' she said"), so the
# quote must not read as a confident attribution (quotetrace uses no first-name gender list)
GENDER_UNSHOWN = 0.75
