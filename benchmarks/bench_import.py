"""Import all of CC-CEDICT into an empty glossary: time and peak memory, against json.dump of the same entries.

Run: .venv/bin/python benchmarks/bench_import.py [--against COMMIT]

`--against COMMIT` runs that commit's code (its src/, unpacked and byte-compiled, on PYTHONPATH) in the same run:
its import processes alternate with this tree's, each over the floor dumped just before it, and its stages and
"after" figures are printed beside this tree's (twenty-fifth session: before/after figures of one lock hold).
`--wheels` runs both codes as the wheel CI installs (forty-ninth session): each tree (this working tree as it is, and
COMMIT's) built by `pip wheel` with hatch_build.py's mypyc hook, installed with `pip install --target` into
out/wheel-KEY/site once per tree (a few minutes each: the compile), its zhgloss/_build.txt checked to say "cedict:
compiled with mypyc", and put on PYTHONPATH. Without it both run cedict.py in pure Python.

Each figure is measured in a fresh subprocess (peak memory is the child's ru_maxrss):
  floor    json.dump of the entries' dicts to a file (the entries built beforehand, not timed), each dump
           after a gc.collect() and with the collector paused, as the import pauses it (zhgloss.bulk.paused_gc)
  import   `zhgloss import cedict_ts.u8.gz --db new.json`: read, parse, validate, store, one write; PAIRS
           whole processes, each right after a dump of the floor's process (which stays up), and the median
           of the PAIRS ratios, of wall time (what the user waits) and of CPU time (every process's, the
           workers that read the lines on other cores included: thirty-eighth session) both
  stages   the import in parts: parse + validate (load_cedict_documents, or load_cedict for a commit before the
           twenty-sixth session) and the store's add_documents (add_all) alone
  process  the rest of each whole import process: its system CPU and minor page faults (the kernel's work of
           giving the process ~400 MB, page by page), and, in a fresh process of its own, the CPU of importing the
           modules the import runs (its CLI, zhgloss.formats.cedict, zhgloss.store) and of that the regular
           expressions compiled (thirty-fifth session: the stages above left ~0.8 s of the import unaccounted)
  names    `zhgloss import ... --proper-only` (CC-CEDICT's names) against json.dump of those entries
  after    the first `lookup`, `search` and `annotate` on the new names glossary (each builds the
           cache it needs: the lookup and search indexes, the annotate automaton), then the second
           of each, beside `zhgloss --help` (a process that reads nothing)
Wall time and CPU time (user + system) are both printed: on a shared machine the CPU time is the
steadier figure, as wall time also counts the waits for a core.

How to read the ratio (forty-second session): the import's CPU time itself grows with the machine's load, json.dump's
hardly. Measured with both pinned to one core (taskset), CPU seconds: at load ~5 the import took 4.37 s with 356
involuntary context switches, at load ~10 5.82 s with 2,689, while the floor's dump stayed 0.84-0.88 s; a busy loop
pinned beside it added ~0.9 s; run under SCHED_FIFO (no switch at all, load ~9) it still took 5.3-5.4 s, its system
part 0.29 -> 0.66 s for the same 111k page faults. So the import, which builds ~400 MB of new objects over 5 s, pays
for every time it is taken off its core (its caches refilled) and for the other core's work (the shared cache and
memory), where the dump, under a second a round and reading objects already built, pays little. Hence the figure
printed first: the lowest import CPU over the lowest floor CPU of PAIRS interleaved pairs (`--pairs`), the run least
disturbed of each; each pair's ratio, its involuntary switches and the load are printed beside it. Compare commits in
one run (`--against`), never figures of runs at different loads. `--pin CORE` runs every process it times on one core:
the floor and the imports, and (since the forty-third session) the stages, the module imports, and the lookup, search
and annotate after the imports, which ran anywhere before.

Why medians (session 22): one dump per run swung 1.26-1.72 s CPU between runs (s21). The first dump of a
process is the slowest (its memory is not yet the allocator's to reuse), and with the collector on, each
dump also pays for full collections over the million objects the entries hold, a cost that depends on
where the collector's counters stand. And on a machine shared by several jobs, CPU seconds themselves
swing by half between minutes (a dump took 1.81 s in one process and 1.13 s in another four minutes
later, each steady within its own process): so the floor and the import are measured in turn, each
import beside the dump just before it. The load average is printed at the start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from common import CEDICT, CORPUS, commit_src, compile_bytecode, zhgloss_argv

ROUNDS = 5
"""json.dump rounds in the floor's process (names); the median is the floor."""
PAIRS = 5
"""Floor dumps and whole import processes, taken in turn (all of CC-CEDICT; `--pairs`): the figure is the lowest import
CPU over the lowest floor CPU, the median of the pairs' ratios beside it."""
PIN: list[str] = []
"""`taskset -c CORE` (`--pin`), put before the command of every process the benchmark times (the floor's, the
stages', the module imports', each import's and each command's after it); empty: run anywhere."""

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
        switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
        with out.open("w", encoding="utf-8") as f:
            json.dump(docs, f, ensure_ascii=False)
        switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - switches
        return time.perf_counter() - start, time.process_time() - cpu, switches
