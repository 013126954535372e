"""Stock codes however written: one key for "3888:HKEX", "HK:03888", "03888.HK", "HK.3888" (the exchange's
suffixes Reuters and Yahoo Finance write, the prefixes of Google Finance and Bloomberg's spaced form).

Its own module, light (`re` alone), so that the readers that need only this (the sheet and TBX importers'
typing of an untyped row, `check`'s reading of a code) do not import `zhgloss.harvest`, ~1 s at start-up.
"""

from __future__ import annotations

import re

# One exchange, its spellings: 3888:HKEX, HK:03888, 03888.HK, HK.3888 are one stock code.
_EXCHANGE_KEYS = {"hkex": "hk", "sehk": "hk", "hkg": "hk", "hk": "hk"}
_EXCHANGE_KEYS |= {"sh": "sh", "ss": "sh", "sse": "sh", "star": "sh"}
_EXCHANGE_KEYS |= {"sz": "sz", "szse": "sz", "bj": "bj", "bse": "bj", "o": "us", "us": "us", "nasdaq": "us"}
_EXCHANGE_KEYS |= {"nyse": "us", "amex": "us", "nyseamerican": "us", "n": "us", "oq": "us"}
_EXCHANGE_KEYS |= {"tw": "tw", "twse": "tw", "two": "two", "tpex": "two", "t": "jp", "tyo": "jp", "tse": "jp"}
_EXCHANGE_KEYS |= {"ks": "kr", "krx": "kr", "kq": "kq", "l": "uk", "lse": "uk", "si": "sg", "sgx": "sg"}
# ISO 10383 market identifier codes, as quant platforms write them (600519.XSHG, 000001.XSHE: JoinQuant, RiceQuant).
_EXCHANGE_KEYS |= {"xshg": "sh", "xshe": "sz", "xhkg": "hk", "xnas": "us", "xnys": "us", "xtks": "jp", "xkrx": "kr"}
_EXCHANGE_KEYS |= {"xlon": "uk", "xses": "sg", "xtai": "tw"}
# A code, or an exchange, then the other; the code may carry a share class: a capital after "." or "/" ("BRK.B", as
# the NYSE and Google Finance write Berkshire Hathaway's class B; "BRK/B US", as Bloomberg writes it).
_TICKER_FORM = re.compile(r"^\s*([A-Za-z0-9]{1,6}(?:[./][A-Z])?)(\s*[:.\s]\s*)([A-Za-z0-9]{1,12}(?:[./][A-Z])?)\s*$")
# The exchange glued before the code, each with its code's fixed number of digits: "SH600519", "SZ000001",
# "BJ430047" (Eastmoney's and Xueqiu's spelling of A-share codes, xueqiu.com/S/SH600519), Sina Finance's "sh600519"
# and "hk00700" (its quote lists, hq.sinajs.cn/list=sh600519).
_GLUED_FORM = re.compile(r"^\s*(?:(sh|sz|bj)([0-9]{6})|(hk)([0-9]{5}))\s*$", re.IGNORECASE)


def ticker_key(form: str) -> str | None:
    """The key of a stock code however written ("3888:HKEX", "HK.3888", "03888.HK", "HK03888" -> "ticker:hk:3888";
    "SH600519", "600519.SS" -> "ticker:sh:600519"), or None."""
    match = _TICKER_FORM.match(form)
    if match is None:
        glued = _GLUED_FORM.match(form)
        if glued is None:
            return None
        exchange, code = (glued.group(1), glued.group(2)) if glued.group(1) else (glued.group(3), glued.group(4))
        return f"ticker:{_EXCHANGE_KEYS[exchange.lower()]}:{code.lstrip('0') or '0'}"
    first, between, second = match.groups()
    for written, exchange, code_first in ((first, second, True), (second, first, False)):
        code = written.lower().replace("/", ".")
        market = _EXCHANGE_KEYS.get(exchange.lower())
        if (
            market is not None
            and code not in _EXCHANGE_KEYS
            and _is_code(written, between, code_first, exchange, market)
        ):
            return f"ticker:{market}:{code.lstrip('0') or '0'}"
    return None


# One word against another with a full stop or colon, the shape of a code and its exchange ("WANG.SZ", "HK:LI").
_BESIDE_FORM = re.compile(r"^\s*([A-Za-z0-9]{1,12})\s*[:.]\s*([A-Za-z0-9]{1,12})\s*$")


