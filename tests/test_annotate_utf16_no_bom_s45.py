"""`annotate --encoding utf-16` of input with no byte order mark is a data error, not a traceback (R45-4).

Python's incremental utf-16 decoder raises a bare UnicodeError ("UTF-16 stream does not start with BOM"), not the
UnicodeDecodeError annotate caught, so a UTF-8 article piped with `--encoding utf-16` ended in a traceback (exit 1).
Every path that decodes annotate's input (a stream, standard input, a web page) now gives one line and exit 3, as
check and import do. The console script runs in a subprocess on the bundled glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ARTICLE = "雷军说。\n"


def _annotate(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, "annotate", *args], input=stdin, capture_output=True, timeout=120, check=False)


def _one_line_data_error(done: subprocess.CompletedProcess[bytes]) -> str:
    err = done.stderr.decode()
    assert done.returncode == 3, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("name", ["article.txt", "page.html"])
def test_a_file_with_no_byte_order_mark_read_as_utf16_is_a_data_error(
    tmp_path: Path, zhgloss_exe: str, name: str
) -> None:
    path = tmp_path / name
    text = ARTICLE if name.endswith(".txt") else f"<html><body><p>{ARTICLE}</p></body></html>"
    # An odd number of bytes: a UTF-16 page with no mark cannot be decoded by either byte order.
    path.write_bytes(text.encode("utf-8") + (b"" if len(text.encode()) % 2 else b" "))
    err = _one_line_data_error(_annotate(zhgloss_exe, str(path), "--encoding", "utf-16"))
    assert "is not valid utf-16" in err
    assert path.name in err


def test_standard_input_with_no_byte_order_mark_read_as_utf16_is_a_data_error(zhgloss_exe: str) -> None:
    err = _one_line_data_error(_annotate(zhgloss_exe, "-", "--encoding", "utf-16", stdin=ARTICLE.encode("utf-8")))
    assert "is not valid utf-16" in err
    assert "byte order mark" in err or "BOM" in err


def test_utf16_with_its_mark_and_utf16le_without_one_still_read(zhgloss_exe: str) -> None:
    glossed = "雷军（Lei Jun）说。\n"
    done = _annotate(zhgloss_exe, "-", "--encoding", "utf-16", stdin=ARTICLE.encode("utf-16"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-16") == glossed
    done = _annotate(zhgloss_exe, "-", "--encoding", "utf-16-le", stdin=ARTICLE.encode("utf-16-le"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-16-le") == glossed
