"""Big glossaries cost little (issue 15): build, open, annotate, check, start-up and memory at 100k-300k entries.

    python benchmarks/bench_scale.py                 # items 1-5 (several minutes on a busy machine)
    python benchmarks/bench_scale.py --only annotate # one part: build, open, annotate, startup
    python benchmarks/bench_scale.py --big           # also item 6: 1 GB through `zhgloss annotate` (300k)
    python benchmarks/bench_scale.py --only memory   # item 6 alone

Each figure is printed beside a named peer measured in the same run:

1. build: every cache of a 100k and a 300k glossary (lookup index, search index, annotator, check's
   names matcher), built in a fresh process with an empty cache folder (all in one process, part by part;
   then each in a process of its own, as the first command after a change builds it: the ratio to quote), against `json.load` of the
   glossary plus a daachorse build of the same patterns (the annotator's own pattern lists), in CPU
   seconds (on a shared machine, wall time measures the neighbours). Each part is printed: reading
   the glossary (JSON, then the entries' check, which every cache shares), each cache's own build,
   and the peer's json.load and automata; each cache's ratio counts the reading, as the first
   command after a change pays it. "After a change" is after zhgloss wrote the glossary (an import,
   add or edit; here `copy_glossary` writes it, and each fresh cache folder holds what that write
   left: the digest of the bytes written, no cache), so its entries are read without a check; the
   first command after a hand edit checks every entry, and is printed too (for the lookup index).
   `--sizes 100000` runs one size; `--caches lookup annotator` times only those caches in processes of
   their own; `--against COMMIT` builds with that commit's code too, in the same run (before/after figures
   that share the machine's load). The first-command figures are taken in `--rounds` rounds (3), each
   round the peer, then each cache by each commit in turn (A/B, then B/A), then the hand edit by each:
   a busy spell slows one round alike, and the median of the rounds' ratios is the figure to quote.
2. open: whole-process `search` and one-line `annotate` on the 100k glossary (caches warm, CPU time and wall
   time, the commands interleaved), against a whole-process `lookup` of the same glossary; the caches' size at 300k against the glossary file.
3. annotate: in-process MB/s (of CPU time) on the dense 100k glossary and on the names glossary, against the code of
   BASELINE (the commit before this work, unpacked from git into out/), run alternately in the same
   run on the same text; the two outputs must be byte-identical.
4. check: see bench_check.py (check against annotating its sources, the same run).
5. start-up: `zhgloss --version` and `--help` against a Typer hello-world.
6. memory (--big): peak RSS of `zhgloss annotate` fed 1 GB through a pipe with the 300k glossary,
   beside its peak on 10 MB: flat memory means the two are alike. Every cache is built first (the English
   automaton's too), so neither run holds a one-time build; each peak is split into anonymous memory (the
   process's own) and file-backed (the glossary file and caches, memory-mapped and read in place: page cache).
   The text is written in pieces of 1 B to 64 KB (seeded), as a pipe from another program gives them: no two
   chunks alike, which a memo keyed by a chunk's text showed and writes of one size hid. `--memory-mb 10 1000`
   sets the sizes (the first is the peer), `--unknown` runs `annotate --unknown` (issue 14 item 5).
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (
    HELLO,
    OUT,
    ROOT,
    big_glossary,
    compile_bytecode,
    names_glossary,
    scaled_glossary,
    time_process,
    zhgloss_argv,
)


def commit_src(commit: str) -> Path:
    """`common.commit_src`, byte-compiled: with PYTHONDONTWRITEBYTECODE set (as on the shared machine) another
    commit's unpacked code would otherwise be compiled again in every process it runs in, and its fresh-process
    figures would count that (~0.1-0.6 s of a cache build); `build` compiles this tree's (`compile_bytecode`) alike."""
    import compileall

    import common

    src = common.commit_src(commit)
    compileall.compile_dir(str(src), quiet=1)
    return src


BASELINE = "a54596f4a89444014f1b7adcbede5dbda9e9f0f9"
"""The commit of main before issue 15's changes: the 'today' of "2x today's MB/s"."""


