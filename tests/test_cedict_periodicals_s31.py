"""A periodical's title holds its article (thirty-first session; the brief's item 4: 泰晤士 "the Times (newspaper)/River
Thames, through London/" had en "Times"; the paper is "The Times", as CC-CEDICT's "The Guardian (U.K. newspaper)"
is written).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data); then two of my own and a control (no article).
LINES = (
    "泰晤士 泰晤士 [Tai4 wu4 shi4] /the Times (newspaper)/River Thames, through London/\n"
    "衛報 卫报 [Wei4 Bao4] /The Guardian (U.K. newspaper)/\n"
    "觀察家報 观察家报 [Guan1 cha2 jia1 Bao4] /the Observer (U.K. newspaper)/\n"
    "大西洋月刊 大西洋月刊 [Da4 xi1 yang2 Yue4 kan1] /the Atlantic (magazine)/\n"
    "華盛頓郵報 华盛顿邮报 [Hua2 sheng4 dun4 You2 bao4] /Washington Post (newspaper)/\n"
)
KINDS = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("泰晤士", "The Times"),
        ("卫报", "The Guardian"),
        ("观察家报", "The Observer"),
        ("大西洋月刊", "The Atlantic"),
        ("华盛顿邮报", "Washington Post"),
    ],
)
def test_a_periodical_keeps_its_article(zh: str, en: str) -> None:
    assert KINDS[zh][1] == en
