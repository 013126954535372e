"""harvest: an ordinary word opening a sentence before a name whose stored English is the rest is no part of the
name (the thirty-second session's review, R5 of 03f996b).

"Rival Tencent (腾讯) said." with 腾讯 "Tencent" in the glossary gave "Rival Tencent", a conflict with the right
entry: the first word was dropped only where the rest spelled the Chinese by its sound. The glossary's own English
is the strongest evidence. Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `腾讯 /see 腾讯控股有限公司 (Tencent)/`, `百度 /Baidu,
Internet portal and search engine/`; 金山软件 Kingsoft Corporation (HKEX 3888).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

_STORED = [
    Entry(id="tencent", zh="腾讯", en="Tencent", type="org"),
    Entry(id="kingsoft", zh="金山软件", en="Kingsoft", aliases=("Kingsoft Corporation",), type="org"),
    Entry(id="baidu", zh="百度", en="Baidu", type="org"),
]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Rival Tencent (腾讯) said.", ("腾讯", "Tencent", "known")),
        ("Rival Kingsoft Corporation (金山软件) said.", ("金山软件", "Kingsoft Corporation", "known")),
        ("Giant Baidu (百度) said.", ("百度", "Baidu", "known")),
    ],
)
def test_stored_english_after_an_ordinary_word(line: str, pair: tuple[str, str, str]) -> None:
    got = [(p.zh, p.en, p.status) for p in harvest(line, _STORED) if p.kind == "name"]
    assert got == [pair]


def test_not_stored_stays_as_written() -> None:
    got = [(p.zh, p.en) for p in harvest("General Motors (通用汽车) said.", _STORED) if p.kind == "name"]
    assert got == [("通用汽车", "General Motors")]