def reference_commit() -> str:
    """The output reference: where this branch last met main (`git merge-base HEAD main`).

    Other work changes the output on purpose (issue 14's rule for names inside longer words did,
    after BASELINE); a speed-up must not: the output now must be byte-identical to main's.
    """
    done = subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else "HEAD"


BUILD_CHILD = r"""
import json, sys, time
from pathlib import Path
from zhgloss.store import Glossary
path, patterns_out = Path(sys.argv[1]), Path(sys.argv[2])
times = {}
with Glossary.open(path) as gloss:
    # The parts every cache shares (the first command after a change pays them), then each cache.
    start = time.process_time(); gloss._docs(); times["read JSON"] = time.process_time() - start
    start = time.process_time(); list(gloss.iter_entries()); times["check entries"] = time.process_time() - start
    start = time.process_time(); gloss.lookup("雷军"); times["lookup index"] = time.process_time() - start
    from zhgloss.fuzzy import searcher_for
    start = time.process_time(); searcher_for(gloss); times["search index"] = time.process_time() - start
    from zhgloss.annotate import annotator_for
    start = time.process_time(); annotator = annotator_for(gloss); times["annotator"] = time.process_time() - start
    from zhgloss.check import checker_for
    start = time.process_time(); checker_for(gloss); times["check names"] = time.process_time() - start
from zhgloss.annotate import _fold
t = annotator._t
english = list(dict.fromkeys(map(_fold, t.e_keys)))  # the English automaton's patterns (its keys, folded: no form worked out)
patterns_out.write_text(json.dumps({"zh": list(t.z_keys), "en": english}, ensure_ascii=False), encoding="utf-8")
print(json.dumps(times))
"""

FIRST_CHILD = r"""
import json, sys, time
start = time.process_time()
from pathlib import Path
from zhgloss.store import Glossary
with Glossary.open(Path(sys.argv[1])) as gloss:
    if sys.argv[2] == "lookup index":
        gloss.lookup("雷军")
    elif sys.argv[2] == "search index":
        from zhgloss.fuzzy import searcher_for
        searcher_for(gloss)
    elif sys.argv[2] == "annotator":
        from zhgloss.annotate import annotator_for
        annotator_for(gloss)
    else:
        from zhgloss.check import checker_for
        checker_for(gloss)
print(json.dumps(time.process_time() - start))
"""
"""One cache built as the first command after a change builds it: a fresh process, an empty cache folder, from
reading the file to the cache written (CPU seconds; the interpreter's start-up is left out, as the peer's is)."""

PEER_CHILD = r"""
import json, sys, time
import daachorse
patterns = json.loads(open(sys.argv[2], encoding="utf-8").read())
times = {}
start = time.process_time()
with open(sys.argv[1], encoding="utf-8") as fp:
    json.load(fp)
times["json.load"] = time.process_time() - start
start = time.process_time()
daachorse.CharwiseDoubleArrayAhoCorasick(patterns["zh"], daachorse.MATCH_KIND_LEFTMOST_LONGEST)
times["daachorse Chinese"] = time.process_time() - start
start = time.process_time()
if patterns["en"]:
    daachorse.CharwiseDoubleArrayAhoCorasick(patterns["en"])
times["daachorse English"] = time.process_time() - start
print(json.dumps(times))
"""

ANNOTATE_CHILD = r"""
import hashlib, io, json, sys, time
from pathlib import Path
from zhgloss.store import Glossary
from zhgloss.annotate import Session, annotate_stream, annotator_for
with Glossary.open(Path(sys.argv[1])) as gloss:
    annotator = annotator_for(gloss)
data = Path(sys.argv[2]).read_bytes()
best, out = float("inf"), b""
for _ in range(int(sys.argv[3])):
    sink = io.BytesIO()
    start = time.process_time()  # CPU time: on a shared machine, wall time measures the neighbours
    annotate_stream(Session(annotator, count=False), io.BytesIO(data), sink)
    best = min(best, time.process_time() - start)
    out = sink.getvalue()
print(json.dumps({"seconds": best, "sha256": hashlib.sha256(out).hexdigest()}))
"""


