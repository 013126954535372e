"""A language's status column in a CAT tool's table: Crowdin's "Status [en]" (preferred, admitted, not recommended,
obsolete; support.crowdin.com, "Glossary"), a Chinese sheet's 英文状态.

A status that bans the row's term of that language makes it a forbidden form of the entry, never the entry's
English: before, "Status [en]" was an unknown column (the file refused) or, named by hand, skipped, and a
not-recommended rendering became an entry's English that `check` then demanded. A row listing one banned term
of a concept goes to the entry of the file with the row's accepted Chinese (or English).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import dump_csv, load_csv
from zhgloss.model import Entry

CROWDIN = (
    "Term [en],Description [en],Part of Speech [en],Status [en],Term [zh-CN],Description [zh-CN],Status [zh-CN]\n"
    "Tencent,internet company,noun,preferred,腾讯,,preferred\n"
    "Tengxun,,noun,not recommended,腾讯,,\n"
    "Tencent,,noun,preferred,腾迅,,deprecated\n"
    "TSMC,,noun,,台积电,,\n"
)


def read(text: str) -> dict[str, Entry]:
    return {e.en: e for e in load_csv(io.StringIO(text), "glossary.csv")}


def test_a_crowdin_csv_keeps_banned_terms_as_forbidden_forms_of_their_concept() -> None:
    entries = read(CROWDIN)
    assert set(entries) == {"Tencent", "TSMC"}
    tencent = entries["Tencent"]
    assert (tencent.zh, tencent.aliases, tencent.zh_aliases, tencent.note) == ("腾讯", (), (), "internet company")
    assert [(f.form, f.status) for f in tencent.forbidden] == [("Tengxun", "not_recommended"), ("腾迅", "deprecated")]
    assert entries["TSMC"].forbidden == ()


@pytest.mark.parametrize(
    ("value", "status"),
    [("not recommended", "not_recommended"), ("Forbidden", "forbidden"), ("deprecated", "deprecated")],
)
def test_each_banning_status_is_kept(value: str, status: str) -> None:
    text = f"Term [en],Status [en],Term [zh-CN]\nTencent,,腾讯\nTengxun,{value},腾讯\n"
    (entry,) = read(text).values()
    assert [(f.form, f.status) for f in entry.forbidden] == [("Tengxun", status)]


def test_a_preferred_or_admitted_status_bans_nothing() -> None:
    entries = read("Term [en],Status [en],Term [zh-CN]\nTencent,preferred,腾讯\nTSMC,admitted,台积电\n")
    assert {e: entries[e].forbidden for e in entries} == {"Tencent": (), "TSMC": ()}


def test_a_chinese_sheets_status_column_is_read_too() -> None:
    (entry,) = read("中文,英文,英文状态\n腾讯,Tencent,推荐\n腾讯,Tengxun,不推荐\n腾讯,Tenxun,禁用\n").values()
    assert [(f.form, f.status) for f in entry.forbidden] == [("Tengxun", "not_recommended"), ("Tenxun", "forbidden")]


def test_a_banned_term_without_its_concept_is_refused_with_its_line() -> None:
    with pytest.raises(FormatError, match=r"line 2: the row bans 'Tengxun' \(not recommended\), and no row"):
        read("Term [en],Status [en],Term [zh-CN]\nTengxun,not recommended,腾讯\n")


def test_the_imported_entry_round_trips_through_csv() -> None:
    entries = list(read(CROWDIN).values())
    buffer = io.StringIO(newline="")
    dump_csv(entries, buffer)
    assert list(load_csv(io.StringIO(buffer.getvalue()), "again.csv")) == entries


@pytest.mark.parametrize("true", ["TRUE", "true", "yes", "WAHR", "1"])
def test_a_forbidden_column_of_booleans_flags_the_rows_english(true: str) -> None:
    # Matecat's glossary (guides.matecat.com, "Glossary file format"): a "Forbidden" column, TRUE where the row's
    # terms must not be used. It was read as zhgloss's list of forbidden forms: "TRUE" became a forbidden form.
    text = f"Forbidden,Chinese (PRC),English (United States)\nFALSE,悉尼,Sydney\n{true},悉尼,Sidney\n,台积电,TSMC\n"
    entries = read(text)
    assert set(entries) == {"Sydney", "TSMC"}
    assert [(f.form, f.status) for f in entries["Sydney"].forbidden] == [("Sidney", "forbidden")]
    assert entries["TSMC"].forbidden == ()


def test_zhglosss_own_forbidden_column_is_still_a_list_of_forms() -> None:
    (entry,) = read("zh,en,forbidden\n悉尼,Sydney,Sidney; Sydny [deprecated]\n").values()
    assert [(f.form, f.status) for f in entry.forbidden] == [("Sidney", "forbidden"), ("Sydny", "deprecated")]


def test_admitted_rows_of_a_concept_are_its_aliases() -> None:
    # Crowdin lists a concept's terms a row each; an "admitted" one is another accepted form of the concept, not
    # a second entry of one Chinese form (which the import refused: "has two entries for 腾讯").
    text = (
        "Term [en],Status [en],Term [zh-CN],Status [zh-CN]\n"
        "Tencent,preferred,腾讯,preferred\n"
        "Tencent Holdings,admitted,腾讯,\n"
        "Tencent,,腾讯控股,admitted\n"
        "Tengxun,not recommended,腾讯,\n"
    )
    (entry,) = read(text).values()
    assert (entry.en, entry.aliases, entry.zh, entry.zh_aliases) == (
        "Tencent",
        ("Tencent Holdings",),
        "腾讯",
        ("腾讯控股",),
    )
    assert [(f.form, f.status) for f in entry.forbidden] == [("Tengxun", "not_recommended")]


def test_an_admitted_row_of_a_concept_the_file_lacks_is_an_entry_of_its_own() -> None:
    entries = read("Term [en],Status [en],Term [zh-CN]\nTSMC,admitted,台积电\n")
    assert [(e.en, e.zh) for e in entries.values()] == [("TSMC", "台积电")]
