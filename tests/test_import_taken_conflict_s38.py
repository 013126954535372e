"""A row whose Chinese alias is another entry's form is a conflict of that row, not a refusal of the file (the LEAD's
decision on merging glossaries, thirty-eighth session; user finding U37-31).

A team termbase exported from Trados MultiTerm gives a company's concept its legal name and its short forms
(腾讯控股有限公司 / 腾讯控股 / 腾讯). Imported into a glossary made by `zhgloss init` (the bundled copy, whose entry
`tencent` is 腾讯), every --on-conflict refused the whole file (exit 3: "zh_aliases: '腾讯' is also a form of entry
'tencent': fix the row"), and so did a merge of two zhgloss glossaries over one such alias (林郑月娥). Now the row is a
conflict named with the file and its place, the stored entry's Chinese and English, and the two ways out: --on-conflict
fail stops (exit 1, nothing written), skip and replace import the rest without that row (one form names one entry, so no
choice adds it), and following the hint (`zhgloss edit tencent --zh-alias 腾讯控股有限公司`) lets the row merge into the
stored entry. An alias the file itself forbids is still refused (tests/test_import_alias_rows_s31.py).
On the parent commit, 5 of this file's 6 tests fail (the hint's way, edit then import, worked before too).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>Exported from SDL MultiTerm</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="subjectField">Companies</descrip>
  <langSet xml:lang="zh-CN">
    <tig><term>腾讯控股有限公司</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>腾讯控股</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
    <tig><term>腾讯</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="en-US">
    <tig><term>Tencent Holdings Limited</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>Tencent</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
<termEntry id="c4">
  <descrip type="subjectField">Companies</descrip>
  <langSet xml:lang="zh-CN"><tig><term>中国平安保险（集团）股份有限公司</term></tig>
    <tig><term>中国平安</term></tig></langSet>
  <langSet xml:lang="en-US"><tig><term>Ping An Insurance (Group) Company of China, Ltd.</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict]:
    return {d["id"]: d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


@pytest.fixture
def termbase(tmp_path: Path) -> Path:
    path = tmp_path / "trados.tbx"
    path.write_text(_TBX, encoding="utf-8")
    return path


def _conflict_line(stderr: str) -> str:
    (line,) = [line for line in stderr.splitlines() if line.startswith("conflict:")]
    return line


def test_under_fail_the_row_is_named_and_nothing_is_written(glossary_path: Path, termbase: Path) -> None:
    before = glossary_path.read_bytes()
    done = _run("import", str(termbase), "--db", str(glossary_path))
    assert done.returncode == 1, done.stderr
    line = _conflict_line(done.stderr)
    assert line.startswith("conflict: 'trados.tbx', termEntry ")
    assert "(腾讯控股有限公司) would take '腾讯', the Chinese of the stored entry 'tencent' (腾讯 Tencent)" in line
    assert f"zhgloss --db {glossary_path} edit tencent --zh-alias '腾讯控股有限公司' and import again" in line
    assert "drop '腾讯' from the row" in line
    assert "fix the row (nothing was imported)" not in done.stderr and "Traceback" not in done.stderr
    assert glossary_path.read_bytes() == before


@pytest.mark.parametrize("mode", ["skip", "replace"])
def test_skip_and_replace_import_the_other_concepts(glossary_path: Path, termbase: Path, mode: str) -> None:
    tencent = _entries(glossary_path)["tencent"]
    done = _run("import", str(termbase), "--db", str(glossary_path), "--on-conflict", mode)
    assert done.returncode == 0, done.stderr
    assert "would take '腾讯'" in _conflict_line(done.stderr)
    after = _entries(glossary_path)
    assert after["tencent"] == tencent
    # The other concept is imported (the bracket stored as the store writes it, script.normalize).
    assert after["ping-an-insurance-group-company-of-china-ltd"]["zh"] == "中国平安保险(集团)股份有限公司"
    assert "腾讯控股有限公司" not in {d["zh"] for d in after.values()}
    assert _run("validate", "--db", str(glossary_path)).returncode == 0


def test_the_hint_followed_merges_the_concept_into_the_stored_entry(glossary_path: Path, termbase: Path) -> None:
    assert _run("--db", str(glossary_path), "edit", "tencent", "--zh-alias", "腾讯控股有限公司").returncode == 0
    done = _run("import", str(termbase), "--db", str(glossary_path), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    tencent = _entries(glossary_path)["tencent"]
    assert (tencent["zh"], tencent["en"]) == ("腾讯", "Tencent")
    assert {"腾讯控股有限公司", "腾讯控股"} <= set(tencent["zh_aliases"])
    assert "Tencent Holdings Limited" in tencent["aliases"]
    assert _run("validate", "--db", str(glossary_path)).returncode == 0


def test_the_json_report_says_where_the_row_is(glossary_path: Path, termbase: Path) -> None:
    done = _run("import", str(termbase), "--db", str(glossary_path), "--on-conflict", "skip", "--json")
    assert done.returncode == 0, done.stderr
    (taken,) = json.loads(done.stdout)["taken"].values()
    assert taken["form"] == "腾讯" and taken["entry"] == "tencent" and taken["stored"] is True
    assert taken["at"].startswith("'trados.tbx', termEntry ")


def test_merging_another_glossary_over_one_alias_imports_the_rest(tmp_path: Path) -> None:
    # The LEAD's case: a CC-CEDICT names glossary's 林郑 (alias 林郑月娥) merged into a desk glossary whose entry is
    # 林郑月娥 Carrie Lam.
    desk, names = tmp_path / "desk.json", tmp_path / "names.json"
    for db in (desk, names):
        assert _run("init", str(db), "--empty").returncode == 0
    assert (
        _run("--db", str(desk), "add", "林郑月娥", "--en", "Carrie Lam", "--type", "person", "--adopted").returncode
        == 0
    )
    assert _run("--db", str(names), "add", "林郑", "--en", "Lam Cheng", "--type", "name",
                "--zh-alias", "林郑月娥").returncode == 0  # fmt: skip
    assert (
        _run("--db", str(names), "add", "李家超", "--en", "John Lee", "--type", "person", "--adopted").returncode == 0
    )
    done = _run("import", str(names), "--db", str(desk), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert _conflict_line(done.stderr).startswith("conflict: 'names.json', line ")
    assert "would take '林郑月娥'" in done.stderr
    assert sorted(d["zh"] for d in _entries(desk).values()) == ["李家超", "林郑月娥"]
