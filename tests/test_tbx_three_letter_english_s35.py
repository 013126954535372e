"""A TBX langSet tagged with ISO 639-2's three-letter English code and a region (memoQ writes eng-US, eng-GB, as it
writes zho-CN and zho-TW) is English (user finding U35-36: passed over as another language, and the person then
imported as a draft whose English was its pinyin)."""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats import get_format


def tbx(english_tag: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="_1"><descrip type="subjectField">Persons</descrip>\n'
        f'<langSet xml:lang="{english_tag}"><tig><term>Lai Ching-te</term></tig></langSet>\n'
        '<langSet xml:lang="zho-TW"><tig><term>賴清德</term></tig></langSet>\n'
        '<langSet xml:lang="zho-CN"><tig><term>赖清德</term></tig></langSet>\n'
        "</termEntry></body></text></martif>\n"
    )


@pytest.mark.parametrize("tag", ["eng-US", "eng-GB", "ENG-us", "eng", "en-US", "eng-Latn-US"])
def test_english_by_any_tag_memoq_writes(tag: str) -> None:
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        (entry,) = get_format("tbx").load(io.StringIO(tbx(tag)), "mq.tbx")
    assert (entry.zh, entry.zh_hant, entry.en, entry.type, entry.draft) == (
        "赖清德",
        "賴清德",
        "Lai Ching-te",
        "person",
        False,
    )
    assert not [str(w.message) for w in said if "other languages" in str(w.message)]


@pytest.mark.parametrize("tag", ["engl", "enm", "de-DE"])
def test_other_tags_are_still_other_languages(tag: str) -> None:
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        entries = list(get_format("tbx").load(io.StringIO(tbx(tag)), "mq.tbx"))
    assert all(entry.en != "Lai Ching-te" for entry in entries)


@pytest.mark.parametrize(("subject", "en"), [("Persons", "Lai Qingde"), ("Politics", "Laiqingde")])
def test_a_concept_without_english_is_proposed_as_its_subject_says(subject: str, en: str) -> None:
    """U35-36's second fault: a Persons concept with no English got the draft English "Laiqingde", where a table's row
    typed person gets "Lai Qingde" (`zhgloss.formats.table.proposed_english`)."""
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        f'<termEntry id="_1"><descrip type="subjectField">{subject}</descrip>\n'
        '<langSet xml:lang="zho-CN"><tig><term>赖清德</term></tig></langSet>\n'
        "</termEntry></body></text></martif>\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (entry,) = get_format("tbx").load(io.StringIO(text), "mq.tbx")
    assert (entry.en, entry.draft) == (en, True)
