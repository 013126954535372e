"""A transliterated name glued inside a longer personal name is no name there (issue 9, s11): 林肯 in 布林肯.

The glossary is CC-CEDICT's lines for the forms concerned (tests/data/cedict_foreign_inside.u8); the sentences
are the dev news of tests/data/unknown_names*.tsv, where each dropped form was glossed as nonsense with the full
CC-CEDICT names glossary ("Lincoln" in 美国国务卿布林肯, "Dior" in 瓜迪奥拉).
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

DATA = Path(__file__).resolve().parent / "data"
ENTRIES = list(
    load_cedict(io.StringIO((DATA / "cedict_foreign_inside.u8").read_text(encoding="utf-8")), proper_only=True)
)


@lru_cache(maxsize=1)
def annotator() -> Annotator:
    return Annotator(ENTRIES)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("美国国务卿布林肯结束了对北京的访问。", ["北京"]),  # Blinken, not Lincoln
        ("曼城主帅瓜迪奥拉表示，球队需要更多时间磨合。", ["曼城"]),  # Guardiola, not Dior
        ("瓜迪奥拉带领曼城再次夺得联赛冠军。", ["曼城"]),
        ("据巴拉克罗夫介绍，会谈很顺利。", []),  # Barraclough, not Barack
        ("斯蒂芬·库里和勒布朗·詹姆斯在巴黎奥运会上随美国男篮夺冠。", ["詹姆斯", "巴黎"]),  # LeBron, not Brown
        ("美国商务部长卢特尼克在国会听证会上回答了议员的提问。", []),  # Lutnick, not Nick
        ("节目中，撒贝宁向嘉宾提出了几个问题。", []),  # Sa Beining, not Benin
        ("1958年，库尔班·吐鲁木在北京受到了毛泽东主席的接见。", ["北京", "毛泽东"]),  # Kurban Tulum, not Chur
        ("美國國務卿布林肯結束了對北京的訪問。", ["北京"]),  # traditional characters
    ],
)
def test_a_name_inside_a_longer_personal_name_is_not_glossed(sentence: str, names: list[str]) -> None:
    assert [m.surface for m in annotator().mentions(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("美国前总统林肯在葛底斯堡发表了演说。", ["林肯"]),  # no longer name
        ("郑钦文在巴黎奥运会女单决赛中获胜。", ["巴黎"]),  # 巴黎 before 奥运会: no personal name holds it
        ("他在贝宁和尼日利亚做生意。", ["贝宁"]),
        ("迪奥和香奈儿都推出了新品。", ["迪奥"]),
    ],
)
def test_a_transliterated_name_standing_alone_stays_glossed(sentence: str, names: list[str]) -> None:
    assert [m.surface for m in annotator().mentions(sentence)] == names


def test_safe_forms_and_always_gloss_keep_the_match() -> None:
    for flag in ({"safe_forms": ("林肯",)}, {"always_gloss": True}):
        entries = [e.replace(**flag) if e.zh == "林肯" else e for e in ENTRIES]
        assert [m.surface for m in Annotator(entries).mentions("美国国务卿布林肯结束了访问。")] == ["林肯"]


def test_the_rule_is_off_with_the_names_rules_for_benchmarks() -> None:
    fresh = Annotator(ENTRIES)
    fresh.mentions("北京")
    inside = fresh._inside
    assert inside is not None
    inside.inside_names = False
    assert [m.surface for m in fresh.mentions("美国国务卿布林肯结束了访问。")] == ["林肯"]
