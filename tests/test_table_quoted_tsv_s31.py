"""Quoted cells of tab-separated text (session 31, user finding U30-30).

Excel and LibreOffice, saving a sheet as tab-delimited text ("Unicode Text", "Text (Tab delimited)"), put a cell that
holds a tab, a line break or a double quote inside double quotes and double each quote in it, as CSV does. The
reader split such a cell at its tab or line break ("line 3: the English form (en) is empty", or a draft made of the
second half of a note). zhgloss's own rich TSV escapes tabs and line breaks instead, and a cell of its own that
starts with a quote is now written quoted, so both read back exactly.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.formats.tsv import dump_tsv, load_omegat, load_tsv
from zhgloss.model import Entry

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))

# The tester's ut.txt / ut2.txt: a header in Chinese, a note over two lines, a note with a tab, one with quotes.
UNICODE_TEXT = (
    "中文\t英文\t备注\r\n"
    '雷军\tLei Jun\t"小米创始人\r\n金山董事长"\r\n'
    '马云\tJack Ma\t"阿里巴巴\t创始人"\r\n'
    '马化腾\tPony Ma\t"说：""我"""\r\n'
)


def _notes(entries: object) -> dict[str, tuple[str, str | None]]:
    return {e.zh: (e.en, e.note) for e in entries}  # type: ignore[attr-defined]


@pytest.mark.parametrize("load", [load_tsv, load_omegat])
def test_excels_quoted_cells_are_read_whole(load: object) -> None:
    entries = load(io.StringIO(UNICODE_TEXT), "ut.txt")  # type: ignore[operator]
    assert _notes(entries) == {
        "雷军": ("Lei Jun", "小米创始人\n金山董事长"),
        "马云": ("Jack Ma", "阿里巴巴\t创始人"),
        "马化腾": ("Pony Ma", '说："我"'),
    }


def test_a_quoted_english_cell_loses_its_quotes_only() -> None:
    text = 'zh\ten\tnote\n雷军\t"Lei Jun"\tfounder\n刘强东\t"Richard ""Dick"" Liu"\t\n'
    assert _notes(load_tsv(io.StringIO(text), "q.tsv")) == {
        "雷军": ("Lei Jun", "founder"),
        "刘强东": ('Richard "Dick" Liu', None),
    }


@pytest.mark.parametrize(
    "note",
    [
        '"Iron Lady" of Britain',  # a quote that opens the cell but is no whole quoted field: read as it is
        '"Iron Lady"',  # a whole one: written quoted by export, so it reads back with its quotes
        'He said "no"',
        '"',
        '""',
    ],
)
def test_zhglosss_own_tsv_keeps_a_note_that_starts_with_a_quote(note: str) -> None:
    entry = Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", note=note)
    out = io.StringIO()
    dump_tsv([entry], out)
    (back,) = load_tsv(io.StringIO(out.getvalue()), "export.tsv")
    assert back.note == note


def test_an_unclosed_quote_is_read_as_a_quote() -> None:
    text = 'zh\ten\tnote\n雷军\tLei Jun\t"founder\n马云\tJack Ma\t\n'
    assert _notes(load_tsv(io.StringIO(text), "q.tsv")) == {
        "雷军": ("Lei Jun", '"founder'),
        "马云": ("Jack Ma", None),
    }


def test_the_cli_reads_excels_utf16_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "ut2.txt"
    path.write_bytes(b"\xff\xfe" + UNICODE_TEXT.encode("utf-16-le"))
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "draft" not in result.stderr
    stored = {doc["zh"]: doc for table in json.loads(db.read_text()).values() for doc in table.values()}
    assert sorted(stored) == ["雷军", "马云", "马化腾"]
    assert stored["马化腾"]["note"] == '说："我"'
