"""Chinese headers read by what their words mean (issue 9, CSV/TSV): 汉字 "Han characters", 简体 "simplified",
术语 "term", 译名 "translated name", 外文 "the foreign language" are the words translators' own sheets use.

A header is read morpheme by morpheme (`zhgloss.formats.table._ZH_MORPHEMES`); these are the shapes that
still needed --columns before: a script alone (简体, 繁體字), 字/文字 "written characters" after a language,
译 "translated" and 原 "original" before 名, 目标 before 术语, 外文. One-character morphemes of one meaning
(中华, 汉, 名) and a region alone (中国, 台湾: a place, maybe the first row's term) stay no header.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import SOURCE, TARGET, header_column


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("汉字", "zh"),
        ("漢字", "zh"),
        ("中文字", "zh"),
        ("汉字名称", "zh"),
        ("简体", "zh"),
        ("简体字", "zh"),
        ("簡體", "zh"),
        ("繁体", "zh_hant"),
        ("繁體字", "zh_hant"),
        ("正體", "zh_hant"),
        ("中文人名", "zh"),
        ("英文人名", "en"),
        ("中文术语", "zh"),
        ("英文术语", "en"),
        ("外文", "en"),
        ("外语", "en"),
        ("Hanzi", "zh"),
        ("术语", SOURCE),
        ("源术语", SOURCE),
        ("原名", SOURCE),
        ("译名", TARGET),
        ("譯名", TARGET),
        ("目标术语", TARGET),
    ],
)
def test_a_chinese_header_names_the_column_its_words_mean(header: str, column: str) -> None:
    assert header_column(header) == column


@pytest.mark.parametrize("cell", ["中国", "台湾", "香港", "中华", "汉", "名", "名称", "文字", "地名", "中国人"])
def test_a_place_or_a_single_meaning_is_no_header(cell: str) -> None:
    assert header_column(cell) is None


def entries_of(text: str) -> list[tuple[str | None, str | None, str, str | None]]:
    return [(e.zh, e.zh_hant, e.en, e.pinyin) for e in load_csv(io.StringIO(text), "terms.csv")]


@pytest.mark.parametrize(
    "text",
    [
        "汉字,英文\n马云,Jack Ma\n",
        "英文,汉字\nJack Ma,马云\n",
        "术语,译名\n马云,Jack Ma\n",
        "原名,译名\n马云,Jack Ma\n",
        "源术语,目标术语\nJack Ma,马云\n",  # an English-to-Chinese sheet: the script tells
        "简体,英文\n马云,Jack Ma\n",
        "中文,外文\n马云,Jack Ma\n",
        "中文人名,英文人名\n马云,Jack Ma\n",
    ],
)
def test_a_sheet_with_a_translators_header_imports_without_columns(text: str) -> None:
    assert entries_of(text) == [("马云", None, "Jack Ma", None)]


def test_simplified_traditional_and_pinyin_columns_of_one_sheet() -> None:
    assert entries_of("简体,繁体,拼音,英文\n马云,馬雲,Mǎ Yún,Jack Ma\n") == [("马云", "馬雲", "Jack Ma", "Mǎ Yún")]
