"""A term's traditional form given as its synonym (issue 9, formats gap 3 of s18).

Tools list both scripts of a Chinese term as synonyms: one cell "腾讯；騰訊" or "馬雲|马云" (the Glossary
Converter's MultiTerm flattening, a translator's sheet), memoQ's second Chinese term column, a traditional
column (繁體) beside the simplified one. The traditional form is the entry's zh_hant, not a Chinese alias
standing beside zh as another name (which left zh_hant empty); a term written twice in a cell is one term.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry

# Names whose traditional form differs from the simplified one (checked by hand against OpenCC s2t and the
# names' usual spelling in Taiwan and Hong Kong).
PAIRS = [
    ("马云", "馬雲"),
    ("腾讯", "騰訊"),
    ("华为", "華為"),
    ("邓小平", "鄧小平"),
    ("张学友", "張學友"),
    ("刘德华", "劉德華"),
    ("台湾", "臺灣"),
    ("阿里巴巴集团", "阿里巴巴集團"),
]


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


def chinese_of(entry: Entry) -> tuple[str | None, str | None, tuple[str, ...]]:
    return entry.zh, entry.zh_hant, entry.zh_aliases


@pytest.mark.parametrize(
    "cell",
    ["腾讯；騰訊", "騰訊；腾讯", "腾讯|騰訊", "騰訊|腾讯", "腾讯; 騰訊", '"腾讯\n騰訊"', "腾讯\u241e騰訊"],
)
def test_a_traditional_synonym_in_the_cell_is_zh_hant(cell: str) -> None:
    (entry,) = entries_of(f"中文,英文\n{cell},Tencent\n")
    assert chinese_of(entry) == ("腾讯", "騰訊", ())


def test_a_third_synonym_stays_an_alias() -> None:
    (entry,) = entries_of("中文,英文\n马云|馬雲|马老师,Jack Ma\n")
    assert chinese_of(entry) == ("马云", "馬雲", ("马老师",))


@pytest.mark.parametrize("cell", ["蔡英文;蔡英文", "蔡英文|蔡英文", "蔡英文；蔡英文"])
def test_a_term_written_twice_in_a_cell_is_one_term(cell: str) -> None:
    # It stayed whole: zh '蔡英文;蔡英文'.
    (entry,) = entries_of(f"中文,英文\n{cell},Tsai Ing-wen\n")
    assert chinese_of(entry) == ("蔡英文", None, ())


def test_an_english_term_written_twice_in_a_cell_is_one_term() -> None:
    (entry,) = entries_of("中文,英文\n马云,Jack Ma|Jack Ma\n")
    assert (entry.en, entry.aliases) == ("Jack Ma", ())


def test_memoqs_second_chinese_term_column_in_traditional_is_zh_hant() -> None:
    (entry,) = entries_of("Chinese_PRC,Chinese_PRC,English_United_States\n腾讯,騰訊,Tencent\n")
    assert chinese_of(entry) == ("腾讯", "騰訊", ())


def test_a_second_traditional_form_stays_an_alias() -> None:
    # 台灣 and 臺灣 both write Taiwan in traditional characters: one is zh_hant, the other an alias.
    (entry,) = entries_of("简体,英文\n台湾|臺灣|台灣,Taiwan\n")
    assert chinese_of(entry) == ("台湾", "臺灣", ("台灣",))


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("简体,繁體,英文", "马云,馬雲,Jack Ma", ("马云", "馬雲", ())),
        # The two Chinese cells swapped: 馬雲 was made zh's simplified 马云 and the traditional form lost.
        ("简体,繁體,英文", "馬雲,马云,Jack Ma", ("马云", "馬雲", ())),
        ("繁體中文,简体中文,English", "馬雲,马云,Jack Ma", ("马云", "馬雲", ())),
        # Two traditional forms, one in each column: 臺灣 was lost.
        ("简体,繁體,英文", "臺灣,台灣,Taiwan", ("台湾", "台灣", ("臺灣",))),
        ("zh-CN,zh-TW,en", "腾讯,騰訊|腾讯,Tencent", ("腾讯", "騰訊", ())),
    ],
)
def test_a_traditional_column_beside_a_simplified_one(
    header: str, row: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    (entry,) = entries_of(f"{header}\n{row}\n")
    assert chinese_of(entry) == expected


def test_a_workbook_cell_of_both_scripts() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Chinese (PRC)", "English (United States)"])
    sheet.append(["華為|华为", "Huawei"])
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    (entry,) = load_xlsx(data, "terms.xlsx")
    assert chinese_of(entry) == ("华为", "華為", ())


@given(
    pair=st.sampled_from(PAIRS), separator=st.sampled_from(["|", ";", "；", "\u241e", "; ", " | "]), flip=st.booleans()
)
def test_both_scripts_of_a_name_in_one_cell_are_zh_and_zh_hant(
    pair: tuple[str, str], separator: str, flip: bool
) -> None:
    simplified, traditional = pair
    first, second = (traditional, simplified) if flip else pair
    (entry,) = entries_of(f"中文,英文\n{first}{separator}{second},Some Name\n")
    assert chinese_of(entry) == (simplified, traditional, ())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # OpenCC's t2s folds these onto zh, but they are other words: 鬆 "loose" is no form of the place 松滋.
        ("松滋|鬆滋", ("松滋", None, ("鬆滋",))),
        # Taiwan's word for Chad is another name, not 乍得 in traditional characters.
        ("乍得|查德", ("乍得", None, ("查德",))),
    ],
)
def test_another_word_that_converts_to_zh_stays_an_alias(cell: str, expected: tuple[str, None, tuple[str]]) -> None:
    (entry,) = entries_of(f"中文,英文,类型\n{cell},Some Place,place\n")
    assert chinese_of(entry) == expected


def test_a_surnames_traditional_form_is_by_the_surname_table() -> None:
    # 岳 as a surname stays 岳 in traditional characters; 嶽 (a high mountain) is another word.
    (entry,) = entries_of("中文,英文,类型\n岳|嶽,Yue,surname\n")
    assert chinese_of(entry) == ("岳", None, ("嶽",))
