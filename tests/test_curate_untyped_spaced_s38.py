"""add without --type of a common word refuses the guess "person" (R37-26); a space between the parts of a
transliterated name is its separator, the middle dot (U35-22).

R37-26: `add 秘书长` (no --type) stored the person "Bi Shuzhang" (Bì Shūzhǎng) and validate said nothing. 秘书长 is
CC-CEDICT's "secretary-general", an ordinary word (data/common_words.txt). A person's name may be such a word (黎明,
Leon Lai's), so the type is asked for, not guessed: exit 2 with what to give.

U35-22: `add "安东尼奥 古特雷斯"` stored 安东尼奥古特雷斯 with the one-word pinyin "Āndōngní'àogǔtèléisī", and annotate
and check missed the dotted form 安东尼奥·古特雷斯 news writes (Xinhua: 联合国秘书长安东尼奥·古特雷斯). A space typed
between the parts of a name that reads as transliterated (`pinyin.name_origin`) is now the dot; a Chinese name's
space ("欧阳 娜娜") goes as before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import chinese_input, draft_entry, spaced_parts, untyped_word


def _zhgloss(db: Path, *args: str, text: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, input=text)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "pv3.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    return path


@pytest.mark.parametrize("word", ["秘书长", "秘書長", "董事长", "发言人", "总经理", "小米"])
def test_add_of_a_common_word_without_a_type_is_refused(db: Path, word: str) -> None:
    before = db.read_bytes()
    done = _zhgloss(db, "add", word, "-y")
    assert done.returncode == 2
    assert "common word" in done.stderr and "--type" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_the_type_given_takes_the_word(db: Path) -> None:
    assert _zhgloss(db, "add", "秘书长", "--type", "term", "--en", "secretary-general", "-y").returncode == 0
    assert _zhgloss(db, "add", "黎明", "--type", "person", "--en", "Leon Lai", "--adopted", "-y").returncode == 0


@pytest.mark.parametrize("name", ["雷军", "卢伟冰", "王毅", "习近平", "曾国藩"])
def test_a_persons_name_is_no_common_word(name: str) -> None:
    assert untyped_word(name) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("安东尼奥 古特雷斯", "安东尼奥·古特雷斯"),
        ("唐纳德  特朗普", "唐纳德·特朗普"),
        ("埃隆 马斯克", "埃隆·马斯克"),
        ("欧阳 娜娜", "欧阳娜娜"),  # a Chinese name: the space is no separator
        ("雷 军", "雷军"),
        ("安倍 晋三", "安倍晋三"),  # a Japanese name is written without a dot
    ],
)
def test_a_space_between_transliterated_parts_is_the_dot(typed: str, stored: str) -> None:
    assert chinese_input(typed) == stored


_PARTS = st.lists(
    st.sampled_from(["安东尼奥", "古特雷斯", "唐纳德", "特朗普", "玛丽", "居里", "埃隆", "马斯克"]),
    min_size=2,
    max_size=3,
)


@given(_PARTS, st.sampled_from([" ", "  ", "\u3000", "\t"]))
def test_any_space_between_transliterated_parts_reads_as_the_dot(parts: list[str], space: str) -> None:
    typed = space.join(parts)
    assert chinese_input(typed) == chinese_input("·".join(parts))
    assert spaced_parts(chinese_input("·".join(parts))) == chinese_input("·".join(parts))


def test_add_stores_the_dotted_form_and_annotate_finds_it(db: Path) -> None:
    done = _zhgloss(db, "add", "安东尼奥 古特雷斯", "--type", "person", "--en", "António Guterres")
    assert done.returncode == 0, done.stderr
    entry = next(iter(json.loads(db.read_text(encoding="utf-8"))["entries"].values()))
    assert entry["zh"] == "安东尼奥·古特雷斯"
    assert len(entry["pinyin"].split()) == 2
    annotated = _zhgloss(db, "annotate", "-", text="联合国秘书长安东尼奥·古特雷斯表示。\n")
    assert "（António Guterres）" in annotated.stdout


def test_draft_entry_reads_the_parts_as_two_words() -> None:
    assert draft_entry("唐纳德 特朗普", en="Donald Trump").zh == "唐纳德·特朗普"
