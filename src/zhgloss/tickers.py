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
_TICKER_FORM = re.compile(r"^\s*([A-Za-z0-9]{1,6})\s*[:.\s]\s*([A-Za-z0-9]{1,12})\s*$")
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
    a, b = match.group(1).lower(), match.group(2).lower()
    for code, exchange in ((a, b), (b, a)):
        if exchange in _EXCHANGE_KEYS and code not in _EXCHANGE_KEYS:
            return f"ticker:{_EXCHANGE_KEYS[exchange]}:{code.lstrip('0') or '0'}"
    return None
