"""`zhgloss check` compares a post before a person with the post the translation writes (issue 9; rel, forty-second
session): the review's R41-12 (美国总统拜登 / "US Prime Minister Biden" passed: only the rank was compared) and the
posts of legislatures and states with their deputies (议长 / 副议长, 州长 / 副州长), each a class.

- A post of `check._POSTS` the translation writes as another post of the table is `missing`, the note naming what the
  source's post is (总统 "President", 首相 "Prime Minister", 总理 "Premier", "Prime Minister" or a German or Austrian
  "Chancellor", 议长 "Speaker", 州长 "Governor" or an Australian state's "Premier"); the posts of one line are paired
  with their own English first, so two posts written in another order pass.
- A word that names no one post ("Chinese leader Xi Jinping") and a post the table lacks (总督 "Governor-General") are
  no failure.
- 副州长 is a US state's "Lieutenant Governor" (CC-CEDICT: "lieutenant governor of US state") or a "Deputy Governor",
  "Deputy Premier"; 副议长 a "Deputy Speaker" or "Vice Speaker": the post above them, or a rank the source lacks, is
  another post.

Sources of the renderings: Xinhua's English service ("U.S. President Joe Biden", "German Chancellor Olaf Scholz",
"Austrian Chancellor Karl Nehammer", "Italian Prime Minister Giorgia Meloni", "Indian Prime Minister Narendra Modi",
"French President Emmanuel Macron", "Iranian Parliament Speaker Mohammad Bagher Qalibaf", "European Parliament
President Roberta Metsola"), AP ("U.S. Defense Secretary Lloyd Austin"), gov.hk ("Secretary for Security"), nsw.gov.au
("Premier", "Deputy Premier"), the State of California's ("Lieutenant Governor"). The glossary: real CC-CEDICT lines
(tests/data/cedict_check_posts_s42.u8) imported by the installed script.
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

glossary = glossary_fixture("cedict_check_posts_s42.u8")


@pytest.fixture(scope="module")
def checker(glossary: Path) -> Iterator[Checker]:
    """The in-process checker of the module's glossary."""
    with Glossary.open(glossary) as gloss:
        yield checker_for(gloss)


def _failing(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("1: variant ")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("美国总统拜登出席了峰会。", "U.S. President Joe Biden attended the summit."),
        ("德国总理朔尔茨访问北京。", "German Chancellor Olaf Scholz visited Beijing."),
        ("奥地利总理内哈默访问北京。", "Austrian Chancellor Karl Nehammer visited Beijing."),
        ("意大利总理梅洛尼访问北京。", "Italian Prime Minister Giorgia Meloni visited Beijing."),
        ("印度總理莫迪抵達北京。", "Indian Prime Minister Narendra Modi arrived in Beijing."),
        (
            "法国总统马克龙与德国总理举行会谈。",
            "French President Emmanuel Macron held talks with the German Chancellor.",
        ),
        # two posts written in the other order are each its own
        (
            "法国总统马克龙与德国总理举行会谈。",
            "The German Chancellor held talks with French President Emmanuel Macron.",
        ),
        ("美国总统拜登会见了印度总理莫迪。", "U.S. President Joe Biden met Indian Prime Minister Narendra Modi."),
        ("欧洲议会议长梅措拉出席会议。", "European Parliament President Roberta Metsola attended the meeting."),
        ("伊朗议长卡利巴夫发表讲话。", "Iranian Parliament Speaker Mohammad Bagher Qalibaf delivered a speech."),
        ("新南威尔士州州长明斯访问上海。", "New South Wales Premier Chris Minns visited Shanghai."),
        ("美国国防部长奥斯汀抵达新加坡。", "U.S. Defense Secretary Lloyd Austin arrived in Singapore."),
        ("香港保安局局长邓炳强表示。", "Hong Kong's Secretary for Security Chris Tang said."),
        # a word that names no one post, a post the table lacks
        ("国家主席习近平出席会议。", "Chinese leader Xi Jinping attended the meeting."),
        ("澳大利亚总督莫斯廷出席仪式。", "Australian Governor-General Sam Mostyn attended the ceremony."),
        # the deputies of a state's and a legislature's head
        ("加利福尼亞州副州長出席了儀式。", "The Lieutenant Governor of California attended the ceremony."),
        ("加利福尼亚州副州长库纳拉基斯出席。", "California Lieutenant Governor Eleni Kounalakis attended."),
        ("新南威尔士州副州长卡尔出席。", "New South Wales Deputy Premier Prue Car attended."),
        ("伊朗议会副议长尼克扎德出席。", "Iranian Parliament Deputy Speaker Ali Nikzad attended."),
        ("伊朗议会副议长尼克扎德出席。", "Iranian Parliament Vice Speaker Ali Nikzad attended."),
        ("欧洲议会副议长出席会议。", "A European Parliament Vice-President attended the meeting."),
    ],
)
def test_each_post_in_its_own_english_passes(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert _failing(check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # R41-12 as filed
        (
            "美国总统拜登出席了峰会。",
            "US Prime Minister Joe Biden attended the summit.",
            'missing 美国总统: found "US Prime Minister", expected "US President"',
        ),
        # the same kind: every head, both scripts, a title in lower case after the name, two posts in one line
        (
            "美國總統拜登出席了峰會。",
            "Joe Biden, the US prime minister, attended the summit.",
            'missing 美國總統: found "US prime minister", expected "US president"',
        ),
        (
            "英国首相斯塔默在伦敦发表讲话。",
            "British President Keir Starmer spoke in London.",
            'missing 英国首相: found "British President", expected "British Prime Minister"',
        ),
        ("德国总理朔尔茨访问北京。", "German President Olaf Scholz visited Beijing.", 'found "German President"'),
        (
            "意大利总理梅洛尼访问北京。",
            "Italian President Giorgia Meloni visited Beijing.",
            'found "Italian President"',
        ),
        (
            "法国总统马克龙与德国总理举行会谈。",
            "French Prime Minister Emmanuel Macron held talks with the German Chancellor.",
            'missing 法国总统: found "French Prime Minister", expected "French President"',
        ),
        (
            "国务院总理李强会见外宾。",
            "President Li Qiang met the foreign guests.",
            'found "President", expected "Premier"',
        ),
        # R42-8: the post the holder's country gives it is the one expected
        (
            "德国总理朔尔茨访华。",
            "German President Scholz visits China.",
            'missing 德国总理: found "German President", expected "German Chancellor"',
        ),
        ("奥地利总理访华。", "Austrian President visits China.", 'expected "Austrian Chancellor"'),
        ("印度总理莫迪抵达北京。", "Indian President Narendra Modi arrived.", 'expected "Indian Prime Minister"'),
        ("伊朗议长卡利巴夫发表讲话。", "Iranian Minister Mohammad Bagher Qalibaf spoke.", 'found "Iranian Minister"'),
        (
            "新南威尔士州州长明斯访问上海。",
            "New South Wales Prime Minister Chris Minns visited Shanghai.",
            'missing 新南威尔士州州长: found "New South Wales Prime Minister"',
        ),
        # the deputies: the post above, a rank the source lacks
        (
            "加利福尼亚州副州长库纳拉基斯出席。",
            "California Governor Eleni Kounalakis attended.",
            'found "California Governor", expected "California Deputy Governor"',
        ),
        (
            "伊朗议会副议长尼克扎德出席。",
            "Iranian Parliament Speaker Ali Nikzad attended.",
            'expected "Iranian Parliament Deputy Speaker"',
        ),
        ("伊朗议长卡利巴夫发表讲话。", "Iranian Deputy Speaker Mohammad Bagher Qalibaf spoke.", "has no such rank"),
    ],
)
def test_another_post_is_missing(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and line.startswith("1: missing ") for line in lines), lines


