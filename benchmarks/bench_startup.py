"""Time the interactive commands as whole processes against a one-command Typer hello-world (the floor).

Goal (issue 13): add, edit (flags), validate, romanize and show answer within 2x of the floor
on the bundled glossary (median, same run). Writes go to a fresh copy of the bundled glossary
for every run, so each `add` really adds and each `edit` really changes the entry.
Run: python benchmarks/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lookup import HELLO
from common import BUNDLED, time_process, zhgloss_argv

GOAL = 2.0


def time_runs(make_argv: Callable[[int], list[str]], repeat: int, env: dict[str, str]) -> float:
    """Median wall time of `repeat` runs of the argv `make_argv(i)` builds for run i (its set-up untimed)."""
    full_env = {**os.environ, **env}
    subprocess.run(make_argv(-1), capture_output=True, env=full_env, check=False)  # warm the page cache
    times = []
    for i in range(repeat):
        argv = make_argv(i)
        start = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, env=full_env, check=False)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(f"{argv} failed: {proc.stderr.decode()}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    import typer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        hello = folder / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        env = {"ZHGLOSS_CACHE_DIR": str(folder / "cache")}

        def fresh(i: int) -> str:
            copy = folder / f"glossary-{i + 1}.json"
            shutil.copyfile(BUNDLED, copy)
            return str(copy)

        writable = fresh(10_000)
        floor = time_process([sys.executable, str(hello), "雷军"], repeat=args.repeat)
        figures = {
            "show lei-jun": time_runs(lambda i: zhgloss_argv("show", "lei-jun"), args.repeat, env),
            "validate": time_runs(lambda i: zhgloss_argv("validate"), args.repeat, env),
            "romanize 曾国藩": time_runs(lambda i: zhgloss_argv("romanize", "曾国藩"), args.repeat, env),
            "add 王腾腾 --en ... (new copy)": time_runs(
                lambda i: zhgloss_argv("add", "王腾腾", "--en", "Wang Tengteng", "--db", fresh(i)), args.repeat, env
            ),
            "edit lei-jun --note ...": time_runs(
                lambda i: zhgloss_argv("edit", "lei-jun", "--note", f"run {i}", "--db", writable), args.repeat, env
            ),
        }
    print(
        f"typer {typer.__version__}, python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat}"
    )
    print(f"typer hello-world (floor)           {floor * 1000:7.1f} ms")
    for label, seconds in figures.items():
        ratio = seconds / floor
        mark = "ok" if ratio <= GOAL else "over"
        print(f"zhgloss {label:<28}{seconds * 1000:7.1f} ms  {ratio:4.2f}x floor (goal <= {GOAL:g}x: {mark})")


if __name__ == "__main__":
    main()
