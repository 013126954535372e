"""harvest: a lower-case "the" is no name's first word; a body of state is an organisation, taken whole (s28).

Verifying U27-60 (People's Daily, fixed in e9bfc5e) on main found the class next to it: "Employees of the Bank of
China (中国银行)" gave 'the Bank of China', "Critics of the Communist Party of China (中国共产党)" 'the Communist Party
of China' (the run's linking words were dropped from its start, its lower-case article not); and "Members of the
National People's Congress (全国人民代表大会)" gave 代表大会, its ordinary first words (全国, 人民) dropped before the
listed word 代表大会, because Congress, Court, Party ... were no organisation words (`_ORG_WORDS`, `_ORG_SUFFIXES`:
an organisation's Chinese name is taken whole). The English forms are CC-CEDICT's (中國銀行 "Bank of China (BoC)",
中國共產黨 "Communist Party of China", 全國人民代表大會 "(Chinese) National People's Congress", 最高人民法院 "Supreme
People's Court (PRC)", 故宮博物院 "Palace Museum").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import harvest


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(p.entry.zh, p.entry.en, p.entry.type) for p in harvest(text, [])}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Employees of the Bank of China (中国银行) went on strike.", ("中国银行", "Bank of China", "org")),
        (
            "Critics of the Communist Party of China (中国共产党) spoke out.",
            ("中国共产党", "Communist Party of China", "org"),
        ),
        (
            "Members of the National People's Congress (全国人民代表大会) met.",
            ("全国人民代表大会", "National People's Congress", "org"),
        ),
        (
            "Justices of the Supreme People's Court (最高人民法院) ruled.",
            ("最高人民法院", "Supreme People's Court", "org"),
        ),
        ("Visitors to the Palace Museum (故宫博物院) queued.", ("故宫博物院", "Palace Museum", "org")),
        (
            "全国人民代表大会（National People's Congress）开幕。",
            ("全国人民代表大会", "National People's Congress", "org"),
        ),
        # Kept: a capitalised article inside a sentence opens a title; People's Daily (U27-60) stays right.
        ("He moved to The Hague (海牙) in 2001.", ("海牙", "The Hague", "name")),
        ("Readers of the People's Daily (人民日报) noticed the change.", ("人民日报", "People's Daily", "org")),
        ("Ibsen wrote A Doll's House (玩偶之家) in 1879.", ("玩偶之家", "A Doll's House", "name")),
    ],
)
def test_the_name_and_its_chinese_are_whole(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text)


_BODY = st.sampled_from(
    [
        ("中国银行", "Bank of China"),
        ("中国共产党", "Communist Party of China"),
        ("全国人民代表大会", "National People's Congress"),
        ("最高人民法院", "Supreme People's Court"),
    ]
)
_LEAD = st.sampled_from(["Employees", "Critics", "Members", "Leaders", "Officials", "Friends"])


@settings(max_examples=40, deadline=None)
@given(_BODY, _LEAD, st.sampled_from(["met.", "spoke out.", "went home."]))
def test_no_lower_case_article_opens_a_harvested_name(body: tuple[str, str], lead: str, end: str) -> None:
    zh, en = body
    found = {(p.entry.zh, p.entry.en) for p in harvest(f"{lead} of the {en} ({zh}) {end}", [])}
    assert found == {(zh, en)}
