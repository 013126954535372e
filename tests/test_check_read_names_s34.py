"""check: an English name that spells in pinyin characters the source writes is no `unexpected` name, though the
glossary's entry of that spelling is another thing (issue 9; the thirty-third session's U33-7: with the CC-CEDICT names
glossary, `中国平安股价上涨。` / "Ping An shares rose." failed as `unexpected 平安县` (Ping'an County, Qinghai), and
`东风汽车宣布裁员。` / "Dongfeng announced layoffs." as `unexpected 东丰` (Dongfeng County, Jilin)).

A company the glossary lacks is named in English by the pinyin of its Chinese, and a county may be spelt alike, by
the same characters with a generic (平安 of 平安县) or by others read alike (东风 and 东丰, 苏宁 and 肃宁, 华电 and
桦甸).
The translation spells what the source writes; `unexpected` is for a name no run of the source reads as. Fixture:
CC-CEDICT's own lines (tests/data/cedict_check_read_names_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_read_names_s34.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U33-7 (/tmp/u33/t/ckco.tsv lines 1 and 4)
        ("中国平安股价上涨。", "Ping An shares rose."),
        ("东风汽车宣布裁员。", "Dongfeng announced layoffs."),
        # my own, the same class: companies read alike a county (苏宁 Sūníng / 肃宁 Sùníng; 华电 / 桦甸 Huàdiàn)
        ("苏宁易购发布公告。", "Suning announced its results."),
        ("华电集团表示将扩大投资。", "Huadian said it would invest more."),
    ],
)
def test_a_name_the_source_writes_in_characters_is_not_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # The source writes no characters read so: the translation adds a name.
        ("京东发布公告。", "Suning announced its results.", "肃宁"),
        ("华能集团表示将扩大投资。", "Huadian said it would invest more.", "桦甸"),
        # One character read so is no spelling of a two-syllable name (东 of 东京 is "dong" only).
        ("东京发布公告。", "Dongfeng announced its results.", "东丰"),
    ],
)
def test_a_name_no_run_of_the_source_reads_as_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert [line.split(":")[0] for line in lines if "unexpected" in line] == ["1"]
    assert any(f"unexpected {expected}" in line for line in lines)


@pytest.mark.parametrize(
    ("surface", "source", "reads"),
    [
        ("Ping An", "中国平安股价上涨", True),
        ("PingAn", "中国平安", True),
        ("Chang'an", "长安汽车", True),
        ("Changan", "长安汽车", True),
        ("Dongfeng", "东风汽车", True),
        # 行 is háng in 银行 and xíng in 行走: either reading spells.
        ("Yinhang", "中国银行", True),
        ("Yinxing", "中国银行", True),
        ("Dongfeng", "东京", False),
        ("Ping", "平安", False),  # one character read so is no run
        ("Ping An 2", "中国平安", False),
        ("Ping An", "平 安", False),  # characters apart are no run
    ],
)
def test_read_in_source(surface: str, source: str, reads: bool) -> None:
    from zhgloss.check import _read_in_source

    assert _read_in_source(surface, source) is reads
