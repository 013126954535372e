"""A lone surrogate in a str given to the library: `NameFinder.find` reads it as a character of no name (issue 14).

A decoded file holds none (the CLI refuses bytes that do not decode), but a str from the library API may:
`NameFinder().find("王明说\\ud800")` raised UnicodeEncodeError from the automata, which read UTF-8.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.unknown import NameFinder

SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


def spans(text: str) -> list[tuple[int, int, str, float]]:
    return [(f.start, f.end, f.surface, f.score) for f in NameFinder().find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王明说\ud800", [(0, 2, "王明", 3.0)]),
        ("\udfff华为创始人任正非表示", [(6, 9, "任正非", 7.36)]),
        ("华为创始人任正非表示\ud800，王明说\udfff", [(5, 8, "任正非", 7.36), (12, 14, "王明", 3.0)]),
    ],
)
def test_a_lone_surrogate_is_read_as_no_name(text: str, expected: list[tuple[int, int, str, float]]) -> None:
    assert spans(text) == expected


PIECES = ["王明说", "华为创始人任正非表示", "，", "。", "、", "和", "张伟", "董事长", "埃隆·马斯克", "称", "李", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), SURROGATES), max_size=12))
def test_surrogates_find_what_replacement_characters_find(pieces: list[str]) -> None:
    # Offsets and surfaces are the text's own; a name never takes in the surrogate.
    text = "".join(pieces)
    replaced = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    assert spans(text) == spans(replaced)


def test_a_long_text_with_a_surrogate_is_read() -> None:
    # Long enough for the scan's bulk path (`unknown._BULK_LEAST`), with numpy loaded as a long stream has it.
    import numpy  # noqa: F401

    text = "华为创始人任正非表示，公司将继续投入研发。" * 300 + "\ud800"
    assert len(text) >= unknown._BULK_LEAST
    assert len(spans(text)) == 300
