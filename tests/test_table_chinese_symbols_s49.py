"""A Chinese form with a character no name is written with is refused, by import as by add (the review's R48-18).

A translator's sheet held 李�强 (a character lost when the CSV was once opened in a Western encoding: U+FFFD),
★雷军 (a star the team puts on people to watch) and 雷军✓ (a tick for "checked"). `add` refused each, but only by the
romanizer making a person's pinyin; import, `add --pinyin` and `edit` stored them, and annotate then looked for
"★雷军" in text that writes 雷军. The rule now lives where the English forms' rule lives (validate's en-symbol, the
one rule of add, edit, validate and every import: `zhgloss.validate._script_problems`), as zh-symbol: Unicode
symbols and emoji (So, Sk), private-use, surrogate and unassigned code points, U+FFFD among them. A row holding one
is refused with its line (exit 3), the glossary untouched; nothing is stripped, since whether a star is decoration or
the name of a thing (a brand's ®) is the translator's to say.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.validate import check_entry

# (the Chinese cell, the English cell, the character the refusal names)
_CELLS = [
    ("李\ufffd强", "Li Qiang", "U+FFFD"),
    ("★雷军", "Lei Jun", "'★'"),
    ("雷军✓", "Lei Jun", "'✓'"),
    ("王翔👍", "Wang Xiang", "'👍'"),
    ("腾讯®", "Tencent", "'®'"),
    ("小米\ue000", "Xiaomi", "'\\ue000'"),  # a private-use character, as GB18030 gives for bytes of Big5 it lacks
]


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def _glossary(exe: str, tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    assert _run(exe, "init", str(db), "--empty").returncode == 0
    return db


@pytest.mark.parametrize(("zh", "en", "said"), _CELLS)
def test_an_excel_csv_row_with_a_symbol_in_the_chinese_is_refused_with_its_line(
    zhgloss_exe: str, tmp_path: Path, zh: str, en: str, said: str
) -> None:
    source = tmp_path / "names.csv"
    # Excel's "CSV UTF-8 (Comma delimited)": a BOM and CRLF line ends.
    source.write_bytes(f"\ufeffChinese,English\r\n王毅,Wang Yi\r\n{zh},{en}\r\n".encode())
    db = _glossary(zhgloss_exe, tmp_path)
    before = db.read_bytes()
    done = _run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 3, done.stderr
    assert "line 3: " in done.stderr
    assert f"zh: {zh!r} holds {said}" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_tsv_and_a_workbook_are_refused_alike(zhgloss_exe: str, tmp_path: Path) -> None:
    tsv = tmp_path / "names.tsv"
    tsv.write_text("zh\ten\n雷军✓\tLei Jun\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["中文", "英文"], ["华为", "Huawei"], ["★雷军", "Lei Jun"]):
        sheet.append(row)
    xlsx = tmp_path / "names.xlsx"
    book.save(xlsx)
    db = _glossary(zhgloss_exe, tmp_path)
    for source, line in ((tsv, 2), (xlsx, 3)):
        done = _run(zhgloss_exe, "import", str(source), "--db", str(db))
        assert done.returncode == 3, done.stderr
        assert f"line {line}: " in done.stderr
        assert "which no name is written with: write the name alone" in done.stderr
    assert _run(zhgloss_exe, "export", "--db", str(db)).stdout == ""


def test_the_lost_character_says_to_read_the_name_again_from_its_source(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "names.csv"
    source.write_text("zh,en\n李\ufffd强,Li Qiang\n", encoding="utf-8")
    done = _run(zhgloss_exe, "import", str(source), "--db", str(_glossary(zhgloss_exe, tmp_path)))
    assert done.returncode == 3
    assert "a character lost when the text was read in a wrong encoding" in done.stderr


def test_add_with_its_own_pinyin_refuses_what_import_refuses(zhgloss_exe: str, tmp_path: Path) -> None:
    # The romanizer was add's only guard: with --pinyin given, 李�强 was stored.
    db = _glossary(zhgloss_exe, tmp_path)
    done = _run(
        zhgloss_exe, "add", "李\ufffd强", "--type", "person", "--en", "Li Qiang", "--pinyin", "Lǐ Qiáng", "--yes",
        "--db", str(db),
    )  # fmt: skip
    assert done.returncode != 0
    assert "U+FFFD" in done.stderr
    assert _run(zhgloss_exe, "export", "--db", str(db)).stdout == ""


def test_a_sheet_s_plain_names_import_as_before(zhgloss_exe: str, tmp_path: Path) -> None:
    # Middle dots, Latin letters and digits, 〇 and 々 are written in names: no symbol.
    source = tmp_path / "names.csv"
    source.write_text(
        "zh,en,type\n埃隆·马斯克,Elon Musk,person\nTCL科技,TCL Technology,org\n三〇一医院,301 Hospital,org\n"
        "佐々木希,Sasaki Nozomi,person\n",
        encoding="utf-8",
    )
    done = _run(zhgloss_exe, "import", str(source), "--db", str(_glossary(zhgloss_exe, tmp_path)))
    assert done.returncode == 0, done.stderr
    assert "4 added" in done.stderr


_SYMBOLS = st.characters(categories=["So", "Sk", "Co"]).filter(lambda c: unicodedata.category(c) in ("So", "Sk", "Co"))


@settings(max_examples=60, deadline=None)
@given(symbol=_SYMBOLS, at=st.integers(min_value=0, max_value=3))
def test_any_symbol_anywhere_in_a_chinese_form_is_a_zh_symbol_error(symbol: str, at: int) -> None:
    zh = "雷军小米"[:at] + symbol + "雷军小米"[at:]
    entry = Entry(id="x", type="org", zh=zh, en="Lei Jun Xiaomi")
    problems = [p for p in check_entry(entry) if p.code == "zh-symbol"]
    assert problems, zh
    assert problems[0].severity == "error"


@settings(max_examples=60, deadline=None)
@given(zh=st.text(alphabet=st.characters(categories=["Lo"], min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=2))
def test_chinese_characters_alone_are_never_a_zh_symbol(zh: str) -> None:
    entry = Entry(id="x", type="org", zh=zh[:8], en="Some Name")
    assert not [p for p in check_entry(entry) if p.code == "zh-symbol"]


def test_validate_lists_a_stored_symbol() -> None:
    # A glossary written before this rule: validate names the form and the field.
    entry = Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", zh_aliases=("★雷总",))
    said = [(p.field, p.message) for p in check_entry(entry) if p.code == "zh-symbol"]
    assert said == [("zh_aliases", "'★雷总' holds '★', which no name is written with: write the name alone")]
