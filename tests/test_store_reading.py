"""The glossary file read by orjson where it gives `json`'s values (`parse_glossary_bytes`), else by `json`."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import GlossaryFileError
from zhgloss.store import dump_json_bytes, parse_glossary_bytes, parse_glossary_text


def stdlib_reading(raw: bytes) -> dict[str, Any] | str:
    """What the reading was before orjson: decode as UTF-8 (a BOM allowed), then `json`; or the error's message."""
    try:
        return parse_glossary_text(raw.decode("utf-8-sig"), "g.json")
    except UnicodeDecodeError as exc:
        return f"is not UTF-8 (byte {exc.start})"
    except GlossaryFileError as exc:
        return exc.problem


def reading(raw: bytes) -> dict[str, Any] | str:
    try:
        return parse_glossary_bytes(raw, "g.json")
    except GlossaryFileError as exc:
        return exc.problem


def same(first: object, second: object) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0; NaN equals NaN; dict order counts)."""
    if type(first) is not type(second):
        return False
    if isinstance(first, dict):
        assert isinstance(second, dict)
        return list(first) == list(second) and all(same(first[k], second[k]) for k in first)
    if isinstance(first, list):
        assert isinstance(second, list)
        return len(first) == len(second) and all(map(same, first, second))
    if isinstance(first, float) and isinstance(second, float) and math.isnan(first):
        return math.isnan(second)
    return first == second and repr(first) == repr(second)


AWKWARD_TEXT = st.text(
    st.sampled_from(
        ["a", "Ａ", "雷", "軍", "\u3000", " ", "\t", "\n", '"', "\\", "\x00", "\x7f", "\u2028", "😀", "9", "-", ","]
    )
    | st.characters(codec="utf-8"),
    max_size=12,
)
NUMBER_LITERALS = st.sampled_from(
    [
        "0",
        "-0",
        "1",
        "-1",
        "0.1",
        "1e5",
        "1E-5",
        "2.4e-324",
        "1e400",
        "-1e400",
        "NaN",
        "Infinity",
        "-Infinity",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "1.00000000000000011102230246251565404236316680908203125",
    ]
)
ESCAPES = st.sampled_from(['"\\ud800"', '"\\udc00x"', '"\\ud83d\\ude00"', '"\\u0000"', '"\\u00e9"', '"a\\/b"'])


@st.composite
def values(draw: st.DrawFn, depth: int = 0) -> str:
    """A JSON value as text: strings (escapes, lone surrogates), numbers json and orjson read apart, lists, objects."""
    kinds = ["string", "escape", "number", "literal"] + (["list", "object"] if depth < 3 else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "string":
        return json.dumps(draw(AWKWARD_TEXT), ensure_ascii=draw(st.booleans()))
    if kind == "escape":
        return draw(ESCAPES)
    if kind == "number":
        return draw(NUMBER_LITERALS)
    if kind == "literal":
        return draw(st.sampled_from(["true", "false", "null"]))
    items = draw(st.lists(values(depth + 1), max_size=3))
    if kind == "list":
        return "[" + ", ".join(items) + "]"
    keys = draw(st.lists(st.sampled_from(["id", "en", "zh", "id", "a b", "Ａ", "\\u0041"]), min_size=len(items)))
    return "{" + ", ".join(f'"{k}": {v}' for k, v in zip(keys, items, strict=False)) + "}"


@st.composite
def glossary_files(draw: st.DrawFn) -> bytes:
    """A glossary file's bytes: documents of awkward values, a BOM or not, spacing, now and then broken."""
    docs = draw(st.lists(values(1), max_size=4))
    numbers = draw(st.lists(st.sampled_from(["1", "2", "10", "02", "x"]), min_size=len(docs), max_size=len(docs)))
    body = ", ".join(f'"{n}": {d}' for n, d in zip(numbers, docs, strict=True))
    table = draw(st.sampled_from(["entries", "_default", "people"]))
    text = draw(st.sampled_from(["{{", "{{\n  ", "  {{"])) + f'"{table}": {{{body}}}}}'
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        raw = b"\xef\xbb\xbf" + raw
    cut = draw(st.sampled_from([None, None, None, 1, 5, -1]))
    return raw if cut is None else raw[:cut]


@given(glossary_files())
def test_bytes_are_read_as_json_reads_their_text(raw: bytes) -> None:
    assert same(reading(raw), stdlib_reading(raw))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"  \n",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf\xef\xbb\xbf{}",
        b'{"entries": {"1": {"id": 123456789012345678901234567890}}}',  # orjson alone: a float
        b'{"entries": {"1": {"n": [-9223372036854775809]}}}',
        b'{"entries": {"1": {"n":\n   18446744073709551616}}}',
        b'{"entries": {"1": {"note": "order 2023113017174117531"}}}',  # a long number inside a string
        b'{"entries": {"1": {"note": "a, 2023113017174117531"}}}',
        b'{"entries": {"1": {"note": NaN}}}',
        b'{"entries": {"1": {"note": "\\ud800"}}}',
        b'{"entries": {"1": {"note": "\xed\xa0\x80"}}}',  # a surrogate encoded in the bytes: not UTF-8
        b'{"entries": {"1": {"note": "\xff"}}}',
        b'{"entries": {"1": ' + b"[" * 2000 + b"]" * 2000 + b"}}",
        b'{"entries": {"1": {"id": "a"}, "2": {"id": "a"}}}',
        b'{"entries": {"1": {"id": "a", "id": "b"}}}',
    ],
)
def test_awkward_files_read_alike(raw: bytes) -> None:
    assert same(reading(raw), stdlib_reading(raw))


def test_an_integer_past_64_bits_keeps_every_digit() -> None:
    data = parse_glossary_bytes(b'{"entries": {"1": {"note": 123456789012345678901234567890}}}', "g.json")
    assert data["entries"]["1"]["note"] == 123456789012345678901234567890


def test_a_written_glossary_reads_back_as_written() -> None:
    data = {"entries": {"1": {"id": "lei-jun", "zh": "雷军", "en": "Lei Jun", "aliases": ["Ｌｅｉ", "\u3000x"]}}}
    assert parse_glossary_bytes(dump_json_bytes(data), "g.json") == data
