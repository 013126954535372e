"""CC-CEDICT import: names whose kind only their words imply (issue 9, item 1; the s37 blind tester's class 3).

The blind tester of the thirty-seventh session (/work/tools/s37/reports/blind.md) found names typed `name`, the
fallback, whose kind their English says: 西非 "West Africa" (a region), 拜科努尔航天发射基地 "Baikonur Cosmodrome" (a
facility), 中国邮政 "China Post (Chinese postal service)" (a service). The rules, each in the one place it lives:

- a region named by a direction in a continent, a country or a province of China, or the Near, Far or Middle East,
  is a place (`_names_a_region`, beside the continents' rule in `read_sense`): 25 entries of the real file (2026-12)
  were `name` (东亚, 东南亚, 中东, 华南, 川西, 北非 ...); not a dynasty ("Western Zhou", "Southern Song").
- a cosmodrome, a spaceport, a hemisphere is a place; a post or a service an org (`_TYPE_WORDS`);
- a railway, a highway, a metro is a place when it is the name's last word and no "of" comes before it
  (`_WAY_HEADS` in `_type_of_words`): "Canadian Pacific Railway", "Karakorum Highway", "Taipei Metro"; not "Ministry
  of Railways" (an org), nor "Manchurian Railway Incident" (an event).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). The kinds are judged from the lines'
words (a region of a continent is a place, a postal service an organization).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats import cedict
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry


def _entry(line: str, *, proper_only: bool = True) -> Entry:
    (entry,) = [e for e in load_cedict(io.StringIO(line + "\n"), proper_only=proper_only) if e.zh == line.split()[1]]
    return entry


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("西非 西非 [Xi1 Fei1] /West Africa/", "place"),
        ("東南亞 东南亚 [Dong1 nan2 ya4] /Southeast Asia/", "place"),
        ("中東 中东 [Zhong1 dong1] /Middle East/", "place"),
        ("華南 华南 [Hua2 nan2] /Southern China/", "place"),
        ("川西 川西 [Chuan1 xi1] /Western Sichuan/", "place"),
        ("北半球 北半球 [Bei3 ban4 qiu2] /Northern Hemisphere/", "place"),
        (
            "拜科努爾航天發射基地 拜科努尔航天发射基地 [Bai4 ke1 nu3 er3 Hang2 tian1 Fa1 she4 Ji1 di4]"
            " /Baikonur Cosmodrome/",
            "place",
        ),
        (
            "加拿大太平洋鐵路 加拿大太平洋铁路 [Jia1 na2 da4 Tai4 ping2 yang2 Tie3 lu4] /Canadian Pacific Railway/",
            "place",
        ),
        ("台北捷運 台北捷运 [Tai2 bei3 jie2 yun4] /Taipei Metro/", "place"),
        ("中國郵政 中国邮政 [Zhong1 guo2 You2 zheng4] /China Post (Chinese postal service)/", "org"),
        (
            "國家醫療服務體系 国家医疗服务体系 [Guo2 jia1 Yi1 liao2 Fu2 wu4 Ti3 xi4] /National Health Service (UK)/",
            "org",
        ),
        ("特種空勤團 特种空勤团 [Te4 zhong3 kong1 qin2 tuan2] /Special Air Service (SAS)/", "org"),
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_the_kind_the_words_imply(line: str, kind: str, proper_only: bool) -> None:
    assert _entry(line, proper_only=proper_only).type == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "鐵道部 铁道部 [Tie3 dao4 bu4] /Ministry of Railways (MOR), disbanded in 2013 with its regulatory functions"
            " taken over by the Ministry of Transport 交通運輸部|交通运输部[Jiao1 tong1 Yun4 shu1 bu4]/",
            "org",
        ),
        (
            "九一八事變 九一八事变 [Jiu3 Yi1 ba1 Shi4 bian4] /the Mukden or Manchurian Railway Incident of 18th"
            " September 1931 used by the Japanese as a pretext to annex Manchuria/",
            "event",
        ),
    ],
)
def test_kinds_the_new_words_leave(line: str, kind: str) -> None:
    assert _entry(line).type == kind


def test_a_dynasty_is_no_region() -> None:
    assert not cedict._names_a_region("Western Zhou")
    assert not cedict._names_a_region("Southern Song")


_AREAS = st.sampled_from(["Africa", "Asia", "Europe", "China", "Sichuan", "Guangdong", "Germany", "Japan"])
_DIRECTIONS = st.sampled_from(["North", "South", "East", "West", "Central", "Northern", "Southeast", "Western"])
_NOT_PLACES = st.sampled_from(["Zhou", "Song", "Han", "Wei", "Jin", "Liang", "Qi"])


@settings(max_examples=60, deadline=None)
@given(direction=_DIRECTIONS, area=_AREAS, other=_NOT_PLACES)
def test_a_direction_names_a_region_of_a_place_only(direction: str, area: str, other: str) -> None:
    assert cedict._names_a_region(f"{direction} {area}")
    assert not cedict._names_a_region(f"{direction} {other}")
    assert not cedict._names_a_region(area)
