"""harvest, the thirty-seventh session's review left to the lead (R37-2's addendum, R37-16, R37-17, R37-22, R37-24,
R37-25) and "Secretary of State Marco Rubio (马可·鲁比奥)" read as "State Marco Rubio".

Each class has its filed instance, cases of its own kind and, for the name-form rules, a Hypothesis property (R37-25:
this session's harvest name-form tests had none). The expected names are the people's own as their offices and the
papers write them: Canning Fok Kin-ning (CK Hutchison's annual reports), Chief Justice Andrew Cheung Kui-nung (the
Judiciary), the Revd Canon Peter Koon Ho-ming (LegCo's list of members), Terry Gou (Foxconn), Marco Rubio, Antony
Blinken and Ursula von der Leyen (their offices' English), China Merchants Bank's H share code 03968 (HKEX).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import Proposal, harvest


def _names(text: str) -> dict[str, Proposal]:
    return {p.zh or p.en: p for p in harvest(text, [])}


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("Secretary of State Marco Rubio (马可·鲁比奥) said.", "马可·鲁比奥", "Marco Rubio"),
        ("US Secretary of State Antony Blinken (安东尼·布林肯) said.", "安东尼·布林肯", "Antony Blinken"),
        (
            "European Commission President Ursula von der Leyen (乌尔苏拉·冯德莱恩) said.",
            "乌尔苏拉·冯德莱恩",
            "Ursula von der Leyen",
        ),
        ("Secretary of State Marco Rubio (鲁比奥) said.", "鲁比奥", "Marco Rubio"),
    ],
)
def test_a_title_with_of_before_a_dotted_foreign_name_is_no_part_of_it(text: str, zh: str, en: str) -> None:
    found = _names(text)[zh]
    assert (found.entry.en, found.entry.type) == (en, "person")


# Transliterations of given names and surnames as Xinhua writes them.
_GIVEN = [("Marco", "马可"), ("Antony", "安东尼"), ("John", "约翰"), ("Emmanuel", "埃马纽埃尔"), ("Rishi", "里希")]
_FAMILY = [("Rubio", "鲁比奥"), ("Blinken", "布林肯"), ("Kerry", "克里"), ("Macron", "马克龙"), ("Sunak", "苏纳克")]
_OF_TITLES = [
    "Secretary of State",
    "Minister of Foreign Affairs",
    "Secretary of Defense",
    "Chancellor of the Exchequer",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY), st.sampled_from(_OF_TITLES))
def test_any_title_of_a_body_before_a_dotted_name_is_cut(
    given_name: tuple[str, str], family: tuple[str, str], title: str
) -> None:
    zh = f"{given_name[1]}·{family[1]}"
    found = _names(f"{title} {given_name[0]} {family[0]} ({zh}) said.")
    assert found[zh].entry.en == f"{given_name[0]} {family[0]}"


@pytest.mark.parametrize(
    ("text", "zh", "en", "role"),
    [
        ("张文宏医生（Zhang Wenhong）说。", "张文宏", "Zhang Wenhong", "医生"),
        ("邓小平同志（Deng Xiaoping）指出。", "邓小平", "Deng Xiaoping", "同志"),
        ("张伟律师（Zhang Wei）表示。", "张伟", "Zhang Wei", "律师"),
        ("马云老师（Ma Yun）回到杭州。", "马云", "Ma Yun", "老师"),
        ("李嘉誠爵士（Li Ka-shing）出席典禮。", "李嘉诚", "Li Ka-shing", "爵士"),
        ("郭台铭董事长（Terry Gou）宣布。", "郭台铭", "Terry Gou", "董事长"),
    ],
)
def test_a_word_after_the_chinese_name_the_english_accounts_for_is_no_part_of_it(
    text: str, zh: str, en: str, role: str
) -> None:
    found = _names(text)
    assert zh in found, found.keys()
    assert (found[zh].entry.en, found[zh].entry.type) == (en, "person")
    assert not any(key.endswith(role) for key in found)


# Surnames and given-name characters with one reading each (GB/T 16159 pinyin), and words written after a name.
_SURNAMES = [
    ("张", "Zhang"),
    ("王", "Wang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("周", "Zhou"),
    ("徐", "Xu"),
]
_GIVEN_CHARS = [
    ("文", "wen"),
    ("宏", "hong"),
    ("明", "ming"),
    ("华", "hua"),
    ("伟", "wei"),
    ("军", "jun"),
    ("海", "hai"),
]
_AFTER = ["医生", "律师", "老师", "同志", "院士", "教授", "先生", "女士", "董事长", "总经理"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_SURNAMES),
    st.lists(st.sampled_from(_GIVEN_CHARS), min_size=1, max_size=2),
    st.sampled_from(_AFTER),
)
def test_any_pinyin_name_keeps_no_word_written_after_it(
    surname: tuple[str, str], given_chars: list[tuple[str, str]], after: str
) -> None:
    zh = surname[0] + "".join(c for c, _ in given_chars)
    en = f"{surname[1]} {''.join(p for _, p in given_chars).capitalize()}"
    found = _names(f"会上，{zh}{after}（{en}）表示。")
    assert zh in found, (zh, after, list(found))
    assert found[zh].entry.en == en


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("Mr. Fok Kin Ning, Canning (霍建宁) attended.", "Canning Fok"),
        ("Fok Kin Ning, Canning (霍建宁) attended.", "Canning Fok"),
        ("Mr. FOK Kin Ning, Canning (霍建宁) attended.", "Canning Fok"),
        ("Mr. Fok Kin-ning, Canning (霍建宁) attended.", "Canning Fok"),
    ],
)
def test_an_english_name_after_a_comma_that_no_census_lists_is_the_persons(text: str, en: str) -> None:
    found = _names(text)["霍建宁"]
    assert (found.entry.en, found.entry.type) == (en, "person")
    assert "Canning Fok Kin-ning" in found.entry.aliases


def test_a_director_in_the_listed_order_is_a_person_whatever_the_verb() -> None:
    found = _names("Dr. Ng Yu Zhi Edward (吴宇智) was re-elected.")["吴宇智"]
    assert (found.entry.en, found.entry.type) == ("Edward Ng", "person")


_HK_SURNAMES = [
    ("黄", "Wong"),
    ("陈", "Chan"),
    ("李", "Lee"),
    ("张", "Cheung"),
    ("刘", "Lau"),
    ("何", "Ho"),
    ("梁", "Leung"),
]
_CANTONESE = [
    ("玉", "Yuk"),
    ("珊", "Shan"),
    ("小", "Siu"),
    ("玲", "Ling"),
    ("慧", "Wai"),
    ("国", "Kwok"),
    ("德", "Tak"),
]
_ENGLISH = ["Christine", "Kelly", "Victor", "Edmond", "Peter", "Mary", "Canning", "Winnie"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_HK_SURNAMES),
    st.lists(st.sampled_from(_CANTONESE), min_size=2, max_size=2),
    st.sampled_from(_ENGLISH),
)
def test_any_director_in_the_listed_order_with_a_comma_is_written_as_the_papers_do(
    surname: tuple[str, str], given_chars: list[tuple[str, str]], english: str
) -> None:
    zh = surname[0] + "".join(c for c, _ in given_chars)
    written = f"{surname[1]} {' '.join(s for _, s in given_chars)}, {english}"
    found = _names(f"Mr. {written} ({zh}) was appointed.")
    assert (found[zh].entry.en, found[zh].entry.type) == (f"{english} {surname[1]}", "person")


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("The Hon Mr Justice Andrew CHEUNG Kui-nung (张举能) presided.", "张举能", "Andrew Cheung"),
        ("Madam Justice Maria YUEN Ka-ning (袁家宁) presided.", "袁家宁", "Maria Yuen"),
        ("Revd Canon the Hon Peter KOON Ho-ming (管浩鸣) prayed.", "管浩鸣", "Peter Koon"),
        ("Rev Father Dominic CHAN Chi-ming (陈志明) spoke.", "陈志明", "Dominic Chan"),
    ],
)
def test_a_judges_or_clerics_style_before_the_government_style_is_no_part_of_the_name(
    text: str, zh: str, en: str
) -> None:
    found = _names(text)[zh]
    assert (found.entry.en, found.entry.type) == (en, "person")


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("腾讯控股-R（Tencent）人民币柜台上市。", "腾讯控股", "Tencent"),
        ("美团-WR（Meituan）人民币柜台上市。", "美团", "Meituan"),
        ("阿里巴巴－SWR（Alibaba）人民币柜台上市。", "阿里巴巴", "Alibaba"),
        ("百济神州-B（BeiGene）公布业绩。", "百济神州", "BeiGene"),
    ],
)
def test_hkex_markers_of_the_renminbi_counter_are_no_part_of_the_name(text: str, zh: str, en: str) -> None:
    found = _names(text)
    assert zh in found, list(found)
    assert (found[zh].entry.en, found[zh].entry.type) == (en, "org")


@pytest.mark.parametrize(
    ("text", "code", "company"),
    [
        ("長江和記實業有限公司（「長和」或「本公司」）（股份代號：1）公佈業績。", "0001.HK", "長江和記實業有限公司"),
        (
            "宁德时代新能源科技股份有限公司（以下简称“宁德时代”或“公司”，证券代码：300750）发布公告。",
            "300750.SZ",
            "宁德时代新能源科技股份有限公司",
        ),
        (
            "招商银行股份有限公司（以下简称“本行”）（A股代码：600036；H股代码：03968）董事会公告。",
            "3968.HK",
            "招商银行股份有限公司",
        ),
    ],
)
def test_a_labelled_code_after_a_chinese_name_alone_names_its_company(text: str, code: str, company: str) -> None:
    found = _names(text)[code]
    assert found.entry.type == "stock_code"
    assert company in (found.entry.note or ""), found.entry.note
    assert "unnamed" not in found.explanation


def test_an_h_share_code_labelled_in_english_is_hong_kongs() -> None:
    text = (
        "China Merchants Bank Co., Ltd. (招商銀行股份有限公司) (A joint stock company incorporated in the People's "
        "Republic of China with limited liability) (H Share Stock Code: 03968)"
    )
    assert _names(text)["3968.HK"].entry.type == "stock_code"


@pytest.mark.parametrize(
    ("text", "zh", "role"),
    [
        ("何立峰副总理（He Lifeng）会见。", "何立峰", "副总理"),
        ("马朝旭副部长（Ma Zhaoxu）表示。", "马朝旭", "副部长"),
        ("丁薛祥常务副总理（Ding Xuexiang）出席。", "丁薛祥", "常务副总理"),
    ],
)
def test_a_deputys_title_after_the_name_keeps_its_opening_words(text: str, zh: str, role: str) -> None:
    """R38-1: 副 of 副总理 is the title's, never the name's (何立峰副)."""
    found = _names(text)
    assert zh in found, list(found)
    assert [r.title for r in found[zh].entry.roles] == [role]


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("Mr Justice Roberto Ribeiro (李義) presided.", "李义", "Roberto Ribeiro"),
        ("The Hon Mr Justice Joseph Fok (霍兆剛) presided.", "霍兆刚", "Joseph Fok"),
        ("Revd Canon Peter Koon Ho-ming (管浩鳴) prayed.", "管浩鸣", "Peter Koon"),
        ("The Most Revd Andrew Chan Au-ming (陳謳明) prayed.", "陈讴明", "Andrew Chan"),
    ],
)
def test_a_judges_or_clerics_style_in_any_shape_is_no_part_of_the_name(text: str, zh: str, en: str) -> None:
    """R38-2: the styles outside the government's capitals shape too (the Judiciary's and the Anglican Church's)."""
    assert _names(text)[zh].entry.en == en


