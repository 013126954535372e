"""check: two places the source writes apart are not `missing` where the translation's "X and Y" is also the English
of a pair CC-CEDICT lists as one name (issue 9: check must not fail a right translation).

CC-CEDICT has pairs of places as names of their own: 港澳 "Hong Kong and Macao", 成渝 "Chengdu and Chongqing", 江浙
"Jiangsu and Zhejiang", 京津 "Beijing and Tianjin". The target matcher took the longest form, so the right
translation of 成都和重庆 ("Chengdu and Chongqing") left both cities `missing` and failed the check. Where the source
names no such pair, a target mention whose form is "X and Y" is read as X and Y (`Checker._without_joined`); where it
does (港澳居民), the pair is the rendering, as before. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_joined_places_s33.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_joined_places_s33.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("他在香港和澳门工作过。", "He has worked in Hong Kong and Macao."),
        ("成都和重庆两地加强合作。", "Chengdu and Chongqing are stepping up cooperation."),
        ("江苏和浙江经济发达。", "Jiangsu and Zhejiang have developed economies."),
        ("北京和天津距离很近。", "Beijing and Tianjin are close to each other."),
        # the pair itself, written as one name in the source
        ("港澳居民可以申请。", "Hong Kong and Macao residents may apply."),
    ],
)
def test_two_places_and_their_joined_name(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("成都和天津两地加强合作。", "Chengdu and Chongqing are stepping up cooperation.", "天津"),
        ("北京和天津距离很近。", "Beijing and Shanghai are close to each other.", "天津"),
    ],
)
def test_a_wrong_city_is_still_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, missing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: missing {missing}") for line in lines), lines