dump()  # (a process's first dump is the slowest: its memory is not yet the allocator's to reuse)
print(json.dumps({"entries": len(docs)}), flush=True)
for _ in sys.stdin:
    wall, cpu, switches = dump()
    print(json.dumps({"seconds": wall, "cpu": cpu, "switches": switches}), flush=True)
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
"""

CHILD = r"""
import gc, gzip, json, os, resource, statistics, sys, time
from pathlib import Path
from zhgloss.bulk import paused_gc
from zhgloss.formats import cedict
from zhgloss.store import Glossary
what, out, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[5])
# What `zhgloss import` runs: the checked rows as stored documents (twenty-sixth session), or entries (before it).
as_documents = what != "floor" and hasattr(cedict, "load_cedict_documents") and hasattr(Glossary, "add_documents")
load = cedict.load_cedict_documents if as_documents else cedict.load_cedict
def workers_cpu():  # (the CPU of the worker processes the parse forks and has waited for: thirty-eighth session)
    times = os.times()
    return times.children_user + times.children_system
with gzip.open(sys.argv[3], "rt", encoding="utf-8") as fp, paused_gc():
    start, cpu, workers = time.perf_counter(), time.process_time(), workers_cpu()
    entries = list(load(fp, proper_only=sys.argv[4] == "names"))
    parsed, parsed_cpu = time.perf_counter() - start, time.process_time() - cpu + workers_cpu() - workers
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
        gloss.add_documents(entries) if as_documents else gloss.add_all(entries)
    walls, cpus = [time.perf_counter() - start], [time.process_time() - cpu]
if what == "parse":
    walls, cpus = [parsed], [parsed_cpu]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": statistics.median(walls), "cpu": statistics.median(cpus), "cpus": cpus,
                  "entries": len(entries), "rss_mb": rss}))
"""


MODULES = r"""
import json, re, sys, time
start = time.process_time()
import zhgloss.cli, zhgloss.cli.common, zhgloss.cli.exchange, zhgloss.formats, zhgloss.store
cli = time.process_time() - start
compiled = [0.0]
compile = re._compile
def timed_compile(pattern, flags):
    began = time.process_time()
    try:
        return compile(pattern, flags)
    finally:
        compiled[0] += time.process_time() - began
