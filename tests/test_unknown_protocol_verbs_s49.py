"""The right edge of a name the glossary lacks, in official copy (the forty-ninth session's review, R49-11, R49-12).

- R49-11: a verb of official and diplomatic copy right after a person's name (陪同, 慰问, 会晤, 致电 …:
  `zhgloss.namecontext.PROTOCOL_VERBS`) ends the name, as 表示 does: 总理李强陪同 was read 李强陪〔Lǐ Qiángpéi?〕,
  and `harvest --unknown` proposed 张伟陪 "Zhang Weipei".
- R49-30: after a title, a name whose first given character seldom starts one (在 of 李在明, Lee Jae-myung), which
  the scan skips, is read as `_score` weighs it.
- R49-12: a transliterated name of three characters or more right after a title ends where its run of
  transliteration characters does, when what follows is a word of its own that no transliteration holds and then a
  character no given name holds: 乌克兰总统泽连斯基未获邀请 was read 连斯基 "Lian Siji" (a Chinese name inside it).

The finder alone, with its bundled statistics (no glossary: every name here is unknown to it), and the installed
console script on a real file.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.namecontext import PROTOCOL_VERBS, VERBS_AFTER
from zhgloss.unknown import NameFinder


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder()


FINDER = NameFinder()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("总理李强陪同。", ["李强"]),  # the review's lines: was 李强陪
        ("市长张伟陪同考察。", ["张伟"]),  # was 张伟陪
        ("国务委员兼外长王毅陪同习近平出访。", ["王毅"]),  # was 王毅陪 (习 starts a name only after a title)
        ("总理李强慰问了受灾群众。", ["李强"]),  # was 李强慰 (慰 is a given name's character too)
        ("省长刘洋看望了一线医护人员。", ["刘洋"]),
        ("部长陈静会晤了美国代表团。", ["陈静"]),
        ("外长王毅通话时表示", ["王毅"]),
    ],
)
def test_a_verb_of_official_copy_ends_the_name_before_it(finder: NameFinder, text: str, names: list[str]) -> None:
    assert [found.surface for found in finder.find(text)] == names


_NAMES = [
    "李强",
    "王毅",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄勇",
    "周杰",
    "吴敏",
    "孙丽",
    "何平",
    "王小明",
    "李建国",
]
_TITLES = ["总理", "外长", "市长", "主席", "部长", "国务委员兼外长", "董事长"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_TITLES), st.sampled_from(_NAMES), st.sampled_from(PROTOCOL_VERBS))
def test_after_a_title_a_name_before_a_verb_of_official_copy_is_the_name_alone(
    title: str, name: str, verb: str
) -> None:
    text = f"{title}{name}{verb}了代表团。"
    start = len(title)
    assert [(f.start, f.end) for f in FINDER.find(text)] == [(start, start + len(name))], text


def test_the_verbs_of_official_copy_are_no_verbs_of_annotates_word_rules() -> None:
    # They are the finder's own: annotate's rules read VERBS_AFTER as the verbs of a subject (上海欢迎你 is the city).
    assert not set(PROTOCOL_VERBS) & set(VERBS_AFTER)
    assert len(set(PROTOCOL_VERBS)) == len(PROTOCOL_VERBS)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("乌克兰总统泽连斯基未获邀请。", ["泽连斯基"]),  # the review's line: was 连斯基
        ("总统泽连斯基未获邀请，", ["泽连斯基"]),
        ("国务卿鲁比奥未获邀请。", ["鲁比奥"]),
    ],
)
def test_a_transliterated_name_after_a_title_ends_where_its_run_ends(
    finder: NameFinder, text: str, names: list[str]
) -> None:
    assert [found.surface for found in finder.find(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("演员斯琴高娃凭借《似水流年》获奖。", "斯琴"),  # 高娃 reads as a name's rest: the run 斯琴 is no whole name
        ("总统马英九未出席。", "马英"),  # a Chinese name reaching past the run wins
    ],
)
def test_no_run_is_cut_where_what_follows_goes_on_as_a_name(finder: NameFinder, text: str, name: str) -> None:
    assert name not in [found.surface for found in finder.find(text)]


def test_harvest_unknown_proposes_the_names_whole(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "protocol.txt"
    article.write_text("市长张伟陪同考察。\n乌克兰总统泽连斯基未获邀请。\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "harvest", str(article), "--unknown"], capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == 0, done.stderr
    proposed = [line.split("\t")[1] for line in done.stdout.splitlines() if line.count("\t") >= 3]
    assert proposed == ["张伟", "泽连斯基"]
    assert "Weipei" not in done.stdout and "Lian Siji" not in done.stdout


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("韩国总统李在明在首尔会谈。", ["李在明"]),  # the review's R49-30: 在 seldom starts a given name
        ("韩国总统李在明表示。", ["李在明"]),
        ("前总统文在寅表示。", ["文在寅"]),
        ("主席李在北京出席会议。", []),  # 在 "in": no name of it
        ("市长王在会上讲话。", []),
        ("董事长刘在此前表示。", []),
    ],
)
def test_after_a_title_a_given_name_of_a_rare_first_character_is_read(
    finder: NameFinder, text: str, names: list[str]
) -> None:
    assert [found.surface for found in finder.find(text)] == names
