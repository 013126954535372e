"""欧盟委员会 is the European Commission (thirty-first session; gls's request: CC-CEDICT's "Commission of European
Union" made `check` fail "European Commission" as missing). A row of data/cedict_corrections.tsv, with its source;
the line's form stays an alias.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# The real CC-CEDICT line (cedict_ts.u8 of /work/shared/data).
LINE = "歐盟委員會 欧盟委员会 [Ou1 meng2 Wei3 yuan2 hui4] /Commission of European Union/\n"


def test_the_european_commission_by_its_own_name() -> None:
    entry = entries_by_form(LINE)["欧盟委员会"]
    assert (entry.type, entry.en) == ("org", "European Commission")
    assert "Commission of European Union" in entry.aliases
    assert entry.note is not None and "corrected by zhgloss" in entry.note
