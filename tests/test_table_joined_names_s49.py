"""An English cell holding several names of one thing is the English and its aliases (the review's R48-13).

A translator's sheet wrote "Tencent / Tencent Holdings" and "Wang Yi, Wang I" (the pinyin and the Wade-Giles of
王毅) in the English column; each was stored whole as one English name, so check asked translations for
"Tencent / Tencent Holdings". Names joined by "or"/"aka" or slashes of two-word names were refused with a fix (split
them yourself). One rule now (`zhgloss.formats.table.joined_english`), read where the row's synonyms are split
(`with_synonyms_split`) and its scripts judged (`check_scripts`): the first name is the English, the others aliases,
said with the line, where the names are plainly one thing's: a longer form of the first ("Tencent Holdings",
"Baidu Inc."), a person's spellings (each spelling the Chinese: `zhgloss.validate.spells_person`), names of two
words or more joined by "or" or a slash, anything "aka". A comma's other uses keep the cell whole, as sheets in the
wild write them: a legal form ("Xiaomi Corporation, Ltd."), a place's region ("Washington, D.C.", "Paris, Texas"),
a title after the name ("Lee Kuan Yew, Senior Minister", "Diana, Princess of Wales"); and so do a slash inside a
term (AC/DC, TCP/IP) and two places ("Hong Kong / Macau" for 港澳).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import warnings
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote, joined_english

_SPLIT = [
    ("腾讯", "Tencent / Tencent Holdings", ("Tencent", "Tencent Holdings")),
    ("王毅", "Wang Yi, Wang I", ("Wang Yi", "Wang I")),  # pinyin, then Wade-Giles
    ("百度", "Baidu or Baidu Inc.", ("Baidu", "Baidu Inc.")),
    ("阿里巴巴", "Alibaba, Alibaba Group Holding", ("Alibaba", "Alibaba Group Holding")),
    ("蔡英文", "Tsai Ing-wen / Cai Yingwen", ("Tsai Ing-wen", "Cai Yingwen")),
    ("马化腾", "Pony Ma, Ma Huateng", ("Pony Ma", "Ma Huateng")),
]
_WHOLE = [
    ("小米", "Xiaomi Corporation, Ltd."),
    ("华盛顿特区", "Washington, D.C."),
    ("李光耀", "Lee Kuan Yew, Senior Minister"),
    ("戴安娜王妃", "Diana, Princess of Wales"),
    ("巴黎", "Paris, Texas"),
    ("港澳", "Hong Kong / Macau"),
    ("AC/DC乐队", "AC/DC"),
    ("生存还是毁灭", "To Be or Not to Be"),
    ("黑或白", "Black or White"),
]


def _load(text: str) -> tuple[list, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "names.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(("zh", "en", "names"), _SPLIT)
def test_names_of_one_thing_are_the_english_and_its_aliases(zh: str, en: str, names: tuple[str, ...]) -> None:
    entries, notes = _load(_csv([["Chinese", "English"], ["丁磊", "William Ding"], [zh, en]]))
    assert (entries[1].en, *entries[1].aliases) == names
    said = [note for note in notes if "names joined by" in note]
    assert said and said[0].startswith(f"line 3: en {en!r} holds {len(names)} names joined by ")
    assert f"read as the English {names[0]!r}" in said[0]


@pytest.mark.parametrize(("zh", "en"), _WHOLE)
def test_a_comma_or_slash_of_another_kind_keeps_the_cell_whole(zh: str, en: str) -> None:
    entries, notes = _load(_csv([["Chinese", "English"], [zh, en]]))
    assert (entries[0].en, entries[0].aliases) == (en, ())
    assert not [note for note in notes if "names joined by" in note]


def test_a_cell_already_split_and_an_aliases_cell_add_up(tmp_path: Path) -> None:
    entries, _ = _load(_csv([["zh", "en", "aliases"], ["腾讯", "Tencent / Tencent Holdings", "Tengxun"]]))
    assert (entries[0].en, entries[0].aliases) == ("Tencent", ("Tencent Holdings", "Tengxun"))


def test_a_workbook_and_a_tsv_are_read_alike(zhgloss_exe: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["中文", "英文"], ["腾讯", "Tencent / Tencent Holdings"], ["小米", "Xiaomi Corporation, Ltd."]):
        sheet.append(row)
    xlsx = tmp_path / "names.xlsx"
    book.save(xlsx)
    tsv = tmp_path / "names.tsv"
    tsv.write_text("zh\ten\n王毅\tWang Yi, Wang I\n", encoding="utf-8")
    db = tmp_path / "g.json"
    for source in (xlsx, tsv):
        done = subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "names joined by" in done.stderr
    exported = subprocess.run([zhgloss_exe, "export", "--db", str(db)], capture_output=True, text=True).stdout
    stored = {e["zh"]: (e["en"], e["aliases"]) for e in map(json.loads, exported.splitlines())}
    assert stored == {
        "腾讯": ("Tencent", ["Tencent Holdings"]),
        "小米": ("Xiaomi Corporation, Ltd.", []),
        "王毅": ("Wang Yi", ["Wang I"]),
    }
    lookup = subprocess.run(
        [zhgloss_exe, "lookup", "Tencent Holdings", "--db", str(db)], capture_output=True, text=True
    )
    assert lookup.returncode == 0 and "腾讯" in lookup.stdout


_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@settings(max_examples=80, deadline=None)
@given(
    head=st.lists(_WORD, min_size=1, max_size=2),
    more=st.lists(_WORD, min_size=1, max_size=2),
    mark=st.sampled_from([" / ", ", ", " or "]),
)
def test_a_name_and_a_longer_form_of_it_split_whatever_the_mark(head: list[str], more: list[str], mark: str) -> None:
    first, longer = " ".join(head), " ".join(head + more)
    found = joined_english(f"{first}{mark}{longer}")
    assert found is not None and found[1] == [first, longer]


@settings(max_examples=60, deadline=None)
@given(name=st.lists(_WORD, min_size=1, max_size=3), tail=st.sampled_from(["Ltd.", "Inc.", "D.C.", "Co., Ltd."]))
def test_a_legal_form_or_an_abbreviation_after_a_comma_is_never_a_second_name(name: list[str], tail: str) -> None:
    assert joined_english(f"{' '.join(name)}, {tail}") is None
