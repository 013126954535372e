"""A sheet's English in another romanization is imported as written and said, never a refusal of the file (the
review's R36-15 and R36-20, session 36).

Since 8e2599d1 an import judged each row by validate's rules and refused the whole file at the first error; an
English that spells no pinyin of the name ("en-mismatch") is such an error, so a sheet of Taiwan's officials in
their own spellings ("You Si-kun" 游锡堃, "Hsiao Bi-khim" 萧美琴) was refused whole, and so was a sheet with one slip
("Ma Yin" for 马云) that test_validate_romanized_s30 expects imported and then listed by validate. Such a row is a
doubt, not a fault: it is imported and said, and validate lists it. A surname read as no surname is read (单田芳
"Dan Tianfang") is still refused (test_import_person_rule_s31). On the parent commit, 2 of this file's 2 tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def test_taiwan_s_own_spellings_are_imported_and_said(tmp_path: Path) -> None:
    sheet = tmp_path / "tw.csv"
    sheet.write_text("zh,en,type\n游锡堃,You Si-kun,person\n萧美琴,Hsiao Bi-khim,person\n", encoding="utf-8")
    db = tmp_path / "tw.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    # Since 618ed25c (U36-20, s37) Taiwan's Tongyong Pinyin is the person's own romanization: "You Si-kun" is no doubt;
    # "Hsiao Bi-khim" (Hokkien), the name in the Chinese order as Taiwan writes it, is read as her own English since
    # s47 (the review's R47-1, R47-2: it was a doubt validate then called an error), marked en_adopted and said.
    assert "'You Si-kun' does not spell the pinyin" not in done.stderr
    assert "line 3: en 'Hsiao Bi-khim' writes the name in the Chinese order as Taiwan and Hong Kong do" in done.stderr
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert sorted(e["en"] for e in entries) == ["Hsiao Bi-khim", "You Si-kun"]


def test_a_slip_is_imported_and_validate_lists_it(tmp_path: Path) -> None:
    sheet = tmp_path / "slip.csv"
    sheet.write_text("zh,en,type\n马云,Ma Yin,person\n雷军,Lei Jun,person\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    assert _run("import", str(sheet), "--db", str(db)).returncode == 0
    done = _run("validate", "--db", str(db), "--json")
    assert done.returncode == 1
    problems = json.loads(done.stdout)["problems"]
    assert [(p["entry_id"], p["code"]) for p in problems if p["severity"] == "error"] == [("ma-yin", "en-mismatch")]
