"""A row with Chinese and an empty English cell in another tool's table (session 30, U30-45): not yet translated,
so a draft whose English is its pinyin, a proposal said on stderr with its line, as a TBX concept with Chinese
alone is; never a refusal of the whole file. Over a curated glossary the proposal is not said: the row is the
stored entry of its Chinese, and its stored English stays.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for table in tables.values() for doc in table.values()}


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        # The tester's weblate_zh.csv: Weblate's CSV of a Chinese-source project, 小米 not yet translated.
        (
            "weblate_zh.csv",
            "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
            ",雷军,Lei Jun,,False,,,\n,小米,,,False,,,\n,金山软件,Kingsoft,,True,,,\n",
            3,
        ),
        # A Google Sheets download: Chinese, English, Notes; 宁德时代's English not written yet.
        ("sheet.csv", "Chinese,English,Notes\n曾毓群,Robin Zeng,\n宁德时代,,battery maker\n", 3),
        # memoQ's CSV export: zh-CN and en-US terms with their definitions; 比亚迪's English missing.
        ("memoq.csv", '"zh-CN","en-US","zh-CN_Def","en-US_Def"\n"比亚迪","","",""\n"腾讯","Tencent","",""\n', 2),
    ],
)
def test_an_untranslated_row_is_a_draft_with_its_pinyin(tmp_path: Path, name: str, text: str, line: int) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    result = _zhgloss(db, "import", str(path))
    assert result.returncode == 0, result.stderr
    untranslated = {"weblate_zh.csv": "小米", "sheet.csv": "宁德时代", "memoq.csv": "比亚迪"}[name]
    proposal = {"小米": "Xiaomi", "宁德时代": "Ningde Shidai", "比亚迪": "Biyadi"}[untranslated]
    assert (
        f"note: {path}, line {line}: {untranslated!r} has no English: imported as a draft whose English "
        f"{proposal!r} is its pinyin, a proposal to check\n"
    ) in result.stderr
    entry = _entries(db)[untranslated]
    assert (entry["en"], entry["draft"]) == (proposal, True)
    translated = [e for e in _entries(db).values() if e["zh"] != untranslated]
    assert translated and all(not e.get("draft") or e["zh"] == "金山软件" for e in translated)


def test_over_a_curated_glossary_the_proposal_says_nothing(glossary_path: Path, tmp_path: Path) -> None:
    # 雷军 and 马化腾 left untranslated in a Chinese-source sheet: the rows are the stored entries, and their
    # pinyin proposals ("Leijun") are no English to compare: identical.
    before = glossary_path.read_bytes()
    path = tmp_path / "sheet.csv"
    path.write_text("Chinese,English\n雷军,\n马化腾,\n李彦宏,Robin Li\n", encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 3 skipped (already there, identical), 0 conflicting" in result.stderr
    assert glossary_path.read_bytes() == before
