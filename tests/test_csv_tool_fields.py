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
