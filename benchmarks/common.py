"""Shared helpers for the benchmarks: real data from ../shared/data, big glossaries built from CC-CEDICT.

Benchmarks are plain scripts (`python benchmarks/bench_x.py`), never collected by pytest.
Each prints its figures beside a named peer measured in the same run.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry
from zhgloss.store import dump_json_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ZHGLOSS_SHARED", ROOT.parent / "shared"))
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"
CORPUS = SHARED / "data" / "zh-corpus.txt"
BUNDLED = ROOT / "glossary.json"
OUT = ROOT / "benchmarks" / "out"


def commit_src(commit: str) -> Path:
    """The src/ folder of `commit`, unpacked once into out/ with `git archive`: another commit's code, run in
    the same benchmark (PYTHONPATH) beside this tree's."""
    target = OUT / f"baseline-{commit[:10]}"
    if not (target / "src" / "zhgloss").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target / "src"


def bundled_entries() -> list[Entry]:
    """The entries of the bundled glossary."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return [Entry.from_dict(doc) for _, doc in sorted(data.get("entries", {}).items(), key=lambda kv: int(kv[0]))]


def cedict_entries(*, proper_only: bool = False, limit: int | None = None) -> list[Entry]:
    """Entries from CC-CEDICT (one per simplified headword), optionally only proper names, at most `limit`."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        entries = list(load_cedict(fp, proper_only=proper_only))
    return entries[:limit] if limit else entries


def merged(first: Iterable[Entry], second: Iterable[Entry]) -> list[Entry]:
    """`first` plus those of `second` whose Chinese form `first` does not have."""
    out = list(first)
    taken = {e.zh for e in out} | {f for e in out for f in e.zh_forms}
    out += [e for e in second if e.zh not in taken]
    return out


