"""A conjunction before a name the glossary lacks joins it to what comes before, it is not part of it (s47, R47-3).

Before, in Chinese copy an organisation with its English in brackets was taken with everything back to the last
punctuation: 库克与软银集团（SoftBank Group） proposed (and `--add` stored) 库克与软银集团 "SoftBank Group", and so did
他与, 双方和, 阿里巴巴及 and "萨姆·奥尔特曼（Sam Altman）与软银集团（SoftBank Group）" (与软银集团). The rule that
kept 和 of 长江和记实业 (CK Hutchison: 长江|和|记|实业, "a name after 'and' starts on a word or a surname, never on
a lone syllable") read jieba's cut of 软银 (软|银) as such a lone syllable. Now a conjunction after a pronoun or a
break character joins two names whatever follows; after a word of two characters or more it opens a name only where
it and the syllable after it open one CC-CEDICT lists (data/conjunction_names.txt: 和记 of 和记黄埔); opening a
clause or right after another name's bracket it is the sentence's; after a lone syllable it stays the name's
(信和置业, 必和必拓, 温得和克, 罪与罚).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import conjunction_names, harvest
from zhgloss.model import Entry

# (line, the names harvest proposes): the conjunction, and what came before it, were part of the name on the parent.
TAKEN_BEFORE = [
    ("库克与软银集团（SoftBank Group）会面。", ["软银集团"]),  # the review's (R47-3)
    ("他与软银集团（SoftBank Group）会面。", ["软银集团"]),
    ("双方和软银集团（SoftBank Group）签署协议。", ["软银集团"]),
    ("阿里巴巴及软银集团（SoftBank Group）均表示看好。", ["软银集团"]),
    ("萨姆·奥尔特曼（Sam Altman）与软银集团（SoftBank Group）董事长孙正义会面。", ["萨姆·奥尔特曼", "软银集团"]),
    # Mine: after a break character, at a clause's start, after another name's bracket, other names.
    ("亚马逊也与软银集团（SoftBank Group）洽谈。", ["软银集团"]),
    ("他们都与软银集团（SoftBank Group）有合作。", ["软银集团"]),
    ("昨日，与软银集团（SoftBank Group）合作。", ["软银集团"]),
    ("昨日，和英迪格酒店（Hotel Indigo）签约。", ["英迪格酒店"]),
    ("苹果和英迪格酒店（Hotel Indigo）合作。", ["英迪格酒店"]),
    ("亚马逊也与联通（China Unicom）洽谈。", ["联通"]),
    (
        "软银集团（SoftBank Group）与阿布扎比投资局（Abu Dhabi Investment Authority）合作。",
        ["软银集团", "阿布扎比投资局"],
    ),
]
# Right on the parent and still: a conjunction that is a syllable of the name, a name CC-CEDICT lists with it, and
# a second name after a conjunction that jieba's counts read as a word.
KEPT = [
    ("長江和記實業（CK Hutchison）公布業績。", ["长江和记实业"]),
    ("和記電訊（Hutchison Telecommunications）公布業績。", ["和记电讯"]),
    ("和黄（CK Hutchison）宣布。", ["和黄"]),
    ("信和置业（Sino Land）股价上涨。", ["信和置业"]),
    ("必和必拓（BHP Billiton）宣布。", ["必和必拓"]),
    ("他访问了温得和克（Windhoek）。", ["温得和克"]),
    ("他读了罪与罚（Crime and Punishment）。", ["罪与罚"]),
    ("和达清夫（Wadati Kiyoō）是地震学家。", ["和达清夫"]),
    ("他到了和歌山县（Wakayama Prefecture）。", ["和歌山县"]),
    ("昨日，与谢野晶子（Yosano Akiko）的诗。", ["与谢野晶子"]),
    ("他同软银集团（SoftBank Group）会面。", ["软银集团"]),
    ("马云与孙正义（Masayoshi Son）会面。", ["孙正义"]),
    ("他和林书豪（Jeremy Lin）合影。", ["林书豪"]),
    ("腾讯与拼多多（Pinduoduo）竞争。", ["拼多多"]),
]


def _names(line: str, entries: list[Entry] | None = None) -> list[str]:
    return [p.zh or "" for p in harvest(line, entries or []) if p.kind == "name"]


@pytest.mark.parametrize(("line", "names"), TAKEN_BEFORE)
def test_a_conjunction_before_a_name_stays_out_of_it(line: str, names: list[str]) -> None:
    assert _names(line) == names


@pytest.mark.parametrize(("line", "names"), KEPT)
def test_a_conjunction_of_the_name_stays_in_it(line: str, names: list[str]) -> None:
    assert _names(line) == names


def test_a_glossary_name_before_the_conjunction_is_no_part_of_the_new_name() -> None:
    # As the review ran it: a glossary holding 库克 and 阿里巴巴 (a CC-CEDICT import does).
    known = [
        Entry(id="kuke", zh="库克", en="Cook", type="person"),
        Entry(id="alibaba", zh="阿里巴巴", en="Alibaba", type="org"),
    ]
    assert _names("库克与软银集团（SoftBank Group）会面。", known) == ["软银集团"]
    assert _names("阿里巴巴及软银集团（SoftBank Group）均表示看好。", known) == ["软银集团"]


_BEFORE = [
    "他与",
    "她和",
    "我们及",
    "双方与",
    "库克和",
    "阿里巴巴与",
    "亚马逊也与",
    "昨日，与",
    "（Apple）和",
    "他们都和",
]
_NAMES = [
    ("软银集团", "SoftBank Group"),
    ("英迪格酒店", "Hotel Indigo"),
    ("拼多多", "Pinduoduo"),
    ("黑石集团", "Blackstone Group"),
    ("红杉资本", "Sequoia Capital"),
    ("贝莱德", "BlackRock"),
    ("阿布扎比投资局", "Abu Dhabi Investment Authority"),
    ("中国移动通信", "China Mobile"),
]


@given(st.sampled_from(_BEFORE), st.sampled_from(_NAMES), st.sampled_from(["会面。", "达成协议。", "的合作"]))
def test_no_span_holds_the_word_before_the_name(before: str, name: tuple[str, str], after: str) -> None:
    zh, en = name
    line = f"{before}{zh}（{en}）{after}"
    proposed = [p.zh for p in harvest(line, []) if p.kind == "name" and p.en == en]
    assert proposed == [zh], line


def test_the_names_a_conjunction_opens_are_cc_cedict_s() -> None:
    names = conjunction_names()
    assert {"和记黄埔", "和記黃埔", "和硕", "和田", "和达清夫"} <= names
    assert all(len(name) >= 2 and name[0] in "和与與及" for name in names)
    assert not any(name[0] in "与與及" for name in names)  # CC-CEDICT lists none: a clause's 与 is the sentence's


def test_the_console_script_stores_the_name_without_the_conjunction(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    added = subprocess.run(
        [zhgloss_exe, "--db", str(db), "add", "阿里巴巴", "--type", "org", "--en", "Alibaba", "--yes"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="库克与软银集团（SoftBank Group）会面。\n阿里巴巴及英迪格酒店（Hotel Indigo）签约。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert sorted((entry["zh"], entry["en"], entry["type"]) for entry in stored) == [
        ("英迪格酒店", "Hotel Indigo", "name"),
        ("软银集团", "SoftBank Group", "org"),
        ("阿里巴巴", "Alibaba", "org"),
    ]
    assert "与" not in db.read_text(encoding="utf-8")
