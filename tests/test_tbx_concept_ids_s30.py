"""A concept id of another tool's TBX or MultiTerm file is no entry id (session 30, U30-23).

MultiTerm numbers every termbase's concepts from 1, and most TBX exports number their termEntries per file; taken as
entry ids, a second termbase's concept 1 "was" the first one's (a conflict, and `--on-conflict replace` overwrote an
unrelated entry). Only zhgloss's own export (its sourceDesc mark) carries entry ids; in another tool's file the
entry id is made from the names, as a CSV row's is (memoQ's Entry_ID, Phrase's concept_id), and the store finds a
stored entry by its forms. Names from CC-CEDICT: 馬雲 马云 /Ma Yun aka Jack Ma/, 黃崢 黄峥 /Huang Zheng aka Colin
Huang/, 雷軍 雷军 /Lei Jun/, 任正非 /Ren Zhengfei/.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for table in tables.values() for doc in table.values()}


def _concept(number: int, zh: str, en: str, extra: str = "") -> str:
    return (
        f"<conceptGrp><concept>{number}</concept>{extra}\n"
        f'<languageGrp><language type="Chinese" lang="ZH-CN"/><termGrp><term>{zh}</term></termGrp></languageGrp>\n'
        f'<languageGrp><language type="English" lang="EN-US"/><termGrp><term>{en}</term></termGrp></languageGrp>'
        "</conceptGrp>\n"
    )


def _multiterm(*concepts: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n<mtf>\n' + "".join(concepts) + "</mtf>\n"


def _basic(entry_id: str, zh: str, en: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        f'<termEntry id="{entry_id}"><langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet>'
        f'<langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>\n</body></text></martif>\n'
    )


def _new_db(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    return db


def test_two_multiterm_termbases_numbered_from_one_do_not_collide(tmp_path: Path) -> None:
    first = tmp_path / "alibaba.xml"
    first.write_text(_multiterm(_concept(1, "阿里巴巴集团", "Alibaba Group"), _concept(2, "马云", "Jack Ma")), "utf-8")
    second = tmp_path / "pdd.xml"
    second.write_text(_multiterm(_concept(1, "拼多多", "Pinduoduo"), _concept(2, "黄峥", "Colin Huang")), "utf-8")
    db = _new_db(tmp_path)
    assert _run("--db", str(db), "import", str(first)).returncode == 0
    result = _run("--db", str(db), "import", str(second))
    assert result.returncode == 0, result.stderr
    assert "2 added, 0 updated" in result.stdout + result.stderr
    entries = _entries(db)
    assert {zh: doc["en"] for zh, doc in entries.items()} == {
        "阿里巴巴集团": "Alibaba Group",
        "马云": "Jack Ma",
        "拼多多": "Pinduoduo",
        "黄峥": "Colin Huang",
    }
    assert "1" not in {doc["id"] for doc in entries.values()}
    looked = _run("--db", str(db), "lookup", "马云")
    assert looked.returncode == 0 and "Jack Ma" in looked.stdout


def test_two_tbx_files_with_the_same_termentry_id_give_two_entries(tmp_path: Path) -> None:
    db = _new_db(tmp_path)
    for name, zh, en in (("a.tbx", "雷军", "Lei Jun"), ("b.tbx", "任正非", "Ren Zhengfei")):
        path = tmp_path / name
        path.write_text(_basic("1", zh, en), encoding="utf-8")
        result = _run("--db", str(db), "import", str(path))
        assert result.returncode == 0, result.stderr
    assert {zh: doc["en"] for zh, doc in _entries(db).items()} == {"雷军": "Lei Jun", "任正非": "Ren Zhengfei"}


def test_the_same_termbase_again_is_found_by_its_forms(tmp_path: Path) -> None:
    path = tmp_path / "a.tbx"
    path.write_text(_basic("1", "雷军", "Lei Jun"), encoding="utf-8")
    db = _new_db(tmp_path)
    assert _run("--db", str(db), "import", str(path)).returncode == 0
    again = _run("--db", str(db), "import", str(path))
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated, 1 skipped" in again.stdout + again.stderr


def test_zhgloss_own_export_keeps_its_ids(tmp_path: Path) -> None:
    db = _new_db(tmp_path)
    added = _run("--db", str(db), "add", "雷军", "--en", "Lei Jun", "--type", "person", "--id", "xiaomi-ceo", "--yes")
    assert added.returncode == 0, added.stderr
    exported = tmp_path / "out.tbx"
    assert _run("--db", str(db), "export", "--format", "tbx", "-o", str(exported)).returncode == 0
    fresh = tmp_path / "fresh.json"
    fresh.write_text("{}", encoding="utf-8")
    result = _run("--db", str(fresh), "import", str(exported))
    assert result.returncode == 0, result.stderr
    assert _entries(fresh)["雷军"]["id"] == "xiaomi-ceo"


def test_a_cross_reference_to_a_concept_of_the_file_is_to_its_entry(tmp_path: Path) -> None:
    # MultiTerm concept 2 (马老师, a nickname of 马云) points at concept 1 by its number.
    reference = '<descripGrp><descrip type="crossReference">1</descrip></descripGrp>'
    path = tmp_path / "xref.xml"
    path.write_text(_multiterm(_concept(1, "马云", "Jack Ma"), _concept(2, "马老师", "Teacher Ma", reference)), "utf-8")
    db = _new_db(tmp_path)
    result = _run("--db", str(db), "import", str(path))
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    assert entries["马老师"]["refers_to"] == entries["马云"]["id"] == "jack-ma"
