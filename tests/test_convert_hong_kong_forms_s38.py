"""Hong Kong character forms t2s does not simplify as simplified text writes them: one rule from Unihan (R37-21,
U37-21), and t2s's characters beyond the BMP outside the standard kept as typed.

R37-21: 廸 (Hong Kong's form of 迪) is left as it is by OpenCC's t2s, so 香港廸士尼樂園 was stored as 香港廸士尼乐园 and
`lookup 香港迪士尼乐园` failed. U37-21: t2s writes 煇 (郭基煇, Adam Kwok Kai-fai of SHKP) as 𪸩 (U+2AE29, extension C,
Unihan's kSimplifiedVariant), which no input method offers and zhgloss has no reading of; simplified copy writes 郭基辉
(Sing Tao's simplified edition, 2019-01-15, "新地执行董事郭基辉"). The rule (scripts/build_regional_simplified.py): a
character of a Hong Kong source (Unihan kIRG_HSource) that t2s leaves or writes beyond the BMP, neither in the
通用规范汉字表 (Unihan kTGH), whose semantic or Z variants give exactly one character of that table, is written as that
character. Checked here against Unihan itself, where the Debian unicode-data package holds it.
"""

from __future__ import annotations

import bz2
import json
import subprocess
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.convert import regional_kept, regional_sources, to_simplified, untypeable_forms
from zhgloss.curate import chinese_forms
from zhgloss.model import Entry
from zhgloss.validate import validate_entries

UNIHAN = Path("/usr/share/unicode")


@cache
def _unihan(name: str, fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with bz2.open(UNIHAN / name, "rt", encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t")
                if field in fields:
                    out.setdefault(chr(int(code[2:], 16)), {})[field] = value
    return out


@pytest.mark.skipif(not (UNIHAN / "Unihan_Variants.txt.bz2").is_file(), reason="Unihan (Debian unicode-data) absent")
def test_each_unihan_row_is_a_hong_kong_character_with_one_standard_variant() -> None:
    standard = set(_unihan("Unihan_OtherMappings.txt.bz2", ("kTGH",)))
    hong_kong = set(_unihan("Unihan_IRGSources.txt.bz2", ("kIRG_HSource",)))
    variants = _unihan("Unihan_Variants.txt.bz2", ("kSemanticVariant", "kZVariant"))
    rows = {char: simplified for char, (simplified, source) in regional_sources().items() if source == "unihan"}
    assert rows["廸"] == "迪" and rows["煇"] == "辉" and "碁" not in rows
    for char, simplified in rows.items():
        assert char in hong_kong and char not in standard and simplified in standard
        related = {int(v[2:].split("<")[0], 16) for value in variants[char].values() for v in value.split()}
        assert any(to_simplified(chr(v)) == simplified for v in related if v <= 0xFFFF)
        assert to_simplified(char) == simplified


@pytest.mark.parametrize(
    ("typed", "kind", "zh", "zh_hant"),
    [
        ("香港廸士尼樂園", "org", "香港迪士尼乐园", "香港廸士尼樂園"),  # Hong Kong Disneyland (R37-21)
        ("郭基煇", "person", "郭基辉", "郭基煇"),  # Adam Kwok Kai-fai, SHKP (U37-21)
        ("黃廸文", "person", "黄迪文", "黃廸文"),
        ("鄭煇", "person", "郑辉", "鄭煇"),
    ],
)
def test_add_stores_the_simplified_form_simplified_copy_writes(typed: str, kind: str, zh: str, zh_hant: str) -> None:
    assert chinese_forms(typed, None, kind)[:2] == (zh, zh_hant)


UNIHAN_ROWS = st.sampled_from(sorted(c for c, (_, source) in regional_sources().items() if source != "hk2s"))
OTHER = st.sampled_from(list("香港士尼樂園郭基新地執行董事学"))


@given(st.lists(st.one_of(UNIHAN_ROWS, OTHER), min_size=1, max_size=8).map("".join))
def test_no_simplified_text_holds_a_character_nobody_types(text: str) -> None:
    simplified = to_simplified(text)
    assert len(simplified) == len(text)
    assert untypeable_forms().keys().isdisjoint(simplified)
    assert all(ord(c) <= 0xFFFF for c in simplified)
    assert to_simplified(simplified) == simplified


def test_a_character_t2s_writes_beyond_the_bmp_outside_the_standard_is_kept() -> None:
    kept = sorted(regional_kept())
    assert len(kept) > 100
    for char in kept[:50]:
        assert to_simplified(char) == char
        assert to_simplified(f"学{char}習") == f"学{char}习"


def test_validate_names_a_zh_stored_with_the_character_beyond_the_bmp() -> None:
    entry = Entry(id="adam-kwok", zh="郭基𪸩", en="Adam Kwok", type="person", zh_hant="郭基煇", en_adopted=True)
    problems = [p for p in validate_entries([entry]) if p.code == "zh-untypeable"]
    assert len(problems) == 1
    assert "--zh 郭基辉 --zh-hant 郭基煇" in problems[0].message


def _zhgloss(db: Path, *args: str, text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, input=text or "")


def test_lookup_and_annotate_find_the_simplified_form(tmp_path: Path) -> None:
    db = tmp_path / "h8.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    assert _zhgloss(db, "add", "郭基煇", "--en", "Adam Kwok", "--adopted", "-y").returncode == 0
    assert _zhgloss(db, "add", "香港廸士尼樂園", "--type", "org", "--en", "Hong Kong Disneyland", "-y").returncode == 0
    stored = {e["id"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert (stored["adam-kwok"]["zh"], stored["adam-kwok"]["pinyin"]) == ("郭基辉", "Guō Jīhuī")
    assert _zhgloss(db, "lookup", "郭基辉").returncode == 0
    assert _zhgloss(db, "lookup", "香港迪士尼乐园").returncode == 0
    annotated = _zhgloss(db, "annotate", "-", text="新鸿基地产执行董事郭基辉表示。\n")
    assert "郭基辉（Adam Kwok）" in annotated.stdout


@pytest.mark.parametrize("word", ["宏碁", "宏碁集团", "陜西", "蜑家"])
def test_a_character_simplified_words_of_cc_cedict_write_is_kept(word: str) -> None:
    # 宏碁 (Acer) is written so in simplified text: CC-CEDICT's simplified column has it; 碁's variant 棋 is no fold.
    assert to_simplified(word) == word
