"""Kind words the import lacked (twenty-eighth session, issue 9 item 1; the s27 blind measure's 博格多 "Bogdo, last
Khan of Mongolia" typed `name`, the brief's 楚汉战争 "Chu-Han Contention (206-202 BC), power struggle ..." `person`).

A khan is a ruler, as a king is: a person. A contention is an event, as a war is (the years of the Chu-Han
Contention are no one's life).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "博格多 博格多 [Bo2 ge2 duo1] /Bogdo, last Khan of Mongolia/\n"
    "鐵木真 铁木真 [Tie3 mu4 zhen1] /Temujin, birth name of Genghis Khan 成吉思汗[Cheng2 ji2 si1 han2]/\n"
    "楚漢戰爭 楚汉战争 [Chu3 Han4 Zhan4 zheng1] /Chu-Han Contention (206-202 BC), power struggle between Liu Bang"
    " 劉邦|刘邦[Liu2 Bang1] of Han and Xiang Yu 項羽|项羽[Xiang4 Yu3] of Chu/\n"
    # Controls: a palace and a peak named after a khan are places.
    "博格多汗宮 博格多汗宫 [Bo2 ge2 duo1 Han2 gong1] /the Palace of the Bogdo Khan in Ulan Bator, Mongolia/\n"
    "汗騰格里峰 汗腾格里峰 [Han2 teng2 ge2 li3 Feng1] /Khan Tengri or Mt Hantengri on the border between Xinjiang and"
    " Kazakhstan/\n"
)
# Lines of my own of the same kinds.
OWN = (
    "脫脫迷失 脱脱迷失 [Tuo1 tuo1 mi2 shi1] /Tokhtamysh, Khan of the Golden Horde/\n"
    "魏蜀之爭 魏蜀之争 [Wei4 Shu3 zhi1 Zheng1] /Wei-Shu Contention (221-263), wars between Wei and Shu Han/\n"
)
NAMES = kinds_and_english(REAL + OWN)
KINDS = {
    "博格多": "person",
    "铁木真": "person",
    "脱脱迷失": "person",
    "楚汉战争": "event",
    "魏蜀之争": "event",
    "博格多汗宫": "place",
    "汗腾格里峰": "place",
}


@pytest.mark.parametrize("zh", sorted(KINDS))
def test_the_kind_the_words_say(zh: str) -> None:
    assert NAMES[zh][0] == KINDS[zh]


@given(st.sampled_from(["khan", "contention"]))
def test_the_words_are_kind_words(word: str) -> None:
    assert cedict._kind_of_word(word) == ("person" if word == "khan" else "event")
