"""Retyping an entry reads again what its old type derived; validate sees a thing read as a person (R46-4, addendum 4).

`add 国家电网 --type person` (what `add 国家电网` stored before the forty-sixth session's gate) writes the pinyin
"Guó Jiādiànwǎng" (surname apart) and the English "Guo Jiadianwang". `edit guo-jiadianwang --type org` kept both,
said nothing, and validate reported 0 errors, 0 warnings; an import row retyping the entry by its id kept them too.
Now the edit reads again every field the old type derived (an org's pinyin "Guójiā Diànwǎng"; a place's English
"Hengqin"), says what it changed, and refuses (exit 2, the glossary untouched) where the new type has an English of its
own that no rule makes; validate warns of an org, place or other thing whose pinyin or English is a person's reading,
with the edit that fixes it. The installed console script on real glossary files.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.curate import draft_entry, edit_entry
from zhgloss.errors import InvalidEntryError
from zhgloss.formats.cedict import CEDICT_SOURCE
from zhgloss.model import Entry
from zhgloss.validate import check_entry


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.json"
    done = subprocess.run([zhgloss_exe(), "init", "--empty", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return path


def run(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        env=env,
    )


def stored(db: Path, entry_id: str) -> dict[str, object]:
    done = run(db, "show", entry_id, "--json")
    assert done.returncode == 0, done.stderr
    entry: dict[str, object] = json.loads(done.stdout)
    return entry


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def codes(db: Path) -> list[tuple[str, str, str]]:
    done = run(db, "validate", "--json")
    assert "Traceback" not in done.stderr
    return [(p["entry_id"], p["field"], p["code"]) for p in json.loads(done.stdout)["problems"]]


def test_retyping_add_s_person_to_an_org_asks_for_the_english_and_reads_the_pinyin_again(db: Path) -> None:
    assert run(db, "add", "国家电网", "--type", "person").returncode == 0
    assert stored(db, "guo-jiadianwang")["pinyin"] == "Guó Jiādiànwǎng"
    before = digest(db)
    done = run(db, "edit", "guo-jiadianwang", "--type", "org")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "'Guo Jiadianwang' is the English of 国家电网 read as a person (Guó Jiādiànwǎng)" in done.stderr
    assert "an org is read otherwise (Guójiā Diànwǎng)" in done.stderr
    assert f"(zhgloss --db {db} edit guo-jiadianwang --type org --en ENGLISH)" in done.stderr
    assert digest(db) == before
    done = run(db, "edit", "guo-jiadianwang", "--type", "org", "--en", "State Grid")
    assert done.returncode == 0, done.stderr
    assert "read again for the type 'org': pinyin 'Guó Jiādiànwǎng' -> 'Guójiā Diànwǎng'" in done.stderr
    entry = stored(db, "guo-jiadianwang")
    assert (entry["type"], entry["en"], entry["pinyin"], entry["aliases"]) == (
        "org",
        "State Grid",
        "Guójiā Diànwǎng",
        [],
    )
    assert codes(db) == []


def test_retyping_a_person_to_a_place_makes_the_place_s_english_and_back(db: Path) -> None:
    assert run(db, "add", "横琴", "--type", "person").returncode == 0
    done = run(db, "edit", "heng-qin", "--type", "place")
    assert done.returncode == 0, done.stderr
    assert "read again for the type 'place': en 'Heng Qin' -> 'Hengqin'; pinyin 'Héng Qín' -> 'Héngqín'" in done.stderr
    entry = stored(db, "heng-qin")
    assert (entry["en"], entry["pinyin"]) == ("Hengqin", "Héngqín")
    assert codes(db) == []
    done = run(db, "edit", "heng-qin", "--type", "person")
    assert done.returncode == 0, done.stderr
    assert (stored(db, "heng-qin")["en"], stored(db, "heng-qin")["pinyin"]) == ("Heng Qin", "Héng Qín")


def test_what_the_edit_gives_and_what_a_person_wrote_is_kept(db: Path) -> None:
    # The pinyin given with the type is the user's; so is an English no rule made (Li-Ning writes its own).
    assert run(db, "add", "前海", "--type", "person").returncode == 0
    done = run(db, "edit", "qian-hai", "--type", "place", "--pinyin", "Qián Hǎi")
    assert done.returncode == 0, done.stderr
    entry = stored(db, "qian-hai")
    assert (entry["en"], entry["pinyin"]) == ("Qianhai", "Qián Hǎi")
    assert "read again for the type 'place': en 'Qian Hai' -> 'Qianhai'" in done.stderr
    assert "pinyin" not in done.stderr.split("read again", 1)[1]
    assert run(db, "add", "李宁", "--type", "person", "--en", "Li-Ning", "--adopted").returncode == 0
    done = run(db, "edit", "li-ning", "--type", "org")
    assert done.returncode == 0, done.stderr
    entry = stored(db, "li-ning")
    assert (entry["en"], entry["pinyin"]) == ("Li-Ning", "Lǐníng")


def test_a_type_changed_in_the_editor_reads_the_derived_fields_again(db: Path, tmp_path: Path) -> None:
    assert run(db, "add", "横琴", "--type", "person").returncode == 0
    script = tmp_path / "retype.py"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('\"person\"', '\"place\"'), encoding='utf-8')\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("VISUAL", "EDITOR")}
    env["EDITOR"] = f"{sys.executable} {script}"
    done = run(db, "edit", "heng-qin", env=env)
    assert done.returncode == 0, done.stderr
    assert "read again for the type 'place': en 'Heng Qin' -> 'Hengqin'; pinyin 'Héng Qín' -> 'Héngqín'" in done.stderr
    assert (stored(db, "heng-qin")["en"], stored(db, "heng-qin")["pinyin"]) == ("Hengqin", "Héngqín")


def test_an_import_row_that_retypes_an_entry_by_its_id_reads_the_pinyin_again(db: Path, tmp_path: Path) -> None:
    assert run(db, "add", "国家电网", "--type", "person").returncode == 0
    rows = tmp_path / "grid.jsonl"
    rows.write_text(
        json.dumps({"id": "guo-jiadianwang", "zh": "国家电网", "en": "State Grid", "type": "org"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    done = run(db, "import", str(rows), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "pinyin: 'Guójiā Diànwǎng' (stored 'Guó Jiādiànwǎng')" in done.stderr
    entry = stored(db, "guo-jiadianwang")
    # The person's English is no alias of State Grid: it was the old type's reading, not a name of the thing.
    assert (entry["type"], entry["en"], entry["pinyin"], entry["aliases"]) == (
        "org",
        "State Grid",
        "Guójiā Diànwǎng",
        [],
    )


def test_a_row_passed_over_as_another_thing_names_the_retype_with_its_english(db: Path, tmp_path: Path) -> None:
    assert run(db, "add", "国家电网", "--type", "person").returncode == 0
    rows = tmp_path / "grid.csv"
    rows.write_text("zh,en,type\n国家电网,State Grid,org\n", encoding="utf-8")
    done = run(db, "import", str(rows), "--on-conflict", "replace")
    assert "retype the stored one: zhgloss edit guo-jiadianwang --type org --en ENGLISH)" in done.stderr


def write_glossary(path: Path, entries: list[dict[str, object]]) -> None:
    path.write_text(
        json.dumps({"entries": {str(n): e for n, e in enumerate(entries, 1)}}, ensure_ascii=False, indent=2),
        encoding="utf-8",
    )


def entry_doc(**fields: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "aliases": [],
        "en_adopted": False,
        "note": None,
        "refers_to": None,
        "roles": [],
        "sources": [],
        "zh_aliases": [],
        "zh_hant": None,
    }
    doc.update(fields)
    return doc


def test_validate_warns_of_a_thing_read_as_a_person_with_the_edit_that_fixes_it(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    write_glossary(
        path,
        [
            entry_doc(id="grid", type="org", zh="国家电网", pinyin="Guó Jiādiànwǎng", en="Guo Jiadianwang"),
            entry_doc(id="hengqin", type="place", zh="横琴", pinyin="Héng Qín", en="Heng Qin"),
            entry_doc(id="pingan", type="org", zh="平安保险", pinyin="Píng-Ān Bǎoxiǎn", en="Ping An Insurance"),
            # Named after a person, and said so: no English warning.
            entry_doc(id="lining", type="org", zh="李宁", pinyin="Lǐníng", en="Li Ning", en_adopted=True),
            # Right as they are.
            entry_doc(id="grid2", type="org", zh="南方电网", pinyin="Nánfāng Diànwǎng", en="China Southern Power Grid"),
            entry_doc(id="leijun", type="person", zh="雷军", pinyin="Léi Jūn", en="Lei Jun"),
            # CC-CEDICT's own writing of a word apart ([Bei3 Song4]) is its editors'.
            entry_doc(
                id="beisong",
                type="event",
                zh="北宋",
                pinyin="Běi Sòng",
                en="Northern Song Dynasty",
                sources=[CEDICT_SOURCE],
            ),
        ],
    )
    done = subprocess.run([zhgloss_exe(), "--db", str(path), "validate"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr  # warnings only
    lines = [line for line in done.stdout.splitlines() if "-as-person" in line or "as a person" in line]
    found = {(line.split(":")[0], line.split(": ")[2]) for line in done.stdout.splitlines() if " warning: " in line}
    assert ("grid", "pinyin") in found and ("grid", "en") in found
    assert ("hengqin", "pinyin") in found and ("hengqin", "en") in found
    assert ("pingan", "pinyin") in found
    assert not {entry for entry, _ in found} & {"lining", "grid2", "leijun", "beisong"}, lines
    text = done.stdout
    assert f"zhgloss --db {path} edit grid --pinyin 'Guójiā Diànwǎng'" in text
    assert f"zhgloss --db {path} edit grid --en ENGLISH" in text
    assert f"zhgloss --db {path} edit hengqin --pinyin 'Héngqín'" in text
    assert f"zhgloss --db {path} edit hengqin --en Hengqin" in text
    assert f'zhgloss --db {path} edit pingan --pinyin "Píng\'ān Bǎoxiǎn"' in text


def test_the_fix_validate_gives_is_one_it_then_passes(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    write_glossary(path, [entry_doc(id="hengqin", type="place", zh="横琴", pinyin="Héng Qín", en="Heng Qin")])
    for args in (["--pinyin", "Héngqín"], ["--en", "Hengqin"]):
        done = subprocess.run(
            [zhgloss_exe(), "--db", str(path), "edit", "hengqin", *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
    done = subprocess.run([zhgloss_exe(), "--db", str(path), "validate"], capture_output=True, text=True, check=False)
    assert "-as-person" not in done.stdout and "as a person's name" not in done.stdout, done.stdout


# Forms of two to four characters the romanizer reads as a Chinese name: a common surname and given characters.
_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗"
_GIVEN = "国家电网平安新海前琴山明华东方文建军伟强丽"
names = st.builds(
    lambda surname, given: surname + "".join(given),
    st.sampled_from(_SURNAMES),
    st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3),
)


def _fields(entry: Entry) -> tuple[object, ...]:
    return (entry.type, entry.en, entry.pinyin, entry.zh_hant, entry.aliases)


@settings(max_examples=60, deadline=None)
@given(zh=names, kinds=st.sampled_from([("person", "place"), ("place", "person")]))
def test_retyping_gives_what_adding_with_the_new_type_gives(zh: str, kinds: tuple[str, str]) -> None:
    # One rule: an entry add made as one type, retyped, is the entry add makes as the other.
    old, new = kinds
    retyped = edit_entry(draft_entry(zh, kind=old), kind=new)
    assert _fields(retyped) == _fields(draft_entry(zh, kind=new))


@settings(max_examples=60, deadline=None)
@given(zh=names, kind=st.sampled_from(["org", "product", "work", "event"]))
def test_retyping_a_person_to_a_thing_with_its_english_gives_what_adding_it_gives(zh: str, kind: str) -> None:
    person = draft_entry(zh, kind="person")
    thing = draft_entry(zh, kind=kind, en="Some Name")
    if thing.pinyin != person.pinyin:
        with pytest.raises(InvalidEntryError, match=r"--en ENGLISH"):
            edit_entry(person, kind=kind)
    assert _fields(edit_entry(person, kind=kind, en="Some Name")) == _fields(thing)
    # And what add made of it as that type draws no warning of a person's reading.
    assert not [p for p in check_entry(thing) if p.code.endswith("-as-person")]
