"""A Chinese cell that holds two forms between slashes (session 31, user finding U30-39, the Chinese half).

The tester's multi_zh.csv: "马云/馬雲,Jack Ma" was stored with zh '马云/马云' and zh_hant '马云/馬雲', and no text ever
matched it. One name written in both scripts (a sheet for the mainland and Taiwan) is now zh and zh_hant; two names
("马化腾/小马哥", a name and a nickname) are refused with the line and the fix, as the English half is ("Jack Ma/Ma
Yun"); a slash in a term of type phrase or term stays (输入/输出 beside "input/output": CC-CEDICT's 輸入 输入
[shu1 ru4] /to import/to input/ and 輸出 输出 [shu1 chu1] /to export/to output/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv


@pytest.mark.parametrize(
    ("row", "zh", "zh_hant"),
    [
        ("马云/馬雲,Jack Ma", "马云", "馬雲"),  # the tester's row
        ("馬化騰/马化腾,Pony Ma", "马化腾", "馬化騰"),  # traditional first
        ("刘强东 / 劉強東,Richard Liu", "刘强东", "劉強東"),
    ],
)
def test_one_name_in_both_scripts_is_zh_and_zh_hant(row: str, zh: str, zh_hant: str) -> None:
    (entry,) = load_csv(io.StringIO(f"zh,en\n{row}\n"), "names.csv")
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == (zh, zh_hant, ())


@pytest.mark.parametrize(
    ("row", "forms"),
    [
        ("马化腾/小马哥,Pony Ma", "'马化腾', '小马哥'"),
        ("刘强东/东哥,Richard Liu,person", "'刘强东', '东哥'"),
    ],
)
def test_two_names_are_refused_with_the_line(row: str, forms: str) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f"zh,en,type\n马云,Jack Ma,person\n{row}\n"), "names.csv"))
    assert caught.value.line == 3
    assert f"holds 2 Chinese names split by '/' ({forms}): give the first as zh" in str(caught.value)


def test_the_fix_it_gives_imports() -> None:
    (entry,) = load_csv(io.StringIO("zh,en\n马化腾; 小马哥,Pony Ma\n"), "names.csv")
    assert (entry.zh, entry.zh_aliases) == ("马化腾", ("小马哥",))


@pytest.mark.parametrize(
    ("row", "zh"),
    [
        ("输入/输出,input/output", "输入/输出"),  # a phrase (lower-case English): the slash is the term's
        ("AC/DC乐队,AC/DC", "AC/DC乐队"),  # no Chinese on one side
        ("传输控制协议/网际协议,TCP/IP", "传输控制协议/网际协议"),  # the English pairs as many: the pair is the term
        ("输入/输出,Input/Output,term", "输入/输出"),
    ],
)
def test_a_slash_in_a_term_stays(row: str, zh: str) -> None:
    header = "zh,en,type" if row.count(",") == 2 else "zh,en"
    (entry,) = load_csv(io.StringIO(f"{header}\n{row}\n"), "terms.csv")
    assert entry.zh == zh
