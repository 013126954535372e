"""A company's legal form is no part of the name English writes (twenty-ninth session, issue 9 item 1; the tester's
addendum: 布加迪 "Bugatti (name)/Bugatti Automobiles S.A.S. (French car company)/" had the English "Bugatti
Automobiles S.A.S.").

"Inc.", "Ltd", "Limited", "AG", "GmbH", "S.A.", "S.A.S.", "S.A.R.L.", "PLC", "LLC", "N.V." after a company's name
register it; English writes Apple, Siemens, Tencent Holdings. The registered name stays an alias, which `check`
accepts. "Corp." and "Company" stay: English writes them with the name ("Evergreen Marine Corp.").
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "蘋果公司 苹果公司 [Ping2 guo3 Gong1 si1] /Apple Inc./\n"
    "西門子公司 西门子公司 [Xi1 men2 zi3 Gong1 si1] /Siemens AG/\n"
    "布加迪 布加迪 [Bu4 jia1 di2] /Bugatti (name)/Bugatti Automobiles S.A.S. (French car company)/\n"
    # Control: "Corp." is written with the name.
    "長榮海運 长荣海运 [Chang2 rong2 Hai3 yun4] /Evergreen Marine Corp. (Taiwan shipping line)/\n"
)
# Lines of my own of the same shape.
OWN = (
    "大眾汽車集團 大众汽车集团 [Da4 zhong4 Qi4 che1 Ji2 tuan2] /Volkswagen AG (German car maker)/\n"
    "聯合利華 联合利华 [Lian2 he2 Li4 hua2] /Unilever PLC/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_the_legal_form_goes_to_an_alias() -> None:
    for zh, en, registered in [
        ("苹果公司", "Apple", "Apple Inc."),
        ("西门子公司", "Siemens", "Siemens AG"),
        ("布加迪", "Bugatti Automobiles", "Bugatti Automobiles S.A.S."),
        ("大众汽车集团", "Volkswagen", "Volkswagen AG"),
        ("联合利华", "Unilever", "Unilever PLC"),
    ]:
        entry = ENTRIES[zh]
        assert entry.en == en, entry
        assert registered in entry.aliases, entry


def test_corp_stays() -> None:
    assert ENTRIES["长荣海运"].en == "Evergreen Marine Corp."


def test_the_registered_name_is_no_note_too() -> None:
    # The whole line is the registered name, now an alias: a note repeating it says nothing more.
    for zh in ("苹果公司", "西门子公司"):
        assert ENTRIES[zh].note is None, ENTRIES[zh]
    # A description stays the note.
    assert ENTRIES["布加迪"].note is not None
