"""An imported entry whose refers_to names no entry of the glossary nor of the file is refused (session 30, U30-28):
validate would call it an error right after the import. One that names a stored entry, or an entry of the same
file, imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _import(db: Path, path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path), *args], capture_output=True, text=True, check=False
    )


def test_a_dangling_reference_is_unlinked_kept_in_the_note_and_said(tmp_path: Path) -> None:
    # The tester's refers.csv: 雷布斯 Leibusi, Lei Jun's nickname, into a glossary without lei-jun. Refused whole in
    # session 30 (imported, validate then called it an error); since session 34 (U34-17: one rule with roles' org_ids,
    # so that an `export --type` subset imports) it is unlinked, kept in the note and said; validate is clean.
    path = tmp_path / "refers.csv"
    path.write_text("zh,en,type,refers_to\n雷布斯,Leibusi,nickname,lei-jun\n", encoding="utf-8")
    db = tmp_path / "new.json"
    result = _import(db, path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(
        "note: refers.csv, line 2: 1 refers_to name no entry here ('leibusi' -> 'lei-jun'): kept in the note"
    )
    card = subprocess.run([ZHGLOSS, "--db", str(db), "lookup", "雷布斯"], capture_output=True, text=True, check=False)
    assert "note: refers to 'lei-jun', no entry of this glossary" in card.stdout
    valid = subprocess.run([ZHGLOSS, "--db", str(db), "validate"], capture_output=True, text=True, check=False)
    assert valid.returncode == 0, valid.stdout


def test_a_reference_to_a_stored_entry_or_one_of_the_file_imports(glossary_path: Path, tmp_path: Path) -> None:
    # 雷总 is stored as a nickname of lei-jun; 马老师 is Jack Ma's (stored), 东哥 Richard Liu's, whose row comes in the
    # same file with its id.
    path = tmp_path / "nicknames.csv"
    path.write_text(
        "id,zh,en,type,refers_to\nma-laoshi,马老师,Teacher Ma,nickname,jack-ma\n"
        "dongge,东哥,Brother Dong,nickname,richard-liu-jd\nrichard-liu-jd,刘强东,Richard Liu,person,\n",
        encoding="utf-8",
    )
    result = _import(glossary_path, path, "--dry-run", "--on-conflict", "skip")
    assert result.returncode == 0, result.stderr
