"""Stdin is read as the same bytes in a file are (issue 9, item 3: pipes; session 24).

Excel's "Unicode Text" (UTF-16 with a byte order mark, tabs, CRLF) imported by its file name worked; the same
bytes piped to `import -` were refused ("is not UTF-8 (byte 0: b'\\xff')") with nothing to do about it. `import -`
and `harvest -` now decode stdin as they decode a file (UTF-8, UTF-16 with a BOM, GB18030 or Big5, with the same
note on stderr); a query read from stdin (`lookup -`) takes UTF-16 with a BOM, and otherwise says what to do.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

TABLE = "Chinese_PRC\tEnglish_United_States\r\n腾讯\tTencent\r\n小米\tXiaomi\r\n"


def run(exe: str, *args: str, data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, *args], input=data, capture_output=True, check=False)


def exported(exe: str, db: Path) -> list[tuple[str, str]]:
    done = subprocess.run([exe, "export", "--format", "jsonl", "--db", str(db)], capture_output=True, text=True)
    return sorted((e["zh"], e["en"]) for e in map(json.loads, done.stdout.splitlines()))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "utf-8-sig"])
def test_import_from_stdin_reads_what_the_file_reads(zhgloss_exe: str, tmp_path: Path, encoding: str) -> None:
    table = TABLE.replace("腾讯", "騰訊") if encoding == "big5" else TABLE  # (Big5 is traditional: stored simplified)
    # A BOM written by hand for the UTF-16 codecs that write none, as Excel writes one.
    raw = (("\ufeff" if encoding in ("utf-16-le", "utf-16-be") else "") + table).encode(encoding)
    source = tmp_path / "terms.txt"
    source.write_bytes(raw)
    by_name, by_pipe = tmp_path / "a.json", tmp_path / "b.json"
    named = subprocess.run(
        [zhgloss_exe, "import", str(source), "--format", "tsv", "--db", str(by_name)], capture_output=True
    )
    assert named.returncode == 0, named.stderr.decode()
    piped = run(zhgloss_exe, "import", "-", "--format", "tsv", "--db", str(by_pipe), data=raw)
    assert piped.returncode == 0, piped.stderr.decode()
    assert exported(zhgloss_exe, by_pipe) == exported(zhgloss_exe, by_name) == [("小米", "Xiaomi"), ("腾讯", "Tencent")]
    if encoding != "utf-8-sig":
        assert b"note: stdin is not UTF-8; read it as" in piped.stderr


def test_harvest_from_stdin_reads_utf16(zhgloss_exe: str, tmp_path: Path) -> None:
    text = "Xiaomi founder Lei Jun (雷军) said on Monday.\n"
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    utf8 = run(zhgloss_exe, "harvest", "-", "--json", "--db", str(db), data=text.encode("utf-8"))
    utf16 = run(zhgloss_exe, "harvest", "-", "--json", "--db", str(db), data=text.encode("utf-16"))
    assert utf16.returncode == utf8.returncode
    assert utf16.stdout == utf8.stdout
    assert "雷军" in utf16.stdout.decode()


def test_a_query_from_stdin_may_be_utf16(zhgloss_exe: str) -> None:
    done = run(zhgloss_exe, "lookup", "-", "--field", "en", data="雷军\n".encode("utf-16"))
    assert (done.returncode, done.stdout.decode().strip()) == (0, "Lei Jun")


def test_a_query_in_another_encoding_is_refused_with_what_to_do(zhgloss_exe: str) -> None:
    done = run(zhgloss_exe, "lookup", "-", data="雷军\n".encode("gb18030"))
    assert done.returncode == 3
    (line,) = done.stderr.decode().strip().splitlines()
    assert "is not UTF-8" in line and "convert it to UTF-8" in line
    assert "Traceback" not in done.stderr.decode()