def is_beside_an_exchange(form: str) -> bool:
    """Tell whether `form` is one word written against an exchange's abbreviation with a full stop or a colon, in
    either order ("WANG.SZ", "LI.HK", "HK:LI", "03888.HK", "JD:NASDAQ"): the shape of a stock code, whether or not
    `ticker_key` reads it as one. "S.H.E", "H.O.T" and "BT.A" are not of that shape, nor two abbreviations ("L.US":
    which is the code, ticker_key cannot tell)."""
    match = _BESIDE_FORM.match(form)
    return match is not None and sum(word.lower() in _EXCHANGE_KEYS for word in match.groups()) == 1


# A code of letters alone is a ticker symbol: a root of one to five letters in the US (the National Market System Plan
# for the Selection and Reservation of Securities Symbols; the NYSE reserves up to four, Nasdaq up to five), the LSE's
# TIDMs of two to four characters, SGX's of three or four (AWX, AJBU beside D05, C6L); written in one case.
_LETTER_CODE_RE = re.compile(r"[A-Z]{1,5}|[a-z]{1,5}")
# The markets that list codes of letters alone: the US exchanges, the LSE (TIDMs: VOD, BARC, BT.A) and SGX. The others
# number their securities, so letters beside them are no code ("WANG.SZ", "LI.HK", "HK:LI", "SH:LI" are a name and a
# place, the review's R42-14): HKEX's stock codes are numbers of one to five digits (00700), the SSE's, SZSE's and
# BSE's securities codes six digits (600519, 000001, 430047), the KRX's six digits (005930), the TWSE's and TPEx's
# four to six characters led by digits (2330, 00632R), and JPX's four characters of which the first and third are
# digits (7203; 130A since January 2024, its new securities code format). A code with a digit is read on any market.
_LETTER_MARKETS = frozenset(["us", "uk", "sg"])
# A share class: the NYSE writes Berkshire Hathaway's class B BRK.B, Bloomberg BRK/B US, the LSE BT.A. Read on the
# markets that list letter codes with classes so written: the US and the LSE.
_SHARE_CLASS_RE = re.compile(r"([A-Z]{1,5})[./]([A-Z])")
_CLASS_MARKETS = frozenset(["us", "uk"])
# Bloomberg writes a code and its market with a space, the ticker first, both in capitals ("BABA US", "JD US": the
# composite code US; "700 HK"). Of its market codes the one a code of letters has here is US (HK's codes are digits).
_SPACED_MARKETS = frozenset(["US"])


def _is_code(written: str, between: str, code_first: bool, exchange: str, market: str) -> bool:
    """Tell whether `written`, beside the exchange's abbreviation `exchange` (of the market `market`, a key of
    `_EXCHANGE_KEYS`) with `between` between them (`code_first`: in that order), is a stock code: one with a digit is
    (600519, 0700, D05 of SGX, 130A of Tokyo's alphanumeric codes since 2024); one of letters alone is where its market
    lists such codes (`_LETTER_MARKETS`: not "WANG.SZ" nor "HK:LI") and it is a ticker symbol (`_LETTER_CODE_RE`, or
    one with a share class on the US and London markets, `_SHARE_CLASS_RE`: "NYSE:BRK.B") written against its exchange
    with a colon or a full stop ("JD:NASDAQ", "BABA.N", "NASDAQ: PDD"), or as Bloomberg writes one with a space
    ("BABA US", "BRK/B US": `_SPACED_MARKETS`). Other words with a space between are a name or a phrase, however
    written ("Li Si", "LI SI", "WANG L", "LI N": the second word an exchange's abbreviation by chance; "US army", "star
    fruit"; the s42 brief's class 2), and a word in mixed case ("Li:SI") or of six letters is none."""
    if _SHARE_CLASS_RE.fullmatch(written):
        if market not in _CLASS_MARKETS:
            return False
    elif "." in written or "/" in written:
        return False
    elif any(char.isdigit() for char in written):
        return True
    elif market not in _LETTER_MARKETS or not _LETTER_CODE_RE.fullmatch(written):
        return False
    if not between.isspace():
        return True
    return code_first and written.isupper() and exchange in _SPACED_MARKETS
