"""A Chinese office's bilingual sheet, as it is written (user finding U33-20's table items, session 33).

Headers in everyday use were refused as "unknown column": "CN,EN", "ENG,CHN", "名称,英文", and a person list's
"姓名,英文名,拼音,职务,单位,备注". A footer of English prose ("Source: newsroom style guide 2024") was said to have "its
cells the other way round"; a Chinese footer "说明：本表由编辑部整理" became a draft entry.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.model import Entry


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "sheet.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


@pytest.mark.parametrize(
    "header", ["CN,EN", "EN,CN", "ENG,CHN", "CHN,ENG", "CHS,EN", "名称,英文", "姓名,英文名", "EN,名称"]
)
def test_an_office_header_names_its_columns(header: str) -> None:
    chinese_first = header.split(",")[0] not in ("EN", "ENG")
    row = "雷军,Lei Jun" if chinese_first else "Lei Jun,雷军"
    (entry,), _ = _load(f"{header}\n{row}\n")
    assert (entry.zh, entry.en) == ("雷军", "Lei Jun")


def test_a_traditional_column_by_its_code() -> None:
    (entry,), _ = _load("CHT,EN\n韓國瑜,Han Kuo-yu\n")
    assert (entry.zh, entry.zh_hant) == ("韩国瑜", "韓國瑜")


def test_a_person_lists_post_and_employer_are_kept_in_the_note() -> None:
    # The tester's cnteam.csv.
    text = (
        "姓名,英文名,拼音,职务,单位,备注\n"
        "雷军,Lei Jun,Léi Jūn,董事长,小米集团,\n"
        "王传福,Wang Chuanfu,Wáng Chuánfú,董事长兼总裁,比亚迪,\n"
    )
    entries, _ = _load(text)
    assert [(e.zh, e.en, e.pinyin, e.note) for e in entries] == [
        ("雷军", "Lei Jun", "Léi Jūn", "职务: 董事长; 单位: 小米集团"),
        ("王传福", "Wang Chuanfu", "Wáng Chuánfú", "职务: 董事长兼总裁; 单位: 比亚迪"),
    ]


def test_a_bare_name_word_alone_is_still_no_header() -> None:
    # 名称 alone may be a term: a file of one column names nothing.
    with pytest.raises(FormatError):
        _load("名称,说明文字\n雷军,Lei Jun\n")


def test_an_english_footer_of_prose_is_said_to_be_prose() -> None:
    # The tester's footer.csv.
    text = "Chinese,English,Notes\n雷军,Lei Jun,Xiaomi founder\n马化腾,Pony Ma,\n,,\n,,\n"
    text += "Source: newsroom style guide 2024,,\nLast updated by J. Doe,,\n"
    with pytest.raises(FormatError) as caught:
        _load(text)
    lines = str(caught.value).splitlines()
    assert lines[0].endswith(
        "'Source: newsroom style guide 2024' has no Chinese characters, under the columns the "
        "header names (zh,en,note): a row of prose, no term (a note about the table?): delete the row"
    )
    assert "line 7: zh 'Last updated by J. Doe'" in lines[1]
    assert "other way round" not in str(caught.value)


def test_an_english_name_alone_in_the_chinese_column_is_still_a_swap() -> None:
    with pytest.raises(FormatError, match="this row has its cells the other way round"):
        _load("Chinese,English\n雷军,Lei Jun\nPony Ma,马化腾\n")


def test_a_chinese_footer_note_is_passed_over_and_said() -> None:
    # The tester's footer2.csv.
    entries, notes = _load(
        "Chinese,English,Notes\n雷军,Lei Jun,Xiaomi founder\n马化腾,Pony Ma,\n,,\n说明：本表由编辑部整理,,\n"
    )
    assert [e.zh for e in entries] == ["雷军", "马化腾"]
    assert notes == ["line 5: passed over '说明:本表由编辑部整理': a note about the table, no term"]
