"""How an import decides that a row of another tool's file IS a stored entry (session 30, U30-22, U30-7).

Never by an id zhgloss made up from the row's English (a file without an id column): a new Chinese name with a known
English is a new entry, as it is when both rows come in one file; the row is the stored entry whose Chinese forms
(zh, zh_hant, Chinese aliases) hold its Chinese, or, for a row without Chinese, whose English it has. A row named by
a stored entry's Chinese alias is that entry, never a second one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["id"]: doc for table in tables.values() for doc in table.values()}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # CC-CEDICT has both: 赫魯曉夫 赫鲁晓夫 /Nikita Khrushchev (1894-1971).../ and 赫魯雪夫 赫鲁雪夫 /see 赫魯曉夫/.
        ("赫鲁晓夫,Nikita Khrushchev", "赫鲁雪夫,Nikita Khrushchev"),
        # Two people of one English: the tennis player 李娜 (CC-CEDICT: /Li Na (1982-), Chinese tennis player.../)
        # and another Li Na, 李纳; two of the commonest names written Wang Wei.
        ("李娜,Li Na", "李纳,Li Na"),
        ("王伟,Wang Wei", "王薇,Wang Wei"),
    ],
)
def test_a_second_file_with_the_same_english_adds_an_entry(tmp_path: Path, first: str, second: str) -> None:
    db = tmp_path / "g.json"
    for number, row in enumerate((first, second)):
        path = tmp_path / f"{number}.csv"
        path.write_text(f"zh,en\n{row}\n", encoding="utf-8")
        result = _zhgloss(db, "import", str(path))
        assert result.returncode == 0, result.stderr
        assert "1 added, 0 updated, 0 skipped (already there, identical), 0 conflicting" in result.stderr
    entries = _entries(db)
    assert sorted(e["zh"] for e in entries.values()) == sorted(r.split(",")[0] for r in (first, second))
    # As the same two rows in one file are read (nikita-khrushchev, nikita-khrushchev-2).
    both = tmp_path / "both.csv"
    both.write_text(f"zh,en\n{first}\n{second}\n", encoding="utf-8")
    one_file = tmp_path / "one.json"
    assert _zhgloss(one_file, "import", str(both)).returncode == 0
    assert sorted(entries) == sorted(_entries(one_file))


def test_an_id_column_still_names_the_stored_entry(glossary_path: Path, tmp_path: Path) -> None:
    # A file that says its ids (zhgloss's own columns, a team's sheet kept with them): the id is the entry.
    path = tmp_path / "ids.csv"
    path.write_text("id,zh,en\nlei-jun,雷军,Lei Chun\n", encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path), "--dry-run", "--json")
    assert json.loads(result.stdout)["conflicts"] == ["lei-jun"]
    assert "conflict: 'lei-jun' differs from the stored entry: en: 'Lei Chun' (stored 'Lei Jun')" in result.stderr


def test_a_stored_chinese_alias_is_the_stored_entry(glossary_path: Path, tmp_path: Path) -> None:
    # The tester's alias_dup.csv: 新浪微博 is a Chinese alias of the bundled 微博 Weibo and 阿里 of 阿里巴巴 Alibaba;
    # 港交所 HKEX is 香港交易所's alias with its English. Each row is that entry: 港交所,HKEX agrees with it; the other
    # two differ on the English alone (was: both added as second entries, validate then 4 errors), which, named by a
    # Chinese alias, is another alias of the entry, not its en (the s30 reviewer's R2).
    before = glossary_path.read_bytes()
    path = tmp_path / "alias_dup.csv"
    path.write_text("zh,en\n新浪微博,Sina Weibo\n阿里,Ali\n港交所,HKEX\n", encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path))
    assert result.returncode == 1
    assert (
        "conflict: 'sina-weibo' has the Chinese of the stored entry 'weibo' and differs from it: aliases: + ['Sina "
        in (result.stderr)
    )
    assert "0 added, 0 updated, 1 skipped (already there, identical), 2 conflicting" in result.stderr
    assert glossary_path.read_bytes() == before
    skipped = _zhgloss(glossary_path, "import", str(path), "--on-conflict", "skip")
    assert skipped.returncode == 0, skipped.stderr
    validate = _zhgloss(glossary_path, "validate")
    assert "is also a form of entry" not in validate.stdout + validate.stderr


def test_an_untranslated_row_is_the_entry_of_its_english(glossary_path: Path, tmp_path: Path) -> None:
    # Weblate's CSV of an English project (小米 translated): a row not yet translated into Chinese names the stored
    # Lei Jun and Jack Ma by their English (was: each added again as a draft without Chinese, lei-jun-2, jack-ma-2).
    before = glossary_path.read_bytes()
    path = tmp_path / "weblate.csv"
    path.write_text(
        "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
        ",Xiaomi,小米,,False,,,\n,Lei Jun,,,False,,,\n,Jack Ma,,,False,,,\n",
        encoding="utf-8",
    )
    result = _zhgloss(glossary_path, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 3 skipped (already there, identical), 0 conflicting" in result.stderr
    assert glossary_path.read_bytes() == before


CEDICT = Path(__file__).resolve().parents[2] / "shared" / "data" / "cedict_ts.u8.gz"


@pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not in the shared data")
def test_a_row_named_by_a_stored_alias_says_nothing_of_the_stored_reading(glossary_path: Path, tmp_path: Path) -> None:
    # CC-CEDICT's 伊隆·馬斯克 and 馬斯克 (/Elon Musk (1971-), .../) are Chinese aliases of the bundled 埃隆·马斯克;
    # their pinyin (Yīlóng·Mǎsīkè, Mǎsīkè) and traditional forms write the alias, and a row named only by a Chinese
    # alias says nothing of the note either (session 31, the reviewer's R4; was a conflict on the note): identical.
    import gzip

    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        found = [line for line in lines if line.startswith(("伊隆·馬斯克 伊隆·马斯克 [", "馬斯克 马斯克 ["))]
    assert len(found) == 2
    path = tmp_path / "musk.u8"
    path.write_text("".join(found), encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path), "--proper-only", "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert report["conflicts"] == []
    assert report["skipped"] == ["elon-musk", "elon-musk"]
