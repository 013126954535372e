"""A surname's readings are the dictionaries' (the review's R40-2, the forty-first session).

现代汉语词典 gives 谌 two surname readings: chén (③ 姓) and, since the 6th edition (2012), a separate entry 谌 Shèn 姓
(the 5th: "chén, 也有读 shèn 的"); 汉语大字典's 2nd edition adds shèn 姓 too. Xinhua writes the State Councilor 谌贻琴
"Shen Yiqin"; the weightlifter 谌利军 says Shèn, the writer 谌容 Chén. surnames.tsv gave Chén alone, so romanize said
nothing of Shèn, harvest labelled "Shen Yiqin" as a translation, and the pinyin stored was Chén Yíqín. Now Shèn is the
row's "also" (as 覃 Qín, also Tán): romanize offers it, add and harvest write it where the English spells it.

The class, checked against the sources the table cites: every surname reading CC-CEDICT gives a surname of the table
(its "surname X" lines) is one the romanizer offers; the 现代汉语词典 readings of the table's polyphonic rows were
checked by hand (区 Ōu, 仇 Qiú, 单 Shàn, 解 Xiè, 查 Zhā, 盖 Gě/Gài, 华 Huà/Huá, 隗 Wěi/Kuí ...): 谌 was the one missing.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from zhgloss.pinyin import marks_to_numbers, romanize, surname_readings, surnames

CEDICT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cedict_ts.u8.gz"
if not CEDICT.exists():
    CEDICT = Path("/work/shared/data/cedict_ts.u8.gz")


def test_shen_is_a_reading_of_the_surname_chen_with_its_source() -> None:
    assert surnames()["谌"].readings == ("Chén", "Shèn")
    table = Path(__file__).resolve().parents[1] / "src" / "zhgloss" / "data" / "surnames.tsv"
    (row,) = [line for line in table.read_text(encoding="utf-8").splitlines() if line.startswith("谌\t")]
    assert "现代汉语词典 6th ed." in row.split("\t")[5]


@pytest.mark.parametrize("name", ["谌贻琴", "谌利军", "谌容", "谌龙"])
def test_romanize_offers_shen_and_says_so(name: str) -> None:
    result = romanize(name)
    assert result.pinyin.startswith("Chén ")
    assert [(a.char, a.part, a.others) for a in result.alternatives][:1] == [("谌", "surname", ("shen4",))]
    assert any("谌 is also read Shèn" in note for note in result.notes)


def _add(tmp_path: Path, zh: str, en: str) -> tuple[int, str, dict[str, object] | None]:
    db = tmp_path / "g.json"
    if not db.exists():
        subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "add", zh, "--en", en, "--type", "person", "--db", str(db)], capture_output=True, text=True
    )
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"]
    stored = next((e for e in entries.values() if e["zh"] == zh), None)
    return done.returncode, done.stderr, stored


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("谌贻琴", "Shen Yiqin", "Shèn Yíqín"),  # Xinhua's English of the State Councilor
        ("谌利军", "Shen Lijun", "Shèn Lìjūn"),
        ("谌容", "Chen Rong", "Chén Róng"),  # the writer of 人到中年
    ],
)
def test_add_writes_the_reading_the_english_spells(tmp_path: Path, zh: str, en: str, pinyin: str) -> None:
    code, err, stored = _add(tmp_path, zh, en)
    assert code == 0, err
    assert stored is not None and stored["pinyin"] == pinyin


def test_validate_is_silent_on_the_other_reading(tmp_path: Path) -> None:
    _add(tmp_path, "谌贻琴", "Shen Yiqin")
    done = subprocess.run(
        ["zhgloss", "validate", "--db", str(tmp_path / "g.json")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stdout + done.stderr


def _cedict_surname_readings() -> dict[str, set[str]]:
    table = surnames()
    found: dict[str, set[str]] = {}
    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        for line in lines:
            match = re.match(r"(\S+) (\S+) \[([^\]]+)\] /(.*)/$", line.rstrip("\n"))
            if match is None or line.startswith("#"):
                continue
            _, simplified, reading, glosses = match.groups()
            if simplified in table and any(g.startswith("surname ") for g in glosses.split("/")):
                found.setdefault(simplified, set()).add(reading.lower().replace("u:", "v"))
    return found


def _toneless(syllables: list[str]) -> str:
    return " ".join(re.sub(r"\d", "", s) for s in syllables)


def test_every_surname_reading_cedict_gives_is_offered() -> None:
    # The tone aside (过 Guō in 现代汉语词典, Guò in CC-CEDICT): a reading of other letters is what a user's English
    # spells, and that is what must be offered.
    table = surnames()
    missing = []
    for zh, readings in _cedict_surname_readings().items():
        offered = {_toneless(r) for r in surname_readings(table[zh])}
        missing += [(zh, r) for r in readings if re.sub(r"\d", "", r) not in offered]
    assert missing == []


def test_every_also_reading_is_well_formed() -> None:
    for zh, row in surnames().items():
        for reading in row.readings:
            assert unicodedata.normalize("NFC", reading) == reading
            assert len(marks_to_numbers(reading).split()) == len(zh), (zh, reading)
