"""What a person waits for at the command line, in fresh processes.

    .venv/bin/python bench/cli_latency.py first-error [--runs 5]
    .venv/bin/python bench/cli_latency.py big [--megabytes 5] [--seconds 120]

`first-error`: seconds from start to exit for `quotetrace missing.txt` (target: under 1 s, so no model
may load and neither torch nor stanza be imported before the inputs are checked); median and range
over the runs, with `quotetrace --help` as the floor (Python, click and rich starting).

`big`: a synthetic article of the given size (our three samples repeated, paragraphs kept) run through
`quotetrace -f jsonl` with stderr on a pseudo-terminal, so the progress display is on, for at most
`--seconds`. Reports when the progress bar first showed and first moved (its words/s column appears
after the first group of paragraphs is annotated), and the process's resident memory (peak, and its
growth from the first progress to the stop) sampled every half second. The run is stopped at the time limit;
a 5 MB article takes far longer than that to annotate on two shared cores.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).with_name("quotetrace"))
WORDS_DONE = re.compile(r"([\d,]+) words/s")


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([CLI, *args], capture_output=True, check=False)
    return time.perf_counter() - start


def first_error(runs: int) -> None:
    missing = Path(tempfile.gettempdir()) / "quotetrace-no-such-file.txt"
    for label, args in (("--help", ["--help"]), ("missing file", [str(missing)])):
        times = [timed(args) for _ in range(runs)]
        print(f"{label:>13}: median {statistics.median(times):.2f} s, range {min(times):.2f}-{max(times):.2f} s "
              f"({runs} runs)")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def make_article(megabytes: float, path: Path) -> int:
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    pieces: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in samples:
            pieces.append(text.strip())
            size += len(text.encode("utf-8")) + 2
    article = "\n\n".join(pieces) + "\n"
    path.write_text(article, encoding="utf-8")
    return len(article.split())


def big(megabytes: float, seconds: float) -> None:
    with tempfile.TemporaryDirectory() as work:
        article = Path(work) / "big.txt"
        words = make_article(megabytes, article)
        print(f"article: {article.stat().st_size / 1e6:.1f} MB, {words:,} words")
        master, slave = pty.openpty()
        start = time.perf_counter()
        child = subprocess.Popen([CLI, str(article), "-f", "jsonl"], stdout=subprocess.DEVNULL, stderr=slave,
                                 env={**os.environ, "COLUMNS": "120"})
        os.close(slave)
        shown = moved = None
        peak = 0.0
        samples: list[tuple[float, float]] = []  # (seconds, RSS MB)
        seen = ""
        while child.poll() is None and time.perf_counter() - start < seconds:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    seen = (seen + os.read(master, 65536).decode("utf-8", "replace"))[-4000:]
                except OSError:
                    break
            now = time.perf_counter() - start
            if shown is None and "documents" in seen:
                shown = now
            if moved is None and WORDS_DONE.search(seen):
                moved = now
            rss = rss_mb(child.pid)
            peak = max(peak, rss)
            samples.append((now, rss))
        stopped = child.poll() is None
        if stopped:
            child.kill()
        child.wait()
        os.close(master)
    print(f"progress bar shown after {shown:.1f} s" if shown is not None else "progress bar never shown")
    print(f"progress moved after {moved:.1f} s" if moved is not None else "progress did not move")
    print(f"peak resident memory {peak:,.0f} MB over {samples[-1][0]:.0f} s"
          + (" (stopped at the time limit)" if stopped else ""))
    if moved is not None:
        later = [rss for t, rss in samples if t >= moved]
        if len(later) > 1:
            rate = WORDS_DONE.findall(seen)
            print(f"memory from first progress to stop: {later[0]:,.0f} -> {later[-1]:,.0f} MB; "
                  f"last words/s shown: {rate[-1] if rate else '?'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["first-error", "big"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args()
    if args.what == "first-error":
        first_error(args.runs)
    else:
        big(args.megabytes, args.seconds)


if __name__ == "__main__":
    main()
