"""Hostile inputs: every case must finish in time linear in its size, with no document lost.

    .venv/bin/python bench/hostile.py write DIR [--scale 1.0]    # the corpus, one .txt per case
    .venv/bin/python bench/hostile.py run [--scales 0.05,0.1,0.2] [--cases a,b] [--json OUT]

`run` times the whole extraction (annotation + rules) of each case at each scale in one process with
the models loaded once and one torch thread, and reports wall and CPU seconds, CPU microseconds per
character, peak memory (resident set, sampled) and whether a Result came back; CPU time per
character should stay flat as the scale grows (wall time on a shared machine follows its load). At scale 1.0 the
cases are the issue's sizes: a 20,000-word run-on sentence, 10,000 quotation marks, a 50,000-character
token, 5 MB of one paragraph, NUL bytes and other control characters. tests/test_hostile.py runs
small versions of every case without timings.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

WORDS = ["the", "minister", "said", "that", "the", "council", "would", "review", "the", "plan", "before",
         "the", "vote", "in", "March", "and", "officials", "told", "reporters", "the", "port", "needed", "more",
         "money", "than", "the", "budget", "allowed"]


def run_on(scale: float) -> str:
    """One sentence of 20,000 words: commas and 'and', never a full stop."""
    rng = random.Random(1)
    words = [rng.choice(WORDS) + ("," if rng.random() < 0.08 else "") for _ in range(int(20_000 * scale))]
    return "Officials said " + " ".join(words) + "."


def quote_marks(scale: float) -> str:
    """10,000 quotation marks: straight, curly, opening only, glued and spaced runs."""
    n = int(10_000 * scale) // 4
    return ('He said "' + '"' * n + '" and then “' + "“" * n + " ” " + '" ' * n + "‘’" * (n // 2) + ' it ended.')


def long_token(scale: float) -> str:
    """A 50,000-character token (a pasted hash or URL) inside an ordinary quote."""
    return ('"The payload was ' + "x9" * int(25_000 * scale) + '," the engineer said. '
            '"It crashed twice," she added.')


def big_paragraph(scale: float) -> str:
    """5 MB of one paragraph: ordinary quoted sentences, never a line break."""
    sentence = ('"We will not accept this plan," Mayor Helen Ashby said on Tuesday, adding that the council '
                'would vote again. ')
    return sentence * max(1, int(5_000_000 * scale) // len(sentence))


def control_characters(scale: float) -> str:
    """NUL bytes, other C0 controls, lone surrogates escaped away, BOMs and CRLF between quotes."""
    piece = ('\ufeff"Rates will rise,"\x00 the governor said.\r\n\x01\x02\x1b[31m "No,"\x00\x00 she added.\x7f\r\n'
             "\u200b\u2028\ufffd")
    return piece * max(1, int(20_000 * scale) // len(piece))


CASES: dict[str, Callable[[float], str]] = {
    "run_on_sentence": run_on,
    "quotation_marks": quote_marks,
    "long_token": long_token,
    "big_paragraph": big_paragraph,
    "control_characters": control_characters,
}


class _PeakMemory:
    """Peak resident set of this process while the block runs (sampled every 50 ms)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()

    @staticmethod
    def _rss() -> int:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize()

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self._rss())

    def __enter__(self) -> _PeakMemory:
        self.peak = self._rss()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def run(scales: list[float], cases: list[str], models: str) -> list[dict[str, object]]:
    from quotetrace.core.pipeline import QuoteTracer, Result

    tracer = QuoteTracer(models, threads=1)
    list(tracer.extract([("warm-up", '"Fine," she said.')]))
    rows: list[dict[str, object]] = []
    for name in cases:
        for scale in scales:
            text = CASES[name](scale)
            words = len(text.split())
            started, cpu = time.perf_counter(), time.process_time()
            with _PeakMemory() as memory:
                (result,) = tracer.extract([(name, text)])
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            row = {"case": name, "scale": scale, "chars": len(text), "words": words, "seconds": round(seconds, 2),
                   "cpu_seconds": round(cpu, 2), "cpu_us_per_char": round(1e6 * cpu / max(1, len(text)), 1),
                   "peak_rss_mb": round(memory.peak / 2**20), "result": isinstance(result, Result),
                   "quotes": len(result.quotes) if isinstance(result, Result) else None}
            rows.append(row)
            print(json.dumps(row), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_write = sub.add_parser("write")
    p_write.add_argument("directory", type=Path)
    p_write.add_argument("--scale", type=float, default=1.0)
    p_run = sub.add_parser("run")
    p_run.add_argument("--scales", default="0.05,0.1,0.2")
    p_run.add_argument("--cases", default=",".join(CASES))
    p_run.add_argument("--models", default="bundled")
    p_run.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if args.command == "write":
        args.directory.mkdir(parents=True, exist_ok=True)
        for name, make in CASES.items():
            (args.directory / f"{name}.txt").write_text(make(args.scale), encoding="utf-8", newline="")
        print(f"wrote {len(CASES)} cases to {args.directory}", file=sys.stderr)
        return
    rows = run([float(s) for s in args.scales.split(",")], args.cases.split(","), args.models)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
