"""`zhgloss check`: a company's English with legal, holding and trade words has the short name news writes.

The review's R48-17: with a company's registered English ("Huawei Technologies Co. Ltd.", "Alibaba Group Holding
Limited", "Tencent Holdings Ltd"), `check` reported "Huawei" missing and "Alibaba", "Tencent" as variants. Reuters and
AP write the company's own name alone; the legal form (Co., Ltd., Inc., PLC …), the holding words (Group, Holdings)
and the words of its trade in the registered name (Technologies, Electronics, Motor, Systems …:
`forms.COMPANY_TRADE_WORDS`) go. Not a word the name is made of ("Bank" of "Bank of China", "Air" of "Air China"), not
a trade word that leaves a place ("China" of "China Telecom") or an English word ("General" of "General Electric"),
nor one after a word of grammar ("Bank of Communications"). The glossaries are real CC-CEDICT lines
(tests/data/cedict_check_company_short_s49.u8) and a sheet of the review's three companies, by the console script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture, import_into_empty
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.english_case import lower_words
from zhgloss.forms import company_short_forms, legal_form_shortenings

glossary = glossary_fixture("cedict_check_company_short_s49.u8")


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    """The review's three companies as a sheet gives them (no type column: untyped names)."""
    folder = tmp_path_factory.mktemp("sheet")
    csv = folder / "companies.csv"
    csv.write_text(
        "Chinese,English\n华为,Huawei Technologies Co. Ltd.\n阿里巴巴集团,Alibaba Group Holding Limited\n"
        "腾讯,Tencent Holdings Ltd\n",
        encoding="utf-8",
    )
    return import_into_empty(zhgloss_exe, csv, folder / "sheet.json")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("华为发布新手机。", "Huawei launched a new phone."),
        ("华为发布新手机。", "Huawei's new phone sold out."),
        ("阿里巴巴集团发布财报。", "Alibaba released its results."),
        ("阿里巴巴集团发布财报。", "Alibaba Group reported results."),
        ("腾讯发布财报。", "Tencent released its results."),
        ("腾讯发布财报。", "A Tencent-backed company reported results."),
        ("华为和腾讯合作。", "Huawei and Tencent will cooperate."),
        ("华为发布新手机。", "Huawei Technologies launched a new phone."),
    ],
)
def test_the_reviews_companies_pass_by_their_short_names(
    zhgloss_exe: str, sheet: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, sheet, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("技嘉发布新显卡。", "GIGABYTE launched a new graphics card."),  # 'GIGABYTE Technology Co.'
        ("富士康科技集团扩大投资。", "Foxconn Technology expanded its investment."),
        ("思科裁员。", "Cisco cut jobs."),  # 'Cisco Systems Company'
        ("瑞萨收购了一家公司。", "Renesas bought a company."),  # 'Renesas Electronics'
        ("安捷伦科技发布财报。", "Agilent reported results."),  # 'Agilent Technologies'
        ("是德科技发布财报。", "Keysight reported results."),  # 'Keysight Technologies'
        ("万事得召回汽车。", "Mazda recalled cars."),  # 'Mazda Motor Corporation'
        ("腾讯发布财报。", "Tencent reported results."),  # 'Tencent Holdings', its alias 'Tencent'
        ("三星集团发布财报。", "Samsung reported results."),  # 'Samsung Group'
        # The names as the glossary gives them still pass.
        ("中国银行发布财报。", "Bank of China reported results."),
        ("中国国际航空公司宣布。", "Air China announced."),
    ],
)
def test_cedict_companies_pass_by_their_short_names(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


def test_a_short_name_another_entry_holds_is_a_variant_that_says_so(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    # CC-CEDICT's 鸿海 'Hon Hai Precision Industry Company' is "aka Foxconn": the glossary gives "Foxconn" to another
    # entry, so the checker says whose name it is too (as "Xiaomi" for 小米集团 'Xiaomi Group'); it was `missing`.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("富士康科技集团扩大投资。", "Foxconn expanded.")]) == [
        '1: variant 富士康科技集团: found "Foxconn", expected "Foxconn Technology Group" '
        "('Foxconn' is the glossary's name for 鸿海, the name without 'Technology Group')"
    ]


_CHINA = "('China' is the glossary's name for 中国)"


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # A trade word that leaves a place: China Telecom is no "China".
        (
            "中国电信发布财报。",
            "China reported results.",
            f'missing 中国电信: found "China", expected "China Telecom" {_CHINA}',
        ),
        # The words a name is made of stay: "Bank" of "Bank of China", "Air" of "Air China".
        (
            "中国银行发布财报。",
            "China reported results.",
            f'missing 中国银行: found "China", expected "Bank of China" {_CHINA}',
        ),
        (
            "中国国际航空公司宣布。",
            "China announced.",
            f'missing 中国国际航空公司: found "China", expected "Air China" {_CHINA}',
        ),
        # A trade word after a word of grammar is the name's own.
        (
            "交通银行发布财报。",
            "The Bank reported results.",
            'missing 交通银行: found nothing, expected "Bank of Communications"',
        ),
        # A trade word that leaves an English word.
        ("通用电气裁员。", "General cut jobs.", 'missing 通用电气: found nothing, expected "General Electric"'),
        # A longer name the short name starts is another company's.
        ("思科裁员。", "Cisco Meraki cut jobs.", 'missing 思科: found nothing, expected "Cisco Systems Company"'),
    ],
)
def test_a_name_is_not_cut_to_a_place_a_word_or_a_longer_name(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [f"1: {expected}"]


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Huawei Technologies Co. Ltd.", ["Huawei Technologies Co.", "Huawei Technologies", "Huawei"]),
        ("Alibaba Group Holding Limited", ["Alibaba Group Holding", "Alibaba Group", "Alibaba"]),
        ("Tencent Holdings Ltd", ["Tencent Holdings", "Tencent"]),
        ("Foxconn Technology Group", ["Foxconn Technology", "Foxconn"]),
        ("Samsung Electronics Co., Ltd.", ["Samsung Electronics Co.", "Samsung Electronics", "Samsung"]),
        ("Toyota Motor Corporation", ["Toyota Motor", "Toyota"]),
        ("Air China Ltd.", ["Air China"]),
        ("Bank of China", []),
        ("Bank of Communications", []),
        ("Hefei University of Technology", []),
        ("General Electric", []),
        (
            "Global Tone Communication Technology Co., Ltd",
            ["Global Tone Communication Technology Co.", "Global Tone Communication Technology"],
        ),
    ],
)
def test_company_short_forms(name: str, short: list[str]) -> None:
    assert company_short_forms(name) == short


