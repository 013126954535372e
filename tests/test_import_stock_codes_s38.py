"""A stock code written with its exchange is typed stock_code by every importer, as the bare digits are (user finding
U37-19).

A sheet or an OmegaT glossary row "0700.HK, 0700.HK" (or 600519.SH, 1211.HK) with no type column was stored as an
untyped `name`, while "00700, 0700.HK" became a `stock_code`. `table.is_stock_code_of`, the one rule every table
reader and now the TBX reader type an untyped row by, reads a Chinese cell written with its exchange as a code
(`zhgloss.harvest.ticker_key`: the suffixes Reuters and Yahoo Finance write, .HK .SS/.SH .SZ .BJ .TW .N ...).
On the parent commit, 8 of this file's 11 tests fail (the bare digits and the two non-codes held before).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats import get_format


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _types(tmp_path: Path, name: str, text: str) -> dict[str, str]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return {d["zh"]: d["type"] for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


def test_the_user_s_sheet(tmp_path: Path) -> None:
    types = _types(
        tmp_path, "codes.csv", "zh,en\n0700.HK,0700.HK\n00700,0700.HK\n600519.SH,600519.SH\n1211.HK,BYD (1211.HK)\n"
    )
    # 00700 is 0700.HK written otherwise: one entry, its Chinese alias (test_import_stock_codes_s39, U37-19).
    assert types == dict.fromkeys(["0700.HK", "600519.SH", "1211.HK"], "stock_code")


def test_an_omegat_glossary(tmp_path: Path) -> None:
    # OmegaT's glossary.txt: source, target, comment; "#" lines skipped.
    types = _types(
        tmp_path,
        "glossary.utf8",
        "# Glossary file created by OmegaT\n腾讯控股\tTencent\t\n0700.HK\t0700.HK\tstock code of Tencent\n"
        "600519\t600519.SH\t\n",
    )
    assert types == {"腾讯控股": "name", "0700.HK": "stock_code", "600519": "stock_code"}


def test_a_tbx_concept_without_a_subject_field(tmp_path: Path) -> None:
    tbx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc>'
        "<sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>\n"
        '<termEntry id="c2"><langSet xml:lang="zh-CN"><tig><term>2318.HK</term></tig></langSet>'
        '<langSet xml:lang="en-US"><tig><term>2318.HK</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n"
    )
    assert _types(tmp_path, "codes.tbx", tbx) == {"2318.HK": "stock_code"}


@pytest.mark.parametrize(
    ("zh", "en", "kind"),
    [
        ("0700.HK", "Tencent", "stock_code"),
        ("600519.SS", "Kweichow Moutai", "stock_code"),
        ("002594.SZ", "BYD", "stock_code"),
        ("2330.TW", "TSMC", "stock_code"),
        ("BABA.N", "Alibaba", "stock_code"),
        ("600519", "600519", "phrase"),  # bare digits, no exchange said: no capital, a phrase (untyped_type)
        ("SU7", "Xiaomi SU7", "name"),  # a model name, no exchange
        ("Web3.0", "Web3.0", "name"),
    ],
)
def test_a_chinese_cell_with_its_exchange_is_a_code(zh: str, en: str, kind: str) -> None:
    (entry,) = get_format("csv").load(io.StringIO(f"zh,en\n{zh},{en}\n"), "t.csv")
    assert entry.type == kind
