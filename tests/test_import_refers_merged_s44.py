"""Import: a row that refers to another row of its file, which the store merges into a stored entry of another id (by
its Chinese), refers to that stored entry (imp's s44 finding).

The CC-CEDICT import makes a former name an entry that refers to its modern place (斯大林格勒 -> 伏尔加格勒's row, id
'fuerjiagele-74f317'). Imported into a glossary holding 伏尔加格勒 under its own id ('volgograd'), that row is kept as
stored (--on-conflict skip) or merged into it (replace), and the former name referred to 'fuerjiagele-74f317', an id
written nowhere: validate's refers-to-missing after an import that said nothing. A nickname row and its company's
row of a JSON Lines file did the same. Through the installed CLI, on real files.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

LINES = (
    "斯大林格勒 斯大林格勒 [Si1 da4 lin2 ge2 le4] /Stalingrad, former name of Volvograd 伏爾加格勒|伏尔加格勒 "
    "(1925-1961)/\n"
    "伏爾加格勒 伏尔加格勒 [Fu2 er3 jia1 ge2 le4] /Volgograd, Russian city on the Volga River 伏爾加河|伏尔加河"
    "[Fu2 er3 jia1 He2]/\n"
)


def _zhgloss(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([exe, *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done


def _glossary(exe: str, folder: Path, zh: str, en: str, kind: str) -> Path:
    db = folder / "names.json"
    _zhgloss(exe, "init", str(db), "--empty")
    _zhgloss(exe, "--db", str(db), "add", zh, "--en", en, "--type", kind)
    return db


def _refers(db: Path) -> dict[str, str | None]:
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return {entry["zh"]: entry.get("refers_to") for entry in entries}


@pytest.mark.parametrize("on_conflict", ["skip", "replace"])
def test_a_former_name_refers_to_the_stored_modern_entry(zhgloss_exe: str, tmp_path: Path, on_conflict: str) -> None:
    db = _glossary(zhgloss_exe, tmp_path, "伏尔加格勒", "Volgograd", "place")
    source = tmp_path / "lines.u8"
    source.write_text(LINES, encoding="utf-8")
    args = ["--db", str(db), "import", str(source), "--format", "cedict", "--proper-only", "--on-conflict", on_conflict]
    _zhgloss(zhgloss_exe, *args)
    assert _refers(db)["斯大林格勒"] == "volgograd"
    done = subprocess.run([zhgloss_exe, "--db", str(db), "validate"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_a_nickname_row_refers_to_the_stored_company(zhgloss_exe: str, tmp_path: Path) -> None:
    db = _glossary(zhgloss_exe, tmp_path, "腾讯", "Tencent", "org")
    source = tmp_path / "names.jsonl"
    rows = [
        {"id": "tencent-holdings", "type": "org", "zh": "腾讯", "en": "Tencent"},
        {
            "id": "goose-factory",
            "type": "nickname",
            "zh": "鹅厂",
            "en": "Goose Factory",
            "refers_to": "tencent-holdings",
        },
    ]
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    _zhgloss(zhgloss_exe, "--db", str(db), "import", str(source), "--on-conflict", "skip")
    assert _refers(db)["鹅厂"] == "tencent"


def test_into_a_new_glossary_the_file_s_own_ids_stay(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    _zhgloss(zhgloss_exe, "init", str(db), "--empty")
    source = tmp_path / "lines.u8"
    source.write_text(LINES, encoding="utf-8")
    _zhgloss(zhgloss_exe, "--db", str(db), "import", str(source), "--format", "cedict", "--proper-only")
    assert _refers(db)["斯大林格勒"] == "fuerjiagele-74f317"
