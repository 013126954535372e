"""CC-CEDICT import: a headword that writes a full name is named by it, not by the initials its line gives first.

The blind tester of the thirty-sixth session (/work/tools/s36/reports/blind.md, borderline 99) found
电机及电子学工程师联合会 "IEEE/Institute of Electrical and Electronic Engineers/" named "IEEE", the full
name only an alias, against the README's rule (initials before the full name they spell give the full name
as en). The class is a line whose first sense is initials alone and a later sense the full name they spell
(`_spell_the_initials`): 9 lines in the real file (2026-12). A headword of five characters or more writes the
full name (电机及电子学工程师联合会, 中国海洋石油总公司), so the full name is the English and the initials an
alias; a shorter headword transliterates the initials (托福 TOEFL, 欧佩克 OPEC, 肯德基 KFC, 塔斯社 TASS) and
keeps them as its English. 4 entries change (IEEE, CNOOC, CITIC, AQSIQ); not FIFA (国际足球联合会), whose
initials are the French name's, not the English words' in order (the full name stays its alias).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values read off the lines.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

LINES = "\n".join(
    [
        "電機及電子學工程師聯合會 电机及电子学工程师联合会 [Dian4 ji1 ji2 Dian4 zi3 xue2 Gong1 cheng2 shi1 Lian2 he2"
        " hui4] /IEEE/Institute of Electrical and Electronic Engineers/",
        "國際足球聯合會 国际足球联合会 [Guo2 ji4 Zu2 qiu2 Lian2 he2 hui4] /FIFA/International Federation of Association"
        " Football/",
        "中國海洋石油總公司 中国海洋石油总公司 [Zhong1 guo2 Hai3 yang2 Shi2 you2 Zong3 gong1 si1] /CNOOC/China National"
        " Offshore Oil Corporation/",
        "托福 托福 [Tuo1 fu2] /TOEFL/Test of English as a Foreign Language/",
        "歐佩克 欧佩克 [Ou1 pei4 ke4] /OPEC/Organization of the Petroleum Exporting Countries/",
        "肯德基 肯德基 [Ken3 de2 ji1] /KFC/Kentucky Fried Chicken/",
        "",
    ]
)
NAMES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "initials"),
    [
        ("电机及电子学工程师联合会", "Institute of Electrical and Electronic Engineers", "IEEE"),
        ("中国海洋石油总公司", "China National Offshore Oil Corporation", "CNOOC"),
    ],
)
def test_a_full_headword_is_named_in_full(zh: str, en: str, initials: str) -> None:
    assert NAMES[zh].en == en
    assert initials in NAMES[zh].aliases


@pytest.mark.parametrize(
    ("zh", "initials", "full"),
    [
        ("托福", "TOEFL", "Test of English as a Foreign Language"),
        ("欧佩克", "OPEC", "Organization of the Petroleum Exporting Countries"),
        ("肯德基", "KFC", "Kentucky Fried Chicken"),
    ],
)
def test_a_transliterated_headword_keeps_its_initials(zh: str, initials: str, full: str) -> None:
    assert NAMES[zh].en == initials
    assert full in NAMES[zh].aliases


def test_initials_of_another_language_stay() -> None:
    assert NAMES["国际足球联合会"].en == "FIFA"
    assert "International Federation of Association Football" in NAMES["国际足球联合会"].aliases
