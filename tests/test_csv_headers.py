"""Table headers as CAT tools and translators write them: languages read from their names and tags, not listed.

Each header shape below is one a tool writes (names in the rows replaced): memoQ's term base CSV names a
column by the language ("Chinese_PRC", docs.memoq.com, "Term base in CSV format"); Trados MultiTerm and the
Glossary Converter that moves MultiTerm termbases to and from Excel write the Windows language names ("Chinese
(PRC)", "English (United States)"; cerebus.de/glossaryconverter, "Excel": a header equal to a language name is
that language) with level marks (">>I<<", ">>T<<"); Crowdin's glossary CSV has "Term [en]", "Description [en]",
"Part of Speech [en]" per language (support.crowdin.com, "Glossary"); Phrase TMS's term base spreadsheet
has a column per language code and concept_* columns (support.phrase.com, "Modify Term Bases"); Weblate
names languages "Chinese (Simplified Han script)" with codes zh_Hans; translators' own sheets say 中文, 英文,
简体中文, 繁體中文, 原文 and 译文.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import header_column

SIMPLIFIED = ["Chinese", "Chinese (PRC)", "Chinese (Simplified, PRC)", "Chinese (Simplified, China)",
              "Chinese (Singapore)", "Chinese_PRC", "Chinese Simplified", "Chinese (Simplified)",
              "Chinese (Simplified Han script)", "Simplified Chinese", "zh-CN", "zh_CN", "zh-Hans", "zh_Hans",
              "ZH-SG", "zho", "cmn", "Term [zh-CN]", "Term [zh-Hans]", ">>I<<Chinese (PRC)", "Mandarin",
              "中文", "简体中文", "簡體中文", "汉语", "漢語", "中文名", "中文名称", "中文（简体）",
              "中文(中国大陆)", "简中", "Source (zh-CN)"]  # fmt: skip
TRADITIONAL = ["Chinese (Taiwan)", "Chinese (Traditional, Taiwan)", "Chinese (Hong Kong S.A.R.)",
               "Chinese (Macao S.A.R.)", "Chinese_Taiwan", "Chinese_Hong_Kong", "Chinese Traditional",
               "Chinese (Traditional)", "Chinese (Traditional Han script)", "Traditional Chinese", "zh-TW",
               "zh_TW", "zh-HK", "zh-Hant", "cmn-Hant-TW", "yue", "Cantonese", "Term [zh-TW]", "Term [zh-Hant]",
               "繁體中文", "繁体中文", "中文（繁體）", "中文(台灣)", "繁中", "正體中文"]  # fmt: skip
ENGLISH = ["English", "English (United States)", "English (United Kingdom)", "English_United_States",
           "English_United_Kingdom", "en", "EN", "en-US", "en_GB", "eng", "Term [en]", ">>I<<English",
           "英文", "英语", "英語", "英文名", "英文译名", "英文翻譯", "Target (en-US)"]  # fmt: skip


@pytest.mark.parametrize("header", SIMPLIFIED)
def test_a_simplified_chinese_header_names_zh(header: str) -> None:
    assert header_column(header) == "zh"


@pytest.mark.parametrize("header", TRADITIONAL)
def test_a_traditional_chinese_header_names_zh_hant(header: str) -> None:
    assert header_column(header) == "zh_hant"


@pytest.mark.parametrize("header", ENGLISH)
def test_an_english_header_names_en(header: str) -> None:
    assert header_column(header) == "en"


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Description [en]", "note"),  # Crowdin
        ("Description [zh-CN]", "note"),
        ("English_United_States_Def", "note"),  # memoQ
        ("Chinese_PRC_Def", "note"),
        ("concept_definition", "note"),  # Phrase TMS
        ("concept_note", "note"),
        (">>T<<Note", "note"),  # Glossary Converter, a term-level note
        ("备注", "note"),
        ("中文释义", "note"),
        ("Chinese (Pinyin)", "pinyin"),
        ("拼音", "pinyin"),
        ("Part of Speech [en]", "-"),  # zhgloss keeps no part of speech
        ("Gender [zh-CN]", "-"),
        ("concept_domain", "note:concept_domain"),  # kept in the note, labelled
        ("Domain", "note:Domain"),  # Matecat
        (">>E<<Subject", "note:Subject"),  # Glossary Converter, an entry-level field
        (">>XT<<Note", "-"),  # the Glossary Converter's mark for a column to leave out
        ("原文", "<source>"),  # told apart by the script of their cells, as source/target are
        ("译文", "<target>"),
        ("譯文", "<target>"),
    ],
)
def test_a_header_names_the_field_of_its_language(header: str, column: str) -> None:
    assert header_column(header) == column


@pytest.mark.parametrize("header", ["Chinese-English", "English (Chinese)", "中英文", "中文英文", "Begriff", "名称"])
def test_a_header_naming_two_languages_or_none_names_no_column(header: str) -> None:
    assert header_column(header) is None


def entries_of(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.zh, e.zh_hant, e.en) for e in load_csv(io.StringIO(text), "terms.csv")]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("中文,英文", "蔡英文,Tsai Ing-wen"),
        ("英文,中文", "Tsai Ing-wen,蔡英文"),
        ("简体中文,英文", "蔡英文,Tsai Ing-wen"),
        ("汉语,英语", "蔡英文,Tsai Ing-wen"),
        ("中文名,英文名", "蔡英文,Tsai Ing-wen"),
        ("原文,译文", "蔡英文,Tsai Ing-wen"),
        ("原文,译文", "Tsai Ing-wen,蔡英文"),  # an English-to-Chinese sheet: the script tells
        ("Chinese (PRC),English (United States)", "蔡英文,Tsai Ing-wen"),
        ('English (United States),"Chinese (Simplified, PRC)"', "Tsai Ing-wen,蔡英文"),
        ("Chinese Simplified,English", "蔡英文,Tsai Ing-wen"),
        (
            "Term [en],Description [en],Part of Speech [en],Term [zh-CN],Description [zh-CN]",
            "Tsai Ing-wen,,noun,蔡英文,",
        ),
        ("en,zh_cn,concept_note", "Tsai Ing-wen,蔡英文,"),
        (">>I<<English,>>I<<Chinese (PRC),>>XT<<Created", "Tsai Ing-wen,蔡英文,2024-05-20"),
    ],
)
def test_a_csv_with_a_tools_header_imports_without_columns(header: str, row: str) -> None:
    assert entries_of(f"{header}\n{row}\n") == [("蔡英文", None, "Tsai Ing-wen")]


def test_a_traditional_column_gives_zh_hant_and_the_simplified_form() -> None:
    assert entries_of("繁體中文,英文\n臺積電,TSMC\n") == [("台积电", "臺積電", "TSMC")]


def test_crowdin_descriptions_of_both_languages_are_the_note() -> None:
    text = "Term [en],Description [en],Term [zh-CN],Description [zh-CN]\nTSMC,chip maker,台积电,晶圆代工\n"
    (entry,) = load_csv(io.StringIO(text), "terms.csv")
    assert entry.note == "chip maker; 晶圆代工"


def test_a_header_of_two_languages_is_refused_with_the_line() -> None:
    with pytest.raises(FormatError, match=r"line 1: unknown column '中英文'"):
        entries_of("中英文,备注\n蔡英文 Tsai Ing-wen,\n")


def test_a_chinese_header_imports_through_the_cli(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text("\ufeff中文,英文,备注\n雷军,Lei Jun,小米创始人\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    export = subprocess.run(
        [zhgloss_exe, "export", "--format", "jsonl", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert '"zh": "雷军"' in export.stdout and '"note": "小米创始人"' in export.stdout, export.stdout


@pytest.mark.parametrize("cell", ["中华", "汉", "英", "華", "名"])  # 汉字 is a header: test_csv_chinese_headers
def test_a_name_of_one_character_words_is_no_header(cell: str) -> None:
    # With --columns a first row that names a column is skipped as a header: a row "中华,Zhonghua" must not be.
    assert header_column(cell) is None


def test_a_first_row_that_is_a_name_is_imported_under_given_columns() -> None:
    from zhgloss.formats.table import given_columns

    text = "中华,Zhonghua\n汉,Han\n"
    entries = list(load_csv(io.StringIO(text), "terms.csv", columns=given_columns("zh,en")))
    assert [(e.zh, e.en) for e in entries] == [("中华", "Zhonghua"), ("汉", "Han")]
