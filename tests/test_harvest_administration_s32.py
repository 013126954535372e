"""harvest: an English "Administration" names an organisation, whose Chinese is taken whole (the thirty-second
session's review, seen beside R12: "The State Taxation Administration (国家税务总局)" gave 税务总局, 国家 dropped as an
ordinary word before a listed name, since "administration" was no organisation word).
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `中国民用航空局 /Civil Aviation Administration of China/`; the
PRC bodies' own English (gov.cn): 国家税务总局 State Taxation Administration, 国家市场监督管理总局 State
Administration for Market Regulation, 中国民用航空局 Civil Aviation Administration of China.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "The State Taxation Administration (国家税务总局) said.",
            ("国家税务总局", "State Taxation Administration", "org"),
        ),
        (
            "The State Administration for Market Regulation (国家市场监督管理总局) said.",
            ("国家市场监督管理总局", "State Administration for Market Regulation", "org"),
        ),
        (
            "The Civil Aviation Administration of China (中国民用航空局) said.",
            ("中国民用航空局", "Civil Aviation Administration of China", "org"),
        ),
    ],
)
def test_administration_is_an_organisation(line: str, pair: tuple[str, str, str]) -> None:
    assert [(p.zh, p.en, p.entry.type) for p in harvest(line, []) if p.kind == "name"] == [pair]
