"""A record's or a tale's headword (记, 传) whose gloss is a name, a small word and a name is the work's title whole
(thirty-second session; the tester's s32 O3, firm: 爱丽丝漫游奇境记 "Alice in Wonderland" was en "Alice", type name, cut
before "in" as a place is cut before where it is). CC-CEDICT has one such line; the others keep their reading.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "愛麗絲漫遊奇境記 爱丽丝漫游奇境记 [Ai4 li4 si1 Man4 you2 Qi2 jing4 Ji4] /Alice in Wonderland/\n"
    "以斯帖記 以斯帖记 [Yi3 si1 tie3 ji4] /Book of Esther/\n"
    "恩施地區 恩施地区 [En1 shi1 di4 qu1] /Enshi in Hubei/abbr. for Enshi Tujia and Miao autonomous prefecture"
    " 恩施土家族苗族自治州[En1 shi1 Tu3 jia1 zu2 Miao2 zu2 zi4 zhi4 zhou1]/\n"
)
ENTRIES = entries_by_form(REAL)


def test_the_title_is_whole() -> None:
    assert (ENTRIES["爱丽丝漫游奇境记"].type, ENTRIES["爱丽丝漫游奇境记"].en) == ("work", "Alice in Wonderland")


def test_other_lines_as_before() -> None:
    assert ENTRIES["以斯帖记"].en == "Book of Esther"
    assert ENTRIES["恩施地区"].en.startswith("Enshi")
    assert "Hubei" not in ENTRIES["恩施地区"].en