_REGISTERED = {"inc", "ltd", "plc", "pty", "corp", "group", "limited", "company", "holding", "holdings", "motor"}
_REGISTERED |= {"motors", "systems", "electric", "telecom", "incorporated"}
_COINED = st.from_regex(r"[A-Z][a-z]{2,7}", fullmatch=True).filter(
    lambda w: w.lower() not in lower_words() and w.lower() not in _REGISTERED
)
# A registered name's words in the order companies write them: trade, holding, legal form ("Samsung Electronics Co.,
# Ltd.", "Alibaba Group Holding Limited", "Foxconn Technology Group").
_TAIL = st.tuples(
    st.lists(st.sampled_from(["Technologies", "Technology", "Electronics", "Motor", "Systems"]), max_size=2),
    st.lists(st.sampled_from(["Group", "Holdings", "Holding"]), max_size=2),
    st.lists(st.sampled_from([" Limited", " Ltd", ", Co., Ltd.", " Inc.", " PLC", " Corporation"]), max_size=1),
).filter(lambda tail: any(tail))


@given(_COINED, _TAIL)
def test_a_coined_name_and_its_registered_words_shorten_to_the_name(
    name: str, tail: tuple[list[str], list[str], list[str]]
) -> None:
    trade, holding, legal = tail
    whole = " ".join([name, *trade, *holding]) + "".join(legal)
    short = company_short_forms(whole)
    assert short[-1] == name
    # Each a word or a chain fewer, each a beginning of the name; the legal forms' own shortenings come first.
    assert all(whole.startswith(form) and len(form) < len(whole) for form in short)
    assert short[: len(legal_form_shortenings(whole))] == legal_form_shortenings(whole)


@given(st.sampled_from(sorted(lower_words())), st.sampled_from(["Technologies", "Electronics", "Motor", "Systems"]))
def test_a_trade_word_never_leaves_an_english_word(word: str, trade: str) -> None:
    assert company_short_forms(f"{word.capitalize()} {trade}") == []
    assert company_short_forms(f"Bank of {word.capitalize()} {trade}") == []
