"""The words a team's sheet types its rows with (session 32, user finding U32-11).

A Chinese newsroom's sheet (中文,英文,类型,备注 / 王毅,Wang Yi,人名,外交部长) and a style sheet's English type words
(Location, City, Country, Brand, Book, Film) were refused whole, "type '人名' is not one zhgloss knows", and the message
named no way out. Each such word is read as zhgloss's type now (`zhgloss.formats.table.TYPE_WORDS`), in every table
reader; a word still unknown is refused with the line and the way out (skip the column, give --type).
"""

from __future__ import annotations

import io
import warnings

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_tsv
from zhgloss.formats.xlsx import load_xlsx

# The tester's zhtype.csv, and names of the same kinds from CC-CEDICT: 郑州 /Zhengzhou prefecture level city and
# capital of Henan Province .../, 华为 /Huawei (brand)/, 红楼梦 /A Dream of Red Mansions .../; 李宁 (/Li Ning (1963-),
# PRC gymnast .../) is also his sportswear brand, typed so here.
ROWS = [
    ("王毅", "Wang Yi", "人名", "person"),
    ("郑州", "Zhengzhou", "地名", "place"),
    ("华为", "Huawei", "机构", "org"),
    ("腾讯", "Tencent", "公司", "org"),
    ("红楼梦", "A Dream of Red Mansions", "作品", "work"),
    ("刘强东", "Richard Liu", "人物", "person"),
    ("深圳", "Shenzhen", "City", "place"),
    ("日本", "Japan", "Country", "place"),
    ("南京", "Nanjing", "Location", "place"),
    ("李宁", "Li-Ning", "Brand", "product"),
    ("三体", "The Three-Body Problem", "Book", "work"),
    ("霸王别姬", "Farewell My Concubine", "Film", "work"),
    ("雷布斯", "Leibusi", "绰号", "nickname"),
]


def _quiet(load: object, *args: object) -> list:  # type: ignore[type-arg]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportNote)
        return list(load(*args))  # type: ignore[operator]


def test_a_chinese_newsrooms_type_words_are_read_as_zhglosss_types() -> None:
    text = "中文,英文,类型,备注\n" + "".join(f"{zh},{en},{word},\n" for zh, en, word, _ in ROWS)
    entries = _quiet(load_csv, io.StringIO(text), "zhtype.csv")
    assert [(e.zh, e.type) for e in entries] == [(zh, kind) for zh, _, _, kind in ROWS]


def test_the_words_are_read_alike_in_tsv_and_xlsx() -> None:
    text = "中文\t英文\t类型\n" + "".join(f"{zh}\t{en}\t{word}\n" for zh, en, word, _ in ROWS)
    from_tsv = _quiet(load_tsv, io.StringIO(text), "zhtype.txt")
    book = Workbook()
    book.active.append(["中文", "英文", "类型"])
    for zh, en, word, _ in ROWS:
        book.active.append([zh, en, word])
    raw = io.BytesIO()
    book.save(raw)
    from_xlsx = _quiet(load_xlsx, io.BytesIO(raw.getvalue()), "zhtype.xlsx")
    expected = [(zh, kind) for zh, _, _, kind in ROWS]
    assert [(e.zh, e.type) for e in from_tsv] == [(e.zh, e.type) for e in from_xlsx] == expected


def test_a_person_typed_in_chinese_is_held_to_a_persons_rules() -> None:
    # 人名 is person: a person's Latin zh is refused as for 'person' (a copy of the English is no draft then).
    with pytest.raises(FormatError) as caught:
        _quiet(load_csv, io.StringIO("中文,英文,类型\nWang Yi,Wang Yi,人名\n"), "zhtype.csv")
    assert caught.value.line == 2


@pytest.mark.parametrize("word", ["官员", "Politician"])
def test_an_unknown_word_is_refused_with_the_way_out(word: str) -> None:
    with pytest.raises(FormatError) as caught:
        _quiet(load_csv, io.StringIO(f"zh,en,type\n王毅,Wang Yi,{word}\n"), "zhtype.csv")
    assert caught.value.line == 2
    assert "skip that column (--columns, - in its place) and give every row one type with --type" in str(caught.value)
