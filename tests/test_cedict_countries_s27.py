"""Countries by the short English names CC-CEDICT writes, and titles of nobility (twenty-seventh session, issue 9; the
tester's T27-I10 and T27-I21). ISO 3166-1 has no "Russia", "Turkey" (Türkiye), "USA" or "UK": 俄罗斯 "Russia" and
土耳其 "Turkey" were `name`, and "Chicago, USA", "Istanbul, Turkey" no places in a country. The names the script adds
(scripts/build_cedict_iso_names.py, SHORT_NAMES) are in data/cedict_countries.txt. A title of nobility before a given
name and a family name goes ("Count Lev Nikolayevich Tolstoy"); before a family name alone it stays ("Baroness
Thatcher"). A bank's 银行 types it before the place it is written with does (汇业银行 "Banco Delta Asia, Macau").
"""

from __future__ import annotations

import pytest
from build_scripts import load_build_script
from cedict_fixtures import entries_by_form, kinds_and_english

from zhgloss.formats.cedict import countries

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "芝加哥 芝加哥 [Zhi1 jia1 ge1] /Chicago, USA/\n"
    "伊斯坦布爾 伊斯坦布尔 [Yi1 si1 tan3 bu4 er3] /Istanbul, Turkey/\n"
    "伯恩茅斯 伯恩茅斯 [Bo2 en1 mao2 si1] /Bournemouth, UK/\n"
    "俄羅斯 俄罗斯 [E2 luo2 si1] /Russia/\n"
    "土耳其 土耳其 [Tu3 er3 qi2] /Turkey/\n"
    "蘇格蘭 苏格兰 [Su1 ge2 lan2] /Scotland/\n"
    "匯業銀行 汇业银行 [Hui4 ye4 Yin2 hang2] /Banco Delta Asia S.A.R.L., Macau/\n"
    "列夫·托爾斯泰 列夫·托尔斯泰 [Lie4 fu1 · Tuo1 er3 si1 tai4] /Tolstoy (name)/Count Lev Nikolayevich Tolstoy"
    " (1828-1910), great Russian novelist, author of War and Peace 戰爭與和平|战争与和平/\n"
    "馬噶爾尼 马噶尔尼 [Ma3 ga2 er3 ni2] /Earl George Macartney (1737-1806), leader of British mission to Qing China"
    " in 1793/Paul McCartney, former Beatle/\n"
    "撒切爾夫人 撒切尔夫人 [Sa1 qie1 er3 Fu1 ren5] /Mrs Thatcher/Baroness Thatcher or Margaret Thatcher (1925-2013),"
    " British conservative politician, prime minister 1979-1990/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize("zh", ["芝加哥", "伊斯坦布尔", "伯恩茅斯", "俄罗斯", "土耳其", "苏格兰"])
def test_a_country_by_its_short_name_is_a_place(zh: str) -> None:
    assert NAMES[zh][0] == "place"


def test_a_bank_in_a_place_is_a_bank() -> None:
    assert NAMES["汇业银行"][0] == "org"


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("列夫·托尔斯泰", "Lev Tolstoy"),  # (the title gone, and the patronymic too since s31)
        ("马噶尔尼", "George Macartney"),
        ("撒切尔夫人", "Margaret Thatcher"),  # "Baroness Thatcher or Margaret Thatcher"
    ],
)
def test_a_title_of_nobility_goes_before_a_full_name(zh: str, en: str) -> None:
    assert NAMES[zh] == ("person", en)


def test_the_short_names_are_shipped() -> None:
    build = load_build_script("build_cedict_iso_names")
    assert countries() >= build.SHORT_NAMES
    assert {"Russia", "Turkey", "USA", "UK", "England"} <= countries()


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /Jiajia, England/\n"
        "乙乙 乙乙 [Yi3 yi3] /Countess Anna Maria Yiyi (1800-1870), Austrian writer/\n"
        "丙丙 丙丙 [Bing3 bing3] /Earl Bingham (1700-1760), British admiral/\n"
    )
    assert names["甲甲"][0] == "place"
    assert names["乙乙"][1] == "Anna Maria Yiyi"
    assert names["丙丙"][1] == "Earl Bingham"


def test_a_knights_and_a_judges_title_go() -> None:
    # The user's U27-23 (斯当东's alias "Sir George Staunton") and my own scan (夏正民 "Justice Michael Hartmann").
    entries = entries_by_form(
        "斯當東 斯当东 [Si1 dang1 dong1] /Staunton (name)/Sir George Staunton, 1st Baronet, the second-in-command of"
        " the Macartney Mission of 1793/\n"
        "夏正民 夏正民 [Xia4 Zheng4 min2] /Justice Michael Hartmann (1944-), Hong Kong High Court judge/\n"
    )
    assert "George Staunton" in entries["斯当东"].aliases
    assert entries["夏正民"].en == "Michael Hartmann"
