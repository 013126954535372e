"""Pleco's flashcard export and the headers of everyday and CAT-tool tables (user finding U34-7; the lead's request).

Pleco exports cards as text: the headword (simplified, or "simplified[traditional]"), its pinyin (tone numbers, run
together or a syllable a word) and its definition, tab-separated, "//" starting a category. It was read as OmegaT's
source/target/comment: the pinyin became the English ("lei2jun1"), the definition the note, and annotate wrote
雷军（lei2jun1）. The definitions below are CC-CEDICT's lines as Pleco shows them (its built-in dictionary): 李彥宏
李彦宏 [Li3 Yan4 hong2] /Robin Li (1968-), founder and CEO of Baidu 百度, a PRC Internet company/; 馬化騰 马化腾
/Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/; 曹植 /Cao Zhi (192-232), son of Cao Cao
曹操, noted poet and calligrapher/; 電腦 电脑 [dian4 nao3] /computer/CL:臺|台[tai2]/; and the finding's own cards.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats import get_format
from zhgloss.formats.table import header_column, house_pinyin
from zhgloss.formats.tsv import is_pleco, pleco_definition
from zhgloss.model import Entry
from zhgloss.store import Glossary

PLECO = (
    "//Tech founders\n"
    "李彦宏[李彥宏]\tli3yan4hong2\tRobin Li (1968-), founder and CEO of Baidu 百度, a PRC Internet company\n"
    "马化腾[馬化騰]\tma3hua4teng2\tMa Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent\n"
    "雷军\tlei2jun1\tLei Jun, founder of Xiaomi\n"
    "求伯君\tqiu2bo2jun1\t(name) Qiu Bojun, WPS developer\n"
    "曹植\tcao2 zhi2\tCao Zhi (192-232), son of Cao Cao 曹操, noted poet and calligrapher\n"
    "电脑[電腦]\tdian4nao3\tcomputer; CL:臺|台[tai2]\n"
)


def _entries(text: str) -> dict[str, Entry]:
    return {entry.zh or "": entry for entry in get_format("omegat").load(io.StringIO(text), "cards.txt")}


def test_pleco_cards_are_read_as_headword_pinyin_definition() -> None:
    entries = _entries(PLECO)
    robin = entries["李彦宏"]
    assert (robin.zh_hant, robin.pinyin, robin.en, robin.type) == ("李彥宏", "Lǐ Yànhóng", "Robin Li", "person")
    assert robin.note == "founder and CEO of Baidu 百度, a PRC Internet company"
    pony = entries["马化腾"]
    assert (pony.en, pony.aliases, pony.pinyin) == ("Ma Huateng", ("Pony Ma",), "Mǎ Huàténg")
    assert pony.note == "(1971-), Chinese business magnate, CEO of Tencent"
    lei = entries["雷军"]
    assert (lei.en, lei.pinyin, lei.note) == ("Lei Jun", "Léi Jūn", "founder of Xiaomi")
    qiu = entries["求伯君"]
    assert (qiu.en, qiu.type, qiu.note) == ("Qiu Bojun", "person", "WPS developer")
    assert (entries["曹植"].en, entries["曹植"].pinyin) == ("Cao Zhi", "Cáo Zhí")
    computer = entries["电脑"]
    assert (computer.en, computer.zh_hant, computer.note) == ("computer", "電腦", "CL:臺|台[tai2]")


def test_pleco_file_through_import_annotate_and_check(runner: CliRunner, tmp_path: Path) -> None:
    """The finding's instance: pleco.txt imported, then annotate and check use the English, not "lei2jun1"."""
    cards = tmp_path / "pleco.txt"
    cards.write_text(
        "雷军\tlei2jun1\tLei Jun, founder of Xiaomi\n卢伟冰\tlu2wei3bing1\tLu Weibing\n"
        "求伯君\tqiu2bo2jun1\t(name) Qiu Bojun, WPS developer\n",
        encoding="utf-8",
    )
    db = tmp_path / "o.json"
    result = runner.invoke(app, ["import", str(cards), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        stored = {entry.zh: (entry.en, entry.pinyin) for entry in gloss.iter_entries()}
    assert stored == {
        "雷军": ("Lei Jun", "Léi Jūn"),
        "卢伟冰": ("Lu Weibing", "Lú Wěibīng"),
        "求伯君": ("Qiu Bojun", "Qiú Bójūn"),
    }
    annotated = runner.invoke(app, ["annotate", "--db", str(db)], input="雷军在小米发布会上发言。\n")
    assert annotated.stdout == "雷军（Lei Jun）在小米发布会上发言。\n"
    pairs = tmp_path / "pk.tsv"
    pairs.write_text("雷军辞职。\tLei Jun resigned.\n", encoding="utf-8")
    checked = runner.invoke(app, ["check", str(pairs), "--db", str(db)])
    assert checked.exit_code == 0, checked.output


@pytest.mark.parametrize(
    "rows",
    [
        [["雷军", "Lei Jun"]],  # OmegaT: an English target
        [["雷军", "Lei Jun", "Xiaomi founder"]],
        [["雷军", "lei2jun1", "Lei Jun"], ["小米", "Xiaomi"]],  # one row of English: OmegaT's, whole
        [["雷军", "lei2", "Lei Jun"]],  # one syllable for two characters: no reading of the headword
    ],
)
def test_omegat_rows_are_not_pleco(rows: list[list[str]]) -> None:
    assert not is_pleco([(n, cells) for n, cells in enumerate(rows, 1)])


def test_pleco_definition_of_a_place_and_a_label() -> None:
    assert pleco_definition("(place name) Shenzhen") == ("Shenzhen", [], "", "place")
    assert pleco_definition("Hong Kong") == ("Hong Kong", [], "", "place")


@pytest.mark.parametrize(
    ("zh", "cell", "en", "house"),
    [
        ("卢伟冰", "lu2 wei3 bing1", "Lu Weibing", "Lú Wěibīng"),  # a syllable a word: the English cuts the name
        ("卢伟冰", "lu2wei3bing1", "Lu Weibing", "Lú Wěibīng"),
        ("求伯君", "qiu2 bo2 jun1", "Qiu Bojun", "Qiú Bójūn"),
        ("比亚迪", "bi3 ya4 di2", "BYD", "Bǐyàdí"),  # an English that cuts nothing: the word as phrase_pinyin writes it
    ],
)
def test_a_pinyin_cell_cut_a_syllable_a_word_takes_the_english_cut(zh: str, cell: str, en: str, house: str) -> None:
    assert house_pinyin(zh, cell, "name", "x.csv", 2, en) == house


def test_simplified_traditional_pinyin_english_sheet(runner: CliRunner, tmp_path: Path) -> None:
    """The finding's simp_trad.csv: "lu2 wei3 bing1" was stored run together as 'Lúwěibīng'."""
    sheet = tmp_path / "simp_trad.csv"
    sheet.write_text(
        "Simplified,Traditional,Pinyin,English\n"
        "卢伟冰,盧偉冰,lu2 wei3 bing1,Lu Weibing\n"
        "求伯君,求伯君,qiu2 bo2 jun1,Qiu Bojun\n",
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        stored = {entry.zh: entry.pinyin for entry in gloss.iter_entries()}
    assert stored == {"卢伟冰": "Lú Wěibīng", "求伯君": "Qiú Bójūn"}


def test_columns_with_pinyin_on_a_txt_keep_the_pinyin(runner: CliRunner, tmp_path: Path) -> None:
    """--columns zh,pinyin,en on a tab-separated .txt dropped the pinyin column without a word."""
    cards = tmp_path / "cards.txt"
    cards.write_text("雷军\tlei2 jun1\tLei Jun\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["import", str(cards), "--columns", "zh,pinyin,en", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        assert [(e.zh, e.pinyin, e.en) for e in gloss.iter_entries()] == [("雷军", "Léi Jūn", "Lei Jun")]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # 别名 alone names no language: each form's script says it (session 48, `OTHER_NAMES`).
        ("别名", "<other names>"),
        ("別名", "<other names>"),
        ("英文别名", "aliases"),
        ("中文别名", "zh_aliases"),
        ("Source segment", "<source>"),
        ("Target segment", "<target>"),
    ],
)
def test_header_words(header: str, column: str) -> None:
    assert header_column(header) == column


def test_chinese_header_with_aliases_column(runner: CliRunner, tmp_path: Path) -> None:
    """The finding's zh_headers2.csv: 简体,繁体,拼音,英文,类型,别名 was refused whole as "unknown column '别名'"."""
    sheet = tmp_path / "zh_headers2.csv"
    sheet.write_text(
        "简体,繁体,拼音,英文,类型,别名\n"
        "卢伟冰,盧偉冰,Lu2 Wei3bing1,Lu Weibing,人名,\n"
        "魅族,魅族,Mei4zu2,Meizu,公司,Meizu Technology\n",
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        assert gloss.get_by_id("meizu").aliases == ("Meizu Technology",)


def test_check_reads_a_trados_bilingual_review_table(runner: CliRunner, tmp_path: Path) -> None:
    """Trados Studio's "Export for bilingual review" heads its table Segment ID | Segment status | Source segment |
    Target segment | Comments; saved as tab-separated text it was refused as "columns that no header names"."""
    review = tmp_path / "review.tsv"
    review.write_text(
        "Segment ID\tSegment status\tSource segment\tTarget segment\tComments\n"
        "1\tTranslated\t小米创始人雷军表示。\tXiaomi founder Lei Chun said.\t\n"
        "2\tTranslated\t小米将继续投资。\tXiaomi will keep investing.\t\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(review)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        '1 [line 2]: variant 雷军: found "Lei Chun", expected "Lei Jun" (雷军 (Léi Jūn) in Wade-Giles)\n'
    )
