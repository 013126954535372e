"""English forms that differ from another form of the same entry only in case (issue 12, item 1).

"Nasdaq" beside "NASDAQ", "HKEx" beside "HKEX", "Vancl" beside "VANCL": copy writes them, and annotate
and check only accept the capitals the glossary writes, so these forms must be storable and used.
"""

from __future__ import annotations

import io

import pytest
from strategies import ENTRIES

from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.curate import edit_entry
from zhgloss.formats import FORMATS
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry

BY_ID = {e.id: e for e in ENTRIES}
ANNOTATOR = Annotator(ENTRIES)
CHECKER = Checker(ANNOTATOR, Annotator(name_entries(ENTRIES)))
NASDAQ = Entry(id="nasdaq", type="org", zh="纳斯达克", en="Nasdaq", aliases=("NASDAQ",), en_adopted=True)

# (entry id, the form as copy writes it, Chinese text of the same name)
CASE_ONLY = [
    ("nasdaq", "Nasdaq", "纳斯达克"),
    ("nasdaq", "NASDAQ", "纳斯达克"),
    ("hkex", "HKEx", "港交所"),
    ("hkex", "HKEX", "香港交易所"),
    ("vancl", "Vancl", "凡客诚品"),
    ("vancl", "VANCL", "凡客"),
]


def test_the_bundled_glossary_stores_the_case_only_forms() -> None:
    assert {"Nasdaq", "NASDAQ"} == {BY_ID["nasdaq"].en, *BY_ID["nasdaq"].aliases}
    assert "HKEx" in BY_ID["hkex"].aliases
    assert "Vancl" in BY_ID["vancl"].aliases
    assert "LEI Jun" in BY_ID["lei-jun"].aliases


def test_an_entry_keeps_an_alias_that_differs_only_in_case() -> None:
    assert NASDAQ.aliases == ("NASDAQ",)
    assert Entry.from_dict(NASDAQ.to_dict()) == NASDAQ
    assert Entry(id="x", en="Nasdaq", aliases=("Nasdaq",)).aliases == ()  # an exact repeat is still dropped


def test_edit_adds_an_alias_that_differs_only_in_case() -> None:
    edited = edit_entry(NASDAQ.replace(aliases=()), add_aliases=["NASDAQ", "NasDaq"])
    assert edited.aliases == ("NASDAQ", "NasDaq")


@pytest.mark.parametrize("name", ["csv", "tsv", "jsonl", "tbx"])
def test_formats_keep_an_alias_that_differs_only_in_case(name: str) -> None:
    fmt = FORMATS[name]
    out = io.StringIO()
    fmt.dump([NASDAQ], out)
    (back,) = list(fmt.load(io.StringIO(out.getvalue()), "test"))
    assert back.en == "Nasdaq"
    assert "NASDAQ" in back.aliases


@pytest.mark.parametrize(("entry_id", "form", "zh"), CASE_ONLY)
def test_annotate_glosses_each_case_form(entry_id: str, form: str, zh: str) -> None:
    (mention,) = ANNOTATOR.mentions(f"Kingsoft Cloud's rival listed on {form} in 2020.")[1:]
    assert (mention.entry.id, mention.surface) == (entry_id, form)


@pytest.mark.parametrize(("entry_id", "form", "zh"), CASE_ONLY)
def test_check_accepts_each_case_form(entry_id: str, form: str, zh: str) -> None:
    report = CHECKER.check([Segment(1, f"他们在{zh}上市。", f"They listed on {form}.", line=1)])
    assert [(p.kind, p.found) for p in report.problems] == []


def test_a_case_the_glossary_does_not_store_is_still_reported() -> None:
    # "Hkex" is no form of HKEX: the check still says so, so storing case forms is what makes them pass.
    report = CHECKER.check([Segment(1, "他们在港交所上市。", "They listed on Hkex.", line=1)])
    assert [p.kind for p in report.problems] in (["misspelt"], ["missing"], ["variant"])


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.type != "stock_code"], ids=lambda e: e.id)
def test_every_stored_english_form_is_found_by_annotate(entry: Entry) -> None:
    """Each English form the bundled glossary stores is found in running text as a mention of its entry."""
    for form in entry.en_forms:
        ids = {m.entry.id for m in ANNOTATOR.mentions(f"Yesterday, {form} was in the news.") if m.surface == form}
        assert ids, f"{form!r} of {entry.id} is not found by annotate"
