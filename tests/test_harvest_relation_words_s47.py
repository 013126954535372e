"""A word that says what a company is to another ends the words before its name (s47, R47-3 addendum 2).

Before, harvest took 旗下 ("under", a group's subsidiary) and the nouns of a company's relations (子公司, 母公司,
合作伙伴, 竞争对手, 投资方, 股东, 客户) into the name after them: '该款车由吉利旗下极氪（Zeekr）生产。' proposed
吉利旗下极氪 "Zeekr", '阿里巴巴子公司软银集团（SoftBank Group）' 阿里巴巴子公司软银集团. They are break words now
(`_ZH_BREAK_WORDS`), as 会见 and 表示 are before a person: the name starts after them, where jieba's counts read
them as a word.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

TAKEN_BEFORE = [
    ("该款车由吉利旗下极氪（Zeekr）生产。", "极氪"),  # the review's
    ("业内人士说，旗下软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，子公司软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，母公司软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，合作伙伴软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，投资方软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，股东软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("业内人士说，客户软银集团（SoftBank Group）最近很活跃。", "软银集团"),
    ("阿里巴巴旗下蚂蚁集团（Ant Group）宣布重组。", "蚂蚁集团"),
]
# Right on the parent and still: the word opens a longer word, or 的 already cut.
KEPT = [
    ("其竞争对手拼多多（Pinduoduo）表示。", "拼多多"),
    ("腾讯控股旗下的微信支付（WeChat Pay）上线。", "微信支付"),
    ("股东大会（AGM）将于下月召开。", "股东大会"),
    ("西门子公司（Siemens）宣布。", "西门子公司"),  # 西门子|公司: the one CC-CEDICT name holding such a word
]


def _names(line: str) -> list[str]:
    return [p.zh or "" for p in harvest(line, []) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh"), TAKEN_BEFORE + KEPT)
def test_a_relation_word_is_no_part_of_the_name_after_it(line: str, zh: str) -> None:
    assert _names(line) == [zh]


_WORDS = ["旗下", "子公司", "母公司", "合作伙伴", "投资方", "股东", "客户"]
_NAMES = [
    ("软银集团", "SoftBank Group"),
    ("英迪格酒店", "Hotel Indigo"),
    ("黑石集团", "Blackstone Group"),
    ("红杉资本", "Sequoia Capital"),
    ("中国移动通信", "China Mobile"),
    ("北方工业", "Norinco"),
]


@given(st.sampled_from(["", "阿里巴巴", "该公司", "业内人士说，"]), st.sampled_from(_WORDS), st.sampled_from(_NAMES))
def test_no_span_holds_the_relation_word(lead: str, word: str, name: tuple[str, str]) -> None:
    zh, en = name
    line = f"{lead}{word}{zh}（{en}）最近很活跃。"
    assert [p.zh for p in harvest(line, []) if p.kind == "name" and p.en == en] == [zh], line
