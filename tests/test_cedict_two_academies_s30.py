"""中科院 is the Chinese Academy of Sciences, not the Academy of Social Sciences (thirtieth session; the brief's item 7:
CC-CEDICT's line "abbr. for 中国社会科学院, Chinese Academy of Sciences (CAS)" points to CASS's characters while naming
CAS, and the import folded it into 中国社会科学院, which then answered to "Chinese Academy of Sciences" and "CAS").

data/cedict_corrections.tsv points the line to 中国科学院 (CAS names itself 中科院; CASS is 社科院), the English it
gives: one academy each.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中國社會科學院 中国社会科学院 [Zhong1 guo2 She4 hui4 Ke1 xue2 yuan4] /Chinese Academy of Social Sciences (CASS)/\n"
    "中國科學院 中国科学院 [Zhong1 guo2 Ke1 xue2 yuan4] /Chinese Academy of Science/\n"
    "中科院 中科院 [Zhong1 ke1 yuan4] /abbr. for 中國社會科學院|中国社会科学院[Zhong1 guo2 She4 hui4 Ke1 xue2 yuan4],"
    " Chinese Academy of Sciences (CAS)/\n"
)
ENTRIES = entries_by_form(REAL)


def test_each_academy_has_its_own_names() -> None:
    sciences, social = ENTRIES["中科院"], ENTRIES["中国社会科学院"]
    assert sciences is ENTRIES["中国科学院"]
    assert sciences is not social
    assert "CAS" in sciences.aliases, sciences
    assert not {"CAS", "Chinese Academy of Sciences"} & {social.en, *social.aliases}, social
