"""The finder of unknown names reads a chief officer's title as a title (the user's U37-11: 首席财务官王华 was read
官王华 〔Guān Wánghuá?〕), and a company's word with 云 or 网 after it as its online service, not a person (issue 9:
金山云第二季度亏损收窄 proposed 〔Jīn Shānyún?〕).

A company's officers are titled 首席 + the office's field + 官 (首席执行官, 首席财务官 CFO, 首席运营官 COO, 首席技术官,
首席信息官, 首席人力资源官), a pattern rather than a list; 官 is a surname too (官 Guan), and the finder took the
title's last character for one where the title was not listed. A company names its cloud and its portal by its name and
云 or 网 (阿里云, 腾讯云, 金山云 Kingsoft Cloud, 新浪网); 云 is a given name's character as well (马云, 李晓云), which
keep their reading where the characters before it are no word. The user's lines (/tmp/u37/t/f8.txt) and my own.
"""

from __future__ import annotations

import pytest

from zhgloss.unknown import NameFinder

FINDER = NameFinder()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the user's lines (U37-11) and the other chief officers
        ("公司首席财务官王华先生出席。", ["王华"]),
        ("首席运营官李明表示。", ["李明"]),
        ("首席执行官王华表示。", ["王华"]),
        ("公司首席人力资源官陈静女士表示。", ["陈静"]),
        ("首席营销官赵刚宣布。", ["赵刚"]),
        # a company's online service is no person; a person whose given name holds 云 or 网 still is
        ("金山云第二季度亏损收窄。", []),
        ("京东云宣布降价。", []),
        ("金山雲第二季度虧損收窄。", []),
        ("王山云发布第三季度财报。", ["王山云"]),
        ("李晓云教授说。", ["李晓云"]),
    ],
)
def test_officers_and_services(text: str, names: list[str]) -> None:
    assert [found.surface for found in FINDER.find(text)] == names
