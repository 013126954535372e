"""A table's subject column types its rows as TBX's subjectField does (user finding U33-12).

Crowdin's glossary CSV has a "Concept Subject" column, memoQ's term-base CSV an Entry_Subject, Matecat's a Domain;
their cells were kept in the note alone ("Concept Subject: Companies"), so 小米 stayed typed `name` where the same
concept in TBX (<descrip type="subjectField">company</descrip>) is an org. A subject that names a zhgloss type types
the row (unless the table has a type column); any other (Politics) stays in the note, labelled.
"""

from __future__ import annotations

import io

from zhgloss.formats import get_format
from zhgloss.model import Entry

CROWDIN = (
    '"Term [en]","Description [en]","Term [zh-CN]","Concept Definition","Concept Subject","Concept URL"\n'
    '"Xiaomi","Consumer electronics company","小米","Chinese electronics maker","Companies","https://www.mi.com"\n'
    '"Lei Jun","Founder of Xiaomi","雷军","","People",""\n'
    '"Shenzhen","","深圳","","Cities",""\n'
    '"Belt and Road Initiative","","一带一路","","Politics",""\n'
)


def _load(text: str) -> dict[str, Entry]:
    return {entry.zh or "": entry for entry in get_format("csv").load(io.StringIO(text), "terms.csv")}


def test_crowdin_concept_subject_types_the_row() -> None:
    entries = _load(CROWDIN)
    assert {zh: entry.type for zh, entry in entries.items()} == {
        "小米": "org",
        "雷军": "person",
        "深圳": "place",
        "一带一路": "name",
    }
    assert entries["小米"].note == "Consumer electronics company; Chinese electronics maker"
    assert entries["小米"].sources == ("https://www.mi.com",)
    assert entries["一带一路"].note == "Concept Subject: Politics"


def test_memoq_entry_subject_types_the_row() -> None:
    entries = _load(
        "Entry_ID,Entry_Subject,Chinese_PRC,English_United_States\n"
        "1,Persons,任正非,Ren Zhengfei\n"
        "2,Organizations,华为,Huawei\n"
        "3,Telecoms,中国移动,China Mobile\n"
    )
    assert (entries["任正非"].type, entries["华为"].type) == ("person", "org")
    assert entries["中国移动"].note == "Subject: Telecoms"


def test_a_type_column_is_not_overruled_by_the_subject() -> None:
    entries = _load("zh,en,type,Subject\n腾讯,Tencent,org,Persons\n")
    assert (entries["腾讯"].type, entries["腾讯"].note) == ("org", "Subject: Persons")
