"""Several synonyms in one term cell (issue 9, formats gap 2): "Jack Ma; Ma Yun", "马云|马老师".

Where tools write them so: the Glossary Converter flattens a MultiTerm termbase into Excel with synonyms in
one cell, "Term|Synonym" by default, or "|" and a line break (cerebus.de/glossaryconverter, "Separators" and
"Synonym Handling"); Across separates several values of a field with U+241E (across.net, "The CSV Format");
memoQ's import asks which character splits alternatives in a field ("Split alternatives in field by"). A
translator's own sheet writes ";" or "；". The first term is the entry's form, the others its aliases of that
language; a banned cell bans each. A comma never splits: it stands inside English names.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import split_synonyms
from zhgloss.formats.xlsx import load_xlsx
from zhgloss.model import Entry, ForbiddenForm


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


@pytest.mark.parametrize(
    "text",
    [
        "中文,英文\n马云|马老师,Jack Ma|Ma Yun\n",  # the Glossary Converter's default
        "中文,英文\n马云；马老师,Jack Ma; Ma Yun\n",  # a translator's sheet
        'Chinese (PRC),English (United States)\n"马云|\n马老师","Jack Ma|\nMa Yun"\n',  # "|\n"
        "zh-CN,en-US\n马云\u241e马老师,Jack Ma\u241eMa Yun\n",  # Across
        'source,target\n"马云\n马老师","Jack Ma\nMa Yun"\n',  # a line break in the cell
    ],
)
def test_synonyms_in_one_cell_are_the_entrys_aliases(text: str) -> None:
    (entry,) = entries_of(text)
    assert (entry.zh, entry.zh_aliases, entry.en, entry.aliases) == ("马云", ("马老师",), "Jack Ma", ("Ma Yun",))


@pytest.mark.parametrize(
    "en",
    ["Martin Luther King, Jr.", "Tianjin, China", "Procter & Gamble", "AC/DC", "Johnson & Johnson, Inc."],
)
def test_a_comma_or_other_mark_inside_an_english_name_never_splits(en: str) -> None:
    (entry,) = entries_of(f'中文,英文\n某名,"{en}"\n')
    assert (entry.en, entry.aliases) == (en, ())


def test_a_cell_whose_parts_are_not_all_terms_of_its_language_is_one_term() -> None:
    assert split_synonyms("Jack Ma|马云", "en") == ["Jack Ma|马云"]
    assert split_synonyms("马云|Jack Ma", "zh") == ["马云|Jack Ma"]
    assert split_synonyms("Tencent|", "en") == ["Tencent|"]


def test_an_alias_column_and_a_synonym_cell_add_up() -> None:
    (entry,) = entries_of("中文,英文,英文\n腾讯,Tencent; Tengxun,Tencent Holdings\n")
    assert entry.aliases == ("Tencent Holdings", "Tengxun") or entry.aliases == ("Tengxun", "Tencent Holdings")


def test_a_banned_cell_of_synonyms_bans_each() -> None:
    text = "Term [en],Status [en],Term [zh-CN]\nMoutai,preferred,茅台\nMaotai|Mao-tai,not recommended,茅台\n"
    (entry,) = entries_of(text)
    assert entry.en == "Moutai" and entry.aliases == ()
    assert entry.forbidden == (
        ForbiddenForm("Maotai", "not_recommended"),
        ForbiddenForm("Mao-tai", "not_recommended"),
    )


def test_zhgloss_own_layout_is_never_split() -> None:
    # An English form may hold a semicolon in zhgloss's own export; its list cells say the aliases.
    from zhgloss.formats.csv_format import dump_csv

    entry = Entry(id="x", en="Yes; No", zh="是否", type="term")
    out = io.StringIO(newline="")
    dump_csv([entry], out)
    assert list(load_csv(io.StringIO(out.getvalue(), newline=""), "x.csv")) == [entry]


def test_a_workbook_cell_of_synonyms_from_the_glossary_converter() -> None:
    book = Workbook()
    book.active.append(["Chinese (PRC)", "English (United States)"])
    book.active.append(["腾讯|\n騰訊", "Tencent|\nTencent Holdings"])
    data = io.BytesIO()
    book.save(data)
    (entry,) = load_xlsx(io.BytesIO(data.getvalue()), "terms.xlsx")
    assert (entry.zh, entry.en, entry.aliases) == ("腾讯", "Tencent", ("Tencent Holdings",))


NAME = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}(, Jr\.)?", fullmatch=True)


@given(names=st.lists(NAME, min_size=1, max_size=4, unique=True), separator=st.sampled_from(["; ", "|", "\n", "；"]))
def test_split_synonyms_gives_back_the_names_joined(names: list[str], separator: str) -> None:
    assert split_synonyms(separator.join(names), "en") == names