def write_glossary(entries: Iterable[Entry], path: Path) -> Path:
    """Write `entries` as a glossary file at `path` (one write, as the store would)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    docs = {str(i): e.to_dict() for i, e in enumerate(entries, 1)}
    path.write_bytes(dump_json_bytes({"entries": docs}))
    return path


def as_phrases(entries: Iterable[Entry]) -> list[Entry]:
    """`entries` with CC-CEDICT's ordinary words (`term`) typed `phrase`, a termbase's wording, which annotate glosses.

    A `term` is glossed by no form (zhgloss.glossable, twenty-eighth session): typed so, the benchmarks' dense
    glossary would gloss almost nothing and stop being the stress test of a match every few characters it is.
    """
    return [e.replace(type="phrase") if e.type == "term" else e for e in entries]


def big_glossary(size: int = 100_000) -> Path:
    """A glossary file of the bundled entries plus CC-CEDICT headwords (`as_phrases`), `size` entries in all (cached in
    out/)."""
    path = OUT / f"cedict-phrases-{size}.json"
    if not path.exists():
        write_glossary(as_phrases(merged(bundled_entries(), cedict_entries())[:size]), path)
    return path


def scaled_glossary(size: int) -> Path:
    """A glossary of `size` entries: `big_glossary`'s, then two-headword compounds of CC-CEDICT (cached in out/).

    CC-CEDICT has ~120k headwords; a 300,000-entry glossary (CC-CEDICT plus a team's TBX) is made up to
    size with compounds such as 励志许嫁 "to encourage; allowed to marry": real characters, pinyin and
    English, each a new form. Written the way the store writes (canonical JSON, sorted keys).
    """
    path = OUT / f"scaled-phrases-{size}.json"
    if path.exists():
        return path
    base = merged(bundled_entries(), cedict_entries())
    entries = base[:size]
    heads = [e for e in base if e.type == "term" and e.zh and e.pinyin and len(e.zh) <= 3]
    taken = {f for e in entries for f in e.zh_forms}
    step = 0
    while len(entries) < size:
        # The partner moves on by one each round through the heads: (step, step * 7919) alone repeats
        # its pairs after len(heads) steps, and fewer heads than compounds needed never got done.
        rounds, at = divmod(step, len(heads))
        first, second = heads[at], heads[(at * 7919 + 13 + rounds) % len(heads)]
        step += 1
        zh = f"{first.zh}{second.zh}"
        if zh in taken or len(first.en) + len(second.en) > 200:  # an English form has at most 300 characters
            continue
        taken.add(zh)
        hant = f"{first.zh_hant or first.zh}{second.zh_hant or second.zh}"
        entries.append(
            Entry(
                id=f"compound-{step}",
                type="phrase",
                zh=zh,
                zh_hant=hant if hant != zh else None,
                pinyin=f"{first.pinyin} {second.pinyin}",
                en=f"{first.en}; {second.en}",
                en_adopted=True,
                sources=("generated for benchmarks from CC-CEDICT (MDBG), CC BY-SA 4.0",),
            )
        )
    return write_glossary(as_phrases(entries), path)


def names_glossary() -> Path:
    """A glossary file of the bundled entries plus CC-CEDICT's proper names (~20k)."""
    path = OUT / "cedict-names.json"
    if not path.exists():
        write_glossary(merged(bundled_entries(), cedict_entries(proper_only=True)), path)
    return path


def time_call(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn()` in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_process(
    argv: list[str], repeat: int = 11, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> float:
    """Median wall time of running `argv` as a whole process, in seconds."""
    full_env = {**os.environ, **(env or {})}
    subprocess.run(argv, input=stdin, capture_output=True, env=full_env, check=False)  # warm the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, input=stdin, capture_output=True, env=full_env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def zhgloss_argv(*args: str) -> list[str]:
    """The installed `zhgloss` console script of this interpreter, with `args`.

    zhgloss's bytecode is compiled first: an installed zhgloss has it (pip compiles it), but a
    source checkout run with PYTHONDONTWRITEBYTECODE=1 would recompile every module on every call,
    and the benchmark would measure that instead.
    """
    compile_bytecode()
    return [str(Path(sys.executable).with_name("zhgloss")), *args]


def compile_bytecode() -> None:
    """Write zhgloss's .pyc files (compileall writes them whatever PYTHONDONTWRITEBYTECODE says)."""
    import compileall

    import zhgloss

    compileall.compile_dir(Path(zhgloss.__file__).parent, quiet=1)


HELLO = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str) -> None:
    typer.echo(f"hello {name}")
app()
"""
"""A one-command Typer hello-world: the start-up floor of a Typer CLI."""


def peak_rss(argv: list[str], block: bytes, total: int, env: dict[str, str] | None = None) -> tuple[int, float]:
    """Feed `total` bytes (`block` repeated) to the process `argv` through a pipe, reading its output.

    Return its peak RSS (VmHWM, kB) and the throughput in MB/s of input.
    """
    import re
    import threading

    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, **(env or {})})
    assert proc.stdin is not None
    assert proc.stdout is not None
    rounds = -(-total // len(block))

    def feed() -> None:
        assert proc.stdin is not None
        for _ in range(rounds):
            proc.stdin.write(block)
        proc.stdin.close()

    feeder = threading.Thread(target=feed)
    start = time.perf_counter()
    feeder.start()
    peak = 0
    status = Path(f"/proc/{proc.pid}/status")
    while proc.stdout.read(1 << 20):
        try:
            found = re.search(r"VmHWM:\s+(\d+) kB", status.read_text(encoding="utf-8"))
        except OSError:
            continue
        if found:
            peak = max(peak, int(found.group(1)))
    feeder.join()
    proc.wait()
    return peak, rounds * len(block) / 1e6 / (time.perf_counter() - start)


Case = tuple[str, list[str], list[str]]
"""A command to time against another commit's (`compare_commands`): its name, a command run first and not timed (or
[]), and the command timed; each without the console script and --db."""


def _run_cpu(argv: list[str], db: Path, src: Path | None, env: dict[str, str]) -> tuple[float, tuple[object, ...]]:
    """CPU seconds of `argv` on `db` (this tree's code, or that of `src`), and what it gave."""
    full = {**os.environ, **env}
    if src is not None:
        full["PYTHONPATH"] = str(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([*argv[:1], "--db", str(db), *argv[1:]], capture_output=True, env=full, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, (done.returncode, done.stdout, done.stderr.replace(str(db).encode(), b"DB"), db.read_bytes())


def compare_commands(
    cases: Iterable[Case], glossary: Path, against: str, repeat: int, inputs: dict[str, str] | None = None
) -> None:
    """Time each case on a fresh copy of `glossary`, as whole processes of the installed console script, this tree's
    and commit `against`'s (`commit_src`, on PYTHONPATH) alternating, and print for each the median CPU time (user +
    system: the machine is shared, so CPU time, not wall time, is the figure) of each, their ratio and whether both
    gave the same output, messages, exit code and glossary bytes (a speed-up must change none of them).

    The copy and the cache folder (ZHGLOSS_CACHE_DIR) are in a new temporary folder, and so are the files `inputs`
    names (file name: text); a command's arguments name them relative to it ({tmp} in an argument is that folder).
    The first round is not timed: it warms the page cache.
    """
    base = subprocess.run(["git", "rev-parse", against], capture_output=True, text=True, check=True).stdout.strip()
    base_src = commit_src(base)
    zhgloss = zhgloss_argv()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"ZHGLOSS_CACHE_DIR": str(Path(tmp) / "cache")}
        for name, text in (inputs or {}).items():
            (Path(tmp) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        copy = Path(tmp) / "g.json"
        print(
            f"{against} = {base[:10]}; glossary {glossary} ({glossary.stat().st_size / 1e6:.1f} MB); CPU s, {repeat} runs"
        )
        for name, setup, command in cases:
            setup = [arg.replace("{tmp}", tmp) for arg in setup]
            command = [arg.replace("{tmp}", tmp) for arg in command]
            times: dict[str, list[float]] = {"this": [], "base": []}
            gave: dict[str, set[tuple[object, ...]]] = {"this": set(), "base": set()}
            for turn in range(repeat + 1):  # the first round warms the page cache and the cache folder
                for who, src in (
                    (("base", base_src), ("this", None)) if turn % 2 else (("this", None), ("base", base_src))
                ):
                    shutil.copyfile(glossary, copy)
                    if setup:
                        _run_cpu([zhgloss[0], *setup], copy, src, env)
                    cpu, result = _run_cpu([zhgloss[0], *command], copy, src, env)
                    gave[who].add(result)
                    if turn:
                        times[who].append(cpu)
            same = "same" if gave["this"] == gave["base"] and len(gave["this"]) == 1 else "DIFFERENT"
            this, that = statistics.median(times["this"]), statistics.median(times["base"])
            runs = " ".join(f"{t:.2f}" for t in times["this"]), " ".join(f"{t:.2f}" for t in times["base"])
            print(
                f"{name:17} this {this:5.2f} s ({runs[0]})  {against} {that:5.2f} s ({runs[1]})  "
                f"{that / this:4.2f}x  output, exit code, glossary: {same}"
            )


def full_import(name: str) -> Path:
    """A full CC-CEDICT import in out/ (`zhgloss import`, ~30 s the first time), made once."""
    full = OUT / name
    if not full.exists():
        subprocess.run([*zhgloss_argv(), "--db", str(full), "import", str(CEDICT)], capture_output=True, check=True)
    return full


def compare_main(description: str, cases: Iterable[Case], inputs: dict[str, str] | None = None) -> None:
    """The command line of a benchmark of `compare_commands` (--db, --against, --repeat): its help is `description`;
    without --db, the glossary is `full_import("add-full.json")`."""
    import argparse

    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a full CC-CEDICT import (made in out/ if not given)")
    parser.add_argument("--against", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    compare_commands(cases, args.db or full_import("add-full.json"), args.against, args.repeat, inputs)
