"""Chinese forms that mix scripts (issue 9, validate): a letter inside a Chinese name is legitimate.

阿Q (Lu Xun's Ah Q), 卡拉OK, T恤, X光, 小米SU7, 王X: a letter or a code is written as itself inside the Chinese,
and the pinyin keeps it ("Ā Q"). `validate` read such a person with the romanizer, which reads Chinese characters
only, and reported the entry unreadable ("'Q' is not Chinese"). The rule now: a mixed-script zh is a zh like any
other; the romanizer's checks (surname reading, the English spelling the pinyin) run only on a name of Chinese
characters alone. What is no Chinese form is the entry's English written into zh beside it ("马云 Jack Ma").
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.validate import validate_entries


def codes(entry: Entry) -> list[str]:
    return [p.code for p in validate_entries([entry])]


@pytest.mark.parametrize(
    ("zh", "en", "kind", "pinyin"),
    [
        ("阿Q", "Ah Q", "person", "Ā Q"),
        ("阿Q", "Ah Q", "person", None),
        ("王X", "Wang X", "person", None),
        ("阿Q正传", "The True Story of Ah Q", "work", None),
        ("卡拉OK", "karaoke", "term", None),
        ("T恤", "T-shirt", "term", "T xù"),
        ("X光", "X-ray", "term", None),
        ("小米SU7", "Xiaomi SU7", "term", None),
    ],
)
def test_a_letter_inside_a_chinese_form_is_no_problem(zh: str, en: str, kind: str, pinyin: str | None) -> None:
    assert codes(Entry(id="e", zh=zh, en=en, type=kind, pinyin=pinyin)) == []


LETTERS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3)
HAN = st.text(alphabet="王李张刘陈杨赵阿小老明华国强伟", min_size=1, max_size=3)


@settings(max_examples=60, deadline=None)
@given(before=HAN, letters=LETTERS, after=st.one_of(st.just(""), HAN))
def test_a_person_with_letters_in_the_name_is_always_readable(before: str, letters: str, after: str) -> None:
    entry = Entry(id="e", zh=before + letters + after, en="Someone", type="person")
    assert "entry-unreadable" not in codes(entry)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("马云 Jack Ma", "Jack Ma", ()),
        ("马云Jack Ma", "Jack Ma", ()),
        ("腾讯 Tencent Holdings", "Tencent", ("Tencent Holdings",)),
    ],
)
def test_the_english_written_into_zh_is_reported(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    problems = validate_entries([Entry(id="e", zh=zh, en=en, type="term", aliases=aliases)])
    assert [p.code for p in problems] == ["zh-english"], problems
    assert problems[0].field == "zh"


def test_a_code_of_several_words_that_is_no_english_form_is_kept() -> None:
    assert codes(Entry(id="e", zh="小米SU7 Pro", en="Xiaomi SU7 Pro", type="term")) == []


def test_validate_of_a_glossary_with_ah_q_exits_0(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    entry = {"id": "ah-q", "type": "person", "zh": "阿Q", "en": "Ah Q", "pinyin": "Ā Q"}
    db.write_text(json.dumps({"entries": {"1": entry}}, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
