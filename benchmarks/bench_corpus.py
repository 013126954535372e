"""Time `zhgloss annotate DIR --output-dir` on ~100 MB in many files: 2 local jobs vs 1, and a Dask cluster.

    python benchmarks/bench_corpus.py                # 400 files, ~100 MB, the names glossary (~20k entries)
    python benchmarks/bench_corpus.py --files 100    # fewer files (each ~260 KB)
    python benchmarks/bench_corpus.py --no-dask      # local processes only
    python benchmarks/bench_corpus.py --repeat 9     # more interleaved rounds of --jobs 1 and 2

Every run is a whole `zhgloss` process on the same files in the same run; the outputs of each run
are compared byte for byte with the 1-job run. Peers: the 1-job run (for the speed-up of
`--jobs 2`), and for the Dask run the 2-job local run. Peak memory: the largest process of each
local run (the CLI process and each worker; getrusage of the children), and each Dask worker's
resident memory after the run.
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
from pathlib import Path

from common import CORPUS, OUT, names_glossary, zhgloss_argv

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


_PEAK = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
    "sys.stderr.buffer.write(done.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(done.returncode)\n"
)


def run(argv: list[str]) -> tuple[float, int]:
    """Wall time of `argv` as a process, and the peak RSS (MB) of the largest process of its tree."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *argv], capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed: {done.stderr.decode()}")
    return elapsed, int(done.stdout.split()[-1]) // 1024


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
    run(zhgloss_argv("annotate", "--db", str(db), str(folder / "wire-0000.txt")))
    subprocess.run(["cat", *map(str, sorted(folder.iterdir()))], stdout=subprocess.DEVNULL, check=True)
    print(f"{args.files} files, {mb:.1f} MB of prose; glossary {db.name}; {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        times: dict[str, float] = {}
        samples: dict[int, list[float]] = {1: [], 2: []}
        peaks: dict[int, int] = {}
        for _ in range(args.repeat):  # interleaved, so that a disturbance hits both alike
            for jobs in (1, 2):
                out = work / f"jobs{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                seconds, peaks[jobs] = run(
                    zhgloss_argv(
                        "annotate", str(folder), "--db", str(db), "--output-dir", str(out), "--jobs", str(jobs)
                    )
                )
                samples[jobs].append(seconds)
        for jobs in (1, 2):
            times[f"jobs{jobs}"] = statistics.median(samples[jobs])
            print(
                f"  --jobs {jobs}: median {times[f'jobs{jobs}']:.2f} s of {args.repeat} "
                f"({', '.join(f'{t:.2f}' for t in samples[jobs])}), {mb / times[f'jobs{jobs}']:.1f} MB/s, "
                f"largest process {peaks[jobs]} MB"
            )
        assert same_outputs(work / "jobs1", work / "jobs2"), "--jobs 2 output differs from --jobs 1"
        ratios = sorted(a / b for a, b in zip(samples[1], samples[2], strict=True))
        print(
            f"  speed-up of --jobs 2 over --jobs 1 (peer): {times['jobs1'] / times['jobs2']:.2f}x of the medians; "
            f"per round {', '.join(f'{r:.2f}' for r in ratios)}"
        )

        if not args.no_dask:
            cluster = Cluster(work, 2)
            try:
                out = work / "dask"
                argv = zhgloss_argv("annotate", str(folder), "--db", str(db), "-o", str(out))
                times["dask"], _ = run([*argv, "--scheduler", cluster.address])
                rss = cluster.worker_rss()
            finally:
                cluster.stop()
            assert same_outputs(work / "jobs1", out), "the Dask output differs from the local one"
            print(
                f"  Dask, 2 workers on loopback: {times['dask']:.2f} s, {mb / times['dask']:.1f} MB/s "
                f"({times['dask'] / times['jobs2']:.2f}x the time of --jobs 2, the peer); "
                f"worker memory after the run {rss} MB"
            )
        print("  outputs byte-identical across all runs")


if __name__ == "__main__":
    main()
