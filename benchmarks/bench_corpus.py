"""Time `zhgloss annotate DIR --output-dir` on ~100 MB in many files: 2 local jobs vs 1, and a Dask cluster.

    python benchmarks/bench_corpus.py                # 400 files, ~100 MB, the names glossary (~20k entries)
    python benchmarks/bench_corpus.py --files 100    # fewer files (each ~260 KB)
    python benchmarks/bench_corpus.py --no-dask      # local processes only
    python benchmarks/bench_corpus.py --repeat 9     # more interleaved rounds of --jobs 1 and 2

Every run is a whole `zhgloss` process on the same files in the same run; the outputs of each run
are compared byte for byte with the 1-job run. Peers: the 1-job run (for the speed-up of
`--jobs 2`), and for the Dask run the 2-job local run. Peak memory: the largest process of each
local run (the CLI process and each worker), and each Dask worker's resident memory after the run.

CPU accounting, beside the wall times: the CPU time (user + system, getrusage) of the CLI process
and of each worker process it forks. Other users of the machine stretch wall times but hardly the
CPU a process uses, so the speed-up these predict, CPU of `--jobs 1` / (CPU of the `--jobs 2` CLI
process + CPU of its busiest worker), holds on a loaded machine too. It counts all of the CLI
process's CPU as serial, including what it spends collecting results while the workers run, so
it errs low.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from common import CORPUS, OUT, compile_bytecode, names_glossary

FILE_BYTES = 260_000


def corpus_folder(files: int) -> Path:
    """`files` files of ~260 KB of real prose each (zh-corpus.txt rotated, so no two are the same)."""
    folder = OUT / f"corpus-{files}"
    if folder.exists() and len(list(folder.iterdir())) == files:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    text = CORPUS.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for i in range(files):
        start = (i * 37) % len(lines)
        rotated = "".join(lines[start:] + lines[:start])
        body = (rotated * (FILE_BYTES // len(rotated.encode()) + 1)).encode()[:FILE_BYTES]
        cut = body.rfind(b"\n") + 1
        (folder / f"wire-{i:04d}.txt").write_bytes(body[:cut])
    return folder


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )


# Runs the CLI as the `zhgloss` console script does, and logs the CPU time and peak memory of this
# process and of every worker process it forks (when the worker ends: local workers end by os._exit),
# one JSON line each, to the file named by ZHGLOSS_BENCH_LOG.
_ACCOUNTED = """\
import json, os, resource, sys

def log(role):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    line = json.dumps([role, usage.ru_utime + usage.ru_stime, usage.ru_maxrss]) + "\\n"
    with open(os.environ["ZHGLOSS_BENCH_LOG"], "a") as out:  # O_APPEND: whole lines from every process
        out.write(line)

def in_child():
    real_exit = os._exit
    def logged_exit(code):
        log("worker")
        real_exit(code)
    os._exit = logged_exit

os.register_at_fork(after_in_child=in_child)
cli = os.getpid()
sys.argv[0] = "zhgloss"
try:
    from zhgloss.cli import main
    main()
finally:
    if os.getpid() == cli:
        log("cli")
