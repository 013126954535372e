"""The Chinese before a bracket is the whole name, even where a glossary entry sits at its head or tail (s48, the
review's R47-3 addenda).

Before: 国家市场监督管理总局（SAMR） proposed 监督管理总局 (a government organ's ending, 总局, was no organisation's,
so the words 国家|市场 went as prose); 红杉中国（HongShan） proposed 中国 (the glossary's place at the tail taken as
the whole name); 台湾大哥大（Taiwan Mobile） and 江南造船厂（Jiangnan Shipyard） proposed the glossary's place at the
head as a person (大哥大, 造船厂 read as words after a person's name: R37-22's rule), so `--add` stored nothing.
Now: 总局 总署 管理局 办公室 end an organisation's name (`_ORG_SUFFIXES`), a title before one of them alone
with it (总统办公室); a glossary form at the tail is the name
only where the English spells none of the characters before it (`_english_spells_before`: "HongShan" spells
红杉); an English whose first word spells a
name inside the run and goes on with words of its own translates the rest of the run (`_spells_then_translates`).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest
from zhgloss.model import Entry

GLOSSARY = [
    Entry(id="zhongguo", type="place", zh="中国", en="China"),
    Entry(id="taiwan", type="place", zh="台湾", en="Taiwan"),
    Entry(id="geda", type="org", zh="哥大", en="Columbia University"),
    Entry(id="jiangnan", type="place", zh="江南", en="Jiangnan"),
    Entry(id="beijing", type="place", zh="北京", en="Beijing"),
    Entry(id="mayun", type="person", zh="马云", en="Jack Ma"),
    Entry(id="tengxun", type="org", zh="腾讯", en="Tencent"),
    Entry(id="fuyu", type="place", zh="富裕", en="Fuyu"),
]

WHOLE = [
    ("国家市场监督管理总局（SAMR）发布公告。", "国家市场监督管理总局"),  # the review's
    ("国家税务总局（STA）发布公告。", "国家税务总局"),
    ("国务院新闻办公室（SCIO）举行发布会。", "国务院新闻办公室"),
    ("该公司由红杉中国（HongShan）领投。", "红杉中国"),  # the review's
    ("台湾大哥大（Taiwan Mobile）宣布涨价。", "台湾大哥大"),  # the review's
    ("江南造船厂（Jiangnan Shipyard）下水一艘新船。", "江南造船厂"),  # the review's
    ("台湾积体电路（Taiwan Semiconductor）宣布扩产。", "台湾积体电路"),
    # rev's R48-4 (a brand's trade word after its name, the English translating it): the parent proposed the
    # person 安踏 with the role 体育, the person 老铺 with the role 黄金.
    ("分析人士认为，安踏体育（Anta Sports）的扩张速度很快。", "安踏体育"),
    ("据报道，老铺黄金（Laopu Gold）第三季度营收增长。", "老铺黄金"),
    # A title before an organisation's word alone: whose office it is (the parent proposed 公室).
    ("总统办公室（Office of the President）发表声明。", "总统办公室"),
    ("秘书长办公室（Office of the Secretary-General）发表声明。", "秘书长办公室"),
]
# The glossary's form is the name: the whole run, after a sentence word or a title, or heard in the English.
KNOWN = [
    ("中国首都北京（Beijing）迎来降雪。", "北京"),
    ("阿里巴巴创始人马云（Jack Ma）表示。", "马云"),
    ("他买入腾讯（Tencent）。", "腾讯"),
    ("台湾（Taiwan）发布数据。", "台湾"),
]


def _names(line: str, glossary: list[Entry]) -> list[str]:
    return [p.zh or "" for p in harvest(line, glossary) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh"), WHOLE)
def test_the_whole_name_is_proposed(line: str, zh: str) -> None:
    assert _names(line, GLOSSARY) == [zh]


@pytest.mark.parametrize(("line", "zh"), WHOLE)
def test_the_whole_name_is_proposed_with_no_glossary_too(line: str, zh: str) -> None:
    assert _names(line, []) == [zh]


@pytest.mark.parametrize(("line", "zh"), KNOWN)
def test_a_glossary_form_that_is_the_name_is_known(line: str, zh: str) -> None:
    (found,) = [p for p in harvest(line, GLOSSARY) if p.kind == "name"]
    assert (found.zh, found.status) == (zh, "known")


def test_a_word_after_a_persons_name_is_still_cut() -> None:
    # R37-22: the English is the name alone, so 医生 is a word after it.
    assert _names("张文宏医生（Zhang Wenhong）表示。", []) == ["张文宏"]


# Heads the English spells (its pinyin), before a glossary form it does not: the name is the whole run.
_HEADS = [("红杉", "HongShan"), ("宁德", "Ningde"), ("华润", "Huarun"), ("蓝海", "Lanhai"), ("小红", "Xiaohong")]


@given(
    st.sampled_from(_HEADS),
    st.sampled_from([("中国", "China"), ("富裕", "Fuyu")]),
    st.sampled_from(["", " Capital", " Group"]),
    st.sampled_from(["", "该公司由", "据报道，"]),
)
def test_a_glossary_form_at_the_tail_is_no_name_the_english_does_not_say(
    head: tuple[str, str], tail: tuple[str, str], word: str, lead: str
) -> None:
    zh = head[0] + tail[0]
    line = f"{lead}{zh}（{head[1]}{word}）宣布。"
    assert tail[0] not in _names(line, GLOSSARY), line


def test_the_console_script_stores_the_whole_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    added = subprocess.run(
        [zhgloss_exe, "--db", str(db), "add", "台湾", "--en", "Taiwan", "--type", "place"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="台湾大哥大（Taiwan Mobile）宣布涨价。\n国家市场监督管理总局（SAMR）发布公告。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert sorted((entry["zh"], entry["en"]) for entry in stored) == [
        ("台湾", "Taiwan"),
        ("台湾大哥大", "Taiwan Mobile"),
        ("国家市场监督管理总局", "SAMR"),
    ]
