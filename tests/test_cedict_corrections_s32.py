"""Two more lines of CC-CEDICT corrected by data/cedict_corrections.tsv, each row with its source (thirty-second
session; the s31 blind draw's borderline errors): 联邦德国 "German Federation" is no name of the state, and
亚努科维奇 "Viktor Feyedov Yanukovych" garbles the patronymic, which then stayed in the English.

A Ukrainian patronymic as Ukraine romanizes it (-ovych, -evych, -ivna) is read as a Russian one is (7f8af4f): no part
of the English name, the full name an alias.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "聯邦德國 联邦德国 [Lian2 bang1 De2 guo2] /German Federation/Bundesrepublik Deutschland/Germany/\n"
    "德意志聯邦共和國 德意志联邦共和国 [De2 yi4 zhi4 Lian2 bang1 Gong4 he2 guo2] /Federal Republic of Germany/former"
    " West Germany 1945-1990, now simply Germany/\n"
    "亞努科維奇 亚努科维奇 [Ya4 nu3 ke1 wei2 qi2] /Viktor Feyedov Yanukovych (1950-) Ukrainian politician/\n"
    "契訶夫 契诃夫 [Qi4 he1 fu1] /Anton Pavlovich Chekhov (1860-1904), Russian writer famous for his short stories and"
    " plays/\n"
)
ENTRIES = entries_by_form(REAL)


def test_the_federal_republic_by_its_name() -> None:
    entry = ENTRIES["联邦德国"]
    assert (entry.type, entry.en) == ("place", "Federal Republic of Germany")
    assert "Germany" in entry.aliases
    assert "German Federation" not in entry.aliases
    assert "corrected by zhgloss" in entry.note
    # The full name's own line is the same state, one entry.
    assert ENTRIES["德意志联邦共和国"] == entry


def test_a_ukrainian_patronymic_is_no_part_of_the_english() -> None:
    entry = ENTRIES["亚努科维奇"]
    assert (entry.type, entry.en) == ("person", "Viktor Yanukovych")
    assert entry.aliases == ("Viktor Fedorovych Yanukovych",)
    # (and a Russian one, as before)
    assert (ENTRIES["契诃夫"].en, ENTRIES["契诃夫"].aliases) == ("Anton Chekhov", ("Anton Pavlovich Chekhov",))


def test_a_row_applies_only_while_the_line_is_as_written() -> None:
    mended = "亞努科維奇 亚努科维奇 [Ya4 nu3 ke1 wei2 qi2] /Viktor Yanukovych (1950-), Ukrainian politician/\n"
    entry = entries_by_form(mended)["亚努科维奇"]
    assert entry.en == "Viktor Yanukovych"
    assert "corrected by zhgloss" not in entry.note
