"""harvest: "COMPANY (中文) TITLE Person (中文)": the company is an organisation and its name is in the title (s30,
SCMP, Caixin and Reuters business copy of my own).

Wire copy names a company with its Chinese and then its chief: "Nio (蔚来) CEO William Li (李斌)", "Country Garden
(碧桂园) co-chair Yang Huiyan (杨惠妍)". The company was typed `name` (nothing in the bracket or a lead said what
it is), and a capitalised title lost the company the bracket cut off (role "CEO"; 1694762 kept it for lower-case
titles: "Pop Mart founder"). A title and a name after a bracket say it is the body whose title the person holds.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

LINES = [
    ("Nio (蔚来) CEO William Li (李斌) said.", "蔚来", "Nio", "李斌", "Nio CEO"),
    (
        "Country Garden (碧桂园) co-chair Yang Huiyan (杨惠妍) said.",
        "碧桂园",
        "Country Garden",
        "杨惠妍",
        "Country Garden co-chair",
    ),
    ("Meituan (美团) chief executive Wang Xing (王兴) said.", "美团", "Meituan", "王兴", "Meituan chief executive"),
    (
        "Sunac China (融创中国) chairman Sun Hongbin (孙宏斌) said.",
        "融创中国",
        "Sunac China",
        "孙宏斌",
        "Sunac China chairman",
    ),
    ("Huawei (华为) Chairman Ren Zhengfei (任正非) said.", "华为", "Huawei", "任正非", "Huawei Chairman"),
    ("Xiaomi Corp (1810.HK) President Lu Weibing (卢伟冰) said.", None, None, "卢伟冰", "Xiaomi Corp President"),
]


@pytest.mark.parametrize(("line", "zh", "en", "person", "role"), LINES)
def test_a_company_before_its_chief_is_an_org_in_the_chiefs_role(
    line: str, zh: str | None, en: str | None, person: str, role: str
) -> None:
    found = {p.zh: p for p in harvest(line, []) if p.kind == "name"}
    if zh is not None:
        assert (found[zh].entry.en, found[zh].entry.type) == (en, "org")
    assert ([r.title for r in found[person].entry.roles], found[person].entry.type) == ([role], "person")


@pytest.mark.parametrize(
    ("line", "zh", "kind"),
    [
        # Not a title then a name: the type is what it was.
        ("Wang Yi (王毅) told Secretary Rubio the talks went well.", "王毅", "person"),
        ("Wang Yi (王毅) and Foreign Minister Sergei Lavrov met.", "王毅", "person"),
        ("Tsai Ing-wen (蔡英文) met President Lai.", "蔡英文", "person"),
    ],
)
def test_a_name_followed_by_other_words_keeps_its_type(line: str, zh: str, kind: str) -> None:
    found = {p.zh: p for p in harvest(line, [])}
    assert found[zh].entry.type == kind
