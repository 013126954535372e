"""`import cedict_ts.u8 --proper-only` of a file with Windows line ends, or with blank lines at its end, imports what
the same file with Unix line ends does (the new-user tester's U34-10: an IndexError traceback in cedict._headwords on
the README's own path; without --proper-only it imported). The real CC-CEDICT's first 3,000 lines, through the
installed console script.
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import pytest
from conftest import SHARED

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


def _head() -> str:
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return "".join(line for _, line in zip(range(3000), fp, strict=False))


def _imported(exe: str, path: Path, tmp_path: Path) -> str:
    db = tmp_path / f"{path.stem}.json"
    done = subprocess.run(
        [exe, "import", str(path), "--proper-only", "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    exported = subprocess.run(
        [exe, "export", "-o", "-", "--db", str(db)], capture_output=True, text=True, timeout=300, check=True
    )
    return exported.stdout


@pytest.mark.skipif(not CEDICT.exists(), reason="needs ../shared/data/cedict_ts.u8.gz beside the checkout")
@pytest.mark.parametrize("shape", ["crlf", "blank lines at the end", "crlf and blank lines"])
def test_line_ends_change_nothing(tmp_path: Path, zhgloss_exe: str, shape: str) -> None:
    text = _head()
    unix = tmp_path / "unix.u8"
    unix.write_bytes(text.encode("utf-8"))
    other = text.replace("\n", "\r\n") if "crlf" in shape else text
    other += ("\r\n" if "crlf" in shape else "\n") * 2 if "blank" in shape else ""
    path = tmp_path / "other.u8"
    path.write_bytes(other.encode("utf-8"))
    assert _imported(zhgloss_exe, path, tmp_path) == _imported(zhgloss_exe, unix, tmp_path)
