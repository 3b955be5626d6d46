"""`--format html`: one self-contained HTML report per run (no network, no CDN, no external file).

Per document: the article with every quote's content highlighted in its speaker's colour, the cue and
the speaker mention marked, a card with kind, cue type, confidence and rule on hover or click, and a
speaker panel ranking voices by quotes and quoted words with a bar chart. Several documents get a
navigation list. Everything from the input (article text, ids, names) goes through the standard
library's `html.escape`; nothing from the input is ever placed in a script or a style.

Like every format it starts from `quotetrace/1` records and the text they were made from.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from .render import count_words

Record = Mapping[str, Any]

UNATTRIBUTED_COLOUR = "#d9d9d9"
_GOLDEN_ANGLE = 137.508  # degrees: successive hues as far apart as possible, however many speakers


def speaker_colour(index: int) -> str:
    """A light background colour for the `index`-th speaker (0-based), distinct for every index
    below 360 / gcd and easy to read black text on."""
    return f"hsl({(index * _GOLDEN_ANGLE) % 360:.1f}, 75%, 82%)"


# Control characters other than tab and line ends would go into the page raw (a NUL, an ESC, a BEL):
# each is shown as its visible Control Pictures symbol (U+2400 + code; DEL U+2421, C1 controls U+FFFD),
# one code point for one, so the report's offsets still count the characters that are shown.
_VISIBLE_CONTROLS = str.maketrans({**{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"},
                                   0x7F: 0x2421, **dict.fromkeys(range(0x80, 0xA0), 0xFFFD)})


def _esc(value: object) -> str:
    return html.escape(str(value).translate(_VISIBLE_CONTROLS), quote=True)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


@dataclass(frozen=True, slots=True)
class FailedDocument:
    """A document that could not be read or traced: shown in the report with its one-line error."""

    id: str
    message: str


def _key(quote: Mapping[str, Any]) -> str | None:
    speaker = quote.get("speaker")
    if not speaker:
        return None
    return str(speaker.get("entity") or speaker.get("name") or speaker.get("text"))


@dataclass(slots=True)
class _Voice:
    name: str
    type: str
    colour: str
    quotes: int = 0
    words: int = 0


def _voices(record: Record) -> dict[str | None, _Voice]:
    types = {speaker["id"]: speaker.get("type", "unknown") for speaker in record.get("speakers", [])}
    voices: dict[str | None, _Voice] = {}
    for quote in record["quotes"]:
        key = _key(quote)
        if key not in voices:
            speaker = quote.get("speaker") or {}
            if key is None:
                voices[key] = _Voice("(no speaker)", "", UNATTRIBUTED_COLOUR)
            else:
                named = sum(1 for k in voices if k is not None)
                voices[key] = _Voice(str(speaker.get("name") or speaker.get("text")),
                                     types.get(speaker.get("entity"), "unknown"), speaker_colour(named))
        voices[key].quotes += 1
        voices[key].words += count_words(quote["text"])
    return voices


_Mark = tuple[int, int, str, dict[str, str]]  # start, end (code points), classes, attributes


def _segments(text: str, marks: Sequence[_Mark]) -> str:
    """The text as escaped HTML, cut at every mark boundary; each piece covered by marks is one
    `<span>` with their classes and attributes (a later mark's wins on a clash, styles add up), so
    overlapping and nested marks need no nesting. One sweep over the boundaries: linear in the text
    and the marks, however many quotes a long document has."""
    size = len(text)
    marks = [(max(0, s), min(size, e), c, a) for s, e, c, a in marks if max(0, s) < min(size, e)]
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for number, (start, end, _, _) in enumerate(marks):
        starting.setdefault(start, []).append(number)
        ending.setdefault(end, []).append(number)
    cuts = sorted({0, size, *starting, *ending})
    active: set[int] = set()
    pieces: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ending.get(start, ()))
        active.update(starting.get(start, ()))
        chunk = _esc(text[start:end])
        pieces.append(_span([marks[n] for n in sorted(active)], chunk) if active else chunk)
    return "".join(pieces)


def _span(covering: list[_Mark], chunk: str) -> str:
    classes = " ".join(dict.fromkeys(c for _, _, cls, _ in covering for c in cls.split()))
    attributes: dict[str, str] = {}
    for _, _, _, extra in covering:
        for name, value in extra.items():
            # styles only set custom properties (--speaker, --mention): keep all of them
            attributes[name] = f"{attributes[name]}; {value}" if name == "style" and name in attributes else value
    attrs = "".join(f' {name}="{_esc(value)}"' for name, value in attributes.items())
    return f'<span class="{classes}"{attrs}>{chunk}</span>'


def _marks(record: Record, doc_index: int, voices: dict[str | None, _Voice]) -> list[_Mark]:
    marks: list[_Mark] = []
    for quote in record["quotes"]:
        voice = voices[_key(quote)]
        card = f"card-{doc_index}-{quote['id']}"
        attributes = {"data-q": str(quote["id"]), "data-card": card, "data-speaker": voice.name,
                      "style": f"--speaker: {voice.colour}", "tabindex": "0"}
        for start, end in quote["spans"]:
            marks.append((start, end, "q", attributes))
        if quote.get("cue"):
            marks.append((quote["cue"]["start"], quote["cue"]["end"], "cue", {"data-card": card}))
        if quote.get("speaker"):
            speaker = quote["speaker"]
            marks.append((speaker["start"], speaker["end"], "mention",
                          {"data-card": card, "style": f"--mention: {voice.colour}"}))
    return marks


def _card(doc_index: int, quote: Mapping[str, Any], voice: _Voice) -> str:
    cue = quote.get("cue")
    speaker = quote.get("speaker")
    rows = [
        ("speaker", voice.name + (f" ({voice.type})" if voice.type else "")),
        ("mention", speaker["text"] if speaker else "—"),
        ("kind", quote["kind"]),
        ("cue", f"{cue['text']} ({quote.get('cue_type') or 'speech'})" if cue else "—"),
        ("confidence", f"{quote['confidence']:.2f}"),
        ("rule", quote.get("rule") or "—"),
        ("spans", " ".join(f"{s}–{e}" for s, e in quote["spans"])),
    ]
    body = "".join(f"<dt>{_esc(name)}</dt><dd>{_esc(value)}</dd>" for name, value in rows)
    return (f'<div class="card" id="card-{doc_index}-{_esc(quote["id"])}" hidden>'
            f'<strong>{_esc(quote["id"])}</strong><dl>{body}</dl></div>')


def _panel(voices: dict[str | None, _Voice]) -> str:
    ranked = sorted(voices.items(), key=lambda kv: (kv[0] is None, -kv[1].quotes, -kv[1].words,
                                                     kv[1].name.casefold()))
    most = max((v.words for v in voices.values()), default=0) or 1
    rows = []
    for _, voice in ranked:
        width = 100 * voice.words / most
        rows.append(
            f'<tr class="voice" data-speaker="{_esc(voice.name)}">'
            f'<td><span class="swatch" style="--speaker: {voice.colour}"></span>{_esc(voice.name)}'
            f'<small>{_esc(voice.type)}</small></td>'
            f'<td class="n">{voice.quotes}</td><td class="n">{voice.words}</td>'
            f'<td class="bar"><div style="width: {width:.1f}%; --speaker: {voice.colour}"></div></td></tr>'
        )
    return ('<aside class="speakers"><h3>Voices</h3><table><thead><tr><th>speaker</th><th>quotes</th>'
            f'<th>words</th><th>quoted words</th></tr></thead><tbody>{"".join(rows)}</tbody></table></aside>')


def document_section(record: Record, text: str, doc_index: int) -> str:
    """One document's `<section>`: title and counts, speaker panel, highlighted article, cards."""
    voices = _voices(record)
    article = _segments(text, _marks(record, doc_index, voices))
    cards = "".join(_card(doc_index, q, voices[_key(q)]) for q in record["quotes"])
    named = sum(1 for key in voices if key is not None)
    counts = (f"{_plural(len(record['quotes']), 'quote')} · {_plural(named, 'speaker')} · "
              f"{_plural(len(text), 'character')}")
    return (f'<section class="doc" id="doc-{doc_index}" data-quotes="{len(record["quotes"])}">'
            f'<h2>{_esc(record["id"])}</h2><p class="counts">{_esc(counts)}</p>'
            f'<div class="layout"><article class="text">{article}</article>{_panel(voices)}</div>'
            f'{cards}</section>')


_STYLE = """
body { font: 16px/1.55 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 16rem 1fr;
       color: #1d1d1f; background: #fafafa; }
nav { grid-column: 1; grid-row: 1; position: sticky; top: 0; align-self: start; max-height: 100vh;
      overflow: auto; padding: 1rem; border-right: 1px solid #ddd; }
nav a { display: block; padding: .15rem 0; color: #0b57d0; text-decoration: none; overflow-wrap: anywhere; }
nav small { color: #666; }
main { grid-column: 2; grid-row: 1; padding: 1rem 2rem; min-width: 0; }
body.single { grid-template-columns: 1fr; } body.single main { grid-column: 1; } body.single nav { display: none; }
h1 { font-size: 1.3rem; margin: .2rem 0 1rem; } h2 { margin: 1.5rem 0 .2rem; overflow-wrap: anywhere; }
.counts { color: #666; margin: 0 0 .8rem; }
.error { color: #a40000; background: #fff; border: 1px solid #e3b4b4; border-radius: 6px; padding: .6rem 1rem;
         overflow-wrap: anywhere; } nav a.failed, nav a.failed small { color: #a40000; }
.layout { display: flex; gap: 2rem; align-items: flex-start; flex-wrap: wrap; }
.text { flex: 1 1 32rem; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1rem 1.2rem;
        border: 1px solid #e3e3e3; border-radius: 6px; }
.speakers { flex: 0 1 23rem; position: sticky; top: 1rem; }
.speakers table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.speakers th { text-align: left; color: #666; font-weight: normal; border-bottom: 1px solid #ddd; }
.speakers td { padding: .2rem .3rem; vertical-align: middle; } .speakers small { color: #777; margin-left: .3rem; }
.n { text-align: right; } .bar { width: 35%; }
.bar div { height: .8rem; background: var(--speaker); border: 1px solid #0002; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .4rem; background: var(--speaker);
          border: 1px solid #0003; vertical-align: -1px; }
.q { background: var(--speaker); cursor: pointer; border-radius: 2px; }
.cue { font-weight: 600; text-decoration: underline; text-decoration-thickness: 2px; }
.mention { font-weight: 600; border-bottom: 4px solid var(--mention); }
.q.active { outline: 2px solid #333; }
#card { position: fixed; z-index: 10; max-width: 24rem; background: #fff; border: 1px solid #999;
        border-radius: 6px; padding: .6rem .8rem; box-shadow: 0 4px 16px #0003; font-size: .9rem; }
#card dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .8rem; margin: .4rem 0 0; }
#card dt { color: #666; } #card dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 44rem) {
  body { grid-template-columns: 1fr; }
  nav { grid-row: 1; position: static; max-height: 10rem; border-right: 0; border-bottom: 1px solid #ddd; }
  main, body.single main { grid-column: 1; grid-row: 2; padding: .8rem; }
  .layout { display: block; }
  .speakers { position: static; margin-top: 1rem; }
  .speakers table { table-layout: fixed; } .speakers td, .speakers th { overflow-wrap: anywhere; }
  #card { max-width: calc(100vw - 2rem); }
}
"""

# Shows the pre-rendered card of the quote under the pointer (or clicked / focused); reads nothing
# but element ids and data attributes the report itself wrote.
_SCRIPT = """
(function () {
  var card = document.getElementById('card');
  var active = [];
  function show(el, x, y) {
    var source = document.getElementById(el.dataset.card);
    if (!source) return;
    card.innerHTML = source.innerHTML; card.hidden = false;
    active.forEach(function (a) { a.classList.remove('active'); });
    active = Array.prototype.slice.call(document.querySelectorAll('.q[data-card="' + el.dataset.card + '"]'));
    active.forEach(function (a) { a.classList.add('active'); });
    var left = Math.min(x + 12, window.innerWidth - card.offsetWidth - 8);
    var top = y + 16 + card.offsetHeight > window.innerHeight ? y - card.offsetHeight - 12 : y + 16;
    card.style.left = Math.max(4, left) + 'px'; card.style.top = Math.max(4, top) + 'px';
  }
  function target(e) { return e.target.closest ? e.target.closest('[data-card]') : null; }
  document.addEventListener('mouseover', function (e) { var t = target(e); if (t) show(t, e.clientX, e.clientY); });
  document.addEventListener('click', function (e) {
    var t = target(e); if (t) show(t, e.clientX, e.clientY); else card.hidden = true; });
  document.addEventListener('focusin', function (e) {
    var t = target(e); if (t) { var r = t.getBoundingClientRect(); show(t, r.left, r.bottom); } });
})();
"""


def failed_section(failed: FailedDocument, doc_index: int) -> str:
    """A failed document's `<section>`: its id and why it failed."""
    return (f'<section class="doc failed" id="doc-{doc_index}" data-quotes="0"><h2>{_esc(failed.id)}</h2>'
            f'<p class="error">failed: {_esc(failed.message)}</p></section>')


def write_html(records_with_text: Iterable[tuple[Record, str] | FailedDocument], out: TextIO,
               title: str = "quotetrace report") -> None:
    """Write the whole report to `out`. Documents are written as they come (nothing but the
    navigation list is kept), so an archive never has to fit in memory twice; a `FailedDocument`
    gets a section and a list entry with its error. On KeyboardInterrupt (Ctrl-C, or SIGTERM as the
    command line raises it) the page is ended on the sections written so far, then the interrupt goes on."""
    out.write(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">'
              f'<title>{_esc(title)}</title><style>{_STYLE}</style></head>\n<body>\n<main><h1>{_esc(title)}</h1>\n')
    nav: list[str] = []
    try:
        for index, item in enumerate(records_with_text, start=1):
            # the section and its list entry go together: a stop between two documents lists each
            # section written, and only those
            if isinstance(item, FailedDocument):
                section = failed_section(item, index)
                entry = f'<a href="#doc-{index}" class="failed">{_esc(item.id)} <small>failed</small></a>'
            else:
                record, text = item
                section = document_section(record, text, index)
                entry = (f'<a href="#doc-{index}">{_esc(record["id"])} '
                         f'<small>{_plural(len(record["quotes"]), "quote")}</small></a>')
            out.write(section + "\n")
            out.flush()
            nav.append(entry)
    except KeyboardInterrupt:
        _end_page(nav, out)
        raise
    _end_page(nav, out)


def _end_page(nav: list[str], out: TextIO) -> None:
    """Everything after the last section: the navigation, the card and the script."""
    if not nav:
        out.write('<p class="counts">no documents</p>\n')
    out.write('</main>\n<nav><strong>Documents</strong>' + "".join(nav) + '</nav>\n<div id="card" hidden></div>\n')
    if len(nav) <= 1:
        # one document needs no navigation: the article gets the whole width
        out.write("<script>document.body.classList.add('single');</script>\n")
    out.write(f"<script>{_SCRIPT}</script>\n</body></html>\n")
    out.flush()
