"""`check` of two files with as many lines, one blank in the source where the translation has text, says where (the
review's R46-8, session 46).

The source's blank line stands for a blank segment, the translation's text on that line for a translation with no
source: no alignment holds. The refusal said "'b.en': has 3 lines but the source 'b.zh' has 3 lines; the two files
must be aligned" — counts alike, nothing the user could act on; the web page's Check said "the translation has 3
lines but the source has 3". Now both name the line. The installed console script on real files, a real server.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from serving import running_server, zhgloss_exe

SOURCE = "台積電擴產。\n\n聯發科技發布新晶片。\n"
TRANSLATION = "TSMC expands.\nFoxconn is in Zhengzhou.\nMediaTek released a new chip.\n"


def check(tmp_path: Path, source: str, translation: str) -> subprocess.CompletedProcess[str]:
    zh, en = tmp_path / "b.zh", tmp_path / "b.en"
    zh.write_text(source, encoding="utf-8")
    en.write_text(translation, encoding="utf-8")
    return subprocess.run(
        [zhgloss_exe(), "check", str(zh), str(en)], capture_output=True, text=True, check=False, cwd=tmp_path
    )


@pytest.mark.parametrize(
    ("source", "translation", "line"),
    [
        (SOURCE, TRANSLATION, 2),
        ("\n雷军发布新手机。\n王翔表示。\n", "Xiaomi grew.\nLei Jun launched a phone.\nWang Xiang said.\n", 1),
        ("雷军。\n王翔。\n\n小米。\n", "Lei Jun.\nWang Xiang.\nXiaomi grew.\nXiaomi.\n", 3),
    ],
)
def test_a_blank_source_line_facing_text_is_named(tmp_path: Path, source: str, translation: str, line: int) -> None:
    done = check(tmp_path, source, translation)
    assert done.returncode == 3
    assert done.stderr == (
        f"Error: {str(tmp_path / 'b.en')!r}: has text on line {line}, where the source {str(tmp_path / 'b.zh')!r} "
        "has a blank line; the two files must be aligned, one segment per line\n"
    )


def test_counts_that_differ_are_said_as_before(tmp_path: Path) -> None:
    done = check(tmp_path, SOURCE, "TSMC expands.\n")
    assert done.returncode == 3
    assert "has 1 line but the source" in done.stderr and "has 3 lines" in done.stderr


def test_blank_lines_that_leave_the_texts_paired_still_align(tmp_path: Path) -> None:
    # Lines with text pair up when the blank ones differ only at the ends (a trailing or leading blank line): checked.
    done = check(tmp_path, "\n雷军。\n王翔。\n", "Lei Jun.\nWang Xiang.\n\n")
    assert (done.returncode, done.stderr) == (0, "checked 2 segments: no name problems\n")


def test_a_blank_translation_line_is_an_untranslated_segment_not_a_refusal(tmp_path: Path) -> None:
    done = check(tmp_path, SOURCE, "TSMC expands.\n\nMediaTek released a new chip.\n")
    assert done.returncode in (0, 1)  # checked: problems or none, but aligned
    assert "aligned" not in done.stderr


def test_the_web_page_names_the_line_too(tmp_path: Path) -> None:
    with running_server() as server:
        status, data = server.post_json("/api/check", {"source": SOURCE, "translation": TRANSLATION})
    assert status == 422
    assert data["error"] == (
        "'translation': the translation has text on line 2, where the source's line is blank: write one segment a "
        "line in each box, the translation of each source line on the same line"
    )
