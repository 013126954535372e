"""A longer CC-CEDICT term shields the name inside it only where the term means something the name's English does
not write (the fifty-first session's tester, B51-1).

The session's first rule listed every CC-CEDICT term of five characters or more that holds a name among the sayings
of data/name_sayings.txt, whose names annotate does not gloss: 特洛伊木马 "Trojan horse" (not Troy) and 刘姥姥进大观园
were right, but 一个中国政策 "One China policy", 人民解放军 "People's Liberation Army", 撒哈拉以南非洲 "sub-Saharan
Africa", 大伦敦地区 "Greater London" … lost "China", "PLA", "Africa", "London": 22 right glosses on 20 lines of the
tester's copy. A term now shields its name only if CC-CEDICT glosses it as a saying or in a sense whose English writes
none of the names inside it (`scripts/build_name_sayings.py`'s `long_terms`, `writes_name`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossable import name_sayings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_name_sayings import writes_name  # noqa: E402


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's lines: the term is about the named thing, the name's gloss stays
        ("美国重申奉行一个中国政策。", ["美国", "中国"]),
        ("习近平新时代中国特色社会主义思想是党的指导思想。", ["习近平", "中国"]),
        ("撒哈拉以南非洲的经济增长放缓。", ["撒哈拉", "非洲"]),
        ("大伦敦地区的房价继续上涨。", ["伦敦"]),
        ("原南斯拉夫问题国际刑事法庭已经关闭。", ["南斯拉夫"]),
        ("他在夜市买了一份新疆手抓饭。", ["新疆"]),
        ("游客在松赞干布陵前拍照。", ["松赞干布"]),
        ("国民党军队撤退到台湾。", ["国民党", "台湾"]),
        ("坚持马克思主义的指导地位。", ["马克思"]),
        ("美方奉行一個中國政策。", ["中國"]),  # traditional characters
    ],
)
def test_a_term_about_the_named_thing_keeps_the_names_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这个软件里藏着“特洛伊木马”。",  # "Trojan horse": not Troy
        "像刘姥姥进了大观园一样，他看什么都新鲜。",  # overwhelmed by new experiences
        "周瑜打黄盖，一个愿打，一个愿挨。",  # fig. by mutual consent
        "姜太公钓鱼，愿者上钩。",  # CC-CEDICT's "(idiom, refers to ...)"
    ],
)
def test_a_figurative_term_shields_the_name(names: Annotator, text: str) -> None:
    assert glossed(text, names) == []


def test_the_list_holds_figurative_terms_only() -> None:
    sayings = name_sayings()
    assert {"特洛伊木马", "刘姥姥进大观园", "周瑜打黄盖", "姜太公钓鱼愿者上钩"} <= sayings
    assert not {"一个中国政策", "人民解放军", "撒哈拉以南非洲", "大伦敦地区", "中共中央纪委监察部"} & sayings


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("One China policy", "China", True),
        ("socialism with Chinese characteristics", "China", True),
        ("sub-Saharan Africa", "Sahara", True),
        ("Marxism-Leninism", "Karl Marx", True),
        ("party discipline committee", "Central Committee of the CPC", True),
        ("Trojan horse", "Troy", False),
        ("athlete's foot", "Hong Kong", False),
        ("to be overwhelmed by new experiences", "Prospect Garden", False),
        ("the Mount of Olives", "Mt Tai", False),  # function words and abbreviations write nothing
    ],
)
def test_writes_name(text: str, name: str, expected: bool) -> None:
    assert writes_name(text, name) is expected


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)


@given(_WORD, st.lists(_WORD, max_size=3), st.lists(_WORD, max_size=3))
def test_a_text_holding_the_name_writes_it(name: str, before: list[str], after: list[str]) -> None:
    text = " ".join([*before, name.capitalize(), *after])
    assert writes_name(text, name.capitalize())


@given(_WORD, st.lists(_WORD, min_size=1, max_size=4))
def test_a_text_of_other_stems_does_not_write_it(name: str, words: list[str]) -> None:
    others = [w for w in words if w[:4] != name[:4] and w != name]
    assert not writes_name(" ".join(others), name)
