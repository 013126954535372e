"""A placeholder or a doubt mark in a sheet's cell is read as the translator means it (the review's R48-24).

A newsroom's sheet of names in progress writes "TBD", "N/A", "-", "?" or 待定 where the English is not decided yet,
and "Huawei?" or "Xiaomi (?)" where someone put down a guess. Imported, "TBD" was stored as 华为's English (annotate
then glossed 华为（TBD）), "-" and "?" were refused as forms of punctuation alone, 待定 as Chinese in the English
column, and "Huawei？" lost its full-width mark in silence, a guess stored as a confirmed English. Now one rule for
every table import (`zhgloss.formats.table.without_placeholders`): a placeholder is an empty cell, said, so a row
with Chinese and no English is a draft whose English is the import's proposal; a doubted English is a guess,
labelled so: kept out of `en`, written in the note, the row a draft (validate lists drafts until a person confirms
them). Where the English is the file's source (an English first column), such a row is refused with its line, since
an empty English there would make the row a synonym of the one above.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.table import PLACEHOLDERS, doubted_form, is_placeholder
from zhgloss.script import normalize


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def _import(exe: str, tmp_path: Path, source: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, dict]]:
    db = tmp_path / "g.json"
    done = _run(exe, "import", str(source), "--db", str(db))
    exported = _run(exe, "export", "--db", str(db)).stdout if db.exists() else ""
    return done, {e["zh"] or e["en"]: e for e in map(json.loads, exported.splitlines())}


@pytest.mark.parametrize("placeholder", ["TBD", "N/A", "n/a", "-", "—", "?", "待定", "暂无", "TBC", "pending"])
def test_a_placeholder_english_makes_the_row_a_draft_with_a_proposal(
    zhgloss_exe: str, tmp_path: Path, placeholder: str
) -> None:
    source = tmp_path / "names.csv"
    source.write_text(f"zh,en\n王毅,Wang Yi\n华为,{placeholder}\n", encoding="utf-8")
    done, stored = _import(zhgloss_exe, tmp_path, source)
    assert done.returncode == 0, done.stderr
    assert f"line 3: en {placeholder!r} is a placeholder: read as empty (nothing written yet)" in done.stderr
    assert stored["华为"]["en"] != placeholder
    assert stored["华为"]["draft"] is True
    assert "draft" not in stored["王毅"] or stored["王毅"]["draft"] is False


@pytest.mark.parametrize(
    ("cell", "guess"),
    [
        ("Huawei?", "Huawei"),
        ("Huawei？", "Huawei"),  # a Chinese input method's question mark
        ("Xiaomi (?)", "Xiaomi"),
        ("Richard Yu (TBC)", "Richard Yu"),
        ("Lei Jun [?]", "Lei Jun"),
        ("Yu Chengdong（待确认）", "Yu Chengdong"),
    ],
)
def test_a_doubted_english_is_a_guess_kept_out_of_en_and_noted(
    zhgloss_exe: str, tmp_path: Path, cell: str, guess: str
) -> None:
    source = tmp_path / "names.csv"
    source.write_text(f'zh,en,note\n余承东,"{cell}",Huawei consumer chief\n', encoding="utf-8")
    done, stored = _import(zhgloss_exe, tmp_path, source)
    assert done.returncode == 0, done.stderr
    assert f"line 2: en {normalize(cell)!r} is marked as a doubt" in done.stderr  # full-width folded, as stored
    entry = stored["余承东"]
    assert entry["draft"] is True
    assert entry["note"] == f"Huawei consumer chief; English in doubt in the sheet: {guess!r}"


def test_a_workbook_row_reads_alike(zhgloss_exe: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Chinese (PRC)", "English (United States)"], ["腾讯", "TBD"], ["小米", "Xiaomi (?)"], ["华为", "Huawei"]):
        sheet.append(row)
    source = tmp_path / "terms.xlsx"
    book.save(source)
    done, stored = _import(zhgloss_exe, tmp_path, source)
    assert done.returncode == 0, done.stderr
    assert stored["腾讯"]["draft"] and stored["腾讯"]["en"] != "TBD"
    assert stored["小米"]["draft"] and stored["小米"]["note"] == "English in doubt in the sheet: 'Xiaomi'"
    assert stored["华为"]["en"] == "Huawei" and not stored["华为"].get("draft")


def test_a_chinese_placeholder_under_a_translated_row_is_no_synonym_of_it(zhgloss_exe: str, tmp_path: Path) -> None:
    # A blank Chinese cell under a Chinese source is a synonym row (the Glossary Converter's multi-line layout);
    # 待定 is a term not yet translated into Chinese: "Tencent" is no alias of 华为.
    source = tmp_path / "names.csv"
    source.write_text("zh,en\n华为,Huawei\n待定,Tencent\n", encoding="utf-8")
    done, stored = _import(zhgloss_exe, tmp_path, source)
    assert done.returncode == 0, done.stderr
    assert stored["华为"]["aliases"] == []
    assert stored["Tencent"]["zh"] is None and stored["Tencent"]["draft"] is True


def test_an_english_source_placeholder_is_refused_with_its_line(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "names.csv"
    source.write_text("en,zh\nHuawei,华为\nTBD,腾讯\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    done = _run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 3
    assert "line 3: en 'TBD' is a placeholder, no English, but the English is the file's source" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("cell", ["Na", "X", "None Such Ltd", "Yahoo!", "Who?", "Lei Jun"])
def test_names_that_look_like_placeholders_are_kept(cell: str) -> None:
    # Na (sodium's symbol, 钠), X (the company), a name ending in its own "!": no placeholder, no doubt. "Who?" is
    # read as a doubt: a name whose own form ends in "?" is written in a type column's row (a work), rare in sheets.
    assert not is_placeholder(cell)
    assert doubted_form(cell) == ("Who" if cell == "Who?" else None)


@settings(max_examples=80, deadline=None)
@given(
    name=st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}", fullmatch=True),
    mark=st.sampled_from(["?", " ?", "??", "？", " (?)", "(?)", " [?]", " (TBC)", "（待确认）"]),
)
def test_any_name_with_a_doubt_mark_gives_the_name_back(name: str, mark: str) -> None:
    assert doubted_form(name + mark) == name
    assert doubted_form(name) is None


@settings(max_examples=40, deadline=None)
@given(placeholder=st.sampled_from(sorted(PLACEHOLDERS)), spaces=st.sampled_from(["", " ", "  "]))
def test_every_placeholder_reads_as_one_in_any_case_and_spacing(placeholder: str, spaces: str) -> None:
    assert is_placeholder(spaces + placeholder.upper() + spaces)
    assert doubted_form(placeholder) is None


def test_a_term_glossary_s_words_of_that_kind_are_terms() -> None:
    # A terms sheet translates such words: 未知 "unknown", 空 "emptiness" are no placeholders, and a row whose every
    # term is a placeholder word ("待定,TBD") is a term pair about them, not a row of nothing.
    import io
    import warnings

    from zhgloss.formats.csv_format import load_csv

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = list(load_csv(io.StringIO("zh,en\n未知,unknown\n空,emptiness\n待定,TBD\n"), "terms.csv"))
    assert [(e.zh, e.en, e.draft) for e in entries] == [
        ("未知", "unknown", False),
        ("空", "emptiness", False),
        ("待定", "TBD", False),
    ]


def test_question_marks_in_the_chinese_column_are_lost_chinese_not_a_placeholder() -> None:
    # "??" under Chinese is what a Western-encoded CSV made of the characters (test_table_lost_chinese_s33): refused
    # with that cause, never read as "no Chinese yet".
    import io

    from zhgloss.errors import FormatError
    from zhgloss.formats.csv_format import load_csv

    with pytest.raises(FormatError, match="is question marks alone: the Chinese was lost"):
        list(load_csv(io.StringIO("Chinese,English\n??,Lei Jun\n"), "qmarks.csv"))
