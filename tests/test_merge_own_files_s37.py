"""Merging another zhgloss glossary, or its JSON Lines / CSV / TBX export, never erases what the file leaves empty
(user U36-6 and its addendum, session 36).

README (import): a file says only the fields it has, "zhgloss's own JSON Lines, CSV and TBX exports every field; an
empty cell nothing", and `--on-conflict replace` changes only the fields that differ, "a list of forms is added to".
zhgloss's own files were stored whole instead: a desk's glossary without Chinese aliases, merged with replace into
one whose 恒生银行 has the alias 恒生 (a TBX's second zh-HK term), wrote `zh_aliases: []` over it, and lookup and
annotate lost 恒生; without --on-conflict the merge stopped at that empty list as a conflict. The rule lives in
`zhgloss.formats.import_documents`: zhgloss's own documents now say the fields they have, as every other file's do.
On the parent commit, all 7 of this file's tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

# A desk's TBX (TBX-Basic, as Trados and memoQ export it): 恒生銀行 with the short 恒生 as a second zh-HK term, and a
# curated note on a person.
_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>HK desk</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="subjectField">Companies</descrip>
  <langSet xml:lang="zh-HK"><tig><term>恒生銀行</term></tig><tig><term>恒生</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>Hang Seng Bank</term></tig></langSet>
</termEntry>
<termEntry id="c2">
  <descrip type="subjectField">Companies</descrip>
  <langSet xml:lang="zh-HK"><tig><term>長江和記實業</term></tig><tig><term>長和</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>CK Hutchison Holdings</term></tig><tig><term>CK Hutchison</term></tig></langSet>
</termEntry>
</body></text></martif>
"""

# Another desk's sheet: the same companies, typed, no short forms.
_SHEET = "中文,英文,類型\n恒生銀行,Hang Seng Bank,org\n長江和記實業,CK Hutchison Holdings,org\n"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False, input=stdin)


def _glossary(tmp_path: Path, name: str, text: str, suffix: str) -> Path:
    source = tmp_path / f"{name}{suffix}"
    source.write_text(text, encoding="utf-8")
    db = tmp_path / f"{name}.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def _entries(db: Path) -> dict[str, dict[str, object]]:
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return {str(doc["zh"]): doc for doc in docs}


@pytest.fixture
def desks(tmp_path: Path) -> tuple[Path, Path]:
    curated = _glossary(tmp_path, "curated", _TBX, ".tbx")
    assert _entries(curated)["恒生银行"]["zh_aliases"] == ["恒生"]
    other = _glossary(tmp_path, "other", _SHEET, ".csv")
    assert not _entries(other)["恒生银行"].get("zh_aliases")
    return curated, other


def _as(other: Path, suffix: str) -> Path:
    if suffix == ".json":
        return other
    out = other.with_name(f"other-export{suffix}")
    done = _run("export", "--db", str(other), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_replace_keeps_the_stored_chinese_aliases(desks: tuple[Path, Path], suffix: str) -> None:
    curated, other = desks
    before = _entries(curated)
    done = _run("import", str(_as(other, suffix)), "--db", str(curated), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "zh_aliases: []" not in done.stdout + done.stderr
    entries = _entries(curated)
    assert entries["恒生银行"]["zh_aliases"] == ["恒生"]
    assert entries["长江和记实业"]["zh_aliases"] == before["长江和记实业"]["zh_aliases"]
    assert "长和" in entries["长江和记实业"]["zh_aliases"]
    found = _run("lookup", "恒生", "--db", str(curated), "--field", "en")
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "Hang Seng Bank"
    glossed = _run("annotate", "-", "--db", str(curated), stdin="恒生今日公布業績。\n")
    assert glossed.returncode == 0, glossed.stderr
    assert "Hang Seng Bank" in glossed.stdout


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_an_empty_list_is_no_conflict(desks: tuple[Path, Path], suffix: str) -> None:
    # README: "a row that agrees with the stored entry in those fields is skipped": the other desk's file agrees.
    curated, other = desks
    done = _run("import", str(_as(other, suffix)), "--db", str(curated))
    assert done.returncode == 0, done.stderr
    assert "0 conflicting" in done.stdout + done.stderr
    assert _entries(curated)["恒生银行"]["zh_aliases"] == ["恒生"]


def test_replace_adds_the_file_s_forms_and_keeps_the_stored_note(tmp_path: Path) -> None:
    # A glossary written by hand as zhgloss writes one: an alias the stored entry lacks is added to the stored ones,
    # and the stored note stays (README: "replace never drops a stored note").
    curated = tmp_path / "curated.json"
    assert _run("init", str(curated), "--empty").returncode == 0
    added = _run(
        "add", "恒生银行", "--type", "org", "--en", "Hang Seng Bank", "--zh-alias", "恒生",
        "--note", "Hong Kong bank, part of HSBC", "--db", str(curated),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    other = tmp_path / "other.json"
    assert _run("init", str(other), "--empty").returncode == 0
    added = _run("add", "恒生银行", "--type", "org", "--en", "Hang Seng Bank", "--alias", "HSB", "--db", str(other))
    assert added.returncode == 0, added.stderr
    done = _run("import", str(other), "--db", str(curated), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    entry = _entries(curated)["恒生银行"]
    assert entry["zh_aliases"] == ["恒生"]
    assert entry["aliases"] == ["HSB"]
    assert entry["note"] == "Hong Kong bank, part of HSBC"
