"""A publisher, named by the house that publishes, is an organisation (thirty-first session; the s30 blind draw:
中国大百科全书出版社 "Encyclopedia of China Publishing House" was a work, its head read before "of").

A book named "History of the Song Dynasty" is still a work: the head before "of" decides where the name ends on
the generic of what it is of.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中國大百科全書出版社 中国大百科全书出版社 [Zhong1 guo2 Da4 Bai3 ke1 Quan2 shu1 Chu1 ban3 she4]"
    " /Encyclopedia of China Publishing House/\n"
    "商務印書館 商务印书馆 [Shang1 wu4 Yin4 shu1 guan3] /The Commercial Press, Beijing (est. 1897)/\n"
    # A control: a book.
    "宋史 宋史 [Song4 shi3] /History of the Song Dynasty, twentieth of the 24 dynastic histories 二十四史[Er4 shi2 si4"
    " Shi3], composed under Toktoghan 脫脫|脱脱[Tuo1 tuo1] in 1345 during the Yuan Dynasty 元[Yuan2], 496 scrolls/\n"
)
# Lines of my own of the same shape (CC-CEDICT has one).
OWN = (
    "人民文學出版社 人民文学出版社 [Ren2 min2 Wen2 xue2 Chu1 ban3 she4] /People's Literature Publishing House/\n"
    "中國地圖出版社 中国地图出版社 [Zhong1 guo2 Di4 tu2 Chu1 ban3 she4] /Atlas of China Publishing House/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize("zh", ["中国大百科全书出版社", "商务印书馆", "人民文学出版社", "中国地图出版社"])
def test_a_publisher_is_an_org(zh: str) -> None:
    assert KINDS[zh][0] == "org", KINDS[zh]


def test_a_history_of_a_dynasty_is_a_work() -> None:
    assert KINDS["宋史"] == ("work", "History of the Song Dynasty")
