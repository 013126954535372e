"""A Chinese form is stored as Chinese text writes it, whichever path brings it in (issue 9; session 30, U30-25, 38).

- A space between the characters of a Chinese name ("雷 军"; "马　云" with U+3000, as name lists pad a two-character
  name to line up with three-character ones) was stored, and annotate and check never found the name.
- A radical code point (⻢ U+2EE2, ⽊ U+2F4A, ⽇ U+2F47: what a PDF's text gives for 马, 木, 日 when copied) was stored
  by import, and refused by add: paths disagreed. Kangxi radicals fold by NFKC, the supplement's by Unicode's
  EquivalentUnifiedIdeograph.txt.
- A variation selector (诸葛<U+E0100>亮, 雷军<U+FE0F>), which shows as nothing, likewise; and a Latin ligature in
  English ("Jeﬀ Bezos", U+FB00) is its letters.
The entry model folds them (`zhgloss.model.fold_form`); validate warns of a file that holds them. Names are CC-CEDICT's
(CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz): 雷軍 雷军 [Lei2 Jun1], 馬雲 马云 [Ma3 Yun2], 諸葛亮 诸葛亮
[Zhu1 ge3 Liang4], 木村 木村 [Mu4 cun1] /Kimura (Japanese surname)/, 貝索斯 贝索斯 [Bei4 suo3 si1] /Bezos/.
"""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError
from zhgloss.model import Entry, entries_from_dicts, fold_form


def _run(zhgloss_exe: str, db: Path, *args: str, text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8", input=text
    )


def _empty(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    return db


def _stored(db: Path) -> list[dict[str, Any]]:
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("雷 军", "雷军"),
        ("马\u3000云", "马云"),
        ("诸葛 亮", "诸葛亮"),
        ("\u2ee2云", "马云"),  # CJK RADICAL C-SIMPLIFIED HORSE
        ("\u2f4a村", "木村"),  # KANGXI RADICAL TREE
        ("李\u2f47", "李日"),  # KANGXI RADICAL SUN
        ("\u2ec5面", "见面"),  # CJK RADICAL C-SIMPLIFIED SEE
        ("诸葛\U000e0100亮", "诸葛亮"),
        ("雷军\ufe0f", "雷军"),
        ("小米 SU7", "小米 SU7"),  # a space beside a letter stays
        ("卡拉OK", "卡拉OK"),
    ],
)
def test_a_chinese_form_is_folded_by_the_entry(typed: str, stored: str) -> None:
    entry = Entry(id="x", en="X", zh=typed, zh_aliases=(typed,))
    assert entry.zh == stored
    assert entry.zh_aliases == ()  # the same as zh once folded
    assert Entry.from_dict({"id": "x", "en": "X", "zh": typed}).zh == stored


@pytest.mark.parametrize(("typed", "stored"), [("Jeﬀ Bezos", "Jeff Bezos"), ("Griﬃth", "Griffith")])
def test_a_ligature_in_english_is_its_letters(typed: str, stored: str) -> None:
    assert Entry(id="x", en=typed, aliases=(typed + " Jr",)).en == stored


def test_a_note_keeps_what_it_holds() -> None:
    assert Entry(id="x", en="X", note="原文作 ⻢ 云").note == "原文作 ⻢ 云"


_HAN = st.sampled_from(["雷", "军", "马", "云", "诸", "葛", "亮", "木", "村", "𠀀"])
_PIECE = st.one_of(
    _HAN,
    st.sampled_from([" ", "\u3000", "\u00a0", "\ufe0f", "\U000e0100", "A", "7", "·", "ﬀ"]),
    st.integers(0x2F00, 0x2FD5).map(chr),
    st.sampled_from(sorted({0x2EE2, 0x2EC5, 0x2E9F, 0x2EF3, 0x2E8C, 0x2ECF})).map(chr),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECE, min_size=1, max_size=8).map("".join))
