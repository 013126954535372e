"""`zhgloss check` on the thirty-sixth session's filings (issue 9): a relation by its countries' short names, a
ministry written as copy writes it, an organ after two possessives.

- R35-28 (reviewer): CC-CEDICT's 中英 'Sino-British' names its parts by a combining form and an adjective, and
  "China-UK relations" was `missing 中英` with `unexpected 中国` and `unexpected 英国`; "China and Britain" read
  "Britain" as 不列颠's only. A part named by an adjective ("British") is rendered by any name of the country it is
  the adjective of (英国 "UK", alias "Britain"). And 中新两国 "China and Singapore" was `unexpected 新加坡`: 新 is
  Xinjiang or Singapore, and in a relation the translation's name says which.
- 商务部 'Department of Commerce' as "China's commerce ministry" was `missing`: a government's 部 is its ministry or
  its department, CC-CEDICT writes either, and copy writes the other (a `variant` that says so; after the title rule,
  so "Commerce Ministry spokesman" for 商务部发言人 stays a silent pass).
- U36-30 (user): 中港 'PRC and Hong Kong' as "China and Hong Kong" was `misspelt`: a relation's English that names a
  part by what its character stands for nowhere ("PRC": no name of 中) says nothing of which name it is.
- 中共中央 as "China's Communist Party's Central Committee" was `missing`: the possessive before the body's name is
  its owner's, no part of a longer name.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_filings_s36.u8) imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _other_head_names

glossary = glossary_fixture("cedict_check_filings_s36.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # R35-28's pairs, and the same relation in the other orders and names.
        ("王毅表示，中英关系重要。", "Wang Yi said China-UK relations are important."),
        ("王毅表示，中英关系重要。", "Wang Yi said relations between China and Britain are important."),
        ("中英关系重要。", "UK-China relations are important."),
        ("中英关系重要。", "China-Britain relations are important."),
        ("中英关系重要。", "Sino-British relations are important."),
        ("中新关系重要。", "China-Singapore relations are important."),
        ("中新两国签署协议。", "China and Singapore signed an agreement."),
        # U36-30: 中港 'PRC and Hong Kong' by its parts' names; no name of 中 is "PRC", so 中 is read as it stands.
        ("中港两地合作。", "China and Hong Kong cooperate."),
        ("中港矛盾加剧。", "China-Hong Kong tensions grew."),
        # A ministry by its field and the other head noun, in news style's lower case.
        ("商务部表示，将采取必要措施。", "China's commerce ministry said it would take necessary measures."),
        ("商务部表示。", "The Commerce Ministry said."),
        ("财政部表示。", "The finance department said."),
        ("商务部发言人表示。", "A Commerce Ministry spokesman said."),
        # Two possessives before the organ.
        ("中共中央发布通知。", "China's Communist Party's Central Committee issued a notice."),
        ("中共中央发布通知。", "The Communist Party's Central Committee issued a notice."),
    ],
)
def test_the_translation_renders_the_source(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    problems = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert [p for p in problems if ": variant " not in p] == []


@pytest.mark.parametrize(
    ("source", "target", "problems"),
    [
        # A variant that says what makes it one, after the title rule's silent pass.
        (
            "商务部表示。",
            "The commerce ministry said.",
            [
                'variant 商务部: found "commerce ministry", expected "Department of Trade" (the name with its field'
                " first, 'Department' written 'Ministry')"
            ],
        ),
        ("商务部发言人表示。", "A Commerce Ministry spokesman said.", []),
        # Another country is still wrong.
        (
            "中英关系重要。",
            "China-US relations are important.",
            [
                'missing 中英: found nothing, expected "Sino-British"',
                'unexpected 中国: found "China", expected 中国 in the source',
                'unexpected 美国: found "US", expected 美国 in the source',
            ],
        ),
        (
            "中新两国签署协议。",
            "China and Malaysia signed an agreement.",
            ['unexpected 马来西亚: found "Malaysia", expected 马来西亚 in the source'],
        ),
        # 澳 is Macao or Australia, but 中澳 is CC-CEDICT's China-Australia: no Macao.
        (
            "中澳关系重要。",
            "China-Macao relations are important.",
            [
                'missing 中澳: found "China", expected "China-Australia" (\'China\' is the glossary\'s name for 中国)',
                'unexpected 澳门: found "Macao", expected 澳门 in the source',
            ],
        ),
        ("商务部表示。", "China's foreign ministry said.", None),
        (
            "中港两地合作。",
            "Japan and Hong Kong cooperate.",
            ['misspelt 中港: found "Japan and Hong Kong", expected "PRC and Hong Kong"'],
        ),
        (
            "中共中央发布通知。",
            "Japan's Communist Party's Central Committee issued a notice.",
            ['unexpected 日本: found "Japan", expected 日本 in the source'],
        ),
    ],
)
def test_a_wrong_name_is_still_reported(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, problems: list[str] | None
) -> None:
    said = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    if problems is None:
        assert any(p.startswith("1: missing 商务部") for p in said), said
    else:
        assert said == [f"1: {p}" for p in problems]


@given(
    st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=2),
    st.sampled_from(["Ministry", "Department"]),
)
def test_a_body_of_one_head_is_named_by_the_other(field: list[str], head: str) -> None:
    # "Ministry of X" and "X Department" name the same body with the other head noun, its field kept, in its order.
    other = "Department" if head == "Ministry" else "Ministry"
    name = " ".join(field)
    assert f"{name} {other}" in _other_head_names(f"{head} of {name}")
    assert f"{name} {other}" in _other_head_names(f"{name} {head}")
    # The formal order with the other head too (the fiftieth session, R49-13: "Ministry of Commerce" for CC-CEDICT's
    # 'Department of Commerce'): each name has the other head noun, last or first.
    assert f"{other} of {name}" in _other_head_names(f"{head} of {name}")
    assert all(n.split()[-1] == other or n.startswith(f"{other} of ") for n in _other_head_names(f"{head} of {name}"))
    assert _other_head_names(f"{name} Bank") == {}
