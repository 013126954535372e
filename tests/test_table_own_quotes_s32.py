"""A tab-separated cell wholly in quotes that needed no quoting is the cell's own text (session 32; review R12, brief
item 5).

6f9c9e0 read any whole quoted field of tab-separated text as Excel's quoting (U30-30), so a cell that is its own text
in quotes lost them unsaid: zhgloss's rich TSV written before that commit ('"Leibusi"' as a note: imported 'Leibusi',
and the same file then conflicted with the glossary it came from), and every OmegaT glossary, whose format has no
quoting at all (OmegaT's GlossaryReaderTSV splits a line at its tabs and trims each cell, quotes and all), so a term or
comment in quotes did not survive zhgloss's own OmegaT export and import. Excel and LibreOffice quote a cell only when
it holds a tab, a line break or a quote; a quoted cell with none of them inside keeps its quotes now. CC-CEDICT writes
such senses: 泰西 /"the Far West"/, 网络水军 /"Internet Navy"/.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.table import COLUMNS, entry_to_row, neutralize
from zhgloss.formats.tsv import _escape, dump_omegat, dump_tsv, load_omegat, load_tsv
from zhgloss.model import Entry

QUOTED_NOTES = [
    ("lei-jun", "person", "雷军", "Lei Jun", '"Leibusi"'),  # the reviewer's rq_old.tsv
    ("taixi", "term", "泰西", "the West", '"the Far West"'),  # CC-CEDICT: 泰西 /"the Far West"/old term for Europe...
    ("wangluo-shuijun", "term", "网络水军", "paid posters", '"Internet Navy"'),  # 网络水军 /"Internet Navy"/...
]


def _entry(id_: str, kind: str, zh: str, en: str, note: str) -> Entry:
    return Entry(id=id_, type=kind, zh=zh, en=en, note=note)


def _old_rich_tsv(entries: list[Entry]) -> str:
    """Rich TSV as zhgloss wrote it before 6f9c9e0: no cell quoted, whatever it starts with."""
    lines = ["\t".join(COLUMNS)]
    for entry in entries:
        row = entry_to_row(entry)
        lines.append("\t".join(_escape(neutralize(row[name])) for name in COLUMNS))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fields", QUOTED_NOTES)
def test_an_older_rich_tsv_export_keeps_a_note_wholly_in_quotes(fields: tuple[str, str, str, str, str]) -> None:
    entry = _entry(*fields)
    (back,) = load_tsv(io.StringIO(_old_rich_tsv([entry])), "old.tsv")
    assert back.note == fields[4]
    assert back == entry


@pytest.mark.parametrize("fields", QUOTED_NOTES)
def test_todays_rich_tsv_export_still_reads_back(fields: tuple[str, str, str, str, str]) -> None:
    entry = _entry(*fields)
    out = io.StringIO()
    dump_tsv([entry], out)
    (back,) = load_tsv(io.StringIO(out.getvalue()), "new.tsv")
    assert back.note == fields[4]


@pytest.mark.parametrize("fields", QUOTED_NOTES)
def test_an_omegat_comment_wholly_in_quotes_survives_export_and_import(fields: tuple[str, str, str, str, str]) -> None:
    entry = _entry(*fields)  # no pinyin: the comment is the note alone
    out = io.StringIO()
    dump_omegat([entry], out)
    assert out.getvalue().split("\t")[2].rstrip("\n") == fields[4]  # written as OmegaT shows it, unquoted
    (back,) = load_omegat(io.StringIO(out.getvalue()), "glossary.utf8")
    assert back.note == fields[4]


def test_an_omegat_synonym_wholly_in_quotes_survives_export_and_import() -> None:
    # CC-CEDICT's 撒切尔 /... Margaret Thatcher .../, with a newsroom's nickname kept as written.
    entry = Entry(id="thatcher", type="person", zh="撒切尔", en="Margaret Thatcher", aliases=('"Iron Lady"',))
    out = io.StringIO()
    dump_omegat([entry], out)
    assert '撒切尔\t"Iron Lady"\n' in out.getvalue()
    (back,) = load_omegat(io.StringIO(out.getvalue()), "glossary.utf8")
    assert back.aliases == ('"Iron Lady"',)


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ('雷军\tLei Jun\t"小米创始人""雷布斯"""\n', '小米创始人"雷布斯"'),  # Excel: a quote inside, doubled
        ('雷军\tLei Jun\t"小米创始人\t金山董事长"\n', "小米创始人\t金山董事长"),  # a tab inside
        ('"雷军"\t"Lei Jun"\t"小米创始人"\n', "小米创始人"),  # LibreOffice's "Quote all text cells": every cell
    ],
)
def test_a_cell_a_spreadsheet_quoted_is_still_read_inside_its_quotes(line: str, note: str) -> None:
    (entry,) = load_tsv(io.StringIO("中文\t英文\t备注\n" + line), "sheet.txt")
    assert (entry.zh, entry.en, entry.note) == ("雷军", "Lei Jun", note)
