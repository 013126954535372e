"""Where a name ends: the title after 的 is the name's, and a character bound to a name is a third one of it.

Issue 14. Sentences new to the finder (none of tests/data/unknown_names*.tsv).
"""

from __future__ import annotations

import pytest

from zhgloss.unknown import NameFinder

FINDER = NameFinder()


def surfaces(text: str) -> list[str]:
    return [f.surface for f in FINDER.find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("钱学森的夫人蒋英是一位歌唱家。", ["钱学森", "蒋英"]),
        ("梁思成的妻子林徽因也是建筑学家。", ["梁思成", "林徽因"]),
    ],
)
def test_a_name_before_de_and_a_kinship_title_is_the_titles_owner(text: str, names: list[str]) -> None:
    # 的 is no character of an organisation's name: what precedes 的夫人 is a person, not a company.
    assert surfaces(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [("妇产科专家林巧稚以精湛医术闻名。", "林巧稚"), ("举重选手李发彬以单腿站立完成挺举。", "李发彬")],
)
def test_a_character_that_is_no_word_alone_goes_on_the_name(text: str, name: str) -> None:
    # 稚 and 彬 are seldom words alone (jieba counts them alone fewer than unknown.FREE_CHARACTER times) and start no
    # word with 以: they are the names' third characters, not what follows 林巧 and 李发.
    assert surfaces(text) == [name]


def test_a_free_verb_after_a_two_character_name_stays_outside_it() -> None:
    # 获 is a word of its own (jieba: 7,931): 孙杨 + 获.
    assert surfaces("游泳名将孙杨获男子四百米自由泳冠军。") == ["孙杨"]


def test_a_name_of_long_names_is_found_where_the_shorter_name_would_fail_the_bounds() -> None:
    # 非 is seldom a given name's last character, but 任正非 is a name jieba knows (long_names.txt): the
    # cheap bounds that drop most positions take that into account, as `_score` does.
    assert surfaces("任正非很少在公开场合露面。") == ["任正非"]
    assert surfaces("据悉，任正非很少接受媒体采访。") == ["任正非"]


@pytest.mark.parametrize(("text", "name"), [("邓小平生前多次到访深圳。", "邓小平"), ("陈永民生前热心公益。", "陈永民")])
def test_a_last_character_that_starts_a_rarer_word_stays_in_the_name(text: str, name: str) -> None:
    # 平生 and 民生 are words, but 生前 (jieba: 856) is counted more often than either (656, 452): the name keeps
    # its last character.
    assert surfaces(text) == [name]


def test_a_last_character_seldom_in_names_still_goes_to_the_next_word() -> None:
    # 作 is seldom a given name's last character (names.tsv: -1.44): 张军 + 作工作报告, not 张军作.
    assert surfaces("最高人民法院院长张军作工作报告。") == ["张军"]


@pytest.mark.parametrize(
    ("text", "names"),
    [("王刚夫妇出席了婚礼。", ["王刚"]), ("潘石屹和张欣夫妇出席了活动。", ["潘石屹", "张欣"])],
)
def test_a_word_for_kin_after_a_name_follows_it_as_a_verb_does(text: str, names: list[str]) -> None:
    # 夫妇 ("and spouse") follows a name: its 夫 is not a third character of it (王刚夫 + 妇).
    assert surfaces(text) == names
