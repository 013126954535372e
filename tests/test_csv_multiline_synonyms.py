"""A synonym on a row of its own under its entry's (issue 9, formats gap 6: a demanding user's files).

The Glossary Converter writes a MultiTerm termbase to Excel in "multi-line format" on request: each synonym
gets its own line, the source either repeated or left blank (cerebus.de/glossaryconverter, "Synonym
Handling": "car | Auto" then "car | Wagen", or " | Wagen"). Read before as a second entry of the same Chinese
(refused: "has two entries for 马云") or, with the Chinese blank, as an entry without Chinese, silently.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


@pytest.mark.parametrize(
    "text",
    [
        "中文,英文\n马云,Jack Ma\n,Ma Yun\n马化腾,Pony Ma\n",  # the source left blank
        "中文,英文\n马云,Jack Ma\n马云,Ma Yun\n马化腾,Pony Ma\n",  # the source repeated
        "Chinese (PRC),English (United States),Notes\n马云,Jack Ma,founder\n,Ma Yun,pinyin\n马化腾,Pony Ma,\n",
    ],
)
def test_a_synonym_row_is_an_alias_of_the_entry_above(text: str) -> None:
    entries = entries_of(text)
    assert [(e.zh, e.en, e.aliases) for e in entries] == [
        ("马云", "Jack Ma", ("Ma Yun",)),
        ("马化腾", "Pony Ma", ()),
    ]


def test_a_synonym_rows_note_joins_the_entrys() -> None:
    (entry, _) = entries_of("中文,英文,备注\n马云,Jack Ma,founder\n,Ma Yun,pinyin spelling\n马化腾,Pony Ma,\n")
    assert entry.note == "founder; pinyin spelling"


def test_a_row_of_the_same_chinese_with_a_life_of_its_own_is_still_refused() -> None:
    text = "中文,英文,类型\n张伟,Zhang Wei,person\n张伟,Zhang Wei Group,org\n"
    with pytest.raises(FormatError, match="has two entries for 张伟"):
        entries_of(text)


def test_rows_with_ids_of_their_own_are_records_of_their_own() -> None:
    with pytest.raises(FormatError, match="has two entries with id 'a'"):
        entries_of("id,zh,en\na,雷军,Lei Jun\na,雷军,Lei Jun\n")


@pytest.mark.parametrize(
    "text",
    [
        "中文,英文\n,Jack Ma\n马化腾,Pony Ma\n",  # a synonym row before any entry
        "中文,英文\n,Jack Ma\n,Ma Yun\n马化腾,Pony Ma\n",
        "Chinese (PRC),English (United States),Notes\n,Jack Ma,founder\n马云,Ma Yun,\n",
        "source,target\n,Jack Ma\n马化腾,Pony Ma\n",  # the Chinese source, told by script
    ],
)
def test_a_synonym_row_with_no_entry_above_is_refused_with_its_line(text: str) -> None:
    # Gap 1 of s18: it became an entry without Chinese, silently (and the next blank row another one).
    with pytest.raises(FormatError, match=r"line 2: 'Jack Ma' has no Chinese and no entry with Chinese above it"):
        entries_of(text)


def test_a_row_without_chinese_that_says_what_it_is_stays_an_entry() -> None:
    # A type of its own is no synonym's: an English-only org, as before.
    assert [(e.zh, e.en, e.type) for e in entries_of("中文,英文,类型\n,Alibaba Group,org\n马云,Jack Ma,\n")] == [
        (None, "Alibaba Group", "org"),
        ("马云", "Jack Ma", "name"),  # untyped: a termbase's term, `name` by its capital (session 24, U20)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "source,target\nTsai Ing-wen,蔡英文\nSettings,\nMa Ying-jeou,马英九\n",  # Weblate, an English project
        "English,Chinese\nTsai Ing-wen,蔡英文\nSettings,\nMa Ying-jeou,马英九\n",
        "en-US,zh-CN,Notes\nTsai Ing-wen,蔡英文,\nSettings,,menu\nMa Ying-jeou,马英九,\n",
    ],
)
def test_an_untranslated_row_of_an_english_source_file_is_no_synonym(text: str) -> None:
    # The blank is the target's: a term not yet translated. It was made an alias of the row above
    # ('Settings' an English name of 蔡英文), silently.
    entries = entries_of(text)
    assert [(e.zh, e.en, e.aliases, e.draft) for e in entries] == [
        ("蔡英文", "Tsai Ing-wen", (), False),
        (None, "Settings", (), True),  # a draft until its Chinese is written: validate reports it
        ("马英九", "Ma Ying-jeou", (), False),
    ]


def test_an_untranslated_row_of_an_english_source_workbook_is_no_synonym() -> None:
    book = Workbook()
    sheet = book.active
    for row in (["source", "target"], ["Tsai Ing-wen", "蔡英文"], ["Settings", None], ["Ma Ying-jeou", "马英九"]):
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    assert [(e.zh, e.en, e.aliases) for e in load_xlsx(data, "terms.xlsx")][:2] == [
        ("蔡英文", "Tsai Ing-wen", ()),
        (None, "Settings", ()),
    ]


def test_the_cli_refuses_an_orphan_synonym_row_and_writes_nothing(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("中文,英文\n,Ma Yun\n马云,Jack Ma\n", encoding="utf-8")
    db = tmp_path / "g.json"
    done = subprocess.run(
        [sys.executable, "-m", "zhgloss", "import", str(terms), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("\n") == 1 and "line 2: 'Ma Yun' has no Chinese" in done.stderr
    assert not db.exists()


@pytest.mark.parametrize(
    "text",
    [
        "English,Chinese\nJack Ma,马云\n,马老师\n,馬雲\nPony Ma,马化腾\n",
        "source,target\nJack Ma,马云\n,马老师\n,馬雲\nPony Ma,马化腾\n",  # told by script
        "en-US,zh-CN,Notes\nJack Ma,马云,founder\n,马老师,\n,馬雲,\nPony Ma,马化腾,\n",
    ],
)
def test_under_an_english_source_a_row_with_the_english_blank_gives_a_chinese_synonym(text: str) -> None:
    # The multi-line layout of an English-source termbase: the English (the source) left blank. Refused before:
    # "the English form (en) is empty". The traditional form is zh_hant, the other a Chinese alias.
    entries = entries_of(text)
    assert [(e.zh, e.zh_hant, e.zh_aliases, e.en) for e in entries] == [
        ("马云", "馬雲", ("马老师",), "Jack Ma"),
        ("马化腾", None, (), "Pony Ma"),
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("English,Chinese\n,马老师\nJack Ma,马云\n", 2),  # no entry above
        ("English,Chinese,Type\nJack Ma,马云,person\n,阿里巴巴,org\n", 3),  # a type of its own: no synonym
    ],
)
def test_a_row_with_the_english_blank_and_no_entry_to_join_is_refused(text: str, line: int) -> None:
    with pytest.raises(FormatError, match=f"line {line}: the English form \\(en\\) is empty"):
        entries_of(text)
