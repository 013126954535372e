"""A row typed by its subject cell is judged as a row of that type (session 48; frm s47's leftover).

A sheet's subject column (Crowdin's "Concept Subject", memoQ's Entry_Subject, a plain "subject") that says People
types the row person, as TBX's subjectField Persons does. But the type was taken for a reader's default: a person
whose English is a slip ("马云,Ma Yin,People") was retyped `name` without a word, and 单田芳 "Dan Tianfang" (单 as a
surname is Shàn), which a type column's row is refused for, was stored as a `name` too. Now the subject's type is
said, as a type column's is: the slip is imported as written and said (validate lists it), the misread surname is
refused with its line, exactly as under a type column and as the TBX shape already was.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ZHGLOSS = shutil.which("zhgloss") or "zhgloss"

SHAPES = {
    # a plain sheet, Crowdin's CSV export ("Term [lang]", "Concept Subject"), memoQ's CSV (Entry_Subject)
    "plain": ("zh,en,subject\n", "{zh},{en},{subject}\n"),
    "crowdin": ("Term [zh-CN],Term [en],Concept Subject\n", "{zh},{en},{subject}\n"),
    "memoq": ("Entry_Subject,Chinese_PRC,English_United_States\n", "{subject},{zh},{en}\n"),
}


def _sheet(tmp_path: Path, shape: str, rows: list[tuple[str, str, str]]) -> Path:
    header, line = SHAPES[shape]
    path = tmp_path / f"{shape}.csv"
    body = "".join(line.format(zh=zh, en=en, subject=subject) for zh, en, subject in rows)
    path.write_text(header + body, encoding="utf-8")
    return path


def _import(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "import", str(path), "--db", str(db)], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, object]]:
    return {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_persons_slip_under_a_people_subject_stays_a_person_and_is_said(tmp_path: Path, shape: str) -> None:
    sheet = _sheet(tmp_path, shape, [("马云", "Ma Yin", "People"), ("腾讯", "Tencent", "Companies")])
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    assert "'Ma Yin' does not spell the pinyin 'Mǎ Yún'" in result.stderr
    assert "imported as written" in result.stderr
    entries = _entries(db)
    assert entries["马云"]["type"] == "person"
    assert entries["马云"]["en"] == "Ma Yin"
    assert entries["腾讯"]["type"] == "org"
    checked = subprocess.run([ZHGLOSS, "--db", str(db), "validate"], capture_output=True, text=True, check=False)
    assert checked.returncode == 1  # the slip is listed, as under a type column
    assert "Ma Yin" in checked.stdout + checked.stderr


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_misread_surname_under_a_people_subject_is_refused_as_under_a_type_column(tmp_path: Path, shape: str) -> None:
    sheet = _sheet(tmp_path, shape, [("马化腾", "Pony Ma", "People"), ("单田芳", "Dan Tianfang", "People")])
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    before = db.read_bytes()
    result = _import(sheet, db)
    assert result.returncode == 3, result.stderr
    assert "line 3" in result.stderr
    assert "'Dan Tianfang' does not spell the pinyin 'Shàn Tiánfāng'" in result.stderr
    assert result.stdout == ""
    assert db.read_bytes() == before


def test_the_subject_reads_as_a_type_column_does(tmp_path: Path) -> None:
    rows = [("马云", "Ma Yin", "People"), ("马化腾", "Pony Ma", "People"), ("腾讯", "Tencent", "Companies")]
    by_subject = _sheet(tmp_path, "plain", rows)
    by_type = tmp_path / "typed.csv"
    by_type.write_text(
        "zh,en,type\n" + "".join(f"{zh},{en},{'person' if s == 'People' else 'org'}\n" for zh, en, s in rows),
        encoding="utf-8",
    )
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert _import(by_subject, first).returncode == 0
    assert _import(by_type, second).returncode == 0
    assert _entries(first) == _entries(second)


def test_a_subject_that_names_no_type_leaves_the_row_untyped(tmp_path: Path) -> None:
    # "Finance" names no type: kept in the note; the row's type is the untyped row's (a capital letter: name).
    sheet = _sheet(tmp_path, "plain", [("阿里巴巴", "Alibaba", "Finance")])
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    entry = _entries(db)["阿里巴巴"]
    assert entry["type"] == "name"
    assert entry["note"] == "subject: Finance"