re._compile = timed_compile  # (the regular expressions cedict compiles at import: most of its module's time)
start = time.process_time()
import zhgloss.formats.cedict
cedict = time.process_time() - start
print(json.dumps({"cli": cli, "cedict": cedict, "regex": compiled[0]}))
"""
"""The CPU of importing what `zhgloss import` runs, in a fresh process: the CLI's modules, then the cedict module
(the regular expressions it compiles timed apart)."""


def modules(env: dict[str, str] | None = None) -> dict[str, float]:
    """`MODULES` run in a fresh process (`env`: another commit's code): CPU seconds by part."""
    compile_bytecode()  # (this tree's .pyc files, as an install has them: not their compiling)
    done = subprocess.run(
        [*PIN, sys.executable, "-c", MODULES],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def compiled_src(commit: str) -> Path:
    """`commit`'s src/ (`common.commit_src`), byte-compiled as an install is (see `common.zhgloss_argv`)."""
    import compileall

    src = commit_src(commit)
    compileall.compile_dir(str(src), quiet=1)
    return src


def wheel_site(commit: str | None) -> Path:
    """The site folder of a compiled wheel of `commit`'s tree (None: this working tree as it is, its changes not yet
    committed included, untracked files not), built and installed once per tree into out/wheel-KEY/site (KEY: the
    tree's hash). Exit with a line saying so if the build fails or its zhgloss/_build.txt does not say compiled."""
    import shutil

    root = Path(__file__).resolve().parent.parent
    ref = commit
    if ref is None:  # (`git stash create` makes a commit of the working tree's changes; none: HEAD)
        made = subprocess.run(["git", "-C", str(root), "stash", "create"], capture_output=True, text=True, check=True)
        ref = made.stdout.strip() or "HEAD"
    tree = subprocess.run(
        ["git", "-C", str(root), "rev-parse", f"{ref}^{{tree}}"], capture_output=True, text=True, check=True
    ).stdout.strip()
    target = root / "benchmarks" / "out" / f"wheel-{tree[:12]}"
    site = target / "site"
    record = site / "zhgloss" / "_build.txt"
    if not record.exists():
        shutil.rmtree(target, ignore_errors=True)
        (target / "tree").mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(root), "archive", ref], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(target / "tree")], input=archive.stdout, check=True)
        pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
        steps = (  # (the install's wheel is named only once the build made it: hence the lambdas)
            lambda: [*pip, "wheel", "--no-deps", "-w", str(target / "wheel"), str(target / "tree")],
            lambda: [
                *pip,
                "install",
                "--no-deps",
                "--no-compile",
                "--target",
                str(site),
                *map(str, (target / "wheel").glob("*.whl")),
            ],
        )
        for step in steps:
            done = subprocess.run(step(), capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"bench_import.py: the wheel of {commit or 'this tree'} failed: {done.stderr[-2000:]}")
        import compileall

        compileall.compile_dir(str(site / "zhgloss"), quiet=1)
    said = record.read_text(encoding="utf-8").strip() if record.exists() else "no zhgloss/_build.txt"
    if said != "cedict: compiled with mypyc":
        raise SystemExit(
            f"bench_import.py: the wheel of {commit or 'this tree'} is not compiled ({said!r}); see {target}"
        )
    return site


def wrong_option(pairs: int, pin: str | None, against: str | None) -> str:
    """What is wrong with the command's options, in one line naming the option and what to give; "" when nothing is.

    `pairs` must be 1 or more (no pair, no figure); `pin` a core this process may run on (`os.sched_getaffinity`,
    which is what `taskset -c` accepts); `against` a commit of this repository (`git rev-parse`)."""
    if pairs < 1:
        return f"--pairs {pairs}: give 1 or more pairs (each a floor dump and an import of each code)"
    if pin is not None:
        cores = sorted(os.sched_getaffinity(0))
        if not pin.isdigit() or int(pin) not in cores:
            return f"--pin {pin}: not a core this process may run on; give one of {', '.join(map(str, cores))}"
    if against is not None:
        found = subprocess.run(
            ["git", "-C", str(Path(__file__).resolve().parent), "rev-parse", "--verify", "-q", f"{against}^{{commit}}"],
            capture_output=True,
            check=False,
        )
        if found.returncode != 0:
            return f"--against {against}: not a commit of this repository; give a hash or branch (git log --oneline)"
    return ""


