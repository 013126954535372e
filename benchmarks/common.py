"""Shared helpers for the benchmarks: real data from ../shared/data, big glossaries built from CC-CEDICT.

Benchmarks are plain scripts (`python benchmarks/bench_x.py`), never collected by pytest.
Each prints its figures beside a named peer measured in the same run.
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import subprocess
import sys
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
