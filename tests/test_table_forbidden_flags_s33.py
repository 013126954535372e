"""Forbidden flags of other tools' tables, as they are written (user findings U33-8 and U33-4, session 33).

U33-8: Matecat's template bans a row's terms with TRUE in its Forbidden column ("If the row only contains a term in
one language, the term will be flagged as a forbidden word any time it appears": guides.matecat.com). A TRUE row
holding only the Chinese 台湾总统, under 蔡英文's row, became an accepted Chinese form of 蔡英文: annotate glossed the
banned 台湾总统 as "Tsai Ing-wen". Session 33 made it a forbidden form of the entry above; session 48 (the s47
review's R47-15: "Taiwan Semiconductor" under 赖清德's row banned for 赖清德) refuses such a row with its line: a word
banned anywhere names no entry, and the row above is no sign of one. A TRUE row with the entry's Chinese beside the
banned English bans it for that entry.
U33-4: the flag is written in the language of the user's Excel (Phrase's .xlsx export: "WAHR/FALSCH for German";
VERDADERO, VERO, WAAR, PRAWDA ...) or, in a hand-made sheet, as a mark ("x", "✓"). Those banned nothing, and an "x"
under Forbidden was stored as a forbidden form "x".
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.model import Entry

# Matecat's documented template (the tester's matecat.csv): two terms, a TRUE row of each language alone.
MATECAT = (
    "Forbidden,Domain,Subdomain,Definition,en-US,Notes,Example of use,zh-CN,Notes,Example of use\n"
    "FALSE,Politics,Taiwan,Taiwan president 2016-2024,Tsai Ing-wen,Wade-Giles spelling,Tsai Ing-wen said,蔡英文,"
    "台湾地区前领导人,蔡英文表示\n"
    "TRUE,Politics,,,,,,台湾总统,不得使用,\n"
    "FALSE,Business,,Founder of TSMC,Morris Chang,,,张忠谋,,\n"
    "TRUE,Business,,,Zhang Zhongmou,wrong for this person,,,,\n"
)


def _load(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "glossary.csv"))


def test_a_forbidden_row_of_one_term_alone_is_refused_with_its_line() -> None:
    with pytest.raises(FormatError) as refused:
        _load(MATECAT)
    problem = str(refused.value)
    assert "line 3: the row bans '台湾总统' (forbidden) alone, with no term of an entry beside it" in problem
    assert "line 5: the row bans 'Zhang Zhongmou' (forbidden) alone" in problem
    assert "write the Chinese of the entry it is a wrong English for beside it on the row" in problem


def test_a_forbidden_row_with_the_entry_s_chinese_bans_its_english_for_that_entry() -> None:
    fixed = MATECAT.replace("TRUE,Politics,,,,,,台湾总统,不得使用,\n", "").replace(
        "TRUE,Business,,,Zhang Zhongmou,wrong for this person,,,,", "TRUE,Business,,,Zhang Zhongmou,,,张忠谋,,"
    )
    tsai, chang = _load(fixed)
    assert tsai.forbidden == ()
    assert [(f.form, f.status) for f in chang.forbidden] == [("Zhang Zhongmou", "forbidden")]


def test_the_refused_file_writes_no_glossary(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "matecat.csv"
    source.write_text(MATECAT, encoding="utf-8")
    db = tmp_path / "m.json"
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", str(source)], capture_output=True, text=True)
    assert done.returncode == 3
    assert "2 lines refused" in done.stderr and "Traceback" not in done.stderr
    assert not db.exists()


# Excel's TRUE in the languages Phrase's and memoQ's users run it in; a hand-made sheet's marks.
@pytest.mark.parametrize(
    "flag", ["VERDADERO", "VERDADEIRO", "VERO", "WAAR", "PRAWDA", "ИСТИНА", "SANT", "DOĞRU", "x", "✓"]
)
def test_a_forbidden_flag_in_any_excel_language_or_a_mark_bans(flag: str) -> None:
    (entry,) = _load(
        f"zh_cn,en,en_forbidden,en_preferred\n任正非,Ren Zhengfei,FALSE,TRUE\n,Jen Cheng-fei,{flag},FALSE\n"
    )
    assert entry.aliases == ()
    assert [f.form for f in entry.forbidden] == ["Jen Cheng-fei"]


@pytest.mark.parametrize("flag", ["FALSO", "ONWAAR", "FAŁSZ", "ЛОЖЬ", "FALSKT", "YANLIŞ", "NEPRAVDA"])
def test_false_in_any_excel_language_bans_nothing(flag: str) -> None:
    (entry,) = _load(f"zh_cn,en,en_forbidden\n任正非,Ren Zhengfei,{flag}\n")
    assert (entry.en, entry.forbidden) == ("Ren Zhengfei", ())


def test_an_x_under_forbidden_is_a_mark_never_a_form() -> None:
    # The tester's forb_x.csv.
    (entry,) = _load("Chinese,English,Forbidden\n任正非,Ren Zhengfei,\n任正非,Jen Cheng-fei,x\n")
    assert [f.form for f in entry.forbidden] == ["Jen Cheng-fei"]
    assert "x" not in entry.en_forms
