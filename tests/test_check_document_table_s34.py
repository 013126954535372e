"""`check` given one Word (.docx) or OpenDocument (.odt) file reads its table of source and target columns: the
bilingual review file CAT tools export, a segment a row (U34-4: it was read as text and answered "is not UTF-8 …
save it as UTF-8", exit 3). A document with no such table is a source whose translation was forgotten: exit 2.

The documents are written by python-docx and odfpy; every command runs as the installed console script in a
subprocess, on the bundled glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P

from zhgloss.office import document_tables, table_tsv

REVIEW = [
    ["ID", "Source (zh-CN)", "Target (en-US)", "Comment"],
    ["1", "雷军辞任金山软件执行董事。", "Lei Jun resigned as executive director of Kingsoft.", ""],
    ["2", "王翔出任小米集团总裁。", "Wang Yi became president of Xiaomi Group.", "check the name"],
    ["3", "马云已经退休。", "Jack Ma has retired.", ""],
]


def _docx(path: Path, *tables: list[list[str]], paragraphs: tuple[str, ...] = ()) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def _run(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=120, check=False, text=stdin is None)  # type: ignore[call-overload, no-any-return]


def test_a_review_table_is_checked_a_row_a_segment_its_header_and_id_column_passed_over(
    tmp_path: Path, zhgloss_exe: str
) -> None:
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "review.docx", REVIEW)))
    assert done.returncode == 1, done.stderr
    # Row 3 of the table (its header is row 1) is segment 2: 王翔 rendered "Wang Yi" is no rendering of Wang Xiang.
    assert done.stdout.startswith("2 [line 3]: missing 王翔"), done.stdout
    assert done.stdout.count("\n") == 1
    assert "checked 3 segments" in done.stderr
    assert "UTF-8" not in done.stderr


def test_a_right_review_table_passes(tmp_path: Path, zhgloss_exe: str) -> None:
    rows = [row[:] for row in REVIEW]
    rows[2][2] = "Wang Xiang became president of Xiaomi Group."
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "review.docx", rows)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "checked 3 segments: no name problems" in done.stderr


def test_a_bare_two_column_table_read_from_stdin(tmp_path: Path, zhgloss_exe: str) -> None:
    path = _docx(
        tmp_path / "pairs.docx",
        [["马云已经退休。", "Ma Yun has retired."], ["邹涛在金山软件任职。", "Zuo Tao works at Kingsoft."]],
    )
    done = _run(zhgloss_exe, "check", "-", stdin=path.read_bytes())
    out = done.stdout.decode()
    assert done.returncode == 1, done.stderr
    assert out.startswith("1: variant 马云"), out  # Ma Yun where the glossary prefers Jack Ma: a warning
    assert "2: misspelt 邹涛" in out  # Zuo Tao for Zou Tao fails


def test_the_segment_table_is_read_not_a_title_blocks_table_beside_it(tmp_path: Path, zhgloss_exe: str) -> None:
    details = [["Project", "Client", "Due"], ["Kingsoft story", "Desk", "2020-06-21"]]
    path = _docx(tmp_path / "review.docx", details, REVIEW, paragraphs=("Bilingual review",))
    done = _run(zhgloss_exe, "check", str(path))
    assert "checked 3 segments" in done.stderr
    assert "Kingsoft story" not in done.stdout


def test_a_document_without_a_table_is_a_source_without_its_translation(tmp_path: Path, zhgloss_exe: str) -> None:
    path = _docx(tmp_path / "story.docx", paragraphs=("雷军辞任金山软件执行董事。",))
    done = _run(zhgloss_exe, "check", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "is a document with no table of source and target columns: the translation is missing" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_opendocument_review_table_with_header_rows_and_repeated_empty_cells(
    tmp_path: Path, zhgloss_exe: str
) -> None:
    document = OpenDocumentText()
    table = Table(name="Review")
    table.addElement(TableColumn(numbercolumnsrepeated=4))
    header = TableHeaderRows()
    table.addElement(header)
    for number, cells in enumerate(REVIEW):
        row = TableRow()
        for text in cells[:3]:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        row.addElement(TableCell(numbercolumnsrepeated=1))  # LibreOffice's trailing empty cell
        (header if number == 0 else table).addElement(row)
    document.text.addElement(table)
    path = tmp_path / "review.odt"
    document.save(str(path))
    done = _run(zhgloss_exe, "check", str(path))
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("2 [line 3]: missing 王翔"), done.stdout


def test_a_cells_paragraphs_and_a_table_inside_it_are_its_text(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    source, target = table.rows[0].cells
    source.text = "雷军说："
    source.add_paragraph("小米会继续投资。")
    inner = target.add_table(rows=1, cols=1)
    inner.rows[0].cells[0].text = "Xiaomi will keep investing."
    target.paragraphs[0].text = "Lei Jun said:"
    path = tmp_path / "cell.docx"
    document.save(str(path))
    tables = document_tables(path.read_bytes(), "cell.docx")
    assert tables == [[["雷军说： 小米会继续投资。", "Lei Jun said: Xiaomi will keep investing."]]]


def test_a_merged_cell_keeps_its_rows_cells_under_their_columns(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Source", "Target", "Note"], strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "雷军"
    merged = table.rows[1].cells[1].merge(table.rows[1].cells[2])  # <w:gridSpan w:val="2"/>
    merged.text = "Lei Jun"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    tables = document_tables(path.read_bytes(), "merged.docx")
    assert tables == [[["Source", "Target", "Note"], ["雷军", "Lei Jun", ""]]]
    assert table_tsv(tables) == "Source\tTarget\tNote\n雷军\tLei Jun\t\n"


def test_no_table_of_two_columns_gives_no_segment_table() -> None:
    assert table_tsv([[["only one column"], ["雷军"]], []]) == ""


def test_a_table_of_figures_is_no_segment_table(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R3: an article with a table of figures was "checked", exit 0, its translation never asked for.
    figures = [["年份", "收入"], ["2019", "100"], ["2020", "120"]]
    path = _docx(tmp_path / "article.docx", figures, paragraphs=("雷军是小米的创始人。", "金山软件发布了财报。"))
    done = _run(zhgloss_exe, "check", str(path))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "is a document with no table of source and target columns" in done.stderr


def test_a_title_block_as_wide_as_the_segment_table_is_not_read(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R4: a two-column title block before a two-column table was read as segments.
    title = [["项目", "Kingsoft news"], ["日期", "2026-12-05"]]
    segments = [["Source", "Target"], *([zh, en] for _id, zh, en, _note in REVIEW[1:])]
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "review.docx", title, segments)))
    assert "checked 3 segments" in done.stderr, done.stderr
    assert "金山软件" not in done.stdout.replace("1 [line 2]", "")  # no `unexpected 金山软件` from the title block
    assert "unexpected" not in done.stdout


def test_a_long_table_split_in_two_is_read_whole(tmp_path: Path, zhgloss_exe: str) -> None:
    first, second = REVIEW[:3], [REVIEW[0], REVIEW[3]]  # Word repeats the header row on the next page's table
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "review.docx", first, second)))
    assert "checked 3 segments" in done.stderr, done.stderr


def test_a_damaged_lzma_member_is_named_damaged(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R1: zip method 14 (LZMA) is legal; its damage was a traceback.
    import zipfile

    body = _docx(tmp_path / "story.docx", paragraphs=("雷军辞任金山软件执行董事。",) * 50)
    with zipfile.ZipFile(body) as source:
        members = {name: source.read(name) for name in source.namelist()}
    path = tmp_path / "lz.docx"
    with zipfile.ZipFile(path, "w") as target:
        for name, data in members.items():
            method = zipfile.ZIP_LZMA if name == "word/document.xml" else zipfile.ZIP_DEFLATED
            target.writestr(name, data, compress_type=method)
    raw = bytearray(path.read_bytes())
    at = raw.index(b"word/document.xml") + len("word/document.xml") + 40  # inside the member's compressed data
    raw[at : at + 30] = bytes(30)
    path.write_bytes(bytes(raw))
    done = _run(zhgloss_exe, "annotate", str(path))
    assert done.returncode == 3, done.stderr
    assert "is a damaged document (word/document.xml" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_review_table_whose_targets_are_mostly_unwritten_is_still_one(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R19: its header names source and target; three of four targets empty was "no table", exit 2.
    rows = [
        ["Source", "Target"],
        ["雷军辞去金山软件执行董事职务。", "Lei Jun resigned."],
        ["马云已经退休。", ""],
        ["王翔出任小米集团总裁。", ""],
        ["刘强东辞去了职务。", ""],
    ]
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "partial.docx", rows)))
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("1 [line 2]: missing 金山软件")
    assert "3 without a translation skipped" in done.stderr
    # Without a header, by script: the one filled target is Latin.
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "bare.docx", rows[1:])))
    assert done.returncode == 1, done.stderr
    assert "missing 金山软件" in done.stdout


def test_a_continuation_without_the_header_is_read_too(tmp_path: Path, zhgloss_exe: str) -> None:
    # The docs check's F3: a second table as wide, its rows going on without the header, was dropped in silence.
    first = REVIEW[:3]
    rest = [["4", "邹涛在金山软件任职。", "Zuo Tao works at Kingsoft.", ""]]
    done = _run(zhgloss_exe, "check", str(_docx(tmp_path / "review.docx", first, rest)))
    assert "checked 3 segments" in done.stderr, done.stderr
    assert "misspelt 邹涛" in done.stdout
