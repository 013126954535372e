"""check: a body the source names twice, once in its officer's title and once alone, is rendered by the title and
by its name whichever mention the name was paired with (issue 9: check must not fail a right translation).

国务院总理李强主持召开国务院常务会议 / "Premier Li Qiang chaired an executive meeting of the State Council." was
`missing 国务院 … (the source names it 2 times, the translation 1)`: "State Council" was paired with the first 国务院,
the one the title 国务院总理 holds, and the second, which no title follows, was left without a rendering. The title
now renders whichever mention of the body it follows (`Checker._rendered_by_title`); a translation that drops one
of them is still `missing`. Fixture: CC-CEDICT's own lines (tests/data/cedict_check_titled_twice_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_titled_twice_s33.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "国务院总理李强主持召开国务院常务会议。",
            "Premier Li Qiang chaired an executive meeting of the State Council.",
        ),
        ("国务院副总理出席国务院会议。", "The vice premier attended a State Council meeting."),
    ],
)
def test_the_title_and_the_name_render_both_mentions(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    "target",
    [
        "Premier Li Qiang chaired an executive meeting.",
        "Li Qiang chaired an executive meeting of the State Council.",
    ],
)
def test_one_rendering_for_two_mentions_is_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("国务院总理李强主持召开国务院常务会议。", target)])
    assert [line.split(":")[:2] for line in lines] == [["1", " missing 国务院"]], lines
