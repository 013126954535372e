"""A translator's people sheet types its people as what they are, and the note says what was stored (R47-1, R47-2).

The review's R47-1: an untyped two-column sheet (Chinese,English) of people stored 萧美琴 "Hsiao Bi-khim" as an
untyped `name` while the import's note listed it as "typed ... person"; 郭台铭 "Terry Gou", 成龙 "Jackie Chan" and
邓紫棋 "G.E.M." were names too, so annotate's rule for an untyped name after a title of office dropped them in the
commonest news position (鸿海董事长郭台铭称). The same went for a subject column that types the row (People, Persons)
and for an untyped TBX termEntry. R47-2: `--type person` left validate errors ("'Terry Gou' does not spell the pinyin").

Now a person's English is read as the person's own (en_adopted, said with the line) where CC-CEDICT lists the person
with that English, or where it writes the name in the Chinese order as Taiwan and Hong Kong do in a romanization
validate cannot read (Hsiao Bi-khim: Wade-Giles surname, Hokkien given name). An untyped row whose English is
CC-CEDICT's for a person read as a Chinese name is typed person (said: no guess). A person typed from the English is
not retyped a name behind the note's back. A slip in pinyin ("Ma Yin" for 马云) stays a doubt for validate, and a
transliterated foreigner (容克 Juncker) stays the untyped name it was. Real files, the installed console script.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from serving import zhgloss_exe

PEOPLE = """Chinese,English
萧美琴,Hsiao Bi-khim
郭台铭,Terry Gou
成龙,Jackie Chan
邓紫棋,G.E.M.
杨采妮,Charlie Young
吴作栋,Goh Chok Tong
雷军,Lei Jun
张忠谋,Morris Chang
容克,Jean-Claude Juncker
"""


def zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe(), "--db", str(db), *args], capture_output=True, text=True, check=False)


def imported(tmp_path: Path, name: str, text: str, *args: str) -> tuple[Path, subprocess.CompletedProcess[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "glossary.json"
    return db, zhgloss(db, "import", str(path), *args)


def entries(db: Path) -> dict[str, dict[str, object]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for table in tables.values() for doc in table.values()}


def validate_errors(db: Path) -> list[str]:
    done = zhgloss(db, "validate", "--json")
    return [p["entry_id"] for p in json.loads(done.stdout)["problems"] if p["severity"] == "error"]


@pytest.mark.parametrize(
    ("zh", "en", "why"),
    [
        ("萧美琴", "Hsiao Bi-khim", "in the Chinese order as Taiwan and Hong Kong do"),
        ("郭台铭", "Terry Gou", "CC-CEDICT's English for this person"),
        ("成龙", "Jackie Chan", "CC-CEDICT's English for this person"),
        ("邓紫棋", "G.E.M.", "CC-CEDICT's English for this person"),
        ("杨采妮", "Charlie Young", "CC-CEDICT's English for this person"),
        ("吴作栋", "Goh Chok Tong", "CC-CEDICT's English for this person"),
    ],
)
def test_an_untyped_person_with_their_own_english_is_a_person(tmp_path: Path, zh: str, en: str, why: str) -> None:
    db, done = imported(tmp_path, "people.csv", f"Chinese,English\n{zh},{en}\n")
    assert done.returncode == 0, done.stderr
    entry = entries(db)[zh]
    assert (entry["type"], entry["en"], entry["en_adopted"]) == ("person", en, True)
    # Said with the line, as what was stored: the note and the glossary agree.
    assert f"line 2: en {en!r}" in done.stderr and why in done.stderr, done.stderr
    assert "own English name (en_adopted)" in done.stderr
    assert validate_errors(db) == []


def test_the_note_names_what_was_stored(tmp_path: Path) -> None:
    db, done = imported(tmp_path, "people.csv", PEOPLE)
    assert done.returncode == 0, done.stderr
    stored = entries(db)
    said = [line for line in done.stderr.splitlines() if "the file gives no type person" in line]
    for line in said:
        for zh, entry in stored.items():
            if f"{zh} {entry['en']!r}" in line:
                assert entry["type"] == "person", (zh, line)
    assert {zh for zh, entry in stored.items() if entry["type"] == "person"} == {
        "萧美琴",
        "郭台铭",
        "成龙",
        "邓紫棋",
        "杨采妮",
        "吴作栋",
        "雷军",
        "张忠谋",
    }
    # CC-CEDICT's listing is no guess: said apart from the guesses by spelling.
    (listed,) = [line for line in said if "CC-CEDICT lists each as a person" in line]
    assert "郭台铭 'Terry Gou'" in listed and "a guess" not in listed
    # A transliterated foreigner stays the untyped name it was, its pinyin one word (no surname read into it).
    assert stored["容克"]["type"] == "name" and " " not in str(stored["容克"]["pinyin"])
    # A Chinese name's pinyin, now read as a person's: surname, then given name.
    assert stored["郭台铭"]["pinyin"] == "Guō Táimíng"
    assert validate_errors(db) == []


def test_type_person_leaves_a_glossary_validate_passes(tmp_path: Path) -> None:
    # R47-2: the same sheet with --type person left "'Terry Gou' does not spell the pinyin" errors.
    chinese_people = "\n".join(PEOPLE.splitlines()[:-1]) + "\n"
    db, done = imported(tmp_path, "people.csv", chinese_people, "--type", "person")
    assert done.returncode == 0, done.stderr
    assert validate_errors(db) == []
    assert all(entry["type"] == "person" for entry in entries(db).values())


def test_a_subject_column_that_types_people(tmp_path: Path) -> None:
    sheet = "zh,en,subject\n郭台铭,Terry Gou,People\n萧美琴,Hsiao Bi-khim,Persons\n成龙,Jackie Chan,People\n"
    db, done = imported(tmp_path, "subject.csv", sheet)
    assert done.returncode == 0, done.stderr
    assert {zh: entry["type"] for zh, entry in entries(db).items()} == dict.fromkeys(
        ["郭台铭", "萧美琴", "成龙"], "person"
    )
    assert validate_errors(db) == []


def test_an_untyped_tbx_concept_of_a_person(tmp_path: Path) -> None:
    tbx = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry id="1"><langSet xml:lang="en"><tig><term>Hsiao Bi-khim</term></tig></langSet>
<langSet xml:lang="zh-TW"><tig><term>蕭美琴</term></tig></langSet></termEntry>
<termEntry id="2"><langSet xml:lang="en"><tig><term>Terry Gou</term></tig></langSet>
<langSet xml:lang="zh-TW"><tig><term>郭台銘</term></tig></langSet></termEntry>
<termEntry id="3"><descrip type="subjectField">Persons</descrip><langSet xml:lang="en"><tig><term>Jackie Chan</term>
</tig></langSet><langSet xml:lang="zh-HK"><tig><term>成龍</term></tig></langSet></termEntry>
</body></text></martif>
"""
    db, done = imported(tmp_path, "people.tbx", tbx)
    assert done.returncode == 0, done.stderr
    stored = entries(db)
    assert {zh: (e["type"], e["en_adopted"]) for zh, e in stored.items()} == dict.fromkeys(
        ["萧美琴", "郭台铭", "成龙"], ("person", True)
    )
    assert stored["郭台铭"]["zh_hant"] == "郭台銘"
    assert validate_errors(db) == []


def test_a_slip_in_pinyin_is_no_own_english(tmp_path: Path) -> None:
    # "Ma Yin" for 马云: every word pinyin, the given name the wrong one. Not read as the person's own: typed person
    # from its English (said), imported as written and said, for validate to list.
    db, done = imported(tmp_path, "people.csv", "Chinese,English\n马云,Ma Yin\n")
    assert done.returncode == 0, done.stderr
    entry = entries(db)["马云"]
    assert (entry["type"], entry["en_adopted"]) == ("person", False)
    assert "imported as written" in done.stderr
    assert validate_errors(db) == [entry["id"]]
