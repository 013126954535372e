"""A --db that is no glossary (session 33, issue 9; user U32-19's small items).

- A CSV, TBX, workbook or CC-CEDICT file given as --db (a natural slip: `--db team.tbx`) was "not valid JSON:
  Expecting value at line 1, column 1" or "is not UTF-8 (byte 10)": it says what the file is and the command that
  reads it, `zhgloss import FILE`; the file is not changed, and no lock file is left beside it.
- One null document among good ones: lookup said "table 'entries' does not hold entries", validate "document 1:
  entry: cannot be read: must be an object, not null": both say the latter.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest


def _workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


TBX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body><termEntry id="1">'
    '<langSet xml:lang="zh-CN"><tig><term>雷军</term></tig></langSet></termEntry></body></text></martif>\n'
).encode()


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("team.csv", "zh,en\n雷军,Lei Jun\n".encode(), "a CSV file"),
        ("team.tbx", TBX, "a TBX termbase"),
        ("team.xml", TBX, "a TBX termbase"),
        ("team.xlsx", _workbook(), "an Excel workbook"),
        (
            "names.jsonl",
            '{"zh": "雷军", "en": "Lei Jun"}\n{"zh": "马云", "en": "Jack Ma"}\n'.encode(),
            "a JSON Lines file",
        ),
        (
            "cedict_ts.u8",
            "鄭州 郑州 [Zheng4 zhou1] /Zhengzhou prefecture level city and capital of Henan Province in central "
            "China/\n".encode(),
            "a CC-CEDICT file",
        ),
    ],
)
def test_an_import_file_given_as_db_is_named_with_the_way_in(
    zhgloss_exe: str, tmp_path: Path, name: str, content: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = subprocess.run([zhgloss_exe, "--db", str(path), "lookup", "雷军"], capture_output=True, text=True)
    assert done.returncode == 3
    assert f"{str(path)!r}: is {kind}, not a zhgloss glossary" in done.stderr
    assert f"run 'zhgloss import {name}'" in done.stderr
    assert "fix or restore" not in done.stderr  # nothing there to fix: the file is no glossary (hint_for)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_null_document_is_said_as_validate_says_it(zhgloss_exe: str, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    good = {"id": "lei-jun", "type": "person", "zh": "雷军", "en": "Lei Jun"}
    path.write_text(json.dumps({"entries": {"1": None, "2": good}}), encoding="utf-8")
    looked = subprocess.run([zhgloss_exe, "--db", str(path), "lookup", "雷军"], capture_output=True, text=True)
    validated = subprocess.run([zhgloss_exe, "--db", str(path), "validate"], capture_output=True, text=True)
    said = "document 1: entry: cannot be read: must be an object, not null"
    assert looked.returncode == 3
    assert said in looked.stderr
    assert "'zhgloss validate' lists every faulty entry" in looked.stderr
    assert said.replace("document 1: ", "document 1: error: ") in validated.stdout + validated.stderr