FIELDS_CHILD = r"""
import dataclasses, json
from zhgloss.model import Entry
print(json.dumps([f.name for f in dataclasses.fields(Entry)]))
"""


def without_fields(path: Path, known: set[str], target: Path) -> Path:
    """A copy of the glossary at `path` without the entry fields BASELINE does not know (always_gloss, safe_forms).

    The baseline then reads the same names; those fields only came with later work, whose output the
    reference commit gives.
    """
    data = json.loads(path.read_bytes())
    for docs in data.values():
        for doc in docs.values():
            for name in set(doc) - known:
                del doc[name]
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def run_child(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    if done.returncode:
        raise SystemExit(f"child failed:\n{done.stderr}")
    return done.stdout.strip()


WRITE_CHILD = r"""
import sys
from pathlib import Path
from zhgloss.store import copy_glossary
copy_glossary(Path(sys.argv[1]), Path(sys.argv[2]))
"""
"""Write the glossary at argv[1] to argv[2] as zhgloss writes one (`zhgloss import` into a new file)."""


def build(sizes: list[int], against: str | None = None, kinds: tuple[str, ...] = (), rounds: int = 3) -> None:
    kinds = kinds or FIRST_KINDS
    # This tree's bytecode, as an install has it: under PYTHONDONTWRITEBYTECODE every fresh process would compile
    # the modules a build imports again (~0.14 s of a cache build at 100,000 entries, ~0.07x of the peer).
    compile_bytecode()
    print(f"\n== 1. cache build (fresh process, empty cache folder; CPU seconds; {rounds} interleaved rounds) ==")
    for size in sizes:
        made = big_glossary(size) if size <= 100_000 else scaled_glossary(size)
        with tempfile.TemporaryDirectory() as tmp:
            # The glossary as zhgloss writes it, and the cache folder as that write leaves it (no cache yet).
            path, written = Path(tmp) / "glossary.json", Path(tmp) / "written"
            run_child(WRITE_CHILD, str(made), str(path), env={"ZHGLOSS_CACHE_DIR": str(written)})
            patterns = Path(tmp) / "patterns.json"
            runs = {"now": json.loads(build_child(path, patterns, after_write(written, Path(tmp) / "cache"), {}))}
            sizes_mb = {f.name: f.stat().st_size / 1e6 for f in (Path(tmp) / "cache").rglob("*") if f.is_file()}
            envs: dict[str, dict[str, str]] = {"now": {}}
            written_by = {"now": (path, written)}
            if against:
                old_env = {"PYTHONPATH": str(commit_src(against))}
                # The other commit writes its own copy: what its write leaves in the cache folder (the marker of
                # the bytes written) is in its own format, which this code's may not be.
                old_path, old_written = Path(tmp) / "old" / "glossary.json", Path(tmp) / "old-written"
                old_path.parent.mkdir()
                run_child(WRITE_CHILD, str(made), str(old_path), env={"ZHGLOSS_CACHE_DIR": str(old_written), **old_env})
                old_cache = after_write(old_written, Path(tmp) / "old-cache")
                runs[against[:10]] = json.loads(build_child(old_path, Path(tmp) / "old.json", old_cache, old_env))
                envs[against[:10]] = old_env
                written_by[against[:10]] = (old_path, old_written)
            found = interleaved_builds(Path(tmp), made, patterns, written_by, envs, kinds, rounds)
        peer_parts = {name: statistics.median(times) for name, times in found.peer_parts.items()}
        peer = statistics.median(found.peer)
        file_mb = made.stat().st_size / 1e6
        print(f"{size:,} entries ({file_mb:.0f} MB file), load {os.getloadavg()[0]:.1f} at the end:")
        print(
            f"  peer (median of {rounds}): {' + '.join(f'{name} {t:.2f} s' for name, t in peer_parts.items())}"
            f" = {peer:.2f} s; per round {', '.join(f'{t:.2f}' for t in found.peer)} s"
        )
        for label, times in runs.items():
            read, checked = times.pop("read JSON"), times.pop("check entries")
            shared = read + checked
            print(
                f"  [{label}] reading the glossary: JSON {read:.2f} s + checking its entries {checked:.2f} s = {shared:.2f} s"
                " (in-process, one run)"
            )
            for name, seconds in times.items():
                print(f"  [{label}] {name:14s} {seconds:6.2f} s in-process after the reading")
            total = shared + sum(times.values())
            print(
                f"  [{label}] {'all caches':14s} {total:6.2f} s  {total / peer:4.2f}x peer (one reading, every cache)"
            )
        print("  each cache as the first command after a change builds it (its own process; median seconds, and the")
        print("  median of each round's ratio to that round's peer, goal <= 2x; the rounds' ratios in brackets):")
        for kind in (*kinds, HAND_EDIT):
            for label in envs:
                seconds = found.seconds[label][kind]
                ratios = list(map(operator.truediv, seconds, found.peer))
                print(
                    f"    [{label:10s}] {kind:34s} {statistics.median(seconds):6.2f} s = "
                    f"{statistics.median(ratios):4.2f}x peer ({', '.join(f'{r:.2f}' for r in ratios)})"
                )
            if against:
                now, old = found.seconds["now"][kind], found.seconds[against[:10]][kind]
                between = list(map(operator.truediv, now, old))
                print(
                    f"    {'':12s} {'now / ' + against[:10]:34s} {statistics.median(between):4.2f}x "
                    f"({', '.join(f'{r:.2f}' for r in between)})"
                )
        size_mb = sum(sizes_mb.values())
        print(f"  caches on disk {size_mb:6.1f} MB = {size_mb / file_mb:4.2f}x the glossary file ({file_mb:.1f} MB):")
        print("    " + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sorted(sizes_mb.items()) if mb >= 0.05))


