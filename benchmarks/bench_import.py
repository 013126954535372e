"""Import all of CC-CEDICT into an empty glossary: time and peak memory, against json.dump of the same entries.

Run: .venv/bin/python benchmarks/bench_import.py

Each figure is measured in a fresh subprocess (peak memory is the child's ru_maxrss):
  floor    json.dump of the entries' dicts to a file (the entries built beforehand, not timed), each dump
           after a gc.collect() and with the collector paused, as the import pauses it (zhgloss.bulk.paused_gc)
  import   `zhgloss import cedict_ts.u8.gz --db new.json`: read, parse, validate, store, one write; PAIRS
           whole processes, each right after a dump of the floor's process (which stays up), and the median
           of the PAIRS ratios
  stages   the import in parts: parse + validate (load_cedict) and the store's add_all alone
  names    `zhgloss import ... --proper-only` (CC-CEDICT's names) against json.dump of those entries
  after    the first `lookup`, `search` and `annotate` on the new names glossary (each builds the
           cache it needs: the lookup and search indexes, the annotate automaton), then the second
           of each, beside `zhgloss --help` (a process that reads nothing)
Wall time and CPU time (user + system) are both printed: on a shared machine the CPU time is the
steadier figure, as wall time also counts the waits for a core.

Why medians (session 22): one dump per run swung 1.26-1.72 s CPU between runs (s21). The first dump of a
process is the slowest (its memory is not yet the allocator's to reuse), and with the collector on, each
dump also pays for full collections over the million objects the entries hold, a cost that depends on
where the collector's counters stand. And on a machine shared by several jobs, CPU seconds themselves
swing by half between minutes (a dump took 1.81 s in one process and 1.13 s in another four minutes
later, each steady within its own process): so the floor and the import are measured in turn, each
import beside the dump just before it. The load average is printed at the start and end.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import CEDICT, CORPUS, zhgloss_argv

ROUNDS = 5
"""json.dump rounds in the floor's process (names); the median is the floor."""
PAIRS = 3
"""Floor dumps and whole import processes, taken in turn (all of CC-CEDICT); the median of their ratios is the figure."""

FLOOR_SERVER = r"""
import gc, gzip, json, resource, sys, time
from pathlib import Path
from zhgloss.bulk import paused_gc
from zhgloss.formats.cedict import load_cedict
out = Path(sys.argv[1])
with gzip.open(sys.argv[2], "rt", encoding="utf-8") as fp, paused_gc():
    docs = [e.to_dict() for e in load_cedict(fp)]
def dump():
    gc.collect()
    with paused_gc():
        start, cpu = time.perf_counter(), time.process_time()
        with out.open("w", encoding="utf-8") as f:
            json.dump(docs, f, ensure_ascii=False)
        return time.perf_counter() - start, time.process_time() - cpu
dump()  # (a process's first dump is the slowest: its memory is not yet the allocator's to reuse)
print(json.dumps({"entries": len(docs)}), flush=True)
for _ in sys.stdin:
    wall, cpu = dump()
    print(json.dumps({"seconds": wall, "cpu": cpu}), flush=True)
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
"""

CHILD = r"""
import gc, gzip, json, resource, statistics, sys, time
from pathlib import Path
from zhgloss.bulk import paused_gc
from zhgloss.formats.cedict import load_cedict
from zhgloss.store import Glossary
what, out, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[5])
with gzip.open(sys.argv[3], "rt", encoding="utf-8") as fp, paused_gc():
    start, cpu = time.perf_counter(), time.process_time()
    entries = list(load_cedict(fp, proper_only=sys.argv[4] == "names"))
    parsed, parsed_cpu = time.perf_counter() - start, time.process_time() - cpu
start, cpu = time.perf_counter(), time.process_time()
walls, cpus = [], []
if what == "floor":
    docs = [e.to_dict() for e in entries]
    for _ in range(rounds):
        gc.collect()
        with paused_gc():
            start, cpu = time.perf_counter(), time.process_time()
            with out.open("w", encoding="utf-8") as f:
                json.dump(docs, f, ensure_ascii=False)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
elif what == "store":
    with paused_gc(), Glossary(out) as gloss:
        gloss.add_all(entries)
    walls, cpus = [time.perf_counter() - start], [time.process_time() - cpu]
if what == "parse":
    walls, cpus = [parsed], [parsed_cpu]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": statistics.median(walls), "cpu": statistics.median(cpus), "cpus": cpus,
                  "entries": len(entries), "rss_mb": rss}))
"""