"""


@dataclass
class Run:
    """One whole `zhgloss` process: wall time, CPU (user + system) of it and of each worker it forked, peak MB."""

    seconds: float
    cli_cpu: float
    worker_cpu: list[float]
    peak_mb: int

    @property
    def cpu(self) -> float:
        return self.cli_cpu + sum(self.worker_cpu)

    @property
    def critical_cpu(self) -> float:
        """The CPU on the longest path: the CLI process's, then its busiest worker's (all of it, if none)."""
        return self.cli_cpu + max(self.worker_cpu, default=0.0)


def run(args: list[str]) -> Run:
    """Run `zhgloss ARGS` as a process; its wall time, CPU accounting and peak memory."""
    compile_bytecode()  # as an installed zhgloss has it
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as log:
        # A cache folder of its own: the tables zhgloss keeps in the user's cache folder are keyed by
        # the paths of their sources, so other checkouts on the machine would rewrite them between runs.
        env = {**os.environ, "ZHGLOSS_BENCH_LOG": log.name, "XDG_CACHE_HOME": str(OUT / "cache-home")}
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _ACCOUNTED, *args], capture_output=True, env=env, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"zhgloss {' '.join(args)} failed: {done.stderr.decode()}")
        records = [json.loads(line) for line in Path(log.name).read_text().splitlines()]
    cli = [cpu for role, cpu, _ in records if role == "cli"]
    workers = [cpu for role, cpu, _ in records if role == "worker"]
    peak = max(rss for _, _, rss in records) // 1024
    return Run(elapsed, cli[0], workers, peak)


class Cluster:
    """A Dask scheduler and `workers` worker processes on loopback."""

    def __init__(self, folder: Path, workers: int) -> None:
        dask = str(Path(sys.executable).with_name("dask"))
        self.file = folder / "scheduler.json"
        args = ["--scheduler-file", str(self.file), "--no-dashboard"]
        self.procs = [
            subprocess.Popen(
                [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", *args],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        ]
        while not self.file.exists():
            time.sleep(0.1)
        self.address = json.loads(self.file.read_text())["address"]
        self.procs.append(
            subprocess.Popen(
                [dask, "worker", "--host", "127.0.0.1", "--nworkers", str(workers), "--nthreads", "1", *args],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        from distributed import Client

        with Client(self.address) as client:
            client.wait_for_workers(workers, timeout=120)

    def worker_rss(self) -> list[int]:
        from distributed import Client

        with Client(self.address) as client:
            rss = client.run(lambda: __import__("psutil").Process().memory_info().rss)
        return sorted(v // 2**20 for v in rss.values())

    def stop(self) -> None:
        for proc in reversed(self.procs):
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved rounds of --jobs 1 and 2 (medians)")
    args = parser.parse_args()

    db = names_glossary()
    folder = corpus_folder(args.files)
    size = size_of(folder)
    mb = size / 1e6
    # Warm the glossary's caches and the page cache, so every run below starts alike.
    run(["annotate", "--db", str(db), str(folder / "wire-0000.txt")])
    subprocess.run(["cat", *map(str, sorted(folder.iterdir()))], stdout=subprocess.DEVNULL, check=True)
    load = os.getloadavg()
    print(
        f"{args.files} files, {mb:.1f} MB of prose; glossary {db.name}; {os.cpu_count()} cores; "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        runs: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(args.repeat):  # interleaved, so that a disturbance hits both alike
            for jobs in (1, 2):
                out = work / f"jobs{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                argv = ["annotate", str(folder), "--db", str(db), "--output-dir", str(out), "--jobs", str(jobs)]
                runs[jobs].append(run(argv))
        times = {jobs: statistics.median(r.seconds for r in runs[jobs]) for jobs in (1, 2)}
        for jobs in (1, 2):
            print(
                f"  --jobs {jobs}: median {times[jobs]:.2f} s of {args.repeat} "
                f"({', '.join(f'{r.seconds:.2f}' for r in runs[jobs])}), {mb / times[jobs]:.1f} MB/s, "
                f"largest process {max(r.peak_mb for r in runs[jobs])} MB"
            )
        assert same_outputs(work / "jobs1", work / "jobs2"), "--jobs 2 output differs from --jobs 1"
        ratios = sorted(a.seconds / b.seconds for a, b in zip(runs[1], runs[2], strict=True))
        print(
            f"  speed-up of --jobs 2 over --jobs 1 (peer): {times[1] / times[2]:.2f}x of the medians; "
            f"per round {', '.join(f'{r:.2f}' for r in ratios)}"
        )
        print_cpu(runs[1], runs[2])

        if not args.no_dask:
            cluster = Cluster(work, 2)
            try:
                out = work / "dask"
                dask = run(["annotate", str(folder), "--db", str(db), "-o", str(out), "--scheduler", cluster.address])
                rss = cluster.worker_rss()
            finally:
                cluster.stop()
            assert same_outputs(work / "jobs1", out), "the Dask output differs from the local one"
            print(
                f"  Dask, 2 workers on loopback: {dask.seconds:.2f} s, {mb / dask.seconds:.1f} MB/s "
                f"({dask.seconds / times[2]:.2f}x the time of --jobs 2, the peer); "
                f"worker memory after the run {rss} MB"
            )
        print("  outputs byte-identical across all runs")


def print_cpu(single: list[Run], double: list[Run]) -> None:
    """Print the CPU accounting of the rounds of --jobs 1 and --jobs 2, and the speed-up it predicts."""

    def median(values: Iterable[float]) -> float:
        return statistics.median(list(values))

    cpu1 = median(r.cpu for r in single)
    cli2, busiest = median(r.cli_cpu for r in double), median(max(r.worker_cpu) for r in double)
    total2 = median(r.cpu for r in double)
    workers = median(sum(r.worker_cpu) for r in double)
    print(
        f"  CPU (user + system, medians): --jobs 1 {cpu1:.2f} s in one process; --jobs 2 {total2:.2f} s in all "
        f"({total2 / cpu1 - 1:+.0%}): CLI process {cli2:.2f} s, workers {workers:.2f} s together, "
        f"busiest {busiest:.2f} s"
    )
    predicted = sorted(a.cpu / b.critical_cpu for a, b in zip(single, double, strict=True))
    print(
        f"  speed-up the CPU predicts, --jobs 1 CPU / (--jobs 2 CLI process + busiest worker): "
        f"{cpu1:.2f} / ({cli2:.2f} + {busiest:.2f}) = {cpu1 / (cli2 + busiest):.2f}x of the medians; "
        f"per round {', '.join(f'{p:.2f}' for p in predicted)}"
    )


if __name__ == "__main__":
    main()
