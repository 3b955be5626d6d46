"""Captures of what a person sees: the terminal table at given widths (as text, through rich's
recording console), the highlighted article, and the HTML report with a PNG screenshot from headless
Chromium.

    .venv/bin/python bench/screens.py samples/*.txt --out docs/
    .venv/bin/python bench/screens.py ../shared/samples/000_8ab6df1c88548d07.txt --out docs/seed/

Writes, per article, `<stem>.table-<width>.txt` for every `--widths` entry and
`<stem>.highlight-<width>.txt` at the narrowest width; for the run, `report.html` and (when Chromium is
installed) `report.png`. Captures of texts that are not ours (../shared) go to docs/seed/, which git
ignores: never commit them.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

from quotetrace.cli.render import render_highlight, render_table
from quotetrace.cli.render_html import write_html
from quotetrace.core.pipeline import Failure, QuoteTracer
from rich.console import Console


def capture(width: int, draw: object, *args: object) -> str:
    console = Console(record=True, width=width, file=io.StringIO(), color_system=None)
    draw(*args, console)  # type: ignore[operator]
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def screenshot(page: Path, png: Path, width: int, height: int) -> bool:
    names = ("chromium", "chromium-browser", "google-chrome")
    browser = next((shutil.which(name) for name in names if shutil.which(name)), None)
    if browser is None:
        print("no Chromium: report.png not written", file=sys.stderr)
        return False
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--window-size={width},{height}", f"--screenshot={png}", page.resolve().as_uri()],
                   check=True, capture_output=True, timeout=120)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--widths", default="80,120", help="terminal widths, comma-separated")
    parser.add_argument("--models", default="auto")
    parser.add_argument("--window", default="1400,1000", help="browser window for the screenshot")
    args = parser.parse_args()
    widths = sorted(int(w) for w in args.widths.split(","))
    args.out.mkdir(parents=True, exist_ok=True)
    texts = {path.stem: path.read_text(encoding="utf-8") for path in args.files}
    tracer = QuoteTracer(args.models)
    done = []
    for outcome in tracer.extract(texts.items()):
        if isinstance(outcome, Failure):
            print(f"{outcome.document_id}: {outcome.message}", file=sys.stderr)
            continue
        record, text = outcome.to_record(), outcome.text
        done.append((record, text))
        for width in widths:
            (args.out / f"{record['id']}.table-{width}.txt").write_text(
                capture(width, render_table, [(record, text)]), encoding="utf-8")
        (args.out / f"{record['id']}.highlight-{widths[0]}.txt").write_text(
            capture(widths[0], render_highlight, [(record, text)]), encoding="utf-8")
    page = args.out / "report.html"
    with page.open("w", encoding="utf-8") as handle:
        write_html(done, handle)
    width, height = (int(v) for v in args.window.split(","))
    if screenshot(page, args.out / "report.png", width, height):
        print(f"wrote {args.out / 'report.png'}")
    print(f"wrote captures of {len(done)} document(s) to {args.out}")


if __name__ == "__main__":
    main()