HAND_EDIT = "lookup index after a hand edit"
"""The first command after a hand edit: the lookup index of a glossary no zhgloss write vouches for (every entry
checked)."""


class Builds(NamedTuple):
    """What `interleaved_builds` measured, one item per round in each list."""

    peer: list[float]
    """The peer's CPU seconds (all its parts)."""
    peer_parts: dict[str, list[float]]
    seconds: dict[str, dict[str, list[float]]]
    """CPU seconds by commit label, then by cache kind (and HAND_EDIT)."""


def interleaved_builds(
    tmp: Path,
    made: Path,
    patterns: Path,
    written_by: dict[str, tuple[Path, Path]],
    envs: dict[str, dict[str, str]],
    kinds: tuple[str, ...],
    rounds: int,
) -> Builds:
    """Time the peer and each cache's first build by each commit, `rounds` times, interleaved.

    Each round runs the peer, then each kind by each commit in turn (A/B, then B/A in the next round, so that
    neither commit always runs first), then the hand-edited lookup by each: a busy spell of the shared machine
    slows one round's figures alike, and the median of the rounds' ratios is the figure to quote. `written_by`:
    each commit's written copy of the glossary and the cache folder its write left; `made`: the glossary file
    as the benchmark made it, which no zhgloss write vouches for (a hand edit).
    """
    found = Builds([], {}, {label: {kind: [] for kind in (*kinds, HAND_EDIT)} for label in envs})
    labels = list(envs)
    for round_number in range(rounds):
        parts = json.loads(run_child(PEER_CHILD, str(written_by["now"][0]), str(patterns)))
        found.peer.append(sum(parts.values()))
        for name, seconds in parts.items():
            found.peer_parts.setdefault(name, []).append(seconds)
        order = labels if round_number % 2 == 0 else labels[::-1]
        for kind in kinds:
            for label in order:
                path, written = written_by[label]
                cache = after_write(written, tmp / f"{label}-{kind}-{round_number}")
                found.seconds[label][kind].append(first_command(path, kind, cache, envs[label]))
        for label in order:
            cache = tmp / f"{label}-hand-{round_number}"
            found.seconds[label][HAND_EDIT].append(first_command(made, "lookup index", cache, envs[label]))
    return found


