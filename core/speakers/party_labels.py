"""The party-and-state label US wire copy sets after a legislator's name ("Sen. Patty Murray, D-Wash.,";
"Rep. Jim Jordan, R-Ohio"), read as the person's party and state, so that "the Washington Democrat" or
"the Ohio Republican" later is that person. Abbreviations: the AP Stylebook's state abbreviations
(used in these labels) and the two-letter postal codes."""

from __future__ import annotations

import re

from ..model import Span

_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}

# AP Stylebook abbreviations; the eight states AP never abbreviates are spelled out in the label.
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    **{name: name for name in ("Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah")},
}
_POSTAL_CODES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)
_POSTAL = dict(zip(_POSTAL_CODES, [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
], strict=True))
# ", D-Wash." / "(R-Ky.)" right after the name; the state is the longest run of letters and dots
_LABEL = re.compile(r"\s*[,(]\s*([DRI])-([A-Z][A-Za-z.]*(?:\s?[A-Z][a-z]*\.)?)")


def party_label(text: str, name: Span) -> str:
    """The party-and-state label right after the name at code-point span `name` of `text`, as a
    description ("Washington Democrat" for ", D-Wash."), or "" when none follows or the state is not
    one of the US states (AP abbreviation, full name or postal code)."""
    match = _LABEL.match(text, name.end)
    return "" if match is None else _described(match.group(1), match.group(2))


def is_party_label(words: str) -> bool:
    """Whether `words` are a party-and-state label by themselves ("R-Ohio", "D-Wash."), which a name
    finder may read as a name of its own ('Sen. John Kerr, R-Ohio, and Sen. Ann Lee')."""
    match = _BODY.fullmatch(words.strip())
    return match is not None and bool(_described(match.group(1), match.group(2)))


_BODY = re.compile(r"([DRI])-([A-Z][A-Za-z.]*(?:\s?[A-Z][a-z]*\.)?)")


def _described(party: str, raw: str) -> str:
    state = _AP_STATES.get(raw) or _AP_STATES.get(raw.replace(" ", "")) or _POSTAL.get(raw.rstrip("."), "")
    if not state and raw.endswith("."):
        state = _AP_STATES.get(raw[:-1], "")  # "R-Ohio." at a sentence end
    return f"{state} {_PARTIES[party]}" if state else ""
