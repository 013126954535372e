"""A director's name as Hong Kong's listed companies write it, the English name last (the user's U37-8, s37):
"Lau Chi Ping Martin" (刘炽平, Tencent Holdings' announcements), "Li Tzar Kuoi, Victor" (李泽钜, CK Hutchison's). A
sheet imported them as untyped names with the pinyin run together, harvest proposed "Victor" alone for the comma
form. The one rule is `zhgloss.adopted.english_name_last`: the surname (`surname_keys`), the Chinese given name a
word a character (or hyphenated), then one or two English names of the census; the entry writes "Martin Lau" as the
papers do, the name as the company writes it and the Chinese name alone its aliases. On the parent e5bc671, 8 of this
file's 12 tests fail.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import adopted
from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("zh", "en", "short", "forms"),
    [
        ("刘炽平", "Lau Chi Ping Martin", "Martin Lau", ("Lau Chi Ping Martin", "Lau Chi Ping")),
        ("李泽钜", "Li Tzar Kuoi, Victor", "Victor Li", ("Li Tzar Kuoi, Victor", "Li Tzar Kuoi")),
        ("刘炽平", "Lau Chi-ping Martin", "Martin Lau", ("Lau Chi-ping Martin", "Lau Chi-ping")),
        ("陈茂波", "Chan Mo Po Paul", "Paul Chan", ("Chan Mo Po Paul", "Chan Mo Po")),
        # no English name last: as before
        ("李嘉诚", "Li Ka Shing", "Li Ka Shing", ()),
        ("王良", "Wang Liang", "Wang Liang", ()),
        ("马化腾", "Ma Huateng", "Ma Huateng", ()),
        # the first word spells no surname of 刘: no Chinese name
        ("刘炽平", "Chan Chi Ping Martin", "Chan Chi Ping Martin", ()),
    ],
)
def test_short_form_of_a_listed_companys_director(zh: str, en: str, short: str, forms: tuple[str, ...]) -> None:
    assert adopted.short_form(zh, en) == (short, forms)


@pytest.mark.parametrize(
    ("line", "zh", "en", "alias"),
    [
        ("Executive Director Mr Lau Chi Ping Martin (劉熾平) attended.", "刘炽平", "Martin Lau", "Lau Chi Ping Martin"),
        ("执行董事刘炽平（Lau Chi Ping Martin）出席会议。", "刘炽平", "Martin Lau", "Lau Chi Ping"),
        ("Mr Li Tzar Kuoi, Victor (李澤鉅) chaired the meeting.", "李泽钜", "Victor Li", "Li Tzar Kuoi"),
    ],
)
def test_harvest_reads_a_director_named_as_the_company_writes_him(line: str, zh: str, en: str, alias: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.zh == zh]
    assert (found.entry.en, found.entry.type) == (en, "person")
    assert alias in found.entry.aliases
    assert "listed companies" in found.explanation


_SYLLABLES = st.lists(
    st.sampled_from(["Chi", "Ping", "Tzar", "Kuoi", "Mo", "Po", "Kwok", "Wai"]), min_size=2, max_size=2
)


@settings(max_examples=50, deadline=None)
@given(_SYLLABLES, st.sampled_from(["Martin", "Victor", "Paul", "Peter", "Anne"]))
def test_any_given_syllables_then_an_english_name_give_the_english_name_and_surname(
    syllables: list[str], english: str
) -> None:
    en = " ".join(["Lau", *syllables, english])
    short, forms = adopted.short_form("刘炽平", en)
    assert short == f"{english} Lau"
    assert forms == (en, " ".join(["Lau", *syllables]))


def test_a_cantonese_syllable_that_is_also_an_english_name_is_still_the_chinese_given_names() -> None:
    """The review's R37-1 file: "Wong Yuk Shan Christine" (黄玉珊) stayed untyped because Shan is also a given name
    of the census."""
    assert adopted.short_form("黄玉珊", "Wong Yuk Shan Christine") == (
        "Christine Wong",
        ("Wong Yuk Shan Christine", "Wong Yuk Shan"),
    )


def test_after_a_comma_the_english_name_may_be_any_word() -> None:
    """The review's R37-16: "Fok Kin Ning, Canning" (霍建宁, CK Hutchison's co-managing director) gave "Canning", which
    the census lacks; without the comma the census still decides."""
    assert adopted.short_form("霍建宁", "Fok Kin Ning, Canning") == (
        "Canning Fok",
        ("Fok Kin Ning, Canning", "Fok Kin Ning"),
    )
    assert adopted.short_form("霍建宁", "Fok Kin Ning Canning") == ("Fok Kin Ning Canning", ())


@pytest.mark.parametrize(("zh", "en"), [("沙田", "Sha Tin, New Territories"), ("沙田", "Sha Tin, Kowloon")])
def test_a_place_and_its_district_after_a_comma_is_no_directors_name(zh: str, en: str) -> None:
    assert adopted.short_form(zh, en) == (en, ())
