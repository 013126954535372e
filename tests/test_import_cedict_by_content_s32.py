"""CC-CEDICT's own file is imported as cedict whatever its name, and MDBG's zip is refused with the way out (U32-9).

MDBG's download page names the file `cedict_1_0_ts_utf-8_mdbg.txt.gz` (or offers a .zip holding cedict_ts.u8); a user
may save it as `cedict.txt`. By its suffix .txt it was read as an OmegaT glossary ("--proper-only applies to --format
cedict only", exit 2; without it "line 31: expected 2 or 3 tab-separated cells"), and the zip even with --format
cedict was "not UTF-8 … save it as UTF-8". The file's "# CC-CEDICT" header (or a dictionary line) now says cedict.
"""

from __future__ import annotations

import gzip
import subprocess
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def head(shared_dir: Path) -> str:
    """CC-CEDICT's header and three names' lines (习近平, 马云, 北京), as the file has them."""
    kept: list[str] = []
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as dictionary:
        for line in dictionary:
            if line.startswith("#") or line.split(" ", 2)[1] in ("习近平", "马云", "北京"):
                kept.append(line)
    return "".join(kept)


def _import(zhgloss_exe: str, tmp_path: Path, source: Path, *args: str) -> subprocess.CompletedProcess[str]:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(source), *args], capture_output=True, text=True, encoding="utf-8"
    )


@pytest.mark.parametrize("name", ["cedict_1_0_ts_utf-8_mdbg.txt.gz", "cedict.txt"])
def test_the_dictionary_by_another_name_is_read_as_cedict(
    zhgloss_exe: str, tmp_path: Path, head: str, name: str
) -> None:
    source = tmp_path / name
    data = head.encode("utf-8")
    source.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    done = _import(zhgloss_exe, tmp_path, source, "--proper-only")
    assert done.returncode == 0, done.stderr
    assert "added" in done.stderr
    assert "tab-separated" not in done.stderr


@pytest.mark.parametrize("given", [[], ["--format", "cedict"]])
def test_a_zip_is_refused_with_unzip_it(zhgloss_exe: str, tmp_path: Path, head: str, given: list[str]) -> None:
    source = tmp_path / "cedict_1_0_ts_utf-8_mdbg.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("cedict_ts.u8", head)
    done = _import(zhgloss_exe, tmp_path, source, "--proper-only", *given)
    assert done.returncode == 3
    assert "is a zip archive: unzip it first and import the file inside (CC-CEDICT's is cedict_ts.u8)" in done.stderr


def test_an_omegat_glossary_named_txt_is_still_one(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "glossary.txt"
    source.write_text("雷军\tLei Jun\tXiaomi founder\n马云\tJack Ma\t\n", encoding="utf-8")
    done = _import(zhgloss_exe, tmp_path, source)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
