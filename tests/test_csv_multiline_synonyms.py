"""A synonym on a row of its own under its entry's (issue 9, formats gap 6: a demanding user's files).

The Glossary Converter writes a MultiTerm termbase to Excel in "multi-line format" on request: each synonym
gets its own line, the source either repeated or left blank (cerebus.de/glossaryconverter, "Synonym
Handling": "car | Auto" then "car | Wagen", or " | Wagen"). Read before as a second entry of the same Chinese
(refused: "has two entries for 马云") or, with the Chinese blank, as an entry without Chinese, silently.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.model import Entry


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


@pytest.mark.parametrize(
    "text",
    [
        "中文,英文\n马云,Jack Ma\n,Ma Yun\n马化腾,Pony Ma\n",  # the source left blank
        "中文,英文\n马云,Jack Ma\n马云,Ma Yun\n马化腾,Pony Ma\n",  # the source repeated
        "Chinese (PRC),English (United States),Notes\n马云,Jack Ma,founder\n,Ma Yun,pinyin\n马化腾,Pony Ma,\n",
    ],
)
def test_a_synonym_row_is_an_alias_of_the_entry_above(text: str) -> None:
    entries = entries_of(text)
    assert [(e.zh, e.en, e.aliases) for e in entries] == [
        ("马云", "Jack Ma", ("Ma Yun",)),
        ("马化腾", "Pony Ma", ()),
    ]


def test_a_synonym_rows_note_joins_the_entrys() -> None:
    (entry, _) = entries_of("中文,英文,备注\n马云,Jack Ma,founder\n,Ma Yun,pinyin spelling\n马化腾,Pony Ma,\n")
    assert entry.note == "founder; pinyin spelling"


def test_a_row_of_the_same_chinese_with_a_life_of_its_own_is_still_refused() -> None:
    text = "中文,英文,类型\n张伟,Zhang Wei,person\n张伟,Zhang Wei Group,org\n"
    with pytest.raises(FormatError, match="has two entries for 张伟"):
        entries_of(text)


def test_rows_with_ids_of_their_own_are_records_of_their_own() -> None:
    with pytest.raises(FormatError, match="has two entries with id 'a'"):
        entries_of("id,zh,en\na,雷军,Lei Jun\na,雷军,Lei Jun\n")


def test_a_first_row_without_chinese_is_an_entry_of_its_own() -> None:
    assert [(e.zh, e.en) for e in entries_of("中文,英文\n,Jack Ma\n马化腾,Pony Ma\n")] == [
        (None, "Jack Ma"),
        ("马化腾", "Pony Ma"),
    ]
