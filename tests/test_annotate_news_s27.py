"""The nonsense the full CC-CEDICT names glossary glossed in this session's wire lines is gone (issue 9).

tests/data/cedict_names_news_sweep27.txt holds 216 lines of wire copy; each case below is a gloss judged nonsense on
main d203f54 (or, for the later batches, on the commit before their fix), with the words of its line it sat in and the
glosses those words get now, each checked by hand: none where the place or the sense was wrong, the place where it is
meant. The rules are `zhgloss.glossrules`' (see tests/test_annotate_*_s27.py for each, on a small glossary).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import glossed_at, sweep_glosses

SWEEP = "cedict_names_news_sweep27.txt"


@pytest.fixture(scope="module")
def glosses(shared_dir: Path) -> dict[str, list[tuple[int, int]]]:
    return sweep_glosses(shared_dir, SWEEP)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("贵州茅台公告", []),  # Kweichow Moutai, neither Guizhou nor the town of Maotai
        ("贵州茅台晚间公告", []),
        ("长江实业", []),  # Cheung Kong (Holdings), not the Yangtze
        ("广州恒大在天河体育场", ["广州"]),  # the stadium of Tianhe district, not of the Milky Way
        ("天河体育场周六", []),
        ("武汉天河国际机场", ["武汉"]),
        ("中国建筑中标", []),  # China State Construction
        ("中国中铁在雅加达", ["雅加达"]),  # China Railway
        ("宁德时代与福特汽车", ["福特汽车"]),  # CATL
        # places meant, kept
        ("宁德市政府发布", ["宁德市"]),
        ("福建宁德一家电池工厂", ["福建", "宁德"]),
        ("瑞士央行表示", ["瑞士"]),
        ("大运河文化带", ["大运河"]),
        ("广州市天河区政府", ["广州市", "天河区"]),
    ],
)
def test_the_sweeps_nonsense_is_gone_and_the_places_stay(
    glosses: dict[str, list[tuple[int, int]]], words: str, expected: list[str]
) -> None:
    assert glossed_at(glosses, words) == expected
