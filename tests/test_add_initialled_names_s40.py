"""A transliterated name with Latin initials between its separators is read a word a part (the review's R40-5).

`add J·D·万斯 --en "JD Vance"` stored the pinyin "J·D· Wànsī": the separators kept between the letters and dropped after
them, while 约翰·F·肯尼迪 got "Yuēhàn F Kěnnídí" and 史蒂夫·乔布斯 "Shǐdìfū Qiáobùsī" (the romanizer: a word a part,
the words apart, GB/T 16159-2012 6.1.1). Now every such name is read so: each Latin part as written (upper case
kept), each Chinese part as the romanizer reads a dotted name's part (万斯 Wànsī, not the Chinese name Wàn Sī).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import fill_pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("J·D·万斯", "J D Wànsī"),  # JD Vance
        ("J·K·罗琳", "J K Luólín"),  # J. K. Rowling
        ("约翰·F·肯尼迪", "Yuēhàn F Kěnnídí"),  # John F. Kennedy: as before
        ("乔治·W·布什", "Qiáozhì W Bùshí"),  # George W. Bush
        ("唐纳德·特朗普", "Tángnàdé Tèlǎngpǔ"),  # no initial: the romanizer's, as before
    ],
)
@pytest.mark.parametrize("kind", ["person", "name"])
def test_a_word_a_part_the_initials_as_written(zh: str, pinyin: str, kind: str) -> None:
    assert fill_pinyin(zh, kind, None) == pinyin


def test_letters_alone_or_a_product_are_no_such_name() -> None:
    assert fill_pinyin("小米SU7", "product", None) == "Xiǎomǐ SU7"
    assert fill_pinyin("B站", "name", None) == "B Zhàn"


def test_add_stores_it(tmp_path: Path) -> None:
    db = tmp_path / "j.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "add", "J·D·万斯", "--type", "person", "--en", "JD Vance", "--yes", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert entry["pinyin"] == "J D Wànsī"


@given(
    st.lists(st.sampled_from(["J", "D", "K", "F", "W"]), min_size=1, max_size=2),
    st.sampled_from(["万斯", "罗琳", "肯尼迪", "布什"]),
)
def test_each_initial_is_a_word_of_its_own(initials: list[str], surname: str) -> None:
    pinyin = fill_pinyin("·".join([*initials, surname]), "person", None)
    assert pinyin is not None
    assert pinyin.split(" ")[: len(initials)] == initials
    assert len(pinyin.split(" ")) == len(initials) + 1 and "·" not in pinyin
