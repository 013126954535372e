"""`annotate FILE` detects a file's encoding as `harvest` and `check` do (U34-19: a GB18030 or Big5 article was "not
valid utf-8 … pass the right --encoding", exit 3, where harvest and check read the same file); standard input still
streams as UTF-8 unless --encoding says otherwise (a `tail -f` pipe must not wait for a head to detect).

Real files written in each encoding by Python's codecs; the console script runs in a subprocess on the bundled
glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ARTICLE = "小米创始人雷军辞任金山软件执行董事，王翔出任总裁。\n"
GLOSSED = "小米（Xiaomi）创始人雷军（Lei Jun）辞任金山软件（Kingsoft）执行董事，王翔（Wang Xiang）出任总裁。\n"
TRADITIONAL = "小米創辦人雷軍辭任金山軟件執行董事。\n"


def _annotate(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, "annotate", *args], input=stdin, capture_output=True, timeout=120, check=False)


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-8-sig"])
def test_a_files_encoding_is_detected_and_kept_in_the_output(tmp_path: Path, zhgloss_exe: str, codec: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(codec))
    done = _annotate(zhgloss_exe, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode(codec) == GLOSSED  # a pipe keeps the input's encoding, as with --encoding CODEC


def test_a_big5_file_is_read_as_big5(tmp_path: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    done = _annotate(zhgloss_exe, str(path), "--output-encoding", "utf-8")
    assert done.returncode == 0, done.stderr
    assert "雷軍（Lei Jun）" in done.stdout.decode("utf-8")


def test_the_encoding_given_still_decides(tmp_path: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("gb18030"))
    done = _annotate(zhgloss_exe, str(path), "--encoding", "utf-8")
    assert done.returncode == 3
    assert "is not valid utf-8" in done.stderr.decode()


def test_standard_input_streams_as_utf8(zhgloss_exe: str) -> None:
    done = _annotate(zhgloss_exe, "-", stdin=ARTICLE.encode("gb18030"))
    assert done.returncode == 3
    assert "pass the right --encoding" in done.stderr.decode()
    assert _annotate(zhgloss_exe, "-", "--encoding", "gb18030", stdin=ARTICLE.encode("gb18030")).returncode == 0
    assert _annotate(zhgloss_exe, "-", stdin=ARTICLE.encode("utf-8")).stdout.decode() == GLOSSED


def test_a_utf8_file_with_a_stray_byte_is_named_by_its_byte(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R12: the detection's "cannot detect its encoding" named neither the byte nor where it is.
    path = tmp_path / "stray.txt"
    raw = ARTICLE.encode("utf-8")
    path.write_bytes(raw[:9] + b"\xe9" + raw[9:])
    done = _annotate(zhgloss_exe, str(path))
    assert done.returncode == 3
    assert "is not valid utf-8: cannot decode byte 9" in done.stderr.decode()
