"""Two everyday sources of name lists: Anki's export and a table copied from Wikipedia (user finding U34-16).

Anki's "Notes in Plain Text" export starts with "#key:value" lines (#separator:tab, #html:true, #notetype column:1,
#deck column:2, #tags column:5) and writes each field as HTML: the finding's note type keeps the Chinese and its pinyin
in one field ("卢伟冰<br>Lú Wěibīng"). It was refused as OmegaT with 5 cells, and with --columns -,-,zh,en,- stored
zh "卢伟冰<br>Lú Wěibīng" while the first note was dropped as a header in silence. A Wikipedia table pasted as TSV
(Name, Chinese, Pinyin, Position; "Lei Jun[1]") was refused as OmegaT, and with --columns stored en "Lei Jun[1]".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import FormatError
from zhgloss.formats import get_format
from zhgloss.model import Entry
from zhgloss.store import Glossary

ANKI = (
    "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"
    "Chinese (Basic)\tNames::Tech\t雷军<br>Léi Jūn\tLei Jun, founder of <b>Xiaomi</b>\tpeople\n"
    "Chinese (Basic)\tNames::Tech\t卢伟冰<br>Lú Wěibīng\tLu Weibing\tpeople\n"
)
# Anki's own "Basic" note type (Front, Back) and a three-field one with the pinyin apart, each with a guid column.
ANKI_BASIC = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
    "f%Xk2>v\tBasic\tChinese names\t马化腾\tMa&nbsp;Huateng aka Pony Ma (1971-), CEO of Tencent\n"
    "b/3Lq@x\tChinese 3\tChinese names\t<div>求伯君</div>\tqiu2 bo2 jun1\t<i>Qiu Bojun</i>\n"
)


def _load(text: str, name: str = "deck.txt") -> dict[str, Entry]:
    return {entry.zh or "": entry for entry in get_format("omegat").load(io.StringIO(text), name)}


def test_anki_export_is_read_field_by_field() -> None:
    entries = _load(ANKI)
    assert {zh: (e.en, e.pinyin, e.note) for zh, e in entries.items()} == {
        "雷军": ("Lei Jun", "Léi Jūn", "founder of Xiaomi"),
        "卢伟冰": ("Lu Weibing", "Lú Wěibīng", None),
    }


def test_anki_basic_and_pinyin_field_note_types() -> None:
    entries = _load(ANKI_BASIC)
    pony = entries["马化腾"]
    assert (pony.en, pony.aliases, pony.note) == ("Ma Huateng", ("Pony Ma",), "(1971-), CEO of Tencent")
    assert (entries["求伯君"].en, entries["求伯君"].pinyin) == ("Qiu Bojun", "Qiú Bójūn")


def test_anki_file_import_names_the_columns_passed_over(runner: CliRunner, tmp_path: Path) -> None:
    deck = tmp_path / "anki.txt"
    deck.write_text(ANKI, encoding="utf-8")
    db = tmp_path / "o.json"
    result = runner.invoke(app, ["import", str(deck), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "line 6: an Anki export: passed over its note type, deck and tags columns" in result.stderr
    with Glossary.open(db) as gloss:
        assert {e.zh for e in gloss.iter_entries()} == {"雷军", "卢伟冰"}
    annotated = runner.invoke(app, ["annotate", "--db", str(db)], input="卢伟冰出席。\n")
    assert annotated.stdout == "卢伟冰（Lu Weibing）出席。\n"


def test_anki_note_without_an_english_field_is_refused_with_its_line() -> None:
    with pytest.raises(FormatError, match=r"line 4: the note of '雷军' has no English field"):
        _load("#separator:tab\n#html:true\n#deck column:1\nNames\t雷军<br>Léi Jūn\n")


WIKI = (
    "Name\tChinese\tPinyin\tPosition\n"
    "Lei Jun[1]\t雷军\tLéi Jūn\tFounder and CEO\n"
    "Lin Bin[2]\t林斌\tLín Bīn\tCo-founder\n"
    "Lu Weibing[3]\t卢伟冰\tLú Wěibīng\tPresident\n"
)


@pytest.mark.parametrize("fmt", ["tsv", "omegat"])
def test_wikipedia_table_is_read_by_its_header_without_footnote_marks(fmt: str) -> None:
    entries = {e.zh: e for e in get_format(fmt).load(io.StringIO(WIKI), "wiki_table.tsv")}
    assert {zh: (e.en, e.pinyin, e.note) for zh, e in entries.items()} == {
        "雷军": ("Lei Jun", "Léi Jūn", "Position: Founder and CEO"),
        "林斌": ("Lin Bin", "Lín Bīn", "Position: Co-founder"),
        "卢伟冰": ("Lu Weibing", "Lú Wěibīng", "Position: President"),
    }


def test_footnote_marks_are_taken_off_and_said(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "wiki.csv"
    sheet.write_text("中文,英文\n雷军[注 1],Lei Jun[a]\n小米集团,Xiaomi Corporation[12][13]\n", encoding="utf-8")
    db = tmp_path / "w.json"
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "line 2: en 'Lei Jun[a]' read as 'Lei Jun': a footnote mark is no part of the term" in result.stderr
    with Glossary.open(db) as gloss:
        assert {e.zh: e.en for e in gloss.iter_entries()} == {"雷军": "Lei Jun", "小米集团": "Xiaomi Corporation"}


def test_a_first_row_taken_for_a_header_under_columns_is_said(runner: CliRunner, tmp_path: Path) -> None:
    """The finding's `--columns -,-,zh,en,-` on the Anki file: its first note ("Chinese (Basic)" names a column) was
    dropped as a header without a word; it is said, with the way to keep it."""
    deck = tmp_path / "anki.txt"
    deck.write_text(ANKI, encoding="utf-8")
    result = runner.invoke(app, ["import", str(deck), "--columns", "-,-,zh,en,-", "--db", str(tmp_path / "o.json")])
    assert result.exit_code == 0, result.output
    assert "line 6: read as the header, no term: 'Chinese (Basic) | Names::Tech | 雷军<br>Léi Jūn" in result.stderr


def test_a_real_header_under_columns_is_not_said(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "terms.csv"
    sheet.write_text("Chinese,English\n雷军,Lei Jun\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(sheet), "--columns", "zh,en", "--db", str(tmp_path / "o.json")])
    assert result.exit_code == 0, result.output
    assert "read as the header" not in result.stderr
