"""harvest: in traditional-character copy the title before a name is read as in simplified (U33-28):
"台積電董事長魏哲家（C.C. Wei）" gave 长魏哲家 (董事長 is no title of the list, which is simplified, so its 長 opened
the name), "與財政司司長陳茂波（Paul Chan）" gave 与财政司司长陈茂波, "台積電創辦人張忠謀（Morris Chang）" the whole
run. The titles and words are read on the run's simplified form; the name is cut where the simplified reading cuts it.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `張忠謀 张忠谋 /Morris Chang (1931-), Taiwanese businessman, founder of TSMC/`;
C.C. Wei (魏哲家), TSMC's chairman; Paul Chan (陈茂波), Hong Kong's financial secretary; Young Liu (刘扬伟), Foxconn's
chairman; Jensen Huang (黄仁勋), Nvidia's chief executive.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("台積電董事長魏哲家（C.C. Wei）表示。", "魏哲家", "C.C. Wei"),
        ("他與財政司司長陳茂波（Paul Chan）會面。", "陈茂波", "Paul Chan"),
        ("鴻海董事長劉揚偉（Young Liu）表示。", "刘扬伟", "Young Liu"),
        ("輝達執行長黃仁勳（Jensen Huang）抵台。", "黄仁勋", "Jensen Huang"),
        ("台積電創辦人張忠謀（Morris Chang）出席。", "张忠谋", "Morris Chang"),
        ("台积电董事长魏哲家（C.C. Wei）表示。", "魏哲家", "C.C. Wei"),
    ],
)
def test_traditional_title_is_cut_as_the_simplified(line: str, zh: str, en: str) -> None:
    (proposal,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (proposal.zh, proposal.entry.en, proposal.entry.type) == (zh, en, "person")
