"""validate on a fresh CC-CEDICT import (the s44 review's R44-8).

1. A surname written with a variant character (异体字) of the standard one is kept, by `add` and the imports, and is
   no error for validate: OpenCC's t2s folds 炤 into 照, 齧 into 啮, 鼂 into 鼌, but Unihan gives none of them as a
   traditional form of that character (no kTraditionalVariant of it), and the 国家通用语言文字法 (2000), art. 17, lets
   a surname keep its variant character (姓氏中的异体字). CC-CEDICT writes 炤 炤, 齧 齧, 鼂 鼂 "surname"; validate
   said "write zh '照'". A traditional form is still simplified (麯 -> 曲, 餘 -> 余), the surname table's forms are
   its (麴 -> 麹, by the 通用规范汉字表), and a form the table rules out is its surname (嶽 -> 岳, 遊 -> 游).
   validate's advice for a surname is the surname rule's: 麴 is written 麹, not t2s's 曲.
2. An English form shared by a former name and its modern entry (refers_to) is no en-clash: 大庸 and 张家界 both
   "Dayong", 锡兰 and 斯里兰卡 "Ceylon". An entry of another thing with that English still clashes.

The CC-CEDICT lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhgloss.convert import is_traditional_form, surname_to_simplified, to_simplified, variant_characters
from zhgloss.model import Entry
from zhgloss.validate import check_entry, validate_entries


@pytest.mark.parametrize(
    ("typed", "spellings", "zh"),
    [
        ("炤", ("Zhao",), "炤"),  # CC-CEDICT: 炤 炤 [Zhao4] /surname Zhao/ (t2s: 照)
        ("齧", ("Nie",), "齧"),  # CC-CEDICT: 齧 齧 [Nie4] /surname Nie/ (t2s: 啮)
        ("鼂", ("Chao",), "鼂"),  # CC-CEDICT: 鼂 鼂 [Chao2] /surname Chao/ (t2s: 鼌)
        ("麯", ("Qu",), "曲"),  # a traditional form of 曲 (Unihan kTraditionalVariant of 曲: 曲 麯)
        ("餘", ("Yu",), "余"),  # a traditional form of 余; the table: "traditional 余, not 餘"
        ("麴", ("Qu",), "麹"),  # the table's 麹, zh_hant 麴 (通用规范汉字表)
        ("嶽", ("Yue",), "岳"),  # no traditional form of 岳 by Unihan, but the table: "traditional 岳, not 嶽"
        ("遊", ("You",), "游"),  # the table: "traditional 游, not 遊"
        ("乾", ("Qian",), "乾"),  # s44's rule unchanged
        ("乾", ("Gan",), "干"),
    ],
)
def test_surname_to_simplified_keeps_a_variant_and_simplifies_a_traditional_form(
    typed: str, spellings: tuple[str, ...], zh: str
) -> None:
    assert surname_to_simplified(typed, spellings) == zh


def test_a_traditional_form_is_told_from_a_variant_by_unihan() -> None:
    assert is_traditional_form("麯", "曲")
    assert is_traditional_form("餘", "余")
    assert not is_traditional_form("炤", "照")
    assert not is_traditional_form("齧", "啮")  # 啮's traditional form is 嚙
    assert not is_traditional_form("曲", "曲")


# Every character t2s changes alone that Unihan relates to another (variant_characters.tsv), as a one-character surname.
_FOLDED = sorted(
    char
    for char in variant_characters()[1]
    if len(char) == 1
    and 0x4E00 <= ord(char) <= 0x9FFF
    and len(to_simplified(char)) == 1
    and to_simplified(char) != char
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_FOLDED))
@example("乾")  # a surname that is its own standard character and a traditional form of 干 too (the s45 CI's draw)
def test_validate_accepts_every_surname_form_add_writes(char: str) -> None:
    zh = surname_to_simplified(char)
    assert zh in (char, to_simplified(char)) or len(zh) == 1  # (the table's own form: 麴 -> 麹)
    entry = Entry(id="s", en="Name", type="surname", zh=zh)
    assert [p for p in check_entry(entry) if p.code == "zh-traditional"] == []


def test_validate_advises_the_surname_rule_s_form() -> None:
    entry = Entry(id="qu", en="Qu", type="surname", zh="麴", pinyin="Qū")
    problems = [p for p in check_entry(entry) if p.code == "zh-traditional"]
    assert len(problems) == 1
    assert "write zh '麹' and zh_hant '麴'" in problems[0].message  # (was "write zh '曲'": another surname)


def test_a_person_s_traditional_characters_are_still_an_error() -> None:
    entry = Entry(id="p", en="Zhao Ming", type="person", zh="炤明", pinyin="Zhào Míng")
    assert [p.code for p in check_entry(entry) if p.code == "zh-traditional"] == ["zh-traditional"]


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


SURNAME_LINES = (
    "炤 炤 [Zhao4] /surname Zhao/\n"
    "炤 照 [zhao4] /variant of 照[zhao4]/to shine/to illuminate/\n"
    "齧 齧 [Nie4] /surname Nie/\n"
    "齧 齧 [nie4] /variant of 嚙|啮[nie4]/\n"
    "鼂 鼂 [Chao2] /surname Chao/\n"
    "鼂 鼂 [chao2] /sea turtle/\n"
)


def _imported(exe: str, folder: Path, lines: str) -> Path:
    """A new glossary in `folder` holding the CC-CEDICT `lines`' --proper-only import."""
    db = folder / "names.json"
    assert _run(exe, "init", str(db), "--empty").returncode == 0
    source = folder / "lines.u8"
    source.write_text(lines, encoding="utf-8")
    done = _run(exe, "--db", str(db), "import", str(source), "--format", "cedict", "--proper-only")
    assert done.returncode == 0, done.stderr
    return db


