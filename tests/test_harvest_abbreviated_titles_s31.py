"""harvest: the abbreviations news copy writes for offices (PM, VP, FM, CE, Sen., Rep., Gov., Gen., Amb. ...) are
titles like their spelt-out forms: the person's role, never part of the English name (s31, U30-33).

"Japanese PM Fumio Kishida (岸田文雄)" gave en "Japanese PM Fumio Kishida", "Sen. Marco Rubio (卢比奥)" en "Sen. Marco
Rubio", and --add stored them, so check then demanded "Chinese FM Wang Yi" for every 王毅. Spelt out ("Apple CEO Tim
Cook", "Fed Chair Jerome Powell") they were cut already. "Dr." stays an honorific, as "Mr." is.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "role"),
    [
        # U30-33's abbr.txt
        ("Japanese PM Fumio Kishida (岸田文雄) spoke.", "岸田文雄", "Fumio Kishida", "Japanese PM"),
        ("US VP Kamala Harris (哈里斯) spoke.", "哈里斯", "Kamala Harris", "US VP"),
        ("Chinese FM Wang Yi (王毅) met him.", "王毅", "Wang Yi", "Chinese FM"),
        ("Sen. Marco Rubio (卢比奥) criticised it.", "卢比奥", "Marco Rubio", "Sen."),
        ("Gov. Gavin Newsom (纽森) signed.", "纽森", "Gavin Newsom", "Gov."),
        ("UK PM Keir Starmer (斯塔默) spoke.", "斯塔默", "Keir Starmer", "UK PM"),
        ("HK CE John Lee (李家超) spoke.", "李家超", "John Lee", "HK CE"),
        ("PBOC Gov. Pan Gongsheng (潘功胜) spoke.", "潘功胜", "Pan Gongsheng", "PBOC Gov."),
        # the same class in other wire shapes
        (
            "SINGAPORE (Reuters) - Singapore PM Lawrence Wong (黄循财) met Premier Li Qiang.",
            "黄循财",
            "Lawrence Wong",
            "Singapore PM",
        ),
        (
            "TAIPEI (CNA) - Taiwan VP Hsiao Bi-khim (蕭美琴) left for Europe on Monday.",
            "萧美琴",
            "Hsiao Bi-khim",
            "Taiwan VP",
        ),
        ("Chinese Amb. Xie Feng (谢锋) addressed the forum in Washington.", "谢锋", "Xie Feng", "Chinese Amb."),
        (
            "Gen. Zhang Youxia (张又侠), the military's top general, met his US counterpart.",
            "张又侠",
            "Zhang Youxia",
            "Gen.",
        ),
        ("Rep. Ro Khanna (罗康纳) led the delegation.", "罗康纳", "Ro Khanna", "Rep."),
    ],
)
def test_an_abbreviated_title_is_the_role(line: str, zh: str, en: str, role: str) -> None:
    found = {p.zh: p.entry for p in harvest(line, []) if p.kind == "name"}
    assert found[zh].en == en
    assert [r.title for r in found[zh].roles] == [role]
    assert found[zh].type == "person"


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("Respiratory expert Dr. Zhong Nanshan (钟南山) warned of a winter wave.", "钟南山", "Zhong Nanshan"),
        ("Dr Li Wenliang (李文亮) warned.", "李文亮", "Li Wenliang"),
    ],
)
def test_a_doctor_is_an_honorific_still(line: str, zh: str, en: str) -> None:
    assert [(p.zh, p.en) for p in harvest(line, []) if p.kind == "name"] == [(zh, en)]
