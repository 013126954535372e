"""`harvest --add` stores the pinyin `add` writes, for every type (the review's R42-18, forty-third session).

Before, an entry `harvest --add` made that was not a person was stored with pinyin null while `add` of the same name
filled it, and the message quoted a pinyin the entry never got (the phrase reader's "Sīdé Gē'ěrmó"). The pinyin below
were checked by hand against 现代汉语词典's readings of each character (斯 sī 德 dé 哥 gē 尔 ěr 摩 mó; 小 xiǎo 米 mǐ
集 jí 团 tuán; 腾 téng 讯 xùn; 汉 hàn 堡 bǎo).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

CASES = [
    ("斯德哥尔摩（Stockholm）发表声明。", "斯德哥尔摩", "Sīdégē'ěrmó"),
    ("小米集团（Xiaomi Group）发表声明。", "小米集团", "Xiǎomǐ Jítuán"),
    ("腾讯控股（Tencent Holdings）发布公告。", "腾讯控股", "Téngxùn Kònggǔ"),
    ("德国汉堡（Hamburg）港口。", "汉堡", "Hànbǎo"),
]


def _run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, check=False)


@pytest.fixture
def empty_db(tmp_path: Path, zhgloss_exe: str) -> Path:
    db = tmp_path / "e.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    return db


@pytest.mark.parametrize(("line", "zh", "pinyin"), CASES, ids=[c[1] for c in CASES])
def test_a_harvested_entry_of_any_type_gets_its_pinyin(
    zhgloss_exe: str, empty_db: Path, line: str, zh: str, pinyin: str
) -> None:
    done = _run(zhgloss_exe, "--db", str(empty_db), "harvest", "-", "--add", "--yes", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    listed = json.loads(_run(zhgloss_exe, "--db", str(empty_db), "list", "--json").stdout)
    (entry,) = [e for e in listed if e["zh"] == zh]
    assert entry["pinyin"] == pinyin
    # The message quotes the pinyin the entry got, never another reader's split of it.
    if "pinyin " in done.stdout:
        assert f"pinyin {pinyin}" in done.stdout, done.stdout


@pytest.mark.parametrize(("line", "zh", "pinyin"), CASES, ids=[c[1] for c in CASES])
def test_harvest_and_add_write_one_pinyin(
    zhgloss_exe: str, empty_db: Path, tmp_path: Path, line: str, zh: str, pinyin: str
) -> None:
    """The same name and type through `add` gets the same pinyin as through `harvest --add`."""
    assert _run(zhgloss_exe, "--db", str(empty_db), "harvest", "-", "--add", "--yes", stdin=line + "\n").returncode == 0
    (entry,) = [
        e for e in json.loads(_run(zhgloss_exe, "--db", str(empty_db), "list", "--json").stdout) if e["zh"] == zh
    ]
    other = tmp_path / "added.json"
    assert _run(zhgloss_exe, "init", str(other), "--empty").returncode == 0
    added = _run(zhgloss_exe, "--db", str(other), "add", zh, "--en", entry["en"], "-t", entry["type"])
    assert added.returncode == 0, added.stderr
    (same,) = json.loads(_run(zhgloss_exe, "--db", str(other), "list", "--json").stdout)
    assert same["pinyin"] == entry["pinyin"] == pinyin
