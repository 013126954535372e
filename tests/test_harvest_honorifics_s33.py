"""harvest: Malaysian and British honorifics before a name are no part of it, as "Sir" and "Dr" are not (U33-5).

"Malaysian Prime Minister Datuk Seri Anwar Ibrahim (安华)" gave en "Datuk Seri Anwar Ibrahim", "tycoon Tan Sri Vincent
Tan (陈志远)" "Tan Sri Vincent Tan", "Dato' Sri Liow Tiong Lai (廖中莱)" "Sri Liow Tiong Lai" (the apostrophe read as a
possessive), "Dame Rosanna Wong (王䓪鸣)" "Dame Rosanna Wong"; check then failed the plain name. "Tan" and "Lee" stay
where they are surnames ("Tan Chee Beng"), and an honorific before one word is left ("Lord Elgin").
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `馬哈迪 马哈迪 /Mahathir bin Mohamad (1925-), Malaysian politician/` (马哈蒂尔
in other copy), `額爾金 额尔金 /James Bruce, 8th Earl of Elgin/`; Anwar Ibrahim (安华), Vincent Tan (陈志远), Liow Tiong
Lai (廖中莱), Robert Kuok (郭鹤年), Lee Chong Wei (李宗伟), Rosanna Wong (王䓪鸣), as Malaysian and Hong Kong copy
writes them.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _english(text: str) -> list[str]:
    return [p.entry.en for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "en"),
    [
        (
            "Malaysian Prime Minister Datuk Seri Anwar Ibrahim (安华) met tycoon Tan Sri Vincent Tan (陈志远).",
            ["Anwar Ibrahim", "Vincent Tan"],
        ),
        ("Dato' Sri Liow Tiong Lai (廖中莱), the former MCA president, also attended.", ["Liow Tiong Lai"]),
        ("Tan Sri Robert Kuok (郭鹤年), Malaysia's richest man, did not comment.", ["Robert Kuok"]),
        ("Former premier Tun Dr Mahathir Mohamad (马哈蒂尔) spoke.", ["Mahathir Mohamad"]),
        ("Badminton star Datuk Lee Chong Wei (李宗伟) retired.", ["Lee Chong Wei"]),
        ("Prof. Rosie Young (杨紫芝) and Dame Rosanna Wong (王䓪鸣) were honoured.", ["Rosie Young", "Rosanna Wong"]),
        ("马来西亚总理安华（Datuk Seri Anwar Ibrahim）表示。", ["Anwar Ibrahim"]),
    ],
)
def test_honorifics_are_no_part_of_the_name(line: str, en: list[str]) -> None:
    assert _english(line) == en


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("Minister Tan Chee Beng (陈志明) said.", ["Tan Chee Beng"]),
        ("Lord Elgin (额尔金) ordered it.", ["Lord Elgin"]),
    ],
)
def test_a_surname_or_a_lone_name_after_an_honorific_stays(line: str, en: list[str]) -> None:
    assert _english(line) == en
