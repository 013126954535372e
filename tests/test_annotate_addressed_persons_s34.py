"""A person the glossary knows, right after a preposition or a verb of address that is also a surname (向, 于, 连,
祝 …), is that person, not the given name of a stranger surnamed so (issue 9; the thirty-fourth session's U34-3: with
the CC-CEDICT names glossary 他向普京表示感谢。 and 我们要向雷锋同志学习。 were left bare, so check passed a translation
that dropped or misspelt the name, while 他和普京 was glossed).

Two rules read a stranger's name there: the word-edge rule over jieba's dictionary, which lists 向普京 as a person's
name (nr), and the finder of unknown names, which scores 连普京, 祝普京, 于普京 and 向默克尔 as names. A known person's
whole name after 向X表示 / 向X学习 / 祝X生日快乐 is among the commonest shapes of Chinese news; a place's match after
the same character may still be a stranger's given name (钟南山's 南山 stays out). The glossary is real CC-CEDICT lines
(CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cedict_check import check_lines
from cedict_fixtures import glossed, imported_db

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "普京 普京 [Pu3 jing1] /Vladimir Putin (1952-), president of Russia/\n"
    "雷鋒 雷锋 [Lei2 Feng1] /Lei Feng (1940-1962), made into a model of altruism and dedication to the Party by "
    "propaganda from 1963 onwards/\n"
    "默克爾 默克尔 [Mo4 ke4 er3] /Angela Merkel (1954-), German CDU politician, chancellor from 2005/\n"
    "孔子 孔子 [Kong3 zi3] /Confucius (551-479 BC), Chinese thinker and social philosopher, also known as "
    "孔夫子[Kong3 fu1 zi3]/\n"
    "拜登 拜登 [Bai4 deng1] /Biden (name)/Joe Biden (1942-), US president-elect (2020), vice-president 2009-2017/\n"
    "馬克龍 马克龙 [Ma3 ke4 long2] /Emmanuel Macron (1977-), president of France from 2017/\n"
    "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), PRC politician, General Secretary of the CCP from 2012, "
    "president of the PRC from 2013/\n"
    "南山 南山 [Nan2 shan1] /Nanshan or Namsan, common place name/Nanshan district of Shenzhen City 深圳市, "
    "Guangdong/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U34-3 (/tmp/u34/t/prep.txt, prep2.txt)
        ("他向普京表示感谢。", ["普京"]),
        ("我们要向雷锋同志学习。", ["雷锋"]),
        ("连普京也承认了。", ["普京"]),
        ("他祝普京生日快乐。", ["普京"]),
        ("他于普京就任当天抵达。", ["普京"]),
        ("他向默克尔表示感谢。", ["默克尔"]),
        # my own, the same class: other persons of CC-CEDICT after 向, 对, 给, 祝
        ("他向孔子像献花。", ["孔子"]),
        ("外长对拜登的讲话表示欢迎。", ["拜登"]),
        ("他给马克龙写了一封信。", ["马克龙"]),
        ("大家祝马克龙一路顺风。", ["马克龙"]),
    ],
)
def test_a_known_person_after_a_preposition_is_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A place's name after a surname is still a stranger's given name: 钟南山, 向南山 (a 向 Nanshan).
        "钟南山院士表示，疫情仍需警惕。",
        "村民向南山说，今年收成不错。",
    ],
)
def test_a_place_after_a_surname_is_still_a_given_name(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("addressed"), LINES)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # U34-3 (/tmp/u34/t/prepck.tsv): check passed both
        (
            "他向普京表示感谢。",
            "He thanked the president.",
            '1: missing 普京: found nothing, expected "Vladimir Putin"',
        ),
        (
            "我们要向雷锋同志学习。",
            "We should learn from comrade Li Feng.",
            '1: misspelt 雷锋: found "Li Feng", expected "Lei Feng"',
        ),
    ],
)
def test_check_owes_the_person(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


def test_check_passes_the_person_rendered(glossary: Path, zhgloss_exe: str, tmp_path: Path) -> None:
    pairs = [
        ("他向普京表示感谢。", "He thanked Vladimir Putin."),
        ("我们要向雷锋同志学习。", "We should learn from comrade Lei Feng."),
    ]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U34-3 (/tmp/u34/t/prep2.txt with --unknown): no stranger 〔Xiàng Pǔjīng?〕 proposed, the person glossed
        ("习近平向普京致贺电。", "习近平（Xi Jinping）向普京（Vladimir Putin）致贺电。"),
        ("他向雷锋学习。", "他向雷锋（Lei Feng）学习。"),
        ("习近平向孔子致敬。", "习近平（Xi Jinping）向孔子（Confucius）致敬。"),
        ("连普京也承认了。", "连普京（Vladimir Putin）也承认了。"),
    ],
)
def test_no_stranger_is_proposed_with_unknown(text: str, expected: str) -> None:
    from zhgloss.annotate import Session
    from zhgloss.unknown import NameFinder

    assert Session(ANNOTATOR, unknown=NameFinder()).render(text) == expected