def child(what: str, out: Path, which: str = "all", env: dict[str, str] | None = None) -> dict[str, Any]:
    rounds = str(ROUNDS if what == "floor" else 1)
    done = subprocess.run(
        [*PIN, sys.executable, "-c", CHILD, what, str(out), str(CEDICT), which, rounds],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes), as `uptime` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(*argv: str, stdin: str | None = None, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall and CPU time (user + system) of one whole zhgloss process, and its stderr (exit 1 = nothing found).

    `env`: added to the environment (PYTHONPATH: another commit's code)."""
    run = timed_parts(*argv, stdin=stdin, env=env)
    return run.wall, run.cpu, run.said


class Run(NamedTuple):
    """One whole zhgloss process (`timed_parts`)."""

    wall: float
    cpu: float
    """User + system CPU seconds."""
    system: float
    faults: int
    """Minor page faults."""
    switches: int
    """Involuntary context switches: how often the process was taken off its core (see the module's docstring)."""
    said: str
    """Its stderr."""


def timed_parts(*argv: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Run:
    """`timed`'s figures and more of one whole zhgloss process, run under PIN as every process the benchmark times
    is (`--pin`: the floor, the stages, the module imports, the imports and the commands after them)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [*PIN, *zhgloss_argv(*argv)],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"zhgloss {' '.join(argv)} failed: {done.stderr}")
    system = after.ru_stime - before.ru_stime
    return Run(
        wall,
        (after.ru_utime - before.ru_utime) + system,
        system,
        after.ru_minflt - before.ru_minflt,
        after.ru_nivcsw - before.ru_nivcsw,
        done.stderr.strip(),
    )


def ratio_line(label: str, wall: float, cpu: float, floor: dict[str, Any]) -> str:
    return (
        f"{label:<48} {wall:7.2f} s = {wall / floor['seconds']:5.1f}x floor;"
        f" CPU {cpu:6.2f} s = {cpu / floor['cpu']:5.1f}x floor's CPU"
    )


Codes = list[tuple[str, dict[str, str]]]
"""The code each figure is taken of: a label and the environment that runs it ("now": this tree's, no change)."""


def main(codes: Codes) -> None:
    print(f"load average at the start: {load()}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        stages = {
            label: (child("parse", tmp / "unused.json", env=env), child("store", tmp / f"store-{label}.json", env=env))
            for label, env in codes
        }
        # (The median of three fresh processes of each code: one swings with the machine's load.)
        loaded = {label: _median_parts([modules(env) for _ in range(3)]) for label, env in codes}
        server = subprocess.Popen(
            [*PIN, sys.executable, "-c", FLOOR_SERVER, str(tmp / "floor.json"), str(CEDICT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert server.stdin is not None
        assert server.stdout is not None
        entries = json.loads(server.stdout.readline())["entries"]
        floors: dict[str, list[dict[str, float]]] = {label: [] for label, _ in codes}
        runs: dict[str, list[Run]] = {label: [] for label, _ in codes}
        loads: list[float] = []
        for i in range(PAIRS):
            # In turn, so that the floor and the import see the same state of a shared machine; the order of the
            # codes reversed every pair, so that neither always follows the other.
            for label, env in codes if i % 2 == 0 else codes[::-1]:
                server.stdin.write("dump\n")
                server.stdin.flush()
                floors[label].append(json.loads(server.stdout.readline()))
                db = tmp / f"imported-{label}-{i}.json"
                runs[label].append(timed_parts("import", str(CEDICT), "--db", str(db), env=env))
                size = os.path.getsize(db) / 1e6
            loads.append(os.getloadavg()[0])
        server.stdin.close()
        rss = json.loads(server.stdout.readline())["rss_mb"]
        server.wait()
        print(f"CC-CEDICT: {entries} entries (one per simplified headword)")
        print(f"load average (1 minute) after each pair: {' '.join(f'{x:.1f}' for x in loads)}")
        for label, _ in codes:
            floor = {
                "seconds": statistics.median(f["seconds"] for f in floors[label]),
                "cpu": statistics.median(f["cpu"] for f in floors[label]),
            }
            mine = runs[label]
            took, cpu, said = (
                statistics.median(r.wall for r in mine),
                statistics.median(r.cpu for r in mine),
                mine[-1].said,
            )
            system, faults = statistics.median(r.system for r in mine), statistics.median(r.faults for r in mine)
            ratios = [r.cpu / f["cpu"] for f, r in zip(floors[label], mine, strict=True)]
            # (The user waits wall time: since the thirty-eighth session the import reads its lines on every core, so
            # its wall time and its CPU time part, and both ratios are printed, each pair's and their median.)
            walls = [r.wall / f["seconds"] for f, r in zip(floors[label], mine, strict=True)]
            least = min(r.cpu for r in mine) / min(f["cpu"] for f in floors[label])
            parse, store = stages[label]
            print(f"[{label}]")
            print(
                f"figure  lowest import CPU over lowest floor CPU of {PAIRS} pairs: {least:.2f}x"
                f" ({min(r.cpu for r in mine):.2f} s / {min(f['cpu'] for f in floors[label]):.2f} s)"
            )
            print(
                f"{'floor   json.dump of the entries to a file':<48} {floor['seconds']:7.2f} s; CPU {floor['cpu']:6.2f} s"
                f" (median of {PAIRS}: {' '.join(format(f['cpu'], '.2f') for f in floors[label])};"
                f" switches {' '.join(str(int(f.get('switches', 0))) for f in floors[label])})"
            )
            print(
                ratio_line(f"import  zhgloss import (median of {PAIRS} processes)", took, cpu, floor)
                + f"; glossary {size:.0f} MB; CPU {' '.join(f'{r.cpu:.2f}' for r in mine)}"
                + f" (switches {' '.join(str(r.switches) for r in mine)})"
            )
            print(
                f"        each import over the floor dumped just before it: CPU {' '.join(f'{x:.2f}x' for x in ratios)};"
                f" median {statistics.median(ratios):.2f}x; wall {' '.join(f'{x:.2f}x' for x in walls)};"
                f" median {statistics.median(walls):.2f}x (wall {' '.join(f'{r.wall:.2f}' for r in mine)} s)"
            )
            print(
                ratio_line("        of which parse + validate (load_cedict...)", parse["seconds"], parse["cpu"], floor)
            )
            print(ratio_line("        of which the store (Glossary.add_...)", store["seconds"], store["cpu"], floor))
            parts = loaded[label]
            print(
                f"        of the import's CPU: system {system:.2f} s ({faults:,.0f} minor page faults); module imports"
                f" {parts['cli'] + parts['cedict']:.2f} s (the CLI's {parts['cli']:.2f} s, cedict's {parts['cedict']:.2f}"
                f" s, of which its regular expressions {parts['regex']:.2f} s)"
            )
            print(f"zhgloss said: {said}")
        print(f"peak memory of the floor's process (entries built too): {rss:.0f} MB")
        print("\nafter the full import, on its glossary:")
        after(codes, {label: tmp / f"imported-{label}-{PAIRS - 1}.json" for label, _ in codes})
    names_and_after(codes)


def _median_parts(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of each part of `runs` (`modules`' results)."""
    return {part: statistics.median(run[part] for run in runs) for part in runs[0]}


def after(codes: Codes, dbs: dict[str, Path]) -> None:
    """Time the first and second lookup, search and annotate on each code's glossary `dbs[label]`, in turn."""
    text = CORPUS.read_text(encoding="utf-8")[:20_000]
    peer = timed("--help")
    print(f"each a whole process (zhgloss --help: {peer[0]:.2f} s, CPU {peer[1]:.2f} s):")
    jobs = {
        "lookup 习近平": ("lookup", "习近平"),
        "search 'Xi Jinpin'": ("search", "Xi Jinpin"),
        "annotate 20,000 characters of zh-corpus": ("annotate",),
    }
    for label, argv in jobs.items():
        stdin = text if argv[0] == "annotate" else None
        for code, env in codes:
            db = ("--db", str(dbs[code]))
            first = timed(*argv, *db, stdin=stdin, env=env)
            second = timed(*argv, *db, stdin=stdin, env=env)
            print(
                f"  {label:<40} [{code}] first {first[0]:6.2f} s (CPU {first[1]:5.2f} s), "
                f"second {second[0]:5.2f} s (CPU {second[1]:4.2f} s)"
            )


def names_and_after(codes: Codes) -> None:
    """Import CC-CEDICT's names only, then time the first and second lookup, search and annotate on them."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        floor = child("floor", tmp / "floor.json", "names")
        print(f"\nCC-CEDICT names (--proper-only): {int(floor['entries'])} entries")
        print(
            f"{'floor   json.dump of the entries to a file':<48} {floor['seconds']:7.2f} s; CPU {floor['cpu']:6.2f} s"
            f" (median of {ROUNDS} rounds)"
        )
        dbs = {label: tmp / f"names-{label}.json" for label, _ in codes}
        for label, env in codes:
            took, cpu, _ = timed("import", str(CEDICT), "--proper-only", "--db", str(dbs[label]), env=env)
            print(ratio_line(f"import  zhgloss import --proper-only [{label}]", took, cpu, floor))
        print("then, on the names glossary:")
        after(codes, dbs)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="COMMIT", help="also run COMMIT's code, in turn with this tree's")
    parser.add_argument("--pairs", type=int, default=PAIRS, help=f"floor dumps and imports taken in turn ({PAIRS})")
    parser.add_argument("--pin", metavar="CORE", help="run every timed process on this core (taskset -c CORE)")
    parser.add_argument(
        "--wheels", action="store_true", help="run this tree and --against's as compiled wheels (pip wheel, mypyc)"
    )
    options = parser.parse_args()
    if wrong := wrong_option(options.pairs, options.pin, options.against):
        print(f"bench_import.py: {wrong}", file=sys.stderr)
        raise SystemExit(2)
    PAIRS = options.pairs
    PIN[:] = ["taskset", "-c", options.pin] if options.pin else []
    codes: Codes = [("now", {"PYTHONPATH": str(wheel_site(None))} if options.wheels else {})]
    if options.against:
        src = wheel_site(options.against) if options.wheels else compiled_src(options.against)
        codes.append((options.against[:10], {"PYTHONPATH": str(src)}))
    for label, env in codes:
        print(f"[{label}] {env.get('PYTHONPATH', 'this tree')}")
    main(codes)
    print(f"load average at the end: {load()}")
