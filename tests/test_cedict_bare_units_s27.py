"""A Chinese place's English is written without the unit CC-CEDICT capitalised after it when the headword does not
write the unit (twenty-seventh session, issue 9; the user's U27-39): 安徽 "Anhui Province (Anhwei) ..." is Anhui, as
浙江 "Zhejiang province ..." is Zhejiang; 文昌 "Wenchang City, Hainan" Wenchang; 三原 "Sanyuan County ..." Sanyuan.
The form with the unit is an alias, and a headword that writes the unit keeps it (安徽省 Anhui Province). Not a name
that is not pinyin ("Kowloon City", "Gyeonggi Province", "Incheon Metropolitan City"), nor a bare name another entry
has (邕宁 "Yongnning District" beside 永宁 "Yongning county": Yongning District).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "安徽 安徽 [An1 hui1] /Anhui Province (Anhwei) in south central China, abbr. 皖[Wan3], capital Hefei"
    " 合肥[He2 fei2]/\n"
    "文昌 文昌 [Wen2 chang1] /Wenchang City, Hainan/\n"
    "三原 三原 [San1 yuan2] /Sanyuan County in Xianyang 咸陽|咸阳[Xian2 yang2], Shaanxi/\n"
    "邕寧 邕宁 [Yong1 ning2] /Yongnning District of Nanning City 南寧市|南宁市[Nan2 ning2 Shi4], Guangxi/\n"
    "永寧 永宁 [Yong3 ning2] /Yongning county in Yinchuan 銀川|银川[Yin2 chuan1], Ningxia/\n"
    "九龍城 九龙城 [Jiu3 long2 cheng2] /Kowloon City, Hong Kong/\n"
    "仁川 仁川 [Ren2 chuan1] /Incheon Metropolitan City in Gyeonggi Province 京畿道[Jing1 ji1 dao4], South Korea/\n"
    "京畿 京畿 [Jing1 ji1] /Gyeonggi Province, South Korea, surrounding Seoul and Incheon, capital Suweon City"
    " 水原市[Shui3 yuan2 shi4]/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [("安徽", "Anhui", "Anhui Province"), ("文昌", "Wenchang", "Wenchang City"), ("三原", "Sanyuan", "Sanyuan County")],
)
def test_a_unit_the_headword_does_not_write_goes(zh: str, en: str, alias: str) -> None:
    assert ENTRIES[zh].en == en
    assert alias in ENTRIES[zh].aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("九龙城", "Kowloon City"),
        # (s29: a city's name in another language is bare too, the tester's class 9: 仁川 is Incheon, as English news
        # writes it; tests/test_cedict_foreign_cities_s29.py.)
        ("仁川", "Incheon"),
        ("京畿", "Gyeonggi Province"),
        ("邕宁", "Yongning District"),  # (永宁 is Yongning)
    ],
)
def test_a_unit_stays_where_english_names_the_place_so(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙 甲乙 [Jia3 yi3] /Jiayi County in Yunnan/\n"
        "甲乙縣 甲乙县 [Jia3 yi3 xian4] /Jiayi County in Yunnan/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding City, Hunan/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding (surname)/\n"
    )
    assert entries["甲乙"].en == "Jiayi"
    assert entries["甲乙县"].en == "Jiayi County"
    assert entries["丙丁"].en == "Bingding"
