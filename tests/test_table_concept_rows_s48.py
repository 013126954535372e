"""Rows that share a concept id are one entry (the s47 review's R47-7, session 48).

A termbase exported a row per term repeats its concept's id on each row and leaves blank what a row does not hold:
Phrase TMS's concept_id beside each language's term and fields (support.phrase.com, "Modify Term Bases": a concept is
"a block of rows"; forbidden/preferred as TRUE/FALSE), TermWeb's and XTM's "Concept ID" (XTM's guide: a new row
without an id is a new concept), memoQ's Entry_ID (docs.memoq.com, "Term base in CSV format"). zhgloss passed the
concept column over and read each synonym's row with its Chinese blank as a term not yet translated: 鸿海 lost its
alias Hon Hai and the ban HonHai to a Chinese-less draft, so check failed "Hon Hai" as missing and called the banned
"HonHai" missing, not forbidden.
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
from zhgloss.formats.table import header_column
from zhgloss.model import Entry

# The review's conc.csv: English first, a status column of the row, a row per term.
CONCEPT_ROWS = (
    "Concept ID,English,Chinese (Taiwan),Status\n"
    "1,Foxconn,鴻海,Approved\n"
    "1,Hon Hai,,Approved\n"
    "1,HonHai,,Forbidden\n"
    "2,Lai Ching-te,賴清德,Approved\n"
    "2,William Lai,,Approved\n"
)

# Phrase TMS's per-language layout (the review's phrase_tw.csv): each language's term, its id and flags.
PHRASE_HEADER = [
    "concept_id", "concept_domain", "en", "en_term_id", "en_usage", "en_forbidden", "en_preferred",
    "zh_tw", "zh_tw_term_id", "zh_tw_forbidden", "zh_tw_preferred",
]  # fmt: skip
PHRASE_ROWS = [
    ["c1", "Companies", "Foxconn", "t1", None, False, True, "鴻海", "t2", False, True],
    ["c1", "Companies", "Hon Hai", "t3", None, False, False, None, None, None, None],
    ["c1", "Companies", "HonHai", "t4", None, True, False, None, None, None, None],
    ["c2", "People", "Lai Ching-te", "t5", None, False, True, "賴清德", "t6", False, True],
    ["c2", "People", "William Lai", "t7", None, False, False, None, None, None, None],
    ["c2", "People", "Lai Ching-teh", "t8", None, True, False, None, None, None, None],
    ["c3", "Places", "Taipei", "t9", None, False, True, "臺北", "t10", False, True],
    ["c3", "Places", None, None, None, None, None, "台北", "t11", False, False],
    ["c4", "Companies", "TSMC", "t12", None, False, True, "台積電", "t13", False, True],
    ["c4", "Companies", None, None, None, None, None, "台灣積體電路", "t14", True, False],
]


CONCEPT = "concept:id"  # the column's name (`zhgloss.formats.table.CONCEPT`), pinned


def _load(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict]:
    return {d["id"]: d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


def _forbidden(doc: dict) -> list[str]:
    return [f["form"] for f in doc.get("forbidden", [])]


@pytest.mark.parametrize(
    "header", ["Concept ID", "concept_id", "ConceptID", "CID", "Entry_ID", "Entry ID", "termEntry ID", "概念ID"]
)
def test_a_concept_id_header_names_the_concept_column(header: str) -> None:
    assert header_column(header) == CONCEPT


@pytest.mark.parametrize("header", ["Term ID", "en_term_id", "zh_tw_term_id", "Entry_Created"])
def test_a_term_s_own_id_is_no_concept(header: str) -> None:
    assert header_column(header) != CONCEPT


def test_the_review_s_concept_sheet_imports_one_entry_a_concept(tmp_path: Path) -> None:
    source = tmp_path / "conc.csv"
    source.write_text(CONCEPT_ROWS, encoding="utf-8")
    db = tmp_path / "g.json"
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "drafts" not in done.stderr
    entries = _entries(db)
    assert sorted(entries) == ["foxconn", "lai-ching-te"]
    foxconn, lai = entries["foxconn"], entries["lai-ching-te"]
    assert (foxconn["zh"], foxconn["aliases"], _forbidden(foxconn)) == ("鸿海", ["Hon Hai"], ["HonHai"])
    assert (lai["zh"], lai["aliases"], _forbidden(lai)) == ("赖清德", ["William Lai"], [])
    assert not foxconn.get("draft") and not lai.get("draft")


def test_check_reads_the_concept_s_synonym_and_its_ban(tmp_path: Path) -> None:
    source = tmp_path / "conc.csv"
    source.write_text(CONCEPT_ROWS, encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("import", str(source), "--db", str(db)).returncode == 0
    zh, synonym, banned = tmp_path / "a.zh", tmp_path / "a.en", tmp_path / "b.en"
    zh.write_text("鴻海表示。\n", encoding="utf-8")
    synonym.write_text("Hon Hai said.\n", encoding="utf-8")
    banned.write_text("HonHai said.\n", encoding="utf-8")
    passed = _run("check", str(zh), str(synonym), "--db", str(db))
    assert passed.returncode == 0 and "missing" not in passed.stdout
    failed = _run("check", str(zh), str(banned), "--db", str(db))
    assert failed.returncode == 1
    assert 'forbidden 鴻海: found "HonHai", expected "Foxconn"' in failed.stdout
    found = _run("lookup", "William Lai", "--db", str(db))
    assert found.returncode == 0 and found.stdout.startswith("赖清德 Lai Ching-te")


def test_phrase_s_per_language_workbook(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(PHRASE_HEADER)
    for row in PHRASE_ROWS:
        sheet.append(row)
    source = tmp_path / "phrase.xlsx"
    book.save(source)
    db = tmp_path / "g.json"
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "'concept_id'" not in done.stderr  # read, no longer passed over
    entries = _entries(db)
    assert sorted(entries) == ["foxconn", "lai-ching-te", "taipei", "tsmc"]
    assert (entries["foxconn"]["aliases"], _forbidden(entries["foxconn"])) == (["Hon Hai"], ["HonHai"])
    lai = entries["lai-ching-te"]
    assert (lai["type"], lai["aliases"], _forbidden(lai)) == ("person", ["William Lai"], ["Lai Ching-teh"])
    assert (entries["taipei"]["zh"], entries["taipei"]["zh_hant"]) == ("台北", "臺北")
    assert _forbidden(entries["tsmc"]) == ["台灣積體電路"]


def test_a_term_a_row_english_then_chinese() -> None:
    foxconn, tencent = _load("Concept ID,English,Chinese\n1,Foxconn,\n1,,鸿海\n1,Hon Hai,\n2,,腾讯\n2,Tencent,\n")
    assert (foxconn.zh, foxconn.en, foxconn.aliases, foxconn.draft) == ("鸿海", "Foxconn", ("Hon Hai",), False)
    assert (tencent.zh, tencent.en, tencent.draft) == ("腾讯", "Tencent", False)


def test_chinese_first_synonym_rows_of_a_concept_wherever_they_are() -> None:
    foxconn, tencent = _load(
        "concept_id,zh_cn,en\nc1,鸿海,Foxconn\nc1,鸿海精密,\nc1,,Hon Hai\nc2,腾讯,Tencent\nc1,富士康,\n"
    )
    assert (foxconn.zh, foxconn.aliases, foxconn.zh_aliases) == ("鸿海", ("Hon Hai",), ("鸿海精密", "富士康"))
    assert (tencent.zh, tencent.aliases, tencent.zh_aliases) == ("腾讯", (), ())


def test_memoq_s_entry_ids_say_which_rows_are_one_entry() -> None:
    # The Chinese blank under a Chinese source was a synonym of the row above (the multi-line layout); here the
    # row's own Entry_ID says it is another entry, a term not yet translated.
    foxconn, hon_hai = _load("Entry_ID,Chinese_PRC,English_United_States\n1,鸿海,Foxconn\n2,,Hon Hai\n")
    assert (foxconn.zh, foxconn.aliases) == ("鸿海", ())
    assert (hon_hai.zh, hon_hai.draft) == (None, True)
    (merged,) = _load("Entry_ID,Chinese_PRC,English_United_States\n1,鸿海,Foxconn\n1,,Hon Hai\n")
    assert merged.aliases == ("Hon Hai",)


def test_a_row_without_a_concept_id_is_a_concept_of_its_own() -> None:
    foxconn, hon_hai = _load("Concept ID,English,Chinese\n1,Foxconn,鸿海\n,Hon Hai,\n")
    assert foxconn.aliases == ()
    assert (hon_hai.en, hon_hai.zh) == ("Hon Hai", None)


def test_a_row_typing_its_concept_otherwise_is_refused_and_the_glossary_kept(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    source = tmp_path / "t.csv"
    source.write_text("Concept ID,English,Chinese,Type\n1,Foxconn,鸿海,org\n1,Hon Hai,,person\n", encoding="utf-8")
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 3
    assert "line 3: the row is of the concept of line 2 ('Foxconn'), but types it 'person', not 'org'" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_ban_of_a_concept_with_no_term_to_accept_is_refused_with_its_concept(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    source = tmp_path / "t.csv"
    source.write_text(
        "Concept ID,English,Chinese,Status\n1,Kweichow Moutai,贵州茅台,Approved\n2,Guizhou Maotai,,Forbidden\n",
        encoding="utf-8",
    )
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 3
    assert (
        "line 3: the row bans 'Guizhou Maotai' (forbidden) for concept '2', and no row of that concept" in done.stderr
    )
    assert db.read_bytes() == before


_ENGLISH = ["Foxconn", "Hon Hai", "Hon Hai Precision", "Foxconn Technology"]
_CHINESE = ["鸿海", "富士康", "鸿海精密", "鸿海科技"]


@settings(max_examples=40, deadline=None)
@given(
    english=st.lists(st.sampled_from(_ENGLISH), min_size=1, max_size=4, unique=True),
    chinese=st.lists(st.sampled_from(_CHINESE), min_size=1, max_size=4, unique=True),
    order=st.randoms(use_true_random=False),
    chinese_first=st.booleans(),
)
def test_a_concept_s_rows_in_any_order_give_one_entry_of_all_its_forms(
    english: list[str], chinese: list[str], order: object, chinese_first: bool
) -> None:
    # A term a row, in any order: one entry, every form kept once, none lost to a draft.
    rows = [("", zh) for zh in chinese] + [(en, "") for en in english]
    order.shuffle(rows)  # type: ignore[attr-defined]
    header = "Concept ID,Chinese,English" if chinese_first else "Concept ID,English,Chinese"
    lines = [f"7,{zh},{en}" if chinese_first else f"7,{en},{zh}" for en, zh in rows]
    (entry,) = _load("\n".join([header, *lines, ""]))
    assert sorted(entry.en_forms) == sorted(english)
    assert sorted(entry.zh_forms) == sorted(chinese)
    assert not entry.draft
