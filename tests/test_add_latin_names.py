"""`add` of a name written with Latin letters (阿Q, 小S, 王X), which CSV import and `validate` already take.

The name romanizer reads surname and given name (GB/T 28039) and refuses a letter; such a name is read
character by character with its letters kept, as other names with letters are (小米SU7), and its English,
which no rule gives, must be given with --en.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from terminal import run

from zhgloss.curate import draft_entry, fill_pinyin, has_latin_letter
from zhgloss.model import Entry
from zhgloss.store import Glossary


def stored(path: Path, zh: str) -> Entry:
    with Glossary.open(path) as gloss:
        (found,) = [entry for entry in gloss.iter_entries() if entry.zh == zh]
    return found


@pytest.mark.parametrize(
    ("zh", "en", "kind", "pinyin"),
    [
        ("阿Q", "Ah Q", "person", "Ā Q"),
        ("小S", "Dee Hsu", "person", "Xiǎo S"),
        ("王X", "Wang X", "person", "Wáng X"),
        ("阿Q正传", "The True Story of Ah Q", "work", "Ā Q Zhèngzhuàn"),
    ],
)
def test_add_stores_a_name_with_latin_letters(
    zhgloss_exe: str, glossary_path: Path, zh: str, en: str, kind: str, pinyin: str
) -> None:
    result = run(zhgloss_exe, "--db", str(glossary_path), "add", zh, "--en", en, "--type", kind)
    assert result.returncode == 0, result.stderr
    entry = stored(glossary_path, zh)
    assert (entry.en, entry.type, entry.pinyin) == (en, kind, pinyin)
    checked = run(zhgloss_exe, "--db", str(glossary_path), "validate")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_person_with_latin_letters_and_no_english_is_refused_in_one_line(
    zhgloss_exe: str, glossary_path: Path
) -> None:
    before = glossary_path.read_bytes()
    result = run(zhgloss_exe, "--db", str(glossary_path), "add", "阿Q", "--type", "person")
    assert result.returncode == 2
    assert "--en" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert glossary_path.read_bytes() == before


def test_a_chinese_name_still_goes_through_the_name_romanizer() -> None:
    # 单 as a surname is Shàn; read character by character it would be Dān.
    assert fill_pinyin("单雄信", "person") == "Shàn Xióngxìn"
    assert draft_entry("单雄信", kind="person").en == "Shan Xiongxin"


@given(st.text(alphabet="王李张阿小刘陈", min_size=1, max_size=3), st.text(alphabet="QSXabcZ", min_size=1, max_size=2))
def test_every_han_name_with_letters_keeps_the_letters_in_its_pinyin(han: str, letters: str) -> None:
    zh = han + letters
    assert has_latin_letter(zh)
    pinyin = fill_pinyin(zh, "person")
    assert pinyin is not None and pinyin.endswith(letters)


@given(st.text(alphabet="王李张阿小刘陈１２３", min_size=1, max_size=4))
def test_han_and_digits_have_no_latin_letter(zh: str) -> None:
    assert not has_latin_letter(zh)
