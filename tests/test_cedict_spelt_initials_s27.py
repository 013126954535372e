"""An entry named by initials gets the full name a later sense of its line spells them with, as an alias
(twenty-seventh session, issue 9; the tester's T27-I22): 托福 "TOEFL/Test of English as a Foreign Language/" and
国家质量监督检验检疫总局 "AQSIQ/PRC State Administration of Quality Supervision, Inspection and Quarantine/" had no
alias (the phrase's "as a" cut it; "PRC" before it hid the initials). Not a description (半岛和东方航海's
"Peninsula and Oriental shipping company" is no new alias: its words are not all a name's).
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "托福 托福 [Tuo1 fu2] /TOEFL/Test of English as a Foreign Language/\n"
    "國家質量監督檢驗檢疫總局 国家质量监督检验检疫总局 [Guo2 jia1 Zhi4 liang4 Jian1 du1 Jian3 yan4 Jian3 yi4 Zong3 ju2]"
    " /AQSIQ/PRC State Administration of Quality Supervision, Inspection and Quarantine/\n"
)


def test_the_full_name_is_an_alias() -> None:
    entries = entries_by_form(LINES)
    assert entries["托福"].en == "TOEFL"
    assert "Test of English as a Foreign Language" in entries["托福"].aliases
    # (Since s37 a headword that writes the full name is named by it, the initials its alias:
    # test_cedict_full_initials_s37.)
    assert entries["国家质量监督检验检疫总局"].en == (
        "State Administration of Quality Supervision, Inspection and Quarantine"
    )
    assert entries["国家质量监督检验检疫总局"].aliases == ("AQSIQ",)


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙 甲乙 [Jia3 yi3] /JYC/Jiayi Yarn Company/\n"
        "丙丁 丙丁 [Bing3 ding1] /BDTF/US Bureau of Ding Trade as a Fund/\n"
    )
    assert "Jiayi Yarn Company" in entries["甲乙"].aliases
    assert "Bureau of Ding Trade as a Fund" in entries["丙丁"].aliases
