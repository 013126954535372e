"""harvest: a plural title before a name with its own bracket is that name's title in the singular, as before a list
of names under one bracket; a plural kinship word is no one's title and no part of the name (the thirty-second
session's review, R3 of 19e09ca).

"Actresses Zhang Ziyi (章子怡) and Gong Li (巩俐)" gave 章子怡 the English "Actresses Zhang Ziyi"; "Congressmen Ted
Lieu (刘云平)" gave "Congressmen Ted Lieu"; "Brothers Wang Zhongjun (王中军)" gave "Brothers Wang Zhongjun". A plural
after a capitalised word is a name's own: "Lehman Brothers Holdings" stays whole.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `章子怡 /Zhang Ziyi (1979-), PRC actress/`, `巩俐 /Gong Li (1965-), PRC female
film star/`, `张学友 /Jacky Cheung ... Cantopop and film star/`, `郎朗 /Lang Lang (1982-), Chinese concert pianist/`,
`宋庆龄 /Song Qingling or Rosemonde Soong/`, `雷曼兄弟 /Lehman Brothers, investment bank/`; Ted Lieu (刘云平), Judy Chu
(赵美心): members of the US House of Representatives; Wang Zhongjun and Wang Zhonglei (王中军, 王中磊): the brothers who
founded Huayi Brothers.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _first(text: str) -> tuple[str | None, str, str | None]:
    pair = next(p for p in harvest(text, []) if p.kind == "name")
    roles = [role.title for role in pair.entry.roles]
    return pair.zh, pair.en, roles[0] if roles else None


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Actresses Zhang Ziyi (章子怡) and Gong Li (巩俐) attended.", ("章子怡", "Zhang Ziyi", "Actress")),
        ("Singers Jacky Cheung (张学友) and Andy Lau (刘德华) sang.", ("张学友", "Jacky Cheung", "Singer")),
        ("Congressmen Ted Lieu (刘云平) spoke.", ("刘云平", "Ted Lieu", "Congressman")),
        ("Congresswomen Judy Chu (赵美心) and Grace Meng (孟昭文) spoke.", ("赵美心", "Judy Chu", "Congresswoman")),
    ],
)
def test_plural_title_is_the_singular_role(line: str, first: tuple[str, str, str]) -> None:
    assert _first(line) == first


@pytest.mark.parametrize(
    ("line", "first"),
    [
        (
            "Brothers Wang Zhongjun (王中军) and Wang Zhonglei (王中磊) founded Huayi.",
            ("王中军", "Wang Zhongjun", None),
        ),
        (
            "Sisters Soong Ai-ling (宋蔼龄) and Soong Ching-ling (宋庆龄) married.",
            ("宋蔼龄", "Soong Ai-ling", None),
        ),
    ],
)
def test_kinship_plural_is_no_role_nor_name(line: str, first: tuple[str, str, None]) -> None:
    assert _first(line) == first


def test_plural_inside_a_name_stays() -> None:
    assert _first("Lehman Brothers Holdings (雷曼兄弟控股) failed.")[1] == "Lehman Brothers Holdings"
