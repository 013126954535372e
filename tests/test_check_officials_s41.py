"""`zhgloss check` on officials' copy (issue 9; rel, forty-first session): the review's R40-17 and the fortieth
session's left-alone lines, each a class, tested on the filed lines and cases of the same kind.

- R40-17: every head of state's or government's post and its deputy is a ranked post (`check._POSTS`): 总统
  "President" / 副总统 "Vice President", 首相 "Prime Minister" / 副首相 "Deputy Prime Minister", 总理 also a country's
  "Prime Minister", 国家主席 / 国家副主席 "President" / "Vice President", 领导人 / 副领导人 "leader" / "deputy leader";
  the rank a post's English wants goes right before the post's own word ("Central Military Commission Vice
  Chairman", "US Vice President"), before the portfolio only for a minister ("Vice Foreign Minister").
- A ranked post before a person the glossary lacks (副总理刘鹤 / "Premier Liu He") is judged with no entry of the
  glossary's to name: the problem names the post (`check._unlisted_entry`).

Sources of the renderings: Xinhua's English service ("U.S. Vice President JD Vance", "Chinese Vice President Han
Zheng", "Russian President Vladimir Putin", "Japanese Prime Minister Shigeru Ishiba", "Chinese Vice Premier Liu He",
"Zhang Youxia, vice chairman of the Central Military Commission"), gov.uk ("Deputy Prime Minister"). The glossary:
real CC-CEDICT lines (tests/data/cedict_check_officials_s41.u8) imported by the installed script.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import Checker, checker_for
from zhgloss.formats.bilingual import Segment
from zhgloss.store import Glossary

glossary = glossary_fixture("cedict_check_officials_s41.u8")


@pytest.fixture(scope="module")
def checker(glossary: Path) -> Iterator[Checker]:
    """The in-process checker of the module's glossary."""
    with Glossary.open(glossary) as gloss:
        yield checker_for(gloss)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("美国副总统万斯出席了会议。", "US Vice President JD Vance attended the meeting."),
        ("美国副总统万斯出席了会议。", "JD Vance, the US vice president, attended the meeting."),
        ("美國總統特朗普出席了峰會。", "US President Donald Trump attended the summit."),
        ("俄罗斯总统普京出席了峰会。", "Russian President Vladimir Putin attended the summit."),
        ("日本首相石破茂发表讲话。", "Japanese Prime Minister Shigeru Ishiba delivered a speech."),
        ("英国副首相出席了会议。", "The British Deputy Prime Minister attended the meeting."),
        ("俄罗斯副总理出席了论坛。", "A Russian deputy prime minister attended the forum."),
        ("国家副主席韩正会见了外宾。", "Vice President Han Zheng met the foreign guests."),
        ("副总理刘鹤出席论坛。", "Vice Premier Liu He attended the forum."),
        ("中央军委副主席张又侠出席仪式。", "Central Military Commission Vice Chairman Zhang Youxia attended."),
        ("中央军委副主席张又侠出席仪式。", "Zhang Youxia, vice chairman of the Central Military Commission, attended."),
        # a title beside the post's English that is no post of the source's rank: "chief physician" is no title
        ("副主任医师王明出诊。", "Chief physician Wang Ming saw patients."),
        ("副总统万斯会见了国家主席习近平。", "Vice President JD Vance met President Xi Jinping."),
    ],
)
def test_heads_and_their_deputies_pass(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert [line for line in lines if not line.startswith("1: variant ")] == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # R40-17 as filed (the reviewer's rank.tsv line 7, rank2.tsv lines 1 and 3)
        (
            "美国副总统万斯出席会议。",
            "US President Vance attended the meeting.",
            'missing 美国副总统: found "US President", expected "US Vice President"',
        ),
        ("美国总统特朗普出席。", "US Vice President Trump attended.", 'missing 美国总统: found "Vice President"'),
        (
            "中央军委副主席张又侠出席。",
            "Central Military Commission Chairman Zhang Youxia attended.",
            'found "Central Military Commission Chairman", expected "Central Military Commission Vice Chairman"',
        ),
        # the same kind: the other heads, both scripts, a person the glossary lacks
        (
            "日本首相石破茂发表讲话。",
            "Japanese Deputy Prime Minister Shigeru Ishiba delivered a speech.",
            'missing 日本首相: found "Deputy Prime Minister"',
        ),
        (
            "英國副首相出席了會議。",
            "The British Prime Minister attended the meeting.",
            'missing 英國副首相: found "British Prime Minister", expected "British Deputy Prime Minister"',
        ),
        (
            "俄罗斯副总理出席了论坛。",
            "The Russian Prime Minister attended the forum.",
            'missing 俄罗斯副总理: found "Russian Prime Minister", expected "Russian Vice Prime Minister"',
        ),
        (
            "副总理刘鹤出席论坛。",
            "Premier Liu He attended the forum.",
            'missing 副总理: found "Premier", expected "Vice Premier"',
        ),
        (
            "国务院副总理刘鹤出席论坛。",
            "State Council Premier Liu He attended the forum.",
            'found "State Council Premier", expected "State Council Vice Premier"',
        ),
        (
            "副總統賴清德出席。",
            "President Lai Ching-te attended.",
            'missing 副總統: found "President", expected "Vice President"',
        ),
        # a minister's rank stays before the portfolio (fmprc.gov.cn "Vice Foreign Minister")
        ("外交部副部长出席。", "The Foreign Minister attended.", 'expected "Vice Foreign Minister"'),
    ],
)
def test_another_rank_of_a_head_is_another_post(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and line.startswith("1: missing ") for line in lines), lines


def test_a_post_the_glossary_lacks_is_named_by_the_post(checker: Checker) -> None:
    report = checker.check([Segment(1, "副总理刘鹤出席论坛。", "Premier Liu He attended the forum.")])
    (problem,) = report.failing()
    assert (problem.kind, problem.source, problem.expected) == ("missing", "副总理", "Vice Premier")
    assert problem.entry.id == "post-vice-premier"
    assert problem.to_dict()["entry_id"] == "post-vice-premier"


_HEADS = (("总统", "President"), ("首相", "Prime Minister"), ("总理", "Premier"), ("主席", "President"))
_PLACES = (("美国", "US"), ("日本", "Japanese"), ("英国", "British"), ("俄罗斯", "Russian"), ("", ""))


@given(
    head=st.sampled_from(_HEADS),
    place=st.sampled_from(_PLACES),
    source_vice=st.booleans(),
    target_vice=st.sampled_from(["", "Vice ", "Deputy "]),
    person=st.sampled_from([("万斯", "Vance"), ("韩正", "Han Zheng"), ("石破茂", "Shigeru Ishiba")]),
)
def test_a_head_is_its_rank(
    checker: Checker,
    head: tuple[str, str],
    place: tuple[str, str],
    source_vice: bool,
    target_vice: str,
    person: tuple[str, str],
) -> None:
    source = f"{place[0]}{'副' if source_vice else ''}{head[0]}{person[0]}出席了会议。"
    target = f"{place[1]} {target_vice}{head[1]} {person[1]} attended the meeting.".lstrip()
    report = checker.check([Segment(1, source, target)])
    ranked = [p for p in report.failing() if p.note and ("post above it" in p.note or "no such rank" in p.note)]
    assert bool(ranked) == (source_vice != bool(target_vice)), (source, target, report.problems)
    if source_vice and not target_vice:
        # the rank right before the post's own word, after the country
        assert ranked[0].expected.endswith((f"Vice {head[1]}", f"Deputy {head[1]}")), ranked[0]
        assert ranked[0].expected.startswith(place[1]), ranked[0]