FIRST_KINDS = ("lookup index", "search index", "annotator", "check names")


def after_write(written: Path, cache: Path) -> Path:
    """A fresh cache folder `cache` holding what the write into the cache folder `written` left (no cache)."""
    import shutil

    shutil.copytree(written, cache)
    if any(f.suffix == ".bin" for f in cache.rglob("*")):
        raise SystemExit(f"the write left caches in {written}: the build would not be measured")
    return cache


def first_command(path: Path, kind: str, cache: Path, env: dict[str, str]) -> float:
    """CPU seconds of FIRST_CHILD building the cache `kind` of the glossary `path` into the empty folder `cache`."""
    return float(json.loads(run_child(FIRST_CHILD, str(path), kind, env={"ZHGLOSS_CACHE_DIR": str(cache), **env})))


def build_child(path: Path, patterns: Path, cache: Path, env: dict[str, str]) -> str:
    """Run BUILD_CHILD on the glossary `path` with the cache folder `cache` (and `env`): its JSON line."""
    return run_child(BUILD_CHILD, str(path), str(patterns), env={"ZHGLOSS_CACHE_DIR": str(cache), **env})


def interleaved_processes(
    commands: dict[str, tuple[list[str], bytes | None]],
    env: dict[str, str],
    repeat: int = 11,
    envs: dict[str, dict[str, str]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Median CPU time (user + system) and wall time of each command run as a whole process, in seconds.

    The commands run in turn, `repeat` rounds (the first round untimed: it builds the caches and
    warms the pages), so that a busy spell of the shared machine slows each of them alike. CPU
    time is the figure to quote (the wall time of a 0.1 s process measures the neighbours); wall
    time is printed beside it. `envs` adds variables to some commands (another commit's code).
    """
    import resource
    import statistics

    full_env = {**os.environ, **env}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for round_number in range(repeat + 1):
        for name, (argv, stdin) in commands.items():
            before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run(argv, input=stdin, capture_output=True, env={**full_env, **(envs or {}).get(name, {})})
            wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
            if round_number:
                cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                times[name].append((cpu, wall))
    return {
        name: (statistics.median(c for c, _ in runs), statistics.median(w for _, w in runs))
        for name, runs in times.items()
    }


def open_caches(against: str | None = None) -> None:
    print("\n== 2. whole processes on the 100k glossary, caches warm (CPU time; wall time beside it) ==")
    path = big_glossary(100_000)
    db = ["--db", str(path)]
    commands: dict[str, tuple[list[str], bytes | None]] = {
        "lookup 雷军 (peer)": (zhgloss_argv("lookup", "雷军", *db), None),
        "search 雷军": (zhgloss_argv("search", "雷军", *db), None),
        "search 'Lei Jun'": (zhgloss_argv("search", "Lei Jun", *db), None),
        "annotate, one Chinese line": (zhgloss_argv("annotate", *db), "雷军创办了小米。\n".encode()),
        "annotate, one English line": (zhgloss_argv("annotate", *db), b"Lei Jun founded Xiaomi.\n"),
    }
    envs: dict[str, dict[str, str]] = {}
    labels = [""]
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        if against:
            # The same commands with another commit's code (and its own cache folder), interleaved with
            # these: before/after in one run.
            old_env = {"PYTHONPATH": str(commit_src(against)), "ZHGLOSS_CACHE_DIR": str(Path(tmp) / "old")}
            labels.append(f"[{against[:10]}] ")
            for name, command in list(commands.items()):
                commands[labels[1] + name] = command
                envs[labels[1] + name] = old_env
        found = interleaved_processes(commands, {"ZHGLOSS_CACHE_DIR": str(cache)}, envs=envs)
        sizes = {}
        for label, env in [("", {"ZHGLOSS_CACHE_DIR": str(cache)}), *([(labels[1], old_env)] if against else [])]:
            every_cache(path, {**os.environ, **env})
            folder = Path(env["ZHGLOSS_CACHE_DIR"])
            sizes[label] = {f.name: f.stat().st_size / 1e6 for f in folder.rglob("*") if f.is_file()}
    for label in labels:
        peer_cpu, peer_wall = found.pop(f"{label}lookup 雷军 (peer)")
        print(
            f"  {label}{'lookup 雷军 (peer)':27s} {peer_cpu * 1000:6.0f} ms CPU          {peer_wall * 1000:6.0f} ms wall"
        )
        for name in [n for n in found if n.startswith(label) and (label or not n.startswith("["))]:
            cpu, wall = found.pop(name)
            print(
                f"  {name:27s} {cpu * 1000:6.0f} ms CPU {cpu / peer_cpu:4.2f}x   {wall * 1000:6.0f} ms wall "
                f"{wall / peer_wall:4.2f}x lookup (goal <= 1.3x)"
            )
    file_mb = path.stat().st_size / 1e6
    for label, files in sizes.items():
        total = sum(files.values())
        print(
            f"  {label}every file in the cache folder after lookup, search, annotate (Chinese, long English) and "
            f"check: {total:.1f} MB = {total / file_mb:4.2f}x the {file_mb:.1f} MB file"
        )
        print("    " + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sorted(files.items()) if mb >= 0.05))


LONG_ENGLISH = "Lei Jun founded Xiaomi in Beijing with Lin Bin; Jack Ma founded Alibaba in Hangzhou. " * 40
"""Past the short-text budget: the first such text after a change builds the English automaton's cache file."""


def every_cache(path: Path, env: dict[str, str]) -> None:
    """Run every command that writes a cache of the glossary `path` (as a user ends up with them all)."""
    db = ["--db", str(path)]
    for argv, stdin in [
        (zhgloss_argv("lookup", "雷军", *db), None),
        (zhgloss_argv("search", "雷军", *db), None),
        (zhgloss_argv("annotate", *db), "雷军创办了小米。\n".encode()),
        (zhgloss_argv("annotate", *db), LONG_ENGLISH.encode()),
        (zhgloss_argv("check", "-", *db), "雷军创办了小米。\tLei Jun founded Xiaomi.\n".encode()),
    ]:
        subprocess.run(argv, input=stdin, capture_output=True, env=env, check=True)


def cache_sizes(counts: list[int]) -> None:
    print("\n== 2. cache size on disk, after lookup, search, annotate (Chinese, long English) and check ==")
    for count in counts:
        path = big_glossary(count) if count <= 100_000 else scaled_glossary(count)
        file_mb = path.stat().st_size / 1e6
        with tempfile.TemporaryDirectory() as tmp:
            every_cache(path, {**os.environ, "ZHGLOSS_CACHE_DIR": tmp})
            files = {f.name: f.stat().st_size / 1e6 for f in Path(tmp).rglob("*") if f.is_file()}
        total = sum(files.values())
        goal = "met" if total <= file_mb else "NOT met"
        print(
            f"  {count:,} entries: every cache file {total:.1f} MB = {total / file_mb:4.2f}x the {file_mb:.1f} MB "
            f"glossary file (goal <= 1x: {goal})"
        )
        print("    " + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sorted(files.items()) if mb >= 0.05))


def annotate(megabytes: float, repeat: int, reference: str | None = None) -> None:
    print(f"\n== 3. annotate in-process, {megabytes:g} MB of Chinese prose, against {BASELINE[:10]} ==")
    corpus = (OUT / "zh-10mb.txt") if (OUT / "zh-10mb.txt").exists() else None
    if corpus is None:
        from bench_annotate import corpus_file

        corpus = corpus_file()
    text = corpus.read_bytes().decode("utf-8")
    text = text[: int(megabytes * 1e6 / 3)]
    text = text[: text.rfind("\n") + 1]
    data = text.encode("utf-8")
    reference_at = reference or reference_commit()
    old_src, reference_src = commit_src(BASELINE), commit_src(reference_at)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "text.txt"
        sample.write_bytes(data)
        old_fields = set(json.loads(run_child(FIELDS_CHILD, env={"PYTHONPATH": str(old_src)})))
        for label, path in (("dense 100k", big_glossary(100_000)), ("names", names_glossary())):
            envs = {
                "baseline": {"PYTHONPATH": str(old_src), "ZHGLOSS_CACHE_DIR": str(Path(tmp) / "old")},
                "now": {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "new")},
            }
            paths = {"baseline": without_fields(path, old_fields, Path(tmp) / f"old-{path.name}"), "now": path}
            best: dict[str, float] = {}
            digests: dict[str, str] = {}
            for _ in range(2):  # alternate, so that a busy spell of the machine hits both
                for which, env in envs.items():
                    found = json.loads(run_child(ANNOTATE_CHILD, str(paths[which]), str(sample), str(repeat), env=env))
                    best[which] = min(best.get(which, float("inf")), found["seconds"])
                    digests[which] = found["sha256"]
            reference_env = {"PYTHONPATH": str(reference_src), "ZHGLOSS_CACHE_DIR": str(Path(tmp) / "reference")}
            reference_run = json.loads(run_child(ANNOTATE_CHILD, str(path), str(sample), "1", env=reference_env))
            same = "byte-identical" if digests["now"] == reference_run["sha256"] else "OUTPUT DIFFERS"
            now, old = len(data) / 1e6 / best["now"], len(data) / 1e6 / best["baseline"]
            print(
                f"  {label:10s} now {now:6.2f} MB/s   baseline {old:6.2f} MB/s   {now / old:4.2f}x (goal >= 2x dense, "
                f">= 1x names); output {same} to {reference_at[:10]}'s"
            )


def startup() -> None:
    print("\n== 5. start-up ==")
    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        floor = time_process([sys.executable, str(hello), "x"], repeat=21)
        version = time_process(zhgloss_argv("--version"), repeat=21)
        helped = time_process(zhgloss_argv("--help"), repeat=21)
    print(f"  typer hello-world (peer)  {floor * 1000:6.1f} ms")
    print(f"  zhgloss --version         {version * 1000:6.1f} ms  {version / floor:4.2f}x peer (goal <= 1.2x)")
    print(f"  zhgloss --help            {helped * 1000:6.1f} ms  {helped / floor:4.2f}x peer (goal <= 1.2x)")


def memory(sizes_mb: list[float], options: list[str]) -> None:
    print(
        f"\n== 6. memory: zhgloss {' '.join(['annotate', *options])} through a pipe, 300k glossary, irregular writes =="
    )
    path = scaled_glossary(300_000)
    from bench_annotate import corpus_file

    block = corpus_file().read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "cache")}
        # Every cache annotate reads built first (the English automaton's too: a long English text builds it), so
        # that neither run below pays a one-time build: the 10 MB run would otherwise hold the build's peak.
        subprocess.run(zhgloss_argv("annotate", "--db", str(path)), input=b"\n", env={**os.environ, **env}, check=True)
        subprocess.run(
            zhgloss_argv("annotate", "--db", str(path)),
            input=LONG_ENGLISH.encode(),
            env={**os.environ, **env},
            check=True,
            capture_output=True,
        )
        argv = zhgloss_argv("annotate", "--db", str(path), *options)
        runs = [rss_split(argv, block, int(mb * 1e6), env) for mb in sizes_mb]
    small = runs[0][0]
    for mb, (peak, rate, kinds) in zip(sizes_mb, runs, strict=True):
        ratio = f"{peak / small:4.2f}x the {sizes_mb[0]:g} MB peak" if mb != sizes_mb[0] else "(peer)"
        print(f"  {mb:6g} MB  peak RSS {peak / 1024:6.0f} MB  {rate:5.2f} MB/s  {ratio}  ({kinds_text(kinds)})")
    print(f"  load average {os.getloadavg()[0]:.1f} at the end")
    print(
        "  (file-backed: the glossary file and the caches, memory-mapped and read in place: page cache the kernel"
        " shares and may reclaim; anonymous: the process's own)"
    )