def test_a_married_womans_four_character_name_in_the_directors_order() -> None:
    """R38-3: 周胡慕芳 (Susan Chow Woo Mo-fong, a director of CK Hutchison: its annual report)."""
    found = _names("Mrs. Chow Woo Mo Fong, Susan (周胡慕芳) was re-elected.")["周胡慕芳"]
    assert (found.entry.en, found.entry.type) == ("Susan Chow", "person")


def test_a_surname_in_capitals_without_an_english_name_is_written_as_papers_do() -> None:
    """R38-3: 甘慶林 Kam Hing Lam (CK Infrastructure's group managing director)."""
    found = _names("Mr. KAM Hing Lam (甘慶林) was re-elected.")["甘庆林"]
    assert (found.entry.en, found.entry.type) == ("Kam Hing Lam", "person")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Ping An Insurance (Group) Company of China, Ltd. (Stock Code: 2318) announced.",
            "Ping An Insurance (Group) Company of China, Ltd.",
        ),
        (
            "China Resources Beer (Holdings) Company Limited (Stock Code: 291) announced.",
            "China Resources Beer (Holdings) Company Limited",
        ),
    ],
)
def test_a_bracketed_word_inside_a_registered_name_does_not_end_it_before_a_code(text: str, company: str) -> None:
    """R38-4."""
    (found,) = harvest(text, [])
    assert found.entry.note == f"stock code of {company}"


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("Hon Hai Precision (鸿海精密) rose.", "鸿海精密", "Hon Hai Precision"),
        ("The Hon Andrew Leung Kwan-yuen (梁君彦) spoke.", "梁君彦", "Andrew Leung"),
    ],
)
def test_hon_is_an_honorific_only_after_the(text: str, zh: str, en: str) -> None:
    """Hon Hai (Foxconn's registered name) keeps its Hon; LegCo's "the Hon" is dropped."""
    assert _names(text)[zh].entry.en == en
