"""A transliteration Xinhua writes with common characters is harvested whole, not cut to the ending whose
characters all have odds (s45, R44-7).

Before, 列支敦士登（Liechtenstein） gave 敦士登 even at the line's start, and 印度尼西亚（Indonesia） gave 尼西亚:
`_transliterated_suffix` takes an ending carved from a run only if its characters average TRANSLIT_INSIDE odds
in translit_odds.tsv (列 0.79, 支 none; 印 and 度 low), so the longest ending it took was the one after them, and
jieba's word 列支 stopped `_name_start_in_prose` going back. Now a longer ending of the run whose sound the English
accounts for clearly better (within TRANSLITERATION_COST, closer by _CROSSING_MARGIN a letter: 列支敦士登 0.28 against
敦士登 0.48; 印度尼西亚 0.21 against 尼西亚 0.47) is the name, as across a break word; the sentence's words before a
name add their letters to the cost and stay out (他访问列支敦士登, 美国总统特朗普).

The names: CC-CEDICT's lines (列支敦士登 Liechtenstein, 印度尼西亚 Indonesia, 多伦多 Toronto, 哥本哈根 Copenhagen,
那不勒斯 Naples, 辛辛那提 Cincinnati).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

CUT_BEFORE = [
    ("列支敦士登（Liechtenstein）是小国。", "列支敦士登"),
    ("他访问了列支敦士登（Liechtenstein）。", "列支敦士登"),
    ("据报道，列支敦士登（Liechtenstein）发表声明。", "列支敦士登"),
    ("他访问列支敦士登（Liechtenstein）。", "列支敦士登"),
    ("印度尼西亚（Indonesia）是群岛国家。", "印度尼西亚"),
    ("据报道，印度尼西亚（Indonesia）发表声明。", "印度尼西亚"),
]
# Right on the parent and still: the sentence's words and titles before a name stay out.
STILL_RIGHT = [
    ("美国总统特朗普（Donald Trump）表示。", "特朗普"),
    ("国务卿布林肯（Antony Blinken）表示。", "布林肯"),
    ("会见普京（Vladimir Putin）。", "普京"),
    ("多伦多（Toronto）很冷。", "多伦多"),
]


def _names(line: str) -> list[str]:
    return [proposal.zh for proposal in harvest(line, [])]


@pytest.mark.parametrize(("line", "zh"), CUT_BEFORE)
def test_a_transliteration_with_common_characters_is_whole(line: str, zh: str) -> None:
    assert _names(line) == [zh]


@pytest.mark.parametrize(("line", "zh"), STILL_RIGHT)
def test_the_words_before_a_name_stay_out(line: str, zh: str) -> None:
    assert _names(line) == [zh]


_BEFORE = ["", "他访问了", "据报道，", "他来自", "总统访问"]
_NAMES = [
    ("列支敦士登", "Liechtenstein"),
    ("印度尼西亚", "Indonesia"),
    ("多伦多", "Toronto"),
    ("哥本哈根", "Copenhagen"),
    ("那不勒斯", "Naples"),
    ("辛辛那提", "Cincinnati"),
]


@given(st.sampled_from(_BEFORE), st.sampled_from(_NAMES))
def test_a_place_after_any_of_these_words_is_whole(before: str, name: tuple[str, str]) -> None:
    zh, en = name
    assert _names(f"{before}{zh}（{en}）。") == [zh]


def test_the_console_script_proposes_liechtenstein_whole(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "empty.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--json"],
        input="列支敦士登（Liechtenstein）是小国。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (proposal,) = json.loads(done.stdout)["proposals"]
    assert (proposal["entry"]["zh"], proposal["entry"]["en"]) == ("列支敦士登", "Liechtenstein")
