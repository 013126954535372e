"""`zhgloss check` reads TSV exports with more than two columns: an id before, a status or comment after.

A user test (fourteenth session) had `check` refuse a three-column TSV ("has 3 tab-separated columns; expected 2").
CAT tools and spreadsheets export id, source, target and status columns; the source and target are found by a
header row, else by script (the one column with Chinese, and the column after it), else the file is refused
with its line and what to add.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats.bilingual import load_tsv


def _pairs(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(s.source, s.target, s.line) for s in load_tsv(io.BytesIO(text.encode("utf-8")), "job.tsv")]


@pytest.mark.parametrize(
    "text",
    [
        "1\t雷军说。\tLei Jun said.\n2\t王翔说。\tWang Xiang said.\n",  # id, source, target
        "雷军说。\tLei Jun said.\tok\n王翔说。\tWang Xiang said.\treviewed\n",  # source, target, status
        "id\tsource\ttarget\tstatus\n1\t雷军说。\tLei Jun said.\tok\n2\t王翔说。\tWang Xiang said.\t\n",
        "English\tNotes\tChinese\nLei Jun said.\tsee 雷军\t雷军说。\nWang Xiang said.\t\t王翔说。\n",  # named
        "zh\ten\n雷军说。\tLei Jun said.\n王翔说。\tWang Xiang said.\n",
    ],
)
def test_source_and_target_columns_are_found(text: str) -> None:
    pairs = [(source, target) for source, target, _ in _pairs(text)]
    assert pairs == [("雷军说。", "Lei Jun said."), ("王翔说。", "Wang Xiang said.")]


def test_lines_count_the_header() -> None:
    assert [line for *_, line in _pairs("id\tsource\ttarget\n\n1\t雷军说。\tLei Jun said.\n")] == [3]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Two columns with Chinese (a comment in Chinese): which is the source?
        (
            "1\t雷军说。\tLei Jun said.\t已审校\n",
            "'job.tsv', line 1: has 4 tab-separated columns that no header names; add a first row naming them "
            "(source and target, e.g. id<TAB>source<TAB>target)",
        ),
        # The Chinese column is the last: no target after it.
        (
            "1\tLei Jun said.\t雷军说。\n",
            "'job.tsv', line 1: has 3 tab-separated columns that no header names; add a first row naming them "
            "(source and target, e.g. id<TAB>source<TAB>target)",
        ),
        (
            "source\tnote\tstatus\n雷军说。\tx\tok\n",
            "'job.tsv', line 1: has a header row with no target column; name it target, en or translation",
        ),
        (
            "1\t雷军说。\tLei Jun said.\n2\t王翔说。\tWang Xiang said.\tok\n",
            "'job.tsv', line 2: has 4 tab-separated columns; expected 3, as in line 1",
        ),
    ],
)
def test_columns_that_cannot_be_told_apart_are_refused(text: str, message: str) -> None:
    with pytest.raises(FormatError) as info:
        _pairs(text)
    assert str(info.value) == message


def test_the_cli_checks_a_three_column_file_and_refuses_an_ambiguous_one(zhgloss_exe: str, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.tsv", tmp_path / "bad.tsv"
    good.write_text("1\t雷军说。\tJun Lei said.\n", encoding="utf-8")
    bad.write_text("1\t雷军说。\tLei Jun said.\t已审校\n", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(good)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (1, '1: order 雷军: found "Jun Lei", expected "Lei Jun"\n')
    done = subprocess.run([zhgloss_exe, "check", str(bad)], capture_output=True, text=True, check=False)
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "no header names" in done.stderr and "Traceback" not in done.stderr


@given(
    st.integers(0, 3),
    st.integers(0, 3),
    st.lists(st.sampled_from(["雷军说。", "王翔在场。", "邹涛领导金山软件。"]), min_size=1, max_size=4),
)
def test_the_chinese_column_is_the_source_wherever_it_stands(before: int, after: int, sources: list[str]) -> None:
    # Columns before the source are ids, after the target statuses: Latin or digits, never Chinese.
    rows = [
        "\t".join([*(f"{n}" for n in range(before)), zh, f"Line {i}.", *("ok" for _ in range(after))])
        for i, zh in enumerate(sources)
    ]
    pairs = _pairs("\n".join(rows) + "\n")
    assert [(source, target) for source, target, _ in pairs] == [(zh, f"Line {i}.") for i, zh in enumerate(sources)]
