"""`check`'s bilingual TSV finds its source and target columns by the headers an import reads.

The header of a CAT tool's or a translator's bilingual export is read by `zhgloss.formats.table.header_column`,
the one reader of column names: language tags, language names (memoQ, Trados), Crowdin's "Term [zh-CN]",
Chinese names (原文/译文, 中文/英文). Before, only a list of eleven words per side was known, so a TSV headed
"Chinese (PRC)<TAB>English (United States)<TAB>Status" was refused.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.bilingual import load_tsv

ROWS = "雷军说。\tLei Jun said.\tok\n王翔说。\tWang Xiang said.\t\n"


@pytest.mark.parametrize(
    "header",
    [
        "Chinese (PRC)\tEnglish (United States)\tStatus",
        "zh-Hans\ten-GB\tcomment",
        "Chinese_PRC\tEnglish_United_Kingdom\tTerm_Info",
        "简体中文\t英文\t备注",
        "原文\t译文\t状态",
        "Source (zh-CN)\tTarget (en-US)\tnote",
        "source text\ttarget text\tstatus",
        "Chinese (Traditional, Taiwan)\tEnglish\tnote",
    ],
)
def test_a_header_an_import_reads_names_the_source_and_target(header: str) -> None:
    segments = load_tsv(io.BytesIO(f"{header}\n{ROWS}".encode()), "job.tsv")
    assert [(s.source, s.target, s.line) for s in segments] == [
        ("雷军说。", "Lei Jun said.", 2),
        ("王翔说。", "Wang Xiang said.", 3),
    ]


def test_target_before_source_in_the_header_is_read_as_named() -> None:
    text = "English (United States)\tnote\tChinese (PRC)\nLei Jun said.\t\t雷军说。\n"
    (segment,) = load_tsv(io.BytesIO(text.encode()), "job.tsv")
    assert (segment.source, segment.target) == ("雷军说。", "Lei Jun said.")


@pytest.mark.parametrize(
    ("first", "english"),
    [
        # The check user's finding (twenty-eighth session): the English's "Chinese" read as a language's name, so the
        # row was a header and the one segment of the file was never checked.
        ("中美两国元首在旧金山会晤。", "Chinese leaders"),
        ("中美两国元首在旧金山会晤", "Chinese and English"),
        ("他说，英文版本已经发布", "English"),
    ],
)
def test_a_first_row_of_chinese_prose_is_a_segment_whatever_its_english_says(first: str, english: str) -> None:
    segments = load_tsv(io.BytesIO(f"{first}\t{english}\n王翔说。\tWang Xiang said.\n".encode()), "job.tsv")
    assert [(s.source, s.target, s.line) for s in segments] == [
        (first, english, 1),
        ("王翔说。", "Wang Xiang said.", 2),
    ]


@pytest.mark.parametrize("label", ["序号", "中文术语说明", "备注", "备注：可选", "参考译文来源说明", "说明，可选"])
def test_a_header_with_a_chinese_label_of_its_own_stays_a_header(label: str) -> None:
    segments = load_tsv(io.BytesIO(f"原文\t译文\t{label}\n{ROWS}".encode()), "job.tsv")
    assert [(s.source, s.target, s.line) for s in segments] == [
        ("雷军说。", "Lei Jun said.", 2),
        ("王翔说。", "Wang Xiang said.", 3),
    ]
