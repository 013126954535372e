"""Rows of one file that write one stock code otherwise are one entry (user finding U37-19, its second half).

The user's sheet "0700.HK,0700.HK" and "00700,0700.HK" (Tencent's code as Reuters writes it, and the bare digits of
the HKEX board with the same English) became two stock_code entries, 0700-hk and 0700-hk-2, and validate warned
that they shared an English. A code's spellings are one by `zhgloss.tickers.ticker_key`, the one reading of codes
(0700.HK, HK:00700, 700.HK, 3888:HKEX); the import now keeps the first row's entry and makes a later row's Chinese
its Chinese alias (`zhgloss.formats._one_entry_a_code`), with a note naming both lines, for every reader (CSV, OmegaT,
TBX). Codes of other exchanges or other digits stay apart. On the parent commit (c7718f36), the tests of this file
that expect one entry fail (see the commit message).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _imported(tmp_path: Path, name: str, text: str) -> tuple[list[dict], str]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    valid = _run("validate", "--db", str(db))
    assert "also a form of entry" not in valid.stdout, valid.stdout
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values()), done.stderr


def test_the_user_s_sheet(tmp_path: Path) -> None:
    entries, said = _imported(
        tmp_path, "codes.csv", "zh,en\n0700.HK,0700.HK\n00700,0700.HK\n600519.SH,600519.SH\n1211.HK,BYD (1211.HK)\n"
    )
    by_zh = {e["zh"]: e for e in entries}
    assert sorted(by_zh) == ["0700.HK", "1211.HK", "600519.SH"]
    assert by_zh["0700.HK"]["zh_aliases"] == ["00700"] and by_zh["0700.HK"]["type"] == "stock_code"
    assert "'00700' is the stock code '0700.HK' of line 2 written otherwise" in said


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("0700.HK,Tencent", "700.HK,Tencent"),  # the digits without the board's leading zero
        ("00700,0700.HK", "0700.HK,0700.HK"),  # the bare digits first
        ("03888.HK,Kingsoft", "3888.HK,Kingsoft"),
        ("600519.SH,Kweichow Moutai", "600519.SS,Kweichow Moutai"),  # Yahoo's .SS for Shanghai
    ],
)
def test_one_code_written_two_ways_is_one_entry(tmp_path: Path, first: str, second: str) -> None:
    entries, said = _imported(tmp_path, "c.csv", f"zh,en\n{first}\n{second}\n")
    assert len(entries) == 1, entries
    (entry,) = entries
    assert entry["zh"] == first.split(",")[0] and entry["zh_aliases"] == [second.split(",")[0]]
    assert "written otherwise" in said


@pytest.mark.parametrize(
    "rows",
    [
        "0700.HK,Tencent\n0700.SZ,Tencent Shenzhen",  # another exchange
        "0700.HK,Tencent\n0701.HK,CNT Group",  # other digits
        "600519.SH,Kweichow Moutai\n600519,600519",  # bare digits that say no exchange: a phrase, no code
    ],
)
def test_other_codes_stay_apart(tmp_path: Path, rows: str) -> None:
    entries, said = _imported(tmp_path, "c.csv", f"zh,en\n{rows}\n")
    assert len(entries) == 2 and "written otherwise" not in said


def test_an_omegat_glossary_and_a_tbx(tmp_path: Path) -> None:
    entries, _ = _imported(tmp_path, "glossary.utf8", "0700.HK\t0700.HK\tstock code of Tencent\n00700\t0700.HK\t\n")
    assert [(e["zh"], e["zh_aliases"]) for e in entries] == [("0700.HK", ["00700"])]
    tbx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc>'
        "<sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>\n"
        '<termEntry id="c1"><langSet xml:lang="zh-CN"><tig><term>2318.HK</term></tig></langSet>'
        '<langSet xml:lang="en-US"><tig><term>2318.HK</term></tig></langSet></termEntry>\n'
        '<termEntry id="c2"><langSet xml:lang="zh-CN"><tig><term>02318</term></tig></langSet>'
        '<langSet xml:lang="en-US"><tig><term>2318.HK</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n"
    )
    (tmp_path / "g.json").unlink()
    entries, said = _imported(tmp_path, "codes.tbx", tbx)
    assert [(e["zh"], e["zh_aliases"]) for e in entries] == [("2318.HK", ["02318"])]
    assert "termEntry" in said
