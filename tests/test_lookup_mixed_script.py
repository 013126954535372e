"""`lookup` of a Chinese name written in both scripts at once: 劉强東 (强 is the variant of 強 Taiwan writes too).

User test (fourteenth session): 劉强東 was found nowhere, though 刘强东 and 劉強東 both are. A query that finds
nothing as written is looked up in simplified characters, with the index and without one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.index import lookup_in
from zhgloss.model import Entry
from zhgloss.store import Glossary

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = [
    Entry.from_dict(d) for d in json.loads((ROOT / "glossary.json").read_text(encoding="utf-8"))["entries"].values()
]
# Entries whose simplified and traditional names differ, character for character.
MIXABLE = [e for e in BUNDLED if e.zh and e.zh_hant and e.zh != e.zh_hant and len(e.zh) == len(e.zh_hant)]


@pytest.mark.parametrize("query", ["劉强東", "刘強东", "劉強東", "刘强东"])
def test_the_console_script_finds_a_name_in_mixed_scripts(zhgloss_exe: str, query: str) -> None:
    done = subprocess.run([zhgloss_exe, "lookup", query, "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [m["entry"]["id"] for m in json.loads(done.stdout)[0]["matches"]][:1] == ["liu-qiangdong"]


def test_a_name_the_glossary_lacks_is_still_not_found(zhgloss_exe: str) -> None:
    done = subprocess.run([zhgloss_exe, "lookup", "劉德華"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (1, "")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(MIXABLE), st.lists(st.booleans(), min_size=8, max_size=8))
def test_any_mix_of_the_two_scripts_finds_the_entry(entry: Entry, traditional: list[bool]) -> None:
    assert entry.zh and entry.zh_hant
    mixed = "".join(t if pick else s for s, t, pick in zip(entry.zh, entry.zh_hant, traditional, strict=False))
    mixed += entry.zh[len(mixed) :]
    assert entry.id in {hit.entry.id for hit in lookup_in(BUNDLED, mixed)}


def test_the_index_finds_what_the_scan_finds(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_bytes((ROOT / "glossary.json").read_bytes())
    with Glossary.open(db) as glossary:
        for entry in MIXABLE:
            assert entry.zh and entry.zh_hant
            mixed = entry.zh_hant[0] + entry.zh[1:]
            assert [h.entry.id for h in glossary.lookup(mixed)] == [h.entry.id for h in lookup_in(BUNDLED, mixed)]
            assert entry.id in {h.entry.id for h in glossary.lookup(mixed)}
