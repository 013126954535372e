"""People whose line names them by a word of a person the vocabulary lacked (twenty-ninth session, issue 9 item 1;
the tester's class 1b: 夏黄公 "..., Daoist hermit of the Qin Dynasty" was an `event`, 郭泉 "Guo Quan, formerly
Professor of Nanjing Normal University, ..." an `org`, 邓通 "... one of the wealthiest Former Han Dynasty officials"
and 虞舜 "Yu Shun, one of Five legendary Emperors" `name`).

A strategist, a hermit, a jailer, an alchemist, a professor, a secretary is a person, as a general and a scholar
are; officials, emperors and kings too (one of them is one). A title alone names no one ("Secretary of State
(US)": no person).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "劉涓子 刘涓子 [Liu2 Juan1 zi3] /Liu Juanzi, legendary alchemist and creator of magic potions/\n"
    "司馬穰苴 司马穰苴 [Si1 ma3 Rang2 ju1] /Sima Rangju (c. 800 BC, dates of birth and death unknown), military"
    " strategist of the Qi State 齊國|齐国[Qi2 guo2] and author of “Methods of Sima” 司馬法|司马法[Si1 ma3 Fa3], one"
    " of the Seven Military Classics of ancient China 武經七書|武经七书[Wu3 jing1 Qi1 shu1]/\n"
    "夏黃公 夏黄公 [Xia4 Huang2 gong1] /Xia Huanggong also known as Huang Shigong 黃石公|黄石公[Huang2 Shi2 gong1]"
    " (dates of birth and death uncertain), Daoist hermit of the Qin Dynasty 秦代[Qin2 dai4] and purported author"
    " of ”Three Strategies of Huang Shigong” 黃石公三略|黄石公三略[Huang2 Shi2 gong1 San1 lu:e4], one of the Seven"
    " Military Classics of ancient China 武經七書|武经七书[Wu3 jing1 Qi1 shu1]/\n"
    "杉山彬 杉山彬 [Shan1 Shan1 bin1] /Tsugiyama Akira, secretary at the Japanese legation killed during the Boxer"
    " uprising/\n"
    "虞舜 虞舜 [Yu2 Shun4] /Yu Shun, one of Five legendary Emperors 五帝[wu3 di4]/\n"
    "郭泉 郭泉 [Guo1 Quan2] /Guo Quan, formerly Professor of Nanjing Normal University, sacked after founding New"
    " People's Party of China 中國新民黨|中国新民党/\n"
    "鄧通 邓通 [Deng4 Tong1] /Deng Tong (2nd c. BC), one of the wealthiest Former Han Dynasty 前漢|前汉[Qian2 Han4]"
    " officials/\n"
)
# Lines of my own of the same shapes, and a control.
OWN = (
    "許由 许由 [Xu3 You2] /Xu You, legendary hermit of the time of Yao/\n"
    "孫臏 孙膑 [Sun1 Bin4] /Sun Bin (died 316 BC), military strategist of the State of Qi/\n"
    "國務卿 国务卿 [Guo2 wu4 Qing1] /Secretary of State (US)/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("刘涓子", "Liu Juanzi"),
        ("司马穰苴", "Sima Rangju"),
        ("夏黄公", "Xia Huanggong"),
        ("杉山彬", "Tsugiyama Akira"),
        ("虞舜", "Yu Shun"),
        ("郭泉", "Guo Quan"),
        ("邓通", "Deng Tong"),
        ("许由", "Xu You"),
        ("孙膑", "Sun Bin"),
    ],
)
def test_a_person_by_a_persons_word(zh: str, en: str) -> None:
    assert NAMES[zh] == ("person", en)


def test_a_title_alone_is_no_person() -> None:
    assert NAMES.get("国务卿", ("", ""))[0] != "person"
