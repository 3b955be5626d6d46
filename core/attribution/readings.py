"""How a model reading and a rule reading of the same words compare, for the hybrid (`combine.combine`):
whose speaker mention the model's reading takes, and the readings in which the model misread what the rule
read right (it holds the rule's speaker, loses its own, or lost the front of a report set off around its
cue). Spans are code-point offsets, end exclusive."""

from __future__ import annotations

from dataclasses import replace

from ..model import Quote
from ..rules import StepId


def traced(quote: Quote, step: StepId) -> Quote:
    """`quote` with `step` (a registered step id, core/rules.py) added to the end of its trace."""
    return replace(quote, trace=(*quote.trace, step))


def with_rule_speaker(model: Quote, rule: Quote) -> Quote:
    """`model` with `rule`'s speaker mention where the model has no source, or one that overlaps the
    rule's but is cut otherwise: both name the same person, and the speaker rules cut names, titles and
    appositions the way the README promises, where the tagger's source can run on ('Priya Nair, the
    author of a book called "Salt') or be missing ('adding that there would be "no winners"', whose
    speaker the rules inherit); a source elsewhere is the model's reading of who spoke, and stands."""
    if rule.speaker is None or (model.speaker is not None and (model.speaker.span == rule.speaker.span
                                                              or not model.speaker.span.overlaps(rule.speaker.span))):
        return model
    return traced(replace(model, speaker=rule.speaker), "hybrid:rule-speaker")


def holds_speaker(model: Quote, rule: Quote) -> bool:
    """Whether the model's content holds the rule's speaker mention ('quoted a senior official as saying
    that…' read as one content): a reading that swallows the parse's source is no better reading."""
    return rule.speaker is not None and any(part.overlaps(rule.speaker.span) for part in model.parts)


def loses_own_speaker(model: Quote, rule: Quote) -> bool:
    """Whether `model`, once `with_rule_speaker` gave it `rule`'s speaker mention, would be a reported
    reading whose content holds its own speaker, which the pipeline drops."""
    given = with_rule_speaker(model, rule).speaker
    return (model.kind != "direct" and given is not None
            and any(part.overlaps(given.span) for part in model.parts))


def loses_fronted_part(model: Quote, rule: Quote) -> bool:
    """Whether `rule` reads a report set off around its cue (a content part before the cue and one after)
    and `model`'s reading covers none of the words before the cue."""
    if rule.cue is None or rule.kind == "direct":
        return False
    fronted = [part for part in rule.parts if part.end <= rule.cue.start]
    if not fronted or not any(part.start >= rule.cue.end for part in rule.parts):
        return False
    return not any(part.overlaps(front) for part in model.parts for front in fronted)
