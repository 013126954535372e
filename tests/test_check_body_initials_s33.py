"""check: a body's organ written with the body's initials before it ("CPC Central Committee", "NPC Standing
Committee") renders CC-CEDICT's "Central Committee of the Communist Party of China" (issue 9: check must not fail a
right translation).

Xinhua, Reuters and the AP write a party's or a congress's organ with its initials first; check read "Central
Committee" as CC-CEDICT's 中央委员会 and reported 中共中央 `missing`, failing the check, and so with "NPC" for
全国人大常委会. The initials are the body's own (`check.initials`) or an all-capitals alias of the entry whose
English is the body (中共's "CCP"; `Checker._rendered_by_body_initials`). The organ must be the entry's: "CPC Standing
Committee" is no rendering of the Central Committee. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_body_initials_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_body_initials_s33.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "中共中央总书记习近平主持会议。",
            "Xi Jinping, general secretary of the CPC Central Committee, presided over the meeting.",
        ),
        ("中共中央发出通知。", "The CCP Central Committee issued a notice."),
        ("全国人大常委会通过了这部法律。", "The NPC Standing Committee adopted the law."),
        # the full name, as before
        ("中共中央发出通知。", "The Central Committee of the Communist Party of China issued a notice."),
    ],
)
def test_the_bodys_initials_before_its_organ(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    "target",
    ["The CPC Standing Committee issued a notice.", "The NPC Central Committee issued a notice."],
)
def test_another_organ_or_another_bodys_initials_is_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("中共中央发出通知。", target)])
    assert any(line.startswith("1: missing 中共中央") for line in lines), lines
