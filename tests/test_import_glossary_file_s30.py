"""Importing a colleague's glossary, zhgloss's own .json file (session 30, U30-40): read as --db reads it and imported
as its JSON Lines export would be (every field said), with the usual report; was "cannot tell the format"."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def test_a_colleagues_glossary_imports_into_an_empty_one(bundled: Path, tmp_path: Path) -> None:
    colleague = tmp_path / "colleague.json"
    shutil.copyfile(bundled, colleague)
    mine = tmp_path / "mine.json"
    mine.write_text("{}", encoding="utf-8")
    result = _zhgloss(mine, "import", str(colleague), "--json")
    assert result.returncode == 0, result.stderr
    count = len(json.loads(colleague.read_text(encoding="utf-8"))["entries"])
    assert len(json.loads(result.stdout)["added"]) == count > 60
    again = _zhgloss(mine, "import", str(colleague))
    assert f"0 added, 0 updated, {count} skipped (already there, identical), 0 conflicting" in again.stderr


def test_a_colleagues_changed_entry_is_a_conflict_naming_the_field(glossary_path: Path, tmp_path: Path) -> None:
    # The colleague's copy of the bundled glossary with 雷军's note rewritten and 刘强东 removed.
    data = json.loads(glossary_path.read_text(encoding="utf-8"))
    table = data["entries"]
    for key, doc in list(table.items()):
        if doc["id"] == "lei-jun":
            doc["note"] = "Founder of Xiaomi."
        elif doc["id"] == "liu-qiangdong":
            del table[key]
    colleague = tmp_path / "colleague.json"
    colleague.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(colleague), "--on-conflict", "skip")
    assert result.returncode == 0, result.stderr
    assert "conflict: 'lei-jun' differs from the stored entry: note: + 'Founder of Xiaomi.' (stored " in result.stderr
    assert f"0 added, 0 updated, {len(table) - 1} skipped (already there, identical), 1 conflicting" in result.stderr
