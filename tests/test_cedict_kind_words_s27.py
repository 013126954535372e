"""Kinds a description's head noun says that the import did not know (twenty-seventh session, issue 9; my own
Random(2072) draw: 谁人乐队 "The Who (1960s UK rock band)" and 羽田 "Haneda (one of the two main airports serving
Tokyo)" were `name`). A band and a record label are organisations; a competition, a tournament and a championship
are events; "one of the Ys" is a Y, and a participle after the Ys starts a clause, which names no group.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "誰人樂隊 谁人乐队 [Shei2 ren2 yue4 dui4] /The Who (1960s UK rock band)/\n"
    "披頭士 披头士 [Pi1 tou2 shi4] /the Beatles (music band)/\n"
    "法網 法网 [Fa3 wang3] /French Open (tennis tournament)/\n"
    "寶麗金 宝丽金 [Bao3 li4 jin1] /PolyGram (record label)/\n"
    "羽田 羽田 [Yu3 tian2] /Haneda (one of the two main airports serving Tokyo)/\n"
    "溫布爾登網球公開賽 温布尔登网球公开赛 [Wen1 bu4 er3 deng1 Wang3 qiu2 Gong1 kai1 sai4] /Wimbledon Championships"
    " (tennis)/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("谁人乐队", "org"),
        ("披头士", "org"),
        ("法网", "event"),
        ("宝丽金", "org"),
        ("羽田", "place"),
        ("温布尔登网球公开赛", "event"),
    ],
)
def test_the_head_noun_says_the_kind(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /Jiajia (Korean girl band)/\n"
        "乙乙 乙乙 [Yi3 yi3] /Yiyi Open, international chess competition/\n"
        "丙丙 丙丙 [Bing3 bing3] /Bingbing (one of the four great lakes feeding the Yangtze)/\n"
        "丁丁 丁丁 [Ding1 ding1] /Dingding (one of the Eight Immortals)/\n"  # no kind: stays
    )
    assert names["甲甲"][0] == "org"
    assert names["乙乙"][0] == "event"
    assert names["丙丙"][0] == "place"
    assert names["丁丁"][0] not in ("place", "org", "event")
