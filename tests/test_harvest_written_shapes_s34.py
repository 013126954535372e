"""harvest: shapes the writing gives a name (s34, U33-12's harvest items and 港督; inputs from the tester's files).

- Full-width Latin, as Chinese input methods type it (U+FF21…U+FF5A): 马云（Jack Ma） and "Jack Ma (马云)" so written
  gave "0 pairs".
- Two stock codes joined by a slash, "Ping An (中国平安, 2318.HK/601318.SH)": neither was read.
- A title beside the Chinese in its bracket, "Wang Chuanfu (王传福, BYD chairman)": was an English alias, no role.
- Wikipedia's "Lu Xun (Chinese: 鲁迅; …), born Zhou Shuren (周樹人)": his birth name, an alias of 鲁迅 (was another
  person, 周树人 Zhou Shuren).
- 港督 (and 澳督), a colonial governor's title, before a name: the role.
On the parent 8ab48f4, 14 of this file's 15 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("阿里巴巴创始人马云（Ｊａｃｋ　Ｍａ）现身杭州。", "马云", "Jack Ma"),
        ("Alibaba founder Ｊａｃｋ Ｍａ (马云) was in Hangzhou.", "马云", "Jack Ma"),
        ("腾讯创始人马化腾（Ｐｏｎｙ Ｍａ）出席。", "马化腾", "Pony Ma"),
    ],
)
def test_full_width_latin_is_read(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en) == (zh, en)


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Ping An (中国平安, 2318.HK/601318.SH) was flat.", ["2318.HK", "601318.SH"]),
        ("China Mobile (中国移动, 0941.HK/600941.SH) rose.", ["0941.HK", "600941.SH"]),
    ],
)
def test_two_stock_codes_joined_by_a_slash_are_both_read(line: str, codes: list[str]) -> None:
    proposals = harvest(line, [])
    assert [p.en for p in proposals if p.kind == "ticker"] == codes
    assert [p.entry.type for p in proposals if p.kind == "name"] == ["org"]


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("Wang Chuanfu (王传福, BYD chairman) spoke first.", "王传福", "BYD chairman"),
        ("Pony Ma (马化腾, Tencent chief executive) said.", "马化腾", "Tencent chief executive"),
        ("Lei Jun (雷军, founder of Xiaomi) spoke.", "雷军", "founder of Xiaomi"),
    ],
)
def test_a_title_beside_the_chinese_is_the_role(line: str, zh: str, role: str) -> None:
    (proposal,) = harvest(line, [])
    entry = proposal.entry
    assert (proposal.zh, entry.type, [r.title for r in entry.roles]) == (zh, "person", [role])
    assert role not in entry.aliases


@pytest.mark.parametrize(
    ("line", "zh", "birth", "birth_zh"),
    [
        (
            "Lu Xun (Chinese: 鲁迅; pinyin: Lǔ Xùn; 25 September 1881 – 19 October 1936), born Zhou Shuren (周樹人), "
            "was a Chinese writer.",
            "鲁迅",
            "Zhou Shuren",
            "周树人",
        ),
        ("Mao Dun (茅盾), who was born Shen Dehong (沈德鸿), wrote Midnight.", "茅盾", "Shen Dehong", "沈德鸿"),
        ("Ba Jin (巴金; 1904 – 2005), born Li Yaotang (李尧棠), was a writer.", "巴金", "Li Yaotang", "李尧棠"),
        ("The writer Lao She (老舍) was born Shu Qingchun (舒庆春) in Beijing.", "老舍", "Shu Qingchun", "舒庆春"),
    ],
)
def test_a_birth_name_is_the_same_persons_alias(line: str, zh: str, birth: str, birth_zh: str) -> None:
    (proposal,) = harvest(line, [])
    assert proposal.zh == zh
    assert birth in proposal.entry.aliases
    assert birth_zh in proposal.entry.zh_aliases


def test_born_in_a_place_is_no_birth_name() -> None:
    assert [p.zh for p in harvest("Zhou Enlai (周恩来) met Deng Xiaoping (邓小平), born in Sichuan.", [])] == [
        "周恩来",
        "邓小平",
    ]


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("末代港督彭定康（Chris Patten）离开香港。", "彭定康", "末代港督"),
        ("港督麦理浩（Murray MacLehose）推行十年建屋计划。", "麦理浩", "港督"),
    ],
)
def test_a_colonial_governors_title_is_the_role(line: str, zh: str, role: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, [r.title for r in proposal.entry.roles]) == (zh, [role])
