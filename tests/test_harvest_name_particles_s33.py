"""harvest: an Arabic or Malay name's particles (bin, ibn, bint, al-, el-) are part of it, and "son of" names a person
(U32-24).

"Mohammed bin Salman (穆罕默德·本·萨勒曼)" gave en "Salman", typed `name`; "Tamim bin Hamad Al Thani" gave "Hamad Al
Thani", his father's name; "Abu Bakr al-Baghdadi" gave "Baghdadi": the English name's left edge took van/von/de/da
between capitalised words (8fba32a) but not bin/ibn/al, and no word after "al-". A Sheikh before the name is an
honorific (as Sir), a country's word before a royal title part of the role ("Saudi Crown Prince").
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `巴希爾 巴希尔 /Omar Hassan Ahmad al-Bashir (1944-), Sudanese military man
and politician, president of Sudan 1993-2019/`, `馬哈迪 马哈迪 /Mahathir bin Mohamad (1925-), Malaysian politician,
prime minister 1981-2003 and 2018-2020/`, `本·拉登 /Osama bin Laden (1957-2011), leader of Al Qaeda/`, `馬利基
马利基 /Nouri Kamel al-Maliki (1950-) prime minister of Iraq 2006-2014/`, `盧拉 卢拉 /Luiz Inácio Lula da Silva/`,
`馮德萊恩 冯德莱恩 /Ursula von der Leyen/`; Mohammed bin Salman, crown prince of Saudi Arabia; Tamim bin
Hamad Al Thani, emir of Qatar; Mohammed bin Rashid Al Maktoum, ruler of Dubai.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _one(text: str) -> tuple[str, str, list[str], str]:
    pair = next(p for p in harvest(text, []) if p.kind == "name")
    return pair.zh or "", pair.entry.en, [r.title for r in pair.entry.roles], pair.entry.type


@pytest.mark.parametrize(
    ("line", "en", "role"),
    [
        (
            "Wang Yi met Saudi Crown Prince Mohammed bin Salman (穆罕默德·本·萨勒曼) in Riyadh.",
            "Mohammed bin Salman",
            ["Saudi Crown Prince"],
        ),
        (
            "Malaysian Prime Minister Anwar Ibrahim met Mohammed bin Salman (穆罕默德·本·萨勒曼).",
            "Mohammed bin Salman",
            [],
        ),
        (
            "Qatar's Emir Tamim bin Hamad Al Thani (塔米姆·本·哈马德·阿勒萨尼) visited.",
            "Tamim bin Hamad Al Thani",
            ["Emir"],
        ),
        (
            "Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum (穆罕默德·本·拉希德·阿勒马克图姆) spoke.",
            "Mohammed bin Rashid Al Maktoum",
            ["Dubai ruler"],
        ),
        (
            "Malaysian Prime Minister Mahathir bin Mohamad (马哈迪) arrived on Monday.",
            "Mahathir bin Mohamad",
            ["Malaysian Prime Minister"],
        ),
        ("Al Qaeda leader Osama bin Laden (本·拉登) was killed in 2011.", "Osama bin Laden", ["Al Qaeda leader"]),
        ("Sudanese President Omar al-Bashir (巴希尔) visited Beijing.", "Omar al-Bashir", ["Sudanese President"]),
        (
            "Iraqi Prime Minister Nouri al-Maliki (马利基) met Chinese officials.",
            "Nouri al-Maliki",
            ["Iraqi Prime Minister"],
        ),
    ],
)
def test_particles_are_part_of_the_name(line: str, en: str, role: list[str]) -> None:
    _, found_en, found_role, kind = _one(line)
    assert (found_en, found_role, kind) == (en, role, "person")


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("Brazilian President Luiz Inácio Lula da Silva (卢拉) arrived.", "Luiz Inácio Lula da Silva"),
        ("European Commission President Ursula von der Leyen (冯德莱恩) spoke.", "Ursula von der Leyen"),
        ("Painter Vincent van Gogh (梵高) was Dutch.", "Vincent van Gogh"),
    ],
)
def test_european_particles_stay(line: str, en: str) -> None:
    assert _one(line)[1] == en


def test_a_lower_case_word_of_a_question_joins_no_name() -> None:
    assert _one("How do Huawei (华为) phones sell?")[1] == "Huawei"
