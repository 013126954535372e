"""check: names written the short ways news English writes them (lead's user test, twenty-third session).

- An untyped name's initials: CC-CEDICT's 联合国 line says only "United Nations", so the import types it `name`; "UN
  Secretary-General Antonio Guterres issued a statement." for 联合国秘书长古特雷斯发表声明 was `missing 联合国: found
  nothing`, though "UK" for a place's "United Kingdom" was a variant.
- A company's name before a title: "Apple CEO Tim Cook" for 苹果公司首席执行官库克 was `missing 苹果公司` ("CEO"
  was read as the company's name going on, as "Tencent Music" does).
- A river without "River": "The Yangtze is China's longest river." for 长江 'Yangtze River' was `missing`.
- A name the source writes inside a longer target name no source name claims: "The WHO issued a warning." for
  世界卫生组织 was `missing` ('The WHO' is the glossary's name for 谁人乐队, the band).
- A one-word name inside a longer name the glossary lacks: "the 20th National Congress of the Communist Party of
  China" was `unexpected 国会` ('Congress').
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_forms.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_forms.u8")


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "联合国秘书长发表声明。",
            "The UN Secretary-General issued a statement.",
            ['1: variant 联合国: found "UN", expected "United Nations" (the initials of \'United Nations\')'],
        ),
        (
            "联合国秘书长发表声明。",
            "The U.N. Secretary-General issued a statement.",
            ['1: variant 联合国: found "U.N.", expected "United Nations" (the initials of \'United Nations\')'],
        ),
        # a country's short form as news style writes it ("UK": data/country_short_forms.tsv, GOV.UK, Xinhua) is
        # its name, no initials' variant (forty-second session; was a variant)
        ("联合王国脱离欧盟。", "The UK left the European Union.", []),
        (
            "苹果公司首席执行官库克表示。",
            "Apple CEO Tim Cook said.",
            [],
        ),
        (
            "苹果公司发言人表示。",
            "An Apple spokesman said.",
            [],
        ),
        (
            "长江是中国最长的河流。",
            "The Yangtze is China's longest river.",
            ['1: variant 长江: found "Yangtze", expected "Yangtze River" (the name without \'River\')'],
        ),
        (
            "湄公河流经老挝。",
            "The Mekong flows through Laos.",
            ['1: variant 湄公河: found "Mekong", expected "Mekong River" (the name without \'River\')'],
        ),
        # The names as the glossary writes them: nothing to say.
        ("联合王国脱离欧盟。", "The United Kingdom left the European Union.", []),
    ],
)
def test_an_untyped_names_initials_render_it(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Initials in lower case are a word, and other capitals are another name: the name is missing.
        ("联合国秘书长发表声明。", "The un secretary-general issued a statement."),
        ("联合国秘书长发表声明。", "The US Secretary of State issued a statement."),
    ],
)
def test_other_letters_are_not_the_initials(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    # (The US of the second is 美国's name, which shares "United" with the UN's: the missing line says so. Since the
    # forty-second session the second also says the post is another: 秘书长 "Secretary-General" is no "Secretary".)
    said = [line.split(":")[:2] for line in lines]
    assert ["1", " missing 联合国"] in said
    assert all(one == ["1", " missing 联合国秘书长"] for one in said if one != ["1", " missing 联合国"]), lines


@pytest.mark.parametrize(
    ("source", "target", "name", "english"),
    [
        # A capitalised word that is no title goes on with the name: another company. Since the import's 苹果公司 is
        # "Apple" (its legal form an alias), "Apple" is the preferred form, which check finds without asking whether
        # the name goes on: a false pass for now (requests.md s30, imp → lead).
        pytest.param(
            "苹果公司推出新服务。",
            "Apple Music launched a new service.",
            "苹果公司",
            "Apple",
        ),
        # A river whose name left would be an English word keeps "River": "the Yellow" is no river.
        ("黄河流经兰州。", "The Yellow flows through Lanzhou.", "黄河", "Yellow River"),
    ],
)
def test_a_name_going_on_or_a_common_word_is_still_missing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, name: str, english: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [
        f'1: missing {name}: found nothing, expected "{english}"'
    ]


def test_a_source_names_form_inside_a_longer_unclaimed_target_name_renders_it(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    # "WHO" is an alias of 世界卫生组织 (CC-CEDICT: "World Health Organization (WHO)"); the band is not named.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("世界卫生组织发出警告。", "The WHO issued a warning.")]) == [
        '1: variant 世界卫生组织: found "WHO", expected "World Health Organization"'
    ]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # Inside a longer name the glossary lacks: no evidence of 国会 or of 日本.
        (
            "中国共产党第二十次全国代表大会开幕。",
            "The 20th National Congress of the Communist Party of China opened.",
            [],
        ),
        ("他在机场。", "He flew Japan Airlines.", []),
        # Beside another name, or alone, it names what it names.
        (
            "他在机场。",
            "The US Congress met.",
            [
                '1: unexpected 美国: found "US", expected 美国 in the source',
                '1: unexpected 国会: found "Congress", expected 国会 in the source',
            ],
        ),
        (
            "他在机场。",
            "The Beijing Olympics opened.",
            [
                '1: unexpected 北京: found "Beijing", expected 北京 in the source',
                '1: unexpected 奥运会: found "Olympics", expected 奥运会 in the source',
            ],
        ),
        # A word that starts the sentence is no part of a name, nor is a title after it.
        ("他说。", "Yesterday Japan said no.", ['1: unexpected 日本: found "Japan", expected 日本 in the source']),
        ("他说。", "Japan President Smith said.", ['1: unexpected 日本: found "Japan", expected 日本 in the source']),
    ],
)
def test_a_one_word_name_inside_a_longer_name_is_not_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == expected


@pytest.mark.parametrize(
    "target",
    [
        "Saudi Arabian Crown Prince Mohammed bin Salman visited China.",
        "The Saudi Arabian crown prince visited China.",
        "The crown prince of Saudi Arabia visited China.",
    ],
)
def test_a_countrys_adjective_holding_another_names_form_renders_it(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, target: str
) -> None:
    # Tester, twenty-third session (C-6, C-7): "Saudi Arabian" holds 沙特 'Saudi', which the target matcher found, so
    # the adjective of 沙特阿拉伯 'Saudi Arabia' was not looked for there: misspelt. "Crown" (皇冠出版集团) starts the
    # title "Crown Prince", a longer name: not unexpected.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("沙特阿拉伯王储访华。", target)]) == []
