"""The hostile cases run to the end through the command line, each in a fresh process.

    .venv/bin/python bench/hostile_cli.py [--runs big_paragraph:1.0,big_paragraph:0.1,...] [--json OUT]
    .venv/bin/python bench/hostile_cli.py --table OUT.json [OUT2.json ...]   # the rows as a markdown table

Each run writes one case of `bench/hostile.py` at the given scale (1.0 is the issue's size: 5 MB for
`big_paragraph`) to a temporary file and runs `quotetrace FILE -f jsonl --workers 1` with stdout to a
file and stderr on a pseudo-terminal, so the progress display is on as a person would see it. Reported
per run: characters, wall seconds, CPU seconds (user + system of the process and anything it waited
for, from `os.wait4`), CPU µs per character, peak resident memory (the kernel's `ru_maxrss` for the
process, not sampled), seconds to the first progress output on the terminal and to the first words/s
figure (the bar moving), the exit status and the number of quotes written. A run is linear in its
size when µs per character stays flat across the scales of one case; wall time follows the shared
machine's load, CPU time much less.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pty
import re
import select
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import CASES  # noqa: E402

CLI = str(Path(sys.executable).with_name("quotetrace"))
WORDS_PER_SECOND = re.compile(r"[\d,]+ words/s")


def run_one(case: str, scale: float) -> dict[str, object]:
    text = CASES[case](scale)
    with tempfile.TemporaryDirectory() as work:
        article, output = Path(work) / f"{case}.txt", Path(work) / "out.jsonl"
        article.write_text(text, encoding="utf-8", newline="")
        master, slave = pty.openpty()
        start = time.perf_counter()
        with open(output, "wb") as out:
            pid = os.fork()
            if pid == 0:
                os.dup2(out.fileno(), 1)
                os.dup2(slave, 2)
                os.execve(CLI, [CLI, str(article), "-f", "jsonl", "--workers", "1"],
                          {**os.environ, "COLUMNS": "120"})
        os.close(slave)
        shown = moved = None
        seen = ""
        status = rusage = None
        while status is None:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                with contextlib.suppress(OSError):  # the terminal closes when the process ends
                    seen = (seen + os.read(master, 65536).decode("utf-8", "replace"))[-4000:]
            now = time.perf_counter() - start
            if shown is None and seen.strip():
                shown = now
            if moved is None and WORDS_PER_SECOND.search(seen):
                moved = now
            done, raw_status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                status, rusage = os.waitstatus_to_exitcode(raw_status), usage
        wall = time.perf_counter() - start
        os.close(master)
        records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line]
    assert rusage is not None
    cpu = rusage.ru_utime + rusage.ru_stime
    return {"case": case, "scale": scale, "chars": len(text), "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "cpu_us_per_char": round(1e6 * cpu / len(text), 1), "peak_rss_mb": round(rusage.ru_maxrss / 1024),
            "first_progress_s": None if shown is None else round(shown, 1),
            "progress_moved_s": None if moved is None else round(moved, 1), "exit": status,
            "documents": len(records), "quotes": sum(len(r.get("quotes", [])) for r in records)}


def table(paths: list[Path]) -> None:
    """Rows of one or more --json files; a run of under 1,000 characters is taken as the start-up cost
    (imports, model load), which the last column takes off before dividing by the characters."""
    rows = [row for path in paths for row in json.loads(path.read_text(encoding="utf-8"))]
    rows.sort(key=lambda row: (list(CASES).index(row["case"]), row["chars"]))
    startup = min((row["cpu_s"] for row in rows if row["chars"] < 1000), default=0.0)
    print("| case | characters | wall s | CPU s | CPU µs per character | peak RSS, MB | first progress, s "
          f"| bar moved, s | exit | quotes | µs per character beyond start-up ({startup} CPU s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        beyond = round(1e6 * (row["cpu_s"] - startup) / row["chars"], 1)
        print(f"| {row['case']} | {row['chars']:,} | {row['wall_s']} | {row['cpu_s']} | {row['cpu_us_per_char']} "
              f"| {row['peak_rss_mb']:,} | {row['first_progress_s']} | {row['progress_moved_s']} | {row['exit']} "
              f"| {row['quotes']:,} | {beyond} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default="big_paragraph:0.1,big_paragraph:0.2")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--table", type=Path, nargs="+", default=None)
    args = parser.parse_args()
    if args.table:
        table(args.table)
        return
    rows = []
    for item in args.runs.split(","):
        case, scale = item.split(":")
        row = run_one(case, float(scale))
        rows.append(row)
        print(json.dumps(row), flush=True)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
