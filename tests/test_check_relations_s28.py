"""check: relations by an adjective, relations the glossary lacks, a capital for its government (U27-51, session 28).

- "The Chinese and US presidents met" for 中美两国元首会晤 was `missing 中美`: a relation's part could be a name
  only, not the adjective English grammar asks for ("Chinese and Russian leaders" for 中俄两国领导人).
- "The Russia-Ukraine conflict continues." for 俄乌冲突持续 was `unexpected` twice: CC-CEDICT has 俄 'Russia' and
  乌 'Ukraine' but no 俄乌, and a one-character name stood as one only after 访在驻… or before 方企媒….
- "Beijing expressed strong dissatisfaction." for 中方对此表示强烈不满 was `missing 中方` and `unexpected 北京`:
  wire copy writes the capital for the government (CC-CEDICT's 北京 lists "PRC government"); a `variant` now.
Fixture: CC-CEDICT's own lines (tests/data/cedict_check_s28.u8).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import glossary_fixture

glossary = glossary_fixture("cedict_check_s28.u8")


def check_lines(zhgloss_exe: str, db: Path, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[str]:
    """The problem lines `zhgloss check` prints for the (source, target) `pairs`, given as two aligned files.

    Not a TSV: its first row is read as a header where the English says "Chinese" (requests.md, chk -> lead).
    """
    (tmp_path / "a.zh").write_text("".join(f"{zh}\n" for zh, _ in pairs), encoding="utf-8")
    (tmp_path / "a.en").write_text("".join(f"{en}\n" for _, en in pairs), encoding="utf-8")
    args = [zhgloss_exe, "check", str(tmp_path / "a.zh"), str(tmp_path / "a.en"), "--db", str(db)]
    done = subprocess.run(args, capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8").splitlines()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("中美两国元首在旧金山会晤。", "The Chinese and US presidents met in San Francisco."),
        ("中美两国元首在旧金山会晤。", "The US and Chinese presidents met in San Francisco."),
        ("中俄两国领导人会晤。", "Chinese and Russian leaders met."),
        ("俄乌冲突持续。", "The Russia-Ukraine conflict continues."),
        ("俄乌冲突持续。", "The Ukraine-Russia conflict continues."),
        # A country's combining form before a hyphen ("Sino-US", "Russo-Ukrainian").
        ("中美贸易增长。", "Sino-US trade grew."),
        ("俄乌冲突持续。", "The Russo-Ukrainian conflict continues."),
        # An initialism with full stops, AP's "U.S." (美国 'US'; no target name).
        ("中美贸易增长。", "U.S.-China trade grew."),
    ],
)
def test_a_relation_by_adjectives_or_without_an_entry_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "中方对此表示强烈不满。",
            "Beijing expressed strong dissatisfaction.",
            '1: variant 中方: found "Beijing", expected "Chinese side" '
            "('Beijing', the capital of People's Republic of China, for its government)",
        ),
        (
            "日方表示遗憾。",
            "Tokyo expressed regret.",
            '1: variant 日方: found "Tokyo", expected "Japanese side" '
            "('Tokyo', the capital of Japan, for its government)",
        ),
        (
            "俄罗斯政府表示关切。",
            "Moscow expressed concern.",
            '1: variant 俄罗斯: found "Moscow", expected "Russia" '
            "('Moscow', the capital of Russia, for its government)",
        ),
    ],
)
def test_a_capital_for_its_government_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, expected: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [expected]


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        # Another country's adjective, or one part only: the relation is not rendered.
        ("中美两国元首在旧金山会晤。", "The Chinese and Japanese presidents met in San Francisco.", "missing 中美"),
        ("中俄两国领导人会晤。", "Chinese and Ukrainian leaders met.", "missing 中俄"),
        ("中美关系稳定。", "Chinese relations are stable.", "missing 中美"),
        # A combining form of another country, or one not before a hyphen.
        ("中美贸易增长。", "Sino-Japanese trade grew.", "missing 中美"),
        ("中美贸易增长。", "Sino US trade grew.", "missing 中美"),
        ("中美贸易增长。", "U.K.-China trade grew.", "missing 中美"),
        # A country the source does not write is still unexpected.
        ("俄乌冲突持续。", "The Russia-Georgia conflict continues.", "unexpected "),
        # Another country's capital, or a country's name: not this side.
        ("中方对此表示强烈不满。", "Washington expressed strong dissatisfaction.", "missing 中方"),
        ("中方表示关切。", "Tokyo expressed concern.", "missing 中方"),
        ("日方表示遗憾。", "Moscow expressed regret.", "missing 日方"),
        # A capital renders a government, not the country's name where no 政府 follows it.
        ("俄罗斯是大国。", "Moscow is a major power.", "missing 俄罗斯"),
    ],
)
def test_another_country_or_capital_still_fails(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {failing}") for line in lines), lines


def test_a_side_the_glossary_lacks_by_its_capital_is_a_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    # CC-CEDICT has 俄 'Russia' and 莫斯科 "Moscow, capital of Russia", no 俄方: "Moscow" was `unexpected`.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("俄方表示反对。", "Moscow said it opposed the move.")]) == [
        '1: variant 俄方: found "Moscow", expected "Russia" (\'Moscow\', the capital of Russia, for its government)'
    ]


def test_another_capital_for_a_side_the_glossary_lacks_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("俄方表示反对。", "Tokyo said it opposed the move.")]) == [
        '1: unexpected 东京: found "Tokyo", expected 东京 in the source'
    ]
