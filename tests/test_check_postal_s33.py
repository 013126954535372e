"""check and search: the postal spellings U32-12 left without a row, now with their sources (session 33, val).

data/postal_romanization.tsv gains Hankow (汉口), Soochow (苏州), Sian (西安), Tsingtao (青岛) and Kweilin (桂林), each
with the reference its header names (Wiktionary's "From the Postal Romanization of ..." and the Chicago Manual of
Style's table; Britannica's "conventional Sian" and its article "Tsingtao"; Wikipedia's and Britannica's Kweilin).
The tester's file (/tmp/u32/t/postal.tsv, `X发生战役。⇥A battle took place in <spelling>.`) had these five `missing`.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_postal_s33.u8):
`漢口 汉口 [Han4 kou3] /Hankou, part of Wuhan .../`, `青島 青岛 [Qing1 dao3] /Qingdao, subprovincial city in Shandong/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

from zhgloss.romanizations import postal_places

glossary = glossary_fixture("cedict_check_postal_s33.u8")

SPELLINGS = [("汉口", "Hankow", "Hankou"), ("苏州", "Soochow", "Suzhou"), ("西安", "Sian", "Xi'an")]
SPELLINGS += [("青岛", "Tsingtao", "Qingdao"), ("桂林", "Kweilin", "Guilin")]


@pytest.mark.parametrize(("zh", "spelling", "pinyin"), SPELLINGS)
def test_the_postal_table_reads_the_spelling(zh: str, spelling: str, pinyin: str) -> None:
    assert postal_places(spelling) == (zh,)


@pytest.mark.parametrize(("zh", "spelling", "pinyin"), SPELLINGS)
def test_check_calls_the_postal_spelling_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, spelling: str, pinyin: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(f"{zh}发生战役。", f"A battle took place in {spelling}.")])
    assert lines[:1], lines
    assert lines[0].startswith(f'1: variant {zh}: found "{spelling}", expected "{pinyin}"'), lines
    assert "in postal romanization" in lines[0], lines
