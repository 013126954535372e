"""An OmegaT glossary's rows import with what the other table readers give the same rows.

User findings U35-5 and U35-6: `梁朝偉<TAB>Tony Leung Chiu-wai` said "imported as 'Tony Leung' (en_adopted) ... with
'Tony Leung Chiu-wai' and 'Leung Chiu-wai' as aliases" but stored no alias (the OmegaT reader replaced the aliases
its row's reading had made with the term's other lines), and no OmegaT row got the pinyin `add` writes, which CSV,
TSV, TBX and xlsx rows get (its entries skipped `UniqueEntries.check`, which marks where every reader's entry was read,
and the import fills pinyin for those). Each case is checked against the same rows as CSV.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROWS = [
    ("梁朝偉", "Tony Leung Chiu-wai"),
    ("周杰倫", "Jay Chou"),
    ("蔡依林", "Jolin Tsai"),
    ("五月天", "Mayday"),
    ("陈茂波", "Paul Chan Mo-po"),
]


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def stored(exe: str, path: Path, tmp_path: Path) -> dict[str, dict[str, object]]:
    db = tmp_path / f"{path.name}.json"
    done = run(exe, "import", str(path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    out = run(exe, "export", "--db", str(db), "--format", "jsonl").stdout
    return {doc["zh"]: doc for doc in map(json.loads, out.splitlines())}


@pytest.fixture
def both(tmp_path: Path, zhgloss_exe: str) -> tuple[dict[str, dict[str, object]], dict[str, dict[str, object]]]:
    omegat = tmp_path / "glossary.txt"
    omegat.write_text(
        "# Glossary in tab-separated format -*- coding: utf-8 -*-\n" + "".join(f"{zh}\t{en}\t\n" for zh, en in ROWS),
        encoding="utf-8",
    )
    table = tmp_path / "glossary.csv"
    table.write_text("zh,en\n" + "".join(f"{zh},{en}\n" for zh, en in ROWS), encoding="utf-8")
    return stored(zhgloss_exe, omegat, tmp_path), stored(zhgloss_exe, table, tmp_path)


def test_the_aliases_the_message_names_are_stored(both) -> None:
    omegat, _ = both
    assert omegat["梁朝伟"]["en"] == "Tony Leung"
    assert omegat["梁朝伟"]["aliases"] == ["Tony Leung Chiu-wai", "Leung Chiu-wai"]
    assert omegat["陈茂波"]["aliases"] == ["Paul Chan Mo-po", "Chan Mo-po"]


@pytest.mark.parametrize("field", ["en", "aliases", "pinyin", "en_adopted", "type"])
def test_omegat_rows_store_what_csv_rows_do(both, field: str) -> None:
    omegat, table = both
    assert {zh: doc[field] for zh, doc in omegat.items()} == {zh: doc[field] for zh, doc in table.items()}


def test_every_omegat_row_gets_a_pinyin(both) -> None:
    omegat, _ = both
    assert omegat["周杰伦"]["pinyin"] == "Zhōu Jiélún"
    assert all(doc["pinyin"] for doc in omegat.values())


def test_another_line_of_the_term_is_still_an_alias(tmp_path: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "two.utf8"
    path.write_text("梁朝偉\tTony Leung Chiu-wai\t\n梁朝偉\tLeung Chiu-wai, Tony\t\n", encoding="utf-8")
    doc = stored(zhgloss_exe, path, tmp_path)["梁朝伟"]
    assert doc["aliases"] == ["Tony Leung Chiu-wai", "Leung Chiu-wai", "Leung Chiu-wai, Tony"]


def test_forbidden_forms_and_chinese_aliases_go_out_and_come_back(tmp_path: Path, zhgloss_exe: str) -> None:
    """U35-27: an OmegaT export said nothing of the bans (腾迅, "TenCent"), which its glossary pane would show a
    translator in the comment; and every Chinese alias was lost on the way back (the CC-CEDICT round trip below)."""
    source = tmp_path / "g.jsonl"
    doc = {
        "zh": "腾讯",
        "en": "Tencent",
        "type": "org",
        "zh_aliases": ["鹅厂"],
        "forbidden": [{"form": "腾迅", "status": "deprecated"}, {"form": "TenCent", "status": "forbidden"}],
    }
    source.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, "import", str(source), "--db", str(db)).returncode == 0
    out = tmp_path / "glossary.utf8"
    assert run(zhgloss_exe, "export", "--db", str(db), "--format", "omegat", "-o", str(out)).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("腾讯\tTencent\t") and lines[0].endswith("[not: 腾迅 [deprecated]; TenCent]")
    assert "鹅厂\tTencent\t[another form of 腾讯]" in lines
    back = stored(zhgloss_exe, out, tmp_path)["腾讯"]
    assert back["zh_aliases"] == ["鹅厂"]
    assert back["forbidden"] == [{"form": "腾迅", "status": "deprecated"}, {"form": "TenCent", "status": "forbidden"}]
    assert back["note"] is None
