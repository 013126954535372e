"""Another thing with the same Chinese, importing over a curated glossary (session 33, issue 9; users U32-21, U32-10).

- U32-21: CC-CEDICT's 特斯拉 /Nikola Tesla (1856-1943), Serbian inventor and engineer/ (a person) against the bundled
  特斯拉 Tesla (an org) was a conflict, and the hint's `--on-conflict replace` made the company Nikola Tesla, a person,
  and wiped its curated note. A row matched by a stored entry's Chinese (not by an id the file gives) whose type names
  another kind of thing is another thing: passed over with a note under every --on-conflict, the stored entry kept.
  Cases of my own of the class, real CC-CEDICT lines against entries of a business desk's glossary: 福特 /Ford
  (name)/Ford, US car make/ (read a person) against the carmaker; 松下 /Matsushita (name)/Panasonic (brand).../ (a
  person) against Panasonic; 长城 /the Great Wall/ (a place) against Great Wall Motor.
- A stored note is never replaced: a file's note is added after it (CC-CEDICT's 腾讯 line after the bundled curated
  "Internet company founded by Pony Ma…"), one it already holds agrees, and one that holds it takes its place.
- U32-10: CC-CEDICT's two lines 乾 [Qian2] /surname Qian/ and 乾 干 [Gan1] /surname Gan/ are two surnames; over a
  glossary the second was taken for "the stored entry" 乾 (干 is 乾 written the plain way), so replace made 乾 "Gan"
  and skip lost 干. Both are added, as into a new glossary.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from zhgloss.curate import draft_entry
from zhgloss.formats import get_format, import_documents
from zhgloss.store import Glossary

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
CEDICT = Path(__file__).resolve().parents[2] / "shared" / "data" / "cedict_ts.u8.gz"
needs_cedict = pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not in the shared data")


def _cedict_lines(*wanted: tuple[str, str]) -> str:
    """The CC-CEDICT lines of the (simplified headword, pinyin) pairs `wanted`, in the dictionary's order."""
    found = []
    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.split(" ", 2)
            if len(parts) == 3 and (parts[1], parts[2].split("]")[0].lstrip("[")) in wanted:
                found.append(line)
    assert len(found) == len(wanted)
    return "".join(found)


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["id"]: doc for table in tables.values() for doc in table.values()}


@needs_cedict
@pytest.mark.parametrize("mode", ["fail", "skip", "replace"])
def test_nikola_tesla_leaves_the_company_alone(glossary_path: Path, tmp_path: Path, mode: str) -> None:
    path = tmp_path / "tesla.u8"
    path.write_text(
        _cedict_lines(
            ("特斯拉", "Te4 si1 la1"),
        ),
        encoding="utf-8",
    )
    before = _entries(glossary_path)
    result = _zhgloss(glossary_path, "import", str(path), "--format", "cedict", "--on-conflict", mode, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["added"], report["updated"], report["conflicts"]) == ([], [], [])
    after = _entries(glossary_path)
    assert after["tesla"] == before["tesla"]
    assert after["tesla"]["type"] == "org"
    assert "names another thing than the stored entry 'tesla', whose Chinese form it has (a person, the stored " in (
        result.stderr
    )
    assert "zhgloss edit tesla --type person" in result.stderr


# A desk's companies whose Chinese CC-CEDICT gives to something else: a person (特斯拉 Nikola Tesla), a place (长城 the
# Great Wall). (Its 福特 and 松下 lines were persons here until the thirty-fifth session typed a car make's and a
# brand's line the company, c6876ec4.)
DESK = [
    draft_entry("特斯拉", en="Tesla", kind="org", note="US carmaker."),
    draft_entry("长城", en="Great Wall Motor", kind="org", note="Chinese carmaker, Baoding."),
]