def child(what: str, out: Path, which: str = "all") -> dict[str, Any]:
    rounds = str(ROUNDS if what == "floor" else 1)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(out), str(CEDICT), which, rounds],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes), as `uptime` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(*argv: str, stdin: str | None = None) -> tuple[float, float, str]:
    """Wall and CPU time (user + system) of one whole zhgloss process, and its stderr (exit 1 = nothing found)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(zhgloss_argv(*argv), input=stdin, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"zhgloss {' '.join(argv)} failed: {done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stderr.strip()


def ratio_line(label: str, wall: float, cpu: float, floor: dict[str, Any]) -> str:
    return (
        f"{label:<48} {wall:7.2f} s = {wall / floor['seconds']:5.1f}x floor;"
        f" CPU {cpu:6.2f} s = {cpu / floor['cpu']:5.1f}x floor's CPU"
    )


def main() -> None:
    print(f"load average at the start: {load()}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        parse = child("parse", tmp / "unused.json")
        store = child("store", tmp / "store.json")
        server = subprocess.Popen(
            [sys.executable, "-c", FLOOR_SERVER, str(tmp / "floor.json"), str(CEDICT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert server.stdin is not None
        assert server.stdout is not None
        entries = json.loads(server.stdout.readline())["entries"]
        floors: list[dict[str, float]] = []
        runs: list[tuple[float, float, str]] = []
        for i in range(PAIRS):
            # In turn, so that the floor and the import see the same state of a shared machine.
            server.stdin.write("dump\n")
            server.stdin.flush()
            floors.append(json.loads(server.stdout.readline()))
            runs.append(timed("import", str(CEDICT), "--db", str(tmp / f"imported{i}.json")))
            size = os.path.getsize(tmp / f"imported{i}.json") / 1e6
        server.stdin.close()
        rss = json.loads(server.stdout.readline())["rss_mb"]
        server.wait()
    floor = {
        "seconds": statistics.median(f["seconds"] for f in floors),
        "cpu": statistics.median(f["cpu"] for f in floors),
    }
    took, cpu, said = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs[-1][2]
    ratios = [r[1] / f["cpu"] for f, r in zip(floors, runs, strict=True)]
    print(f"CC-CEDICT: {entries} entries (one per simplified headword)")
    print(
        f"{'floor   json.dump of the entries to a file':<48} {floor['seconds']:7.2f} s; CPU {floor['cpu']:6.2f} s"
        f" (median of {PAIRS}: {' '.join(format(f['cpu'], '.2f') for f in floors)})"
    )
    print(
        ratio_line(f"import  zhgloss import (median of {PAIRS} processes)", took, cpu, floor)
        + f"; glossary {size:.0f} MB; CPU {' '.join(f'{r[1]:.2f}' for r in runs)}"
    )
    print(
        f"        each import over the floor dumped just before it: {' '.join(f'{x:.1f}x' for x in ratios)};"
        f" median {statistics.median(ratios):.1f}x"
    )
    print(ratio_line("        of which parse + validate (load_cedict)", parse["seconds"], parse["cpu"], floor))
    print(ratio_line("        of which the store (Glossary.add_all)", store["seconds"], store["cpu"], floor))
    print(f"peak memory of the floor's process (entries built too): {rss:.0f} MB")
    print(f"zhgloss said: {said}")
    names_and_after()


def names_and_after() -> None:
    """Import CC-CEDICT's names only, then time the first and second lookup, search and annotate on them."""
    text = CORPUS.read_text(encoding="utf-8")[:20_000]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        floor = child("floor", tmp / "floor.json", "names")
        db = tmp / "names.json"
        took, cpu, _ = timed("import", str(CEDICT), "--proper-only", "--db", str(db))
        print(f"\nCC-CEDICT names (--proper-only): {int(floor['entries'])} entries")
        print(
            f"{'floor   json.dump of the entries to a file':<48} {floor['seconds']:7.2f} s; CPU {floor['cpu']:6.2f} s"
            f" (median of {ROUNDS} rounds)"
        )
        print(ratio_line("import  zhgloss import --proper-only (whole)", took, cpu, floor))
        peer = timed("--help")
        print(f"then, each a whole process (zhgloss --help: {peer[0]:.2f} s, CPU {peer[1]:.2f} s):")
        jobs = {
            "lookup 习近平": ("lookup", "习近平", "--db", str(db)),
            "search 'Xi Jinpin'": ("search", "Xi Jinpin", "--db", str(db)),
            "annotate 20,000 characters of zh-corpus": ("annotate", "--db", str(db)),
        }
        for label, argv in jobs.items():
            stdin = text if argv[0] == "annotate" else None
            first = timed(*argv, stdin=stdin)
            second = timed(*argv, stdin=stdin)
            print(
                f"  {label:<40} first {first[0]:6.2f} s (CPU {first[1]:5.2f} s), "
                f"second {second[0]:5.2f} s (CPU {second[1]:4.2f} s)"
            )


if __name__ == "__main__":
    main()
    print(f"load average at the end: {load()}")
