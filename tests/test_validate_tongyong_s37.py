"""A person's English in Taiwan's Tongyong Pinyin is the person's own romanization, no error (U36-20, R36-15).

Tongyong Pinyin (通用拼音) was Taiwan's official romanization from 2002 to 2008, and many passport names are registered
in it: 游錫堃 "You Si-kun" (the Legislative Yuan's own spelling of its Speaker), 鄭麗文 "Cheng Li-wun". validate called
the first an error with the fix "--adopted" (its words are all pinyin-shaped, read as an all-pinyin slip) and warned
of the second. The spellings are those of the comparison table of English Wikipedia's "Tongyong Pinyin": zh, q, x
written jh, c, s; the empty rhyme ih; ü yu; iu, ui, iong written iou, uei, yong; eng after b, p, m, f, w ong; wen wun.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.pinyin import is_pinyin_syllable
from zhgloss.romanizations import syllable_romanization, tongyong_syllable
from zhgloss.validate import english_problems


def _problems(zh: str, en: str) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in english_problems(Entry(id="p", type="person", zh=zh, en=en))]


@pytest.mark.parametrize(
    ("pinyin", "tongyong"),
    [
        ("xi", "si"),
        ("zhi", "jhih"),
        ("chi", "chih"),
        ("shi", "shih"),
        ("ri", "rih"),
        ("zi", "zih"),
        ("ci", "cih"),
        ("si", "sih"),
        ("qu", "cyu"),
        ("xue", "syue"),
        ("jun", "jyun"),
        ("lv", "lyu"),
        ("nv", "nyu"),
        ("xiong", "syong"),
        ("feng", "fong"),
        ("meng", "mong"),
        ("weng", "wong"),
        ("wen", "wun"),
        ("liu", "liou"),
        ("gui", "guei"),
        ("zhang", "jhang"),
        ("qing", "cing"),
        ("kun", "kun"),
        ("you", "you"),
        ("yu", "yu"),
        ("li", "li"),
    ],
)
def test_tongyong_syllables_as_the_comparison_table_writes_them(pinyin: str, tongyong: str) -> None:
    assert tongyong_syllable(pinyin) == tongyong


@pytest.mark.parametrize(("zh", "en"), [("游錫堃", "You Si-kun"), ("游锡堃", "You Si-kun"), ("鄭麗文", "Cheng Li-wun")])
def test_a_taiwan_officials_tongyong_name_is_no_problem(zh: str, en: str) -> None:
    assert _problems(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("马云", "Ma Yin"),  # an all-pinyin slip stays an error
        ("张希", "Zhang Si"),  # pinyin surname (Tongyong Jhang): si for 希 is a slip, not Tongyong
    ],
)
def test_an_all_pinyin_slip_is_still_an_error(zh: str, en: str) -> None:
    assert ("en-mismatch", "error") in _problems(zh, en) or any(s == "error" for _, s in _problems(zh, en))


GIVEN = "锡文秀庆雄芬志旭琴群珍国"  # one reading each (pypinyin)


@given(st.text(st.sampled_from(GIVEN), min_size=2, max_size=2))
def test_every_given_name_spelt_in_tongyong_reads_back(given_name: str) -> None:
    from zhgloss.pinyin import heteronyms

    parts = []
    for char in given_name:
        reading = sorted(heteronyms(char))[0].rstrip("12345")
        parts.append(tongyong_syllable(reading))
    for part, char in zip(parts, given_name, strict=True):
        assert syllable_romanization(part.capitalize(), char) is not None
    en = f"Lin {parts[0].capitalize()}-{parts[1]}"
    assert not any(severity == "error" for _, severity in _problems("林" + given_name, en)), en


def test_tongyong_is_named_among_the_systems_tried() -> None:
    [(code, severity)] = _problems("卢秀燕", "Lu Shiow-yen")  # Shiow is Gwoyeu Romatzyh: still a question
    assert (code, severity) == ("en-romanization", "warning")
    message = english_problems(Entry(id="p", type="person", zh="卢秀燕", en="Lu Shiow-yen"))[0].message
    assert "Tongyong Pinyin" in message


def test_a_sheet_of_taiwan_officials_imports_and_validates(tmp_path: Path) -> None:
    sheet = tmp_path / "tw.csv"
    sheet.write_text("zh,en,type\n游錫堃,You Si-kun,person\n鄭麗文,Cheng Li-wun,person\n", encoding="utf-8")
    db = tmp_path / "tw.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(["zhgloss", "import", str(sheet), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "You Si-kun" not in done.stderr
    checked = subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert "0 errors, 0 warnings" in checked.stdout + checked.stderr


def test_pinyin_shaped_tongyong_syllables_exist() -> None:
    # the reason for the surname guard: si, ci, zih... are pinyin-shaped or not
    assert is_pinyin_syllable("si") and not is_pinyin_syllable("jhih")
