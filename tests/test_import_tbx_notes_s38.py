"""A note about a TBX or MultiTerm concept is said with its termEntry, never a traceback (user finding U38-16).

A person concept whose English spells no pinyin of its Chinese (a Mongolian or Tibetan official, 巴特尔 "Bagatur",
齐扎拉 "Che Dalha") gets the note "does not spell the pinyin ... imported as written", as a sheet row does. A TBX
record has no line number (its place is its termEntry), and `import_documents`' note passed None as the line to
`warnings.warn_explicit`: "TypeError: 'NoneType' object cannot be interpreted as an integer", a traceback, exit 1,
nothing imported (a four-official termbase too, for its one Mongolian name). The note is now said with the termEntry
and no line. On the parent commit, 3 of this file's 3 tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>memoQ export</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c3">
  <descrip type="subjectField">Persons</descrip>
  <langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet>
  <langSet xml:lang="en-US"><tig><term>{en}</term></tig></langSet>
</termEntry>
</body></text></martif>
"""

_MULTITERM = """<?xml version="1.0" encoding="UTF-8"?>
<mtf>
<conceptGrp><concept>1</concept>
<descripGrp><descrip type="Subject">Persons</descrip></descripGrp>
<languageGrp><language type="Chinese" lang="ZH-CN"/><termGrp><term>{zh}</term></termGrp></languageGrp>
<languageGrp><language type="English" lang="EN-US"/><termGrp><term>{en}</term></termGrp></languageGrp>
</conceptGrp>
</mtf>
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("name", "shape", "zh", "en"),
    # The user's Mongolian and Tibetan officials (巴特尔 "Bagatur", 齐扎拉 "Che Dalha") are read as Chinese only by a
    # guess since U38-1: their English is questioned by a warning, not noted as an error; a Han name's slip still is.
    [
        ("wang.tbx", _TBX, "王小洪", "Wang Xiaohng"),
        ("ding.tbx", _TBX, "丁薛祥", "Ding Xuexing"),
        ("wang.xml", _MULTITERM, "王小洪", "Wang Xiaohng"),
    ],
)
def test_a_person_concept_s_note_is_said_with_its_term_entry(
    tmp_path: Path, name: str, shape: str, zh: str, en: str
) -> None:
    source = tmp_path / name
    source.write_text(shape.format(zh=zh, en=en), encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert f"note: {name}: termEntry 1: {en!r} does not spell the pinyin" in done.stderr
    assert ", line None" not in done.stderr and ", line 0" not in done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["zh"], doc["en"], doc["type"]) == (zh, en, "person")


@pytest.mark.parametrize(("zh", "en"), [("巴特尔", "Bagatur"), ("齐扎拉", "Che Dalha")])
def test_a_name_read_as_chinese_only_by_a_guess_imports_with_no_error_note(tmp_path: Path, zh: str, en: str) -> None:
    # U38-1 (val): the romanizer's reading of 巴 or 齐 as a surname is a guess, so the English is no error.
    source = tmp_path / "mz.tbx"
    source.write_text(_TBX.format(zh=zh, en=en), encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "does not spell the pinyin" not in done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["zh"], doc["en"], doc["type"]) == (zh, en, "person")
