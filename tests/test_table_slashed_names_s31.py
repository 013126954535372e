"""An English cell that holds two names between slashes (session 31, user finding U30-39).

A newsroom sheet writes "Jack Ma/Ma Yun" in one cell; it was stored whole as the English, and `check` then reported
the right "Jack Ma" missing. No tool reads a slash as the separator of synonyms: memoQ splits a cell's alternatives
only at the character the user names ("Split alternatives in field by", docs.memoq.com, term base import), the
Glossary Converter's is "|"; inside a term a slash belongs to it (AC/DC, TCP/IP). So a cell whose slashes part names
of two words or more is refused with its line and the fix (zhgloss's own separator, "Jack Ma; Ma Yun", splits it
into the English and an alias); every other slash stays in the term. The names: the tester's sheet (马云, 刘强东),
and CC-CEDICT's lines that give one person two English names:
  馬化騰 马化腾 [Ma3 Hua4 teng2] /Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/
  李彥宏 李彦宏 [Li3 Yan4 hong2] /Robin Li (1968-), founder and CEO of Baidu 百度, a PRC Internet company/
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_tsv


@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("马云,Jack Ma/Ma Yun", ("Jack Ma", "Ma Yun")),
        ("刘强东,Richard Liu / Liu Qiangdong", ("Richard Liu", "Liu Qiangdong")),
        ("马化腾,Pony Ma/Ma Huateng/Ma Hua-teng", ("Pony Ma", "Ma Huateng", "Ma Hua-teng")),
        ("李彦宏,Robin Li/Li Yanhong", ("Robin Li", "Li Yanhong")),
    ],
)
def test_two_names_between_slashes_are_the_english_and_its_aliases(row: str, names: tuple[str, ...]) -> None:
    # Session 49 (the review's R48-13): the names are split as the refusal's fix said, and the split is said;
    # refused before.
    with pytest.warns(ImportNote, match=r"names joined by '/': read as the English") as said:
        entries = list(load_csv(io.StringIO(f"zh,en\n丁磊,William Ding\n{row}\n"), "names.csv"))
    assert [w.lineno for w in said if "names joined by" in str(w.message)] == [3]
    assert (entries[1].en, *entries[1].aliases) == names


def test_the_fix_it_gives_imports() -> None:
    (entry,) = load_csv(io.StringIO("zh,en\n马云,Jack Ma; Ma Yun\n"), "names.csv")
    assert (entry.en, entry.aliases) == ("Jack Ma", ("Ma Yun",))


def test_an_alias_cell_holds_the_same_rule() -> None:
    with pytest.raises(FormatError, match="names split by '/'"):
        list(load_tsv(io.StringIO("zh\ten\taliases\n马云\tJack Ma\tMa Yun/Ma Yun Jack\n"), "names.tsv"))


@pytest.mark.parametrize(
    "row",
    [
        "AC/DC乐队,AC/DC",  # one term with a slash in it
        "传输控制协议/网际协议,TCP/IP",
        "港澳,Hong Kong/Macau",  # one side a word alone: no two names of the kind a sheet pairs
        "输入/输出,input/output",
    ],
)
def test_a_slash_inside_a_term_stays(row: str) -> None:
    zh, en = row.split(",")
    (entry,) = load_csv(io.StringIO(f"zh,en\n{row}\n"), "terms.csv")
    assert (entry.zh, entry.en) == (zh, en)
