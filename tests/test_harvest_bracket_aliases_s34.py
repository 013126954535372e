"""harvest: an English item beside the Chinese in a bracket is an alias only if it is another name of the same one
(s34, found testing U33-12's role items): "Li Bin (李斌, NIO)" stored "NIO" as Li Bin's alias and "Tencent (腾讯, Hong
Kong)" "Hong Kong" as Tencent's, so that check then passed "NIO" as a rendering of 李斌. A country or region is no other
name of anything but a country; a person's other name is a name of two words or more, no acronym or organisation
word. What is left goes to the note. On the parent 6eaed51, 6 of this file's 9 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "besides"),
    [
        ("Li Bin (李斌, NIO) spoke at the launch.", "李斌", "NIO"),
        ("Zhang Yiming (张一鸣, ByteDance) stepped down.", "张一鸣", "ByteDance"),
        ("Lei Jun (雷军, Xiaomi Corp) spoke.", "雷军", "Xiaomi Corp"),
        ("Tencent (腾讯, Hong Kong) shares rose.", "腾讯", "Hong Kong"),
        ("Samsung (三星, South Korea) shares rose.", "三星", "South Korea"),
        ("Wang Chuanfu (王传福, BYD) spoke first.", "王传福", "BYD"),
    ],
)
def test_what_is_no_other_name_is_no_alias(line: str, zh: str, besides: str) -> None:
    (proposal,) = harvest(line, [])
    assert proposal.zh == zh
    assert besides not in proposal.entry.aliases
    assert besides in (proposal.entry.note or "")


@pytest.mark.parametrize(
    ("line", "zh", "alias"),
    [
        ("NetEase founder Ding Lei (丁磊, William Ding) spoke.", "丁磊", "William Ding"),
        ("Tencent founder Ma Huateng (马化腾, Pony Ma) spoke.", "马化腾", "Pony Ma"),
        ("South Korea (韩国, Republic of Korea) said.", "韩国", "Republic of Korea"),
    ],
)
def test_another_name_is_an_alias(line: str, zh: str, alias: str) -> None:
    (proposal,) = harvest(line, [])
    assert proposal.zh == zh
    assert alias in proposal.entry.aliases