# Each post with the English its holders are given in wire copy, and a country whose holder it is.
_HEADS = {
    "总统": ("President",),
    "首相": ("Prime Minister", "Premier"),
    "总理": ("Prime Minister", "Premier", "Chancellor"),
    "议长": ("Speaker", "President"),
    "州长": ("Governor", "Premier"),
}
_ENGLISH = sorted({e for english in _HEADS.values() for e in english} | {"Minister", "Mayor", "Secretary-General"})


@given(
    head=st.sampled_from(sorted(_HEADS)),
    written=st.sampled_from(_ENGLISH),
    person=st.sampled_from([("拜登", "Joe Biden"), ("莫迪", "Narendra Modi"), ("王明", "Wang Ming")]),
    place=st.sampled_from([("美国", "US"), ("印度", "Indian"), ("", "")]),
)
def test_a_post_is_its_own_english(
    checker: Checker, head: str, written: str, person: tuple[str, str], place: tuple[str, str]
) -> None:
    source = f"{place[0]}{head}{person[0]}出席了会议。"
    target = f"{place[1]} {written} {person[1]} attended the meeting.".lstrip()
    report = checker.check([Segment(1, source, target)])
    other = [p for p in report.failing() if p.note and "writes another post" in p.note]
    assert bool(other) == (written not in _HEADS[head]), (source, target, report.problems)
    if other:
        assert other[0].kind == "missing"
        assert other[0].expected.endswith(_HEADS[head][0]), other[0]


def test_a_post_the_glossary_lacks_is_named_by_the_post(checker: Checker) -> None:
    report = checker.check([Segment(1, "总统王明出席。", "Prime Minister Wang Ming attended.")])
    (problem,) = report.failing()
    assert (problem.kind, problem.source, problem.expected) == ("missing", "总统", "President")
    assert problem.entry.id == "post-president"


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # R42-8 as filed: 总理 of Germany or Austria is its Chancellor; of the State Council, the Premier
        ("德国总理朔尔茨访华。", "German Prime Minister Scholz visits China.", 'expected "German Chancellor"'),
        ("德國總理朔爾茨訪華。", "German Premier Scholz visits China.", 'expected "German Chancellor"'),
        ("奥地利总理内哈默访华。", "Austrian Prime Minister Karl Nehammer visits China.", "Austrian Chancellor"),
        ("国务院总理李强会见外宾。", "Prime Minister Li Qiang met the foreign guests.", 'expected "Premier"'),
    ],
)
def test_a_post_in_another_countrys_english_warns(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and line.startswith("1: variant ") for line in lines), lines


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("德国总理朔尔茨访华。", "German Chancellor Scholz visits China."),
        ("国务院总理李强会见外宾。", "Premier Li Qiang met the foreign guests."),
        ("印度总理莫迪抵达北京。", "Indian Premier Narendra Modi arrived in Beijing."),
    ],
)
def test_a_post_in_its_countrys_english_says_nothing(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert [line for line in check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) if "总理" in line] == []
