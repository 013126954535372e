"""The Glossary Converter's term fields: one per language, one value a synonym (the s47 review's R47-19, session 48).

The converter flattens a MultiTerm termbase into Excel. Its annotated headers mark each field's level (>>E<< entry,
>>L<< language, >>I<< index, >>T<< term: cerebus.de/glossaryconverter, "Annotated field headers", "so the same field
can be on different levels"), so a term Status of both languages is ">>T<<Status" twice; zhgloss refused the file,
"column '>>T<<Status' is given twice". A term field of a cell of synonyms holds one value a synonym, joined as the
terms are ("鴻海|鴻海精密|富士康" beside "Preferred|Admitted|Deprecated"); zhgloss read it as one status for all: every
Chinese term banned, the entry left a draft without Chinese, exit 0, nothing said.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import header_columns

_ANNOTATED = [
    ">>E<<Subject", ">>E<<Note", ">>L<<English (United States)", ">>T<<Status", ">>L<<Chinese (Taiwan)",
    ">>T<<Status", ">>I<<Definition",
]  # fmt: skip


def _book(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Termbase"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict]:
    return {d["id"]: d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


def test_a_term_field_after_each_language_is_that_language_s() -> None:
    names = header_columns(_ANNOTATED, "gc.xlsx", 1)
    assert names[2:6] == ["en", "status:en", "zh_hant", "status:zh_hant"]


def test_the_review_s_annotated_workbook_imports(tmp_path: Path) -> None:
    source = _book(
        tmp_path / "gc_annot.xlsx",
        _ANNOTATED,
        [
            [
                "Companies",
                "Apple supplier",
                "Foxconn|Hon Hai",
                "Preferred|Admitted",
                "鴻海|鴻海精密",
                "Preferred|Admitted",
            ],
            ["People", None, "Lai Ching-te|William Lai", "Preferred|Admitted", "賴清德", None],
            ["Companies", None, "ASUS|Asustek", "Preferred|Deprecated", "華碩", None],
        ],
    )
    db = tmp_path / "g.json"
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    entries = _entries(db)
    assert (entries["foxconn"]["zh"], entries["foxconn"]["aliases"]) == ("鸿海", ["Hon Hai"])
    assert "鴻海精密" in entries["foxconn"]["zh_aliases"]
    assert entries["lai-ching-te"]["aliases"] == ["William Lai"]
    asus = entries["asus"]
    assert (asus["en"], asus["aliases"], asus["forbidden"]) == (
        "ASUS",
        [],
        [{"form": "Asustek", "status": "deprecated"}],
    )


def test_a_deprecated_chinese_synonym_is_banned_alone(tmp_path: Path) -> None:
    # The review's gc_tw4.xlsx: per-language status columns, the Chinese synonyms' statuses listed.
    source = _book(
        tmp_path / "gc_tw4.xlsx",
        [
            "Entry ID",
            "English (United States)",
            "English (United States) Status",
            "Chinese (Taiwan)",
            "Chinese (Taiwan) Status",
        ],
        [[1, "Foxconn", "Preferred", "鴻海|鴻海精密|富士康", "Preferred|Admitted|Deprecated"]],
    )
    db = tmp_path / "g.json"
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    (foxconn,) = _entries(db).values()
    assert (foxconn["zh"], foxconn["zh_hant"], foxconn.get("draft")) == ("鸿海", "鴻海", None)
    assert "鴻海精密" in foxconn["zh_aliases"] and "富士康" not in foxconn["zh_aliases"]
    assert foxconn["forbidden"] == [{"form": "富士康", "status": "deprecated"}]
    found = _run("lookup", "富士康", "--db", str(db))
    assert "forbids for 鸿海 Foxconn" in found.stderr


def test_the_preferred_synonym_is_the_english_wherever_it_is_listed() -> None:
    (entry,) = load_csv(io.StringIO("zh,en,en status\n鸿海,Hon Hai|Foxconn,Admitted|Preferred\n"), "g.csv")
    assert (entry.en, entry.aliases) == ("Foxconn", ("Hon Hai",))


def test_lists_of_different_lengths_are_refused_with_the_line(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    source = tmp_path / "g.csv"
    source.write_text("zh,en,en status\n鸿海,Foxconn|Hon Hai,Preferred|Admitted|Deprecated\n", encoding="utf-8")
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 3
    assert "line 2: en status 'Preferred|Admitted|Deprecated' gives 3 statuses for 2 terms ('Foxconn|Hon Hai')" in (
        done.stderr
    )
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


_FORMS = ["Foxconn", "Hon Hai", "Hon Hai Precision", "Foxconn Technology", "HonHai"]
_STATUSES = ["Preferred", "Admitted", "Deprecated", "Forbidden", "Obsolete"]


@settings(max_examples=40, deadline=None)
@given(data=st.data(), forms=st.lists(st.sampled_from(_FORMS), min_size=1, max_size=5, unique=True))
def test_each_synonym_takes_its_own_status(data: st.DataObject, forms: list[str]) -> None:
    statuses = [data.draw(st.sampled_from(_STATUSES)) for _ in forms]
    if all(status not in ("Preferred", "Admitted") for status in statuses):
        statuses[0] = "Admitted"  # one accepted form at least: the row is its entry's
    text = f"zh,en,en status\n鸿海,{'|'.join(forms)},{'|'.join(statuses)}\n"
    (entry,) = load_csv(io.StringIO(text), "g.csv")
    accepted = {form for form, status in zip(forms, statuses, strict=True) if status in ("Preferred", "Admitted")}
    assert set(entry.en_forms) == accepted
    assert set(entry.forbidden_forms) == set(forms) - accepted
    if "Preferred" in statuses:
        assert entry.en == forms[statuses.index("Preferred")]


@pytest.mark.parametrize("statuses", ["Deprecated|Deprecated", "Forbidden|Obsolete"])
def test_a_list_banning_every_synonym_bans_the_row_s_terms_for_its_entry(statuses: str) -> None:
    (entry,) = load_csv(
        io.StringIO(f"zh,en,en status\n华硕,ASUS,Preferred\n华硕,ASUSTeK|Asustek,{statuses}\n"), "g.csv"
    )
    assert entry.en == "ASUS"
    assert sorted(entry.forbidden_forms) == ["ASUSTeK", "Asustek"]