def test_a_folded_chinese_form_holds_no_radical_selector_or_space_between_characters(typed: str) -> None:
    try:
        entry = Entry(id="x", en="X", zh=typed)
    except InvalidEntryError:
        return  # nothing left to name (a space or a selector alone)
    zh = entry.zh
    if zh is None:
        assert not typed.strip(" \u3000\u00a0\ufe0f\U000e0100")  # nothing but space and selectors
        return
    assert not any(0x2E80 <= ord(c) <= 0x2EF3 or 0x2F00 <= ord(c) <= 0x2FD5 for c in zh)
    assert not any(0xFE00 <= ord(c) <= 0xFE0F or 0xE0100 <= ord(c) <= 0xE01EF for c in zh)
    assert "ﬀ" not in zh
    for before, space, after in zip(zh, zh[1:], zh[2:], strict=False):
        assert not (
            space == " " and unicodedata.name(before).startswith("CJK") and unicodedata.name(after)[:3] == "CJK"
        )
    assert fold_form(zh, chinese=True) == zh  # folded once for all
    assert Entry(id="x", en="X", zh=zh).zh == zh


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECE, min_size=1, max_size=6).map("".join), min_size=1, max_size=30))
def test_a_batch_folds_as_one_entry_at_a_time(forms: list[str]) -> None:
    # The batched check (`entries_from_dicts`, every import and the store's read) must see what `fold_form` folds.
    docs = [
        {"id": f"d-{n}", "en": "X", "zh": f"雷{form}军", "zh_aliases": [form + "云"]} for n, form in enumerate(forms)
    ]
    docs += [{"id": f"p-{n}", "en": "Lei Jun", "zh": "雷军"} for n in range(40)]

    def one_by_one() -> list[Entry] | str:
        try:
            return [Entry.from_dict(doc) for doc in docs]
        except InvalidEntryError as exc:
            return str(exc)

    try:
        batched: list[Entry] | str = list(entries_from_dicts(docs))
    except InvalidEntryError as exc:
        batched = str(exc)
    assert batched == one_by_one()


@pytest.mark.parametrize(
    "sheet", ["zh,en\n雷 军,Lei Jun\n马\u3000云,Jack Ma\n", "zh,en\n\u2ee2云,Jack Ma\n雷军\ufe0f,Lei Jun\n"]
)
def test_import_then_annotate_and_check_find_the_name(zhgloss_exe: str, tmp_path: Path, sheet: str) -> None:
    db = _empty(tmp_path)
    (tmp_path / "in.csv").write_text(sheet, encoding="utf-8")
    assert _run(zhgloss_exe, db, "import", str(tmp_path / "in.csv")).returncode == 0
    assert sorted(e["zh"] for e in _stored(db))[0] in ("马云", "雷军")
    assert {e["zh"] for e in _stored(db)} <= {"马云", "雷军"}
    done = _run(zhgloss_exe, db, "annotate", text="马云和雷军说。\n")
    assert "（Jack Ma）" in done.stdout or "（Lei Jun）" in done.stdout


@pytest.mark.parametrize(("typed", "stored"), [("雷 军", "雷军"), ("\u2ee2云", "马云"), ("诸葛\U000e0100亮", "诸葛亮")])
def test_add_folds_as_import_does(zhgloss_exe: str, tmp_path: Path, typed: str, stored: str) -> None:
    db = _empty(tmp_path)
    done = _run(zhgloss_exe, db, "add", typed, "--type", "person", "--yes")
    assert done.returncode == 0, done.stderr
    (entry,) = _stored(db)
    assert entry["zh"] == stored
    assert " " not in entry["zh_hant"]


def test_validate_warns_of_a_file_holding_a_space_or_a_radical(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    doc = {"id": "lei-jun", "en": "Lei Jun", "type": "person", "zh": "雷 军", "zh_aliases": ["\u2ee2老师"]}
    db.write_text(json.dumps({"entries": {"1": doc}}, ensure_ascii=False), encoding="utf-8")
    done = _run(zhgloss_exe, db, "validate", "--json")
    found = {(p["field"], p["code"]) for p in json.loads(done.stdout)["problems"]}
    assert {("zh", "form-unfolded"), ("zh_aliases", "form-unfolded")} <= found
    assert "（Lei Jun）" in _run(zhgloss_exe, db, "annotate", text="雷军说，马老师来了。\n").stdout
