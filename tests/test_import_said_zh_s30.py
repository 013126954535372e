"""import --on-conflict replace of a row that changes zh keeps what the row says of its pinyin and traditional form
(session 30, the reviewer's R1).

e9c5a5b read every row whose zh differs from the stored one as naming the entry by another of its Chinese forms, so
the pinyin and traditional form the row gives were passed over, and e5f1c38's rule (a replaced zh's pinyin and
traditional form write the old Chinese) then cleared the stored ones: `id,zh,zh_hant,pinyin,en` /
`lei-jun,雷君,雷君,Léi Jūn,Lei Jun` left 雷君 with no pinyin. A row that names the entry by a stored Chinese alias
(伊隆·马斯克 of 埃隆·马斯克) still says nothing of them.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


def _entry(zhgloss_exe: str, db: Path, entry_id: str) -> dict:
    done = _run(zhgloss_exe, db, "show", entry_id, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_row_replacing_zh_keeps_the_pinyin_it_gives(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    sheet = tmp_path / "p.csv"
    sheet.write_text("id,zh,zh_hant,pinyin,en\nlei-jun,雷君,雷君,Léi Jūn,Lei Jun\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(sheet), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    entry = _entry(zhgloss_exe, db, "lei-jun")
    assert (entry["zh"], entry["pinyin"]) == ("雷君", "Léi Jūn")
    assert "雷军" in entry["zh_aliases"]  # the stored Chinese stays a form of the entry


def test_a_row_naming_the_entry_by_its_chinese_alias_changes_nothing(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    before = _entry(zhgloss_exe, db, "elon-musk")
    alias = next(form for form in before["zh_aliases"] if form != before["zh"])
    sheet = tmp_path / "a.csv"
    sheet.write_text(f"zh,en\n{alias},Elon Musk\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "1 skipped" in done.stderr
    assert _entry(zhgloss_exe, db, "elon-musk") == before


def test_the_english_of_a_row_named_by_a_chinese_alias_is_that_aliass(zhgloss_exe: str, tmp_path: Path) -> None:
    # The reviewer's R2: 马斯克,Musk over the bundled 埃隆·马斯克 (Chinese alias 马斯克, English alias Musk) was a
    # conflict "en: 'Musk' (stored 'Elon Musk')", and replace made the entry "埃隆·马斯克 Musk".
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    before = _entry(zhgloss_exe, db, "elon-musk")
    assert "马斯克" in before["zh_aliases"] and "Musk" in before["aliases"]
    same = tmp_path / "musk.csv"
    same.write_text("zh,en\n马斯克,Musk\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(same))
    assert done.returncode == 0, done.stderr
    assert "1 skipped" in done.stderr
    other = tmp_path / "musk2.csv"
    other.write_text("zh,en\n马斯克,Elon R. Musk\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(other), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    after = _entry(zhgloss_exe, db, "elon-musk")
    assert after["en"] == "Elon Musk"
    assert after["aliases"] == [*before["aliases"], "Elon R. Musk"]


def test_two_additions_to_one_list_are_both_kept(zhgloss_exe: str, tmp_path: Path) -> None:
    # The s30 reviewer's F13: 马斯克,Elon R. Musk,Musky reported both aliases added and stored only "Musky".
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    before = _entry(zhgloss_exe, db, "elon-musk")
    sheet = tmp_path / "two.csv"
    sheet.write_text("zh,en,aliases\n马斯克,Elon R. Musk,Musky\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(sheet), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert _entry(zhgloss_exe, db, "elon-musk")["aliases"] == [*before["aliases"], "Elon R. Musk", "Musky"]
