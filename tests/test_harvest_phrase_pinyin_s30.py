"""harvest: the pinyin a proposal names for anything but a person is read as words, not as a surname and a given
name (s30, user U30-6's side note: "清华大学 … does not follow the pinyin Qīng Huádàxué").

compare_english reads a name of two to four characters as a person's (surname, then given name) before the type is
known; a university, a company or a place whose first character is a surname (清 Qīng, 王, 白, 华, 万, 孔) was shown cut
after it. The readings are CC-CEDICT's lines: 清華大學 [Qing1 hua2 Da4 xue2], 白雲機場 [Bai2 yun2 Ji1 chang3], 王府井
[Wang2 fu3 jing3], 萬科 [Wan4 ke1], 華為 [Hua2 wei2], 孔子學院 [Kong3 zi3 Xue2 yuan4].
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "pinyin", "cut"),
    [
        (
            "Tsinghua University (THU; Chinese: 清华大学; pinyin: Qīnghuá Dàxué) is a public university in Beijing.",
            "清华大学",
            "Qīnghuá Dàxué",
            "Qīng Huá",
        ),
        ("Baiyun Airport (白云机场) reopened.", "白云机场", "Báiyún Jīchǎng", "Bái-Yún"),
        ("Visitors to Wangfujing (王府井) shopped.", "王府井", "Wángfǔjǐng", "Wáng Fǔ"),
        ("Property developer Vanke (万科) fell.", "万科", "Wànkē", "Wàn Kē"),
        # CC-CEDICT's readings since session 36 (华为 [Hua2 wei2], 孔子学院 [Kong3 zi3 Xue2 yuan4]), as the module
        # doc says; pypinyin's Huáwèi and Kǒngzi were expected before.
        ("Shares of Huawei (华为) rose.", "华为", "Huáwéi", "Huà Wèi"),
        ("The Confucius Institute (孔子学院) closed.", "孔子学院", "Kǒngzǐ Xuéyuàn", "Kǒng Zǐ"),
    ],
)
def test_a_name_not_a_persons_is_read_as_words(text: str, zh: str, pinyin: str, cut: str) -> None:
    [found] = [p for p in harvest(text, []) if p.zh == zh]
    assert found.entry.type != "person"
    assert f"the pinyin {pinyin}" in found.explanation
    assert cut not in found.explanation


def test_a_persons_pinyin_is_still_surname_and_given_name() -> None:
    [found] = harvest("Wang Fang (王芳) said.", [])
    assert found.explanation == "matches the pinyin Wáng Fāng"
