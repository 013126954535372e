"""harvest: the names after a shared plural title each get it (the s32 review's R3 leftover), and a bracket's
Chinese after an English name is not cut where the English says its first words too.

"Actresses Zhang Ziyi (章子怡) and Gong Li (巩俐)" gave 章子怡 the role "Actress" and 巩俐 none; the title is both's.
Kinship words stay no one's role ("Brothers Wang Zhongjun (王中军) and Wang Zhonglei (王中磊)"), and a plural inside a
name is the name's ("Lehman Brothers Holdings"). "Morgan Stanley (摩根士丹利)" gave 士丹利: the listed tail was taken
as the name, 摩根 as words of the sentence, though "Morgan" transliterates it.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `章子怡 /Zhang Ziyi (1979-), PRC actress/`, `鞏俐 巩俐 /Gong Li (1965-), PRC
female film star/`, `張學友 张学友 /Jacky Cheung/`, `劉德華 刘德华 /Andy Lau (1961-), Hong Kong Cantopop singer and
actor/`, `摩根士丹利 /Morgan Stanley (financial services company)/`; Ted Lieu (刘云平) and Judy Chu (赵美心), US
representatives; Wang Zhongjun and Wang Zhonglei (王中军, 王中磊), Huayi Brothers' founders.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _roles(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(p.zh, p.entry.en, [r.title for r in p.entry.roles]) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "Actresses Zhang Ziyi (章子怡) and Gong Li (巩俐) attended.",
            [("章子怡", "Zhang Ziyi", ["Actress"]), ("巩俐", "Gong Li", ["Actress"])],
        ),
        (
            "Singers Jacky Cheung (张学友), Andy Lau (刘德华) and Leon Lai (黎明) sang.",
            [
                ("张学友", "Jacky Cheung", ["Singer"]),
                ("刘德华", "Andy Lau", ["Singer"]),
                ("黎明", "Leon Lai", ["Singer"]),
            ],
        ),
        (
            "Congressmen Ted Lieu (刘云平) and Judy Chu (赵美心) spoke.",
            [("刘云平", "Ted Lieu", ["Congressman"]), ("赵美心", "Judy Chu", ["Congressman"])],
        ),
    ],
)
def test_a_shared_plural_title_is_each_names_role(line: str, found: list[tuple[str, str, list[str]]]) -> None:
    assert _roles(line) == found


def test_kinship_is_no_ones_role() -> None:
    found = _roles("Brothers Wang Zhongjun (王中军) and Wang Zhonglei (王中磊) founded Huayi.")
    assert found == [("王中军", "Wang Zhongjun", []), ("王中磊", "Wang Zhonglei", [])]


def test_a_plural_inside_a_name_and_a_chinese_name_whole() -> None:
    found = _roles("Lehman Brothers Holdings (雷曼兄弟控股) and Morgan Stanley (摩根士丹利) fell.")
    assert found == [("雷曼兄弟控股", "Lehman Brothers Holdings", []), ("摩根士丹利", "Morgan Stanley", [])]
