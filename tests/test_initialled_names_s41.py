"""A transliterated name holding Latin initials is read by the romanizer, and validate checks the letters (LEAD-40-1's
rest, the review's R40-5; the forty-first session).

Xinhua writes foreign initials between the name separators: J·D·万斯 (JD Vance), 约翰·F·肯尼迪 (John F. Kennedy),
J·K·罗琳, O·J·辛普森. `pinyin.romanize` refused them ("'J·D·万斯': is not a Chinese name"), so harvest --add, which
asks it first, stored "J·d·wànsī" (the letters lowered and glued); add had its own rule since the fortieth session
("J D Wànsī"). Now the romanizer keeps a part that is one Latin capital as written, a word of its own: "J D Wànsī",
"Yuēhàn F Kěnnídí", as GB/T 16159-2012 6.1.1 spaces a dotted name's parts (史蒂夫·乔布斯 Shǐdìfū Qiáobùsī). And
validate warns where a stored pinyin writes the headword's Latin letters otherwise (pinyin-style), but not on a
CC-CEDICT line, whose editors may read letters as a syllable (TA [ta1]).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import RomanizationError
from zhgloss.pinyin import romanize
from zhgloss.validate import _letters_miswritten


@pytest.mark.parametrize(
    ("zh", "pinyin", "en"),
    [
        ("J·D·万斯", "J D Wànsī", "J D Wansi"),
        ("约翰·F·肯尼迪", "Yuēhàn F Kěnnídí", "Yuehan F Kennidi"),
        ("J·K·罗琳", "J K Luólín", "J K Luolin"),
        ("O·J·辛普森", "O J Xīnpǔsēn", "O J Xinpusen"),
    ],
)
def test_romanize_keeps_the_initials_as_written(zh: str, pinyin: str, en: str) -> None:
    name = romanize(zh)
    assert (name.pinyin, name.en, name.origin) == (pinyin, en, "transliterated")


def test_a_dotted_name_of_letters_alone_is_still_refused() -> None:
    with pytest.raises(RomanizationError, match="is not a Chinese name"):
        romanize("J·D")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _init(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    return db


def test_harvest_add_stores_the_initials_as_written(tmp_path: Path) -> None:
    db = _init(tmp_path)
    text = _write(tmp_path / "h.txt", "美国副总统J·D·万斯（JD Vance）访问。\n")
    subprocess.run(
        ["zhgloss", "harvest", str(text), "--add", "--yes", "--db", str(db)], check=True, capture_output=True
    )
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert [(e["zh"], e["pinyin"]) for e in entries] == [("J·D·万斯", "J D Wànsī")]


def test_validate_warns_on_letters_written_otherwise(tmp_path: Path) -> None:
    db = _init(tmp_path)
    subprocess.run(
        ["zhgloss", "add", "J·D·万斯", "--en", "JD Vance", "--type", "person", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    data = json.loads(db.read_text(encoding="utf-8"))
    # What harvest --add stored before (the review's R40-5 repro).
    for entry in data["entries"].values():
        entry["pinyin"] = "J·d·wànsī"
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    said = done.stdout + done.stderr
    assert "writes the Latin letters of J·D·万斯 otherwise" in said and "'J D Wànsī'" in said


def test_validate_leaves_a_cedict_line_s_letters_alone(tmp_path: Path) -> None:
    # Real CC-CEDICT lines (2020-12-21): letters read as a syllable, and letters spaced.
    source = _write(
        tmp_path / "c.u8",
        "TA TA [ta1] /(Internet slang) he; she/\n卡拉OK 卡拉OK [ka3 la1 O K] /karaoke/\n",
    )
    db = _init(tmp_path)
    subprocess.run(["zhgloss", "import", str(source), "--db", str(db)], check=True, capture_output=True)
    done = subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert "Latin letters" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("zh", "pinyin", "missing"),
    [
        ("J·D·万斯", "J·d·wànsī", ["D"]),
        ("小米SU7", "Xiǎomǐsu7", ["SU"]),
        ("阿Q", "ĀQ", ["Q"]),
        ("小米SU7", "Xiǎomǐ SU7", []),
        ("卡拉OK", "kǎlā O K", []),
        ("哆啦A梦", "Duōla A Mèng", []),
        ("iPhone手机", "iPhone Shǒujī", []),
    ],
)
def test_the_letters_written_otherwise(zh: str, pinyin: str, missing: list[str]) -> None:
    assert _letters_miswritten(zh, pinyin) == missing


_PARTS = ["万斯", "肯尼迪", "罗琳", "约翰", "辛普森", "乔布斯", "史蒂夫"]


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(
        st.one_of(st.sampled_from(_PARTS), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), min_size=2, max_size=4
    ).filter(lambda ps: any(len(p) > 1 for p in ps))
)
def test_each_initial_is_a_word_as_written(parts: list[str]) -> None:
    zh = "·".join(parts)
    name = romanize(zh)
    words = name.pinyin.split(" ")
    assert len(words) == len(parts)
    assert [w for w, p in zip(words, parts, strict=True) if len(p) == 1] == [p for p in parts if len(p) == 1]
    assert _letters_miswritten(zh, name.pinyin) == []
