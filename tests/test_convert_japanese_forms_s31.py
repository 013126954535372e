"""A Japanese name pasted in Japanese forms (shinjitai) is stored in Chinese characters, the Japanese form a Chinese
alias (issue 9 item 4; session 30's new-user tester, U30-37).

`add 黒澤明 --en "Akira Kurosawa"` stored zh 黒泽明 (Japanese 黒, Chinese 泽), which Chinese text never writes: `lookup
黑泽明` failed and annotate glossed nothing. Now the characters of data/japanese_forms.tsv (OpenCC's jp2t over the
characters in neither the 通用规范汉字表 nor Big5) are written as the Chinese ones they stand for, in both scripts, and
the form typed stays a Chinese alias; characters Chinese writes too (国, 体, 芸 yún, 浜 bāng, 寿) stay as they are.
validate calls a stored Japanese form `zh-japanese`, with the edit that fixes it.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz)
`黑澤明 黑泽明 [Hei1 ze2 Ming2] /Kurosawa Akira (1910-1998) Japanese movie director/`,
`櫻井 樱井 [Ying1 jing3] /Sakurai (Japanese surname and place name)/`, `廣島 广岛 [Guang3 dao3] /Hiroshima, Japan/`,
`浜 浜 [bang1] /stream/creek/`, `芸 芸 [yun2] /common rue (Ruta graveolens)/books and libraries/`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from zhgloss.convert import (
    JAPANESE_FORMS_PATH,
    chinese_of_japanese,
    has_japanese_form,
    japanese_forms,
    to_simplified,
    to_traditional,
)


def _run(zhgloss_exe: str, db: Path, *args: str, text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8", input=text
    )


def _entries(db: Path) -> list[dict[str, Any]]:
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())


@pytest.mark.parametrize(
    ("japanese", "simplified"),
    [("黒澤明", "黑泽明"), ("桜井", "樱井"), ("広島", "广岛"), ("渋沢栄一", "涩泽荣一"), ("沢", "泽")],
)
def test_a_japanese_form_is_simplified_as_the_chinese_character(japanese: str, simplified: str) -> None:
    assert has_japanese_form(japanese)
    assert to_simplified(japanese) == simplified


@pytest.mark.parametrize("chinese", ["国体", "王芸", "浜", "寿", "弁", "体育", "台"])
def test_a_character_chinese_writes_too_is_no_japanese_form(chinese: str) -> None:
    assert not has_japanese_form(chinese)
    assert chinese_of_japanese(chinese) == chinese


def test_every_row_is_opencc_s_chinese_form() -> None:
    """Each row's simplified form is OpenCC t2s of its traditional one, which s2hk writes back (the table agrees
    with the installed OpenCC), and no Japanese form is itself a character of the table's Chinese forms."""
    table = japanese_forms()
    assert len(table) > 150
    assert JAPANESE_FORMS_PATH.read_text(encoding="utf-8").startswith("# Japanese-only")
    for japanese, (traditional, simplified) in table.items():
        assert to_simplified(traditional) == simplified, japanese
        assert japanese not in {t for t, _ in table.values()} | {s for _, s in table.values()}, japanese
    assert to_traditional("黑泽明") == chinese_of_japanese("黒澤明")


def test_add_stores_the_chinese_form_and_keeps_the_japanese_one(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    for zh, en in (("黒澤明", "Akira Kurosawa"), ("桜井和寿", "Kazutoshi Sakurai")):
        done = _run(zhgloss_exe, db, "add", zh, "--en", en, "--type", "person", "--yes")
        assert done.returncode == 0, done.stderr
    stored = [(e["zh"], e["zh_hant"], e["zh_aliases"]) for e in _entries(db)]
    assert stored == [("黑泽明", "黑澤明", ["黒澤明"]), ("樱井和寿", "櫻井和壽", ["桜井和寿"])]
    for query in ("黑泽明", "黒澤明", "黑澤明"):
        assert _run(zhgloss_exe, db, "lookup", query).returncode == 0, query
    annotated = _run(zhgloss_exe, db, "annotate", text="黑泽明的电影和樱井和寿的歌\n").stdout
    assert annotated == "黑泽明（Akira Kurosawa）的电影和樱井和寿（Kazutoshi Sakurai）的歌\n"
    assert _run(zhgloss_exe, db, "validate").returncode == 0


def test_validate_flags_a_stored_japanese_form_and_edit_fixes_it(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    entries = {
        "1": {"id": "akira-kurosawa", "en": "Akira Kurosawa", "type": "name", "zh": "黒泽明", "zh_hant": "黒澤明"},
        "2": {"id": "sakurai", "en": "Sakurai", "type": "name", "zh": "桜井"},
    }
    db.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    done = _run(zhgloss_exe, db, "validate", "--json")
    problems = sorted((p["entry_id"], p["field"], p["code"]) for p in json.loads(done.stdout)["problems"])
    assert problems == [("akira-kurosawa", "zh", "zh-japanese"), ("sakurai", "zh", "zh-japanese")]
    assert f"zhgloss --db {db} edit akira-kurosawa --zh '黒澤明'" in _run(zhgloss_exe, db, "validate").stdout
    assert _run(zhgloss_exe, db, "edit", "akira-kurosawa", "--zh", "黒澤明").returncode == 0
    assert _run(zhgloss_exe, db, "edit", "sakurai", "--zh", "桜井").returncode == 0
    stored = [(e["zh"], e["zh_hant"], e["zh_aliases"]) for e in _entries(db)]
    assert stored == [("黑泽明", "黑澤明", ["黒澤明"]), ("樱井", "櫻井", ["桜井"])]
    assert _run(zhgloss_exe, db, "validate").returncode == 0
