"""The status values termbases write, read for what they say (session 30, U30-16, U30-27).

MultiTerm's Status field is a picklist each termbase defines; TBX-Basic's administrativeStatus holds ISO 12620's
values. "Rejected", "Do not use", "Not approved", "Banned", "Avoid", "Outdated" and "Non-preferred" say not to write
the term: it is a forbidden form (check reports it), never an accepted alias (check passed it). "Proposed" and
"Draft" say it is not yet checked: it is no accepted form of a checked entry. A value zhgloss does not know is said
on stderr with its termEntry, never taken in silence. Names from CC-CEDICT: 馬化騰 马化腾 /Ma Huateng aka Pony Ma/,
華為 华为 /Huawei (brand)/, 阿里巴巴 /Alibaba, PRC e-commerce company/.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, *args], capture_output=True, text=True, check=False)


def _import(tmp_path: Path, name: str, text: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Import a file holding `text` into a new empty glossary; the result and the glossary's path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = _run("--db", str(db), "import", str(path))
    assert result.returncode == 0, result.stderr
    return result, db


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for table in tables.values() for doc in table.values()}


def _multiterm(zh: str, en: str, other: str, status: str) -> str:
    # MultiTerm XML as MultiTerm exports it: the term's status in a descripGrp of its termGrp.
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<mtf>\n<conceptGrp><concept>1</concept>\n'
        f'<languageGrp><language type="Chinese" lang="ZH-CN"/><termGrp><term>{zh}</term></termGrp></languageGrp>\n'
        f'<languageGrp><language type="English" lang="EN-US"/><termGrp><term>{en}</term></termGrp>\n'
        f'<termGrp><term>{other}</term><descripGrp><descrip type="Status">{status}</descrip></descripGrp>'
        "</termGrp></languageGrp></conceptGrp>\n</mtf>\n"
    )


def _basic(zh: str, en: str, other: str, status: str) -> str:
    # TBX-Basic: the status as an administrativeStatus termNote of the term's tig.
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        f'<termEntry id="c7"><langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet>\n'
        f'<langSet xml:lang="en-US"><tig><term>{en}</term>'
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>\n'
        f'<tig><term>{other}</term><termNote type="administrativeStatus">{status}</termNote></tig></langSet>'
        "</termEntry>\n</body></text></martif>\n"
    )


@pytest.mark.parametrize(
    ("status", "banned"),
    [
        ("Rejected", "forbidden"),
        ("Do not use", "forbidden"),
        ("Not approved", "forbidden"),
        ("Banned", "forbidden"),
        ("Avoid", "forbidden"),
        ("Outdated", "obsolete"),
        ("Non-preferred", "not_recommended"),
    ],
)
def test_a_multiterm_status_that_says_not_to_use_the_term_bans_it(tmp_path: Path, status: str, banned: str) -> None:
    result, db = _import(tmp_path, "mt.xml", _multiterm("马化腾", "Ma Huateng", "Pony Ma Huateng", status))
    assert "does not know" not in result.stderr
    entry = _entries(db)["马化腾"]
    assert entry["en"] == "Ma Huateng"
    assert entry.get("aliases", []) == []
    assert entry["forbidden"] == [{"form": "Pony Ma Huateng", "status": banned}]
    # check reports the rendering the terminologist banned, and fails (it passed as an alias before).
    segments = tmp_path / "seg.tsv"
    segments.write_text("马化腾出席了会议。\tPony Ma Huateng attended the meeting.\n", encoding="utf-8")
    checked = _run("--db", str(db), "check", str(segments))
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert 'forbidden 马化腾: found "Pony Ma Huateng", expected "Ma Huateng"' in checked.stdout


@pytest.mark.parametrize("status", ["rejectedTerm-admn-sts", "Do not use", "outdatedTerm"])
def test_a_tbx_basic_administrative_status_that_says_not_to_use_the_term_bans_it(tmp_path: Path, status: str) -> None:
    _result, db = _import(tmp_path, "hw.tbx", _basic("华为", "Huawei", "Hua Wei", status))
    entry = _entries(db)["华为"]
    assert (entry["en"], entry.get("aliases", [])) == ("Huawei", [])
    assert [f["form"] for f in entry["forbidden"]] == ["Hua Wei"]


@pytest.mark.parametrize("status", ["Proposed", "Draft"])
def test_a_proposed_or_draft_term_is_no_accepted_form(tmp_path: Path, status: str) -> None:
    _result, db = _import(tmp_path, "mt.xml", _multiterm("阿里巴巴", "Alibaba", "Alibaba Group", status))
    entry = _entries(db)["阿里巴巴"]
    assert (entry["en"], entry.get("aliases", []), entry.get("draft", False)) == ("Alibaba", [], False)
    # Kept for a person to accept, not lost; the note does not name a processStatus the file did not give.
    assert entry["note"] == "proposed in the source, not yet checked: Alibaba Group"


def test_a_proposed_main_term_makes_the_entry_a_draft(tmp_path: Path) -> None:
    path = tmp_path / "mt.xml"
    text = _multiterm("华为", "Huawei", "Hua Wei", "Forbidden").replace(
        "<term>Huawei</term>", '<term>Huawei</term><descripGrp><descrip type="Status">Proposed</descrip></descripGrp>'
    )
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = _run("--db", str(db), "import", str(path))
    assert result.returncode == 0, result.stderr
    entry = _entries(db)["华为"]
    assert (entry["en"], entry.get("draft", False)) == ("Huawei", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_multiterm("马化腾", "Ma Huateng", "Pony Ma", "Second choice"), "Second choice"),
        (_basic("华为", "Huawei", "Hua Wei", "weirdTerm-admn-sts"), "weirdTerm-admn-sts"),
    ],
    ids=["multiterm", "tbx-basic"],
)
def test_an_unknown_status_is_said_with_its_termentry(tmp_path: Path, text: str, value: str) -> None:
    result, _db = _import(tmp_path, "t.tbx", text)
    concept = "'1'" if "mtf" in text else "'c7'"
    assert f"line 3: termEntry {concept}: the term " in result.stderr
    assert f"has the status {value!r}, which zhgloss does not know" in result.stderr


@pytest.mark.parametrize("status", ["Approved", "Legal", "Admitted", "admittedTerm-admn-sts", "Preferred"])
def test_an_accepting_status_is_known_and_not_said(tmp_path: Path, status: str) -> None:
    result, db = _import(tmp_path, "mt.xml", _multiterm("马化腾", "Ma Huateng", "Pony Ma", status))
    assert "does not know" not in result.stderr
    entry = _entries(db)["马化腾"]
    assert "Pony Ma" in [entry["en"], *entry.get("aliases", [])]
    assert not entry.get("forbidden")
