"""The wrong-referent rules of the fifty-first session keep the right referents they had taken (the session's
tester, B51-15, B51-16, B51-17), with the full CC-CEDICT names glossary (`--proper-only`).

- 名将 before a person of the past is a famous general (抗金名将岳飞), not a sport's competitor: only the titles of a
  modern sport's competitor (拳王阿里: Muhammad Ali) read the person of the past as someone else.
- A state's word (州长, 州政府) after a place whose note gives a state it abbreviates is that state only where the state
  is another place than the entry's own and no prefecture of China's (德州州长: Texas; 大理州州长: Dali Prefecture's).
- 队 after a country's other name is another team only where CC-CEDICT calls that name the country's formal one
  (中華隊: Chinese Taipei); a short form or Taiwan's own form of a country is its national team (澳洲队, 紐西蘭隊).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed

from zhgloss.annotate import Annotator


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("抗金名将岳飞的故事家喻户晓。", ["岳飞"]),
        ("抗金名將岳飛的故事家喻戶曉。", ["岳飛"]),
        ("三国名将诸葛亮六出祁山。", ["诸葛亮"]),
        ("明朝名将戚继光抗击倭寇。", ["戚继光"]),
        ("大理州州长在会上作政府工作报告。", ["大理州"]),
        ("德宏州州长会见了缅甸客人。", ["德宏州", "缅甸"]),
        ("大理州州政府举行新闻发布会。", ["大理州"]),
        ("澳洲队在比赛中获胜。", ["澳洲"]),
        ("印尼队在羽毛球比赛中夺冠。", ["印尼"]),
        ("紐西蘭隊在橄欖球比賽中獲勝。", ["紐西蘭"]),
        ("義大利隊在排球比賽中獲勝。", ["義大利"]),
    ],
)
def test_the_right_referent_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    found = glossed(text, names)
    assert all(name in found for name in expected), found


@pytest.mark.parametrize(
    "text",
    [
        "拳王阿里的传奇人生。",  # Muhammad Ali, not Imam Ali
        "德州州长宣布该州进入紧急状态。",  # Texas, not Dezhou
        "中華隊在世界棒球十二強賽中再度闖進冠軍戰。",  # Chinese Taipei, not China
    ],
)
def test_the_other_referent_is_still_left_out(names: Annotator, text: str) -> None:
    assert glossed(text, names)[:1] != [text[:2]]
