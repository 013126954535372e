"""A bracket after a person's name in a sheet's English cell is refused with the line (the review's R47-8, s47).

An untyped two-column sheet stored 柯文哲 "Ko Wen-je (TPP)" as an untyped name's English (exit 0, validate silent),
so annotate wrote 柯文哲（Ko Wen-je (TPP)） and check called the right "Ko Wen-je said." a variant; a lower-case
bracket ("Ko Wen-je (mayor)") was already refused. A party, a company or an office in capitals is no part of a
person's name either: refused with the line and the fix, whether the row is typed person or untyped with the words
before the bracket naming its Chinese (the surname spelt as a word, or the pinyin). A company's or a place's bracket
("Tencent (HK)", "Bank of China (Hong Kong)") is kept as written. The installed console script, real files.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from serving import zhgloss_exe


def imported(tmp_path: Path, sheet: str) -> tuple[Path, subprocess.CompletedProcess[str]]:
    path = tmp_path / "desk.csv"
    path.write_text(sheet, encoding="utf-8")
    db = tmp_path / "glossary.json"
    return db, subprocess.run(
        [zhgloss_exe(), "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("zh", "en", "name", "bracket"),
    [
        ("柯文哲", "Ko Wen-je (TPP)", "Ko Wen-je", "TPP"),
        ("雷军", "Lei Jun (Xiaomi)", "Lei Jun", "Xiaomi"),
        ("韩国瑜", "Han Kuo-yu (KMT)", "Han Kuo-yu", "KMT"),
        ("赖清德", "Lai Ching-te (DPP)", "Lai Ching-te", "DPP"),
        ("王毅", "Wang Yi (FM)", "Wang Yi", "FM"),
        ("马化腾", "Pony Ma (Tencent)", "Pony Ma", "Tencent"),
    ],
)
def test_a_bracket_after_a_persons_name_is_refused(tmp_path: Path, zh: str, en: str, name: str, bracket: str) -> None:
    for sheet in (f"zh,en\n{zh},{en}\n", f"zh,en,type\n{zh},{en},person\n"):
        db, done = imported(tmp_path, sheet)
        assert done.returncode == 3, done.stderr
        error = done.stderr.splitlines()[-1]
        assert error.startswith(f"Error: '{tmp_path / 'desk.csv'}', line 2: en {en!r} holds {bracket!r} in brackets")
        assert f"give the name alone as the English ({name!r})" in error
        assert not db.exists()  # nothing imported, no glossary made


@pytest.mark.parametrize(
    ("zh", "en"),
    [("腾讯", "Tencent (HK)"), ("中银香港", "Bank of China (Hong Kong)"), ("一级方程式", "Formula 1 (F1)")],
)
def test_a_bracket_of_another_kind_of_name_is_kept(tmp_path: Path, zh: str, en: str) -> None:
    db, done = imported(tmp_path, f"zh,en\n{zh},{en}\n")
    assert done.returncode == 0, done.stderr
    assert (
        f"\t{zh}\t{en}"
        in subprocess.run([zhgloss_exe(), "--db", str(db), "list"], capture_output=True, text=True, check=True).stdout
    )
