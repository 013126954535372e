"""A match that ends on the 如 of 如……所说 "as … said" is no name (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_as_said.u8, imported as
`zhgloss import --proper-only` would). The sixteenth session's sweep of Lu Xun with the full CC-CEDICT names glossary
glossed 难道真如（Tathata）市上所说 (阿Q正传): 难道|真|如|市上|所说, "can it really be as the market says". 如 (or 若)
and 所 with a verb of saying, knowing or expecting frame "as X says"; a match that ends on that 如 cuts the frame.
The name itself stays where no such frame follows, and so does a name that is the X of the frame.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

ANNOTATOR = Annotator(cedict_fixture("cedict_as_said.u8"))


@pytest.mark.parametrize(
    "text",
    [
        "而他现在竟动手，很意外，难道真如市上所说，皇帝已经停了考，不要秀才和举人了。",  # zh-corpus.txt (阿Q正传)
        "结果真如大家所料，比赛推迟了。",
        "这件事真如报上所言，已经不可收拾。",
        "難道真如市上所說，皇帝已經停了考。",  # traditional: 所說 is 所说
    ],
)
def test_a_name_cut_by_the_frame_as_said_is_not_glossed(text: str) -> None:
    assert [m.entry.zh for m in ANNOTATOR.mentions(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No frame after it: the name.
        ("佛经里常说到真如，意思是事物的本来面目。", ["真如"]),
        # 所 too far, or across punctuation: no frame.
        ("他提到真如，后来大家所说的也都差不多。", ["真如"]),
        # A place inside the frame stays.
        ("正如北京所说的那样。", ["北京"]),
    ],
)
def test_a_name_outside_the_frame_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_name_that_is_the_frames_noun_stays() -> None:
    # 正如张如所说 "just as Zhang Ru said": 张如 is the X of 如 X 所说, nothing stands between it and 所.
    annotator = Annotator([Entry(id="zhangru", type="person", zh="张如", en="Zhang Ru")])
    assert glossed("正如张如所说，问题已经解决。", annotator) == ["张如"]


def test_a_form_safe_by_its_entry_stays() -> None:
    entry = Entry(id="zhenru", type="name", zh="真如", en="Tathata", safe_forms=["真如"])
    assert glossed("难道真如市上所说", Annotator([entry])) == ["真如"]
