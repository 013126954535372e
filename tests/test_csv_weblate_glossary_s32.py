"""Weblate's glossary CSV with its explanation and flags columns (session 32, user finding U32-29).

Weblate's CSV header was recognised only exactly as translate-toolkit writes it; its glossary adds an explanation per
term and flags (https://docs.weblate.org/en/latest/user/glossary.html: "forbidden" marks a term not to use), and one
more column made the file "unknown column 'location'". The explanation is the note now, and a forbidden flag bans the
row's English term, as Crowdin's status column does.
"""

from __future__ import annotations

import io

from zhgloss.formats.csv_format import load_csv
from zhgloss.model import ForbiddenForm

# The tester's weblate5.csv, names of CC-CEDICT's 腾讯 /see 腾讯控股有限公司.../ and 雷军.
WEBLATE = (
    "location,source,target,id,fuzzy,context,translator_comments,developer_comments,explanation,flags\n"
    ",Tencent,腾讯,,False,,,,Chinese internet company,terminology\n"
    ',TenCent,腾讯,,False,,,,Wrong casing,"forbidden,terminology"\n'
    ",Lei Jun,雷军,,False,,,,,read-only\n"
)


def test_weblates_glossary_columns_are_read() -> None:
    entries = {e.zh: e for e in load_csv(io.StringIO(WEBLATE), "weblate5.csv")}
    assert sorted(entries) == ["腾讯", "雷军"]
    tencent = entries["腾讯"]
    assert (tencent.en, tencent.note) == ("Tencent", "Chinese internet company")
    assert tencent.forbidden == (ForbiddenForm("TenCent", "forbidden"),)
    assert (entries["雷军"].en, entries["雷军"].forbidden) == ("Lei Jun", ())


def test_the_plain_weblate_header_still_reads() -> None:
    text = "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n,Tencent,腾讯,,False,,,\n"
    (entry,) = load_csv(io.StringIO(text), "weblate.csv")
    assert (entry.zh, entry.en) == ("腾讯", "Tencent")
