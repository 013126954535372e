"""A thing a description names first is what the line names; a prison is a place (twenty-ninth session, issue 9
item 1; the tester's addendum: 亚罗号 "the Arrow (a Hong Kong registered ship involved in historical incident in
1856 ...)" typed `event` by "incident", 秦城监狱 "Qincheng Prison, maximum-security prison ..." `name`).

The first telling word of a description types it when no head says the kind; a ship, a cannon, a rifle
(_THINGS, in lower case) before it is the thing described, and what follows is what happened to it: none of the
kinds. (A capitalised word of a name is no thing: "White Horse Temple" is a temple.)
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "亞羅號 亚罗号 [Ya4 luo2 Hao4] /the Arrow (a Hong Kong registered ship involved in historical incident in 1856"
    " used as pretext for the second Opium War)/\n"
    "佛朗機銃 佛朗机铳 [Fo2 lang3 ji1 chong4] /Western (and so styled) cannon of the Ming era/\n"
    "秦城監獄 秦城监狱 [Qin2 cheng2 Jian1 yu4] /Qincheng Prison, maximum-security prison located about 30 km north of"
    " central Beijing, whose inmates include former high-level officials convicted of corruption/\n"
    # Control: a thing's word inside a name.
    "白馬寺 白马寺 [Bai2 ma3 Si4] /the Baima or White Horse Temple in Luoyang, one of the earliest Buddhist temples in"
    " China/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "太平輪 太平轮 [Tai4 ping2 Lun2] /the Taiping (a passenger ship sunk in a collision in 1949)/\n"
    "提籃橋監獄 提篮桥监狱 [Ti2 lan2 qiao2 Jian1 yu4] /Tilanqiao Prison in Shanghai/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("亚罗号", "name"),
        ("佛朗机铳", "name"),
        ("太平轮", "name"),
        ("秦城监狱", "place"),
        ("提篮桥监狱", "place"),
        ("白马寺", "place"),
    ],
)
def test_the_kind_the_line_says(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind, NAMES[zh]
