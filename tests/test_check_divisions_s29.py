"""check: an autonomous division without the peoples it is named for, whatever they are (issue 9, session 29).

`_DIVISION_RE` listed 33 peoples by hand ("Guangxi Zhuang Autonomous Region" -> "Guangxi"), and so missed the others
CC-CEDICT writes: "Ximeng Va", "Fengning Manchu", "Weining Yi, Hui and Miao" (a comma), "Lingshui Lizu" (gave
"Lingshui Lizu"). zhgloss ships no list of China's peoples, and needs none: the name is the fewest words in front
that spell the start of the entry's pinyin (`_AUTONOMOUS_RE`). The forms are CC-CEDICT's, as `import` gives them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

from zhgloss.check import _without_feature
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_check_divisions_s29.u8")


@pytest.mark.parametrize(
    ("form", "pinyin", "bare"),
    [
        ("Ximeng Va Autonomous County", "Xīméng Wǎzú Zìzhìxiàn", "Ximeng"),
        ("Fengning Manchu Autonomous County", "Fēngníng Mǎnzú Zìzhìxiàn", "Fengning"),
        ("Weining Yi, Hui and Miao Autonomous County", "Wēiníng Yízú Huízú Miáozú Zìzhìxiàn", "Weining"),
        ("Lingshui Lizu Autonomous County", "Língshuǐ Lízú Zìzhìxiàn", "Lingshui"),
        ("Longlin Various Nationalities Autonomous County", "Lónglín Gèzú Zìzhìxiàn", "Longlin"),
        # A division named for its people alone keeps it.
        ("Dongxiang Autonomous County", "Dōngxiāngzú Zìzhìxiàn", "Dongxiang"),
        ("Guangxi Zhuang Autonomous Region", "Guǎngxī Zhuàngzú Zìzhìqū", "Guangxi"),
        # No leading words spell the pinyin: another place.
        ("Inner Mongolia Autonomous Region", "Nèi Měnggǔ Zìzhìqū", None),
    ],
)
def test_an_autonomous_division_loses_its_peoples(form: str, pinyin: str, bare: str | None) -> None:
    assert _without_feature(form, Entry(id="x", type="place", zh="地", en=form, pinyin=pinyin)) == bare


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        ("西盟佤族自治县遭遇暴雨。", "Heavy rain hit Ximeng county.", "Ximeng"),
        # (丰宁满族自治县 "Fengning" was here: since s37 the import names the entry 丰宁满族自治县 folds into by its
        # headword 丰宁, Fengning, the official name an alias, so "Fengning" is its English: test below.)
    ],
)
def test_an_autonomous_county_by_its_name_alone_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, found: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1, lines
    assert lines[0].startswith("1: variant ") and f'found "{found}"' in lines[0], lines


def test_a_county_whose_entry_is_named_short_passes(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    pair = ("丰宁满族自治县发展旅游业。", "Fengning is developing tourism.")
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [pair])
    assert not any(line.startswith(("1: variant", "1: missing")) for line in lines), lines


def test_another_county_still_fails(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(
        zhgloss_exe, glossary, tmp_path, [("西盟佤族自治县遭遇暴雨。", "Heavy rain hit Lingshui county.")]
    )
    assert any(line.startswith("1: missing 西盟佤族自治县") for line in lines), lines
