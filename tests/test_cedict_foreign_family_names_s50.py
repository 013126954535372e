"""A foreign family name CC-CEDICT calls a "surname" is a name people bear, no Chinese surname (R49-3).

"surname X" where X is no reading of the characters, and the only name the line gives, is a foreign family name, read
as "X (name)" is: a person's (`zhgloss.formats.cedict._read_line`: 阿姆斯特朗 Armstrong, 阿罗约 Arroyo). A region's
writing of it ("(Tw) surname X") folds into the one person of that family name, as 雪梨 "Sydney ... (Tw)" folds into
悉尼 (`_fold_regions_family_names`). A family name beside another name (尼克松 "Richard Nixon .../surname Nixon", 波罗
"Polo (car ...)/surname Polo") and a Chinese surname in its reading (上官 "two-character surname Shangguan") are read
as before.

Not a line that lists a word sense first (brk50's B50-13): 川普 "Sichuanese pidgin (the mix of Standard Mandarin
and Sichuanese dialect)/(Tw) surname Trump/" is first the word mainland copy writes (说川普, 一口川普); folded into
特朗普 it was glossed "Donald Trump" there. It stays the surname's entry, as before the fiftieth session, which
annotate does not gloss alone (so Taiwan copy's 總統川普 is not glossed either: the import cannot mark a Chinese form
as glossed only where the text reads as a name).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cedict_fixtures import annotated, imported_db, rows_by_zh

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
CHUANPU = (
    "川普 川普 [Chuan1 pu3] /Sichuanese pidgin (the mix of Standard Mandarin and Sichuanese dialect)/(Tw) surname "
    "Trump/"
)
TRUMP = "特朗普 特朗普 [Te4 lang3 pu3] /Donald Trump (1946-), American business magnate, US president 2017-/"
ARMSTRONG = "阿姆斯特朗 阿姆斯特朗 [A1 mu3 si1 te4 lang3] /surname Armstrong/"
ARROYO = "阿羅約 阿罗约 [A1 luo2 yue1] /surname Arroyo/"
NIXON = "尼克松 尼克松 [Ni2 ke4 song1] /Richard Nixon (1913-1994), US president 1969-1974/surname Nixon/"
POLO = "波羅 波罗 [Bo1 luo2] /Polo (car made by Volkswagen)/surname Polo/"
SHANGGUAN = "上官 上官 [Shang4 guan1] /two-character surname Shangguan/"
OUYANG = "歐陽 欧阳 [Ou1 yang2] /two-character surname Ouyang/"
# Lines of CC-CEDICT's shape that it does not hold (its 布希 is "Taiwan equivalent of 布什"): two people of one family
# name in the import, and a Taiwan writing of that name, which stays a name of its own.
BUSH_SR = "老布什 老布什 [Lao3 Bu4 shi2] /George H.W. Bush (1924-2018), US president 1989-1993/"
BUSH_JR = "小布什 小布什 [Xiao3 Bu4 shi2] /George W. Bush (1946-), US President 2001-2009/"


def test_chuanpu_the_word_first_stays_the_surnames_entry() -> None:
    # (B50-13: on cdt50's tip 川普 was folded into 特朗普 as a Chinese alias.)
    rows = rows_by_zh(CHUANPU, TRUMP)
    assert "川普" not in rows["特朗普"]["zh_aliases"]
    chuanpu = rows["川普"]
    assert (chuanpu["type"], chuanpu["en"]) == ("surname", "Trump")
    assert chuanpu["note"].startswith("Sichuanese pidgin")  # the word first, as the line writes it
    assert "(Tw) surname Trump" in chuanpu["note"]


def test_alone_a_foreign_family_name_is_a_persons() -> None:
    rows = rows_by_zh(ARMSTRONG, ARROYO)
    assert {zh: (row["type"], row["en"]) for zh, row in rows.items()} == {
        "阿姆斯特朗": ("person", "Armstrong"),
        "阿罗约": ("person", "Arroyo"),
    }


# Lines of CC-CEDICT's shape that it does not hold: a region's writing of a family name alone folds into the one
# person of that name; the same writing after a word sense the line lists first does not.
TAIWAN_TRUMP = "川普 川普 [Chuan1 pu3] /(Tw) surname Trump/"
WORD_FIRST = [
    "布希 布希 [Bu4 xi1] /cloth hope (a word of a dialect)/(Tw) surname Bush/",
    "布希 布希 [Bu4 xi1] /to spread hope/(HK) surname Bush/",
    "布希 布希 [Bu4 xi1] /(coll.) a cloth merchant's hope/(Tw) surname Bush/",
]


def test_a_regions_family_name_alone_folds_into_the_person() -> None:
    rows = rows_by_zh(TAIWAN_TRUMP, TRUMP)
    assert "川普" not in rows
    trump = rows["特朗普"]
    assert (trump["type"], trump["en"]) == ("person", "Donald Trump")
    assert "川普" in trump["zh_aliases"]
    assert "(Tw) surname Trump" in trump["note"]
    assert trump["aliases"] == []  # no "Trump" alias: the family name alone is read as every person's is


@pytest.mark.parametrize("line", WORD_FIRST)
def test_after_a_word_sense_a_regions_family_name_folds_into_nobody(line: str) -> None:
    rows = rows_by_zh(line, BUSH_JR)
    assert "布希" not in rows["小布什"]["zh_aliases"]
    assert rows["布希"]["type"] == "surname"


def test_a_family_name_two_people_of_the_import_bear_folds_into_neither() -> None:
    bush = "布希 布希 [Bu4 xi1] /(Tw) surname Bush/"  # 川普's shape
    rows = rows_by_zh(bush, BUSH_SR, BUSH_JR)
    assert rows["布希"]["type"] == "person"
    assert "布希" not in rows["老布什"]["zh_aliases"] and "布希" not in rows["小布什"]["zh_aliases"]


def test_chinese_surnames_and_names_beside_others_as_before() -> None:
    rows = rows_by_zh(NIXON, POLO, SHANGGUAN, OUYANG)
    assert {zh: (row["type"], row["en"], row["aliases"]) for zh, row in rows.items()} == {
        "尼克松": ("person", "Richard Nixon", ["Nixon"]),
        "波罗": ("product", "Polo", []),
        "上官": ("surname", "Shangguan", []),
        "欧阳": ("surname", "Ouyang", []),
    }


def test_installed_annotate_leaves_the_word_and_glosses_the_person(tmp_path: Path) -> None:
    # brk50's B50-13 lines (in/zh9.txt, in/zh8.txt): on cdt50's tip each 川普 was glossed "Donald Trump".
    db = imported_db(tmp_path, f"{CHUANPU}\n{TRUMP}\n")
    assert sorted(e["zh"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()) == ["川普", "特朗普"]
    glossed = annotated(db, "成都人说川普，外地人也听得懂。\n他操着一口川普，和大家聊了起来。\n特朗普今天表示。")
    assert "Donald Trump" not in glossed.replace("特朗普（Donald Trump）", ""), glossed
    assert "特朗普（Donald Trump）" in glossed


def test_installed_annotate_glosses_a_regions_writing_alone_in_taiwan_copy(tmp_path: Path) -> None:
    db = imported_db(tmp_path, f"{TAIWAN_TRUMP}\n{TRUMP}\n")
    assert [e["zh"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()] == ["特朗普"]
    glossed = annotated(db, "川普表示將加徵關稅。\n美國總統川普今天說。")
    assert glossed.count("川普（Donald Trump）") == 2, glossed
