"""A person's English in a table row, judged as `add` judges it (session 32; user U32-16, brief item 6).

`add 刘强东 --en "Qiangdong Liu"` is refused ("puts the given name first"), and `add 马云 --en "Jack Ma"` asks for
--adopted; a CSV of the same rows was imported as written, for validate to call each an error and check to fail the
right order ("order 张一鸣: found "Zhang Yiming", expected "Yiming Zhang""). The table readers now ask the rule add
asks (`zhgloss.validate.english_problems`): a name in Western order is refused with its line and the fix; an adopted
given name before the family name's spelling is imported marked en_adopted, and said so.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.model import Entry
from zhgloss.validate import english_problems

# The tester's rev.csv (U32-16): people of CC-CEDICT (邓小平 /Deng Xiaoping (1904-1997).../) and the news, each in
# Western order, typed person, untyped and typed name.
REVERSED = [
    ("邓小平", "Xiaoping Deng", "person", "Deng Xiaoping"),
    ("刘强东", "Qiangdong Liu", "person", "Liu Qiangdong"),
    ("张一鸣", "Yiming Zhang", "person", "Zhang Yiming"),
    ("王传福", "Chuanfu Wang", "", "Wang Chuanfu"),
    ("李书福", "Shufu Li", "name", "Li Shufu"),
]


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "people.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if issubclass(w.category, ImportNote)]


def test_names_in_western_order_are_refused_each_with_its_line_and_fix() -> None:
    text = "zh,en,type\n" + "".join(f"{zh},{en},{kind}\n" for zh, en, kind, _ in REVERSED)
    with pytest.raises(FormatError) as caught:
        _load(text)
    lines = str(caught.value).splitlines()
    for at, (_, en, _, right) in enumerate(REVERSED):
        assert f"line {at + 2}: en {en!r} puts the given name first" in lines[at], lines[at]
        assert f"write {right!r}, or if the person writes it so, give the row an en_adopted column of true" in lines[at]
    assert lines[-1] == "5 lines refused: fix them all (nothing was imported)"


@pytest.mark.parametrize(("zh", "en", "kind", "_right"), REVERSED)
def test_each_refused_row_is_one_add_refuses(zh: str, en: str, kind: str, _right: str) -> None:
    entry = Entry(id="x", type=kind or "name", zh=zh, en=en)
    assert [p.code for p in english_problems(entry) if p.severity == "error"] == ["en-order"]


def test_a_row_that_says_the_person_writes_it_so_is_imported_as_written() -> None:
    (entry,), _ = _load("zh,en,type,en_adopted\n刘强东,Qiangdong Liu,person,true\n")
    assert (entry.en, entry.en_adopted) == ("Qiangdong Liu", True)


# Adopted English names: 马云 "Jack Ma" (Alibaba's founder), CC-CEDICT's 刘德华 /Andy Lau (1961-), Hong Kong Cantopop
# singer and actor/, and 李家超 "John Lee", Hong Kong's chief executive (the surname spelt as Hong Kong spells 李).
ADOPTED = [("马云", "Jack Ma"), ("刘德华", "Andy Lau"), ("李家超", "John Lee")]


@pytest.mark.parametrize(("zh", "en"), ADOPTED)
def test_an_adopted_english_name_is_imported_marked_so_and_said(zh: str, en: str) -> None:
    (entry,), notes = _load(f"zh,en,type\n{zh},{en},person\n")
    assert (entry.en, entry.en_adopted) == (en, True)
    assert any(n.startswith(f"line 2: en {en!r} spells no pinyin of {zh!r}: imported as an adopted") for n in notes)
    assert [p for p in english_problems(entry) if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("任正非", "Ren Zhengfei"),  # the pinyin: nothing to mark
        ("马云", "Ma Yin"),  # a slip of the pinyin (the family name first): not an adopted name, left to validate
        ("马云", "Jack Li"),  # another family name: not marked
    ],
)
def test_other_english_is_not_marked_adopted(zh: str, en: str) -> None:
    (entry,), _ = _load(f"zh,en,type\n{zh},{en},person\n")
    assert (entry.en, entry.en_adopted) == (en, False)


def test_a_row_that_says_it_is_not_adopted_is_not_marked() -> None:
    (entry,), _ = _load("zh,en,type,en_adopted\n马云,Jack Ma,person,false\n")
    assert entry.en_adopted is False
