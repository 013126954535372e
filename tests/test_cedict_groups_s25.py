"""A number and a common noun describe a group: with nothing after them but a description ("Two deities, one short,
one tall, ...", 黑白无常) the line names nothing; with "of the A and B era" they name the group whole, which is no
event ("Three great poets of the Qianlong and Jiaqing era", 乾嘉三大家) (twenty-fifth session, issue 9; tester's
T25-I2, T25-I3). Real CC-CEDICT lines in tests/data/cedict_classes_s25.u8."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_classes_s25.u8")
ALL = fixture_by_zh("cedict_classes_s25.u8", proper_only=False)


_names = kinds_and_english


# T25-I2: a number and a common noun ("Two deities, ...") describe a group the line does not name.
def test_a_described_group_of_deities_is_no_name() -> None:
    assert "黑白无常" not in NAMES


@pytest.mark.parametrize(
    "line",
    [
        "黑甲 黑甲 [Hei1 Jia3] /Two deities, one short, one tall, who guard the gate of the underworld/\n",
        "白乙 白乙 [Bai2 Yi3] /Three gods, responsible for rain, wind and thunder/\n",
        "青丁 青丁 [Qing1 Ding1] /Four spirits (Daoism)/\n",
    ],
)
def test_lines_of_my_own_describing_a_group_give_no_name(line: str) -> None:
    assert _names(line) == {}


@pytest.mark.parametrize(
    ("zh", "en"),
    [("八仙", "Eight Immortals"), ("三苏", "Three Su")],
)
def test_a_group_named_in_capitals_keeps_its_name(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


# T25-I3: "A and B era" ends the group's name; a group of people or books is no event.
def test_a_group_of_poets_of_two_reigns_is_named_whole() -> None:
    entry = NAMES["乾嘉三大家"]
    assert (entry.type, entry.en) == ("name", "Three great poets of the Qianlong and Jiaqing era")


@pytest.mark.parametrize(("zh", "kinds"), [("宋四大书", {"name", "work"}), ("江南四大才子", {"name"})])
def test_a_numbered_group_is_no_event(zh: str, kinds: set[str]) -> None:
    assert NAMES[zh].type in kinds


def test_a_book_of_an_era_is_a_work() -> None:
    assert NAMES["太平广记"].type == "work"
    assert NAMES["清代通史"].en == "General history of the Qing dynasty"


def test_a_line_of_my_own_with_a_group_of_two_reigns() -> None:
    line = "康乾二大家 康乾二大家 [Kang1 Qian2 er4 da4 jia1] /Two great painters of the Kangxi and Qianlong era/\n"
    assert _names(line) == {"康乾二大家": ("name", "Two great painters of the Kangxi and Qianlong era")}
