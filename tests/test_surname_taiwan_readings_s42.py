"""A surname's Taiwan reading is one of its readings (the review's R41-1, the forty-second session).

CC-CEDICT's surname lines mark a second reading two ways: "also pr. [Pu2]" (朴) and "Taiwan pr. [Bo2]" (柏 [Bai3]
"surname Bai/Taiwan pr. [Bo2]"). The build of data/name_readings.tsv read only the first, so romanize said nothing of
Bó, and `add 柏杨 --en "Bo Yang"` (the writer Bo Yang, 柏楊, of Taiwan) wrote the pinyin Bǎi Yáng under an English
that spells Bó. The class: every "Taiwan pr." of CC-CEDICT's surname lines, 7 readings (储 Chú, 微 Wéi, 於 Yú, 柏 Bó,
肖 Xiào, 颇 Pǒ, 𬩽 Xín); only 柏's is spelt with other letters (the rest differ in tone, which is no other reading to
offer, but validate now accepts it). surnames.tsv's 柏 row gives Bó as its "also", with its sources.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from pathlib import Path

import pytest

from zhgloss.pinyin import name_readings, romanize, surnames

CEDICT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cedict_ts.u8.gz"
if not CEDICT.exists():
    CEDICT = Path("/work/shared/data/cedict_ts.u8.gz")


def _cedict_surname_second_readings() -> list[tuple[str, str]]:
    """(simplified, reading) of each "also pr." and "Taiwan pr." of CC-CEDICT's one-character surname lines."""
    found = []
    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        for line in lines:
            match = re.match(r"^\S+ (\S) \[[A-Z][a-z:]*\d\] /surname [A-Z](.*)/$", line.strip())
            if match is not None:
                for reading in re.findall(r"(?:also|Taiwan) pr\. \[([A-Za-z:]+\d)\]", match.group(2)):
                    found.append((match.group(1), reading.lower().replace("u:", "v")))
    return found


@pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not in ../shared/data")
def test_every_second_reading_of_a_cedict_surname_line_is_a_surname_reading() -> None:
    found = _cedict_surname_second_readings()
    assert ("柏", "bo2") in found and ("朴", "pu2") in found  # both markings are read
    table = name_readings().surnames
    missing = [(zh, reading) for zh, reading in found if reading not in table.get(zh, ())]
    assert missing == []


def test_the_build_script_reads_the_taiwan_reading_of_a_surname_line() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_readings")
    _, rows = module.parse(
        ["柏 柏 [Bai3] /surname Bai/Taiwan pr. [Bo2]/\n", "於 於 [Yu1] /surname Yu/Taiwan pr. [Yu2]/\n"]
    )
    assert rows == [
        ("surname", "於", "於", "yu1", 1),
        ("surname", "於", "於", "yu2", 1),
        ("surname", "柏", "柏", "bai3", 1),
        ("surname", "柏", "柏", "bo2", 1),
    ]


def test_the_surname_table_gives_bo_for_bai_with_its_sources() -> None:
    assert surnames()["柏"].readings == ("Bǎi", "Bó")
    table = Path(__file__).resolve().parents[1] / "src" / "zhgloss" / "data" / "surnames.tsv"
    (row,) = [line for line in table.read_text(encoding="utf-8").splitlines() if line.startswith("柏\t")]
    source = row.split("\t")[5]
    assert "Taiwan pr. [Bo2]" in source and "國語辭典" in source


@pytest.mark.parametrize("name", ["柏杨", "柏明", "柏芝"])
def test_romanize_keeps_bai_and_offers_bo(name: str) -> None:
    result = romanize(name)
    assert result.pinyin.startswith("Bǎi ")
    assert [(a.char, a.part, a.others) for a in result.alternatives][:1] == [("柏", "surname", ("bo2",))]
    assert any("柏 is also read Bó" in note for note in result.notes)


def _add(db: Path, zh: str, en: str) -> tuple[subprocess.CompletedProcess[str], dict[str, object] | None]:
    if not db.exists():
        subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "add", zh, "--en", en, "--type", "person", "--db", str(db)], capture_output=True, text=True
    )
    entries = json.loads(db.read_text(encoding="utf-8")).get("entries", {})
    return done, next((e for e in entries.values() if e["zh"] == zh), None)


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("柏杨", "Bo Yang", "Bó Yáng"),  # the writer of 丑陋的中国人, as Taiwan and English write him
        ("柏杨", "Bai Yang", "Bǎi Yáng"),  # the mainland reading, spelt so, is kept
        ("柏青", "Po Ching", "Bó Qīng"),  # Wade-Giles po = bo
    ],
)
def test_add_writes_the_reading_the_english_spells(tmp_path: Path, zh: str, en: str, pinyin: str) -> None:
    done, stored = _add(tmp_path / "g.json", zh, en)
    assert done.returncode == 0, done.stderr
    assert stored is not None and stored["pinyin"] == pinyin
    validated = subprocess.run(
        ["zhgloss", "validate", "--db", str(tmp_path / "g.json")], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0 and "0 errors" in validated.stdout + validated.stderr, validated.stdout
