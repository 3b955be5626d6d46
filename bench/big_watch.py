"""One hostile case through the command line, watched as it runs: for runs too long to wait for.

    .venv/bin/python bench/big_watch.py [--case big_paragraph] [--scale 1.0] [--every 15] [--seconds 0]

Runs `quotetrace FILE -f jsonl --workers 1` on the case (bench/hostile.py) with stderr on a
pseudo-terminal, and prints one JSON line every `--every` seconds: wall seconds, the process's CPU
seconds and resident memory (from /proc), its peak resident memory so far (VmHWM) and the progress
bar's last words/s figure; the first line says when the first progress output came. With
`--seconds`, the run is stopped then; otherwise it goes to the end and the last line gives the exit
status and the quotes written.
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
RATE = re.compile(r"([\d,]+) words/s")


def _proc(pid: int) -> tuple[float, float, float]:
    """(CPU seconds, resident MB, peak resident MB) of a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    status = {line.split(":")[0]: line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
              if line.startswith(("VmRSS", "VmHWM"))}
    return cpu, int(status.get("VmRSS", 0)) / 1024, int(status.get("VmHWM", 0)) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", default="big_paragraph")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--every", type=float, default=15.0)
    parser.add_argument("--seconds", type=float, default=0.0)
    args = parser.parse_args()
    text = CASES[args.case](args.scale)
    with tempfile.TemporaryDirectory() as work:
        article, output = Path(work) / f"{args.case}.txt", Path(work) / "out.jsonl"
        article.write_text(text, encoding="utf-8", newline="")
        print(json.dumps({"case": args.case, "scale": args.scale, "chars": len(text)}), flush=True)
        master, slave = pty.openpty()
        start = time.perf_counter()
        with open(output, "wb") as out:
            pid = os.fork()
            if pid == 0:
                os.dup2(out.fileno(), 1)
                os.dup2(slave, 2)
                os.execve(CLI, [CLI, str(article), "-f", "jsonl", "--workers", "1"], {**os.environ, "COLUMNS": "120"})
        os.close(slave)
        seen, shown, last, status = "", None, 0.0, None
        sample: tuple[float, float, float] = (0.0, 0.0, 0.0)
        while status is None:
            if select.select([master], [], [], 0.5)[0]:
                with contextlib.suppress(OSError):
                    seen = (seen + os.read(master, 65536).decode("utf-8", "replace"))[-2000:]
            now = time.perf_counter() - start
            if shown is None and seen.strip():
                shown = now
                print(json.dumps({"first_progress_s": round(now, 1)}), flush=True)
            done, raw, usage = os.wait4(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(raw)
                quotes = sum(len(json.loads(line).get("quotes", [])) for line in output.open(encoding="utf-8") if line)
                print(json.dumps({"wall_s": round(now, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
                                  "peak_rss_mb": round(usage.ru_maxrss / 1024), "exit": status, "quotes": quotes}))
                break
            if now - last >= args.every:
                last = now
                with contextlib.suppress(OSError):
                    sample = _proc(pid)
                rates = RATE.findall(seen)
                print(json.dumps({"wall_s": round(now), "cpu_s": round(sample[0], 1), "rss_mb": round(sample[1]),
                                  "peak_rss_mb": round(sample[2]), "words_per_s": rates[-1] if rates else None}),
                      flush=True)
            if args.seconds and now > args.seconds:
                os.kill(pid, 15)
                os.waitpid(pid, 0)
                print(json.dumps({"stopped_at_s": round(now, 1)}))
                break
        os.close(master)


if __name__ == "__main__":
    main()
