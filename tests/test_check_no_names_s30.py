"""check: a company's one-word name written as no name of it renders nothing (session 30, after imp-legal).

Since the CC-CEDICT import gives a company its everyday name (苹果公司 'Apple', alias 'Apple Inc.'), two weaknesses
showed: "Apple Music launched a new service." passed for 苹果公司推出新服务 (the first word of another name), and
"An apple released a new phone." was a `variant` (the English word). A one-word name other than a person's that a
capitalised word follows, no title, legal form or holding word and no name of the translation's own, is the start of
another name (`check._renders_no_name`) where the source names the company as a company (苹果公司; not 腾讯视频,
the reviewer's F0); the name's word written in lower case where the name is that word capitalised is the word
(`check._english_word_at`). Both are `missing` now; "Xiaomi Corp", "Tencent Holdings", "Amazon CEO Andy Jassy" still
render theirs.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_no_names_s30.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_no_names_s30.u8")


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        (
            "苹果公司推出新服务。",
            "Apple Music launched a new service.",
            'missing 苹果公司: found nothing, expected "Apple"',
        ),
        ("苹果公司发布新手机。", "An apple released a new phone.", 'missing 苹果公司: found nothing, expected "Apple"'),
        ("苹果公司发布新手机。", "apple released a new phone.", 'missing 苹果公司: found nothing, expected "Apple"'),
        (
            "苹果公司推出新游戏服务。",
            "Apple Arcade launched.",
            'missing 苹果公司: found nothing, expected "Apple"',
        ),
    ],
)
def test_the_word_or_the_start_of_another_name_renders_nothing(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [f"1: {failing}"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("苹果公司发布新手机。", "Apple unveiled a new phone."),
        ("小米公司表示。", "Xiaomi Corp said."),
        ("小米公布财报。", "Xiaomi Group posted results."),
        ("腾讯发布财报。", "Tencent Holdings posted results."),
        ("亚马逊宣布。", "Amazon CEO Andy Jassy said."),
        ("日本航空表示。", "Japan Airlines said."),
    ],
)
def test_a_legal_form_a_title_or_the_longer_names_own_entry_still_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # The s30 reviewer's F0: a brand or unit named after the company, which the source names too.
        ("腾讯视频今天宣布。", "Tencent Video announced today."),
        ("阿里健康发布财报。", "Alibaba Health published results."),
        ("小米之家开业。", "Xiaomi Home opened."),
        ("苹果音乐上线了。", "Apple Music launched."),
    ],
)
def test_a_brand_named_after_the_company_passes_where_the_source_names_it(
    zhgloss_exe: str, bundled: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, bundled, tmp_path, [(source, target)]) == []
