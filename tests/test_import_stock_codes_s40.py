"""Stock codes of one file: two rows of one code that name two companies are no spelling to fold (the s39 review's
R39-24), and the exchange glued before an A-share code ("SH600519") is a code (R39-6).

R39-24: rows `0700.HK … refers_to tencent` and `700.HK … refers_to alibaba` were folded into one entry referring to
Tencent, Alibaba dropped without a word (exit 0). One code names one company: the file contradicts itself, and is
refused as a file with two entries of one Chinese form is (exit 3, nothing imported), or under --on-conflict skip the
later row is passed over and said. Rows whose companies agree, or where one names none, are still one entry; the
company a later row names is the entry's where the first names none.

R39-6: "SH600519", "SZ000001" (Eastmoney's and Xueqiu's spelling, xueqiu.com/S/SH600519) and Sina Finance's
"sh600519", "hk00700" (hq.sinajs.cn/list=sh600519) were no code to `zhgloss.tickers.ticker_key`, so 600519.SH,
600519.SS and SH600519 made two entries of one stock, and an untyped SZ000001 row was typed `name`. On the parent
commit (4ace8812), the tests of this file that expect a refusal, a passed-over row, a company taken from a later row,
a glued code read or one entry fail (see the commit message).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.tickers import ticker_key

_COMPANIES = "id,zh,en,type,refers_to\ntencent,腾讯,Tencent,org,\nalibaba,阿里巴巴,Alibaba,org,\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _import(tmp_path: Path, name: str, text: str, *options: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    if not db.exists():
        assert _run("init", str(db), "--empty").returncode == 0
    return _run("import", str(source), "--db", str(db), *options), db


def _entries(db: Path) -> dict[str, dict]:
    return {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8")).get("entries", {}).values()}


_TWO_COMPANIES = [
    pytest.param(
        "codes3.csv",
        _COMPANIES + ",0700.HK,0700.HK,stock_code,tencent\n,700.HK,700.HK,stock_code,alibaba\n",
        "lines 4 and 5",
        id="the-reviewer-s-csv",
    ),
    pytest.param(
        "codes.csv",
        _COMPANIES + ",00700,0700.HK,stock_code,tencent\n,HK:00700,HK:00700,stock_code,alibaba\n",
        "lines 4 and 5",
        id="bare-digits-and-a-prefix",
    ),
    pytest.param(
        "codes.jsonl",
        '{"id": "tencent", "zh": "腾讯", "en": "Tencent", "type": "org"}\n'
        '{"id": "alibaba", "zh": "阿里巴巴", "en": "Alibaba", "type": "org"}\n'
        '{"id": "t-code", "zh": "0700.HK", "en": "0700.HK", "type": "stock_code", "refers_to": "tencent"}\n'
        '{"id": "a-code", "zh": "700.HK", "en": "700.HK", "type": "stock_code", "refers_to": "alibaba"}\n',
        "lines 3 and 4",
        id="json-lines",
    ),
]


@pytest.mark.parametrize(("name", "text", "lines"), _TWO_COMPANIES)
def test_one_code_naming_two_companies_is_refused(tmp_path: Path, name: str, text: str, lines: str) -> None:
    assert _run("init", str(tmp_path / "g.json"), "--empty").returncode == 0
    untouched = (tmp_path / "g.json").read_bytes()
    done, db = _import(tmp_path, name, text)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = [said for said in done.stderr.splitlines() if said.strip()]
    assert "has two entries for one stock code" in line and f"({lines})" in line
    assert "'tencent'" in line and "'alibaba'" in line and "--on-conflict skip" in line
    assert db.read_bytes() == untouched  # nothing imported


@pytest.mark.parametrize(("name", "text", "lines"), _TWO_COMPANIES)
def test_under_skip_the_later_row_is_passed_over_and_said(tmp_path: Path, name: str, text: str, lines: str) -> None:
    done, db = _import(tmp_path, name, text, "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    assert f"({lines})" in done.stderr and "the later passed over, the first kept" in done.stderr
    codes = [e for e in _entries(db).values() if e["type"] == "stock_code"]
    assert len(codes) == 1 and codes[0]["refers_to"] == "tencent" and codes[0]["zh_aliases"] == []


def test_rows_of_one_company_are_still_one_entry(tmp_path: Path) -> None:
    text = _COMPANIES + ",0700.HK,0700.HK,stock_code,tencent\n,700.HK,700.HK,stock_code,tencent\n"
    done, db = _import(tmp_path, "c.csv", text)
    assert done.returncode == 0, done.stderr
    assert _entries(db)["0700.HK"]["zh_aliases"] == ["700.HK"]
    assert _entries(db)["0700.HK"]["refers_to"] == "tencent"


def test_a_later_row_s_company_is_the_entry_s_where_the_first_names_none(tmp_path: Path) -> None:
    text = _COMPANIES + ",0700.HK,0700.HK,stock_code,\n,00700,0700.HK,stock_code,tencent\n"
    done, db = _import(tmp_path, "c.csv", text)
    assert done.returncode == 0, done.stderr
    entry = _entries(db)["0700.HK"]
    assert entry["zh_aliases"] == ["00700"] and entry["refers_to"] == "tencent"


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("SH600519", "ticker:sh:600519"),  # Kweichow Moutai, Xueqiu's and Eastmoney's spelling
        ("sh600519", "ticker:sh:600519"),  # Sina Finance's
        ("SZ000001", "ticker:sz:1"),  # Ping An Bank
        ("sz002594", "ticker:sz:2594"),  # BYD's A share
        ("BJ430047", "ticker:bj:430047"),
        ("hk00700", "ticker:hk:700"),  # Sina Finance's Hong Kong quotes
        ("600519.SS", "ticker:sh:600519"),  # unchanged: the suffix
        ("600519.XSHG", "ticker:sh:600519"),  # ISO 10383 market codes (the review's R40-15)
        ("000001.XSHE", "ticker:sz:1"),
        ("0700.XHKG", "ticker:hk:700"),
        ("SH60051", None),  # five digits: no A-share code
        ("SH6005190", None),
        ("SHA600519", None),
        ("hk0700", None),  # four digits: HKEX's board writes five
        ("NY600519", None),
    ],
)
def test_the_exchange_glued_before_the_code(form: str, key: str | None) -> None:
    assert ticker_key(form) == key


@given(
    exchange=st.sampled_from(["sh", "sz", "bj", "SH", "SZ", "BJ", "Sh"]),
    digits=st.text(alphabet="0123456789", min_size=6, max_size=6),
)
def test_a_glued_a_share_code_is_the_code_with_its_suffix(exchange: str, digits: str) -> None:
    assert ticker_key(f"{exchange}{digits}") == ticker_key(f"{digits}.{exchange}") is not None


def test_the_reviewer_s_sheet_makes_one_entry_a_stock(tmp_path: Path) -> None:
    text = (
        "zh,en,type,refers_to\n600519.SH,600519.SH,stock_code,\n600519.SS,600519.SS,stock_code,\n"
        "SH600519,SH600519,stock_code,\n000001.SZ,000001.SZ,stock_code,\n000001.SH,000001.SH,stock_code,\n"
    )
    done, db = _import(tmp_path, "codes.csv", text)
    assert done.returncode == 0, done.stderr
    by_zh = _entries(db)
    assert sorted(by_zh) == ["000001.SH", "000001.SZ", "600519.SH"]  # 000001 of two exchanges: two stocks
    assert by_zh["600519.SH"]["zh_aliases"] == ["600519.SS", "SH600519"]


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("SZ000001,Ping An Bank", "stock_code"),
        ("600519,SH600519", "stock_code"),  # the digits, their English with the exchange glued
        ("SH600519,Kweichow Moutai", "stock_code"),
        ("中石化,Sinopec", "name"),
    ],
)
def test_an_untyped_row_of_a_glued_code_is_a_stock_code(tmp_path: Path, row: str, kind: str) -> None:
    done, db = _import(tmp_path, "c.csv", f"zh,en\n{row}\n")
    assert done.returncode == 0, done.stderr
    (entry,) = _entries(db).values()
    assert entry["type"] == kind
