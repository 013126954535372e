"""A term's status under a field named otherwise (session 33, issue 9; user U33-2, U30-16's class by the field's name).

MultiTerm and TBX files from other tools give a term's ban under "Usage status", "Normative status", "Acceptability"
or French "Statut" (ISO 12620's usageStatus and normativeAuthorization written as names, the standards' word for the
ranking): each became an accepted alias in silence, the ban a note ("Lee Ka-chiu: Usage status: Forbidden"), and
check passed the banned rendering. "Status" and "Term Status" were read already.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats import get_format


def _termbase(field: str, value: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n<termEntry id="1">'
        '<langSet xml:lang="en"><tig><term>John Lee</term></tig><tig><term>Lee Ka-chiu</term>'
        f'<descrip type="{field}">{value}</descrip></tig></langSet>'
        '<langSet xml:lang="zh-HK"><tig><term>李家超</term></tig></langSet></termEntry>\n</body></text></martif>\n'
    )


@pytest.mark.parametrize("field", ["Usage status", "Usage Status", "Normative status", "Acceptability", "Statut"])
@pytest.mark.parametrize(("value", "status"), [("Forbidden", "forbidden"), ("Deprecated", "deprecated")])
def test_a_ban_under_another_name_bans_the_term(field: str, value: str, status: str) -> None:
    (entry,) = get_format("tbx").load(io.StringIO(_termbase(field, value)), "st.tbx")
    assert entry.en == "John Lee"
    assert "Lee Ka-chiu" not in entry.aliases
    assert [(f.form, f.status) for f in entry.forbidden] == [("Lee Ka-chiu", status)]
    assert entry.note is None


def test_an_admitted_term_under_another_name_is_an_alias() -> None:
    (entry,) = get_format("tbx").load(io.StringIO(_termbase("Acceptability", "Admitted")), "st.tbx")
    assert (entry.en, entry.aliases, entry.forbidden, entry.note) == ("John Lee", ("Lee Ka-chiu",), (), None)
