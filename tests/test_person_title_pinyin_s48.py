"""A person named by a name and a ruler's title (R46-6, forty-eighth session): 乾隆帝 "Qianlong Emperor" was read as
the surname 乾 and the given name 隆帝, "Qián Lóngdì". Pinyin writes a title apart from the name before it (GB/T
16159-2012 §6.1.4.4), the name as one word: Qiánlóng Dì, as Wikipedia's infoboxes write 乾隆帝, 康熙帝 and 慈禧太后.

Over CC-CEDICT's 3,121 person forms (the full import's person entries and their Chinese aliases), `romanize` changes
17, each read: 慈禧太后 Cíxǐ Tàihòu, 光绪帝 Guāngxù Dì, 亚历山大大帝 Yàlìshāndà Dàdì, 世宗大王 Shìzōng Dàwáng ...; a
ruler named after his dynasty (汉武帝 Hàn Wǔdì, 周文王 Zhōu Wénwáng) is written as before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.pinyin import IMPERIAL_TITLES, romanize, ruler_title_size


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("乾隆帝", "Qiánlóng Dì"),
        ("康熙帝", "Kāngxī Dì"),
        ("康熙皇帝", "Kāngxī Huángdì"),
        ("雍正皇帝", "Yōngzhèng Huángdì"),
        ("光绪帝", "Guāngxù Dì"),
        ("慈禧太后", "Cíxǐ Tàihòu"),
        ("玉皇大帝", "Yùhuáng Dàdì"),
        ("亚历山大大帝", "Yàlìshāndà Dàdì"),
        ("维多利亚女王", "Wéiduōlìyà Nǚwáng"),
        ("世宗大王", "Shìzōng Dàwáng"),
        ("托勒密王", "Tuōlèmì Wáng"),  # 勒 lè, as transliterated names read it
        ("阿育王", "Āyù Wáng"),
    ],
)
def test_the_title_is_a_word_of_its_own(zh: str, pinyin: str) -> None:
    assert romanize(zh).pinyin == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("汉武帝", "Hàn Wǔdì"),  # the dynasty, then the posthumous name with the title
        ("隋炀帝", "Suí Yángdì"),
        ("周文王", "Zhōu Wénwáng"),
        ("齐桓公", "Qí Huángōng"),
        ("吕后", "Lǚ Hòu"),  # a surname and the title
        ("窦太后", "Dòu Tàihòu"),
        ("张伟", "Zhāng Wěi"),
        ("阎罗王", "Yán Luówáng"),  # a king's title after a surname: a given name may end in 王
    ],
)
def test_controls(zh: str, pinyin: str) -> None:
    assert romanize(zh).pinyin == pinyin


# Characters none of the dynasties or surnames start with, read one way.
STEMS = st.text(alphabet="乾慈隆禧熙绪咸丰", min_size=2, max_size=3)


@given(STEMS, st.sampled_from(IMPERIAL_TITLES))
def test_a_name_and_an_imperial_title_are_two_words(stem: str, title: str) -> None:
    name = romanize(stem + title)
    assert ruler_title_size(stem + title) == len(title)
    assert len(name.pinyin.split()) == 2
    assert len(name.words[0]) == len(stem)
    assert len(name.words[1]) == len(title)


def test_add_a_person_named_by_a_title(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "add", "乾隆帝", "--type", "person", "--en", "Qianlong Emperor"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr  # the English writes the name, the title in English: no en-mismatch
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["pinyin"], entry["en"]) == ("Qiánlóng Dì", "Qianlong Emperor")
    checked = subprocess.run(["zhgloss", "--db", str(db), "validate"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_english_that_writes_another_name_is_still_refused(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "add", "康熙皇帝", "--type", "person", "--en", "Kang Emperor"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2, done.stdout
    assert "does not spell the pinyin 'Kāngxī Huángdì'" in done.stderr
    assert "Traceback" not in done.stderr


def test_romanize_cli() -> None:
    done = subprocess.run(["zhgloss", "romanize", "慈禧太后"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Cíxǐ Tàihòu" in done.stdout
