"""A term's status under the names termbase tools give it: MultiTerm's "Status" field, "Term Status".

ISO 12620's data category registry lists "status", "term status" and "usage status" as names of
administrativeStatus (ISOcat DC-70), and termbase tools let a user name a field so: a MultiTerm termbase exported
to TBX writes `<descrip type="Status">Forbidden</descrip>` on the term. Such a field bans its term as
administrativeStatus does; a value that neither bans nor ranks the term ("approved") stays a note. Before, every
such status was a note ("Status: Forbidden") and the banned term an accepted alias that check passed.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.tbx import dump_tbx, load_tbx
from zhgloss.model import Entry

MULTITERM = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>MultiTerm export</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="_1">
  <langSet xml:lang="EN-US">
    <descripGrp><descrip type="Definition">Chinese internet company</descrip></descripGrp>
    <ntig><termGrp><term>Tencent</term><termNote type="{category}">Preferred</termNote></termGrp></ntig>
    <ntig><termGrp><term>Tengxun</term></termGrp>
      <descripGrp><descrip type="{category}">{value}</descrip></descripGrp></ntig>
  </langSet>
  <langSet xml:lang="ZH-CN">
    <ntig><termGrp><term>腾讯</term></termGrp></ntig>
    <ntig><termGrp><term>腾迅</term></termGrp>
      <descripGrp><descrip type="{category}">{value}</descrip></descripGrp></ntig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def read(category: str, value: str) -> Entry:
    (entry,) = load_tbx(io.StringIO(MULTITERM.format(category=category, value=value)))
    return entry


@pytest.mark.parametrize("category", ["Status", "status", "Term Status", "termStatus", "term_status"])
@pytest.mark.parametrize(
    ("value", "status"),
    [("Forbidden", "forbidden"), ("Not recommended", "not_recommended"), ("deprecated", "deprecated")],
)
def test_a_status_field_that_bans_makes_the_term_a_forbidden_form(category: str, value: str, status: str) -> None:
    entry = read(category, value)
    assert (entry.en, entry.aliases, entry.zh, entry.zh_aliases) == ("Tencent", (), "腾讯", ())
    banned = {f.form: f.status for f in entry.forbidden}
    assert banned["Tengxun"] == status
    assert banned["腾迅"] == status
    assert "Status" not in (entry.note or "")


def test_a_status_field_that_neither_bans_nor_ranks_stays_a_note() -> None:
    entry = read("Status", "approved")
    assert entry.aliases == ("Tengxun",)
    assert entry.forbidden == ()
    assert "Tengxun: Status: approved" in (entry.note or "")


def test_preferred_in_a_status_field_makes_the_main_term_whatever_its_place() -> None:
    text = MULTITERM.format(category="Status", value="Preferred").replace(
        '<term>Tencent</term><termNote type="Status">Preferred</termNote>', "<term>Tencent</term>"
    )
    (entry,) = load_tbx(io.StringIO(text))
    assert entry.en == "Tengxun"  # the one term the file calls preferred
    assert entry.aliases == ("Tencent",)


def test_the_banned_forms_survive_a_round_trip() -> None:
    entry = read("Status", "Forbidden")
    buffer = io.StringIO()
    dump_tbx([entry], buffer)
    (back,) = load_tbx(io.StringIO(buffer.getvalue()))
    assert back == entry
