"""A name typed in traditional characters, or in both scripts at once, is stored as add stores it (issue 9, item 4).

Session 24 (the new-user tester's U22): `add 劉强东` (traditional 劉, simplified 强 and 东, as a name is often typed)
stored 劉强东 as the traditional form and was refused by its own check ("still has simplified 东"); `edit --zh
徐乾學` refused the traditional input `add` converts. Both now go through `curate._simplified_input`: the simplified
form by the name rules, the traditional form as typed, each character the user left simplified written in its
traditional form (only those: a variant the user wrote is kept).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.convert import name_to_traditional, to_simplified
from zhgloss.curate import draft_entry, edit_entry
from zhgloss.validate import is_simplified_only


@pytest.mark.parametrize(
    ("typed", "zh", "zh_hant"),
    [
        ("劉强东", "刘强东", "劉強東"),  # Liu Qiangdong, typed half and half
        # 强 beside 張 and 東 is Hong Kong's form of 強 (Unihan: kTraditionalVariant 強 强), so the form is a
        # traditional spelling the user gave, kept whole (session 37, U36-1: 恒基兆業地產 kept its 恒)
        ("張强東", "张强东", "張强東"),
        ("劉強東", "刘强东", "劉強東"),  # all traditional: as typed
        ("徐乾學", "徐乾学", "徐乾學"),  # 乾 qián is kept (names keep it)
        ("王汎森", "王汎森", "王汎森"),
        # 遊 typed for the surname 游 is kept as typed in the traditional form (validate warns of it); the simplified
        # form is the surname's, 游, as simplified text writes it (session 30, U30-1: was 遊锡堃)
        ("遊錫堃", "游锡堃", "遊錫堃"),
        ("台積電", "台积电", "台積電"),  # 台 is a traditional character too
    ],
)
def test_add_stores_a_name_typed_in_either_script(typed: str, zh: str, zh_hant: str) -> None:
    entry = draft_entry(typed, kind="person")
    assert (entry.zh, entry.zh_hant) == (zh, zh_hant)


def test_a_traditional_variant_the_user_typed_is_kept() -> None:
    # 臺 is the traditional form OpenCC writes for 台 in 台积电; 台 typed with 積電 stays 台 in the traditional form.
    entry = draft_entry("台積電", kind="org", en="TSMC")
    assert (entry.zh, entry.zh_hant) == ("台积电", "台積電")


@pytest.mark.parametrize(("typed", "zh", "zh_hant"), [("徐乾學", "徐乾学", "徐乾學"), ("劉强东", "刘强东", "劉強東")])
def test_edit_zh_takes_traditional_input_as_add_does(typed: str, zh: str, zh_hant: str) -> None:
    entry = draft_entry("张三", kind="person")
    edited = edit_entry(entry, zh=typed)
    assert (edited.zh, edited.zh_hant) == (zh, zh_hant)
    assert (edited.zh, edited.zh_hant, edited.pinyin) == (
        (added := draft_entry(typed, kind="person")).zh,
        added.zh_hant,
        added.pinyin,
    )


# Three-character names of common surnames and given-name characters whose traditional forms differ.
SURNAMES = "刘张陈杨黄赵吴孙马胡林郭何罗"
GIVEN = "强东华国伟军龙凤丽敏杰涛娟红"


@settings(max_examples=150, deadline=None)
@given(
    name=st.tuples(st.sampled_from(SURNAMES), st.sampled_from(GIVEN), st.sampled_from(GIVEN)).map("".join),
    mask=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_any_mix_of_scripts_gives_the_same_entry(name: str, mask: list[bool]) -> None:
    traditional = name_to_traditional(name)
    typed = "".join(t if m else s for s, t, m in zip(name, traditional, mask, strict=True))
    entry = draft_entry(typed, kind="person")
    assert entry.zh == name == to_simplified(typed)
    # A mix writing a character in its simplified form only (东, 华) takes the name rules' traditional form; a form
    # whose every character traditional text writes too (劉强華: Hong Kong's 强, Unihan kTraditionalVariant 強 强) is
    # a traditional spelling the user gave and is kept as typed (session 37, U36-1).
    if typed != name and not any(map(is_simplified_only, typed)):
        assert entry.zh_hant == typed
    else:
        assert entry.zh_hant == traditional
