"""harvest: an honorific or a title written after a Chinese name is no part of it (the user's U37-27 and its addendum,
s37). Filings write every director 董事长马化腾先生（Mr. Ma Huateng）, mainland copy 王传福董事长（Wang
Chuanfu）: harvest proposed 马化腾先生 "Mǎhuàténg Xiānsheng", 信先生 "Yang Siu Shun", 雷军总裁. 先生/女士 after at
least two characters is an honorific; a title word after the name is its role where the characters before it name
what the English names (美国总统（US President） stays as it is). On the parent e5bc671, 7 of this file's 9 tests
fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "role"),
    [
        ("董事长马化腾先生（Mr. Ma Huateng）主持会议。", "马化腾", "Ma Huateng", "董事长"),
        ("独立非执行董事杨绍信先生（Mr. Yang Siu Shun）出席。", "杨绍信", "Yang Siu Shun", "独立非执行董事"),
        ("执行董事王莉女士（Ms. Wang Li）出席。", "王莉", "Wang Li", "执行董事"),
        ("首席财务官罗硕瀚先生（Mr. John Shek Hon Lo）出席。", "罗硕瀚", "John Shek Hon Lo", "首席财务官"),
        ("王传福董事长（Wang Chuanfu）出席。", "王传福", "Wang Chuanfu", "董事长"),
        ("小米雷军总裁（Lei Jun）表示。", "雷军", "Lei Jun", "总裁"),
        ("腾讯马化腾董事长（Pony Ma）表示。", "马化腾", "Pony Ma", "董事长"),
    ],
)
def test_an_honorific_or_title_after_the_name_is_no_part_of_it(line: str, zh: str, en: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "person")
    assert [r.title for r in found.entry.roles] == [role]


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("美国总统（US President）发表讲话。", "美国总统"),  # a title whose English is the title: no name 美国
    ],
)
def test_a_title_is_not_cut_where_no_name_stays_before_it(line: str, zh: str) -> None:
    # s48 (R47-20): the title is proposed as a term, no name.
    assert [(p.zh, p.entry.type) for p in harvest(line, []) if p.kind == "name"] == [(zh, "term")]


def test_a_surname_and_an_honorific_is_not_cut_either() -> None:
    # 刘先生 "Mr Lau" is an address, no name (test_harvest_titled_names_s40): not cut to 刘, and proposed as nothing.
    assert harvest("刘先生（Mr Lau）表示。", []) == []
