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
