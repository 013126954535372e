"""`zhgloss check` against a glossary of real CC-CEDICT lines (tests/data/*.u8), by the installed console script."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


def import_cedict(zhgloss_exe: str, name: str, db: Path) -> Path:
    """Import tests/data/`name` with `zhgloss import --format cedict --proper-only` into `db`; return `db`."""
    done = subprocess.run(
        [zhgloss_exe, "import", str(DATA / name), "--format", "cedict", "--proper-only", "--db", str(db)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return db


def import_into_empty(zhgloss_exe: str, source: Path, db: Path) -> Path:
    """`zhgloss init DB --empty`, then `zhgloss import SOURCE --db DB` (a sheet, JSON Lines, TBX …); return `db`."""
    for args in (["init", str(db), "--empty"], ["import", str(source), "--db", str(db)]):
        done = subprocess.run([zhgloss_exe, *args], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
    return db


def check_lines(zhgloss_exe: str, db: Path, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[str]:
    """The problem lines `zhgloss check` prints for the (source, target) `pairs`, given as a TSV file."""
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{zh}\t{en}\n" for zh, en in pairs), encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv), "--db", str(db)], capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8").splitlines()


def glossary_fixture(name: str) -> Callable[..., Path]:
    """A module-scoped pytest fixture `glossary`: tests/data/`name` imported as `import_cedict` does, once a module.

    Use as `glossary = glossary_fixture("cedict_check_forms.u8")` at a test module's top level.
    """

    @pytest.fixture(scope="module")
    def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
        return import_cedict(zhgloss_exe, name, tmp_path_factory.mktemp(Path(name).stem) / "cedict.json")

    return glossary
