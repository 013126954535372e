"""Benchmark `zhgloss check`: segments per second against the annotate engine on the source side alone.

A 100,000-segment bilingual document is made by cycling the test pairs (clean ones and
ones with every kind of problem, from tests/data/check_*.txt), checked with the
100k-entry glossary (bundled entries + CC-CEDICT). The peer, measured in the same run
on the same segments with the same engine, is `Annotator.mentions` over the Chinese
sources alone: the least any check must do. Goal: check within 2x of that.

Every figure is given as wall time and as CPU time (user + sys; for a whole process, of its
process tree): on a shared machine the wall time carries the load, the CPU time much less.
With `--before ZHGLOSS` (the console script of another install, such as a checkout of the commit
before a change), the whole command is also run with that install, interleaved with this one
on the same document and glossary, and the ratio printed (issue 10: within 10% of before). An
install older than a field of the generated glossary refuses it (a54596f predates `always_gloss`):
give it a copy without that field with `--before-db`. A command that fails stops the benchmark.

Run: .venv/bin/python benchmarks/bench_check.py [--segments N] [--size N] [--before PATH [--before-db PATH]]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, big_glossary, zhgloss_argv
from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

DATA = ROOT / "tests" / "data"
PAIRS = ("check_clean", "check_problems")


def sentence_pairs(stems: tuple[str, ...] = PAIRS) -> list[tuple[str, str]]:
    """The test data's aligned pairs (blank lines left out)."""
    pairs: list[tuple[str, str]] = []
    for stem in stems:
        zh = (DATA / f"{stem}.zh.txt").read_text(encoding="utf-8").splitlines()
        en = (DATA / f"{stem}.en.txt").read_text(encoding="utf-8").splitlines()
        pairs += [(s, t) for s, t in zip(zh, en, strict=True) if s.strip()]
    return pairs


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Run `fn` once; return its wall time and CPU time (user + sys of this process) in seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run_process(argv: list[str]) -> tuple[float, float]:
    """Run `argv` to the end; return its wall time and the CPU time (user + sys) of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=dict(os.environ), check=False)
    wall = time.perf_counter() - wall
    if done.returncode not in (0, 1):
        # A command that failed is fast: never time it as if it had checked the document.
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        raise SystemExit(f"{argv[0]} exited {done.returncode}: {lines[-1] if lines else '(no message)'}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_of(rounds: int, *fns: Callable[[], object]) -> list[tuple[float, float]]:
    """Run the `fns` in turn, `rounds` times (interleaved: load slows all alike); the least wall and CPU of each."""
    best = [(float("inf"), float("inf"))] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            wall, cpu = timed(fn)
            best[k] = (min(best[k][0], wall), min(best[k][1], cpu))
    return best


def rate(n: int, figure: tuple[float, float]) -> str:
    wall, cpu = figure
    return f"{n / wall:12,.0f} segments/s  ({wall:.2f} s wall, {cpu:.2f} s CPU)"


def main() -> None:
    """Print the figures: check and annotate-source throughput, their ratio, and the whole command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--size", type=int, default=100_000, help="glossary entries")
    parser.add_argument("--before", type=Path, help="zhgloss console script of another install, for the whole command")
    parser.add_argument(
        "--before-db",
        type=Path,
        help="the glossary for --before, if it refuses this one (an older install rejects newer fields)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the whole command")
    args = parser.parse_args()

    pairs = sentence_pairs()
    segments = [Segment(n, *pairs[(n - 1) % len(pairs)], line=n) for n in range(1, args.segments + 1)]
    sources = [s.source for s in segments]
    path = big_glossary(args.size)
    with Glossary(path, read_only=True) as gloss:
        entries = list(gloss.iter_entries())
    start = time.perf_counter()
    annotator = Annotator(entries)
    built = time.perf_counter() - start
    start = time.perf_counter()
    names = Annotator(name_entries(entries))
    built_names = time.perf_counter() - start
    print(
        f"glossary: {len(entries):,} entries ({path.name}); engines built in {built:.1f} s (all forms) "
        f"and {built_names:.1f} s (names only, {len(names):,} entries, for the targets)"
    )
    print(f"document: {len(segments):,} segments cycled from {len(pairs)} test pairs")

    def annotate_sources() -> None:
        for text in sources:
            annotator.mentions(text)

    checker = Checker(annotator, names)
    report = checker.check(segments)  # warm the engines' entry caches, as the peer's first run does
    annotate_sources()
    # Interleaved, best of five: other work on the machine slows both alike, not one of them.
    peer, mine = best_of(5, annotate_sources, lambda: checker.check(segments))
    n = len(segments)
    print(f"annotate (peer, sources only): {rate(n, peer)}")
    print(f"check (source + target):       {rate(n, mine)}")
    print(f"ratio check / annotate: {mine[0] / peer[0]:.2f}x wall, {mine[1] / peer[1]:.2f}x CPU  (goal: within 2x)")
    print(f"problems found: {len(report.problems):,} " + str({k: v for k, v in report.counts().items() if v}))

    # The same size of document made of the clean pairs only: the common case, every name rendered.
    clean = sentence_pairs(("check_clean",))
    clean_segments = [Segment(n, *clean[(n - 1) % len(clean)], line=n) for n in range(1, args.segments + 1)]
    clean_sources = [s.source for s in clean_segments]
    peer_clean, mine_clean = best_of(
        5, lambda: [annotator.mentions(t) for t in clean_sources], lambda: checker.check(clean_segments)
    )
    print(
        f"clean document: annotate {n / peer_clean[0]:,.0f} segments/s, check {n / mine_clean[0]:,.0f} segments/s, "
        f"ratio {mine_clean[0] / peer_clean[0]:.2f}x wall, {mine_clean[1] / peer_clean[1]:.2f}x CPU"
    )

    # The whole command on a TSV of the same document, cache warm (one run first), for scale; with
    # --before, the other install's command in turn with this one, on the same files.
    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "doc.tsv"
        tsv.write_text("".join(f"{s.source}\t{s.target}\n" for s in segments), encoding="utf-8")
        args_check = ["check", str(tsv), "--db", str(path), "--fail-on", "none"]
        commands = {"this install": zhgloss_argv(*args_check)}
        if args.before is not None:
            before_db = str(args.before_db or path)
            commands["before (--before)"] = [
                str(args.before),
                "check",
                str(tsv),
                "--db",
                before_db,
                "--fail-on",
                "none",
            ]
        for argv in commands.values():
            run_process(argv)  # builds or warms the caches
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, argv in commands.items():
                times[name].append(run_process(argv))
    medians = {
        name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for name, runs in times.items()
    }
    for name, (wall, cpu) in medians.items():
        rounds = ", ".join(f"{w:.2f}/{c:.2f}" for w, c in times[name])
        print(
            f"zhgloss check, whole process, warm cache, {name}: median {wall:.2f} s wall, {cpu:.2f} s CPU "
            f"= {n / wall:,.0f} segments/s  (rounds, wall/CPU s: {rounds})"
        )
    if args.before is not None:
        (wall, cpu), (old_wall, old_cpu) = medians["this install"], medians["before (--before)"]
        print(f"ratio this / before: {wall / old_wall:.3f}x wall, {cpu / old_cpu:.3f}x CPU  (goal: within 1.10x)")
        ratios = [
            (w / ow, c / oc) for (w, c), (ow, oc) in zip(times["this install"], times["before (--before)"], strict=True)
        ]
        print("  per round, wall/CPU: " + ", ".join(f"{w:.3f}/{c:.3f}" for w, c in ratios))


if __name__ == "__main__":
    main()
