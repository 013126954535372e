"""check: a Chinese division without its generic word, a body without the country before it (session 28).

- U27-40: "The typhoon made landfall in Hainan." passed, but "He is from Anhui." for 安徽 'Anhui Province', "The
  Wenchang launch site." for 文昌 'Wenchang City' and "The Hubei provincial government" for 湖北省政府 'Hubei
  Province' were `missing`/`misspelt`: only a river or a desert could go without its generic word. A Chinese
  division's name is written without "Province", "City", "District", "Autonomous Region" in all English copy, as
  long as what is left is the pinyin of the division's Chinese (not "Mexico" for 墨西哥城 'Mexico City').
- CC-CEDICT writes the country before a body's name ('PRC National Development and Reform Commission', 'US Federal
  Reserve'); copy about the body leaves it off.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_s28.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _is_pinyin_start, _without_country, _without_feature, initials
from zhgloss.english_case import lower_words
from zhgloss.model import Entry
from zhgloss.syllables import SYLLABLES

glossary = glossary_fixture("cedict_check_s28.u8")

FAILING = ("missing", "misspelt", "order", "inconsistent", "unexpected", "forbidden")


def kinds(lines: list[str]) -> list[str]:
    """The kind of each problem line ("1: variant 湖北省: ..." -> "variant")."""
    return [line.split(":")[1].split()[0] for line in lines]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("湖北省政府发布通知。", "The Hubei provincial government issued a notice."),
        ("浙江省经济增长强劲。", "Zhejiang's economy grew strongly."),
        ("重庆市宣布新措施。", "Chongqing announced new measures."),
        ("浦东新区启动改革。", "Pudong launched reforms."),
        ("广西发生洪灾。", "Floods hit Guangxi."),
        ("吉林省发布预警。", "Jilin issued a warning."),
        ("云南省发生地震。", "An earthquake struck Yunnan province."),
        ("云南省发生地震。", "An earthquake struck Yunnan."),
        ("文昌发射场。", "The Wenchang launch site."),
        ("湖南省遭遇洪水。", "Floods hit Hunan."),
        # What the division's rule must leave as it was: a river without "River".
        ("长江流经重庆。", "The Yangtze flows through Chongqing."),
    ],
)
def test_a_chinese_division_without_its_generic_word_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert not set(kinds(lines)) & set(FAILING), lines


def test_the_variant_says_which_generic_word_it_drops(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # 云南省 is CC-CEDICT's 'Yunnan Province'; copy writes "Yunnan".
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("云南省发生地震。", "An earthquake struck Yunnan.")]) == [
        '1: variant 云南省: found "Yunnan", expected "Yunnan Province" (the name without \'Province\')'
    ]


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        # Another province, another city: the rule drops a generic word, never the name.
        ("湖北省政府发布通知。", "The Hunan provincial government issued a notice.", "湖北省"),
        ("吉林省发布预警。", "Sichuan issued a warning.", "吉林省"),
        ("文昌发射场。", "The Wenzhou launch site.", "文昌"),
        ("湖南省遭遇洪水。", "Floods hit Hubei.", "湖南省"),
        # A city named for a country is not the country: "Mexico" is no pinyin of 墨西哥城.
        ("墨西哥城发生地震。", "An earthquake struck Mexico.", "墨西哥城"),
        # The generic word alone is no name.
        ("浙江省经济增长强劲。", "The province's economy grew strongly.", "浙江省"),
    ],
)
def test_another_place_or_no_name_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, name: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: missing {name}:") for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "美联储周三宣布加息。",
            "The Federal Reserve raised rates on Wednesday.",
            '1: variant 美联储: found "Federal Reserve", expected "US Federal Reserve" (the name without \'US\')',
        ),
    ],
)
def test_a_body_without_the_country_before_it_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


def test_the_body_s_own_name_passes(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # Since the forty-eighth session the import writes the English without "PRC" (the review's R48-7: the official
    # name was a variant; tests/test_cedict_state_qualifier_s48.py).
    source, target = "国家发展和改革委员会发布数据。", "The National Development and Reform Commission released data."
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


def test_another_bank_is_still_missing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(
        zhgloss_exe, glossary, tmp_path, [("美联储周三宣布加息。", "The Bank of Japan raised rates on Wednesday.")]
    )
    assert any(line.startswith("1: missing 美联储:") for line in lines), lines


@pytest.mark.parametrize(
    ("form", "pinyin", "bare"),
    [
        ("Hainan Province", "Hǎinán Shěng", "Hainan"),
        ("Wenchang City", "Wénchāng", "Wenchang"),
        ("Pudong New District", "Pǔdōng Xīnqū", "Pudong"),
        ("Guangxi Zhuang Autonomous Region", "Guǎngxī", "Guangxi"),
        ("Xiangxi Tujia and Miao Autonomous Prefecture", "Xiāngxī Zìzhìzhōu", "Xiangxi"),
        ("Changping county", "Chāngpíng", "Changping"),
        ("Xi'an City", "Xī'ān Shì", "Xi'an"),
        ("Yangtze River", "Cháng Jiāng", "Yangtze"),
        # Other places: the name left is no pinyin of the entry's, or ends inside a syllable.
        ("Mexico City", "Mòxīgē Chéng", None),
        ("Kansas City", "Kānsàsī Chéng", None),
        ("Orange County", "Chéngzhōu", None),
        # An English word left is no name: "the Yellow", "Central".
        ("Yellow River", "Huáng Hé", None),
        ("Central District", "Zhōngqū", None),
    ],
)
def test_without_feature(form: str, pinyin: str, bare: str | None) -> None:
    assert _without_feature(form, Entry(id="x", type="place", zh="地", en=form, pinyin=pinyin)) == bare


@pytest.mark.parametrize(
    ("form", "bare"),
    [
        ("PRC National Development and Reform Commission", "National Development and Reform Commission"),
        ("US Federal Reserve", "Federal Reserve"),
        ("US Army", None),  # one word left
        ("US and Canada", None),
        ("UK Independence Party", None),  # a party's own name, no country CC-CEDICT writes before a body
    ],
)
def test_without_country(form: str, bare: str | None) -> None:
    assert _without_country(form) == bare


_SYLLABLE = st.sampled_from(sorted(s for s in SYLLABLES if s.isalpha() and "ü" not in s and "v" not in s))
_GENERIC = st.sampled_from(["Province", "City", "County", "District", "Prefecture", "Autonomous Region", "province"])


@given(st.lists(_SYLLABLE, min_size=1, max_size=4), st.integers(min_value=1, max_value=4), _GENERIC)
def test_a_division_named_by_its_first_syllables_loses_only_the_generic(
    syllables: list[str], taken: int, generic: str
) -> None:
    # The pinyin written syllable by syllable, so that the cut is the one given (xi an, not xian).
    reading = " ".join(syllables)
    name = "".join(syllables[:taken]).capitalize()
    assert _is_pinyin_start(name, reading)
    bare = _without_feature(f"{name} {generic}", Entry(id="x", type="place", zh="地", en=name, pinyin=reading))
    # Either the name alone (the generic word dropped, nothing else), or nothing where the name is an English word.
    assert bare in (name, None)
    assert bare is not None or name.lower() in lower_words()


@pytest.mark.parametrize(
    ("source", "target", "dropped"),
    [
        # CC-CEDICT's 西藏 'Tibet' is the name 西藏自治区 'Tibetan autonomous region' adds 自治区 to.
        ("西藏自治区发生地震。", "An earthquake struck Tibet.", "自治区"),
        ("纽约市发生停电。", "A blackout hit New York.", "市"),
    ],
)
def test_a_division_by_the_name_the_chinese_adds_its_generic_to_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, dropped: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1 and lines[0].startswith("1: variant ") and f"the name without {dropped})" in lines[0], lines


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "中国人民银行行长表示。",
            "The PBOC governor said.",
            [
                '1: variant 中国人民银行: found "PBOC", expected "People\'s Bank of China" '
                '(the initials of "People\'s Bank of China")'
            ],
        ),
        (
            "日本银行宣布加息。",
            "The BOJ raised rates.",
            ['1: variant 日本银行: found "BOJ", expected "Bank of Japan" (the initials of \'Bank of Japan\')'],
        ),
    ],
)
def test_a_banks_initials_keep_of(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        ("中国人民银行行长表示。", "The BOJ governor said.", "中国人民银行"),
        ("西藏自治区发生地震。", "An earthquake struck Xinjiang.", "西藏自治区"),
    ],
)
def test_another_bank_or_region_is_still_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, name: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: missing {name}:") for line in lines), lines


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("People's Bank of China", "PBOC"),
        ("Bank of Japan", "BOJ"),
        ("Ministry of Foreign Affairs", "MOFA"),
        ("United Kingdom", None),  # no "of": the one initialism is "UK"
    ],
)
def test_initials_keeping_of(name: str, letters: str | None) -> None:
    assert initials(name, of=True) == letters
