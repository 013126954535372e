"""check: a relation whose part is written more than once, by a combining form, or by a body named for the place
(issue 9, session 29).

- "Sino-US relations are improving, Chinese officials said." for 中美关系正在改善，中方官员说 was `missing 中美`: the
  part 中 took the first "Chinese" it found (`_part_adjective`), which stands apart from "US"; every way of picking
  one rendering per part is tried now. 中方 is rendered by the adjective too ("Chinese officials"; was `missing`).
- "The Chinese and British foreign ministers" for 中英 'Sino-British' was `missing 中英`: the relation's own English
  names 中 by its combining form, Sino, which is China.
- "China-EU trade ties" for 中欧 'China-Europe' was `missing 中欧` and `unexpected 欧盟`: 欧盟 'European Union' (also
  欧洲联盟) is named for 欧洲 'Europe', which 欧 stands for.
- "China and the United States agreed ..., American officials said." for 中美双方同意…美国官员表示 was `missing 中美`:
  美国 took "United States" first; its adjective "American" renders it instead (`Checker._kin_in_target`).
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_relations_s29.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import glossary_fixture
from test_check_relations_s28 import check_lines

glossary = glossary_fixture("cedict_check_relations_s29.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("中美关系正在改善，中方官员说。", "Sino-US relations are improving, Chinese officials said."),
        ("中美关系正在改善。", "Chinese officials said US-China relations are improving."),
        ("中日关系正在改善。", "Japanese officials said China-Japan relations are improving."),
        ("中英两国外长通了电话。", "The Chinese and British foreign ministers spoke by phone."),
        ("中法建交六十周年。", "This year marks 60 years of Sino-French diplomatic relations."),
        ("中欧贸易关系依然紧张。", "China-EU trade ties remain strained."),
        ("中欧峰会将于下月举行。", "An EU-China summit will be held next month."),
        ("中方官员说，谈判取得进展。", "Chinese officials said the talks had made progress."),
        # 美国 took "United States", which 中美 needs: its own adjective, "American", renders it instead.
        (
            "中美双方同意恢复对话，美国官员表示。",
            "China and the United States agreed to resume talks, American officials said.",
        ),
    ],
)
def test_a_relation_or_side_rendered_a_legitimate_way_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        (
            "中美关系正在改善，中方官员说。",
            "Sino-Japanese relations are improving, Chinese officials said.",
            "missing 中美",
        ),
        ("中美关系正在改善。", "Chinese officials said relations with Japan are improving.", "missing 中美"),
        ("中英两国外长通了电话。", "The Chinese and French foreign ministers spoke by phone.", "missing 中英"),
        ("中欧贸易关系依然紧张。", "China-US trade ties remain strained.", "missing 中欧"),
        ("中欧贸易关系依然紧张。", "EU trade ties remain strained.", "missing 中欧"),
        ("中方官员说，谈判取得进展。", "Japanese officials said the talks had made progress.", "missing 中方"),
        (
            "中美双方同意恢复对话，美国官员表示。",
            "China and Japan agreed to resume talks, American officials said.",
            "missing 中美",
        ),
        (
            "中美双方同意恢复对话，美国官员表示。",
            "China and the United States agreed to resume talks, officials said.",
            "missing 中美",
        ),
    ],
)
def test_another_country_or_a_part_left_out_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines
