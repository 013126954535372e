"""Tools' own fields are kept, never dropped silently (issue 9, formats gap 3).

memoQ's term base CSV (docs.memoq.com, "Term base in CSV format"): entry-level Entry_ID, Entry_Subject,
Entry_Domain, Entry_ClientID, Entry_ProjectID, Entry_Created, Entry_Creator, Entry_LastModified,
Entry_Modifier, Entry_Note, then per language the term and its definition, then per term Term_Info and
Term_Example, repeated for each synonym. What has a home in an entry goes there (Entry_Note and the
definitions: the note; a second term column: an alias); the subject, domain, client, project and a term's
info and example are kept in the note, labelled; only the record's bookkeeping (its id, who created or last
changed it, when) is left out.

A Forbidden flag (TRUE/FALSE, as Phrase and Matecat write it: support.phrase.com "Modify Term Bases") that
follows a term column is that term's: a row with two English columns and a flag after each bans the synonym
its flag marks, not the row's English. A Forbidden column before any term (Matecat's column A) still flags
the row's English, as before.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.model import Entry, ForbiddenForm

MEMOQ_HEADER = (
    "Entry_ID;Entry_Subject;Entry_Domain;Entry_ClientID;Entry_ProjectID;Entry_Created;Entry_Creator;"
    "Entry_LastModified;Entry_Modifier;Entry_Note;English_United_States;English_United_States_Def;Term_Info;"
    "Term_Example;Chinese_PRC;Chinese_PRC_Def;Term_Info;Term_Example"
)


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


def test_memoq_entry_and_term_fields_are_kept_in_the_note_labelled() -> None:
    row = (
        "7;Finance;Banking;ACME;P-12;9/14/2020 12:46:36 AM;translator;9/15/2020 8:01:10 AM;reviewer;;"
        "Bank of China;state-owned bank;;;中国银行;;;中国银行的分行"
    )
    (entry,) = entries_of(f"{MEMOQ_HEADER}\n{row}\n")
    assert entry.note == (
        "Subject: Finance; Domain: Banking; Client: ACME; Project: P-12; state-owned bank; Term example: 中国银行的分行"
    )
    assert entry.id != "7"  # memoQ's id is its record's, not zhgloss's


@pytest.mark.parametrize("field", ["Entry_Created", "Entry_Creator", "Entry_LastModified", "Entry_Modifier"])
def test_memoq_bookkeeping_is_left_out(field: str) -> None:
    (entry,) = entries_of(f"{field};English_United_States;Chinese_PRC\n9/14/2020;Bank of China;中国银行\n")
    assert entry.note is None


@pytest.mark.parametrize(
    "text",
    [
        "zh,en,en,Forbidden\n茅台,Moutai,Maotai,TRUE\n",
        "zh,en,Forbidden,en,Forbidden\n茅台,Moutai,FALSE,Maotai,TRUE\n",
        "Chinese (PRC),English (United States),Forbidden,English (United States),Forbidden\n"
        "茅台,Moutai,FALSE,Maotai,TRUE\n",
    ],
)
def test_a_forbidden_flag_after_a_synonym_bans_that_synonym(text: str) -> None:
    (entry,) = entries_of(text)
    assert (entry.en, entry.aliases, entry.forbidden) == ("Moutai", (), (ForbiddenForm("Maotai", "forbidden"),))


def test_a_forbidden_flag_after_each_language_flags_its_own_term() -> None:
    (entry,) = entries_of("en,Forbidden,zh,Forbidden\nMoutai,FALSE,茅台,FALSE\nMaotai,TRUE,茅台,FALSE\n")
    assert (entry.zh, entry.en, entry.forbidden) == ("茅台", "Moutai", (ForbiddenForm("Maotai", "forbidden"),))


def test_an_unflagged_synonym_stays_an_alias() -> None:
    (entry,) = entries_of("zh,en,Forbidden,en,Forbidden\n贵州,Guizhou,FALSE,Kweichow,FALSE\n")
    assert (entry.en, entry.aliases, entry.forbidden) == ("Guizhou", ("Kweichow",), ())


# Phrase names a language's fields by its code and the field: en_usage, zh_cn_note, en_term_id, en_forbidden
# (the term attributes its help lists: forbidden, preferred, case sensitive, exact match, usage, note, short
# translation; support.phrase.com "Modify Term Bases"). Read before as BCP 47 subtags of the language, each such
# column was the English or Chinese term again.
@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("en_note", "note"),
        ("zh_cn_definition", "note"),
        ("en_usage", "note:en_usage"),
        ("en_forbidden", "status:en"),
        ("zh_CN_Forbidden", "status:zh"),
        ("en_term_id", "-"),
        ("en_created_at", "-"),
        ("en_preferred", "-"),
        ("en_case_sensitive", "-"),
        ("en_exact", "-"),
        ("en_part_of_speech", "-"),
        ("en_foo", None),  # a field zhgloss does not know: refused with --columns' hint, not taken for the term
        ("en_term", "en"),
        ("zh_cn", "zh"),
        ("zh-Hant-TW", "zh_hant"),
        ("zh-CHT", "zh_hant"),
        ("Chinese (PRC)", "zh"),
    ],
)
def test_a_language_code_with_a_fields_name_names_that_field(header: str, column: str | None) -> None:
    from zhgloss.formats.table import header_column

    assert header_column(header) == column


def test_a_phrase_shaped_workbook_with_per_language_fields() -> None:
    from openpyxl import Workbook

    from zhgloss.formats.xlsx import load_xlsx

    book = Workbook()
    sheet = book.active
    sheet.append(
        ["concept_id", "concept_domain", "en", "en_term_id", "en_usage", "en_forbidden", "en_preferred",
         "zh_cn", "zh_cn_term_id", "zh_cn_note", "zh_cn_forbidden"]
    )  # fmt: skip
    sheet.append(["c1", "Food", "Moutai", "t1", "brand name", False, True, "茅台", "t2", "白酒品牌", False])
    sheet.append(["c1", "Food", "Maotai", "t3", None, True, False, "茅台", "t4", None, False])
    data = io.BytesIO()
    book.save(data)
    (entry,) = load_xlsx(io.BytesIO(data.getvalue()), "phrase.xlsx")
    assert (entry.zh, entry.en, entry.aliases) == ("茅台", "Moutai", ())
    assert entry.forbidden == (ForbiddenForm("Maotai", "forbidden"),)
    assert entry.note == "concept_domain: Food; en_usage: brand name; 白酒品牌"
