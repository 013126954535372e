"""check: a source that writes a name shortened, as Chinese does, is no `unexpected` (issue 9, session 30).

"The European Central Bank held rates steady." for 欧洲央行维持利率不变 failed `unexpected 欧洲中央银行`, and
"Indonesian President Joko Widodo said." for 印度尼西亚总统佐科表示 `unexpected 佐科威`: the source writes those names
shortened (欧洲央行, 佐科), as Chinese news does, and CC-CEDICT has no line for the short forms. A run of the source
that begins with the name's first character and takes the rest of its characters in order (`short_forms_written`) is now
a `variant` labelled as a guess; a run that is a name of its own (中国 of 中国中央电视台) or a common word (世界 of
世界卫生组织) is not, and a wrong name stays `unexpected`.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_chinese_short_forms_s30.u8).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from hypothesis import assume, given
from hypothesis import strategies as st
from test_check_relations_s28 import check_lines

from zhgloss.check import short_forms_written

glossary = glossary_fixture("cedict_check_chinese_short_forms_s30.u8")


@pytest.mark.parametrize(
    ("source", "target", "short", "full"),
    [
        ("欧洲央行维持利率不变。", "The European Central Bank held rates steady.", "欧洲央行", "欧洲中央银行"),
        ("印度尼西亚总统佐科表示。", "Indonesian President Joko Widodo said.", "佐科", "佐科威"),
    ],
)
def test_a_name_written_shortened_is_a_labelled_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, short: str, full: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"1: variant {short}:"), lines
    assert f"may be a short form of {full}" in lines[0]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Since the forty-first session: an organisation's name shortened by its words' first characters (世 + 卫 of
        # 世界 卫生 组织; 国际 货币 基金 of 国际货币基金组织) is how Chinese shortens a body's name, no guess
        # (`check._abbreviates_by_words`); these two were labelled variants before.
        ("世卫发布新指南。", "The World Health Organization issued new guidelines."),
        ("国际货币基金表示。", "The International Monetary Fund said."),
    ],
)
def test_a_body_shortened_by_its_words_first_characters_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        # 中国 is a name of its own: the source names China, not CCTV.
        ("中国官员表示。", "China Central Television officials said.", "missing 中国"),
        # 世界 and 国际 are common words.
        ("世界各国代表出席会议。", "World Health Organization delegates met.", "unexpected 世界卫生组织"),
        ("国际社会表示关切。", "The International Monetary Fund expressed concern.", "unexpected 国际货币基金组织"),
        # No run of the source begins with 欧.
        ("日本央行维持利率不变。", "The European Central Bank held rates steady.", "unexpected 欧洲中央银行"),
        # 中国银行 is another bank's own name.
        ("中国银行宣布降息。", "The People's Bank of China cut rates.", "missing 中国银行"),
    ],
)
def test_a_run_that_is_a_name_or_a_word_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}:") for line in lines), lines
    assert not any("short form" in line for line in lines), lines


@pytest.mark.parametrize(
    ("short", "full"),
    # CC-CEDICT's own "abbr. for" lines.
    [("欧盟", "欧洲联盟"), ("世卫", "世界卫生组织"), ("中组部", "中共中央组织部"), ("亚足联", "亚洲足球联合会")],
)
def test_cedict_abbreviations_are_short_forms(short: str, full: str) -> None:
    assert short in short_forms_written([full], f"据{short}消息")


@pytest.mark.parametrize(
    ("source", "full"),
    [
        ("入世以来", "加入世界贸易组织"),  # drops the first character
        ("波黑局势", "波斯尼亚和黑塞哥维那"),  # under a third of the name
        ("欧洲中央银行", "欧洲中央银行"),  # the whole name is no short form
        ("欧", "欧洲中央银行"),  # one character
    ],
)
def test_other_shapes_are_not_short_forms(source: str, full: str) -> None:
    assert short_forms_written([full], source) == []


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@st.composite
def name_and_short_form(draw: st.DrawFn) -> tuple[str, str]:
    """A name of 3–10 distinct Han characters and a run keeping its first character and at least a third of it."""
    name = "".join(draw(st.lists(_HAN, min_size=3, max_size=10, unique=True)))
    least = max(2, -(-len(name) // 3))
    size = draw(st.integers(least, len(name) - 1))
    kept = draw(st.sampled_from(list(itertools.combinations(range(1, len(name)), size - 1))))
    return name, name[0] + "".join(name[i] for i in kept)


_OTHER_TEXT = st.text(alphabet="，。的了在是", max_size=4)


@given(name_and_short_form(), _OTHER_TEXT, _OTHER_TEXT)
def test_every_short_form_is_found_between_other_text(pair: tuple[str, str], before: str, after: str) -> None:
    name, short = pair
    assume(not set(before + after) & set(name))
    assert short in short_forms_written([name], before + short + after)


@given(st.text(alphabet=_HAN, min_size=3, max_size=8), st.text(alphabet=_HAN, max_size=20))
def test_each_run_found_is_in_the_source_and_a_shortened_name(name: str, source: str) -> None:
    for run in short_forms_written([name], source):
        assert run in source
        assert run[0] == name[0] and 2 <= len(run) < len(name) and 3 * len(run) >= len(name)
        rest = iter(name[1:])
        assert all(char in rest for char in run[1:])  # in the name's order
