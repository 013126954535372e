"""An English name cell that holds more than the name (the review's R45-11 addendum, forty-sixth session).

One row each under `zh,en` with zh 雷军: "Mr Lei Jun", "Dr. Lei Jun", "President Lei Jun", "CEO Lei Jun" imported
whole without a word (validate warned afterwards), "Xiaomi's Lei Jun" and "Lei Jun (CEO)" too (a one-word bracket
passed where "(founder of Huawei)" was refused), and "Lei Jun*", "Lei Jun?", "Lei Jun." with validate silent.
Now one rule (`formats.table.name_in_english`) for every table import, add and validate: an honorific is dropped
and said, a title moved to the roles and said, a mark stripped and said; a describing possessive or bracket is
refused with the line and the fix. Names that carry such things of their own keep them: the words left must spell
the person's Chinese (Dr. Dre, Mr. Bean, Yahoo!, E*Trade, McDonald's, Will.i.am).

Item 2: "WANG,WANG,surname" and "LEI JUN" passed unnoticed. A person's English in capitals is read in title case (the
form running text writes, which check holds translations to), said; add refuses it and validate reports it
(en-capitals); a surname's or a place's Chinese in Latin capitals is refused as any Latin is.

Item 3: a workbook whose first sheet has no Chinese column was refused whole, though a later sheet is a glossary.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.formats.table import name_in_english
from zhgloss.model import Entry
from zhgloss.validate import check_entry


def _zhgloss(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, cwd=cwd, check=False)


def _import(tmp_path: Path, text: str, name: str = "rows.csv") -> subprocess.CompletedProcess[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return _zhgloss("--db", "new.json", "import", name, cwd=tmp_path)


def _stored(tmp_path: Path) -> dict[str, dict[str, object]]:
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    return {e["zh"]: e for table in data.values() if isinstance(table, dict) for e in table.values()}


@pytest.mark.parametrize(
    ("en", "said"),
    [
        ("Lei Jun*", "a footnote mark or punctuation after a name is no part of it"),
        # ("Lei Jun?" is a doubt mark since session 49, the review's R48-24: test_table_placeholders_s49.py)
        ("Lei Jun.", "a footnote mark or punctuation after a name is no part of it"),
        ("Lei Jun†", "a footnote mark or punctuation after a name is no part of it"),
        ("Mr Lei Jun", "an honorific ('Mr') is no part of the name"),
        ("Dr. Lei Jun", "an honorific ('Dr.') is no part of the name"),
        ("Mr Lei Jun.", "an honorific ('Mr') is no part of the name"),
    ],
)
def test_a_mark_or_an_honorific_is_taken_off_and_said(tmp_path: Path, en: str, said: str) -> None:
    done = _import(tmp_path, f'zh,en\n雷军,"{en}"\n')
    assert done.returncode == 0, done.stderr
    assert f"line 2: en {en!r} read as " in done.stderr
    assert said in done.stderr
    entry = _stored(tmp_path)["雷军"]
    assert entry["en"] == "Lei Jun"
    assert entry["roles"] == []


@pytest.mark.parametrize(
    ("zh", "en", "name", "role"),
    [
        ("雷军", "CEO Lei Jun", "Lei Jun", "CEO"),
        ("雷军", "President Lei Jun", "Lei Jun", "President"),
        ("王毅", "Foreign Minister Wang Yi", "Wang Yi", "Foreign Minister"),
        ("任正非", "Founder Ren Zhengfei", "Ren Zhengfei", "Founder"),
    ],
)
def test_a_title_before_the_name_goes_to_the_roles(tmp_path: Path, zh: str, en: str, name: str, role: str) -> None:
    done = _import(tmp_path, f"zh,en\n{zh},{en}\n")
    assert done.returncode == 0, done.stderr
    assert f"a title ({role!r}) is no part of the name, kept as a role ({role!r})" in done.stderr
    entry = _stored(tmp_path)[zh]
    assert entry["en"] == name
    assert entry["type"] == "person"
    assert [r["title"] for r in entry["roles"]] == [role]  # type: ignore[union-attr]


def test_a_role_column_and_a_title_in_the_english_keep_one_role(tmp_path: Path) -> None:
    done = _import(tmp_path, "zh,en,type,roles\n雷军,CEO Lei Jun,person,CEO\n")
    assert done.returncode == 0, done.stderr
    assert [r["title"] for r in _stored(tmp_path)["雷军"]["roles"]] == ["CEO"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("雷军,Xiaomi's Lei Jun", "holds 'Xiaomi' in a possessive before the name"),
        ("任正非,Huawei’s Ren Zhengfei", "holds 'Huawei' in a possessive before the name"),
        ("雷军,Lei Jun (CEO)", "holds a description in brackets ('CEO')"),
        ("雷军,Lei Jun (Founder)", "holds a description in brackets ('Founder')"),
        ("雷军,Lei Jun (founder of Huawei)", "holds a description in brackets ('founder of Huawei')"),
    ],
)
def test_a_possessive_or_a_bracket_that_describes_is_refused_with_the_line(tmp_path: Path, row: str, said: str) -> None:
    done = _import(tmp_path, f'zh,en\n"{row.split(",")[0]}","{row.split(",", 1)[1]}"\n')
    assert done.returncode == 3, done.stderr
    assert "line 2: " in done.stderr
    assert said in done.stderr
    assert "write 'Lei Jun'" in done.stderr or "('Lei Jun')" in done.stderr or "Ren Zhengfei" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "new.json").exists()


@pytest.mark.parametrize(
    ("zh", "en", "kind"),
    [
        ("德瑞博士", "Dr. Dre", "person"),
        ("憨豆先生", "Mr. Bean", "nickname"),
        ("杰斯", "Jay-Z", "person"),
        ("雅虎", "Yahoo!", "org"),
        ("雅虎", "Yahoo!", ""),
        ("亿创理财", "E*Trade", ""),
        ("梅西百货", "Macy's", ""),
        ("麦当劳", "McDonald's", "org"),
        ("奥尼尔", "O'Neill", "person"),
        ("李嘉诚", "Li Ka-shing", "person"),
        ("蔡英文", "Tsai Ing-wen", ""),
        ("中国银行", "Bank of China (Hong Kong)", ""),
        ("威廉", "Will.i.am", "person"),
        ("雷军", "Lei Jun Jr.", "person"),  # an abbreviation's full stop
        ("华为", "HUAWEI", ""),  # one word in capitals, untyped: a brand's way too
        ("李宁", "LI-NING", ""),
    ],
)
def test_names_that_carry_such_marks_of_their_own_are_kept(tmp_path: Path, zh: str, en: str, kind: str) -> None:
    done = _import(tmp_path, f'zh,en,type\n{zh},"{en}",{kind}\n')
    assert done.returncode == 0, done.stderr
    assert " read as " not in done.stderr
    assert _stored(tmp_path)[zh]["en"] == en


@pytest.mark.parametrize(
    ("en", "code"),
    [("Lei Jun*", "en-mark"), ("Lei Jun?", "en-mark"), ("Lei Jun.", "en-mark"), ("Xiaomi's Lei Jun", "en-description")],
)
@pytest.mark.parametrize("kind", ["person", "name"])
def test_validate_reports_a_stored_one_as_an_error(en: str, code: str, kind: str) -> None:
    problems = check_entry(Entry(id="lei-jun", zh="雷军", en=en, type=kind, pinyin="Léi Jūn"))
    found = [p for p in problems if p.field == "en" and p.code == code]
    assert [p.severity for p in found] == ["error"]
    assert "'Lei Jun'" in found[0].message
    assert "--adopted" not in " ".join(p.message for p in problems)


@pytest.mark.parametrize(
    ("en", "said"),
    [
        ("Lei Jun.", "ends in '.', no part of a name: write 'Lei Jun'"),
        ("Lei Jun*", "ends in '*', no part of a name: write 'Lei Jun'"),
        ("Xiaomi's Lei Jun", "holds 'Xiaomi' in a possessive before the name"),
    ],
)
def test_add_refuses_it_with_the_fix_and_leaves_the_glossary(tmp_path: Path, en: str, said: str) -> None:
    assert _zhgloss("init", "--empty", "g.json", cwd=tmp_path).returncode == 0
    before = (tmp_path / "g.json").read_bytes()
    done = _zhgloss("--db", "g.json", "add", "雷军", "--en", en, cwd=tmp_path)
    assert done.returncode != 0
    assert said in done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "g.json").read_bytes() == before


_SYLLABLES = [("雷", "Lei"), ("王", "Wang"), ("张", "Zhang"), ("李", "Li"), ("刘", "Liu")]
_GIVEN = [("军", "jun"), ("伟", "wei"), ("明", "ming"), ("强", "qiang"), ("华", "hua")]


@settings(max_examples=60, deadline=None)
@given(
    surname=st.sampled_from(_SYLLABLES),
    given_name=st.sampled_from(_GIVEN),
    mark=st.sampled_from(["*", "?", ".", "†", "**", " *"]),
    kind=st.sampled_from([None, "name", "person"]),
)
def test_any_mark_after_a_chinese_name_is_read_off(
    surname: tuple[str, str], given_name: tuple[str, str], mark: str, kind: str | None
) -> None:
    zh = surname[0] + given_name[0]
    name = f"{surname[1]} {given_name[1].capitalize()}"
    around = name_in_english(zh, name + mark, kind)
    assert around is not None
    assert (around.name, around.words, around.how) == (name, mark.strip(), "mark")
    assert name_in_english(zh, name, kind) is None


@settings(max_examples=60, deadline=None)
@given(
    surname=st.sampled_from(_SYLLABLES),
    given_name=st.sampled_from(_GIVEN),
    title=st.sampled_from(["Mr", "Mrs.", "Dr.", "Sir", "CEO", "Chairman", "Vice Premier", "Governor"]),
    kind=st.sampled_from(["org", "place", "product", "work"]),
)
def test_no_other_type_is_read_so(surname: tuple[str, str], given_name: tuple[str, str], title: str, kind: str) -> None:
    zh = surname[0] + given_name[0]
    name = f"{surname[1]} {given_name[1].capitalize()}"
    assert name_in_english(zh, f"{title} {name}", kind) is None
    assert name_in_english(zh, f"{name}?", kind) is None


@pytest.mark.parametrize(
    ("row", "en"),
    [
        ("雷军,LEI JUN,person", "Lei Jun"),
        ("雷军,LEI JUN,", "Lei Jun"),
        ("邓炳强,TANG PING-KEUNG,", "Tang Ping-keung"),
        ("王伟,WANG WEI,person", "Wang Wei"),
    ],
)
def test_a_name_in_capitals_is_read_as_running_text_writes_it(tmp_path: Path, row: str, en: str) -> None:
    done = _import(tmp_path, f"zh,en,type\n{row}\n")
    assert done.returncode == 0, done.stderr
    assert f"read as {en!r}: a name in capitals" in done.stderr
    entry = _stored(tmp_path)[row.split(",")[0]]
    assert (entry["en"], entry["aliases"]) == (en, [])


@pytest.mark.parametrize("row", ["IBM,IBM,org", "WPS,WPS,product", "中国银行,BANK OF CHINA,org", "王,WANG,surname"])
def test_capitals_of_other_types_are_kept(tmp_path: Path, row: str) -> None:
    done = _import(tmp_path, f"zh,en,type\n{row}\n")
    assert done.returncode == 0, done.stderr
    assert _stored(tmp_path)[row.split(",")[0]]["en"] == row.split(",")[1]


@pytest.mark.parametrize("en", ["LEI JUN", "LEI Jun"])
def test_add_refuses_a_name_in_capitals_and_validate_reports_it(tmp_path: Path, en: str) -> None:
    problems = check_entry(Entry(id="lei-jun", zh="雷军", en=en, type="person", pinyin="Léi Jūn"))
    assert [(p.code, p.severity) for p in problems if p.field == "en"] == [("en-capitals", "error")]
    assert _zhgloss("init", "--empty", "g.json", cwd=tmp_path).returncode == 0
    done = _zhgloss("--db", "g.json", "add", "雷军", "--en", en, cwd=tmp_path)
    assert done.returncode != 0
    assert "running text writes 'Lei Jun'" in done.stderr


@pytest.mark.parametrize(
    ("row", "kind"),
    [("WANG,WANG,surname", "surname"), ("LI,Li,surname", "surname"), ("BJ,Beijing,place", "place")],
)
def test_a_latin_code_is_no_chinese_for_a_surname_or_a_place(tmp_path: Path, row: str, kind: str) -> None:
    done = _import(tmp_path, f"zh,en,type\n{row}\n")
    assert done.returncode == 3, done.stderr
    assert f"line 2: zh {row.split(',')[0]!r} has no Chinese characters" in done.stderr
    assert not (tmp_path / "new.json").exists()
    zh, en, _ = row.split(",")
    problems = check_entry(Entry(id="x", zh=zh, en=en, type=kind))
    assert [(p.code, p.severity) for p in problems if p.field == "zh"] == [("zh-no-han", "error")]


@pytest.mark.parametrize(
    ("en", "kind", "bracketed"),
    [
        ("Lei Jun (CEO)", "name", True),
        ("Xinhua (Chief Editor)", "org", True),
        ("chief operating officer (COO)", "term", False),  # CC-CEDICT's: the name's own initials
        ("certificate of origin (CO or CoO)", "term", False),
        ("Bank of China (Hong Kong)", "org", False),
    ],
)
def test_validate_reads_a_bracket_of_a_title_as_table_rows_do(en: str, kind: str, bracketed: bool) -> None:
    problems = check_entry(Entry(id="x", zh="雷军" if kind == "name" else "中国银行", en=en, type=kind))
    assert any(p.code == "en-bracket" for p in problems) is bracketed


def _workbook(path: Path, sheets: list[tuple[str, list[list[str]]]]) -> None:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_a_workbook_whose_first_sheet_has_no_chinese_imports_its_glossary_sheet(tmp_path: Path) -> None:
    _workbook(
        tmp_path / "book.xlsx",
        [
            ("Deutsch", [["en", "de"], ["Xiaomi", "Xiaomi"], ["Beijing", "Peking"]]),
            ("Glossary", [["zh", "en"], ["雷军", "Lei Jun"], ["北京", "Beijing"]]),
        ],
    )
    done = _zhgloss("--db", "new.json", "import", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "passed over sheet 'Deutsch': its header names no Chinese column" in done.stderr
    assert "read sheet 'Glossary', the workbook's one sheet of Chinese terms" in done.stderr
    assert {zh: e["en"] for zh, e in _stored(tmp_path).items()} == {"雷军": "Lei Jun", "北京": "Beijing"}


def test_a_workbook_of_several_glossary_sheets_reads_them_all_and_passes_over_the_rest(tmp_path: Path) -> None:
    _workbook(
        tmp_path / "book.xlsx",
        [
            ("Français", [["en", "fr"], ["Beijing", "Pékin"]]),
            ("People", [["zh", "en"], ["雷军", "Lei Jun"]]),
            ("Places", [["zh", "en"], ["北京", "Beijing"]]),
        ],
    )
    done = _zhgloss("--db", "new.json", "import", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "passed over sheet 'Français'" in done.stderr
    assert "read 2 sheets of terms as one table: 'People' (1 row), 'Places' (1 row)" in done.stderr
    assert set(_stored(tmp_path)) == {"雷军", "北京"}


def test_a_workbook_with_no_chinese_sheet_is_still_refused(tmp_path: Path) -> None:
    _workbook(tmp_path / "book.xlsx", [("Deutsch", [["en", "de"], ["Xiaomi", "Xiaomi"]]), ("Notes", [["Read me"]])])
    done = _zhgloss("--db", "new.json", "import", "book.xlsx", cwd=tmp_path)
    assert done.returncode == 3
    assert "the header names no Chinese column" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "new.json").exists()
