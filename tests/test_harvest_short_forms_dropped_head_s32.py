"""harvest: a short form the copy defines that drops a leading 中国 or 国家 is kept, an ordinary word that starts
otherwise is not (the thirty-second session's review, R13 of 1cc8a45).

"中国证券监督管理委员会（CSRC，以下简称“证监会”）" gave no zh alias: only a form starting as the name did was
kept, which stood in for "no common word". Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `证监会 /China Securities
Regulatory Commission (CSRC)/abbr. for 中國證券監督管理委員會/`, `发改委 /abbr. for 国家发展和改革委员会/`; 银保监会 the
CBIRC's usual short form (of 中国银行保险监督管理委员会); 公司 "company" and 集团 "group" are ordinary words.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _aliases(text: str) -> tuple[str | None, tuple[str, ...]]:
    pair = next(p for p in harvest(text, []) if p.kind == "name")
    return pair.zh, tuple(pair.entry.zh_aliases)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("中国证券监督管理委员会（CSRC，以下简称“证监会”）发布了新规。", ("中国证券监督管理委员会", ("证监会",))),
        ("国家发展和改革委员会（NDRC，以下简称“发改委”）发布了新规。", ("国家发展和改革委员会", ("发改委",))),
        (
            "中国银行保险监督管理委员会（CBIRC，以下简称“银保监会”）发布了新规。",
            ("中国银行保险监督管理委员会", ("银保监会",)),
        ),
    ],
)
def test_short_form_without_the_leading_word(line: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert _aliases(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("字节跳动有限公司（ByteDance，以下简称“公司”）发布了公告。", ("字节跳动有限公司", ())),
        ("阿里巴巴集团（Alibaba，以下简称“集团”）发布了公告。", ("阿里巴巴集团", ())),
        ("字节跳动（ByteDance，以下简称“字节”）发布了公告。", ("字节跳动", ("字节",))),
    ],
)
def test_ordinary_word_only_where_it_starts_as_the_name(line: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert _aliases(line) == expected
