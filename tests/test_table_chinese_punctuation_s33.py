"""Punctuation between the Chinese words of a table's Chinese cell (user finding U32-22, session 33).

`import punct2.csv` stored zh '雷军:小米' and '腾讯、阿里' (the full-width colon folded to ':'); validate said 0
errors and annotate never found 雷军 or 腾讯 in Chinese text. A Google Sheets template's example row (`例：雷军,e.g. Lei
Jun`) became an entry 例:雷军. A name writes no colon, 、, comma or full stop between its characters (CC-CEDICT's
headwords: a comma only in sayings, 、 in one game's name, none of the others), so such a cell is refused with its
line, by one rule (`zhgloss.formats.table.chinese_punctuation_problem`), and a template's example row is passed over
and said.
"""

from __future__ import annotations

import io
import warnings

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote, chinese_punctuation_problem
from zhgloss.formats.tsv import load_tsv
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry

# The tester's punct2.csv, as it is.
PUNCT2 = (
    "zh,en\n雷军：小米,Lei Jun\n《三体》,The Three-Body Problem\n“小米”,Xiaomi\n华为。,Huawei\n腾讯、阿里,Tencent\n"
)


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "names.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if issubclass(w.category, ImportNote)]


def test_the_testers_file_is_refused_at_each_cell_that_holds_two_things() -> None:
    with pytest.raises(FormatError) as caught:
        _load(PUNCT2)
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("'names.csv', line 2: zh '雷军:小米' holds ':' between Chinese words ('雷军', '小米')")
    assert lines[1].startswith("'names.csv', line 6: zh '腾讯、阿里' holds '、' between Chinese words ('腾讯', '阿里')")
    assert "give other Chinese forms as Chinese aliases (zh_aliases), a description in the note" in lines[0]
    assert lines[-1] == "2 lines refused: fix them all (nothing was imported)"


# Names of CC-CEDICT (李彥宏 /Robin Li (1968-), founder and CEO of Baidu 百度/, 馬化騰 /Ma Huateng aka Pony Ma/, 華為
# /Huawei (brand)/) written with what a sheet puts beside them, each mark of the class; typed or not.
@pytest.mark.parametrize(
    "row",
    [
        "李彦宏：百度,Robin Li,person",
        "李彦宏:百度,Robin Li,",
        "马化腾，腾讯,Ma Huateng,person",
        "华为。小米,Huawei,org",
        "百度、阿里巴巴,Baidu,org",
        "马化腾？腾讯,Pony Ma,",
    ],
)
def test_a_name_cell_parted_by_punctuation_is_refused(row: str) -> None:
    with pytest.raises(FormatError, match=r"line 2: zh '.+' holds '.' between Chinese words"):
        _load(f"zh,en,type\n{row}\n")


# What holds such marks rightly: CC-CEDICT's sayings (一不做，二不休 /in for a penny, in for a pound/) and its game
# 石頭、剪子、布 /rock-paper-scissors/, phrases; a work's title whose English has the colon too; a list in both
# languages; a foreign name's middle dot (比爾·蓋茨 /Bill Gates/).
@pytest.mark.parametrize(
    ("row", "zh"),
    [
        ('一不做，二不休,"in for a penny, in for a pound",', "一不做,二不休"),
        ("石头、剪子、布,rock-paper-scissors,", "石头、剪子、布"),
        ("星球大战：新希望,Star Wars: A New Hope,work", "星球大战:新希望"),
        ('中、日、韩,"China, Japan and South Korea",', "中、日、韩"),
        ("比尔·盖茨,Bill Gates,person", "比尔·盖茨"),
    ],
)
def test_punctuation_a_term_holds_rightly_is_kept(row: str, zh: str) -> None:
    (entry,), _ = _load(f"zh,en,type\n{row}\n")
    assert entry.zh == zh


def test_a_templates_example_row_is_passed_over_and_said() -> None:
    # The tester's desc2.csv (a Google Sheets glossary template whose row 2 is an example).
    entries, notes = _load("Chinese,English,Note\n例：雷军,e.g. Lei Jun,\n王毅,Wang Yi,FM\n")
    assert [(e.zh, e.en) for e in entries] == [("王毅", "Wang Yi")]
    assert notes == ["line 2: passed over '例:雷军': a template's example row"]


def test_an_example_row_of_a_workbook_and_a_tsv_alike() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["中文", "English"], ["示例：马云", "e.g. Jack Ma"], ["马化腾", "Pony Ma"]):
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        entries = list(load_xlsx(data, "names.xlsx"))
        tsv = list(load_tsv(io.StringIO("zh\ten\n比如：马云\tJack Ma\n马化腾\tPony Ma\n"), "names.tsv"))
    assert [e.zh for e in entries] == ["马化腾"]
    assert [e.zh for e in tsv] == ["马化腾"]


def test_the_rule_holds_where_the_columns_are_given() -> None:
    with pytest.raises(FormatError, match=r"line 1: zh '雷军:小米' holds ':'"):
        list(load_csv(io.StringIO("雷军：小米,Lei Jun\n"), "n.csv", columns=["zh", "en"]))


def test_the_one_rule_says_a_stored_example_is_one() -> None:
    said = chinese_punctuation_problem("例:雷军", ["e.g. Lei Jun"])
    assert said == "is a template's example ('例' and a colon): delete the row, or write the name alone"


# The s33 review's R4: a translator's table of sayings writes their English capitalised, and an untyped row's English
# with a capital was read as a name's. CC-CEDICT's ，-sayings (以直報怨，以德報德 /to repay kindness with kindness, and
# repay enmity with justice/, 知彼知己，百戰不殆 /knowing the enemy and yourself will get you unscathed .../) and the
# reviewer's slogan, in sentence case.
@pytest.mark.parametrize(
    "row",
    [
        "一分耕耘，一分收获,You reap what you sow",
        "以直报怨，以德报德,To repay kindness with kindness and enmity with justice",
        "知彼知己，百战不殆,Know the enemy and yourself",
        "不忘初心、牢记使命,Stay true to our founding mission",
        "塞翁失马，焉知非福,A blessing in disguise",
    ],
)
def test_a_saying_in_sentence_case_keeps_its_comma(row: str) -> None:
    (entry,), _ = _load(f"zh,en\n{row}\n")
    assert entry.zh == row.split(",")[0].replace("，", ",")


@pytest.mark.parametrize("row", ["马化腾，腾讯,Ma Huateng", "腾讯、阿里,Tencent", "中国银行，工商银行,Bank of China"])
def test_a_name_in_title_case_is_still_refused(row: str) -> None:
    with pytest.raises(FormatError, match="between Chinese words"):
        _load(f"zh,en\n{row}\n")
