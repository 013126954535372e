"""The space between two Chinese characters found from the space (`zhgloss.model._SPACE_IN_HAN`), and a batch of
stored documents passed through whole (`zhgloss.model.stored_documents`).

Thirty-seventh session, issue 9 (the import's speed). `_are_plain` and `_rows_not_plain` searched the joined texts
of a batch for `_HAN_SPACE` (a Chinese character, a space, a Chinese character), which tests the Chinese class at
every character; `_SPACE_IN_HAN` opens with its space, so the search runs from space to space. Each must find what
the other finds, one character later; and the batch check's answers must stay those of `Entry.from_dict` one by one.
Speed changes: these tests hold the old answers, so none fails on the code before them.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError
from zhgloss.model import _HAN_SPACE, _SPACE_IN_HAN, Entry, _are_plain, stored_documents

# Chinese characters of each range `CJK_PATTERN` names (BMP and beyond it), their neighbours outside it, spaces and
# the line feed that joins a batch's texts.
_ALPHABET = ["一", "鿿", "〇", "㐀", "豈", "𠀀", "𠮷", "丽", "〆", "ぁ", "a", "Z", "ā", ",", " ", " ", "\n", "\u3000"]
_TEXTS = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_space_is_found_where_the_chinese_character_before_it_is(text: str) -> None:
    before = [match.start() for match in re.finditer(_HAN_SPACE, text)]
    assert [match.start() - 1 for match in re.finditer(_SPACE_IN_HAN, text)] == before


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS.filter(bool), min_size=1, max_size=6))
def test_texts_are_plain_together_as_each_is_alone(texts: list[str]) -> None:
    alone = all(_are_plain((text,), ()) for text in texts)
    assert _are_plain(texts, ()) is alone
    assert _are_plain([None, *texts, None], ()) is alone  # (None, an absent field, passed over)


def test_a_space_between_chinese_characters_is_not_plain_in_any_script_group() -> None:
    # Seen by the English group (a CC-CEDICT gloss quoting a Chinese phrase), and by the Chinese group.
    assert not _are_plain(["Hunan", "敌进 我退", "lucky"], ())
    assert not _are_plain(["吉", "𠮷 祥"], ())
    assert _are_plain(["小米 SU7", "A 股", "敌进我退"], ())


def _row(number: int, **fields: Any) -> dict[str, Any]:
    """A row laid out as `Entry.to_dict` writes it, as the CC-CEDICT import hands its rows over."""
    row: dict[str, Any] = {
        "id": f"row-{number}",
        "type": "term",
        "zh": f"吉{number}",
        "zh_hant": None,
        "pinyin": "jí",
        "en": f"lucky {number}",
        "aliases": [],
        "zh_aliases": [],
        "en_adopted": True,
        "refers_to": None,
        "roles": [],
        "note": None,
        "sources": ["CC-CEDICT"],
    }
    row.update(fields)
    return row


def _one_by_one(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [Entry.from_dict(row).to_dict() for row in rows]


def test_whole_batches_are_passed_through_as_themselves_beside_one_that_is_not() -> None:
    # 1,500 rows: two whole batches of 512 laid out as stored, and a third holding one row the check folds.
    rows = [_row(n) for n in range(1500)]
    rows[1200] = _row(1200, zh="吉 祥")
    written = list(stored_documents(rows))
    assert written == _one_by_one(rows)
    assert all(doc is row for doc, row in zip(written[:1024], rows, strict=False))
    assert written[1200]["zh"] == "吉祥" and written[1200] is not rows[1200]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["lucky", "敌进 我退", "吉 祥", " lucky", "A 股", "𠮷 祥"]), min_size=1, max_size=40))
def test_stored_documents_are_from_dict_then_to_dict(english: list[str]) -> None:
    rows = [_row(n, en=text) for n, text in enumerate(english)]
    try:
        expected = _one_by_one(rows)
    except InvalidEntryError:
        return
    assert list(stored_documents(rows)) == expected
