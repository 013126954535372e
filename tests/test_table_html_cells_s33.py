"""HTML in a table's cells: character references and inline markup (user finding U33-21, session 33).

A sheet exported by a web tool, or copied from a web page, writes "Procter &amp; Gamble", "Xiaomi&nbsp;Group",
"<b>Xiaomi</b>". The reference's ";" split the cell into synonyms (en "Procter &amp", alias "Gamble"), and markup was
kept (小米 then never glossed); validate said 0 errors. The references are decoded and the markup taken off before a
cell is split, and said with the line.
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.model import Entry


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "web.csv"))
    return entries, [f"line {w.lineno}: {w.message}" for w in caught if w.category is ImportNote]


# The tester's ent.csv, and more companies of CC-CEDICT's (寶潔 /Procter & Gamble/, 強生 /Johnson & Johnson/) as web
# tools write them.
@pytest.mark.parametrize(
    ("row", "en"),
    [
        ("宝洁,Procter &amp; Gamble", "Procter & Gamble"),
        ("小米集团,Xiaomi&nbsp;Group", "Xiaomi Group"),
        ("强生,Johnson &#38; Johnson", "Johnson & Johnson"),
        ("强生,Johnson &#x26; Johnson", "Johnson & Johnson"),
        ('小米,"<b>Xiaomi</b>"', "Xiaomi"),
        ('雷军,"Lei <span class=""n"">Jun</span>"', "Lei Jun"),
    ],
)
def test_html_in_a_cell_is_read_as_its_text_and_said(row: str, en: str) -> None:
    (entry,), notes = _load(f"zh,en\n{row}\n")
    assert (entry.en, entry.aliases) == (en, ())
    assert notes[0].startswith("line 2: en ") and notes[0].endswith(
        f"read as {en!r}: HTML in a cell is no part of the term"
    )


def test_a_real_list_of_synonyms_is_still_split() -> None:
    (entry,), notes = _load("zh,en\n宝洁,Procter & Gamble; P&G\n")
    assert (entry.en, entry.aliases) == ("Procter & Gamble", ("P&G",))
    assert notes == []


def test_markup_in_a_note_is_taken_off_too() -> None:
    (entry,), _ = _load('zh,en,note\n雷军,Lei Jun,"<i>founder</i> of Xiaomi"\n')
    assert entry.note == "founder of Xiaomi"
