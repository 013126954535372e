"""A name a sheet translates on one row and leaves untranslated on another (session 32, brief item 4).

"马云,Jack Ma" and "Jack Ma,Jack Ma" in one file (a CAT tool copies the source to the target of a row not yet
translated, 599c527 reads such a row as a draft without Chinese) gave a second entry, Chinese-less, of the name the
file translates: `lookup "Jack Ma"` then had two answers and `validate` a draft to finish that was finished. The draft
is passed over now, said with its line, in every table reader (CSV, TSV, xlsx, OmegaT), whichever row comes first; so
is a row whose Chinese is blank under an English source. Names from CC-CEDICT: 马云 (Jack Ma), 马化腾 /Ma Huateng
aka Pony Ma/, 李彦宏 /Robin Li/.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_omegat
from zhgloss.model import Entry


def _read(load: object, text: str, name: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load(io.StringIO(text), name))  # type: ignore[operator]
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if issubclass(w.category, ImportNote)]


PAIRS = [("马云", "Jack Ma"), ("马化腾", "Pony Ma"), ("李彦宏", "Robin Li")]


@pytest.mark.parametrize(("zh", "en"), PAIRS)
@pytest.mark.parametrize("copy_first", [False, True])
def test_a_csv_rows_copy_of_a_name_the_file_translates_is_passed_over(zh: str, en: str, copy_first: bool) -> None:
    rows = [f"{en},{en}", f"{zh},{en}"] if copy_first else [f"{zh},{en}", f"{en},{en}"]
    entries, notes = _read(load_csv, "zh,en\n" + "\n".join(rows) + "\n", "names.csv")
    assert [(e.zh, e.en, e.draft) for e in entries] == [(zh, en, False)]
    copy_line = 2 if copy_first else 3
    assert any(n.startswith(f"line {copy_line}: zh {en!r} is the row's English copied") for n in notes), notes
    assert any(f"the English of {zh!r}: passed over" in n for n in notes), notes


@pytest.mark.parametrize(("zh", "en"), PAIRS)
def test_an_omegat_lines_copy_of_a_name_the_file_translates_is_passed_over(zh: str, en: str) -> None:
    entries, notes = _read(load_omegat, f"{zh}\t{en}\n{en}\t{en}\n", "glossary.utf8")
    assert [(e.zh, e.en, e.draft) for e in entries] == [(zh, en, False)]
    assert any(n.startswith("line 2: ") and "passed over" in n for n in notes), notes


def test_a_blank_chinese_cell_under_an_english_source_is_passed_over_too() -> None:
    text = "en,zh\nJack Ma,马云\nJack Ma,\nPony Ma,\n"  # a Weblate-style glossary of an English project
    entries, notes = _read(load_csv, text, "weblate.csv")
    assert [(e.zh, e.en, e.draft) for e in entries] == [("马云", "Jack Ma", False), (None, "Pony Ma", True)]
    assert any(n.startswith("line 3: 'Jack Ma' has no Chinese") for n in notes), notes


def test_an_alias_the_file_gives_counts_as_its_english() -> None:
    text = "zh,en,aliases\n马化腾,Ma Huateng,Pony Ma\nPony Ma,Pony Ma,\n"
    entries, _ = _read(load_csv, text, "names.csv")
    assert [(e.zh, e.en) for e in entries] == [("马化腾", "Ma Huateng")]


def test_a_copy_of_a_name_the_file_does_not_translate_stays_a_draft() -> None:
    entries, notes = _read(load_csv, "zh,en\n马云,Jack Ma\nLei Jun,Lei Jun\n", "names.csv")
    assert [(e.zh, e.en, e.draft) for e in entries] == [("马云", "Jack Ma", False), (None, "Lei Jun", True)]
    assert any(n.startswith("line 3: ") and "imported as a draft without Chinese" in n for n in notes), notes


def test_a_draft_that_says_more_is_kept() -> None:
    text = "en,zh,note\nJack Ma,马云,\nJack Ma,,Alibaba's founder (check the Chinese)\n"
    entries, _ = _read(load_csv, text, "names.csv")
    assert [(e.zh, e.en) for e in entries] == [("马云", "Jack Ma"), (None, "Jack Ma")]


def test_zhglosss_own_export_keeps_both_as_the_glossary_held_them() -> None:
    from zhgloss.formats.csv_format import dump_csv

    held = [
        Entry(id="jack-ma", type="person", zh="马云", en="Jack Ma"),
        Entry(id="jack-ma-2", type="person", en="Jack Ma", draft=True),
    ]
    out = io.StringIO()
    dump_csv(held, out)
    entries, _ = _read(load_csv, out.getvalue(), "export.csv")
    assert entries == held
