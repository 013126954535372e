"""harvest: an adopted name before a Chinese name in pinyin is written short too; Hong Kong's medals are no part of a
name; a dotted company keeps its role (s30, Wikipedia leads and wire copy of my own after U30-6).

- "John Lee Ka-chiu GBM SBS PDSM PMSM (Chinese: 李家超; …)", Wikipedia's lead of Hong Kong's chief executive: en
  "John Lee Ka-chiu GBM SBS PDSM PMSM" (the police medals PDSM, PMSM were not in POST_NOMINALS). Letters in
  capitals after a hyphenated given name are honours whichever they are; the disciplined services' medals are listed.
- "Jack Ma Yun", "Richard Liu Qiangdong", "Robin Li Yanhong": the same shape as "Andy Lau Tak-wah" (a72069c) with
  the given name in pinyin; the papers, Wikipedia's titles and CC-CEDICT (李彥宏 "Robin Li") write "Jack Ma",
  "Richard Liu", "Robin Li". en is that, the full form and the Chinese order aliases.
- "JD.com founder Richard Liu": role "com founder" (the clause was cut at the dot inside JD.com).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "en", "honours"),
    [
        (
            "John Lee Ka-chiu GBM SBS PDSM PMSM (Chinese: 李家超; born 7 December 1957) is a Hong Kong politician.",
            "李家超",
            "John Lee",
            "GBM, SBS, PDSM, PMSM",
        ),
        (
            "Raymond Siu Chak-yee PDSM (Chinese: 蕭澤頤; born 1966) is a Hong Kong police officer.",
            "萧泽颐",
            "Raymond Siu",
            "PDSM",
        ),
        # Letters no list holds, after a hyphenated given name: an honour all the same.
        (
            "Tony Leung Chiu-wai SBS XYZ (Chinese: 梁朝偉; born 1962) is a Hong Kong actor.",
            "梁朝伟",
            "Tony Leung",
            "SBS, XYZ",
        ),
    ],
)
def test_honours_after_a_chinese_order_name_are_no_part_of_it(text: str, zh: str, en: str, honours: str) -> None:
    [found] = harvest(text, [])
    assert (found.entry.zh, found.entry.en) == (zh, en)
    assert f"honours: {honours}" in (found.entry.note or "")


def test_capitals_ending_a_company_stay_in_its_name() -> None:
    [found] = [p for p in harvest("Shares of China Mobile HK (中国移动香港) rose.", []) if p.kind == "name"]
    assert found.entry.en == "China Mobile HK"


@pytest.mark.parametrize(
    ("text", "zh", "en", "aliases", "role"),
    [
        ("Alibaba founder Jack Ma Yun (马云) spoke.", "马云", "Jack Ma", ("Jack Ma Yun", "Ma Yun"), "Alibaba founder"),
        (
            "JD.com founder Richard Liu Qiangdong (刘强东) said.",
            "刘强东",
            "Richard Liu",
            ("Richard Liu Qiangdong", "Liu Qiangdong"),
            "JD.com founder",
        ),
        (
            "Baidu CEO Robin Li Yanhong (李彦宏) said.",
            "李彦宏",
            "Robin Li",
            ("Robin Li Yanhong", "Li Yanhong"),
            "Baidu CEO",
        ),
    ],
)
def test_an_adopted_name_before_a_pinyin_name_is_written_short(
    text: str, zh: str, en: str, aliases: tuple[str, ...], role: str
) -> None:
    [found] = harvest(text, [])
    assert (found.entry.zh, found.entry.en, found.entry.aliases) == (zh, en, aliases)
    assert [r.title for r in found.entry.roles] == [role]


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("Pony Ma Huateng (马化腾) spoke.", "Pony Ma Huateng"),  # Pony is no census given name: as written
        ("Vice Premier Liu He (刘鹤) said.", "Liu He"),
        ("Wang Fang (王芳) said.", "Wang Fang"),
    ],
)
def test_other_pinyin_names_are_kept(text: str, en: str) -> None:
    [found] = harvest(text, [])
    assert (found.entry.en, found.entry.aliases) == (en, ())


def test_the_name_short_and_in_the_chinese_order_in_one_text_is_one_proposal() -> None:
    [found] = harvest("Jack Ma Yun (马云) founded Alibaba.\nMa Yun (马云) retired.\n", [])
    assert (found.entry.en, found.lines) == ("Jack Ma", (1, 2))
