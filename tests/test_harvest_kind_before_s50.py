"""A name the text says is a company or an app is neither an everyday phrase nor a person (s50, the tester's B49-9).

Verb-first company and app names (拼多多, 剪映, 转转, 唱吧) written with their pinyin a syllable a word ("Chang Ba")
were typed everyday "terms" (`_is_verb_phrase`, the rule that keeps 躺平 "Tang Ping" a term), and annotate never
glosses a term; "Pin Duo Duo" was typed a person by its pinyin. The text says what they are: a kind of firm
before the name (电商平台, 二手平台: `_is_kind_head`) makes it a company, an app's word (K歌应用) or a group's
(字节跳动旗下, for a name of a phrase's shape) a product (`harvest._kind_said_before`), where the sentence gives no
type.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        ("K歌应用唱吧（Chang Ba）推出新功能。", "唱吧", "product"),
        ("二手平台转转（Zhuan Zhuan）获得融资。", "转转", "org"),
        ("字节跳动旗下剪映（Jian Ying）用户增长。", "剪映", "product"),
        ("电商平台拼多多（Pin Duo Duo）公布了季度财报。", "拼多多", "org"),
        ("电商平台拼多多（Pinduoduo）公布了季度财报。", "拼多多", "org"),
        ("药企恒瑞医药（Hengrui Medicine）获批新药。", "恒瑞医药", "org"),
        ("短视频平台快手（Kuaishou）发布财报。", "快手", "org"),
    ],
)
def test_a_kind_word_before_the_name_types_it(line: str, zh: str, kind: str) -> None:
    (found,) = harvest(line, [])
    assert (found.zh, found.entry.type) == (zh, kind)


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        ("年轻人选择躺平（Tang Ping）。", "躺平", "term"),  # no kind said: an everyday phrase
        ("阿里巴巴旗下的蚂蚁集团（Ant Group）上市受阻。", "蚂蚁集团", "org"),
    ],
)
def test_a_name_without_a_kind_before_it_is_typed_as_before(line: str, zh: str, kind: str) -> None:
    (found,) = harvest(line, [])
    assert (found.zh, found.entry.type) == (zh, kind)
