"""A sheet's untyped foreign person is typed as `add` types it, by the same guess, said (the review's R48-1 addendum).

A two-column sheet (zh,en) of the week's names stored 默茨 "Friedrich Merz" untyped (a name), where `zhgloss add 默茨
--en "Friedrich Merz"` types it person by its guess (`zhgloss.curate.person_guess`: it reads as a transliterated
name) and says so. Untyped, check did not read "Merz also said" as the second mention of 默茨: "missing 默茨". The
import now asks add's own rules (`zhgloss.formats._types_foreign_person`: `person_guess`, and neither `untyped_word`
nor `untyped_english` refusing) of each untyped row whose English reads as a person's (capitalised words: a brand
in capitals, "CATL", "NIO", is no person), types it person and says it as a guess, with the way out (a type column).
A company CC-CEDICT lists (阿里巴巴, 特斯拉) stays a name, as add refuses to guess it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

_ROWS = [
    ("默茨", "Friedrich Merz", "person"),
    ("马斯克", "Elon Musk", "person"),
    ("拜登", "Joe Biden", "person"),
    ("冯德莱恩", "Ursula von der Leyen", "person"),
    ("安倍晋三", "Abe Shinzo", "person"),
    ("宁德时代", "CATL", "name"),  # a brand in capitals: no person's English
    ("特斯拉", "Tesla", "name"),  # a common word to CC-CEDICT: add refuses to guess
    ("阿里巴巴", "Alibaba", "name"),  # an organisation in CC-CEDICT
    ("蔚来", "NIO", "name"),
]


def _run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, input=stdin, check=False)


def _types(exe: str, db: Path) -> dict[str, str]:
    exported = _run(exe, "export", "--db", str(db)).stdout
    return {doc["zh"]: doc["type"] for doc in map(json.loads, exported.splitlines())}


def test_a_sheet_s_foreign_people_are_typed_as_add_types_them(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "week.csv"
    source.write_text("Chinese,English\n" + "".join(f"{zh},{en}\n" for zh, en, _ in _ROWS), encoding="utf-8-sig")
    db = tmp_path / "g.json"
    done = _run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _types(zhgloss_exe, db) == {zh: kind for zh, _, kind in _ROWS}
    assert "typed 5 rows the file gives no type person, a guess, as add types them: each reads as a transliterated" in (
        done.stderr
    )
    assert "默茨 'Friedrich Merz'" in done.stderr and "give the file a type column to say otherwise" in done.stderr


def test_check_reads_the_family_name_alone_as_the_second_mention(zhgloss_exe: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["中文", "英文"], ["默茨", "Friedrich Merz"]):
        sheet.append(row)
    source = tmp_path / "week.xlsx"
    book.save(source)
    db = tmp_path / "g.json"
    assert _run(zhgloss_exe, "import", str(source), "--db", str(db)).returncode == 0
    checked = _run(
        zhgloss_exe, "check", "-", "--db", str(db),
        stdin="德国总理默茨表示，默茨还说。\tGerman Chancellor Friedrich Merz said, and Merz also said.\n",
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout
    assert "no name problems" in checked.stderr


def test_a_type_column_keeps_its_say(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "week.csv"
    source.write_text("zh,en,type\n默茨,Friedrich Merz,org\n", encoding="utf-8")
    db = tmp_path / "g.json"
    done = _run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _types(zhgloss_exe, db) == {"默茨": "org"}
    assert "a guess" not in done.stderr


@pytest.mark.parametrize(("zh", "en", "kind"), [_ROWS[0], _ROWS[4], _ROWS[6], _ROWS[7]])
def test_import_and_add_type_a_row_alike(zhgloss_exe: str, tmp_path: Path, zh: str, en: str, kind: str) -> None:
    # The cross-check: `add` without --type stores a person with its guess said, or refuses to guess; the import
    # types the row person exactly where add would store a person.
    db = tmp_path / "added.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    added = _run(zhgloss_exe, "add", zh, "--en", en, "--yes", "--db", str(db))
    add_types_person = added.returncode == 0 and _types(zhgloss_exe, db).get(zh) == "person"
    source = tmp_path / "row.csv"
    source.write_text(f"zh,en\n{zh},{en}\n", encoding="utf-8")
    imported = tmp_path / "imported.json"
    assert _run(zhgloss_exe, "import", str(source), "--db", str(imported)).returncode == 0
    assert (_types(zhgloss_exe, imported)[zh] == "person") is add_types_person is (kind == "person")
