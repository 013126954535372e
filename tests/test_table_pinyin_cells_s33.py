"""A table's pinyin column typed without tones, in capitals or with tone numbers (user finding U33-13, session 33).

A team sheet's pinyin is very often typed on an English keyboard: "LEI Jun", "wang chuanfu", "BI YA DI". It was
stored as typed, so `annotate -g pinyin` printed 比亚迪（BI YA DI） and `lookup "Wáng Chuánfú"` found nothing. A cell
whose letters are those of the pinyin zhgloss writes for the characters now gets that form, tones and all, said with
its line; a cell that spells no reading of the characters is refused with its line.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.model import Entry


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "team.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


# The tester's cnteam3.csv and cnteam2.csv rows, and CC-CEDICT's readings of the same names (比亞迪 [Bi3 ya4 di2],
# 馬化騰 [Ma3 Hua4 teng2], 周杰倫 [Zhou1 Jie2 lun2], 金山 [Jin1 shan1]).
@pytest.mark.parametrize(
    ("row", "pinyin"),
    [
        ("雷军,Lei Jun,LEI Jun,person", "Léi Jūn"),
        ("王传福,Wang Chuanfu,wang chuanfu,person", "Wáng Chuánfú"),
        ("比亚迪,BYD,BI YA DI,org", "Bǐyàdí"),
        ("马化腾,Ma Huateng,Ma3 Hua4teng2,person", "Mǎ Huàténg"),
        ("比亚迪,BYD,bi3 ya4 di2,org", "Bǐyàdí"),
        ("周杰伦,Jay Chou,ZHOU JIELUN,person", "Zhōu Jiélún"),
        ("金山,Jinshan,jinshan,place", "Jīnshān"),
    ],
)
def test_a_pinyin_cell_of_the_right_letters_gets_the_tones_of_the_characters(row: str, pinyin: str) -> None:
    (entry,), notes = _load(f"zh,en,pinyin,type\n{row}\n")
    assert entry.pinyin == pinyin
    typed = row.split(",")[2]
    assert f"line 2: pinyin {typed!r} imported as {pinyin!r}" in "\n".join(notes)


def test_a_pinyin_cell_of_another_name_is_refused_with_its_line() -> None:
    with pytest.raises(FormatError, match=r"line 2: pinyin 'lei jun' spells no reading of '马云'"):
        _load("zh,en,pinyin,type\n马云,Jack Ma,lei jun,person\n")


def test_a_tone_marked_cell_is_kept_and_another_reading_the_english_contradicts_is_said() -> None:
    # 单 is Shàn as a surname, Dān otherwise. A toneless cell of the other reading beside the row's own English "Shan
    # Tianfang" was kept in silence until the thirty-sixth session (user U35-38: 单霁翔 "dan ji xiang" beside "Shan
    # Jixiang", so lookup "shan4 ji4 xiang2" found nothing): the person's reading, which the English spells, is
    # written and said. A tone-marked cell is the sheet's own reading, kept as written.
    entries, notes = _load("zh,en,pinyin,type\n雷军,Lei Jun,Léi Jūn,person\n单田芳,Shan Tianfang,dan tianfang,person\n")
    assert [e.pinyin for e in entries] == ["Léi Jūn", "Shàn Tiánfāng"]
    assert [n for n in notes if "pinyin" in n] == [
        "line 3: pinyin 'dan tianfang' reads '单田芳' otherwise than the row's English 'Shan Tianfang' does: "
        "imported as 'Shàn Tiánfāng', the person's reading; if the cell is right, fix the English"
    ]


# The s33 review's R8: ü typed as v (CC-CEDICT's 呂布 [Lu:3 Bu4], 女媧 [Nu:3 wa1], 綠島 [Lu:4 dao3]). 女娲 is
# Nǚwā, one word as its English "Nüwa" is (session 34: a cell of a syllable a word, CC-CEDICT's way, says nothing of
# the name's words; the English does; this pinned "Nǚ Wā" from the cell's spaces).
@pytest.mark.parametrize(
    ("row", "pinyin"),
    [("吕布,Lü Bu,lv bu", "Lǚ Bù"), ("女娲,Nüwa,nv3 wa1", "Nǚwā"), ("绿岛,Green Island,lv dao", "Lǜ Dǎo")],
)
def test_u_with_umlaut_typed_as_v(row: str, pinyin: str) -> None:
    (entry,), notes = _load(f"zh,en,pinyin\n{row}\n")
    assert entry.pinyin == pinyin
    assert any(f"imported as {pinyin!r}" in n for n in notes)
