"""Another name of a being the import types person is a person's (thirty-second session; the tester's s32 B7: 悟能
"Zhu Bajie 豬八戒|猪八戒 or Zhu Wuneng, ..." and 孙大圣 "Great-Sage Sun/Sun Wukong 孫悟空|孙悟空" were typed `name`,
while 猪八戒 and 孙悟空 are person).

The line must write the person's headword right after that person's English name, and the sense then end or go on
with another name: not "King Wu of Zhou 周武王 overthrows tyrant Zhou of Shang" (武王伐纣, an event told in a sentence).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "悟能 悟能 [Wu4 neng2] /Zhu Bajie 豬八戒|猪八戒[Zhu1 Ba1 jie4] or Zhu Wuneng, Pigsy or Pig (in Journey to the"
    " West)/\n"
    "豬八戒 猪八戒 [Zhu1 Ba1 jie4] /Zhu Bajie, character in Journey to the West 西遊記|西游记, with pig-like"
    " characteristics and armed with a muckrake/Pigsy in Arthur Waley's translation/\n"
    "孫大聖 孙大圣 [Sun1 da4 sheng4] /Great-Sage Sun/Sun Wukong 孫悟空|孙悟空[Sun1 Wu4 kong1]/\n"
    "孫悟空 孙悟空 [Sun1 Wu4 kong1] /Sun Wukong, the Monkey King, character with supernatural powers in the novel"
    " Journey to the West 西遊記|西游记[Xi1 you2 Ji4]/Son Goku, the main character in Dragon Ball"
    " 七龍珠|七龙珠[Qi1 long2 zhu1]/\n"
    "武王伐紂 武王伐纣 [Wu3 wang2 fa2 Zhou4] /King Wu of Zhou 周武王[Zhou1 Wu3 wang2] overthrows tyrant Zhou of Shang"
    " 商紂王|商纣王[Shang1 Zhou4 wang2]/\n"
    "周武王 周武王 [Zhou1 Wu3 wang2] /King Wu of Zhou (-1043), personal name Ji Fa 姬發|姬发, reigned 1046-1043 BC as"
    " first king of Western Zhou dynasty 1046-1043 BC/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize("zh", ["悟能", "孙大圣"])
def test_another_name_of_a_person_is_a_person(zh: str) -> None:
    assert ENTRIES[zh].type == "person"


def test_an_event_told_with_a_persons_name_is_no_person() -> None:
    assert (ENTRIES["周武王"].type, ENTRIES["武王伐纣"].type) == ("person", "name")
