"""A colleague's unconfirmed draft never undoes a confirmed entry in a merge (user finding U38-25).

README's way to merge another desk's glossary is `import THEIRS --on-conflict replace`. When the colleague's copy held
a draft of a person the team had confirmed (`harvest --unknown --add` stores one: draft true and the note "Proposed by
zhgloss harvest --unknown ... not confirmed"), the merge turned the confirmed 王小洪 (a minister with a dated role and a
curated note) into "draft, unverified" and added the proposal sentence to the checked note. A draft row that meets a
confirmed entry now says only its forms and sources (`zhgloss.formats._drafts_of_confirmed`), in every file shape the
export writes (the glossary's JSON, JSON Lines, CSV, TBX, xlsx), and the import says so in a note. The glossaries are
made by the real commands (`harvest --unknown --add` on a 任免 notice, `add`, `export`). On the parent commit
(c7718f36), the tests of this file that expect the confirmed entry kept fail (see the commit message).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

NOTICE = "新华社北京3月12日电 国务院任免国家工作人员。\n任命王小洪为公安部部长；免去赵克志的公安部部长职务。\n"
NOTE = "Promoted to minister in December 2022."


def _z(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True)


def _show(db: Path, entry_id: str) -> dict:
    done = _z("--db", str(db), "show", entry_id, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def colleague(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A colleague's glossary after `harvest --unknown --add -y` on a 任免 notice: drafts of 王小洪 and 赵克志."""
    at = tmp_path_factory.mktemp("colleague")
    (at / "notice.txt").write_text(NOTICE, encoding="utf-8")
    db = at / "theirs.json"
    assert _z("init", str(db), "--empty").returncode == 0
    done = _z("--db", str(db), "harvest", str(at / "notice.txt"), "--unknown", "--add", "-y")
    assert done.returncode == 0, done.stderr
    drafted = _show(db, "wang-xiaohong")
    assert drafted["draft"] is True and drafted["en"] == "Wang Xiaohong"
    return db


def _team(at: Path) -> Path:
    db = at / "team.json"
    assert _z("init", str(db), "--empty").returncode == 0
    done = _z(
        "--db", str(db), "add", "王小洪", "--type", "person", "--en", "Wang Xiaohong", "--note", NOTE,
        "--role", "Minister@Ministry of Public Security:2022-12..", "-y",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("shape", ["json", "jsonl", "csv", "tbx", "xlsx"])
def test_a_colleague_s_draft_leaves_the_confirmed_entry_confirmed(colleague: Path, tmp_path: Path, shape: str) -> None:
    theirs = colleague
    if shape != "json":
        theirs = tmp_path / f"theirs.{shape}"
        assert _z("--db", str(colleague), "export", "-o", str(theirs)).returncode == 0
    team = _team(tmp_path)
    before = _show(team, "wang-xiaohong")
    done = _z("--db", str(team), "import", str(theirs), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    after = _show(team, "wang-xiaohong")
    assert not after.get("draft")
    assert after["note"] == NOTE
    assert after["roles"] == before["roles"]
    assert (after["en"], after["pinyin"], after["type"]) == ("Wang Xiaohong", "Wáng Xiǎohóng", "person")
    assert "1 row is a draft (not confirmed) of 1 confirmed entry (wang-xiaohong)" in done.stderr
    # The colleague's other draft, new to the team, is added as the draft it is.
    assert _show(team, "zhao-kezhi")["draft"] is True
    warned = [line for line in _z("--db", str(team), "validate").stdout.splitlines() if "draft" in line]
    assert [line.split(":")[0] for line in warned] == ["zhao-kezhi"]


def test_a_draft_s_other_english_does_not_replace_the_confirmed_one(colleague: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.jsonl"
    assert _z("--db", str(colleague), "export", "-o", str(theirs)).returncode == 0
    rows = [json.loads(line) for line in theirs.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if row["zh"] == "王小洪":
            row["en"], row["pinyin"] = "Wang Xiao-hong", "Wáng Xiǎo-hóng"
    theirs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    team = _team(tmp_path)
    assert _z("--db", str(team), "import", str(theirs), "--on-conflict", "replace").returncode == 0
    after = _show(team, "wang-xiaohong")
    assert (after["en"], after["pinyin"], bool(after.get("draft"))) == ("Wang Xiaohong", "Wáng Xiǎohóng", False)


def test_a_draft_still_merges_into_a_draft(colleague: Path, tmp_path: Path) -> None:
    """Two proposals merge as any rows do: the colleague's newer draft replaces the stored draft's English."""
    mine = tmp_path / "mine.json"
    assert _z("init", str(mine), "--empty").returncode == 0
    (tmp_path / "n.txt").write_text(NOTICE, encoding="utf-8")
    assert _z("--db", str(mine), "harvest", str(tmp_path / "n.txt"), "--unknown", "--add", "-y").returncode == 0
    theirs = tmp_path / "theirs.jsonl"
    assert _z("--db", str(colleague), "export", "-o", str(theirs)).returncode == 0
    rows = [json.loads(line) for line in theirs.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if row["zh"] == "王小洪":
            row["aliases"] = ["Xiaohong Wang"]
    theirs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = _z("--db", str(mine), "import", str(theirs), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "is a draft" not in done.stderr
    after = _show(mine, "wang-xiaohong")
    assert after["draft"] is True and "Xiaohong Wang" in after["aliases"]
