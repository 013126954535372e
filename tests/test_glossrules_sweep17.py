"""The seventeenth session's held-out news sweep with the full CC-CEDICT names glossary (issue 9).

tests/data/cedict_names_news_sweep17.txt holds 30 paragraphs written before any of the session's changes; every gloss
of the CC-CEDICT names glossary was judged by hand (on main's import of the session's end: 65 glosses, 10 wrong,
before the session's gloss rules; 56 glosses, 1 wrong after: 泸州 of 泸州老窖). The wrong glosses the rules removed stay
removed, and the names around them stay glossed, with the real glossary (import --proper-only of
../shared/data/cedict_ts.u8.gz), not a fixture of a few lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import glossed_at, sweep_glosses


@pytest.fixture(scope="module")
def glosses(shared_dir: Path) -> dict[str, list[tuple[int, int]]]:
    """Each prose line of the sweep file and the spans the CC-CEDICT names glossary glosses in it, in order."""
    return sweep_glosses(shared_dir, "cedict_names_news_sweep17.txt")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # Places that start a company's name: Kweichow Moutai, CATL, PetroChina, Shanghai Electric, China Mobile.
        ("贵州茅台发布公告称", []),
        ("宁德时代与一汽集团签署", []),
        ("中国石油天然气集团有限公司与沙特阿美公司在北京签署", ["北京"]),
        ("中国石油方面表示", []),
        ("上海电气发布公告", []),
        ("中国移动公布前三季度经营数据", []),
        # The club Shandong Taishan: neither Mount Tai nor the province (s19); the side of a province stays.
        ("山东泰山队则以一比一战平浙江队", ["浙江"]),
        # Germany's CDU, not the China Democratic League.
        ("基民盟主席默茨", []),
        # Names around them stay.
        ("腾讯董事会主席马化腾表示", ["腾讯", "马化腾"]),
        ("中国女排主教练蔡斌宣布离任", ["中国"]),
        ("张艺谋执导的《第二十条》", ["张艺谋"]),
        ("美团与快手宣布达成战略合作", ["快手"]),
    ],
)
def test_the_sweeps_wrong_glosses_stay_removed(
    glosses: dict[str, list[tuple[int, int]]], words: str, expected: list[str]
) -> None:
    assert glossed_at(glosses, words) == expected
