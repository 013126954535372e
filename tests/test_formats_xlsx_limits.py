"""Workbooks built to exhaust the machine, and number cells shown through their format (issue 9, formats gap 2).

A workbook is a zip archive of XML parts; a small one can unpack to gigabytes (a decompression bomb), a merged
range over whole columns covers a million rows (Excel's "Merge Cells" on a column selection writes C1:D1048576),
and one cell at column XFD spans 16,384. Before, openpyxl unpacked and built every cell of them: a 2 MB workbook
of 2 GiB of whitespace took 105 s and 5.4 GB of memory, and a 5 KB one with a merge over C1:XFD1048576 ended in a
MemoryError traceback. Each is now refused in one line (exit 3) or read in bounded memory. The files are real:
zip archives with a crafted part, read by a real subprocess under a memory limit.

Number cells: Excel shows 700 under the format "00000" as 00700 (a Hong Kong stock code), so it is read so.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.xlsx import MAX_UNPACKED, load_xlsx, number_as_shown
from zhgloss.model import Entry

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Chinese</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>English</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>\xe9\xa9\xac\xe4\xba\x91</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>Jack Ma</t></is></c></row>'
)
TAIL = b"</sheetData></worksheet>"
MEMORY_LIMIT = 1 << 30  # bytes of address space the importing process may take


def base_workbook() -> bytes:
    book = Workbook()
    book.active.append(["Chinese", "English"])
    book.active.append(["马云", "Jack Ma"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def workbook_with_sheet(path: Path, chunks: Iterator[bytes], level: int = 1) -> Path:
    """A real workbook whose sheet part is replaced by `chunks`, streamed into the archive (never held whole)."""
    source = zipfile.ZipFile(io.BytesIO(base_workbook()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for info in source.infolist():
            if info.filename == SHEET:
                with out.open(SHEET, "w", force_zip64=True) as part:
                    for chunk in chunks:
                        part.write(chunk)
            else:
                out.writestr(info.filename, source.read(info.filename))
    return path


def spaces(mib: int) -> Iterator[bytes]:
    yield HEAD
    block = b" " * (1 << 20)
    for _ in range(mib):
        yield block
    yield TAIL


def import_limited(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`zhgloss import path` in a real process whose memory is capped at MEMORY_LIMIT."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "zhgloss", "import", str(path), "--db", str(tmp_path / "g.json")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        preexec_fn=cap,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def entries_of(path: Path) -> list[Entry]:
    with path.open("rb") as fp:
        return list(load_xlsx(fp, path.name))


def test_a_decompression_bomb_is_refused_in_one_line_in_bounded_memory(tmp_path: Path) -> None:
    bomb = workbook_with_sheet(tmp_path / "bomb.xlsx", spaces(300), level=9)
    assert bomb.stat().st_size < 2 << 20  # 300 MiB of sheet in well under 2 MB
    done = import_limited(bomb, tmp_path)
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("\n") == 1
    assert "unpacks to 300 MiB" in done.stderr and "zhgloss reads workbooks of up to 256 MiB" in done.stderr
    assert not (tmp_path / "g.json").exists()


def test_a_highly_packed_workbook_under_the_size_limit_is_refused_too() -> None:
    # 40 MiB from about 40 KB: no sheet of terms packs 1,000 to 1.
    data = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(base_workbook()))
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            body = b"".join(spaces(40)) if info.filename == SHEET else source.read(info.filename)
            out.writestr(info.filename, body)
    data.seek(0)
    with pytest.raises(FormatError, match=r"unpacks to 40 MiB from 0\.0 MiB; .* packed no more than 100 to 1"):
        list(load_xlsx(data, "packed.xlsx"))


def test_a_workbook_that_packs_like_a_real_one_but_unpacks_past_the_limit(tmp_path: Path) -> None:
    # Random bytes do not pack: 4 MiB of them keep the ratio under 100 to 1, so the size limit alone refuses it.
    def chunks() -> Iterator[bytes]:
        yield from spaces(MAX_UNPACKED >> 20)
        yield os.urandom(4 << 20)

    big = workbook_with_sheet(tmp_path / "big.xlsx", chunks())
    with pytest.raises(FormatError, match=r"unpacks to 26\d MiB from [45]\.\d MiB; zhgloss reads workbooks of up to"):
        entries_of(big)


def merged_workbook(path: Path, ref: str) -> Path:
    def chunks() -> Iterator[bytes]:
        yield HEAD
        yield b'<row r="3"><c r="A3" t="inlineStr"><is><t>\xe9\xa9\xac\xe5\x8c\x96\xe8\x85\xbe</t></is></c>'
        yield b'<c r="B3" t="inlineStr"><is><t>Pony Ma</t></is></c></row>'
        yield b'</sheetData><mergeCells count="1"><mergeCell ref="' + ref.encode() + b'"/></mergeCells></worksheet>'

    return workbook_with_sheet(path, chunks())


@pytest.mark.parametrize("ref", ["C1:D1048576", "C1:XFD1048576", "C2:XFD1048576"])
def test_a_merge_over_whole_columns_fills_only_the_rows_the_sheet_has(tmp_path: Path, ref: str) -> None:
    # It took 93 s and 1.6 GB (C1:D1048576), or a MemoryError traceback (C1:XFD1048576).
    workbook = merged_workbook(tmp_path / "merged.xlsx", ref)
    done = import_limited(workbook, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr


def test_a_merge_over_whole_columns_of_the_terms_keeps_each_rows_own_cells(tmp_path: Path) -> None:
    entries = entries_of(merged_workbook(tmp_path / "merged.xlsx", "A5:B1048576"))
    assert [(e.zh, e.en) for e in entries] == [("马云", "Jack Ma"), ("马化腾", "Pony Ma")]


def test_cells_far_to_the_right_on_many_rows_are_refused_not_spread(tmp_path: Path) -> None:
    # 2,000 rows with a cell at XFD span 32 million cells in a file of a few KB.
    def chunks() -> Iterator[bytes]:
        yield HEAD
        for row in range(3, 2003):
            yield f'<row r="{row}"><c r="XFD{row}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
        yield TAIL

    workbook = workbook_with_sheet(tmp_path / "wide.xlsx", chunks())
    done = import_limited(workbook, tmp_path)
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("\n") == 1 and "rows span more than 20,000,000 cells" in done.stderr


def test_a_row_past_excels_last_is_refused(tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield HEAD
        yield b'<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>'
        yield TAIL

    with pytest.raises(FormatError, match=r"line 1,?048,?577: sheet 'Sheet' has a row 1,048,577, past Excel's last"):
        entries_of(workbook_with_sheet(tmp_path / "long.xlsx", chunks()))


def test_an_entity_expansion_in_a_sheet_is_refused_in_one_line(tmp_path: Path) -> None:
    # "Billion laughs": openpyxl parses through defusedxml, which refuses a document type's entities.
    def chunks() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        yield HEAD[HEAD.index(b"<worksheet") :].replace(b"Jack Ma", b"&b;")
        yield TAIL

    workbook = workbook_with_sheet(tmp_path / "laughs.xlsx", chunks())
    done = import_limited(workbook, tmp_path)
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("\n") == 1 and "is not a readable Excel workbook" in done.stderr


def numbers_workbook(cells: list[tuple[str, str, float, str]]) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(["Chinese", "English", "Note"])
    for row, (zh, en, value, fmt) in enumerate(cells, 2):
        sheet.append([zh, en, value])
        sheet.cell(row, 3).number_format = fmt
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    return data


def test_number_cells_are_read_as_excel_shows_them() -> None:
    data = numbers_workbook(
        [
            ("比亚迪", "BYD", 2594, "000000"),  # Shenzhen's 002594
            ("腾讯控股", "Tencent Holdings", 700, "00000"),  # Hong Kong's 00700
            ("平安银行", "Ping An Bank", 1, '000000".SZ"'),
            ("贵州茅台", "Kweichow Moutai", 600519, '"SH"000000'),
            ("某公司", "Some Company", 0.25, "0%"),
            ("某银行", "Some Bank", 1234567.5, "#,##0.00"),
            ("某基金", "Some Fund", 2594, "General"),
        ]
    )
    notes = [e.note for e in load_xlsx(data, "codes.xlsx")]
    assert notes == ["002594", "00700", "000001.SZ", "SH600519", "25%", "1,234,567.50", "2594"]


def test_a_stock_code_kept_as_text_goes_out_and_comes_back_as_written(tmp_path: Path) -> None:
    from zhgloss.formats.xlsx import dump_xlsx

    entries = [Entry(id="tencent", en="Tencent", zh="腾讯", type="org", aliases=("00700", "0700.HK"))]
    data = io.BytesIO()
    dump_xlsx(entries, data)
    data.seek(0)
    assert list(load_xlsx(data, "out.xlsx")) == entries


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=2, max_value=12))
def test_a_zero_padded_format_pads_to_its_width(number: int, width: int) -> None:
    assert number_as_shown(number, "0" * width) == str(number).zfill(width)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_a_thousands_format_groups_as_python_does(number: int) -> None:
    assert number_as_shown(number, "#,##0") == f"{number:,}"


@pytest.mark.parametrize("fmt", ["General", "0", "@", "# ?/?", "0.00E+00", "yyyy-mm-dd"])
def test_a_plain_or_unread_format_leaves_the_digits(fmt: str) -> None:
    assert number_as_shown(1234, fmt) is None
