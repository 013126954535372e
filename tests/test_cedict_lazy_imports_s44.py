"""A CC-CEDICT import that reads its lines in one process imports no process pool (forty-fourth session, issue 9's
"a full CC-CEDICT import stays within 5x of json.dump").

`zhgloss.formats.cedict` imported multiprocessing and concurrent.futures at its top for `_read_ahead`, which forks
workers only on an idle core: ~0.02 s of every process that imports the module (0.173 -> 0.155 s CPU for `import
zhgloss.formats.cedict`, 15 rounds each, pinned). They are imported where the workers are forked now. Each test runs a
real process: the installed console script, or a fresh interpreter.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.formats import cedict

POOL_MODULES = ("multiprocessing", "concurrent.futures")


def _one_core() -> None:
    """Run the child on one core of this process's: `_read_ahead` then reads every line in the one process."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _imported_modules(stderr: str) -> list[str]:
    """The modules `python -X importtime` says a process imported (the last column of each of its lines)."""
    return [line.rpartition("|")[2].strip() for line in stderr.splitlines() if line.startswith("import time:")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """The first 3,000 lines of the real CC-CEDICT file (its header and common words) and every capitalised line
    among the next 30,000 (names), as a file of its own."""
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as source:
        lines = [next(source) for _ in range(33_000)]
    kept = lines[:3000] + [line for line in lines[3000:] if " [" in line and line.split(" [", 1)[1][:1].isupper()]
    path = tmp_path_factory.mktemp("sample") / "cedict_sample.u8"
    path.write_text("".join(kept), encoding="utf-8")
    return path


@pytest.mark.parametrize("flags", [(), ("--proper-only",)], ids=["full", "proper-only"])
def test_an_import_on_one_core_imports_no_process_pool(
    zhgloss_exe: str, sample: Path, tmp_path: Path, flags: tuple[str, ...]
) -> None:
    db = tmp_path / "glossary.json"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", zhgloss_exe, "import", str(sample), *flags, "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_one_core,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "added" in done.stdout + done.stderr
    assert db.stat().st_size > 1000
    modules = _imported_modules(done.stderr)
    # (The list reaches the process's end: the store's JSON writer is imported for the one write, after the parse.)
    assert "orjson" in modules
    assert "rapidfuzz" in modules  # (cedict's own import, listed)
    assert [m for m in modules if m.startswith(POOL_MODULES)] == []


def test_importing_the_module_imports_no_process_pool() -> None:
    code = (
        "import sys, zhgloss.formats.cedict; "
        "print(sorted(m for m in sys.modules if m.startswith(('multiprocessing', 'concurrent.futures'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_workers_are_still_forked_when_cores_are_idle(sample: Path) -> None:
    # The same lines read on two processes (the pool imported where it forks) and on one: the same drafts.
    lines = list(cedict.iter_lines(sample.read_text(encoding="utf-8").splitlines(keepends=True)))
    kept = [line for line in lines if line.pinyin_numbered[:1].isupper()]
    assert len(kept) >= cedict.PARALLEL_LINES
    fixes = cedict.corrections()
    fixed = frozenset(hans for _, hans, _ in fixes)
    ahead = cedict._read_ahead(kept, fixes, fixed, 2)
    assert ahead is not None
    given, readings = ahead
    assert given
    assert list(readings) == [cedict._read_kept(kept[i], fixes, fixed) for i in given]
