"""`check` reads a name written in another case around the names inside it, and a one-character place name inside a
word of the place's things (the review's R46-18, session 47).

"the Beijing-Shanghai high-speed railway" for 京沪高铁 'Beijing-Shanghai High-Speed Railway' failed as `missing 京沪高铁
(found 'Beijing')` and `unexpected 上海`: the target matcher, which keeps the glossary's capitals, read "Beijing" and
"Shanghai" alone, and the whole name written in any case was refused for covering them. It is now the name, a
`variant` ("Tiananmen square" is one). 美股 "US stocks" and 川菜 "Sichuan cuisine" were `unexpected 美国` / `unexpected
四川`: 菜 was no character that makes 川 a name, and CC-CEDICT's 美 stands for 美洲 'the Americas' and 美国 'United
States', only one of them a country. A character before a word of a place's things stands for the country or province
among its names; where the two characters make an ordinary word (加剧 'to aggravate') or the character is inside a name
the source matcher read (马超 'Ma Chao'), it stands for nothing. Fixture: CC-CEDICT's own lines
(tests/data/cedict_check_abbreviated_words_s47.u8); the installed console script on real files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from hypothesis import given
from hypothesis import strategies as st
from test_check_relations_s28 import check_lines

from zhgloss.check import _ABBREVIATION_AFTER_UNLESS_WORD, _abbreviates_before
from zhgloss.glossable import common_words

glossary = glossary_fixture("cedict_check_abbreviated_words_s47.u8")

RAILWAY = "京沪高铁开通十年。"


@pytest.mark.parametrize(
    "translation",
    [
        "The Beijing-Shanghai high-speed railway opened ten years ago.",
        "The Beijing-Shanghai High-speed Railway opened ten years ago.",
        "THE BEIJING-SHANGHAI HIGH-SPEED RAILWAY OPENED TEN YEARS AGO.",
    ],
)
def test_a_name_in_another_case_is_its_variant_not_the_names_inside(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, translation: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(RAILWAY, translation)])
    found = translation[4:39]
    assert lines == [f'1: variant 京沪高铁: found "{found}", expected "Beijing-Shanghai High-Speed Railway"'], lines


def test_the_name_as_the_glossary_writes_it_passes(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(
        zhgloss_exe, glossary, tmp_path, [(RAILWAY, "The Beijing-Shanghai High-Speed Railway opened ten years ago.")]
    )
    assert lines == []


def test_a_longer_name_in_another_case_wins_over_its_alias_inside(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    # The import makes "Greater Bay Area" an alias; the whole name around it is the rendering, Guangdong and all.
    translation = "The Guangdong-Hong Kong-Macao greater bay area is growing."
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("粤港澳大湾区发展迅速。", translation)])
    assert lines == [
        '1: variant 粤港澳大湾区: found "Guangdong-Hong Kong-Macao greater bay area", '
        'expected "Guangdong-Hong Kong-Macao Greater Bay Area"'
    ], lines


def test_names_outside_the_whole_name_are_still_read(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # The places standing apart are no rendering of the railway: it is missing, and the places are not the source's.
    lines = check_lines(
        zhgloss_exe, glossary, tmp_path, [(RAILWAY, "The railway between Beijing and Shanghai opened ten years ago.")]
    )
    assert any(line.startswith("1: missing 京沪高铁") for line in lines), lines
    assert "1: unexpected 上海" in " ".join(lines), lines


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("美股三大股指收涨。", "The three major US stock indexes closed higher."),  # the review's
        ("他喜欢川菜。", "He likes Sichuan cuisine."),  # the review's
        ("川菜馆很多。", "There are many Sichuan restaurants."),
        ("京剧演出很精彩。", "The Peking opera performance was wonderful."),
        ("沪剧演员来了。", "The Shanghai opera actors came."),
        ("港币汇率稳定。", "The Hong Kong currency's rate is stable."),
        ("台胞回乡。", "Taiwan compatriots return home."),
        ("日元贬值。", "The yen weakened against Japan's trading partners."),  # 日元 is no relation of 日 and 元 'Yuan'
    ],
)
def test_a_place_by_its_character_inside_a_word_of_its_things_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, translation: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, translation)]) == []


@pytest.mark.parametrize(
    ("source", "translation", "failing"),
    [
        ("局势加剧。", "Canada said the situation worsened.", "unexpected 加拿大"),  # 加剧 'to aggravate'
        ("伊方表示反对。", "Iraq said it opposed the move.", "unexpected 伊拉克"),  # 伊: Iraq or Iran, both countries
        ("新股上市。", "Singapore shares were listed.", "unexpected 新加坡"),  # 新: Singapore or Xinjiang
        ("马超来了。", "Malaysia came.", "unexpected 马来西亚"),  # 马 inside the person's name 马超
    ],
)
def test_a_character_that_names_no_one_place_there_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, translation: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, translation)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines


ORDINARY = sorted(word for word in common_words() if len(word) == 2 and word[1] in _ABBREVIATION_AFTER_UNLESS_WORD)
HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=4)


@given(before=HAN, after=HAN, word=st.sampled_from(ORDINARY))
def test_an_ordinary_word_is_no_place_in_any_context(before: str, after: str, word: str) -> None:
    assert not _abbreviates_before(before + word + after, len(before))


@given(before=HAN, after=HAN, place=st.sampled_from("美川港日京沪粤韩"), thing=st.sampled_from("菜剧元币债系胞"))
def test_a_place_before_a_word_of_its_things_is_one_unless_ordinary(
    before: str, after: str, place: str, thing: str
) -> None:
    pair = place + thing
    assert _abbreviates_before(before + pair + after, len(before)) is (pair not in common_words())
