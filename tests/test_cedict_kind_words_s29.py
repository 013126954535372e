"""Kind words of the twenty-ninth session (issue 9 item 1, the tester's classes 1d and 11).

An offensive is an event, as a battle is: 百团大战 "Hundred Regiments offensive of August-December 1940" was
`name`. A loanword and a concept are none of the kinds, whatever the words before them say: 佛朗机 "Portuguese
(Ming era loanword)" was an `event` by "era"; "Great Harmony (concept of an ideal society)" is no society.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "百團大戰 百团大战 [Bai3 tuan2 Da4 zhan4] /Hundred Regiments offensive of August-December 1940, a large scale"
    " offensive against the Japanese by the communists/\n"
    "佛朗機 佛朗机 [Fo2 lang3 ji1] /Portuguese (Ming era loanword)/\n"
    "大同 大同 [Da4 tong2] /(Confucianism) Great Harmony (concept of an ideal society)/\n"
    # Control: a dynasty's era is a time.
    "開元 开元 [Kai1 yuan2] /Tang emperor Xuanzong's 唐玄宗[Tang2 Xuan2 zong1] reign name used during the Kaiyuan era"
    " (713-741)/\n"
)
# Lines of my own of the same kinds.
OWN = (
    "春季攻勢 春季攻势 [Chun1 ji4 Gong1 shi4] /Spring Offensive of 1918, German attack on the Western Front/\n"
    "沙發 沙发 [Sha1 fa1] /Sofa (Qing era loanword)/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("百团大战", "event", "Hundred Regiments offensive"),
        ("春季攻势", "event", "Spring Offensive"),
        ("佛朗机", "name", "Portuguese"),
        ("沙发", "name", "Sofa"),
        ("大同", "name", "Great Harmony"),
        ("开元", "event", "Kaiyuan"),
    ],
)
def test_the_kind_the_words_say(zh: str, kind: str, en: str) -> None:
    assert NAMES[zh] == (kind, en)
