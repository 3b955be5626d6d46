"""`--format html` in a real browser: headless Chromium loads the report and the rendered DOM is
checked (quotes per document, one background colour per speaker, escaped input, the card).

Chromium comes from the system's packages (`apt-get install chromium`; .ci/run installs it); where
it is missing these tests skip and say so. The structure tests at the top need no browser."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from quotetrace.cli.render_html import document_section, speaker_colour, write_html
from quotetrace.core.model import Entity, Mention, Quote, Result, Span

FIRST = (
    'Mayor <script>alert("x")</script> Helen Ashby spoke first.\n\n'
    '"We cannot wait another winter," said Mayor Helen Ashby. "The wall is the least we owe them."\n\n'
    'Tom Reyes said the design was "a concrete answer to a question nobody asked".\n\n'
    '"It is a good plan," a spokesperson said.'
)
SECOND = '"Ready," said <img src=x onerror=alert(1)>.\n'


def at(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece))


def records() -> list[tuple[dict[str, Any], str]]:
    ashby = Mention(at(FIRST, "Mayor Helen Ashby", 80), "Mayor Helen Ashby", "name")
    reyes = Mention(at(FIRST, "Tom Reyes"), "Tom Reyes", "name")
    anonymous = Mention(at(FIRST, "a spokesperson"), "a spokesperson", "anonymous")
    first = Result("council <b>vote</b>", FIRST, (
        Quote("q1", "direct",
              (at(FIRST, "We cannot wait another winter,"), at(FIRST, "The wall is the least we owe them.")),
              cue=at(FIRST, "said"), speaker=ashby, entity_id="E1", confidence=0.9, rule="split"),
        Quote("q2", "indirect", (at(FIRST, 'the design was "a concrete answer to a question nobody asked"'),),
              cue=at(FIRST, "said", 150), speaker=reyes, entity_id="E2", confidence=0.9, rule="cue-complement"),
        Quote("q3", "direct", (at(FIRST, "It is a good plan,"),), cue=at(FIRST, "said", 250), speaker=anonymous,
              entity_id="E3", confidence=0.7, rule="quote-then-cue"),
    ), (Entity("E1", "Helen <script>Ashby</script>", "person", (ashby,)), Entity("E2", "Tom Reyes", "person", (reyes,)),
        Entity("E3", "a spokesperson", "anonymous", (anonymous,))))
    speaker = Mention(at(SECOND, "<img src=x onerror=alert(1)>"), "<img src=x onerror=alert(1)>", "name")
    second = Result("second", SECOND, (
        Quote("q1", "direct", (at(SECOND, "Ready,"),), cue=at(SECOND, "said"), speaker=speaker, entity_id="E1",
              confidence=0.9, rule="quote-then-cue"),
        Quote("q2", "direct", (Span(0, 1),), confidence=0.3, rule="unattributed"),
    ), (Entity("E1", "<img src=x onerror=alert(1)>", "person", (speaker,)),))
    return [(first.to_record(), FIRST), (second.to_record(), SECOND)]


def report() -> str:
    out = io.StringIO()
    write_html(records(), out)
    return out.getvalue()


class Elements(HTMLParser):
    """Every element's tag and attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def elements(page: str) -> list[tuple[str, dict[str, str]]]:
    parser = Elements()
    parser.feed(page)
    return parser.found


def test_the_report_is_self_contained_and_escapes_everything_from_the_input() -> None:
    page = report()
    found = elements(page)
    assert [tag for tag, _ in found].count("script") == 1  # the report's own
    assert not [tag for tag, _ in found if tag in ("img", "b", "link", "iframe")]
    assert not any(attrs.get("src") or attrs.get("href", "#").split("#")[0] for _, attrs in found)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Helen &lt;script&gt;Ashby&lt;/script&gt;" in page


def test_each_quote_piece_carries_its_speakers_colour() -> None:
    record, text = records()[0]
    section = document_section(record, text, 1)
    pieces = [attrs for tag, attrs in elements(section) if "q" in attrs.get("class", "").split()]
    by_quote = {attrs["data-q"] for attrs in pieces}
    assert by_quote == {"q1", "q2", "q3"}
    colours = {attrs["data-speaker"]: re.findall(r"--speaker: ([^;]+)", attrs["style"]) for attrs in pieces}
    assert colours["Helen <script>Ashby</script>"] == [speaker_colour(0)]
    assert colours["Tom Reyes"] == [speaker_colour(1)]
    assert len({speaker_colour(i) for i in range(40)}) == 40


CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
browser = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (apt-get install chromium); "
                             "the report was not checked in a browser")

