"""The Chinese in a bracket after an English name is cut at the title before the name (s48, the review's R48-21).

Taiwan and Hong Kong English copy writes the Chinese title with the name in the bracket: "Vice President Hsiao
Bi-khim (副總統蕭美琴)". harvest took the bracket's Chinese whole and `--add` stored the person 副总统萧美琴 (pinyin "Fù
Zǒngtǒngxiāoměiqín"), which lookup and annotate never find as 萧美琴. Now a title zhgloss knows at the end of the
words before the name (`_title_then_name`: `_ZH_TITLES` and the office heads, after their own first words) ends
them; the name is what the English spells or opens with a surname, the title the role where the English gives none.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

CUT = [
    # The review's four.
    ("Vice President Hsiao Bi-khim (副總統蕭美琴) attended.", "萧美琴", "蕭美琴", "Vice President"),
    ("Premier Cho Jung-tai (行政院長卓榮泰) said.", "卓荣泰", "卓榮泰", "Premier"),
    ("TSMC Chairman C.C. Wei (台積電董事長魏哲家) said.", "魏哲家", None, "TSMC Chairman"),
    ("Lei Jun (小米创始人雷军) said.", "雷军", None, "小米创始人"),
    ("Zhang Yiming (字节跳动创始人张一鸣) said.", "张一鸣", None, "字节跳动创始人"),
]
AS_BEFORE = [
    ("Lei Jun (雷军) said.", "雷军"),
    ("Li Ka-shing (李嘉诚) said.", "李嘉诚"),
    ("Jay Chou (周杰伦) sang.", "周杰伦"),
]


@pytest.mark.parametrize(("line", "zh", "hant", "role"), CUT)
def test_the_title_is_cut_off_and_is_the_role(line: str, zh: str, hant: str | None, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.type, [r.title for r in found.entry.roles]) == (zh, "person", [role])
    if hant is not None:
        assert found.entry.zh_hant == hant  # the traditional form as written, without its title


@pytest.mark.parametrize(("line", "zh"), AS_BEFORE)
def test_a_bracket_of_the_name_alone_is_as_before(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, []) if p.kind == "name"] == [zh]


_TITLES = ["副总统", "董事长", "小米创始人", "外交部发言人", "国务院总理", "行政院长"]
_PEOPLE = [("雷军", "Lei Jun"), ("毛宁", "Mao Ning"), ("王传福", "Wang Chuanfu"), ("萧美琴", "Hsiao Bi-khim")]


@given(st.sampled_from(_TITLES), st.sampled_from(_PEOPLE), st.sampled_from(["said.", "attended the meeting."]))
def test_no_title_is_stored_in_the_name(title: str, person: tuple[str, str], end: str) -> None:
    zh, en = person
    (found,) = [p for p in harvest(f"{en} ({title}{zh}) {end}", []) if p.kind == "name"]
    assert (found.zh, [r.title for r in found.entry.roles]) == (zh, [title])


def test_the_console_script_stores_the_name_alone(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="Vice President Hsiao Bi-khim (副總統蕭美琴) attended.\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())
    assert [(e["zh"], e["en"], [r["title"] for r in e["roles"]]) for e in stored] == [
        ("萧美琴", "Hsiao Bi-khim", ["Vice President"])
    ]