def kinds_text(kinds: dict[str, int]) -> str:
    """The peak of each kind of resident memory (kB), as text."""
    return ", ".join(f"{name} at most {kb / 1024:.0f} MB" for name, kb in kinds.items())


def rss_split(argv: list[str], block: bytes, total: int, env: dict[str, str]) -> tuple[int, float, dict[str, int]]:
    """`common.peak_rss` of the process `argv` fed `total` bytes, and the peak of each kind of its resident memory.

    The kinds (kB): anonymous (RssAnon: the process's own) and file-backed (RssFile: mapped files, here the
    glossary and the caches read in place), each the most seen by polling /proc every few milliseconds.
    """
    import re
    import threading

    found = {"anonymous": 0, "file-backed": 0}
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, **env})
    assert proc.stdin is not None
    assert proc.stdout is not None
    status = Path(f"/proc/{proc.pid}/status")
    done = threading.Event()

    def feed() -> None:
        assert proc.stdin is not None
        sizes = random.Random(15)
        at = written = 0
        while written < total:
            size = sizes.randint(1, 1 << 16)
            piece = (block[at:] + block)[:size] if at + size > len(block) else block[at : at + size]
            at = (at + size) % len(block)
            if written + size >= total:  # end on a whole character: the stream stays valid UTF-8
                while block[at] & 0xC0 == 0x80:
                    piece += block[at : at + 1]
                    at += 1
            proc.stdin.write(piece)
            written += len(piece)
        proc.stdin.close()

    def poll() -> None:
        while not done.is_set():
            try:
                text = status.read_text(encoding="utf-8")
            except OSError:
                return
            for name, field in (("anonymous", "RssAnon"), ("file-backed", "RssFile")):
                seen = re.search(rf"{field}:\s+(\d+) kB", text)
                if seen:
                    found[name] = max(found[name], int(seen.group(1)))
            time.sleep(0.005)

    start = time.perf_counter()
    threads = [threading.Thread(target=feed), threading.Thread(target=poll)]
    for thread in threads:
        thread.start()
    peak = 0
    while proc.stdout.read(1 << 20):
        try:
            seen = re.search(r"VmHWM:\s+(\d+) kB", status.read_text(encoding="utf-8"))
        except OSError:
            continue
        if seen:
            peak = max(peak, int(seen.group(1)))
    proc.wait()
    done.set()
    for thread in threads:
        thread.join()
    rate = total / 1e6 / (time.perf_counter() - start)
    return peak, rate, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["build", "open", "sizes", "annotate", "startup", "memory"], action="append")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--against", help="build and open: also run the code of this commit, in the same run")
    parser.add_argument(
        "--caches",
        nargs="+",
        choices=[kind.split()[0] for kind in FIRST_KINDS],
        help="build: time only these caches as the first command after a change (default: all four)",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="build: interleaved rounds of the first-command figures (medians)"
    )
    parser.add_argument("--mb", type=float, default=3.0, help="MB of text for the annotate comparison")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--big", action="store_true", help="also item 6: 1 GB through annotate")
    parser.add_argument(
        "--memory-mb", type=float, nargs="+", default=[10, 1000], help="memory: MB written in each run (first: peer)"
    )
    parser.add_argument("--unknown", action="store_true", help="memory: run `annotate --unknown`")
    parser.add_argument(
        "--reference", help="commit whose annotate output must be matched (default: merge-base with main)"
    )
    args = parser.parse_args()
    parts = args.only or ["build", "open", "sizes", "annotate", "startup"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    if "build" in parts:
        chosen = tuple(kind for kind in FIRST_KINDS if kind.split()[0] in (args.caches or []))
        build(args.sizes, args.against, chosen, args.rounds)
    if "open" in parts:
        open_caches(args.against)
    if "sizes" in parts:
        cache_sizes(args.sizes)
    if "annotate" in parts:
        annotate(args.mb, args.repeat, args.reference)
    if "startup" in parts:
        startup()
    if args.big or "memory" in parts:
        memory(args.memory_mb, ["--unknown"] if args.unknown else [])


if __name__ == "__main__":
    main()