# Appended to a copy of the report for the test only: writes what the browser computed for each
# quote piece into the DOM, which --dump-dom then prints.
PROBE = """<script>
document.querySelectorAll('.q').forEach(function (el) {
  el.setAttribute('data-bg', getComputedStyle(el).backgroundColor); });
document.body.setAttribute('data-probed', 'yes');
var first = document.querySelector('.q');
first.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 20, clientY: 20}));
var card = document.getElementById('card');
document.body.setAttribute('data-card', card.hidden ? 'hidden' : card.textContent);
</script>"""


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@browser
def test_chromium_renders_quotes_coloured_by_speaker(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report().replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = chromium("--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    found = elements(done.stdout)
    body = next(attrs for tag, attrs in found if tag == "body")
    assert body.get("data-probed") == "yes", "the page's scripts ran"
    # clicking a quote shows its card: kind, cue type, confidence, rule
    card = body["data-card"]
    assert card.startswith("q1") and "kinddirect" in card and "cuesaid (speech)" in card
    assert "confidence0.90" in card and "rulesplit" in card
    sections = [attrs for tag, attrs in found if tag == "section"]
    assert [s["data-quotes"] for s in sections] == ["3", "2"]
    # quote count per document, read off the rendered DOM
    quotes_per_document: list[set[str]] = []
    colour_of: dict[str, set[str]] = {}
    for tag, attrs in found:
        if tag == "section":
            quotes_per_document.append(set())
        if "q" in attrs.get("class", "").split():
            quotes_per_document[-1].add(attrs["data-q"])
            colour_of.setdefault(f"{len(quotes_per_document)}:{attrs['data-speaker']}", set()).add(attrs["data-bg"])
    assert [len(q) for q in quotes_per_document] == [3, 2]
    assert all(len(colours) == 1 for colours in colour_of.values()), colour_of  # one colour per speaker
    first = [next(iter(c)) for key, c in colour_of.items() if key.startswith("1:")]
    assert len(set(first)) == 3 and all(c.startswith("rgb(") for c in first)  # distinct, really painted
    # nothing from the input became an element
    assert not [tag for tag, _ in found if tag in ("img", "b")]
    assert [tag for tag, _ in found].count("script") == 2  # the report's own and the probe


# Written into the DOM for --dump-dom: how wide the page is against the window.
WIDTH_PROBE = """<script>
document.body.setAttribute('data-widths', document.documentElement.scrollWidth + ' ' + window.innerWidth);
</script>"""


@browser
@pytest.mark.parametrize("width", [500, 700])  # headless Chromium keeps windows 500 px or wider
def test_a_narrow_window_gets_no_sideways_scrolling(tmp_path: Path, width: int) -> None:
    page = tmp_path / "report.html"
    page.write_text(report().replace("</body>", WIDTH_PROBE + "</body>"), encoding="utf-8")
    done = chromium("--dump-dom", f"--window-size={width},900", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    body = next(attrs for tag, attrs in elements(done.stdout) if tag == "body")
    scroll, inner = (int(n) for n in body["data-widths"].split())
    assert inner == width and scroll <= inner, f"{scroll} px of page in a {inner} px window"


@browser
def test_chromium_screenshot(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report(), encoding="utf-8")
    shot = tmp_path / "report.png"
    done = chromium(f"--screenshot={shot}", "--window-size=1280,900", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_overlapping_marks_become_one_span_per_piece_with_all_their_parts() -> None:
    # a speaker mention inside another quote's content ("…as Ada said…" quoted by someone else)
    text = 'Ben said "Ada said no" today.'
    ada = Mention(at(text, "Ada"), "Ada", "name")
    ben = Mention(at(text, "Ben"), "Ben", "name")
    record = Result("d", text, (
        Quote("q1", "direct", (at(text, "Ada said no"),), cue=at(text, "said"), speaker=ben, entity_id="E1",
              confidence=0.9, rule="cue-then-quote"),
        Quote("q2", "indirect", (at(text, "no"),), cue=at(text, "said", 10), speaker=ada, entity_id="E2",
              confidence=0.5, rule="cue-complement"),
    ), (Entity("E1", "Ben", "person", (ben,)), Entity("E2", "Ada", "person", (ada,)))).to_record()
    found = elements(document_section(record, text, 1))
    spans = [attrs for tag, attrs in found if tag == "span" and "class" in attrs and "swatch" not in attrs["class"]]
    ada_piece = next(a for a in spans if a["class"] == "q mention")
    assert ada_piece["data-q"] == "q1" and ada_piece["data-speaker"] == "Ben"
    assert f"--speaker: {speaker_colour(0)}" in ada_piece["style"]
    assert f"--mention: {speaker_colour(1)}" in ada_piece["style"]
    no_piece = [a for a in spans if a.get("data-q") == "q2"]
    assert len(no_piece) == 1 and no_piece[0]["data-speaker"] == "Ada"  # the later, inner quote wins the piece
    # every character of the text is still there once, in order
    plain = re.sub(r"<[^>]+>", "", document_section(record, text, 1).split('<article class="text">')[1]
                   .split("</article>")[0])
    assert html.unescape(plain) == text
