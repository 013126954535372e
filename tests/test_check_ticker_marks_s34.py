"""check, forms: a stock code written CODE.EXCHANGE is the code written CODE:EXCHANGE (U34-12's ticker item;
session 34, chk).

The bundled glossary's stock codes: `KC` 'KC:NASDAQ' (Kingsoft Cloud), `JD` 'JD:NASDAQ', `688111` '688111:SH'. Chinese
copy writes 金山云（KC.NASDAQ）, English copy (article 000) "(KC:NASDAQ)": the tester's 金山云（KC.NASDAQ）上市。 /
"Kingsoft Cloud (KC:NASDAQ) listed." was `missing NASDAQ` (the source matcher read "KC" and then "NASDAQ", the
exchange, as a name of its own). One writing either way, as typesetting is (forms.ticker_spellings).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.forms import ticker_spellings


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("金山云（KC.NASDAQ）上市。", "Kingsoft Cloud (KC:NASDAQ) listed."),
        ("金山云（KC.NASDAQ）上市。", "Kingsoft Cloud (KC.NASDAQ) listed."),
        ("京东（JD.NASDAQ）发布财报。", "JD.com (JD:NASDAQ) released its results."),
        ("金山办公（688111.SH）发布公告。", "Kingsoft Office (688111:SH) made an announcement."),
    ],
)
def test_either_mark_renders_the_code(zhgloss_exe: str, tmp_path: Path, zh: str, english: str) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text(f"{zh}\t{english}\n", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv)], capture_output=True, text=True, check=False)
    assert [line for line in done.stdout.splitlines() if "NASDAQ" in line or "SH" in line] == [], done.stdout


@pytest.mark.parametrize(
    ("text", "spelt"),
    [("KC:NASDAQ", ["KC.NASDAQ"]), ("688111.SH", ["688111:SH"]), ("Lei Jun", []), ("Xi'an", []), ("U.S.", [])],
)
def test_ticker_spellings(text: str, spelt: list[str]) -> None:
    assert ticker_spellings(text) == spelt
