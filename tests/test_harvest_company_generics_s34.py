"""harvest against a big glossary: a company's name ending in a generic word is no surname or place the glossary
knows inside that word (s34, U33-26: with the CC-CEDICT names glossary, 长城汽车（Great Wall Motor）, 吉利汽车（Geely
Auto）, 蔚来汽车（NIO）, 北京汽车（BAIC） were all "conflict 车 …" with the surname Che, and `--add` added none).

The glossary holds CC-CEDICT's own lines: `車 车 [Che1] /surname Che/`, `司 司 [Si1] /surname Si/`, `黨 党 [Dang3]
/surname Dang/`, `商城 商城 [Shang1 cheng2] /see 商城縣|商城县[Shang1 cheng2 xian4]/` (Shangcheng county). A single
character the run's characters run on to is never the whole name (车 of 长城汽车, 司 of 腾讯公司); a form inside the
generic word ending a company's name is not either (商城 of 京东商城 "JD Mall"). An English ending in Motor, Auto or
Automobile names an organisation. On the parent 564b409, 8 of this file's 11 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

CEDICT = [
    Entry(id="che", type="surname", zh="车", en="Che", pinyin="Chē"),
    Entry(id="si", type="surname", zh="司", en="Si", pinyin="Sī"),
    Entry(id="dang", type="surname", zh="党", en="Dang", pinyin="Dǎng"),
    Entry(id="shangcheng", type="place", zh="商城", en="Shangcheng", pinyin="Shāngchéng"),
]


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("长城汽车（Great Wall Motor）发布新车。", "长城汽车", "Great Wall Motor"),
        ("吉利汽车（Geely Auto）也参展。", "吉利汽车", "Geely Auto"),
        ("蔚来汽车（NIO）发布财报。", "蔚来汽车", "NIO"),
        ("北京汽车（BAIC）发布新车。", "北京汽车", "BAIC"),
        ("腾讯公司（Tencent）发布财报。", "腾讯公司", "Tencent"),
        ("京东商城（JD Mall）开业。", "京东商城", "JD Mall"),
        ("民进党（DPP）召开会议。", "民进党", "DPP"),
    ],
)
def test_a_company_is_not_the_surname_ending_its_generic_word(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, CEDICT)
    assert (proposal.zh, proposal.en, proposal.status, proposal.entry.type) == (zh, en, "new", "org")


def test_the_surname_alone_in_the_bracket_is_still_known() -> None:
    (proposal,) = harvest("车（Che）是一个姓。", CEDICT)
    assert (proposal.status, proposal.entry.id) == ("known", "che")


def test_a_known_name_before_the_generic_is_not_taken_for_the_company() -> None:
    # The place 商城 is a county; "Shangcheng County" after it is no company (the run ends in 县, not a generic).
    (proposal,) = harvest("商城（Shangcheng）位于河南。", CEDICT)
    assert (proposal.status, proposal.entry.id) == ("known", "shangcheng")


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("长城（Great Wall Motor）发布新车。", "Great Wall Motor"),
        ("长安（Changan Automobile）发布新车。", "Changan Automobile"),
    ],
)
def test_an_english_ending_in_motor_or_automobile_is_an_org(line: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.en, proposal.entry.type) == (en, "org")
