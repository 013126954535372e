"""`zhgloss check` reads Hong Kong's and Taiwan's traditional copy as the mainland's, and a paper's words for its own
place (本港, 全港, 我国) as the place (the user's U36-37 and U36-38).

check's rules wait for trigger words written in simplified: an abbreviation after 访来在驻赴抵离对援旅留返 or before
方企媒军籍资商裔股警独 (访华 "visited China", 俄军 "Russian troops"), a body before a title of office (国务院总理
"Premier", 商务部部长 "Commerce Minister"). 訪華, 駐華, 俄軍, 國務院總理 and 商務部部長 were therefore `unexpected` or
`missing` in every Hong Kong and Taiwan article. The words are now matched in both scripts (`zhgloss.convert`'s
OpenCC forms). And Hong Kong papers write Hong Kong 本港 ("this territory") or 全港 ("all Hong Kong"), mainland ones
China 我国 ("our country"): the translation's "Hong Kong" and "China" render them.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_scripts_s36.u8) imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_scripts_s36.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # The same sentences in simplified and traditional (OpenCC s2hk / s2tw shapes).
        ("总统访华期间。", "During the president's visit to China."),
        ("總統訪華期間。", "During the president's visit to China."),
        ("驻华大使表示。", "The ambassador to China said."),
        ("駐華大使表示。", "The ambassador to China said."),
        ("來港旅客增加。", "Visitors to Hong Kong increased."),
        ("俄军撤退。", "Russian troops withdrew."),
        ("俄軍撤退。", "Russian troops withdrew."),
        ("商务部部长表示。", "The Commerce Minister said."),
        ("商務部部長表示。", "The Commerce Minister said."),
        ("國務院總理表示。", "The Premier said."),
        # A paper's own place.
        ("本港經濟增長放緩。", "Hong Kong's economic growth slowed."),
        ("全港市民。", "All Hong Kong residents."),
        ("我国经济增长放缓。", "China's economic growth slowed."),
        ("我國經濟增長放緩。", "China's economic growth slowed."),
    ],
)
def test_either_script_reads_alike(zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "problems"),
    [
        # Another place is still another place.
        ("訪華期間。", "During his visit to Japan.", ['unexpected 日本: found "Japan", expected 日本 in the source']),
        (
            "本港經濟增長放緩。",
            "Japan's economic growth slowed.",
            ['unexpected 日本: found "Japan", expected 日本 in the source'],
        ),
        (
            "我国经济增长放缓。",
            "Japan's economic growth slowed.",
            ['unexpected 日本: found "Japan", expected 日本 in the source'],
        ),
        (
            "商務部部長表示。",
            "The Defense Minister said.",
            ['missing 商務部: found nothing, expected "Department of Trade"'],
        ),
    ],
)
def test_another_name_is_still_reported(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, problems: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [f"1: {p}" for p in problems]
