"""A place a user adds is found where the text writes it before the generic of its unit: 深圳市, 广东省委, 海淀区法院
(the new-user tester's U32-2, routed to gls; issue 9: every path by which a name enters the glossary gives an entry
annotate and check then use alike).

A glossary built by `add`, a CSV or a TBX termbase holds 深圳 alone. words.txt lists 深圳市, 北京市, 广东省 (and
phrases of them: 上海市委) as words, and the inside-a-word rule (`InsideRule._outside_words`) dropped the place's match
inside them, so 深圳市发布通知 was glossed nowhere and check owed nothing ("Chengchow issued a notice." passed for
郑州市发布通知); only the CC-CEDICT import, whose lines add the full names as aliases, was glossed. A place's form, or
a name of no type (a termbase's), before the generic of a unit (市, 省, 县, 区, 镇, 乡, 州) is that place, whatever
longer word it starts (`InsideRule._risk`). The generic stays outside the gloss (深圳（Shenzhen）市), and a unit's head
after it is still the head's (成都（Chengdu）市长: the mayor of Chengdu).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

PLACES = [
    ("zhengzhou", "郑州", "Zhengzhou"),
    ("shenzhen", "深圳", "Shenzhen"),
    ("chengdu", "成都", "Chengdu"),
    ("hangzhou", "杭州", "Hangzhou"),
    ("henan", "河南", "Henan"),
    ("haidian", "海淀", "Haidian"),
    ("beijing", "北京", "Beijing"),
    ("guangdong", "广东", "Guangdong"),
]
ANNOTATOR = Annotator([Entry(id=i, zh=zh, en=en, type="place") for i, zh, en in PLACES])
UNTYPED = Annotator([Entry(id=i, zh=zh, en=en, type="name") for i, zh, en in PLACES])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's lines (U32-2)
        ("深圳市发布通知。", ["深圳"]),
        ("成都市长表示。", ["成都"]),
        ("杭州市民很多。", ["杭州"]),
        ("河南省政府。", ["河南"]),
        ("海淀区法院。", ["海淀"]),
        ("北京市政府发布通知。", ["北京"]),
        ("广东省委书记表示。", ["广东"]),
        # my own: the bare name, and the generic of a township and of a prefecture
        ("深圳发布。", ["深圳"]),
        ("郑州市委召开会议。", ["郑州"]),
    ],
)
def test_a_place_before_its_units_generic_is_glossed(text: str, expected: list[str]) -> None:
    assert [m.surface for m in ANNOTATOR.mentions(text)] == expected
    assert [m.surface for m in UNTYPED.mentions(text)] == expected


def test_the_generic_stays_outside_the_gloss() -> None:
    glossed = ANNOTATOR.annotate("深圳市发布通知。成都市长表示。")
    assert glossed == "深圳（Shenzhen）市发布通知。成都（Chengdu）市长表示。"


def test_check_owes_a_place_the_source_writes_with_its_generic(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "places.json"
    run = [zhgloss_exe, "--db", str(db)]
    subprocess.run([zhgloss_exe, "init", "--empty", str(db)], capture_output=True, check=True)
    for _, zh, en in PLACES[:2]:
        subprocess.run([*run, "add", zh, "--en", en, "--type", "place"], capture_output=True, check=True)
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "郑州市发布通知。\tChengchow issued a notice.\n"
        "深圳市发布通知。\tThe city issued a notice.\n"
        "深圳市发布通知。\tShenzhen issued a notice.\n",
        encoding="utf-8",
    )
    done = subprocess.run([*run, "check", str(pairs)], capture_output=True, check=False)
    assert done.stdout.decode("utf-8").splitlines() == [
        '1: missing 郑州: found nothing, expected "Zhengzhou"',
        '2: missing 深圳: found nothing, expected "Shenzhen"',
    ]
