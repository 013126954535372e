"""A name of a place is a place's; an NGO is an organisation (twenty-ninth session, issue 9 item 1; the s28 blind
draw's 北平 "Peiping or Beiping (name of Beijing at different periods, ...)" and 自然之友 "Friends of Nature (Chinese
environmental NGO)", both typed `name`).

"name of X", "name for X" of a country or a Chinese province (`_is_place_word`) is a place's name, in use then or
for a purpose (中华台北 "Chinese Taipei, name for Taiwan ..."); "Edo (old name of Tokyo)" was a place already, by
another rule. A name of no place stays what else it is ("courtesy name of ..." is a person's).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "北平 北平 [Bei3 ping2] /Peiping or Beiping (name of Beijing at different periods, esp. 1928-1949)/\n"
    "中華臺北 中华台北 [Zhong1 hua2 Tai2 bei3] /Chinese Taipei, name for Taiwan to which the PRC and Taiwan agreed for"
    " the purpose of participation in international events/\n"
    "自然之友 自然之友 [Zi4 ran2 zhi1 You3] /Friends of Nature (Chinese environmental NGO)/\n"
    # Control: a name of a person.
    "孔明 孔明 [Kong3 ming2] /courtesy name of Zhuge Liang 諸葛亮|诸葛亮[Zhu1 ge3 Liang4]/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "順天府 顺天府 [Shun4 tian1 Fu3] /Shuntian (name of Beijing under the Ming and Qing)/\n"
    "綠色和平 绿色和平 [Lu:4 se4 He2 ping2] /Greenpeace (international environmental NGO)/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [("北平", "place"), ("中华台北", "place"), ("顺天府", "place"), ("自然之友", "org"), ("绿色和平", "org")],
)
def test_the_kind_the_line_says(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind, NAMES[zh]


def test_a_name_of_a_person_is_no_place() -> None:
    assert NAMES.get("孔明", ("", ""))[0] != "place"
