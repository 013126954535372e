"""harvest on officials' copy (the user's U38-8, U38-9, U38-14, U38-15, U38-18, s38): PLA ranks before the English name
("Senior Colonel Wu Qian", "Political Commissar Miao Hua") and after the Chinese one (张又侠上将), past titles a word
other than "former" marks ("Then-Shanghai party chief", "Ousted former foreign minister", an appositive whose clause
says the post went to another), a past mark before a list of titles (原国务委员、外交部长), and an appositive title
without an article (", party secretary of Beijing,"). The lines are the user's, from Reuters/Xinhua wire shapes; the
facts behind them: Wu Qian and Zhou Bo are senior colonel and colonel (the Ministry of National Defense's briefings),
Qin Gang was removed as foreign minister on 25 July 2023 and Li Shangfu as defence minister on 24 October 2023 (NPC
Standing Committee decisions, Xinhua), Ma Xingrui was replaced by Chen Xiaojiang as Xinjiang's party secretary
(July 2025, Xinhua). On the parent 4bede4b7, 18 of these 24 tests fail.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import Proposal, harvest
from zhgloss.model import Entry


def _names(text: str) -> dict[str, Proposal]:
    return {p.zh or p.en: p for p in harvest(text, [])}


def _roles(found: Proposal) -> list[str]:
    return [role.title for role in found.entry.roles]


@pytest.mark.parametrize(
    ("text", "zh", "en", "role"),
    [
        ("Senior Colonel Wu Qian (吴谦) said the drills were routine.", "吴谦", "Wu Qian", "Senior Colonel"),
        ("Colonel Zhou Bo (周波) spoke at the forum.", "周波", "Zhou Bo", "Colonel"),
        ("Political Commissar Miao Hua (苗华) attended.", "苗华", "Miao Hua", "Political Commissar"),
        ("Brigadier General Li Wei (李伟) attended.", "李伟", "Li Wei", "Brigadier General"),
        ("Captain Zhang Jun (张军) commanded the ship.", "张军", "Zhang Jun", "Captain"),
    ],
)
def test_a_military_rank_before_the_name_is_the_role(text: str, zh: str, en: str, role: str) -> None:
    found = _names(text)[zh]
    assert (found.entry.en, found.entry.id, _roles(found)) == (en, en.lower().replace(" ", "-"), [role])


@pytest.mark.parametrize(
    ("text", "zh", "en", "role"),
    [
        ("中央军委副主席张又侠上将（General Zhang Youxia）出席。", "张又侠", "Zhang Youxia", "General"),
        ("海军司令员董军上将（Admiral Dong Jun）出席。", "董军", "Dong Jun", "Admiral"),
        ("国防部新闻发言人吴谦大校（Wu Qian）表示。", "吴谦", "Wu Qian", None),
    ],
)
def test_a_pla_rank_after_the_chinese_name_is_no_part_of_it(text: str, zh: str, en: str, role: str | None) -> None:
    found = _names(text)
    assert zh in found, list(found)
    assert found[zh].entry.en == en
    if role is not None:
        assert role in _roles(found[zh])


_RANKS_ZH = ["上将", "中将", "少将", "大校", "上校"]
_RANKS_EN = ["General", "Lieutenant General", "Major General", "Senior Colonel", "Colonel"]
_OFFICERS = [("何卫东", "He Weidong"), ("林向阳", "Lin Xiangyang"), ("刘振立", "Liu Zhenli"), ("王秀斌", "Wang Xiubin")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_OFFICERS), st.integers(0, len(_RANKS_ZH) - 1))
def test_any_officer_with_a_rank_on_both_sides_keeps_the_rank_out_of_both_names(
    officer: tuple[str, str], rank: int
) -> None:
    zh, en = officer
    found = _names(f"{zh}{_RANKS_ZH[rank]}（{_RANKS_EN[rank]} {en}）出席。")
    assert zh in found, list(found)
    assert found[zh].entry.en == en
    found = _names(f"{_RANKS_EN[rank]} {en} ({zh}) attended.")
    assert (found[zh].entry.en, _roles(found[zh])) == (en, [_RANKS_EN[rank]])


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("Then-Shanghai party chief Li Qiang (李强) oversaw the lockdown.", "李强"),
        ("Ousted former foreign minister Qin Gang (秦刚) has not been seen since June.", "秦刚"),
        ("Disgraced ex-minister Qin Gang (秦刚) has not been seen since June.", "秦刚"),
        ("Ma Xingrui (马兴瑞), the Communist Party secretary of Xinjiang, was replaced by Chen Xiaojiang.", "马兴瑞"),
        ("Li Shangfu (李尚福), defence minister, was removed in October.", "李尚福"),
        ("原国务委员、外交部长秦刚（Qin Gang）被免职。", "秦刚"),
        ("原中央军委委员、国防部长李尚福（Li Shangfu）被开除党籍。", "李尚福"),
    ],
)
def test_a_title_the_sentence_says_is_over_is_no_current_role(text: str, zh: str) -> None:
    found = _names(text)[zh]
    assert _roles(found) == []
    assert "described as" in (found.entry.note or "")


@pytest.mark.parametrize(
    ("text", "zh", "role"),
    [
        ("Yin Li (尹力), party secretary of Beijing, met investors.", "尹力", "party secretary of Beijing"),
        ("Liu Guozhong (刘国中), vice premier, visited Henan.", "刘国中", "vice premier"),
        (
            "Wang Yi (王毅), director of the Office of the Central Foreign Affairs Commission, met Blinken.",
            "王毅",
            "director of the Office of the Central Foreign Affairs Commission",
        ),
        ("Cai Qi (蔡奇), a member of the Politburo Standing Committee, attended.", "蔡奇", None),
        ("国务委员、外交部长王毅（Wang Yi）出席。", "王毅", "外交部长"),
    ],
)
def test_a_title_held_now_is_the_role(text: str, zh: str, role: str | None) -> None:
    roles = _roles(_names(text)[zh])
    assert roles == [role] if role else len(roles) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Yin Li (尹力), who was appointed party secretary of Beijing in October 2022, met investors.",
        "Wang Huning (王沪宁), who heads the Chinese People's Political Consultative Conference, spoke.",
        "Li Qiang (李强), said to be close to Xi, spoke.",
    ],
)
def test_a_clause_after_the_bracket_is_no_title(text: str) -> None:
    (found,) = harvest(text, [])
    assert _roles(found) == []


_WANG_YONG = Entry(id="wang-yong", type="person", zh="王勇", en="Wang Yong", pinyin="Wáng Yǒng")
_LIU_WEI = Entry(id="liu-wei", type="person", zh="刘伟", en="Liu Wei", pinyin="Liú Wěi")


@pytest.mark.parametrize(
    ("text", "zh", "stored"),
    [
        ("Emergency management official Wang Yong (王永) said the rescue went on.", "王永", _WANG_YONG),
        ("Liu Wei (刘炜), president of Renmin University, spoke.", "刘炜", _LIU_WEI),
    ],
)
def test_a_namesake_of_a_stored_person_is_proposed_as_a_new_person(text: str, zh: str, stored: Entry) -> None:
    """U38-20: other characters of the same pinyin are another person (the user's two officials), never an alias to
    merge into the stored one; the proposal says whose namesake it is."""
    (found,) = harvest(text, [stored])
    assert (found.status, found.zh, found.entry.type) == ("new", zh, "person")
    assert found.entry.id != stored.id
    assert "namesake" in found.explanation and stored.id in found.explanation
    assert "--zh-alias" not in found.explanation


def test_the_stored_person_is_known_beside_the_namesake() -> None:
    (found,) = harvest("Wang Yong (王勇) spoke.", [_WANG_YONG])
    assert (found.status, found.existing) == ("known", _WANG_YONG)


def test_another_english_form_of_a_stored_name_stays_a_conflict() -> None:
    """Not a namesake: a company whose English another company holds is still a conflict to resolve."""
    stored = Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi")
    (found,) = harvest("Xiaomi (小米集团) rose.", [stored])
    assert found.status != "new" or "namesake" not in found.explanation


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("蒙古族干部巴特尔（Bagatur）发言。", "巴特尔", "Bagatur"),
        ("藏族干部齐扎拉（Che Dalha）发言。", "齐扎拉", "Che Dalha"),
    ],
)
def test_an_official_described_as_a_cadre_is_a_person_with_a_description(text: str, zh: str, en: str) -> None:
    """U38-1's harvest half: 干部 (cadre) says a person, as a title does, but is no post: the note keeps it."""
    found = _names(text)[zh]
    assert (found.entry.en, found.entry.type, _roles(found)) == (en, "person", [])
    assert "干部" in (found.entry.note or "")
    assert found.entry.pinyin
