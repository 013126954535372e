"""harvest: the short form a bracket says the text calls a name by is the entry's Chinese alias (s32, U30-47).

"字节跳动（ByteDance，以下简称“字节”）" proposed 字节跳动 ByteDance with no alias: "以下简称“字节”" ("hereinafter 字节")
was passed over. Chinese copy writes it so for companies and bodies (以下简称, 简称, 下称); the short form is the
entry's Chinese alias when it starts as the name does and is made of its characters in order, so a word the copy
merely calls it by ("公司", "央行") is not taken.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "short"),
    [
        ("字节跳动（ByteDance，以下简称“字节”）发布了新模型。", "字节跳动", "ByteDance", ("字节",)),
        ("阿里巴巴集团（Alibaba Group，简称“阿里”）宣布回购。", "阿里巴巴集团", "Alibaba Group", ("阿里",)),
        (
            "国家开发银行（China Development Bank，下称“国开行”）称。",
            "国家开发银行",
            "China Development Bank",
            ("国开行",),
        ),
        ("ByteDance (字节跳动，以下简称“字节”) said it would appeal.", "字节跳动", "ByteDance", ("字节",)),
        ("中国人民银行（People's Bank of China，下称“央行”）称。", "中国人民银行", "People's Bank of China", ()),
    ],
)
def test_the_short_form_is_a_chinese_alias(line: str, zh: str, en: str, short: tuple[str, ...]) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, proposal.en, proposal.entry.zh_aliases) == (zh, en, short)
