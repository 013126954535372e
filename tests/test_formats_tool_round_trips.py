"""Every tool's export, as the tool writes it, imports to entries that validate and survive every lossless format.

The files in tests/data are shaped as each tool writes its glossary or term base (names replaced): OmegaT's
glossary.txt, Weblate's CSV and TBX, memoQ's CSV and TSV, Trados MultiTerm's TBX (a Status field) and MultiTerm
XML (UTF-16), Crowdin's CSV ("Term [zh-CN]", "Status [en]") and TBX v3, Matecat's CSV (a Forbidden column), the
Microsoft Terminology Collection's TBX, IATE's TBX, TBX-Basic with term-level sources, a table saved from Excel as
Unicode Text. Each is imported, checked by `validate` (no errors), then exported as CSV, TSV, TBX and JSON Lines and
read back: the same entries, every field (notes wherever the tool put them, statuses, both scripts, sources).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zhgloss.formats import FORMATS, decode_input, guess_format
from zhgloss.model import Entry
from zhgloss.validate import validate_entries

DATA = Path(__file__).resolve().parent / "data"

TOOL_FILES = {
    "omegat_glossary.txt": "omegat",
    "omegat_en_zh.txt": "omegat",
    "weblate_glossary_en_zh.csv": "csv",
    "weblate_glossary_zh_en.csv": "csv",
    "weblate_glossary.tbx": "tbx",
    "memoq_termbase.csv": "csv",
    "memoq_languages.tsv": "tsv",
    "multiterm_notes.tbx": "tbx",
    "multiterm_status.tbx": "tbx",
    "multiterm_termbase.xml": "tbx",
    "crowdin_glossary.csv": "csv",
    "crowdin_glossary.tbx": "tbx",
    "matecat_glossary.csv": "csv",
    "ms_terminology_zh_tw.tbx": "tbx",
    "ms_terminology_zh_tw_terms.tbx": "tbx",
    "iate_shape.tbx": "tbx",
    "tbx3.tbx": "tbx",
    "tbx_basic_term_sources.tbx": "tbx",
    "excel_unicode_text.txt": "omegat",
}
LOSSLESS = [name for name, f in FORMATS.items() if f.lossless]


def imported(name: str) -> list[Entry]:
    text, _ = decode_input((DATA / name).read_bytes(), name)
    form = guess_format(name)
    assert form is not None and form.name == TOOL_FILES[name]
    return list(form.load(io.StringIO(text), name))


@pytest.mark.parametrize("name", TOOL_FILES)
def test_a_tools_export_imports_to_entries_that_validate(name: str) -> None:
    entries = imported(name)
    assert entries
    errors = [str(p) for p in validate_entries(entries) if p.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("fmt", LOSSLESS)
@pytest.mark.parametrize("name", TOOL_FILES)
def test_a_tools_export_survives_every_lossless_format(name: str, fmt: str) -> None:
    entries = imported(name)
    if FORMATS[fmt].binary:  # xlsx
        data = io.BytesIO()
        FORMATS[fmt].dump(entries, data)
        assert list(FORMATS[fmt].load(io.BytesIO(data.getvalue()), f"again.{fmt}")) == entries
        return
    buffer = io.StringIO(newline="")
    FORMATS[fmt].dump(entries, buffer)
    assert list(FORMATS[fmt].load(io.StringIO(buffer.getvalue()), f"again.{fmt}")) == entries


def test_the_crowdin_csv_keeps_what_each_column_says() -> None:
    entries = {e.en: e for e in imported("crowdin_glossary.csv")}
    tencent, sydney = entries["Tencent"], entries["Sydney"]
    assert (tencent.zh, tencent.zh_hant, tencent.note) == ("腾讯", "騰訊", "Chinese internet company; 互联网公司")
    assert [(f.form, f.status) for f in tencent.forbidden] == [("Tengxun", "not_recommended"), ("腾迅", "obsolete")]
    # Taiwan writes Sydney 雪梨, another word: an alias, not 悉尼's traditional form.
    assert (sydney.zh, sydney.zh_hant, sydney.zh_aliases, sydney.note) == ("悉尼", None, ("雪梨",), "Australian city")


def test_the_matecat_csv_reads_its_forbidden_flag_and_its_notes() -> None:
    (entry,) = imported("matecat_glossary.csv")
    # Domain and Subdomain are kept in the note, labelled, as TBX's subject field of another tool's file is.
    assert (entry.zh, entry.en) == ("腾讯", "Tencent")
    assert entry.note == "Domain: Tech; Subdomain: Internet; Chinese internet company; 公司名; company name"
    assert [(f.form, f.status) for f in entry.forbidden] == [("Tengxun", "forbidden")]
