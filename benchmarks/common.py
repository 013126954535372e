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
from zhgloss.store import dump_json

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ZHGLOSS_SHARED", ROOT.parent / "shared"))
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"
CORPUS = SHARED / "data" / "zh-corpus.txt"
BUNDLED = ROOT / "glossary.json"
OUT = ROOT / "benchmarks" / "out"


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
    path.write_text(dump_json({"entries": docs}), encoding="utf-8")
    return path


def big_glossary(size: int = 100_000) -> Path:
    """A glossary file of the bundled entries plus CC-CEDICT headwords, `size` entries in all (cached in out/)."""
    path = OUT / f"cedict-{size}.json"
    if not path.exists():
        write_glossary(merged(bundled_entries(), cedict_entries())[:size], path)
    return path


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
