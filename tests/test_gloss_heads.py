"""A person's name at the head of a longer proper word of jieba's is not that person (issue 9; issue 14 item 6).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_heads.u8, imported as
`zhgloss import --proper-only` would). 小桥 "Xiao Qiao" in 小桥流水 ("small bridges and flowing water") was the
nonsense left on tests/data/cedict_names_news_blind.txt: jieba's dictionary tags the idiom ns, so words.txt
lists it among the proper names after its PROPER mark, which the inside-a-longer-word rule did not read.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture
from cedict_fixtures import glossed as glossed_by
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossrules import proper_longer_words
from zhgloss.namecontext import _bundled_words, longer_words_in

ENTRIES = cedict_fixture("cedict_heads.u8")
ANNOTATOR = Annotator(ENTRIES)


def glossed(text: str, annotator: Annotator = ANNOTATOR) -> list[str]:
    return glossed_by(text, annotator)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # tests/data/cedict_names_news_blind.txt: the idiom, not the beauty of the Three Kingdoms.
        ("周庄古镇推出沉浸式夜游和水乡实景演出，让游客在小桥流水之间感受江南文化。", ["江南"]),
        # A longer foreign name: Emiliano Martínez, not "Martin".
        ("阿根廷门将马丁内斯在点球大战中扑出两球。", ["阿根廷"]),
        # The cost, as the README states it: a place named after a person is the place (Mao Dun's former home).
        ("游客在乌镇参观了茅盾故居。", []),
    ],
)
def test_a_person_at_the_head_of_a_longer_proper_word_is_not_glossed(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence) == expected


def test_the_person_alone_and_places_at_the_head_of_longer_words_stay() -> None:
    assert glossed("茅盾是中国现代作家。") == ["茅盾", "中国"]
    assert glossed("马丁表示，他将继续留在球队。") == ["马丁"]
    # Places (not persons) at the head of jieba's proper words keep their gloss: 中国女排, 日本队 are their teams.
    assert glossed("中国女排以三比一战胜日本队。") == ["中国", "日本"]


def test_safe_forms_keep_the_match_and_always_gloss_does_not() -> None:
    # As for any longer word (小米粥): safe_forms keeps every match, always_gloss only lets the form be glossed.
    xiaoqiao = next(e for e in ENTRIES if e.zh == "小桥")
    safe = Annotator([xiaoqiao.replace(safe_forms=("小桥",)), *(e for e in ENTRIES if e is not xiaoqiao)])
    always = Annotator([xiaoqiao.replace(always_gloss=True), *(e for e in ENTRIES if e is not xiaoqiao)])
    assert glossed("让游客在小桥流水之间感受江南文化", safe) == ["小桥", "江南"]
    assert glossed("让游客在小桥流水之间感受江南文化", always) == ["江南"]


@given(st.text(alphabet="小桥流水马丁内斯茅盾故居中国女万一", min_size=1, max_size=3), st.integers(1, 3))
def test_the_search_in_place_is_the_search_of_the_list(form: str, extra: int) -> None:
    assert proper_longer_words(form, extra) == longer_words_in(_bundled_words()[1], form, extra)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The finder's dev sentences (tests/data/unknown_names*.tsv): the first part of a dotted name.
        ("穆罕默德·本·萨勒曼在利雅得会见了来访的客人。", []),  # not the Prophet
        ("美国总统唐纳德·特朗普宣布对进口商品加征关税。", ["美国", "特朗普"]),  # not "Donald" alone
        ("美国前总统吉米·卡特于2024年12月去世，享年100岁。", ["美国", "卡特"]),  # CC-CEDICT's "(name)": not "Jimmy"
        ("伯克希尔·哈撒韦公司董事长沃伦·巴菲特宣布将于年底卸任首席执行官。", []),  # not "Hill"
        ("美国歌手玛丽亚·凯莉说，她将在中国举办巡回演唱会。", ["美国", "中国"]),  # Mariah Carey, not "Maria"
        # An untyped name of something else after the first part: not Ultraman, not the god Amun; a person stays.
        ("人工智能公司OpenAI的首席执行官萨姆·奥特曼曾被董事会短暂解职。", []),
        ("高通首席执行官克里斯蒂亚诺·阿蒙再次访华，并与中国合作伙伴交流。", ["中国"]),
        ("苹果公司首席执行官蒂姆·库克再次访问中国。", ["库克", "中国"]),
        # Not a place before a dot (an event's place and city), nor a name after one, nor a dot ending the text.
        ("2026中国·杭州国际动漫节开幕。", ["中国", "杭州"]),
        ("她的名字叫玛丽亚·", ["玛丽亚"]),
        ("鲁迅．他写了很多小说。", ["鲁迅"]),  # the fullwidth full stop ends a sentence
    ],
)
def test_a_person_before_a_middle_dot_is_the_first_part_of_a_longer_name(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence) == expected


def test_a_dotted_name_the_glossary_has_is_glossed_whole_and_safe_forms_keep_the_part() -> None:
    maria = next(e for e in ENTRIES if e.zh == "玛丽亚")
    carey = maria.replace(id="carey", zh="玛丽亚·凯莉", zh_hant=None, en="Mariah Carey")
    assert glossed("美国歌手玛丽亚·凯莉说", Annotator([*ENTRIES, carey])) == ["美国", "玛丽亚·凯莉"]
    safe = Annotator([maria.replace(safe_forms=("玛丽亚",)), *(e for e in ENTRIES if e is not maria)])
    assert glossed("美国歌手玛丽亚·凯莉说", safe) == ["美国", "玛丽亚"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A transliterated name inside a longer transliteration, glued on both sides: Leeds in the Pritzker Prize.
        ("建筑师王澍是首位获得普利兹克奖的中国公民。", ["中国"]),
        # Not where a neighbour makes a word with the character beyond it (抵达, 奥运), nor glued on one side only.
        ("中国代表团抵达巴黎奥运会主新闻中心。", ["中国", "巴黎"]),
        ("巴黎奥运会开幕。", ["巴黎"]),
    ],
)
def test_a_name_inside_a_longer_transliteration_is_not_glossed(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence) == expected
