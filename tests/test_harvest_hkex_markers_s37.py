"""harvest: HKEX's marker after a stock's short name (-W weighted voting rights, -S secondary listing, -SW, -B a
Chapter 18A biotech) is no part of the company's name (the user's U37-32, s37): "美团-W（Meituan，3690.HK）" gave no
美团 pair and a code of "an unnamed company". On the parent e5bc671, both of this file's tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "code"),
    [
        ("美团-W（Meituan，3690.HK）今日股价上涨。", "美团", "Meituan", "3690.HK"),
        ("小米集团-W（Xiaomi Corporation，01810.HK）公布业绩。", "小米集团", "Xiaomi Corporation", "01810.HK"),
    ],
)
def test_an_hkex_marker_after_the_short_name_is_no_part_of_it(line: str, zh: str, en: str, code: str) -> None:
    proposals = harvest(line, [])
    (named,) = [p for p in proposals if p.kind == "name"]
    (ticker,) = [p for p in proposals if p.kind == "ticker"]
    assert (named.zh, named.entry.en, named.entry.type) == (zh, en, "org")
    assert (ticker.en, ticker.entry.refers_to) == (code, named.entry.id)
