"""Shared fixtures. Every test runs with its own cache and user-data folders, never the real ones."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Set before zhgloss is imported anywhere, and inherited by every subprocess a test starts.
_SANDBOX = Path(tempfile.mkdtemp(prefix="zhgloss-tests-"))
os.environ["ZHGLOSS_CACHE_DIR"] = str(_SANDBOX / "cache")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "xdg-cache")
os.environ.pop("ZHGLOSS_DB", None)
os.environ.pop("NO_COLOR", None)

from hypothesis import settings  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

# No per-example deadline anywhere: speed is measured in benchmarks/, and a property test's first example
# pays for loading data tables (0.6 s on a loaded machine), which made passing tests fail at random.
# The suite's property tests draw the same examples on every run and every machine (derandomize: each test's seed
# is its own source, so the draw holds for one Hypothesis and one Python: pyproject.toml pins Hypothesis), so the
# test command passes or fails alike for everyone and a CI run repeats here. New examples are drawn with
# `python -m pytest --hypothesis-profile explore`: a failure found so is kept in .hypothesis/ for the next explore
# run only (the derandomized profile reads no database), so pin it in the test with `@example(...)` beside its fix.
settings.register_profile("zhgloss", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None, derandomize=False)
settings.load_profile("zhgloss")

from zhgloss.store import bundled_path  # noqa: E402


def _sigint_ignored_or_blocked() -> bool:
    """Whether this process ignores or blocks SIGINT at the C level (/proc/self/status's SigIgn and SigBlk; Python's
    `signal.getsignal` shows only what Python itself set)."""
    status = Path("/proc/self/status")
    if not status.is_file():
        return False
    bit = 1 << (signal.SIGINT - 1)
    masks = dict(
        line.split(":\t", 1) for line in status.read_text().splitlines() if line.startswith(("SigIgn", "SigBlk"))
    )
    return any(int(mask, 16) & bit for mask in masks.values())


@pytest.fixture(autouse=True)
def _shells_sigint() -> None:
    """Start every test with SIGINT as a shell leaves it to a program: handled, not ignored, not blocked.

    An ignored or blocked SIGINT is inherited by every process a test starts, so a `zhgloss` the Ctrl-C tests
    interrupt (test_cli_usability, test_cli_everyday, test_hostile) never saw it: it waited at its question until the
    test's timeout, or read on to the end of its input and exited 0. Seen in both two-process runs of the forty-third
    session (pytest-xdist), never in one process; which earlier test of the worker left it so is not found yet.
    """
    if _sigint_ignored_or_blocked():
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.fixture(autouse=True)
def _collect_dropped_maps() -> Iterator[None]:
    """Close the descriptors of dropped file maps before the process runs out of them.

    zhgloss maps its data files and the glossary (`datafile`, `cache`: mmap keeps a descriptor of its own), and an
    in-process CLI call (CliRunner) leaves its maps in reference cycles that only a garbage collection frees: about
    ten descriptors a `check`. One process runs the whole suite, and past 1,024 descriptors `select()` fails
    ("filedescriptor out of range", seen in test_server and test_readme after ~4,500 tests). A command runs once per
    process, so zhgloss itself is not affected; the cycle's owner is not found yet.
    """
    yield
    fds = Path("/proc/self/fd")
    if fds.is_dir() and len(os.listdir(fds)) > 256:
        gc.collect()


SHARED = Path(os.environ.get("ZHGLOSS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ARTICLES = SHARED / "articles"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def bundled() -> Path:
    """The bundled glossary file (read-only to zhgloss)."""
    return bundled_path()


@pytest.fixture
def glossary_path(tmp_path: Path, bundled: Path) -> Path:
    """A writable copy of the bundled glossary in a temporary folder."""
    target = tmp_path / "glossary.json"
    shutil.copyfile(bundled, target)
    return target


@pytest.fixture
def runner() -> CliRunner:
    """A Typer CLI runner (stdout and stderr kept apart)."""
    return CliRunner()


@pytest.fixture(scope="session")
def zhgloss_exe() -> str:
    """The installed `zhgloss` console script."""
    exe = shutil.which("zhgloss", path=str(Path(sys.executable).parent)) or shutil.which("zhgloss")
    assert exe, "the zhgloss console script is not installed: pip install -e '.[test]'"
    return exe


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared: the articles, the reference sheet and the real data."""
    assert SHARED.is_dir(), f"expected the shared folder at {SHARED} (set ZHGLOSS_SHARED)"
    return SHARED


def _imported_cedict(folder: Path, exe: str, shared: Path, *flags: str) -> Path:
    """A glossary in `folder` made by the installed `zhgloss import` of ../shared/data/cedict_ts.u8.gz with `flags`."""
    db = folder / "glossary.json"
    cedict = shared / "data" / "cedict_ts.u8.gz"
    done = subprocess.run([exe, "import", str(cedict), *flags, "--db", str(db)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="session")
def cedict_names_db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str, shared_dir: Path) -> Path:
    """`zhgloss import ../shared/data/cedict_ts.u8.gz --proper-only` into a new glossary, once per pytest process.
    Shared by every test module that asks: read it, never write to it (copy it first)."""
    return _imported_cedict(tmp_path_factory.mktemp("cedict_names"), zhgloss_exe, shared_dir, "--proper-only")


@pytest.fixture(scope="session")
def cedict_full_db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str, shared_dir: Path) -> Path:
    """`zhgloss import ../shared/data/cedict_ts.u8.gz` (every line, no --proper-only) into a new glossary, once per
    pytest process. Shared by every test module that asks: read it, never write to it (copy it first)."""
    return _imported_cedict(tmp_path_factory.mktemp("cedict_full"), zhgloss_exe, shared_dir)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A real headless Chromium (`serving.chromium_driver`), one per test module, quit after it."""
    from serving import chromium_driver

    driver = chromium_driver()
    try:
        yield driver
    finally:
        driver.quit()
