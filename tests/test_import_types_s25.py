"""A table row whose type zhgloss does not know is refused with its line, as `--type persn` is (user U43).

Session 25's new-user tester: `zh,en,type / 张三丰,Zhang Sanfeng,persn` imported (exit 0) and `validate` then called the
entry an error ("'persn' is not a known type"). README: import refuses a row holding a bad value
(exit 3, with its line).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.table import IdMaker, row_to_entry


def _import(exe: str, rows: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, "import", str(rows), "--db", str(db)], capture_output=True, text=True, check=False)


def _refused(exe: str, rows: Path, text: str, bundled: Path) -> list[str]:
    """Import `text` (written to `rows`) into a copy of the bundled glossary; assert exit 3 and the copy untouched,
    and return the lines of stderr."""
    rows.write_text(text, encoding="utf-8")
    db = rows.parent / "g.json"
    shutil.copyfile(bundled, db)
    done = _import(exe, rows, db)
    assert done.returncode == 3
    assert db.read_bytes() == bundled.read_bytes()
    return done.stderr.splitlines()


@pytest.mark.parametrize(("name", "text"), [("t.csv", "zh,en,type\n张三丰,Zhang Sanfeng,persn\n"),
                                            ("t.tsv", "zh\ten\ttype\n张三丰\tZhang Sanfeng\tpersn\n")])  # fmt: skip
def test_a_row_of_an_unknown_type_is_refused_with_its_line(
    zhgloss_exe: str, tmp_path: Path, bundled: Path, name: str, text: str
) -> None:
    rows = tmp_path / name
    assert _refused(zhgloss_exe, rows, text, bundled) == [
        f"Error: {str(rows)!r}, line 2: type 'persn' is not one zhgloss knows (person, org, product, place, phrase, "
        "nickname, stock_code, work, event, surname, name, term); did you mean 'person'?; write one of those in the "
        "type column, or skip that column (--columns, - in its place) and give every row one type with --type"
    ]  # the way out added in session 32 (user finding U32-11: the message named none)


def test_known_types_in_any_spelling_and_untyped_rows_still_import(zhgloss_exe: str, tmp_path: Path) -> None:
    rows = tmp_path / "ok.csv"
    rows.write_text("zh,en,type\n张三丰,Zhang Sanfeng,Person\n华为,Huawei,company\n金山,Jinshan,\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _import(zhgloss_exe, rows, db).returncode == 0
    stored = {e["zh"]: e["type"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert stored == {"张三丰": "person", "华为": "org", "金山": "name"}  # an untyped capitalised row is a name


@pytest.mark.parametrize("kind", ["persn", "companyy", "xyz"])
def test_the_library_refuses_it_too(kind: str) -> None:
    with pytest.raises(FormatError, match=f"type '{kind}' is not one zhgloss knows"):
        row_to_entry({"zh": "张三丰", "en": "Zhang Sanfeng", "type": kind}, IdMaker(), "t.csv", 2)


@pytest.mark.parametrize("kind", ["person", "Person", "nickname"])
def test_a_person_s_chinese_written_as_its_english_is_refused(
    zhgloss_exe: str, tmp_path: Path, bundled: Path, kind: str
) -> None:
    # User U42's import half: validate calls it an error (zh-no-han), so import refuses it first, with its line.
    rows = tmp_path / "p.csv"
    assert _refused(zhgloss_exe, rows, f"zh,en,type\nZhang Wei,Zhang Wei,{kind}\n", bundled) == [
        f"Error: {str(rows)!r}, line 2: zh 'Zhang Wei' has no Chinese characters: fix the row's zh cell "
        "(nothing was imported)"
    ]


@pytest.mark.parametrize("kind", ["product", "term", ""])
def test_a_product_left_untranslated_still_imports(zhgloss_exe: str, tmp_path: Path, kind: str) -> None:
    # The Microsoft Terminology Collection's zh-tw "OneDrive" (user U35): a name Chinese text leaves as it is.
    rows = tmp_path / "p.csv"
    rows.write_text(f"zh,en,type\nOneDrive,OneDrive,{kind}\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _import(zhgloss_exe, rows, db).returncode == 0
