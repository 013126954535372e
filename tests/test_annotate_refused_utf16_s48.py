"""A refused input writes nothing to stdout (session 48; the s47 review's R47-11, its trivial half).

`annotate` of a UTF-16 file whose last bytes are broken wrote the byte order mark to stdout before the error: the
UTF-16 encoder writes it on its first call, and the (empty) header of inline output was that call. Nothing is
written now until there is text; a file that is only a byte order mark still gets it back.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ZHGLOSS = shutil.which("zhgloss") or "zhgloss"


def _annotate(path: Path, glossary_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [ZHGLOSS, "--db", str(glossary_path), "annotate", str(path), *args], capture_output=True, check=False
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("fmt", ["inline", "html"])
def test_a_broken_utf16_file_writes_nothing_to_stdout(
    tmp_path: Path, glossary_path: Path, encoding: str, fmt: str
) -> None:
    text = "曾国藩说。".encode(encoding)
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bom + text + b"\x00")  # an odd last byte: half a code unit
    result = _annotate(broken, glossary_path, "--format", fmt)
    assert result.returncode == 3, result.stderr
    assert result.stdout == b""
    assert b"is not valid utf-" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_good_utf16_file_keeps_its_byte_order_mark(tmp_path: Path, glossary_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes("曾国藩说。\n".encode("utf-16"))
    result = _annotate(good, glossary_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"\xff\xfe")
    assert result.stdout.decode("utf-16").startswith("曾国藩说。")


def test_a_file_that_is_only_a_byte_order_mark_gets_it_back(tmp_path: Path, glossary_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xff\xfe")
    result = _annotate(empty, glossary_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"\xff\xfe"
