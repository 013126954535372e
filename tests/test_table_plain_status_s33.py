"""A plain "Status" column, and a "Source" column beside Chinese and English (user findings U33-30, U33-31, s33).

U33-30: a hand-kept sheet has one Status column for the row ("Approved" / "Forbidden", "❌ Do not use", 禁用, 是否禁用
是/否); it was dropped without a word, so each banned rendering became an accepted alias (lookup 任正非: "also in
English: Jen Cheng-fei"), and 中文,英文,状态 was refused with the model's "status: is not a field of an entry". The
status is now the row's term's: its English, else its Chinese.
U33-31: beside columns that name Chinese and English, "Source" was read as a third term column (雷军 got the English
alias "Reuters", and check passed "Reuters said."); it is where the rendering came from, the entry's sources. And a
column no field keeps ("Context") is said, never dropped without a word.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_tsv
from zhgloss.model import Entry


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "sheet.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


# The tester's status_plain.csv, status_emoji.csv, zt.csv and zt2.csv (任正非's Wade-Giles spelling banned), and the
# headers of hs.csv.
@pytest.mark.parametrize(
    ("header", "approved", "banned"),
    [
        ("Chinese,English,Status", "Approved", "Forbidden"),
        ("Chinese,English,Status", "✅ Approved", "❌ Do not use"),
        ("Chinese,English,Status", "", "不要用"),
        ("Chinese,English,Term Status", "Preferred", "Forbidden"),
        ("Chinese,English,Usage Status", "Preferred", "Forbidden"),
        ("Chinese,English,Forbidden?", "FALSE", "TRUE"),
        ("中文,英文,状态", "推荐", "禁用"),
        ("中文,英文,是否禁用", "否", "是"),
    ],
)
def test_a_plain_status_column_bans_the_rows_english(header: str, approved: str, banned: str) -> None:
    (entry,), _ = _load(f"{header}\n任正非,Ren Zhengfei,{approved}\n任正非,Jen Cheng-fei,{banned}\n")
    assert (entry.en, entry.aliases) == ("Ren Zhengfei", ())
    assert [f.form for f in entry.forbidden] == ["Jen Cheng-fei"]


def test_a_status_of_a_row_with_chinese_alone_bans_its_chinese() -> None:
    (entry,), _ = _load("Chinese,English,Status\n蔡英文,Tsai Ing-wen,Approved\n台湾总统,,Do not use\n")
    assert [f.form for f in entry.forbidden] == ["台湾总统"]
    assert entry.zh_aliases == ()


def test_a_status_zhgloss_does_not_know_is_said() -> None:
    (entry,), notes = _load("Chinese,English,Status\n任正非,Ren Zhengfei,Approved\n任正非,Jen Cheng-fei,maybe later\n")
    assert entry.aliases == ("Jen Cheng-fei",)
    assert "line 3: status 'maybe later' is no status zhgloss knows: the row's term is kept as accepted" in notes


def test_a_tsv_alike() -> None:
    (entry,) = load_tsv(
        io.StringIO("Chinese\tEnglish\tStatus\n任正非\tRen Zhengfei\t\n任正非\tJen Cheng-fei\tForbidden\n")
    )
    assert [f.form for f in entry.forbidden] == ["Jen Cheng-fei"]


# The tester's src_col.csv.
def test_a_source_column_beside_chinese_and_english_is_the_entrys_sources() -> None:
    text = "Chinese,English,Source\n雷军,Lei Jun,Reuters\n马化腾,Pony Ma,SCMP\n蔡英文,Tsai Ing-wen,Xinhua style guide\n"
    entries, _ = _load(text)
    assert [(e.en, e.aliases, e.sources) for e in entries] == [
        ("Lei Jun", (), ("Reuters",)),
        ("Pony Ma", (), ("SCMP",)),
        ("Tsai Ing-wen", (), ("Xinhua style guide",)),
    ]


def test_a_target_column_beside_them_is_a_labelled_note() -> None:
    (entry,), _ = _load("Chinese,English,Target\n国际货币基金组织,International Monetary Fund,IMF\n")
    assert (entry.aliases, entry.note) == ((), "Target: IMF")


def test_source_and_target_as_the_two_term_columns_are_still_terms() -> None:
    (entry,), _ = _load("source,target\n雷军,Lei Jun\n")
    assert (entry.zh, entry.en) == ("雷军", "Lei Jun")


def test_a_column_no_field_keeps_is_said() -> None:
    # The tester's ctx.csv.
    _, notes = _load("Chinese,English,Context\n雷军,Lei Jun,雷军在发布会上说\n")
    assert notes == ["line 1: passed over 1 column zhgloss keeps no field for: 'Context'"]


def test_a_usage_column_that_bans_is_the_rows_status() -> None:
    # The tester's usage.csv: "Usage" with "do not use" was kept as note text ("Usage: do not use"), the form accepted.
    (entry,), _ = _load("Chinese,English,Usage\n任正非,Ren Zhengfei,preferred\n任正非,Jen Cheng-fei,do not use\n")
    assert (entry.aliases, [f.form for f in entry.forbidden]) == ((), ["Jen Cheng-fei"])
    assert entry.note == "Usage: preferred"
