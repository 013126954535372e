"""Time the interactive commands as whole processes against a one-command Typer hello-world (the floor).

Goal (issue 13): add, edit (flags), validate, romanize and show answer within 2x of the floor
on the bundled glossary (median, same run). Writes go to a fresh copy of the bundled glossary
for every run, so each `add` really adds and each `edit` really changes the entry.

The runs are interleaved (each round runs the floor and every command once, in turn), so a
change of load on a shared machine weighs on the floor and the commands alike. Beside the wall
time, the CPU time (user + system) of each process is printed: it is what start-up work costs,
whatever else the machine is doing.
Run: python benchmarks/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BUNDLED, HELLO, zhgloss_argv

GOAL = 2.0


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run `argv` once; return its wall time and its CPU time (user + system), in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} failed: {proc.stderr.decode()}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def time_interleaved(
    commands: dict[str, Callable[[int], list[str]]], repeat: int, env: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time of each command over `repeat` rounds, each round running every command once.

    `commands` maps a label to a function making the argv of run i (its set-up untimed); each is
    run once first to warm the page cache and zhgloss's caches.
    """
    full_env = {**os.environ, **env}
    for make_argv in commands.values():
        subprocess.run(make_argv(-1), capture_output=True, env=full_env, check=False)
    walls: dict[str, list[float]] = {label: [] for label in commands}
    cpus: dict[str, list[float]] = {label: [] for label in commands}
    labels = list(commands)
    for i in range(repeat):
        for label in labels[i % len(labels) :] + labels[: i % len(labels)]:  # a new order each round
            wall, cpu = run_once(commands[label](i), full_env)
            walls[label].append(wall)
            cpus[label].append(cpu)
    return {label: (statistics.median(walls[label]), statistics.median(cpus[label])) for label in commands}


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
        floor_label = "typer hello-world (floor)"
        commands: dict[str, Callable[[int], list[str]]] = {
            floor_label: lambda i: [sys.executable, str(hello), "雷军"],
            "show lei-jun": lambda i: zhgloss_argv("show", "lei-jun"),
            "validate": lambda i: zhgloss_argv("validate"),
            "romanize 曾国藩": lambda i: zhgloss_argv("romanize", "曾国藩"),
            "add 王腾腾 --en ... (new copy)": lambda i: zhgloss_argv(
                "add", "王腾腾", "--en", "Wang Tengteng", "--db", fresh(i)
            ),
            "edit lei-jun --note ...": lambda i: zhgloss_argv(
                "edit", "lei-jun", "--note", f"run {i}", "--db", writable
            ),
        }
        figures = time_interleaved(commands, args.repeat, env)
    print(
        f"typer {typer.__version__}, python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"median of {args.repeat} interleaved rounds; wall time, then CPU time (user + system)"
    )
    floor_wall, floor_cpu = figures.pop(floor_label)
    print(f"{floor_label:<36}{floor_wall * 1000:7.1f} ms{'':28}{floor_cpu * 1000:7.1f} ms cpu")
    for label, (wall, cpu) in figures.items():
        ratio = wall / floor_wall
        mark = "ok" if ratio <= GOAL else "over"
        print(
            f"zhgloss {label:<28}{wall * 1000:7.1f} ms  {ratio:4.2f}x floor (goal <= {GOAL:g}x: {mark})"
            f"{cpu * 1000:7.1f} ms cpu  {cpu / floor_cpu:4.2f}x"
        )


if __name__ == "__main__":
    main()
