"""A concept's subject under another of its names types the concept as TBX's subjectField does.

User finding U35-17: a MultiTerm XML concept with `<descrip type="Subject">Persons</descrip>` was typed `name`, its
subject kept only in the note, while the same concept as TBX (subjectField) and memoQ's Entry_Subject were typed
`person`. A subject that names no type (Politics) stays in the note as before."""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats import get_format


def mtf(category: str, subject: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<mtf><conceptGrp><concept>1</concept>\n'
        f'<descripGrp><descrip type="{category}">{subject}</descrip></descripGrp>\n'
        '<languageGrp><language type="English" lang="EN-US"/><termGrp><term>Jensen Huang</term></termGrp>'
        "</languageGrp>\n"
        '<languageGrp><language type="Chinese (Taiwan)" lang="ZH-TW"/><termGrp><term>黃仁勳</term></termGrp>'
        "</languageGrp>\n</conceptGrp></mtf>\n"
    )


def read(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (entry,) = get_format("tbx").load(io.StringIO(text), "mt.xml")
    return entry


@pytest.mark.parametrize(
    ("category", "subject", "kind"),
    [
        ("Subject", "Persons", "person"),
        ("subject", "People", "person"),
        ("Domain", "Persons", "person"),
        ("Subject field", "Persons", "person"),
        ("subjectField", "Persons", "person"),
    ],
)
def test_a_subject_by_any_name_types_the_concept(category: str, subject: str, kind: str) -> None:
    entry = read(mtf(category, subject))
    assert (entry.zh, entry.en, entry.type) == ("黄仁勋", "Jensen Huang", kind)
    assert not entry.note


def test_a_subject_that_names_no_type_stays_in_the_note() -> None:
    entry = read(mtf("Subject", "Politics"))
    assert entry.type != "person" and "Politics" in (entry.note or "")
