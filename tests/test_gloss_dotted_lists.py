"""Chinese names written in a list with middle dots keep their glosses (user test of session 12).

The middle-dot rule (glossrules.InsideRule._in_dotted_name) drops a person's name right before a dot and more
Han characters: that is the first part of one foreign name (玛丽亚 "Maria" of 玛丽亚·凯莉). Chinese also writes a
dot between the items of a list of names (雷军·刘强东·马云, 李白·杜甫·白居易), and a Chinese person's name there is a
whole name: its pinyin is written as family name and given name apart (GB/T 28039), a name of transliteration as
one word. The glossary is real: CC-CEDICT's lines (tests/data/cedict_dotted_lists.u8) and the bundled glossary.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.store import Glossary, bundled_path

CEDICT = Annotator(cedict_fixture("cedict_dotted_lists.u8"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("唐代诗人：李白·杜甫·白居易", ["唐代", "李白", "杜甫", "白居易"]),
        ("鲁迅·茅盾·巴金作品选", ["鲁迅", "茅盾", "巴金"]),
        ("孙中山·宋庆龄纪念馆", ["孙中山", "宋庆龄"]),
        # The first part of one foreign name is still no name of its own: Mariah Carey, Mohammed bin Salman.
        ("美国歌手玛丽亚·凯莉演唱", []),
        ("穆罕默德·本·萨勒曼会见客人", []),
        ("唐纳德·特朗普说", ["特朗普"]),
    ],
)
def test_chinese_names_in_a_dotted_list_are_glossed(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence, CEDICT) == expected


def test_the_bundled_glossary_glosses_a_dotted_list_of_its_people() -> None:
    annotator = Annotator(list(Glossary.open(bundled_path(), read_only=True).iter_entries()))
    assert glossed("企业家论坛：雷军·刘强东·马云同台对话", annotator) == ["雷军", "刘强东", "马云"]
