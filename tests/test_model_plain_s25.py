"""A batch's texts told plain a script at a time (`zhgloss.model._columns_plain`), its pinyin in one scan.

Twenty-fifth session, issue 9 (the import's speed). `entries_from_dicts` checks a batch of documents by joining
their texts and scanning the joined text in C. A Python string is as wide as its widest character: one Chinese
character outside the BMP (𠮷, CC-CEDICT has hundreds) made the whole batch's English and pinyin four bytes a
character, and the one source every imported row names was scanned once per row. The answers must stay those
of `Entry.from_dict` one by one, which the property tests hold them to.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhgloss.model
from zhgloss.errors import InvalidEntryError
from zhgloss.model import MAX_LIST_ITEMS, Entry, entries_from_dicts

SOURCE = "CC-CEDICT (MDBG), CC BY-SA 4.0"


def _row(number: int, **fields: Any) -> dict[str, Any]:
    """A row as the CC-CEDICT import hands it over: tuples, no roles or refers_to."""
    row: dict[str, Any] = {
        "id": f"row-{number}",
        "type": "term",
        "zh": f"吉{number}",
        "zh_hant": None,
        "zh_aliases": (),
        "pinyin": "jí",
        "en": f"lucky {number}",
        "aliases": (),
        "en_adopted": True,
        "note": None,
        "sources": (SOURCE,),
    }
    row.update(fields)
    return row


class _Spy:
    """Record the texts of every call of `_are_plain` (its one-line texts, then its lists' items)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.real = zhgloss.model._are_plain

    def __call__(self, texts: tuple[object, ...], lists: tuple[object, ...]) -> bool:
        seen = [t for t in texts if isinstance(t, str)]
        seen += [item for items in lists if isinstance(items, (list, tuple)) for item in items if isinstance(item, str)]
        self.calls.append(seen)
        return self.real(texts, lists)


def test_english_is_not_scanned_in_a_string_widened_by_a_chinese_character_outside_the_bmp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 𠮷 (U+20BB7) is CC-CEDICT's 𠮷野家 (Yoshinoya); the other rows' English is ASCII.
    rows = [_row(n) for n in range(50)] + [_row(50, zh="𠮷野家", pinyin="jí yě jiā", en="Yoshinoya")]
    spy = _Spy()
    monkeypatch.setattr(zhgloss.model, "_are_plain", spy)
    entries = list(entries_from_dicts(rows))
    assert [e.zh for e in entries][-1] == "𠮷野家"
    for texts in spy.calls:
        if any(max(map(ord, text), default=0) > 0xFFFF for text in texts):
            assert "lucky 1" not in texts and "Yoshinoya" not in texts, "English joined with a wide Chinese text"


def test_the_source_every_row_names_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [_row(n) for n in range(300)]
    spy = _Spy()
    monkeypatch.setattr(zhgloss.model, "_are_plain", spy)
    entries = list(entries_from_dicts(rows))
    assert all(e.sources == (SOURCE,) for e in entries)
    assert sum(texts.count(SOURCE) for texts in spy.calls) == 1


def test_a_batch_without_pinyin_is_checked_in_its_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # A column of null pinyin holds no text to refuse: it sends no document to the check of each one.
    rows = [_row(n, pinyin=None) for n in range(40)]
    monkeypatch.setattr(zhgloss.model, "_plain_rows", lambda *_, **__: pytest.fail("checked row by row"))
    monkeypatch.setattr(Entry, "from_dict", lambda *_: pytest.fail("built by from_dict"))
    assert [e.pinyin for e in entries_from_dicts(rows)] == [None] * 40


@pytest.mark.parametrize("item", [None, 3, b"bytes"])
def test_a_source_that_is_no_text_is_refused_at_its_row(item: object) -> None:
    # The distinct sources are asked as texts, where a None is an absent field: a null item passed (cur, 22:57).
    rows = [_row(n) for n in range(30)]
    rows[9] = _row(9, sources=(SOURCE, item))
    assert _outcome(rows) == _one_by_one(rows)
    assert _outcome(rows)[1] is not None


def test_a_bad_source_among_repeated_ones_is_refused_at_its_row() -> None:
    rows = [_row(n) for n in range(30)]
    rows[17] = _row(17, sources=(SOURCE, "bad\u0000source"))
    entries = entries_from_dicts(rows)
    for _ in range(17):
        next(entries)
    with pytest.raises(InvalidEntryError, match="sources"):
        next(entries)


def _outcome(docs: list[dict[str, Any]]) -> tuple[list[Entry], str | None]:
    made: list[Entry] = []
    try:
        made.extend(entries_from_dicts(docs))
    except (InvalidEntryError, TypeError) as exc:
        return made, f"{type(exc).__name__}: {exc}"
    return made, None


def _one_by_one(docs: list[dict[str, Any]]) -> tuple[list[Entry], str | None]:
    made: list[Entry] = []
    for doc in docs:
        try:
            made.append(Entry.from_dict(doc))
        except (InvalidEntryError, TypeError) as exc:
            return made, f"{type(exc).__name__}: {exc}"
    return made, None


# Texts plain and odd, in every width: ASCII, Latin-1 (é), the BMP (Chinese, tone marks, full-width forms) and
# beyond it (𠮷); spaces where `normalize` would fold them, line feeds, controls, combining marks.
_PIECES = ["Lei", "Jun", " ", "  ", "é", "e\u0301", "雷军", "𠮷", "，", "Ｌ", "\n", "\t", "\u0000", "\u202e", "ǖ"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=4).map("".join)
_PINYIN = st.one_of(
    st.none(),
    st.sampled_from(["Léi Jūn", "jí yě jiā", "lei2 jun1", "Xiǎomǐ SU7", "Lü", "lu:", "", "\n", "lei\n", "雷", "LÉI"]),
    _TEXT,
)


_PLAIN_PINYINS = st.one_of(st.none(), st.sampled_from(["Léi Jūn", "jí yě jiā", "lei2 jun1", "Xiǎomǐ SU7", "Lü"]))


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A batch of import rows: all plain, or some texts and pinyin odd; the source shared or not; lists empty, of one
    item or with a repeat, in any order (a repeat is found in its own row)."""
    rows = []
    odd_batch = draw(st.booleans())
    shared = draw(st.sampled_from([SOURCE, "CC-CEDICT", "𠮷 source", "bad  source"] if odd_batch else [SOURCE]))
    for number in range(draw(st.integers(1, 40))):
        odd = odd_batch and draw(st.integers(0, 4)) == 0
        text = draw(_TEXT) if odd else None
        field = draw(st.sampled_from(["en", "zh", "zh_hant", "aliases", "zh_aliases", "sources"]))
        row = _row(number, pinyin=draw(_PINYIN if odd_batch else _PLAIN_PINYINS), sources=(shared,))
        if draw(st.booleans()):
            row["zh"] = "𠮷野家"
        row["aliases"] = draw(st.sampled_from([(), ("Lucky",), ("Lucky", "Lucky"), ("Lucky", "Lucky Star")]))
        row["zh_aliases"] = draw(st.sampled_from([(), ("大吉",), ("大吉", "大吉")]))
        if text is not None:
            row[field] = (text,) if field in ("aliases", "zh_aliases", "sources") else text
        if draw(st.integers(0, 9)) == 0:
            many = (SOURCE,) * (MAX_LIST_ITEMS + 1)
            row["sources"] = draw(st.sampled_from([(), (SOURCE, SOURCE), many, ([SOURCE],), (None,), (SOURCE, 1)]))
        rows.append(row)
    return rows


@settings(max_examples=300, deadline=None)
@given(_rows())
def test_a_batch_reads_as_from_dict_one_by_one(rows: list[dict[str, Any]]) -> None:
    assert _outcome(rows) == _one_by_one(rows)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PINYIN.filter(lambda p: p is not None and "\n" not in p), max_size=12))
def test_pinyin_lines_match_as_each_pinyin_does(pinyin: list[str]) -> None:
    each = re.compile(zhgloss.model._PLAIN_PINYIN).match
    joined = re.compile(zhgloss.model._PLAIN_PINYIN_LINES).fullmatch("\n".join(pinyin))
    assert (joined is not None) == all(each(text) for text in pinyin) or not pinyin
