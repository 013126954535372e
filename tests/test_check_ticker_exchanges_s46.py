"""`check` reads an exchange written inside a ticker as the source's own ticker, not a name the source leaves out
(the review's R46-17, session 46).

Reuters, Bloomberg and the articles write the exchange inside the code ("Tencent (0700:HKEX)", "Alibaba (NYSE:
BABA)", article 000's 3888:HKEX); the Chinese source writes the suffix (0700.HK, BABA.N). The bundled glossary's
香港交易所 has the alias HKEX, so the English ticker failed as `unexpected 香港交易所`. One code on one exchange is one
key however written (`zhgloss.tickers.ticker_key`); another code, or another exchange, is still reported. The
installed console script on real files; the bundled glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.check import in_source_ticker


def check(tmp_path: Path, source: str, translation: str) -> subprocess.CompletedProcess[str]:
    zh, en = tmp_path / "t.zh", tmp_path / "t.en"
    zh.write_text(source, encoding="utf-8")
    en.write_text(translation, encoding="utf-8")
    return subprocess.run([zhgloss_exe(), "check", str(zh), str(en)], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "translation",
    ["Tencent (0700:HKEX) shares rose.", "Tencent (HKEX: 0700) shares rose.", "Tencent (HKEX:700) shares rose."],
)
def test_the_exchange_of_the_sources_ticker_passes(tmp_path: Path, translation: str) -> None:
    done = check(tmp_path, "腾讯（0700.HK）股价上涨。\n", translation + "\n")
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("腾讯（0700.HK）股价上涨。\n", "Tencent (9988:HKEX) shares rose.\n"),  # another code
        ("腾讯股价上涨。\n", "Tencent (0700:HKEX) shares rose.\n"),  # the source writes no ticker
        ("腾讯股价上涨，港交所称。\n", "Tencent shares rose, HKEX said.\n"),  # the source names the exchange: passes
    ],
)
def test_another_ticker_or_none_is_read_as_before(tmp_path: Path, source: str, translation: str) -> None:
    done = check(tmp_path, source, translation)
    named = "港交所" in source
    assert ("unexpected 香港交易所" in done.stdout) is not named, done.stdout
    assert done.returncode == (0 if named else 1)


EXCHANGES = {"HK": ["HKEX", "HK", "SEHK"], "SH": ["SSE", "SH", "SS"], "SZ": ["SZSE", "SZ"]}


@given(
    market=st.sampled_from(sorted(EXCHANGES)),
    digits=st.integers(min_value=1, max_value=999999),
    data=st.data(),
)
def test_any_spelling_of_the_same_code_is_the_sources(market: str, digits: int, data: st.DataObject) -> None:
    code = f"{digits:05d}" if market == "HK" else f"{digits:06d}"
    source = f"某公司（{code}.{market}）宣布。"
    exchange = data.draw(st.sampled_from(EXCHANGES[market]))
    code_first = data.draw(st.booleans())
    target = f"The company ({code}:{exchange}) said." if code_first else f"The company ({exchange}: {code}) said."
    start = target.index(exchange, target.index("(") + (len(code) + 1 if code_first else 0))
    assert in_source_ticker(target, start, start + len(exchange), source)
    # The same exchange with another code is not.
    other = f"{(digits + 1) % 1000000:06d}" if market != "HK" else f"{(digits + 1) % 100000:05d}"
    assert not in_source_ticker(target, start, start + len(exchange), source.replace(code, other))