@needs_cedict
@pytest.mark.parametrize("mode", ["skip", "replace"])
def test_a_line_of_another_kind_is_passed_over(mode: Any) -> None:
    gloss = Glossary()
    gloss.add_all(DESK)
    text = _cedict_lines(("特斯拉", "Te4 si1 la1"), ("长城", "Chang2 cheng2"))
    form = get_format("cedict")
    docs = form.load_documents(io.StringIO(text), "lines.u8", proper_only=True)
    report = import_documents(gloss, docs, mode, says=form.says, fallbacks=form.fallbacks, source="lines.u8")
    assert sorted((row[1], row[2], row[3]) for row in report.others) == [
        ("great-wall-motor", "place", "org"),
        ("tesla", "person", "org"),
    ]
    assert (report.updated, report.conflicts) == ([], [])
    assert sorted(gloss.iter_entries(), key=lambda e: e.id) == sorted(DESK, key=lambda e: e.id)


def test_a_row_the_file_names_by_id_is_that_entry() -> None:
    # The file says the id: the row is the stored entry, and its type a change of it (a conflict, as before).
    gloss = Glossary()
    gloss.add(draft_entry("福特", en="Ford", kind="org", entry_id="ford"))
    form = get_format("csv")
    docs = form.load_documents(io.StringIO("id,zh,en,type\nford,福特,Ford,person\n", newline=""), "f.csv")
    report = import_documents(gloss, docs, "skip", says=form.says, source="f.csv")
    assert report.others == []
    assert report.conflicts == ["ford"]
    assert [d.field for d in report.conflict_fields[0]] == ["type"]


@needs_cedict
def test_replace_keeps_a_curated_note(glossary_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "tencent.u8"
    path.write_text(
        _cedict_lines(("腾讯", "Teng2 xun4"), ("腾讯控股有限公司", "Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1")),
        encoding="utf-8",
    )
    curated = _entries(glossary_path)["tencent"]["note"]
    result = _zhgloss(glossary_path, "import", str(path), "--format", "cedict", "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    note = _entries(glossary_path)["tencent"]["note"]
    assert note.startswith(curated)
    assert note.endswith("Tencent Holdings Limited (developers of the QQ instant messaging platform)")
    assert "note: + 'Tencent Holdings Limited" in result.stderr


@pytest.mark.parametrize(
    ("note", "stored"),
    [
        # Another note: added after the stored one.
        ("Maker of WeChat.", "Internet company founded by Pony Ma in 1998. Maker of WeChat."),
        # One the stored note holds: identical, nothing changed.
        ("founded by Pony Ma", "Internet company founded by Pony Ma in 1998."),
        # One that holds the stored note: takes its place, nothing lost.
        (
            "Internet company founded by Pony Ma in 1998. Owns QQ.",
            "Internet company founded by Pony Ma in 1998. Owns QQ.",
        ),
    ],
)
def test_a_sheets_note_never_drops_the_stored_one(note: str, stored: str) -> None:
    gloss = Glossary()
    gloss.add(draft_entry("腾讯", en="Tencent", kind="org", note="Internet company founded by Pony Ma in 1998."))
    form = get_format("csv")
    docs = form.load_documents(io.StringIO(f'zh,en,note\n腾讯,Tencent,"{note}"\n', newline=""), "n.csv")
    import_documents(gloss, docs, "replace", says=form.says, source="n.csv")
    assert gloss.get("腾讯").note == stored


@needs_cedict
@pytest.mark.parametrize("mode", ["skip", "replace"])
def test_qian_and_gan_stay_two_surnames(glossary_path: Path, tmp_path: Path, mode: str) -> None:
    path = tmp_path / "qg.u8"
    path.write_text(
        _cedict_lines(
            ("乾", "Qian2"),
            ("干", "Gan1"),
            ("腾讯", "Teng2 xun4"),
            ("腾讯控股有限公司", "Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1"),
        ),
        encoding="utf-8",
    )
    result = _zhgloss(glossary_path, "import", str(path), "--format", "cedict", "--on-conflict", mode)
    assert result.returncode == 0, result.stderr
    by_zh = {doc["zh"]: doc for doc in _entries(glossary_path).values()}
    assert (by_zh["乾"]["pinyin"], by_zh["乾"]["en"]) == ("Qián", "Qian")
    assert (by_zh["干"]["pinyin"], by_zh["干"]["en"]) == ("Gān", "Gan")
    assert "stored entry 'qian" not in result.stderr
