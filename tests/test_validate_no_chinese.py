"""An entry with no Chinese form (issue 9, validate; acceptance s19 03:58).

A row of another tool's glossary with the Chinese blank (a term not yet translated) was stored as an entry
without Chinese, and `validate` said "0 errors, 0 warnings": in a Chinese-English name glossary such an entry
glosses nothing and `check` finds nothing. Import keeps it as a draft, and validate warns of any entry without
Chinese, except a stock code (written alike in both languages) and an entry that refers to another.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from zhgloss.formats.csv_format import load_csv
from zhgloss.model import Entry
from zhgloss.validate import validate_entries


def codes(entry: Entry) -> list[tuple[str, str, str]]:
    return [(p.code, p.severity, p.field) for p in validate_entries([entry])]


def test_an_entry_without_chinese_is_warned_of() -> None:
    assert ("zh-missing", "warning", "zh") in codes(Entry(id="settings", en="Settings", type="term"))
    assert ("zh-missing", "warning", "zh") in codes(Entry(id="yingwei-fu", en="Yingwei Fu"))


def test_a_stock_code_or_a_reference_needs_no_chinese_of_its_own() -> None:
    assert not [c for c in codes(Entry(id="hk-3888", en="3888.HK", type="stock_code")) if c[0] == "zh-missing"]
    referring = Entry(id="hk-3888", en="3888.HK", type="term", refers_to="kingsoft")
    assert not [c for c in codes(referring) if c[0] == "zh-missing"]


def test_an_entry_with_chinese_is_not() -> None:
    assert not [c for c in codes(Entry(id="lei-jun", en="Lei Jun", zh="雷军")) if c[0] == "zh-missing"]


def test_an_untranslated_crowdin_row_imports_as_a_draft_that_validate_reports(tmp_path: Path) -> None:
    text = (
        '"Term [en]","Description [en]","Term [zh-CN]"\n'
        '"Ren Zhengfei","","任正非"\n"Pony Ma","","马化腾"\n"Ma Huateng","",""\n'
    )
    entries = list(load_csv(io.StringIO(text), "crowdin.csv"))
    assert [(e.zh, e.en, e.draft) for e in entries] == [
        ("任正非", "Ren Zhengfei", False),
        ("马化腾", "Pony Ma", False),
        (None, "Ma Huateng", True),
    ]
    terms = tmp_path / "crowdin.csv"
    terms.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    run = [sys.executable, "-m", "zhgloss"]
    imported = subprocess.run(
        [*run, "import", str(terms), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert imported.returncode == 0, imported.stderr
    checked = subprocess.run([*run, "validate", "--db", str(db), "--json"], capture_output=True, text=True, check=False)
    problems = json.loads(checked.stdout)["problems"]
    assert {(p["entry_id"], p["code"], p["severity"]) for p in problems} == {
        ("ma-huateng", "zh-missing", "warning"),
        ("ma-huateng", "draft", "warning"),
    }


def test_another_tools_tbx_concept_without_chinese_is_a_draft_too() -> None:
    from zhgloss.formats.tbx import dump_tbx, load_tbx

    text = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US"><text><body>
<termEntry id="c1"><langSet xml:lang="en-US"><ntig><termGrp><term>Settings</term></termGrp></ntig></langSet>
</termEntry>
<termEntry id="c2"><langSet xml:lang="en-US"><ntig><termGrp><term>Tencent</term></termGrp></ntig></langSet>
<langSet xml:lang="zh-CN"><ntig><termGrp><term>腾讯</term></termGrp></ntig></langSet></termEntry>
</body></text></martif>
"""
    entries = list(load_tbx(io.StringIO(text), "ms.tbx"))
    assert [(e.zh, e.en, e.draft) for e in entries] == [(None, "Settings", True), ("腾讯", "Tencent", False)]
    # zhgloss's own export of an entry without Chinese (the bundled byline) comes back as it went out.
    byline = Entry(id="yingwei-fu", en="Yingwei Fu")
    out = io.StringIO()
    dump_tbx([byline], out)
    assert list(load_tbx(io.StringIO(out.getvalue()), "out.tbx")) == [byline]
