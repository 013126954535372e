"""A term's `usage` that is a status word alone bans it; free text under `usage` is a note.

TBX v3 files and DITA's termentry write a term's standing as `usage` ("obsolete", "notRecommended"); the
acceptance test (seventeenth session) found `<termNote type="usage">obsolete</termNote>` on "Port Jackson"
made it an accepted alias of Sydney, which `check` then passed. A usage that says more ("avoid in headlines",
MultiTerm's free-text Usage field) is a note of its term, and was dropped when written as a termNote.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.tbx import dump_tbx, load_tbx
from zhgloss.model import Entry

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>a termbase</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="syd">
<langSec xml:lang="en"><termSec><term>Sydney</term></termSec>
<termSec><term>Port Jackson</term><termNote type="usage">{usage}</termNote></termSec>
<termSec><term>Sidney</term><termNote type="usage">avoid in headlines</termNote></termSec></langSec>
<langSec xml:lang="zh-CN"><termSec><term>悉尼</term></termSec></langSec>
</conceptEntry></body></text></tbx>
"""


def read(usage: str) -> Entry:
    (entry,) = load_tbx(io.StringIO(TBX3.format(usage=usage)))
    return entry


@pytest.mark.parametrize(
    ("usage", "status"),
    [
        ("notRecommended", "not_recommended"),
        ("not recommended", "not_recommended"),
        ("deprecatedTerm-admn-sts", "deprecated"),
        ("forbidden", "forbidden"),
        ("superseded", "superseded"),
    ],
)
def test_a_status_word_as_usage_bans_the_term(usage: str, status: str) -> None:
    entry = read(usage)
    assert entry.aliases == ("Sidney",)
    assert [(f.form, f.status) for f in entry.forbidden] == [("Port Jackson", status)]


def test_obsolete_as_usage_bans_the_term() -> None:
    entry = read("obsolete")
    assert "Port Jackson" in entry.forbidden_forms
    assert "Port Jackson" not in entry.aliases


def test_free_text_under_usage_is_its_terms_note() -> None:
    entry = read("obsolete")
    assert entry.note == "Sidney: usage: avoid in headlines"


def test_a_usage_sentence_naming_a_status_is_a_note_not_a_ban() -> None:
    entry = read("not recommended in legal texts")
    assert entry.aliases == ("Port Jackson", "Sidney")
    assert "Port Jackson: usage: not recommended in legal texts" in (entry.note or "")


def test_the_banned_term_is_written_back_and_read_again() -> None:
    entry = read("notRecommended")
    buffer = io.StringIO()
    dump_tbx([entry], buffer)
    assert list(load_tbx(io.StringIO(buffer.getvalue()))) == [entry]
