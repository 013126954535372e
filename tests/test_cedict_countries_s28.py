"""A place's English is the country's, not its people's word (twenty-eighth session, issue 9 item 1; the tester's
T28-5: 乌兹别克 'Uzbek' and 吉尔吉斯 'Kyrgyz' typed `place`, so annotate glossed a place called "Uzbek").

Where the entry is a place by the country a later sense names, and the first English is the one word that
country's name is made of ("Uzbek" of Uzbekistan, "Saudi" of Saudi Arabia), the country heads and the people's
word is an alias.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import countries, load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "烏茲別克 乌兹别克 [Wu1 zi1 bie2 ke4] /Uzbek/abbr. for Uzbekistan/\n"
    "吉爾吉斯 吉尔吉斯 [Ji2 er3 ji2 si1] /Kyrgyz/Kyrgyzstan/\n"
    "沙特 沙特 [Sha1 te4] /Saudi/abbr. for Saudi Arabia/\n"
    '德意志 德意志 [De2 yi4 zhi4] /German (phonetic rendition of "Deutsch")/Germany/\n'
    "捷克 捷克 [Jie2 ke4] /Czech/Czech Republic (from 1993)/Czechia/\n"
    # Control: a region of its own before the country.
    "中非 中非 [Zhong1 Fei1] /China-Africa (relations)/Central Africa/Central African Republic/\n"
)
# Lines of my own of the same kind.
OWN = "塔吉克 塔吉克 [Ta3 ji2 ke4] /Tajik/abbr. for Tajikistan/\n阿富汗 阿富汗 [A1 fu4 han4] /Afghan/Afghanistan/\n"
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "people"),
    [
        ("乌兹别克", "Uzbekistan", "Uzbek"),
        ("吉尔吉斯", "Kyrgyzstan", "Kyrgyz"),
        ("沙特", "Saudi Arabia", "Saudi"),
        ("德意志", "Germany", "German"),
        ("捷克", "Czech Republic", "Czech"),
        ("塔吉克", "Tajikistan", "Tajik"),
        ("阿富汗", "Afghanistan", "Afghan"),
    ],
)
def test_the_country_heads_its_peoples_word(zh: str, en: str, people: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en, people in entry.aliases) == ("place", en, True)


def test_a_region_before_the_country_stays() -> None:
    # (s46, rev's R46-1: the line's first sense, the relation, heads; the region and the country after it are other
    # things, in the note: neither is an alias.)
    assert ENTRIES["中非"].en == "China-Africa"
    assert not {"Central Africa", "Central African Republic"} & set(ENTRIES["中非"].aliases)


@given(st.sampled_from(sorted(c for c in countries() if c.endswith("stan") and " " not in c)))
def test_any_stan_country_heads_its_people(country: str) -> None:
    people = country.removesuffix("istan").removesuffix("stan")
    line = f"甲乙 甲乙 [Jia3 yi3] /{people}/abbr. for {country}/\n"
    entry = next(iter(load_cedict(io.StringIO(line), proper_only=True)))
    if entry.type == "place":
        assert entry.en == country
