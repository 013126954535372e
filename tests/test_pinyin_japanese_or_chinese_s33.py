"""Three characters after a two-character Japanese surname that may as well start a Chinese name (the s33 review's R7).

Since 56fa742 a name after a Japanese surname of data/japanese_surnames.tsv is read as Japanese. Where that surname's
first character is a common Chinese surname and its second starts Chinese people's given names (中 of 孙中山, 子,
木 of 花木兰 and 陈木胜 [Chen2 Mu4 sheng4]: CC-CEDICT's people), three characters are a Chinese name as well: 田中禾
is Tián Zhōnghé (the Henan novelist), 金子涵 Jīn Zǐhán (the actress). They stay Chinese, the Japanese reading said
beside them; the English tells a Japanese one. 石破 (破 starts no Chinese given name), 渡边, 山口 stay Japanese.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.pinyin import name_origin, romanize

runner = CliRunner()


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("田中禾", "Tián Zhōnghé"),  # Tian Zhonghe, novelist of Henan (田 surname + 中禾)
        ("金子涵", "Jīn Zǐhán"),  # Jin Zihan, actress
        ("武田华", "Wǔ Tiánhuá"),
        ("高木兰", "Gāo Mùlán"),  # 木兰 as in 花木兰 [Hua1 Mu4 lan2]
    ],
)
def test_a_chinese_surname_and_given_name_stays_chinese(zh: str, pinyin: str) -> None:
    name = romanize(zh)
    assert (name.pinyin, name.origin, name_origin(zh)) == (pinyin, "chinese", "chinese")
    assert any("as a Japanese one" in note for note in name.notes)  # the Japanese reading, labelled


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("石破茂", "Shípò Mào"),  # Ishiba Shigeru: 破 starts no Chinese given name
        ("渡边谦", "Dùbiān Qiān"),  # Watanabe Ken: 渡 is no common Chinese surname
        ("山口百惠", "Shānkǒu Bǎihuì"),  # Yamaguchi Momoe: four characters
    ],
)
def test_a_surname_that_starts_no_chinese_name_stays_japanese(zh: str, pinyin: str) -> None:
    assert (romanize(zh).pinyin, romanize(zh).origin) == (pinyin, "japanese")


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "j.json"
    assert runner.invoke(app, ["init", str(db), "--empty"]).exit_code == 0
    return db


def test_add_writes_the_chinese_reading(tmp_path: Path) -> None:
    db = _db(tmp_path)
    for zh in ("田中禾", "金子涵"):
        result = runner.invoke(app, ["--db", str(db), "add", zh, "--type", "person", "--yes"])
        assert result.exit_code == 0, result.output
    stored = {d["zh"]: d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert (stored["田中禾"]["pinyin"], stored["田中禾"]["en"]) == ("Tián Zhōnghé", "Tian Zhonghe")
    assert (stored["金子涵"]["pinyin"], stored["金子涵"]["en"]) == ("Jīn Zǐhán", "Jin Zihan")


def test_the_english_says_japanese(tmp_path: Path) -> None:
    # Yoshida Shigeru, prime minister of Japan; Takagi Tadashi: the English reads the surname as Japanese
    db = _db(tmp_path)
    for zh, en in (("吉田茂", "Shigeru Yoshida"), ("高木正", "Tadashi Takagi")):
        result = runner.invoke(app, ["--db", str(db), "add", zh, "--type", "person", "--en", en, "--yes"])
        assert result.exit_code == 0, result.output
    stored = {d["zh"]: d["pinyin"] for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert stored == {"吉田茂": "Jítián Mào", "高木正": "Gāomù Zhèng"}
