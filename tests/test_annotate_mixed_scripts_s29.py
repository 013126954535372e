"""A name written in both scripts at once is found: 劉强東 is 刘强东, as lookup finds it (issue 9).

Text converted by halves, or typed with two input methods, mixes the scripts inside one name: 劉强東 (劉 and 東
traditional, 强 simplified) is neither the simplified 刘强东 nor the traditional 劉強東, and annotate glossed nothing
there while `lookup 劉强東` found Liu Qiangdong (the brief of gls, twenty-ninth session). A character that only
traditional script writes is read as its simplified form (t2s.txt), where the text's own matches leave room; one that
standard simplified script writes too (乾 of 乾隆: kept_characters.tsv) is not. The glossaries are real CC-CEDICT lines
(CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz, and the bundled glossary.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed
from strategies import ENTRIES

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
毛澤東 毛泽东 [Mao2 Ze2 dong1] /Mao Zedong (1893-1976), Chinese communist leader/
溫家寶 温家宝 [Wen1 Jia1 bao3] /Wen Jiabao (1942-), Premier of PRC from 2003-2013/
馬來西亞 马来西亚 [Ma3 lai2 xi1 ya4] /Malaysia/
馬化騰 马化腾 [Ma3 Hua4 teng2] /Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/
乾隆 乾隆 [Qian2 long2] /Qianlong Emperor (1711-1799), sixth Qing emperor, princely title 寶親王|宝亲王[Bao3 Qin1 \
wang2], personal name 弘曆|弘历[Hong2 li4], reigned 1735-1799/
"""
CEDICT = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))
BUNDLED = Annotator(ENTRIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # my own: names in both scripts at once, beside simplified and traditional text
        ("毛泽東在延安写下了这篇文章。", ["毛泽東"]),
        ("溫家宝总理访问了马来西亚。", ["溫家宝", "马来西亚"]),
        ("馬來西亚总理与馬化腾会面。", ["馬來西亚", "馬化腾"]),
        # written in one script: as before
        ("毛泽东在延安。", ["毛泽东"]),
        ("毛澤東在延安。", ["毛澤東"]),
        # 乾 is a simplified character too: 乾隆 stays 乾隆, not 干隆
        ("乾隆皇帝下江南。", ["乾隆"]),
        ("乾隆皇帝於是下江南。", ["乾隆"]),
    ],
)
def test_a_name_in_both_scripts_is_found(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


def test_liu_qiangdong_in_both_scripts_is_found_as_lookup_finds_him() -> None:
    # the brief's instance (main 7051b11): 劉强東 of the bundled glossary's 刘强东
    mentions = BUNDLED.mentions("京東集團創始人劉强東表示，京東將擴大配送網絡。")
    assert [(m.surface, m.entry.en) for m in mentions if m.entry.type == "person"] == [("劉强東", "Liu Qiangdong")]


def test_a_name_in_both_scripts_is_glossed_once() -> None:
    once = BUNDLED.annotate("創始人劉强東表示")
    assert once == "創始人劉强東（Liu Qiangdong）表示"
    assert BUNDLED.annotate(once) == once
