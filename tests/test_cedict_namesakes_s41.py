"""CC-CEDICT import: another thing of the same headword is said in the note as a namesake (brief class 3, IMP-2).

A line's later sense that `_drop_other_things` reads as another thing (its English is no alias of the entry) stayed
in the note as the line wrote it, joined to the entry's own sense by "; ": 奥克兰 "Auckland (New Zealand city);
Oakland (California, US city)" read as one city of two names (the s40 blind measure's borderline #30). The note now
says it in `zhgloss.curate.namesake_sentence`'s words, as `zhgloss add --namesake` does: "Auckland (New Zealand city).
Namesake (another place, not this entry): 奥克兰 Oakland: California, US city." Only a thing of a kind the line says
is so said: a thing of another kind (达尔文 the city beside Charles Darwin) or another place (新化's Hsinhua, Taiwan).
A person's other name (本笃·十六世 "Joseph Alois Ratzinger"), a sense of no kind, and a name the sense goes on naming
another way (后金 "Manchu Khanate or kingdom that ...": the reviewer's R41-4) keep the line's words.
CC-CEDICT (2026-12): 111 --proper-only entries gain such a sentence.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict_documents

LINES = {
    "奥克兰": "奧克蘭 奥克兰 [Ao4 ke4 lan2] /Auckland (New Zealand city)/Oakland (California, US city)/",
    "新化": (
        "新化 新化 [Xin1 hua4] /Xinhua county in Loudi 婁底|娄底[Lou2 di3], Hunan/Hsinhua town in Tainan county "
        "台南縣|台南县[Tai2 nan2 xian4], Taiwan/"
    ),
    "龙川": (
        "龍川 龙川 [Long2 chuan1] /Longchuan county in Heyuan 河源[He2 yuan2], Guangdong/Ryongchon, town in North "
        "Korea/"
    ),
    "达尔文": (
        '達爾文 达尔文 [Da2 er3 wen2] /Charles Darwin (1809-1882), British biologist and author of "On the Origin of '
        'Species" 物種起源|物种起源[Wu3 zhong3 Qi3 yuan2]/Darwin, capital of the Northern Territory (Australia) '
        "北領地|北领地[Bei3 Ling3 di4]/"
    ),
    "后金": "後金 后金 [Hou4 Jin1] /Later Jin dynasty (from 1616-)/Manchu Khanate or kingdom that took over as Qing "
    "dynasty in 1644/",
    "本笃·十六世": (
        "本篤·十六世 本笃·十六世 [Ben3 du3 · shi2 liu4 shi4] /Pope Benedict XVI/Joseph Alois Ratzinger (1927-), pope "
        "2005-2013/"
    ),
}


def _row(zh: str) -> dict[str, object]:
    rows = load_cedict_documents(io.StringIO(LINES[zh] + "\n"), proper_only=True)
    (row,) = (r for r in rows if r["zh"] == zh)
    return row


@pytest.mark.parametrize(
    ("zh", "en", "note"),
    [
        (
            "奥克兰",
            "Auckland",
            "Auckland (New Zealand city). Namesake (another place, not this entry): 奥克兰 Oakland: California, US "
            "city.",
        ),
        (
            "新化",
            "Xinhua",
            "Xinhua county in Loudi 娄底, Hunan. Namesake (another place, not this entry): 新化 Hsinhua: town in "
            "Tainan county 台南县, Taiwan.",
        ),
        (
            "龙川",
            "Longchuan",
            "Longchuan county in Heyuan 河源, Guangdong. Namesake (another place, not this entry): 龙川 Ryongchon: "
            "town in North Korea.",
        ),
        (
            "达尔文",
            "Charles Darwin",
            'Charles Darwin (1809-1882), British biologist and author of "On the Origin of Species" 物种起源. Namesake '
            "(another place, not this entry): 达尔文 Darwin: capital of the Northern Territory (Australia) 北领地.",
        ),
    ],
)
def test_another_thing_is_a_namesake(zh: str, en: str, note: str) -> None:
    row = _row(zh)
    assert row["en"] == en
    assert row["note"] == note


def test_the_namesake_is_no_alias() -> None:
    assert "Oakland" not in _row("奥克兰")["aliases"]  # type: ignore[operator]


def test_a_persons_other_name_is_no_namesake() -> None:
    note = _row("本笃·十六世")["note"]
    assert "Namesake" not in str(note)
    assert "Joseph Alois Ratzinger" in str(note)


def test_a_name_the_sense_goes_on_naming_another_way_is_no_namesake() -> None:
    # The reviewer's R41-4: "Manchu Khanate or kingdom that ..." is the Later Jin itself, not another state.
    note = str(_row("后金")["note"])
    assert "Namesake" not in note
    assert "Manchu Khanate or kingdom that took over as Qing dynasty in 1644" in note
