"""harvest: Chinese copy with a Hong Kong or Taiwan name's English in brackets cuts the Chinese at the name and writes
the English short (s30, Chinese wire copy of my own: 中新网, 明报 style).

"据香港《明报》报道，特首李家超（John Lee Ka-chiu）表示" gave zh 首李家超, typed `name`: the English's four parts (John,
Lee, Ka, chiu) were read as four characters. The surname and the given name count the characters, the adopted name
none (chinese_order_parts). The bracket after Chinese holds the name alone, so its first word is the adopted name
whether or not it is a census name ("Jacky"), and the entry is written short as a72069c writes English-first copy.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "aliases", "title"),
    [
        (
            "中新网12月4日电 据香港《明报》报道，特首李家超（John Lee Ka-chiu）表示。",
            "李家超",
            "John Lee",
            ("John Lee Ka-chiu", "Lee Ka-chiu"),
            "特首",
        ),
        (
            "前特首林郑月娥（Carrie Lam Cheng Yuet-ngor）出席。",
            "林郑月娥",
            "Carrie Lam",
            ("Carrie Lam Cheng Yuet-ngor", "Lam Cheng Yuet-ngor"),
            "前特首",
        ),
        (
            "歌手张学友（Jacky Cheung Hok-yau）开演唱会。",
            "张学友",
            "Jacky Cheung",
            ("Jacky Cheung Hok-yau", "Cheung Hok-yau"),
            "歌手",
        ),
        (
            "京东创始人刘强东（Richard Liu Qiangdong）表示。",
            "刘强东",
            "Richard Liu",
            ("Richard Liu Qiangdong", "Liu Qiangdong"),
            "京东创始人",
        ),
        ("台湾地区领导人赖清德（Lai Ching-te）发表讲话。", "赖清德", "Lai Ching-te", (), "台湾地区领导人"),
    ],
)
def test_the_chinese_is_the_names_and_the_english_short(
    line: str, zh: str, en: str, aliases: tuple[str, ...], title: str
) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, found.entry.en, found.entry.aliases, found.entry.type) == (zh, en, aliases, "person")
    if title.startswith("前"):  # a title that is over: a description
        assert f"described as '{title}'" in (found.entry.note or "")
    else:
        assert [r.title for r in found.entry.roles] == [title]  # s33 (U32-19): the role, was the note "described as"


def test_a_name_with_a_particle_is_no_chinese_order_name() -> None:
    [found] = harvest("欧盟委员会主席德拉富恩特（Luis de la Fuente）表示。", [])
    assert (found.entry.zh, found.entry.en) == ("德拉富恩特", "Luis de la Fuente")
