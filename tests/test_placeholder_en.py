"""No made-up English for a transliterated or Japanese name (session 11), through the installed console script.

README: only a Chinese name's English is its pinyin; a transliterated (布林肯) or Japanese (安倍晋三) name's is its
own spelling (Blinken, Abe Shinzo), which no rule gives. `add` asks for it instead of inventing "Bulinken";
`edit --confirm` does not confirm a draft whose English is still the placeholder `harvest --unknown --add`
stored; `validate` warns of a confirmed entry that keeps one (en-placeholder).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ZHGLOSS = shutil.which("zhgloss", path=str(Path(sys.executable).parent)) or "zhgloss"


@pytest.fixture
def zhgloss(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "g.json"
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([ZHGLOSS, "init", str(db)], capture_output=True, env=env, check=True)

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [ZHGLOSS, "--db", str(db), *argv], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL
        )

    return run


@pytest.mark.parametrize("zh", ["安倍晋三", "布林肯", "泽连斯基"])
def test_add_asks_for_a_foreign_names_english_and_invents_none(zhgloss, zh: str) -> None:  # type: ignore[no-untyped-def]
    refused = zhgloss("add", zh, "--type", "person", "-y")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--en" in refused.stderr
    assert "Traceback" not in refused.stderr
    added = zhgloss("add", zh, "--type", "person", "--en", "Own Spelling", "-y")
    assert added.returncode == 0, added.stderr


def test_add_still_makes_a_chinese_names_english_from_its_pinyin(zhgloss) -> None:  # type: ignore[no-untyped-def]
    added = zhgloss("add", "曾国藩", "-y", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["en"] == "Zeng Guofan"


def test_a_draft_with_a_placeholder_english_is_confirmed_only_with_its_own(zhgloss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "s.txt"
    text.write_text("美国国务卿布林肯访问北京。\n", encoding="utf-8")
    harvested = zhgloss("harvest", str(text), "--unknown", "--add", "-y")
    assert harvested.returncode == 0, harvested.stderr
    stored = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["entries"].values()
    entry_id = next(e["id"] for e in stored if e.get("zh") == "布林肯")

    refused = zhgloss("edit", entry_id, "--confirm")
    assert refused.returncode == 2
    assert "placeholder" in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(zhgloss("show", entry_id, "--json").stdout)["draft"] is True  # nothing saved

    confirmed = zhgloss("edit", entry_id, "--confirm", "--en", "Antony Blinken")
    assert confirmed.returncode == 0, confirmed.stderr
    entry = json.loads(zhgloss("show", entry_id, "--json").stdout)
    assert entry["en"] == "Antony Blinken" and not entry.get("draft")
    assert "confirmed by a person" in entry["note"] and "placeholder" not in entry["note"]
    checked = json.loads(zhgloss("validate", "--json").stdout)
    assert [p for p in checked["problems"] if p["entry_id"] == entry_id] == []


def test_validate_warns_of_a_confirmed_placeholder(zhgloss) -> None:  # type: ignore[no-untyped-def]
    # Typed by hand as the pinyin spelt out: the English of a Japanese name is its own (Abe Shinzo).
    added = zhgloss("add", "安倍晋三", "--type", "person", "--en", "Anbei Jinsan", "-y", "--json")
    assert added.returncode == 0, added.stderr
    entry_id = json.loads(added.stdout)["id"]
    checked = json.loads(zhgloss("validate", "--json").stdout)
    found = [(p["field"], p["code"], p["severity"]) for p in checked["problems"] if p["entry_id"] == entry_id]
    assert found == [("en", "en-placeholder", "warning")]
    # Marked adopted (the person's own spelling), it is no placeholder.
    assert zhgloss("edit", entry_id, "--adopted").returncode == 0
    checked = json.loads(zhgloss("validate", "--json").stdout)
    assert [p for p in checked["problems"] if p["entry_id"] == entry_id] == []
