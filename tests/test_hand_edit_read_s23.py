"""The reading of a glossary file no zhgloss write vouches for (a hand edit; issue 15 item 1, twenty-third session):
its scan for integers orjson may read otherwise than `json`, made cheaper, with the same answers.

`_may_hold_long_integer` looks at every ninth byte first. It is held to the scan of every byte it replaces, on any
bytes, and to what JSON says (an integer literal of 19 digits or more, not the same digits inside a string).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.store import _may_hold_long_integer

DIGITS = b"0123456789"


def every_byte_scanned(body: bytes) -> bool:
    """`_may_hold_long_integer` as it was before (every byte marked, each run of 19 digits looked at): the reference."""
    marked = body.translate(bytes.maketrans(DIGITS, b"0" * 10))
    at = marked.find(b"0" * 19)
    while at >= 0:
        before = body[max(0, at - 64) : at].rstrip(DIGITS).rstrip(b" \t\r\n-")
        if at < 64 or before[-1:] in (b":", b"[", b",", b""):
            return True
        at = marked.find(b"0" * 19, at + 19)
    return False


# Bytes as a glossary file may hold them around numbers: runs of digits of any length (to past 64 + 19), and what
# may stand before a number or inside a string (quotes, colons, commas, brackets, spaces, minus signs, letters).
PIECES = st.one_of(
    st.integers(0, 130).map(lambda n: b"1" * n),
    st.text("09", min_size=15, max_size=45).map(str.encode),
    st.text('":,[ -\n\tax', max_size=70).map(str.encode),
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, max_size=10))
def test_the_sampled_scan_answers_as_a_scan_of_every_byte(pieces: list[bytes]) -> None:
    body = b"".join(pieces)
    assert _may_hold_long_integer(body) is every_byte_scanned(body)


@pytest.mark.parametrize("offset", range(19))
@pytest.mark.parametrize("length", [19, 20, 37, 38, 100])
def test_an_integer_literal_of_19_digits_or_more_is_found_wherever_it_falls(offset: int, length: int) -> None:
    # JSON: a number literal (after a colon, a bracket or a comma) of 19 digits or more may be past 64 bits; the same
    # digits inside a string (a URL's) are no number. Every place modulo the sampling step, every run length.
    pad = b"x" * (100 + offset)
    digits = b"9" * length
    assert _may_hold_long_integer(b'{"a": "' + pad + b'", "n": ' + digits + b"}")
    assert _may_hold_long_integer(b'{"a": "' + pad + b'", "n": [-' + digits + b"]}")
    # In a string, no number; a run of more than 64 + 19 digits is taken for one whatever stands before it (the scan
    # looks 64 bytes back): the file is then read by `json`, slower, never otherwise.
    in_a_string = b'{"a": "' + pad + b"https://e.com/news/" + digits + b'"}'
    assert _may_hold_long_integer(in_a_string) is (length > 64 + 19)
    assert not _may_hold_long_integer(b'{"a": "' + pad + b'", "n": ' + digits[:18] + b"}")
