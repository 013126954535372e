"""One reader of "this row is a surname" for every note shape and every import (the s44 review's R44-5, its rest).

An untyped row 於,Yu,NOTE kept 於 (the surname Yū) for the note "surname Yu" but gave 于 Yú (another surname) for
"surname", "a surname", "family name Yu", "姓", "姓氏" and "surname Yū": `index.note_names_surname` wanted the word
"surname" and the English as a word, tone marks and all. It now reads "family name", "last name" and 姓 as the
word, folds accents and tone marks, and takes a sense that is the word alone. The TBX and JSON Lines readers pass
their note and pinyin to the one rule (`formats.tbx.simplified_form`) as the sheets and OmegaT do. And the rule of a
one-character name whose English spells the kept character's reading (乾 "Qian") is one: `tbx._spelt_as_name` is
gone for `convert.thing_to_simplified`'s, which `add` follows.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.tbx import simplified_form
from zhgloss.index import note_names_surname


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def _imported(exe: str, folder: Path, name: str, text: str, *args: str) -> dict[str, object]:
    db = folder / "names.json"
    assert _run(exe, "init", str(db), "--empty").returncode == 0
    source = folder / name
    source.write_text(text, encoding="utf-8")
    done = _run(exe, "--db", str(db), "import", str(source), *args)
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert isinstance(doc, dict)
    return doc


NOTES = ["surname Yu", "surname", "a surname", "family name Yu", "姓", "姓氏", "surname Yū", "Surname.", "复姓"]


@pytest.mark.parametrize("note", NOTES)
def test_a_sheet_row_noted_a_surname_keeps_the_surname(zhgloss_exe: str, tmp_path: Path, note: str) -> None:
    doc = _imported(zhgloss_exe, tmp_path, "s.csv", f"zh,en,note\n於,Yu,{note}\n")
    assert (doc["zh"], doc["pinyin"]) == ("於", "Yū")


@pytest.mark.parametrize("note", ["preposition", "姓名", "at, in"])
def test_a_row_noted_otherwise_is_the_word(zhgloss_exe: str, tmp_path: Path, note: str) -> None:
    doc = _imported(zhgloss_exe, tmp_path, "s.csv", f'zh,en,note\n於,Yu,"{note}"\n')
    assert (doc["zh"], doc["pinyin"]) == ("于", "Yú")


def test_a_tbx_concept_noted_a_family_name_keeps_the_surname(zhgloss_exe: str, tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>'
        '<termEntry id="c1"><note>family name Yu</note>'
        '<langSet xml:lang="zh-TW"><tig><term>於</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Yu</term></tig></langSet></termEntry>'
        "</body></text></martif>"
    )
    doc = _imported(zhgloss_exe, tmp_path, "s.tbx", text)
    assert (doc["zh"], doc["pinyin"]) == ("於", "Yū")  # (was 于 Yú: TBX passed no note to the rule)


def test_an_omegat_line_commented_in_chinese_keeps_the_surname(zhgloss_exe: str, tmp_path: Path) -> None:
    doc = _imported(zhgloss_exe, tmp_path, "s.txt", "於\tYu\t姓氏\n", "--format", "omegat")
    assert (doc["zh"], doc["pinyin"]) == ("於", "Yū")


@pytest.mark.parametrize(("zh", "en", "pinyin"), [("曾", "Zeng", "Zēng"), ("单", "Shan", "Shàn")])
def test_a_noted_surname_is_read_as_the_surname(
    zhgloss_exe: str, tmp_path: Path, zh: str, en: str, pinyin: str
) -> None:
    doc = _imported(zhgloss_exe, tmp_path, "s.csv", f"zh,en,note\n{zh},{en},姓\n")
    assert doc["pinyin"] == pinyin


@pytest.mark.parametrize(
    ("note", "english", "named"),
    [
        ("surname Zhou; Zhou Dynasty", ["Zhou"], True),
        ("surname Ma; abbr. for Malaysia", ["Malaysia"], False),  # another sense's entry (is_surname_in_english)
        ("family name Yu", ["Yu"], True),
        ("surname Yū", ["Yu"], True),
        ("姓 Yu", ["Yu"], True),
        ("the surname", ["Yu"], True),
        ("姓氏", [], True),
        ("The Book of Family Names, a primer listing 438 surnames", ["The Book of Family Names"], False),
        ("姓名", ["Name"], False),
        ("Zhou Dynasty", ["Zhou"], False),
    ],
)
def test_note_names_surname(note: str, english: list[str], named: bool) -> None:
    assert note_names_surname(note, english) is named


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["surname", "family name", "last name", "Surname", "FAMILY NAME"]),
    st.sampled_from(["", "a ", "the ", "A "]),
    st.sampled_from(["Yu", "Yū", "YU", "(Yu)", ""]),
)
def test_every_english_shape_of_the_note_is_read(word: str, article: str, name: str) -> None:
    assert note_names_surname(f"{article}{word} {name}".strip(), ["Yu"])
    assert note_names_surname(f"preposition; {article}{word} {name}".strip(), ["Yu"])


@pytest.mark.parametrize(
    ("hant", "english", "zh"),
    [
        ("乾", ["Qian"], "乾"),  # the kept reading spelt: the name 乾 Qián
        ("乾", ["Gan"], "干"),
        ("乾", ["dry"], "干"),
        ("乾", [], "干"),
        ("乾燥", ["dry"], "干燥"),
        ("乾安", ["Qian'an"], "乾安"),  # a word CC-CEDICT writes with 乾
        ("徵", ["Zhi"], "徵"),  # kept as zhǐ (魏徵), folded as zhēng
        ("徵", ["Zheng"], "征"),
    ],
)
def test_one_rule_for_a_one_character_name_in_every_import(hant: str, english: list[str], zh: str) -> None:
    assert simplified_form(hant, "term", english) == zh
