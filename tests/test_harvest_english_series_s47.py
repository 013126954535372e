"""The English before a bracket that ends a series joined by "and" is the last name's (s47, R47-13).

Before, "Shares of Alibaba and Pinduoduo (拼多多) fell." proposed (and --add stored) 拼多多 "Alibaba and Pinduoduo",
and one such line spoilt an article's right mentions, merged under the longer English. The English name before a
bracket takes "and" as a link inside a name (Serbia and Montenegro, Ernst and Young). Now, where the Chinese writes
no conjunction nor separator, the last name alone spells the whole Chinese (by its pinyin, or by its sound in three
characters or more: 特斯拉 Tesla) and no name before it is heard in it, the English is the last name. Else the whole
stays: 安永 Ernst and Young and 欧美 Europe and America (a syllable of each name), 标准普尔, 西蒙·舒斯特; and where
the last name is a translation the Chinese does not sound (Baidu and JD.com (京东)), nothing tells.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

TAKEN_BEFORE = [
    ("Shares of Alibaba and Pinduoduo (拼多多) fell.", "拼多多", "Pinduoduo"),  # the review's (R47-13)
    ("Tencent, Meituan and Kuaishou (快手) rose.", "快手", "Kuaishou"),
    ("Nvidia and Huawei (华为) compete for the market.", "华为", "Huawei"),  # mine
    ("Apple and Xiaomi (小米) cut prices.", "小米", "Xiaomi"),
    ("Shares of Apple and Tesla (特斯拉) rose.", "特斯拉", "Tesla"),
]
KEPT = [
    ("Ernst and Young (安永) said.", "安永", "Ernst and Young"),
    ("Europe and America (欧美) said.", "欧美", "Europe and America"),
    ("Standard and Poor's (标准普尔) said.", "标准普尔", "Standard and Poor's"),
    ("Simon and Schuster (西蒙·舒斯特) said.", "西蒙·舒斯特", "Simon and Schuster"),
    ("Serbia and Montenegro (塞尔维亚和黑山) split.", "塞尔维亚和黑山", "Serbia and Montenegro"),
    ("Shares of Pinduoduo (拼多多) rose.", "拼多多", "Pinduoduo"),
]


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh", "en"), TAKEN_BEFORE + KEPT)
def test_the_english_is_the_last_name_of_a_series(line: str, zh: str, en: str) -> None:
    assert _pairs(line) == [(zh, en)]


def test_one_series_line_no_longer_spoils_the_article_s_proposal() -> None:
    text = "Shares of Pinduoduo (拼多多) rose.\nPinduoduo (拼多多) said.\nAlibaba and Pinduoduo (拼多多) fell.\n"
    (proposal,) = [p for p in harvest(text, []) if p.kind == "name"]
    assert (proposal.zh, proposal.en, proposal.lines) == ("拼多多", "Pinduoduo", (1, 2, 3))


_NAMES = [("拼多多", "Pinduoduo"), ("快手", "Kuaishou"), ("华为", "Huawei"), ("小米", "Xiaomi"), ("美团", "Meituan")]


@given(
    st.sampled_from(["Shares of Alibaba and", "Tencent, Baidu and", "Both Apple and", "The deal between Geely and"]),
    st.sampled_from(_NAMES),
)
def test_a_pinyin_name_after_and_is_the_english(lead: str, name: tuple[str, str]) -> None:
    zh, en = name
    assert _pairs(f"{lead} {en} ({zh}) rose.") == [(zh, en)]


def test_the_console_script_stores_the_last_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="Shares of Alibaba and Pinduoduo (拼多多) fell.\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert [(entry["zh"], entry["en"]) for entry in stored] == [("拼多多", "Pinduoduo")]
