"""harvest: the type a Wikipedia lead or the pair's forms give (s30, Wikipedia leads of my own).

- "Xiaomi Inc. (…; Chinese: 小米; …) is a Chinese designer and manufacturer of consumer electronics": typed person,
  since 1694762 made "designer" an occupation; a company is described by designer, producer, developer, publisher
  as well, and the lead's other nouns decide.
- "Zhongnanhai (Chinese: 中南海) is a former imperial garden": person, "former" being a title word. Kept beside it:
  one-word pinyin names (CC-CEDICT's 王府井 "Wangfujing neighborhood", 圓明園 "Yuanmingyuan") are no person's.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        (
            "Xiaomi Inc. (/ˈʃaʊmiː/; Chinese: 小米; pinyin: Xiǎomǐ) is a Chinese designer and manufacturer of "
            "consumer electronics.",
            "小米",
            "org",
        ),
        ("Zhongnanhai (Chinese: 中南海) is a former imperial garden.", "中南海", "place"),
        # Kept: a person's lead, and an occupation before the name.
        ("Zhang Yimou (Chinese: 张艺谋; born 14 November 1950) is a Chinese film director.", "张艺谋", "person"),
        ("Film producer Bill Kong (江志強) said.", "江志强", "person"),
    ],
)
def test_the_lead_types_the_name(line: str, zh: str, kind: str) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, found.entry.type) == (zh, kind)


@pytest.mark.parametrize(
    ("line", "zh", "pinyin"),
    [
        ("Visitors to Wangfujing (王府井) shopped.", "王府井", "Wángfǔjǐng"),
        ("Tourists at Yuanmingyuan (圆明园) took photos.", "圆明园", "Yuánmíngyuán"),
        ("Zhongguancun (中关村) is Beijing's tech hub.", "中关村", "Zhōngguāncūn"),
    ],
)
def test_one_pinyin_word_is_no_persons_name(line: str, zh: str, pinyin: str) -> None:
    [found] = harvest(line, [])
    assert found.entry.zh == zh
    assert found.entry.type != "person"
    # One word, as the English writes it: not a person's surname and given name (Wáng Fǔjǐng). Since R42-18 a
    # harvested thing has the pinyin `add` writes (before, none at all).
    assert found.entry.pinyin == pinyin


def test_a_pinyin_name_in_two_words_is_a_person() -> None:
    [found] = harvest("Wang Fang (王芳) said.", [])
    assert found.entry.type == "person"
