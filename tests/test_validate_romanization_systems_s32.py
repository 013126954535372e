"""A given name zhgloss cannot read back (session 32, issue 9's "a guess the tool cannot be sure of is labelled").

1. A syllable that is itself pinyin or Wade-Giles and starts as the character's Mandarin does is read, and read
   wrong: "Er" for 毅 (yi) is no spelling zhgloss cannot read but another character's, so the name is an error
   (`en-mismatch`), not the loose warning `en-romanization` it got for starting with the right sound (6 of 513
   CC-CEDICT people given another's given name, 1 now; the 10 right names warned so before are warned still: Lee
   Kuan Yew, Tsui Hark, Ma Ying-jeou ...). One that starts only as a dialect's spelling stays a question (Sun Yat-sen).
2. The warning lists exactly the romanizations tried: Korean where the surname is spelt as Korea spells it (李光耀
   "Lee Kuan Yew"), not otherwise (徐克 "Tsui Hark").
CC-CEDICT:
    張自忠 张自忠 [Zhang1 Zi4 zhong1] /Zhang Zizhong (1891-1940), Chinese National Revolutionary Army general .../
    榮毅仁 荣毅仁 [Rong2 Yi4 ren2] /Rong Yiren (1916-2005), PRC Vice President from 1993-1998, .../
    徐克 徐克 [Xu2 Ke4] /Tsui Hark (1951-), Chinese movie director and producer/
    李光耀 李光耀 [Li3 Guang1 yao4] /Lee Kuan Yew (1923-2015), founding father of modern Singapore, .../
"""

from __future__ import annotations

import pytest

from zhgloss.model import Entry
from zhgloss.validate import english_problems


def _problems(zh: str, en: str) -> list[tuple[str, str, str]]:
    return [(p.code, p.severity, p.message) for p in english_problems(Entry(id="p", type="person", zh=zh, en=en))]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("荣毅仁", "Jung Er-ji"),  # Er is 二, 儿; 毅 is yi. ji is 机, 基; 仁 is ren (jen)
        ("李光耀", "Lee Kuan Feng"),  # Feng is 风; 耀 is yao (yiu)
    ],
)
def test_a_given_name_of_another_characters_syllables_is_an_error(zh: str, en: str) -> None:
    assert [(code, severity) for code, severity, _ in _problems(zh, en)] == [("en-mismatch", "error")]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # (Names CC-CEDICT does not list: its own 徐克, 李光耀, 董建华, 马英九 written so are no question since R46-19,
        # tests/test_validate_cedict_romanizations_s47.py.)
        ("徐刻", "Tsui Hark"),
        ("李光要", "Lee Kuan Yew"),
        ("董健华", "Tung Chee-hwa"),
        ("马英久", "Ma Ying-jeou"),
        # sen is a pinyin syllable, but starts as 仙's Cantonese sin does, not as its Mandarin xian: a dialect's
        # spelling, left a question (the review's R11: 4895722 made it an error and add refused it).
        ("孙逸仙", "Sun Yat-sen"),
        ("张自忠", "Chang Cheng-zhong"),  # Cheng for 自 starts only as Cantonese zi (chi) does: a question too
    ],
)
def test_a_persons_own_spelling_zhgloss_cannot_read_is_still_only_a_warning(zh: str, en: str) -> None:
    assert [(code, severity) for code, severity, _ in _problems(zh, en)] == [("en-romanization", "warning")]


def test_the_warning_names_korean_only_where_korean_readings_were_tried() -> None:
    tried = "(pinyin, Wade-Giles, Mandarin Phonetic Symbols II, Tongyong Pinyin, Hong Kong's Cantonese"
    # Lee is 李 as Korea spells it: the Korean readings of 光要 (gwang, yo) were tried too.
    [(_, _, korean)] = _problems("李光要", "Lee Kuan Yew")
    assert f"none of the romanizations zhgloss tried {tried}, Korean)" in korean
    [(_, _, chinese)] = _problems("徐刻", "Tsui Hark")
    assert f"none of the romanizations zhgloss tried {tried})" in chinese
