"""What a person is, written in lower case before a later sense's name, is no part of that name (thirtieth session;
the tester's T21: 狄仁杰's second sense "master sleuth Judge Dee, aka Chinese Sherlock Holmes, in novel ..." gave the
alias "master sleuth Judge Dee").

Lower-case words ending on a person's noun (sleuth, detective, poet, general …) before a capitalised name describe
the person: the name is the capitalised words. Lower-case words of another kind stay a phrase's ("mainland China").
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import read_sense

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "狄仁傑 狄仁杰 [Di2 Ren2 jie2] /Di Renjie (607-700), Tang dynasty politician, prime minister under Wu Zetian,"
    " subsequently hero of legends/master sleuth Judge Dee, aka Chinese Sherlock Holmes, in novel Three murder cases"
    " solved by Judge Dee 狄公案[Di2 gong1 an4] translated by Dutch sinologist R.H. van Gulik"
    " 高羅珮|高罗佩[Gao1 Luo2 pei4]/\n"
)
# A line of my own of the same shape.
OWN = (
    "包拯 包拯 [Bao1 Zheng3] /Bao Zheng (999-1062), Song dynasty official/master detective Judge Bao, aka Bao"
    " Qingtian, in novels/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_the_description_before_the_name_is_no_part_of_it() -> None:
    for zh, alias in [("狄仁杰", "Judge Dee"), ("包拯", "Judge Bao")]:
        entry = ENTRIES[zh]
        assert alias in entry.aliases, entry
        assert not [a for a in entry.aliases if a[:1].islower()], entry


def test_a_phrase_of_another_kind_stays() -> None:
    assert read_sense("mainland China (PRC excluding Hong Kong and Macau)").name == "mainland China"
