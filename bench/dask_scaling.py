"""Benchmark: quotetrace on Dask — words per second with 1, 2, … worker processes, memory per worker,
and the scaling ratio, on PolNeAR articles.

    .venv/bin/python bench/dask_scaling.py [--polnear ../shared/data/polnear] [--split dev] [--limit N]
        [--workers 1,2] [--rounds 1] [--partition-size 4] [--models bundled] [--baseline] [--json FILE]

For each worker count (in the order given; with --rounds > 1 the counts alternate, so the ratios come
from one stretch of the shared machine) it starts a `LocalCluster` of that many processes with one
thread each, loads the models on every worker (timed apart: "ready"), then traces every article
through `quotetrace.core.dask.trace_bag` in partitions of --partition-size articles and times it.
Memory per worker is each worker process's resident set after the run. Besides wall-clock words/s it
counts words per CPU-second of the worker processes (user + system time): on a machine shared with
other jobs, wall-clock scaling says more about the neighbours than about Dask, while the CPU figure is
what one core does, the figure to size a cluster with. `--baseline` also times the
same articles through one in-process `QuoteTracer` with one torch thread: the Dask overhead.

Words are runs of letters and digits (as in bench/speed.py). The outputs of every configuration are
compared: they must be identical records. Figures on a shared machine are noisy; compare the ratios
printed, which come from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client
from quotetrace.cli.dask_engine import local_cluster
from quotetrace.core import evaluate
from quotetrace.core.dask import TraceConfig, load_models, trace_bag, trace_partition

HERE = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def _worker_rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def _cpu_seconds() -> float:
    """This process's CPU time, user and system, every thread and finished child included."""
    import psutil

    times = psutil.Process().cpu_times()
    return float(times.user + times.system + times.children_user + times.children_system)


def on_cluster(workers: int, pairs: list[tuple[str, str]], config: TraceConfig,
               partition_size: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    started = time.perf_counter()
    with local_cluster(workers) as cluster, Client(cluster) as client:  # the cluster the command starts
        addresses = list(client.scheduler_info(n_workers=-1)["workers"])
        client.gather([client.submit(load_models, config, workers=[a], pure=False) for a in addresses])
        ready = time.perf_counter() - started
        cpu_before = sum(client.run(_cpu_seconds).values())
        t0 = time.perf_counter()
        outcomes = trace_bag(db.from_sequence(pairs, partition_size=partition_size), config).compute()
        seconds = time.perf_counter() - t0
        cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
        rss = [value / MB for value in client.run(_worker_rss).values()]
    return {"workers": workers, "ready_s": ready, "seconds": seconds, "cpu_s": cpu, "rss_mb": rss}, outcomes


def in_process(pairs: list[tuple[str, str]], config: TraceConfig) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The same partition function, called here: no cluster, no Dask."""
    started = time.perf_counter()
    load_models(config)
    ready = time.perf_counter() - started
    cpu_before = _cpu_seconds()
    t0 = time.perf_counter()
    outcomes = trace_partition(pairs, config)
    seconds = time.perf_counter() - t0
    return {"workers": 0, "ready_s": ready, "seconds": seconds, "cpu_s": _cpu_seconds() - cpu_before,
            "rss_mb": []}, outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=HERE.parent / "shared" / "data" / "polnear")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (sorted by id)")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--partition-size", type=int, default=4)
    parser.add_argument("--models", default="bundled")
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    gold = evaluate.read_brat_corpus(args.polnear / args.split)[: args.limit]
    pairs = [(doc.id, doc.text) for doc in gold]
    words = sum(len(re.findall(r"[^\W_]+", text)) for _, text in pairs)
    config = TraceConfig(models=args.models)
    counts = [int(n) for n in args.workers.split(",")]
    print(f"PolNeAR {args.split}: {len(pairs)} articles, {words:,} words; partitions of {args.partition_size}")
    runs: list[dict[str, Any]] = []
    reference: list[dict[str, Any]] | None = None
    plan = ([0] if args.baseline else []) + counts * args.rounds
    for workers in plan:
        run, outcomes = in_process(pairs, config) if workers == 0 else on_cluster(workers, pairs, config,
                                                                                   args.partition_size)
        if reference is None:
            reference = outcomes
        run["same_output"] = outcomes == reference
        run["words_per_s"] = words / run["seconds"]
        run["words_per_cpu_s"] = words / run["cpu_s"]
        run["load_average"] = os.getloadavg()[0]
        runs.append(run)
        where = "in-process" if workers == 0 else f"{workers} worker(s)"
        memory = ""
        if run["rss_mb"]:
            memory = f", RSS per worker {statistics.mean(run['rss_mb']):.0f} MB (max {max(run['rss_mb']):.0f})"
        print(f"{where}: ready {run['ready_s']:.1f} s, traced in {run['seconds']:.1f} s = "
              f"{run['words_per_s']:,.0f} words/s, {run['words_per_cpu_s']:,.0f} words per CPU-second{memory}; "
              f"load average {run['load_average']:.1f}; same output: {run['same_output']}")
    summary = _summary(runs, words / len(pairs))
    for line in summary["lines"]:
        print(line)
    if args.json is not None:
        args.json.write_text(json.dumps({"articles": len(pairs), "words": words, "runs": runs,
                                         **{k: v for k, v in summary.items() if k != "lines"}}, indent=2) + "\n")


def _summary(runs: list[dict[str, Any]], words_per_article: float) -> dict[str, Any]:
    """Wall-clock scaling (what a dedicated machine shows) and words per CPU-second (what a core does
    whatever else shares the machine: the figure to size a cluster with)."""
    counts = sorted({r["workers"] for r in runs})
    rate = {n: statistics.median(r["words_per_s"] for r in runs if r["workers"] == n) for n in counts}
    per_cpu = {n: statistics.median(r["words_per_cpu_s"] for r in runs if r["workers"] == n) for n in counts}
    lines: list[str] = []
    if 1 in rate:
        for n in counts:
            if n > 1:
                lines.append(f"scaling {n} workers / 1 worker: {rate[n] / rate[1]:.2f} in words/s (ideal {n}); "
                             f"{per_cpu[n] / per_cpu[1]:.2f} in words per CPU-second (ideal 1)")
        if 0 in rate:
            lines.append(f"1 Dask worker / in-process: {rate[1] / rate[0]:.2f} in words/s, "
                         f"{per_cpu[1] / per_cpu[0]:.2f} in words per CPU-second")
    per_core = statistics.median(per_cpu[n] for n in counts if n > 0)
    core_hours = 1e6 * words_per_article / per_core / 3600
    lines.append(f"words per CPU-second on workers {per_core:,.0f}; a million articles of {words_per_article:,.0f} "
                 f"words: {core_hours:,.0f} core-hours")
    return {"rate": rate, "per_cpu": per_cpu, "words_per_cpu_s": per_core, "core_hours_per_million": core_hours,
            "lines": lines}


if __name__ == "__main__":
    main()