def test_cc_cedict_s_variant_surnames_import_and_validate_clean(zhgloss_exe: str, tmp_path: Path) -> None:
    db = _imported(zhgloss_exe, tmp_path, SURNAME_LINES)
    zh = sorted(doc["zh"] for doc in json.loads(db.read_text(encoding="utf-8"))["entries"].values())
    assert zh == ["炤", "鼂", "齧"]
    done = _run(zhgloss_exe, "--db", str(db), "validate")
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize(("typed", "en"), [("炤", "Zhao"), ("齧", "Nie")])
def test_add_keeps_a_variant_surname_and_validate_agrees(zhgloss_exe: str, tmp_path: Path, typed: str, en: str) -> None:
    db = tmp_path / "names.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    done = _run(zhgloss_exe, "--db", str(db), "add", typed, "--en", en, "--type", "surname")
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert doc["zh"] == typed
    assert _run(zhgloss_exe, "--db", str(db), "validate").returncode == 0


FORMER_NAMES = (
    "大庸 大庸 [Da4 yong1] /Dayong, former name of Zhangjiajie 張家界|张家界[Zhang1 jia1 jie4], Hunan/\n"
    "張家界 张家界 [Zhang1 jia1 jie4] /Zhangjiajie prefecture level city in Hunan, formerly Dayong 大庸[Da4 yong1]/\n"
    "斯里蘭卡 斯里兰卡 [Si1 li3 lan2 ka3] /Sri Lanka/(formerly) Ceylon/\n"
    "錫蘭 锡兰 [Xi1 lan2] /Ceylon (former name of Sri Lanka)/\n"
)


def test_a_former_name_and_its_modern_entry_do_not_clash(zhgloss_exe: str, tmp_path: Path) -> None:
    db = _imported(zhgloss_exe, tmp_path, FORMER_NAMES)
    docs = {doc["zh"]: doc for doc in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert docs["大庸"]["refers_to"] == docs["张家界"]["id"]
    assert docs["锡兰"]["refers_to"] == docs["斯里兰卡"]["id"]
    done = _run(zhgloss_exe, "--db", str(db), "validate", "--json")
    problems = json.loads(done.stdout)["problems"]
    assert [p for p in problems if p["code"] == "en-clash"] == []


def test_another_thing_with_the_english_still_clashes() -> None:
    modern = Entry(id="zhangjiajie", en="Zhangjiajie", type="place", zh="张家界", aliases=("Dayong",))
    former = Entry(id="dayong", en="Dayong", type="place", zh="大庸", refers_to="zhangjiajie")
    nickname = Entry(id="dy", en="DY", type="nickname", zh="大Y", aliases=("Dayong",), refers_to="dayong")
    other = Entry(id="dayong-town", en="Dayong", type="place", zh="大涌")
    problems = [p for p in validate_entries([modern, former, nickname, other]) if p.code == "en-clash"]
    said = {p.entry_id: p.message for p in problems}
    # The three tied by refers_to (directly or through another) name only the other thing; it names all three.
    assert said == {
        "zhangjiajie": "'Dayong' is also a form of entry 'dayong-town'",
        "dayong": "'Dayong' is also a form of entry 'dayong-town'",
        "dy": "'Dayong' is also a form of entry 'dayong-town'",
        "dayong-town": "'Dayong' is also a form of entry 'dayong', 'dy', 'zhangjiajie'",
    }
