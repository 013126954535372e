"""A TBX term of a Chinese langSet that is the concept's English copied (a CAT tool's "copy source to target") is
read as a table row "Lei Jun,Lei Jun" is: a draft without Chinese, said in a note with the termEntry's line (issue 9;
the thirty-first session's note, "TBX still refuses a zh-CN term 'Lei Jun' beside en 'Lei Jun'").

Before, the whole file was refused ("the zh-CN term 'Lei Jun' has no Chinese characters: it reads as pinyin ...; fix
the term (nothing was imported)"), while the same pair in a CSV, TSV or workbook imported as a draft. Both now follow
`zhgloss.formats.table.untranslated_copy`: Latin that reads as Chinese romanized (Lei Jun, Huawei, Xiaomi, Baidu)
and equals the English is no translation; Latin Chinese text keeps (OneDrive) stays the Chinese term; a concept typed
as a person is still refused, as a table row with a type cell is.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tbx import load_tbx


def _martif(*concepts: tuple[str, str, str], subject: str = "") -> str:
    """A TBX-Basic file (the shape Phrase and memoQ export) of (English, Chinese langSet's tag, Chinese term)."""
    field = f'<descrip type="subjectField">{subject}</descrip>' if subject else ""
    entries = "".join(
        f'    <termEntry id="c{n}">{field}\n'
        f'      <langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>\n'
        f'      <langSet xml:lang="{lang}"><tig><term>{zh}</term></tig></langSet>\n'
        "    </termEntry>\n"
        for n, (en, lang, zh) in enumerate(concepts, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">\n  <text><body>\n'
        f"{entries}  </body></text>\n</martif>\n"
    )


def _tbx3(en: str, zh: str) -> str:
    """A TBX v3 file (Crowdin's shape: conceptEntry, langSec, termSec)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
        "  <text><body>\n"
        '    <conceptEntry id="7">\n'
        f'      <langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec>\n'
        f'      <langSec xml:lang="zh-CN"><termSec><term>{zh}</term></termSec></langSec>\n'
        "    </conceptEntry>\n  </body></text>\n</tbx>\n"
    )


def _read(text: str) -> tuple[list, list[ImportNote]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ImportNote)
        entries = list(load_tbx(io.StringIO(text), "t.tbx"))
    return entries, [w.message for w in caught if isinstance(w.message, ImportNote)]


@pytest.mark.parametrize("name", ["Lei Jun", "Huawei", "Xiaomi", "Baidu", "Zhang Yiming"])
def test_a_copied_english_term_is_a_draft_without_chinese(name: str) -> None:
    (first, copied), notes = _read(_martif(("Tencent", "zh-CN", "腾讯"), (name, "zh-CN", name)))
    assert (first.zh, first.en) == ("腾讯", "Tencent")
    assert (copied.zh, copied.zh_hant, copied.zh_aliases, copied.en, copied.draft) == (None, None, (), name, True)
    (note,) = notes
    assert note.line == 8  # the second termEntry's start tag
    assert f"'{name}' is the termEntry's English copied into the Chinese langSet" in note.text
    assert "draft without Chinese" in note.text


def test_a_tbx3_concept_is_read_alike() -> None:
    (entry,), notes = _read(_tbx3("Lei Jun", "Lei Jun"))
    assert (entry.zh, entry.en, entry.draft) == (None, "Lei Jun", True)
    assert len(notes) == 1


def test_the_table_and_the_tbx_agree() -> None:
    from zhgloss.formats.csv_format import load_csv

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportNote)
        (row,) = load_csv(io.StringIO("zh,en\nLei Jun,Lei Jun\n"), "t.csv")
    (term,), _ = _read(_martif(("Lei Jun", "zh-CN", "Lei Jun")))
    assert (term.zh, term.en, term.draft, term.type) == (row.zh, row.en, row.draft, row.type)


def test_latin_chinese_text_keeps_stays_the_chinese_term() -> None:
    (entry,), notes = _read(_martif(("OneDrive", "zh-TW", "OneDrive")))
    assert entry.zh == "OneDrive"
    assert not entry.draft
    assert notes == []


def test_a_person_s_latin_chinese_term_is_still_refused() -> None:
    with pytest.raises(FormatError) as caught:
        _read(_martif(("Lei Jun", "zh-CN", "Lei Jun"), subject="person"))
    assert "'Lei Jun'" in str(caught.value)
    assert "nothing was imported" in str(caught.value)


def test_latin_other_than_the_english_is_still_refused() -> None:
    with pytest.raises(FormatError) as caught:
        _read(_martif(("Lei Jun", "zh-CN", "Lei Chun")))
    assert "'Lei Chun'" in str(caught.value)
