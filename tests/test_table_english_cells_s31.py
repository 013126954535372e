"""An English cell that holds a name's other forms or a description (session 31, user finding U30-39, the rest).

The tester's multi_en.csv, as newsroom sheets are filled: "Robin Li or Li Yanhong", "Lei Jun (founder of Xiaomi)"
were stored whole as the English; validate said nothing, and `check` reported the right "Robin Li" missing. CC-CEDICT
writes the same things so, and its reader splits them (an "aka" or "or" name an alias, a description the note):
  馬化騰 马化腾 [Ma3 Hua4 teng2] /Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/
  李彥宏 李彦宏 [Li3 Yan4 hong2] /Robin Li (1968-), founder and CEO of Baidu 百度, a PRC Internet company/
A table row is refused with its line and the fix (the English alone, the other names as aliases, the description in
the note). A bracket that starts with a capital may be part of an official name ("Bank of China (Hong Kong)") and a
title may join lower-case words with "or" ("To Be or Not to Be"): both stay.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv


def _refusal(row: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f"zh,en,note\n丁磊,William Ding,\n{row}\n"), "names.csv"))
    assert caught.value.line == 3
    return caught.value


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (
            "雷军,Lei Jun (founder of Xiaomi),",
            "holds a description in brackets ('founder of Xiaomi'): give the name alone ('Lei Jun') and the "
            "description in the note",
        ),
        (
            "李彦宏,Robin Li (founder and CEO of Baidu),",
            "holds a description in brackets ('founder and CEO of Baidu')",
        ),
    ],
)
def test_other_forms_or_a_description_in_the_english_cell_are_refused(row: str, said: str) -> None:
    assert said in str(_refusal(row))


def test_the_fix_it_gives_imports() -> None:
    text = "zh,en,note\n李彦宏,Robin Li; Li Yanhong,founder and CEO of Baidu\n"
    (entry,) = load_csv(io.StringIO(text), "names.csv")
    assert (entry.en, entry.aliases, entry.note) == ("Robin Li", ("Li Yanhong",), "founder and CEO of Baidu")


@pytest.mark.parametrize(
    "row",
    [
        "中银香港,Bank of China (Hong Kong)",  # a capital in the bracket: part of the official name
        "生存还是毁灭,To Be or Not to Be",  # a title joins lower-case words
        "非诚勿扰,If You Are the One",
        "云计算,cloud computing (IT)",  # a phrase: no name
        "腾讯,Tencent",
    ],
)
def test_names_and_titles_of_that_shape_stay(row: str) -> None:
    zh, en = row.split(",")
    (entry,) = load_csv(io.StringIO(f"zh,en\n{row}\n"), "names.csv")
    assert (entry.zh, entry.en) == (zh, en)


# Review finding R3: a bracket of ONE lower-case word, and "aka" before a name of one word, are the same class.
@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("李娜,Li Na (tennis),", "holds a description in brackets ('tennis'): give the name alone ('Li Na')"),
        ("微软,Microsoft (company),", "holds a description in brackets ('company'): give the name alone ('Microsoft')"),
        # CC-CEDICT's own: 三鹿 /Sanlu (brand)/, 不來梅 不来梅 /Bremen (city)/.
        ("三鹿,Sanlu (brand),", "holds a description in brackets ('brand'): give the name alone ('Sanlu')"),
        ("不来梅,Bremen (city),", "holds a description in brackets ('city'): give the name alone ('Bremen')"),
    ],
)
def test_a_one_word_description_or_aka_name_is_refused_the_same_way(row: str, said: str) -> None:
    assert said in str(_refusal(row))


# Session 49 (the review's R48-13): names joined by "or" or "aka" are the English and its aliases, said; refused before.
@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("李彦宏,Robin Li or Li Yanhong,", ("Robin Li", "Li Yanhong")),
        ("马化腾,Ma Huateng aka Pony Ma,", ("Ma Huateng", "Pony Ma")),
        ("雷军,Lei Jun aka Leibusi,", ("Lei Jun", "Leibusi")),
        # CC-CEDICT's 鴻海 鸿海 /... aka Foxconn/: an aka-name of one word.
        ("鸿海,Hon Hai a.k.a. Foxconn,", ("Hon Hai", "Foxconn")),
    ],
)
def test_names_joined_by_or_or_aka_are_the_english_and_its_aliases(row: str, names: tuple[str, ...]) -> None:
    from zhgloss.formats.table import ImportNote

    with pytest.warns(ImportNote, match="names joined by"):
        entries = list(load_csv(io.StringIO(f"zh,en,note\n丁磊,William Ding,\n{row}\n"), "names.csv"))
    assert (entries[1].en, *entries[1].aliases) == names
