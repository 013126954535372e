"""Stock codes in annotate: a code right after a Taiwan, Hong Kong or Macao company ends the company's name, so the
place at its head is not glossed (the reviewer's R37-27), and a Hong Kong code is found in any of the spellings copy
writes it in, bare or padded with zeros to four or five digits (the user's U37-4 addendum 3).

HKEX numbers its codes up to five digits (HKEX "Stock code" field: 1, 700, 1211, 09988); Chinese press writes them
with the leading zeros (01211.HK, 00700.HK) and English copy bare or to four (1211.HK, 0700.HK), and lookup reads
them as one code (`zhgloss.harvest.ticker_key`). A Taiwan, Hong Kong or Macao company registers a Chinese name that
starts with its place's (香港電訊 HKT, 台灣大哥大 Taiwan Mobile, 澳門電訊 CTM, 香港中華煤氣 Towngas); its code in
brackets after the name is the listed share's plainest mark. The glossary of the first test is real CC-CEDICT lines
(CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz); of the second the user's shape, made with `zhgloss add`.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
香港 香港 [Xiang1 gang3] /Hong Kong/
臺灣 台湾 [Tai2 wan1] /Taiwan/
澳門 澳门 [Ao4 men2] /Macao/Macau/
日本 日本 [Ri4 ben3] /Japan/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's lines (/tmp/rev37/t/tw2.zh, tw.zh)
        ("香港電訊（6823.HK）公布業績。", []),
        ("澳門電訊（股份代號：1234）公佈業績。", []),
        ("香港中华煤气（00003.HK）公布业绩。", []),
        ("台灣大哥大（股票代號：3045）公布營收。", []),
        ("台灣大哥大（3045.TW）公布營收。", []),
        ("長江基建（港股編號：1038）公佈業績。", []),
        # my own: simplified script, 股票编号, a bare five-digit HK code
        ("香港电讯（06823）公布业绩。", []),
        ("台湾大哥大（股票编号：3045）公布营收。", []),
        # a foreign country before its company keeps its name, with a code too; the places elsewhere stay
        ("日本电产（6594.T）公布业绩。", ["日本"]),
        ("香港电讯（6823.HK）在香港公布业绩。", ["香港"]),
        ("台湾电子业今年出口增长。", ["台湾"]),
        ("香港（编号：1234）", ["香港"]),
    ],
)
def test_a_code_ends_a_listed_places_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """BYD and Tencent with their HK codes as a desk stores them (/tmp/u37/t/fin.json's shape)."""
    path = tmp_path_factory.mktemp("codes") / "fin.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for args in (
        ("比亚迪股份有限公司", "--type", "org", "--en", "BYD Company Limited", "--zh-alias", "比亚迪"),
        ("1211.HK", "--type", "stock_code", "--en", "1211.HK", "--refers-to", "byd-company-limited"),
        ("00700.HK", "--type", "stock_code", "--en", "00700.HK"),
    ):
        done = _zhgloss(path, "add", *args, "-y")
        assert done.returncode == 0, done.stderr
    return path


def _found(db: Path, line: str) -> list[tuple[str, str]]:
    done = _zhgloss(db, "annotate", "-", "--format", "tsv", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    rows = [row.split("\t") for row in done.stdout.splitlines()]
    head = rows[0]
    return [(row[head.index("surface")], row[head.index("id")]) for row in rows[1:]]


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        # the user's line (U37-4 addendum 3)
        ("比亚迪（01211.HK）股价上涨。", [("01211.HK", "1211-hk")]),
        # my own: as stored, to four digits; a code stored with its zeros found bare and to four
        ("比亚迪（1211.HK）股价上涨。", [("1211.HK", "1211-hk")]),
        (
            "BYD (01211.HK) rose; Tencent (700.HK) and (0700.HK) fell.",
            [("01211.HK", "1211-hk"), ("700.HK", "00700-hk"), ("0700.HK", "00700-hk")],
        ),
        # another code, a longer number, a code of another market: not these
        ("（11211.HK）（1211.SZ）（001211.HK）", []),
    ],
)
def test_a_hong_kong_code_is_found_in_every_padding(db: Path, line: str, codes: list[tuple[str, str]]) -> None:
    assert [found for found in _found(db, line) if found[1].endswith("-hk")] == codes
