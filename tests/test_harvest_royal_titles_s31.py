"""harvest: a ruler's or royal's Chinese name that ends with its title (太后, 帝, 公主 ...) is read as a name and a
title, never as a surname and a given name; an English royal title before a personal name its Chinese does not
write is the role (s31, U30-31).

Wikipedia's "Empress Dowager Cixi (Chinese: 慈禧太后; ...)" proposed the pinyin "Cí Xǐtàihòu" ("慈 as a surname is
Cí") and "Emperor Qianlong (乾隆帝)" "Qián Lóngdì", which --add stored; CC-CEDICT writes 慈禧太后 [Ci2 xi3 tai4 hou4],
光緒帝 [Guang1 xu4 di4], 漢武帝 [Han4 Wu3 di4], 太平公主 [Tai4 ping2 gong1 zhu3]. "Empress Wu Zetian (武则天)" kept the
title in the English name.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry


def _entry(text: str, zh: str) -> Entry:
    return next(p.entry for p in harvest(text, []) if p.zh == zh)


@pytest.mark.parametrize(
    ("text", "zh", "pinyin"),
    [
        # U30-31's royal.txt
        (
            "Empress Dowager Cixi (Chinese: 慈禧太后; 29 November 1835 – 15 November 1908) was a Manchu noblewoman.",
            "慈禧太后",
            "Cíxǐ Tàihòu",
        ),
        ("Emperor Qianlong (乾隆帝) ruled long.", "乾隆帝", "Qiánlóng Dì"),
        # the same class, against CC-CEDICT's readings
        ("The Guangxu Emperor (光绪帝) was kept on an island.", "光绪帝", "Guāngxù Dì"),
        ("Emperor Wu of Han (汉武帝) sent Zhang Qian west.", "汉武帝", "Hàn Wǔdì"),
        ("Emperor Wu of Song (宋武帝) founded the dynasty.", "宋武帝", "Sòng Wǔdì"),
        ("Princess Taiping (太平公主) was the youngest daughter of Wu Zetian.", "太平公主", "Tàipíng Gōngzhǔ"),
        ("Empress Dowager Ci'an (慈安太后) died in 1881.", "慈安太后", "Cí'ān Tàihòu"),
        (
            "The Kangxi Emperor (康熙帝; 4 May 1654 – 20 December 1722) was the third emperor of the Qing dynasty.",
            "康熙帝",
            "Kāngxī Dì",
        ),
    ],
)
def test_a_title_ending_the_name_is_a_word_of_its_own(text: str, zh: str, pinyin: str) -> None:
    entry = _entry(text, zh)
    assert (entry.type, entry.pinyin) == ("person", pinyin)
    assert entry.roles == ()


def test_a_grand_empress_dowager_is_a_person() -> None:
    entry = _entry("Grand Empress Dowager Xiaozhuang (孝庄太皇太后) raised the young emperor.", "孝庄太皇太后")
    assert (entry.en, entry.type, entry.pinyin) == (
        "Grand Empress Dowager Xiaozhuang",
        "person",
        "Xiàozhuāng Tàihuángtàihòu",
    )


@pytest.mark.parametrize(
    ("text", "zh", "en", "role"),
    [
        ("Empress Wu Zetian (武则天) ruled.", "武则天", "Wu Zetian", "Empress"),  # U30-31's royal.txt
        ("Queen Elizabeth II (伊丽莎白二世) visited China in 1986.", "伊丽莎白二世", "Elizabeth II", "Queen"),
        ("King Charles III (查尔斯三世) spoke at the banquet.", "查尔斯三世", "Charles III", "King"),
        ("Emperor Puyi (溥仪) was the last emperor of China.", "溥仪", "Puyi", "Emperor"),
    ],
)
def test_a_royal_title_the_chinese_does_not_write_is_the_role(text: str, zh: str, en: str, role: str) -> None:
    entry = _entry(text, zh)
    assert (entry.en, [r.title for r in entry.roles]) == (en, [role])


def test_a_name_that_ends_with_a_title_word_keeps_its_english() -> None:
    assert _entry("Prince Gong (恭亲王) negotiated.", "恭亲王").en == "Prince Gong"
    assert _entry("Emperor Qianlong (乾隆帝) ruled long.", "乾隆帝").en == "Emperor Qianlong"


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("Prince Edward Island (爱德华王子岛) voted.", "爱德华王子岛", "Prince Edward Island"),
        ("Queen Mary Hospital (玛丽医院) said the patient was stable.", "玛丽医院", "Queen Mary Hospital"),
        ("Queen Elizabeth Stadium (伊利沙伯体育馆) hosted the final.", "伊利沙伯体育馆", "Queen Elizabeth Stadium"),
        ("Queen Victoria (维多利亚女王) reigned for 63 years.", "维多利亚女王", "Queen Victoria"),
        ("Prince William (威廉王子) visited the school.", "威廉王子", "Prince William"),
    ],
)
def test_a_place_a_body_or_a_chinese_title_keeps_the_royal_word(text: str, zh: str, en: str) -> None:
    entry = _entry(text, zh)
    assert (entry.en, entry.roles) == (en, ())
