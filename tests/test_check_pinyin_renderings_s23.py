"""check: a person's name written in the Hanyu Pinyin of its Chinese, and a Western name without its middle name.

CC-CEDICT's 邵逸夫 is 'Run Run Shaw' and 杨振宁 'Chen-Ning Franklin Yang'; many outlets (Xinhua among them) write
"Shao Yifu" and "Yang Zhenning", and "Chen-Ning Yang" is how most copy writes the physicist. The tester of the
twenty-third session found `missing 邵逸夫: found nothing` for "Shao Yifu funded many school buildings." and, for
"Chen-Ning Yang won the Nobel Prize.", a variant saying the translation wrote "Yang", "the family name alone". Each is
now a `variant` (a warning) that says what it is. Fixture: CC-CEDICT's own lines
(tests/data/cedict_pinyin_renderings.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from build_scripts import load_build_script
from cedict_check import check_lines, glossary_fixture
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.check import WADE_GILES_PATH, _without_middle_names, wade_giles
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_pinyin_renderings.u8")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "邵逸夫捐建了许多教学楼。",
            "Shao Yifu funded many school buildings.",
            '1: variant 邵逸夫: found "Shao Yifu", expected "Run Run Shaw" (邵逸夫 (Shào Yìfū) in Hanyu Pinyin)',
        ),
        (
            "邵逸夫捐建了许多教学楼。",
            "Yifu Shao funded many school buildings.",
            '1: variant 邵逸夫: found "Yifu Shao", expected "Run Run Shaw" '
            "(邵逸夫 (Shào Yìfū) in Hanyu Pinyin, given name first)",
        ),
        (
            "蔡英文发表讲话。",
            "Cai Yingwen gave a speech.",
            '1: variant 蔡英文: found "Cai Yingwen", expected "Tsai Ing-wen" (蔡英文 (Cài Yīngwén) in Hanyu Pinyin)',
        ),
        (
            "蒋介石退守台湾。",
            "Jiang Jieshi retreated to Taiwan.",
            '1: variant 蒋介石: found "Jiang Jieshi", expected "Chiang Kai-shek" '
            "(蒋介石 (Jiǎng Jièshí) in Hanyu Pinyin)",
        ),
        (
            # CC-CEDICT reads 杨振宁 [Yang2 Zhen4 ning4].
            "杨振宁获得了诺贝尔奖。",
            "Yang Zhenning won the Nobel Prize.",
            '1: variant 杨振宁: found "Yang Zhenning", expected "Chen-Ning Franklin Yang" '
            "(杨振宁 (Yáng Zhènnìng) in Hanyu Pinyin)",
        ),
        (
            "杨振宁获得了诺贝尔奖。",
            "Chen-Ning Yang won the Nobel Prize.",
            '1: variant 杨振宁: found "Chen-Ning Yang", expected "Chen-Ning Franklin Yang" '
            "(the name without its middle name 'Franklin')",
        ),
        # Wade-Giles, made of the entry's pinyin a syllable at a time (Máo Zédōng -> Mao Tse-tung).
        (
            "毛泽东在延安。",
            "Mao Tse-tung was in Yan'an.",
            '1: variant 毛泽东: found "Mao Tse-tung", expected "Mao Zedong" (毛泽东 (Máo Zédōng) in Wade-Giles)',
        ),
        (
            "陈独秀是创始人之一。",
            "Ch'en Tu-hsiu was one of the founders.",
            '1: variant 陈独秀: found "Ch\'en Tu-hsiu", expected "Chen Duxiu" (陈独秀 (Chén Dúxiù) in Wade-Giles)',
        ),
        (
            "陈独秀是创始人之一。",
            "Chen Tu-hsiu was one of the founders.",
            '1: variant 陈独秀: found "Chen Tu-hsiu", expected "Chen Duxiu" (陈独秀 (Chén Dúxiù) in Wade-Giles)',
        ),
        (
            "周恩来访问印度。",
            "Chou En-lai visited India.",
            '1: variant 周恩来: found "Chou En-lai", expected "Zhou Enlai" (周恩来 (Zhōu Ēnlái) in Wade-Giles)',
        ),
    ],
)
def test_a_persons_pinyin_or_name_without_middle_name_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # The glossary's own English: nothing to say.
        ("邵逸夫捐建了许多教学楼。", "Run Run Shaw funded many school buildings.", []),
        # A person whose English is the pinyin: the pinyin is the name; reversed, it is `order` as before.
        ("钱学森回国。", "Qian Xuesen returned to China.", []),
        (
            "钱学森回国。",
            "Xuesen Qian returned to China.",
            ['1: order 钱学森: found "Xuesen Qian", expected "Qian Xuesen"'],
        ),
        # Another person's pinyin renders nobody: the name is missing.
        (
            "邵逸夫捐建了许多教学楼。",
            "Li Zhengdao funded many school buildings.",
            ['1: missing 邵逸夫: found nothing, expected "Run Run Shaw"'],
        ),
        # Pinyin in lower case is no name in English copy.
        (
            "邵逸夫捐建了许多教学楼。",
            "shao yifu funded many school buildings.",
            ['1: missing 邵逸夫: found nothing, expected "Run Run Shaw"'],
        ),
    ],
)
def test_other_renderings_are_judged_as_before(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # Wade-Giles as the names are known in it (Wikipedia's Wade-Giles article; the persons' own entries).
        (["Mao", "Zedong"], ["Mao", "Tse-tung"]),
        (["Zhou", "Enlai"], ["Chou", "En-lai"]),
        (["Jiang", "Jieshi"], ["Chiang", "Chieh-shih"]),
        (["Chen", "Duxiu"], ["Ch'en", "Tu-hsiu"]),
        (["Lü", "Xun"], ["Lü", "Hsün"]),
        (["Sun", "Zhongshan"], ["Sun", "Chung-shan"]),
        (["Guo", "Moruo"], ["Kuo", "Mo-jo"]),
        (["Lai"], ["Lai"]),
        # No pinyin: nothing.
        (["Kingsoft"], []),
    ],
)
def test_wade_giles_spells_pinyin_a_syllable_at_a_time(words: list[str], expected: list[str]) -> None:
    assert wade_giles(words) == expected


def test_the_shipped_wade_giles_table_is_what_its_script_builds() -> None:
    build = load_build_script("build_wade_giles")
    shipped = [
        tuple(line.split("\t"))
        for line in WADE_GILES_PATH.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert shipped == build.table()
    assert len(shipped) > 400


_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=7).map(str.capitalize)


# A generational suffix after the family name is none (`zhgloss.forms.family_name`: "Clark T. Randt Jr" -> Randt).
_FAMILY = _NAME.filter(lambda word: word not in {"Jr", "Sr", "Jnr", "Snr"})


@settings(max_examples=200, deadline=None)
@given(given_name=_NAME, middle=st.lists(_NAME, min_size=0, max_size=3), family=_FAMILY)
def test_without_middle_names_keeps_the_first_and_the_family_name(
    given_name: str, middle: list[str], family: str
) -> None:
    form = " ".join([given_name, *middle, family])
    entry = Entry(id="p", type="person", zh="约翰·史密斯", en=form, en_adopted=True)
    bare = _without_middle_names(form, entry)
    if len(middle) == 0 or given_name == family:
        assert bare is None
    else:
        assert bare == f"{given_name} {family}"
    # A place has no middle name.
    assert _without_middle_names(form, Entry(id="q", type="place", zh="约克", en=form)) is None
