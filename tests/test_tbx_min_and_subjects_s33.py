"""TBX: a subjectField that names a kind in a termbase's words, and the TBX-Min dialect (session 33, issue 9; user
U33-12's TBX item, U33-20's TBX-Min).

- `<descrip type="subjectField">Persons</descrip>`, `company`, `Companies`, `Places`: a termbase's subject list names
  kinds in the plural or by another word; each concept was typed `name` and the field kept as a note. A subject that
  names no kind (Politics) is still a note.
- TBX-Min (LTAC's dialect: `<TBX dialect="TBX-Min">`, entry / langGroup / termGroup / termStatus) was refused as "not
  TBX: the root element is <TBX>": it is read, its termStatus a status.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats import get_format


def _basic(subject: str, zh: str, en: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        f'<termEntry id="1"><descrip type="subjectField">{subject}</descrip><langSet xml:lang="zh-CN"><tig><term>{zh}'
        f'</term></tig></langSet><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n"
    )


@pytest.mark.parametrize(
    ("subject", "zh", "en", "kind"),
    [
        ("Persons", "李强", "Li Qiang", "person"),
        ("company", "富士康", "Foxconn", "org"),
        ("Companies", "比亚迪", "BYD", "org"),
        ("Places", "郑州", "Zhengzhou", "place"),
        ("人名", "王毅", "Wang Yi", "person"),
    ],
)
def test_a_subject_naming_a_kind_types_the_entry(subject: str, zh: str, en: str, kind: str) -> None:
    (entry,) = get_format("tbx").load(io.StringIO(_basic(subject, zh, en)), "s.tbx")
    assert (entry.zh, entry.type, entry.note) == (zh, kind, None)


def test_a_subject_naming_a_domain_stays_a_note() -> None:
    (entry,) = get_format("tbx").load(io.StringIO(_basic("Politics", "国民党", "Kuomintang")), "s.tbx")
    assert (entry.type, entry.note) == ("name", "subject field: Politics")


TBX_MIN = """<?xml version="1.0" encoding="UTF-8"?>
<TBX dialect="TBX-Min">
<header><id>TBX-Min sample</id><languages source="en" target="zh-CN"/></header>
<body>
<entry id="1">
<subjectField>politics</subjectField>
<langGroup xml:lang="en">
<termGroup><term>Xi Jinping</term><termStatus>preferred</termStatus></termGroup>
<termGroup><term>Hsi Chin-ping</term><termStatus>notRecommended</termStatus></termGroup>
</langGroup>
<langGroup xml:lang="zh-CN"><termGroup><term>习近平</term><termStatus>preferred</termStatus></termGroup></langGroup>
</entry>
<entry id="2">
<langGroup xml:lang="en"><termGroup><term>Foxconn</term></termGroup></langGroup>
<langGroup xml:lang="zh-CN"><termGroup><term>富士康</term></termGroup></langGroup>
</entry>
</body></TBX>
"""


def test_tbx_min_is_read() -> None:
    first, second = get_format("tbx").load(io.StringIO(TBX_MIN), "min.tbx")
    assert (first.zh, first.en, first.aliases) == ("习近平", "Xi Jinping", ())
    assert [(f.form, f.status) for f in first.forbidden] == [("Hsi Chin-ping", "not_recommended")]
    assert (second.zh, second.en) == ("富士康", "Foxconn")
