"""Tables saved from a spreadsheet as text: Excel's "Unicode Text" (.txt: UTF-16 with a byte order mark, tabs,
CRLF) and its "CSV" on Chinese Windows (GBK or Big5), the way a term base exported to XLSX (memoQ, Phrase,
Trados through MultiTerm Convert) comes back as text.

A .txt file is OmegaT's glossary by its name; one whose first row names columns is a table saved as text (an
OmegaT glossary has no header), read as a headed TSV. Before, Excel's "Unicode Text" was read as OmegaT and refused
("zh 'Chinese (PRC)' has no Chinese characters: are the columns swapped?").
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

HEADED = "Chinese (PRC)\tEnglish (United States)\tNote\r\n腾讯\tTencent\t互联网公司\r\n台积电\tTSMC\t\r\n"


def imported(exe: str, source: Path, db: Path) -> list[dict[str, object]]:
    result = subprocess.run([exe, "import", str(source), "--db", str(db)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    export = subprocess.run(
        [exe, "export", "--format", "jsonl", "--db", str(db)], capture_output=True, text=True, check=False
    )
    return [json.loads(line) for line in export.stdout.splitlines()]


@pytest.mark.parametrize(
    ("name", "encoded"),
    [
        ("terms.txt", b"\xff\xfe" + HEADED.encode("utf-16-le")),  # Excel: Unicode Text
        ("terms.txt", HEADED.encode("utf-8")),
        ("glossary.utf8", HEADED.encode("utf-8")),
        ("terms.tsv", b"\xff\xfe" + HEADED.encode("utf-16-le")),
    ],
)
def test_a_headed_table_saved_as_text_imports_by_its_header(
    zhgloss_exe: str, tmp_path: Path, name: str, encoded: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(encoded)
    entries = imported(zhgloss_exe, source, tmp_path / "g.json")
    assert [(e["zh"], e["en"], e["note"]) for e in entries] == [
        ("腾讯", "Tencent", "互联网公司"),
        ("台积电", "TSMC", None),
    ]


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        # The traditional form filled as add fills it since the thirty-sixth session (user U35-1): 騰訊, Tencent's.
        ("中文,英文,备注\r\n腾讯,Tencent,互联网公司\r\n", "gbk", ("腾讯", "騰訊", "Tencent")),
        ("繁體中文,英文\r\n騰訊,Tencent\r\n", "big5", ("腾讯", "騰訊", "Tencent")),
    ],
)
def test_an_excel_csv_of_chinese_windows_imports(
    zhgloss_exe: str, tmp_path: Path, text: str, encoding: str, expected: tuple[str, str | None, str]
) -> None:
    source = tmp_path / "terms.csv"
    source.write_bytes(text.encode(encoding))
    (entry,) = imported(zhgloss_exe, source, tmp_path / "g.json")
    assert (entry["zh"], entry["zh_hant"], entry["en"]) == expected


def test_an_omegat_glossary_without_a_header_is_still_omegat(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "glossary.txt"
    source.write_text("腾讯\tTencent\t互联网公司\n腾讯\tTengxun\n", encoding="utf-8")
    (entry,) = imported(zhgloss_exe, source, tmp_path / "g.json")
    assert (entry["zh"], entry["en"], entry["aliases"], entry["note"]) == ("腾讯", "Tencent", ["Tengxun"], "互联网公司")
