"""A person's own spelling zhgloss cannot be sure of is a warning; a form that is no name is an error (session 33).

1. The review's R11, second half: 吴敦义 "Wu Den-yih" (Taiwan's vice-president's own spelling) was refused by add.
   Den is a pinyin syllable that starts as 敦's Mandarin dun does, which 4895722 made an error ("Feng" for 芬 is a
   slip); but yih is no pinyin nor Wade-Giles syllable (Gwoyeu Romatzyh's 义), so the name is written in a
   romanization zhgloss does not know, where Den may be that system's: a warning. A name whose every syllable is
   pinyin or Wade-Giles stays an error ("Jung Er-ji" for 荣毅仁, "Lee Kuan Feng" for 李光耀).
2. U32-19: an English form with an emoji or an underscore ("He Xiaopeng 🚗", "Ce_Shi") was stored and validate said
   nothing: `en-symbol`, an error.
3. U32-19: the bundled glossary's 刘强东 held the alias "Liu Qiangdong (Richard)" (English Wikipedia's lead), a
   bracketed note: `en-bracket`, an error for a person's form and for a description in brackets ("Li Na (tennis)"),
   not for a bracket of the name ("Bank of China (Hong Kong)").
4. U32-19: `romanize 哪吒` gave "Nǎ Zhā": a first character that is no surname of the table is read as the whole name
   reads it (CC-CEDICT: `哪吒 哪吒 [Ne2 zha5] /Nezha, protection deity/`, `佛陀 佛陀 [Fo2 tuo2] /Buddha .../`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.pinyin import romanize
from zhgloss.validate import check_entry, english_problems

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _english(zh: str, en: str) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in english_problems(Entry(id="p", type="person", zh=zh, en=en))]


def test_a_spelling_in_a_romanization_zhgloss_does_not_know_is_a_warning() -> None:
    assert _english("吴敦义", "Wu Den-yih") == [("en-romanization", "warning")]


@pytest.mark.parametrize(
    ("zh", "en"), [("荣毅仁", "Jung Er-ji"), ("荣毅仁", "Jung Er-jih"), ("李光耀", "Lee Kuan Feng")]
)
def test_a_given_name_all_pinyin_or_wade_giles_of_other_characters_stays_an_error(zh: str, en: str) -> None:
    assert _english(zh, en) == [("en-mismatch", "error")]


@pytest.mark.parametrize(
    ("zh", "en"), [("韩德洙", "Han Duck-soo"), ("陈水扁", "Chen Shui-bian"), ("马英九", "Ma Ying-jeou")]
)
def test_own_spellings_read_back_or_warned_as_before(zh: str, en: str) -> None:
    assert ("en-mismatch", "error") not in _english(zh, en)


def _codes(entry: Entry) -> list[tuple[str, str, str]]:
    return [(p.field, p.code, p.severity) for p in check_entry(entry) if p.code in ("en-symbol", "en-bracket")]


@pytest.mark.parametrize(
    ("kind", "zh", "en"),
    [
        ("person", "何小鹏", "He Xiaopeng 🚗"),
        ("org", "测试", "Ce_Shi"),
        ("product", "小米", "Xiaomi™"),
        ("person", "雷军", "Lei Jun ❤️"),
    ],
)
def test_an_emoji_symbol_or_underscore_is_no_part_of_a_name(kind: str, zh: str, en: str) -> None:
    assert _codes(Entry(id="p", type=kind, zh=zh, en=en)) == [("en", "en-symbol", "error")]


@pytest.mark.parametrize(
    ("kind", "zh", "en"),
    [
        ("org", "美国电话电报公司", "AT&T"),
        ("work", "哪吒之魔童闹海", "Ne Zha 2"),
        ("org", "中国银行（香港）", "Bank of China (Hong Kong)"),
    ],
)
def test_punctuation_digits_and_a_bracket_of_the_name_are_kept(kind: str, zh: str, en: str) -> None:
    assert _codes(Entry(id="p", type=kind, zh=zh, en=en)) == []


@pytest.mark.parametrize(
    ("kind", "zh", "en", "aliases"),
    [
        ("person", "刘强东", "Liu Qiangdong", ("Liu Qiangdong (Richard)",)),
        ("person", "李娜", "Li Na (tennis)", ()),
        ("org", "新华社", "Xinhua (news agency)", ()),
    ],
)
def test_a_bracketed_note_is_no_form(kind: str, zh: str, en: str, aliases: tuple[str, ...]) -> None:
    field = "aliases" if aliases else "en"
    assert _codes(Entry(id="p", type=kind, zh=zh, en=en, aliases=aliases)) == [(field, "en-bracket", "error")]


def test_the_bundled_glossary_holds_no_bracketed_form() -> None:
    data = json.loads((ROOT / "glossary.json").read_text(encoding="utf-8"))
    liu = next(doc for doc in data["entries"].values() if doc["zh"] == "刘强东")
    assert "Liu Qiangdong (Richard)" not in liu["aliases"]
    assert "Richard Liu" in liu["aliases"]
    assert "wikipedia.org/wiki/Liu_Qiangdong" in liu["note"]
    result = runner.invoke(app, ["--db", str(ROOT / "glossary.json"), "validate"])
    assert "0 errors" in result.output, result.output


def test_add_refuses_an_emoji_and_saves_an_own_spelling_with_a_warning(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    refused = runner.invoke(app, ["--db", str(db), "add", "何小鹏", "--en", "He Xiaopeng 🚗", "--type", "person"])
    assert refused.exit_code == 2, refused.output
    assert "'🚗'" in refused.stderr
    saved = runner.invoke(app, ["--db", str(db), "add", "吴敦义", "--en", "Wu Den-yih", "--type", "person"])
    assert saved.exit_code == 0, saved.output
    assert "warning: en: 'Wu Den-yih' writes 'Den' for 敦" in saved.stderr


@pytest.mark.parametrize(("zh", "pinyin"), [("哪吒", "Né Zhā"), ("佛陀", "Fó Tuó")])
def test_a_first_character_no_surname_is_read_as_the_name_reads_it(zh: str, pinyin: str) -> None:
    assert romanize(zh).pinyin == pinyin
