"""A form one entry forbids and another accepts is said, not silently lost (the review's R46-3, session 46).

A terminologist's TBX (the Microsoft Terminology Collection's shape) marks 富士康 not recommended for Foxconn, whose
accepted Chinese is 鴻海精密; the glossary also holds CC-CEDICT's 富士康科技集团 with the alias 富士康. Imported side
by side, the accepted alias won everywhere: `lookup 富士康` answered the CC-CEDICT entry with no word of the ban,
`annotate` glossed it, and neither the import nor `validate` said anything. Now the import says the clash with both
entries, `validate` reports `forbidden-clash` on each (a warning: which is right, the team decides), and `lookup`
(CLI and /api/lookup) gives its answer with the ban beside it. Real files, the installed console script, a real
server process; the CC-CEDICT lines are the file's own.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from serving import running_server, zhgloss_exe

from zhgloss.model import Entry, ForbiddenForm
from zhgloss.validate import forbidden_clashes

CEDICT = (
    "富士康 富士康 [Fu4 shi4 kang1] /Foxconn Technology Group/abbr. of 富士康科技集團|富士康科技集团"
    "[Fu4 shi4 kang1 ke1 ji4 ji2 tuan2]/\n"
    "富士康科技集團 富士康科技集团 [Fu4 shi4 kang1 Ke1 ji4 Ji2 tuan2] /Foxconn Technology Group/\n"
)
TBX = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Microsoft Terminology Collection shape</p></sourceDesc></fileDesc>
  </martifHeader>
  <text><body>
    <termEntry id="9001_2">
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>Foxconn</term><termNote type="partOfSpeech">Proper Noun</termNote></termGrp></ntig>
        <ntig><termGrp><term>Hon Hai Precision</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="zh-tw">
        <ntig><termGrp><term>鴻海精密</term><termNote type="partOfSpeech">Proper Noun</termNote></termGrp></ntig>
        <ntig><termGrp><term>富士康</term>
          <termNote type="administrativeStatus">notRecommended-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe(), "--db", str(db), *args], capture_output=True, text=True, check=False)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def clashes(db: Path) -> list[tuple[str, str]]:
    done = zhgloss(db, "validate", "--json")
    return sorted(
        (p["entry_id"], p["field"]) for p in json.loads(done.stdout)["problems"] if p["code"] == "forbidden-clash"
    )


@pytest.fixture
def both(tmp_path: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """CC-CEDICT's two lines, then the terminologist's TBX imported over them: (the glossary, the TBX import)."""
    db = tmp_path / "glossary.json"
    done = zhgloss(db, "import", str(write(tmp_path, "names.u8", CEDICT)), "--format", "cedict")
    assert done.returncode == 0, done.stderr
    return db, zhgloss(db, "import", str(write(tmp_path, "ms.tbx", TBX)))


def cedict_id(db: Path) -> str:
    done = zhgloss(db, "lookup", "富士康科技集团", "--field", "id")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_import_says_the_banned_form_is_another_entrys(both: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, done = both
    assert done.returncode == 0, done.stderr
    other = cedict_id(db)
    said = [line for line in done.stderr.splitlines() if "forbidden here" in line]
    assert len(said) == 1, done.stderr
    assert "'foxconn'" in said[0] and "'富士康'" in said[0] and f"'{other}'" in said[0] and "not recommended" in said[0]
    assert f"--db {db} edit" in said[0] or f"--db {str(db)!r} edit" in said[0]  # the way out runs on this glossary
    assert "Traceback" not in done.stderr


def test_validate_reports_the_clash_on_both_entries(both: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = both
    assert clashes(db) == sorted([("foxconn", "forbidden"), (cedict_id(db), "zh")])
    # A warning: validate passes, --strict fails on it.
    assert zhgloss(db, "validate").returncode == 0
    assert zhgloss(db, "validate", "--strict").returncode == 1


def test_lookup_answers_with_the_ban_beside(both: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = both
    done = zhgloss(db, "lookup", "富士康", "--json")
    assert done.returncode == 0
    result = json.loads(done.stdout)[0]
    assert [m["entry"]["id"] for m in result["matches"]] == [cedict_id(db)]
    assert result["forbidden_by"] == [
        {"entry": "foxconn", "usage": "not recommended", "write": "鸿海精密 (traditional 鴻海精密)"}
    ]
    assert done.stderr.startswith(
        "Note: '富士康' is a form the glossary forbids for 鸿海精密 Foxconn (not recommended)"
    )
    # The field alone stays the answer on stdout; the note goes to stderr.
    field = zhgloss(db, "lookup", "富士康", "--field", "en")
    assert (field.stdout, field.returncode) == ("Foxconn Technology Group\n", 0)
    assert "forbids" in field.stderr


def test_the_api_lookup_carries_the_ban(both: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = both
    with running_server("--db", str(db)) as server:
        status, data = server.get_json(f"/api/lookup?q={quote('富士康')}")
        assert status == 200
        assert data["forbidden_by"] == [
            {"entry": "foxconn", "usage": "not recommended", "write": "鸿海精密 (traditional 鴻海精密)"}
        ]
        status, data = server.get_json(f"/api/lookup?q={quote('鴻海精密')}")
        assert status == 200
        assert "forbidden_by" not in data


def test_no_clash_without_the_other_entry(tmp_path: Path) -> None:
    db = tmp_path / "glossary.json"
    done = zhgloss(db, "import", str(write(tmp_path, "ms.tbx", TBX)))
    assert done.returncode == 0
    assert "forbidden here" not in done.stderr
    assert clashes(db) == []
    assert "forbidden_by" not in json.loads(zhgloss(db, "lookup", "Foxconn", "--json").stdout)[0]


def test_an_english_ban_clashes_and_a_former_name_tied_by_refers_to_does_not(tmp_path: Path) -> None:
    db = tmp_path / "glossary.json"
    assert zhgloss(db, "import", str(write(tmp_path, "ms.tbx", TBX))).returncode == 0
    # Another thing whose English is the superseded name: a clash on the English.
    rows = write(tmp_path, "more.csv", "zh,en,type\n鸿海集团,Hon Hai Precision,org\n")
    done = zhgloss(db, "import", str(rows))
    assert done.returncode == 0, done.stderr
    assert "'Hon Hai Precision' is a form entry 'foxconn' forbids (superseded)" in done.stderr
    assert ("foxconn", "forbidden") in clashes(db)
    # The same name recorded as Foxconn's former name (refers_to foxconn): the tie is the point, no clash.
    other = tmp_path / "tied.json"
    assert zhgloss(other, "import", str(write(tmp_path, "ms.tbx", TBX))).returncode == 0
    jsonl = {"id": "honhai", "zh": "鸿海", "en": "Hon Hai Precision", "type": "org", "refers_to": "foxconn"}
    done = zhgloss(other, "import", str(write(tmp_path, "tied.jsonl", json.dumps(jsonl, ensure_ascii=False) + "\n")))
    assert done.returncode == 0, done.stderr
    assert "forbids" not in done.stderr
    assert clashes(other) == []


def entry(entry_id: str, en: str, zh: str, **fields: object) -> Entry:
    return Entry.from_dict({"id": entry_id, "en": en, "zh": zh, "type": "org", **fields})


def test_a_banned_casing_of_an_entrys_own_name_clashes_only_as_written() -> None:
    tencent = entry("tencent", "Tencent", "腾讯", forbidden=[{"form": "TenCent", "status": "deprecated"}])
    shouting = entry("tencent-music", "TENCENT", "腾讯音乐")  # another casing: an en-clash, not this
    written = entry("tencent-2", "TenCent", "腾讯控股")
    assert forbidden_clashes([tencent, shouting]) == []
    found = forbidden_clashes([tencent, shouting, written])
    assert sorted((p.entry_id, p.field, p.code, p.severity) for p in found) == [
        ("tencent", "forbidden", "forbidden-clash", "warning"),
        ("tencent-2", "en", "forbidden-clash", "warning"),
    ]
    # `only` keeps the wanted side (an import's written entries, an add).
    assert [p.entry_id for p in forbidden_clashes([tencent, shouting, written], only={"tencent-2"})] == ["tencent-2"]


NAME = st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){0,2}", fullmatch=True)


@given(banned=NAME, status=st.sampled_from(["forbidden", "deprecated", "superseded", "not_recommended"]))
def test_any_form_one_entry_bans_and_another_accepts_is_reported_on_both(banned: str, status: str) -> None:
    bans = entry("banning", "Zzyzx Holdings", "甲乙", forbidden=[{"form": banned, "status": status}])
    holds = entry("holding", "Qwv Group", "丙丁", aliases=[banned])
    found = forbidden_clashes([bans, holds])
    assert sorted((p.entry_id, p.field) for p in found) == [("banning", "forbidden"), ("holding", "en")]
    assert all(status.replace("_", " ") in p.message and banned in p.message for p in found)
    # Tied by refers_to (the banning entry's former name, say): no clash, either way round.
    assert forbidden_clashes([bans, entry("holding", "Qwv Group", "丙丁", aliases=[banned], refers_to="banning")]) == []
    assert ForbiddenForm(banned, status).form == banned


def test_add_warns_of_a_form_another_entry_forbids(tmp_path: Path) -> None:
    # The review's R46-3 addendum: add accepted as an entry's English a form another entry bans, without a word.
    db = tmp_path / "glossary.json"
    assert zhgloss(db, "import", str(write(tmp_path, "ms.tbx", TBX))).returncode == 0
    done = zhgloss(db, "add", "鸿海集团", "--en", "Hon Hai Precision", "--type", "org")
    assert done.returncode == 0, done.stderr
    assert "warning: en: 'Hon Hai Precision' is a form entry 'foxconn' forbids (superseded)" in done.stderr
    assert ("foxconn", "forbidden") in clashes(db)


def test_lookup_json_of_a_forbidden_form_says_whose_it_is(tmp_path: Path) -> None:
    # The review's R46-13: the JSON of a banned form was the same document as a name not found.
    db = tmp_path / "glossary.json"
    assert zhgloss(db, "import", str(write(tmp_path, "ms.tbx", TBX))).returncode == 0
    done = zhgloss(db, "lookup", "富士康", "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout) == [
        {
            "query": "富士康",
            "matches": [],
            "forbidden": {"entry": "foxconn", "usage": "not recommended", "write": "鸿海精密 (traditional 鴻海精密)"},
        }
    ]
    assert json.loads(zhgloss(db, "lookup", "nothingxyz", "--json").stdout) == [{"query": "nothingxyz", "matches": []}]
