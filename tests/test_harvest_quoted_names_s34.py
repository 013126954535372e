"""harvest: names English copy quotes, another name inside the bracket, square brackets and a lower-case plural title
after a company's name (s34, U33-16 and U34-6; lines from the testers' articles and Wikipedia's leads).

- 'Jen-Hsun "Jensen" Huang (Chinese: 黃仁勳; …)': the nickname inside the name is the name he goes by ("Jensen
  Huang"), the name in full an alias; was nothing.
- 'Netizens nicknamed him "Leibusi" (雷布斯)': a quoted name right before its bracket is the pair, a nickname where
  the sentence says so; was nothing, and nothing said.
- "Ma Huateng (马化腾, aka Pony Ma)", "Huang Zhang (黄章, also known as J.Wong)": aliases; were dropped.
- "Zou Tao [邹涛]": square brackets holding Chinese are read as round ones; were passed over.
- "Xiaomi co-founders Lin Bin (林斌) and Hong Feng (洪锋)": each one's role, "Xiaomi co-founder"; was the plural for
  the first only (the company's capital before the title was read as a name's, as in "Lehman Brothers").
On the parent 1f09f4d, 11 of this file's 13 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _only(line: str) -> tuple[str, str, tuple[str, ...], str | None, list[str]]:
    (proposal,) = harvest(line, [])
    entry = proposal.entry
    return proposal.zh or "", entry.en, entry.aliases, entry.type, [r.title for r in entry.roles]


def test_a_nickname_inside_the_name_is_the_name_he_goes_by() -> None:
    line = 'Jen-Hsun "Jensen" Huang (Chinese: 黃仁勳; pinyin: Huáng Rénxūn; born February 17, 1963) is a businessman.'
    zh, en, aliases, kind, _ = _only(line)
    assert (zh, en, kind) == ("黄仁勋", "Jensen Huang", "person")
    assert "Jen-Hsun Huang" in aliases


@pytest.mark.parametrize(
    ("line", "zh", "en", "kind"),
    [
        ('Netizens nicknamed him "Leibusi" (雷布斯) after Steve Jobs.', "雷布斯", "Leibusi", "nickname"),
        ('He earned himself a new nickname: "Leisike" (雷斯克).', "雷斯克", "Leisike", "nickname"),
        ("Fans of the club nicknamed him “Little Dragon” (小龙).", "小龙", "Little Dragon", "nickname"),
    ],
)
def test_a_quoted_name_before_its_bracket_is_the_pair(line: str, zh: str, en: str, kind: str) -> None:
    found = _only(line)
    assert (found[0], found[1], found[3]) == (zh, en, kind)


def test_a_single_quoted_word_nothing_calls_a_name_is_no_pair() -> None:
    assert harvest("“Pony” (马化腾) said.", []) == []


@pytest.mark.parametrize(
    ("line", "zh", "alias"),
    [
        ("Tencent founder Ma Huateng (马化腾, aka Pony Ma) spoke first.", "马化腾", "Pony Ma"),
        ("Meizu founder Huang Zhang (黄章, also known as J.Wong) was there.", "黄章", "J.Wong"),
        ("Huawei's Yu Chengdong (余承东, a.k.a. Richard Yu) spoke.", "余承东", "Richard Yu"),
    ],
)
def test_another_name_inside_the_bracket_is_an_alias(line: str, zh: str, alias: str) -> None:
    found = _only(line)
    assert found[0] == zh
    assert alias in found[2]


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("The company is now led by Zou Tao [邹涛], who has been in the position for years.", "邹涛", "Zou Tao"),
        ("Xiaomi founder Lei Jun [雷军] said.", "雷军", "Lei Jun"),
    ],
)
def test_square_brackets_holding_chinese_are_read(line: str, zh: str, en: str) -> None:
    assert _only(line)[:2] == (zh, en)


def test_a_link_text_in_square_brackets_is_no_pair() -> None:
    assert harvest("See [小米](https://www.mi.com) for more.", []) == []


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Xiaomi co-founders Lin Bin (林斌) and Hong Feng (洪锋) attended the launch.", "Xiaomi co-founder"),
        ("Alibaba founders Jack Ma (马云) and Joe Tsai (蔡崇信) were there.", "Alibaba founder"),
    ],
)
def test_a_plural_title_after_a_company_is_each_names_role(line: str, role: str) -> None:
    proposals = harvest(line, [])
    assert [[r.title for r in p.entry.roles] for p in proposals] == [[role], [role]]
