"""A newspaper is an organisation, one kind for all of them (thirtieth session; the tester's T7: 金融时报 "Financial
Times", 北京晚报 "Beijing Evening News", 环球时报 "Global Times" ... were `name`, 华尔街日报 "Wall Street Journal" and
世界日报 `work`, while 人民日报 and "(newspaper)" lines were `org`).

A headword ending on 报 whose English ends on a newspaper's word (Daily, Times, Post, News, Journal, Herald,
Tribune, Zeitung ...) is `org`, whatever kind the line's words said. Not a 报 of another kind ("Journal" of a
headword that writes no 报, a report).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "金融時報 金融时报 [Jin1 rong2 Shi2 bao4] /Financial Times/\n"
    "北京晚報 北京晚报 [Bei3 jing1 Wan3 bao4] /Beijing Evening News/\n"
    "華爾街日報 华尔街日报 [Hua2 er3 jie1 Ri4 bao4] /Wall Street Journal/\n"
    "法蘭克福匯報 法兰克福汇报 [Fa3 lan2 ke4 fu2 Hui4 bao4] /Frankfurter Allgemeine Zeitung/\n"
    "人民日報 人民日报 [Ren2 min2 Ri4 bao4] /People's Daily (PRC newspaper)/\n"
)
# Lines of my own of the same shape, and a control.
OWN = (
    "南海晚報 南海晚报 [Nan2 hai3 Wan3 bao4] /Nanhai Evening Post/\n"
    "東亞時報 东亚时报 [Dong1 ya4 Shi2 bao4] /East Asia Times/\n"
    "李頓報告 李顿报告 [Li3 dun4 Bao4 gao4] /Lytton Report (1932)/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    "zh", ["金融时报", "北京晚报", "华尔街日报", "法兰克福汇报", "人民日报", "南海晚报", "东亚时报"]
)
def test_a_newspaper_is_an_org(zh: str) -> None:
    assert KINDS[zh][0] == "org", KINDS[zh]


def test_a_report_is_no_newspaper() -> None:
    assert KINDS["李顿报告"][0] != "org", KINDS["李顿报告"]
