"""How two plain-text files are aligned for `check` (formats.bilingual.iter_parallel), and the wrong direction.

Tester finding (s34): a translation saved with trailing blank lines against a source without them was refused as
misaligned, and a paragraph break on one side only shifted or refused the rest. The rule: trailing blank lines are no
segments; where one file has a blank line and the other text, the files are paired line by line if they then have as
many lines (a blank translation: not translated yet), else their lines with text in order (a one-sided paragraph
break), else they are misaligned. R35-rel-1: English sources against Chinese translations are a usage error (exit 2).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError, UsageError
from zhgloss.formats.bilingual import MisalignedError, load_parallel

SOURCE = ["雷军表示。", "马化腾表示。", "张一鸣说。"]
TARGET = ["Lei Jun said.", "Pony Ma said.", "Zhang Yiming said."]


def pairs(source: str, target: str) -> list[tuple[int, str, str | None]]:
    """The segments with text on either side (a line blank on both sides is an empty segment, as it always was)."""
    segments = load_parallel(io.BytesIO(source.encode()), io.BytesIO(target.encode()), "s.zh", "t.en")
    return [
        (segment.number, segment.source, segment.target)
        for segment in segments
        if segment.source.strip() or (segment.target or "").strip()
    ]


def lines(texts: list[str], breaks: list[int], trailing: int) -> str:
    """`texts` a line each, a blank line before each index in `breaks`, `trailing` blank lines at the end."""
    out: list[str] = []
    for at, text in enumerate(texts):
        out += [""] * breaks.count(at) + [text]
    return "".join(line + "\n" for line in out + [""] * trailing)


EXPECTED = [(number, zh, en) for number, (zh, en) in enumerate(zip(SOURCE, TARGET, strict=True), 1)]


@pytest.mark.parametrize("trailing", [(0, 2), (2, 0), (1, 3), (0, 1)])
def test_trailing_blank_lines_are_no_segments(trailing: tuple[int, int]) -> None:
    assert pairs(lines(SOURCE, [], trailing[0]), lines(TARGET, [], trailing[1])) == EXPECTED


@given(
    st.lists(st.integers(1, 2), max_size=3),
    st.lists(st.integers(1, 2), max_size=3),
    st.integers(0, 3),
    st.integers(0, 3),
)
def test_paragraph_breaks_on_one_side_keep_every_pair(
    source_breaks: list[int], target_breaks: list[int], source_trailing: int, target_trailing: int
) -> None:
    """Blank lines between segments, on either side, in any number, never pair a sentence with another's translation."""
    got = pairs(lines(SOURCE, source_breaks, source_trailing), lines(TARGET, target_breaks, target_trailing))
    texts = [(zh, en) for _, zh, en in got if zh.strip() or (en or "").strip()]
    assert texts == list(zip(SOURCE, TARGET, strict=True))


def test_a_one_sided_break_numbers_segments_by_the_source() -> None:
    got = pairs(lines(SOURCE, [1], 0), lines(TARGET, [], 0))
    assert [number for number, _, _ in got] == [1, 3, 4]


def test_a_blank_translation_of_a_line_stays_that_lines() -> None:
    """As many lines on both sides: the blank translation is segment 2 not translated, the rest still paired."""
    got = pairs(lines(SOURCE, [], 0), "Lei Jun said.\n\nZhang Yiming said.\n")
    assert got == [(1, SOURCE[0], TARGET[0]), (2, SOURCE[1], ""), (3, SOURCE[2], TARGET[2])]


def test_files_with_other_counts_of_text_are_misaligned() -> None:
    with pytest.raises(MisalignedError, match=r"has 2 lines but the source 's.zh' has 3 lines"):
        pairs(lines(SOURCE, [], 1), "Lei Jun said.\nPony Ma said.\n\n")


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_check_of_a_translation_with_trailing_blank_lines(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    for zh, en in (("雷军", "Lei Jun"), ("马化腾", "Ma Huateng")):
        assert run(zhgloss_exe, "add", zh, "--en", en, "--type", "person", "--db", str(db)).returncode == 0
    (tmp_path / "s.zh").write_text(lines(SOURCE, [], 0), encoding="utf-8")
    (tmp_path / "t.en").write_text(lines(["Lei Jun said.", "Ma Huatang said.", "Zhang Yiming said."], [], 3))
    done = run(zhgloss_exe, "check", str(tmp_path / "s.zh"), str(tmp_path / "t.en"), "--db", str(db))
    assert "misaligned" not in done.stderr and "must be aligned" not in done.stderr
    assert "2:" in done.stdout and "马化腾" in done.stdout  # the misspelling is blamed on its own segment


def test_an_english_source_is_a_usage_error(tmp_path: Path, zhgloss_exe: str) -> None:
    (tmp_path / "e.en").write_text("Xi Jinping met Vladimir Putin.\n", encoding="utf-8")
    (tmp_path / "e.zh").write_text("习近平会见普京。\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    done = run(zhgloss_exe, "check", str(tmp_path / "e.en"), str(tmp_path / "e.zh"), "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert "pass the Chinese file first" in done.stderr


def test_the_wrong_direction_is_both_kinds_of_error() -> None:
    from zhgloss.formats.bilingual import WrongDirectionError

    assert issubclass(WrongDirectionError, FormatError) and issubclass(WrongDirectionError, UsageError)
