"""应 / 受 X 之邀 ("at X's invitation") after a name the glossary lacks: 应 opens the frame and ends no name, and the
frame's X ends before 之邀 (the new-user tester's U34-12: 雷军应求伯君之邀加入金山 proposed 雷军应〔Léi Jūnyīng?〕, and
stored by `harvest --unknown --add` it took 雷军应该 and 雷军应对 in later text, U34-18). The finder alone, with its
bundled statistics (no glossary: every name here is unknown to it).
"""

from __future__ import annotations

import pytest

from zhgloss.unknown import NameFinder


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1992年，23岁的雷军应求伯君之邀加入金山。", ["雷军"]),  # the article's own sentence (求 is a rare surname)
        ("张伟应李明之邀出席。", ["张伟", "李明"]),  # was 张伟应 and 李明之
        ("陈刚应王强的邀请访华。", ["陈刚"]),  # was 陈刚应
        ("周杰应主办方之约献唱。", ["周杰"]),  # was 周杰应
        ("记者王丽应读者之请作答。", ["王丽"]),  # was 王丽应
    ],
)
def test_an_invitation_frame_ends_the_name_before_it(finder: NameFinder, text: str, names: list[str]) -> None:
    assert [found.surface for found in finder.find(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卢伟冰应邀出席了发布会。", "卢伟冰"),  # 应邀 alone, as before
        ("王毅受布林肯邀请访美。", "王毅"),
        ("陈刚应声倒地。", "陈刚"),
    ],
)
def test_a_name_before_other_words_of_the_same_characters_stays_as_it_was(
    finder: NameFinder, text: str, name: str
) -> None:
    assert [found.surface for found in finder.find(text)][:1] == [name]
