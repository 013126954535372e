"""harvest: a wire story's dateline is no part of the role before the first name (s30, user U30-5).

Wire copy opens with a dateline, PLACE[, region][, date] (Agency), and a dash the agency writes its own way: Reuters
" - ", AFP " - ", AP " — " (or " -- " in plain text), Bloomberg, Xinhua, Kyodo and Yonhap " -- ", Xinhua's web copy
"--" unspaced, a bureau without an agency "SHENZHEN, China -- ". The lower-case words before the first name are its
role ("Hong Kong leader John Lee"); they were read back to punctuation only, so a hyphen dash and the dateline's
region went into the role ("- Hong Kong leader", "China -- DJI founder") and `--add` stored it. The lines are the
agencies' shapes, with the people in the news they name in those words.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest

DATELINES = [
    ("HONG KONG (Reuters) - Hong Kong leader John Lee (李家超) said on Tuesday.", "李家超", "Hong Kong leader"),
    ("Taipei (AFP) - Opposition leader Huang Kuo-chang (黃國昌) called for a recall.", "黄国昌", "Opposition leader"),
    ("SHENZHEN, China -- DJI founder Frank Wang (汪滔) declined to comment.", "汪滔", "DJI founder"),
    ("Beijing (AFP) - Chinese tennis star Zheng Qinwen (郑钦文) won.", "郑钦文", "Chinese tennis star"),
    ("BEIJING (AP) -- Chinese leader Xi Jinping (习近平) met the visitors.", "习近平", "Chinese leader"),
    ("(Bloomberg) -- Pinduoduo founder Colin Huang (黄峥) stepped down.", "黄峥", "Pinduoduo founder"),
    (
        "BEIJING, Dec. 4 (Xinhua) -- Chinese vice premier He Lifeng (何立峰) met the delegation.",
        "何立峰",
        "Chinese vice premier",
    ),
    ("BEIJING, Dec. 4 (Xinhua)--Senior legislator Zhao Leji (赵乐际) urged efforts.", "赵乐际", "Senior legislator"),
    ("TOKYO, Dec. 4 (Kyodo) -- Chinese envoy Wu Jianghao (吴江浩) was summoned.", "吴江浩", "Chinese envoy"),
    ("SEOUL, Dec. 4 (Yonhap) -- Chinese ambassador Dai Bing (戴兵) met the minister.", "戴兵", "Chinese ambassador"),
    ("HONG KONG - Hong Kong leader John Lee (李家超) said the city would recover.", "李家超", "Hong Kong leader"),
    # Kept: the shapes that came out right, and a hyphen inside a word.
    ("SHANGHAI (AP) — Auto executive He Xiaopeng (何小鹏) said the company would expand.", "何小鹏", "Auto executive"),
    ("HONG KONG, Dec 3 (Bloomberg) -- Billionaire Peter Woo (吳光正) stepped down.", "吴光正", "Billionaire"),
    ("Alibaba co-founder Joe Tsai (蔡崇信) said.", "蔡崇信", "Alibaba co-founder"),
]


@pytest.mark.parametrize(("line", "zh", "role"), DATELINES)
def test_a_dateline_is_no_part_of_the_role(line: str, zh: str, role: str) -> None:
    found = [p for p in harvest(line, []) if p.zh == zh]
    assert [r.title for p in found for r in p.entry.roles] == [role]


def test_a_past_role_after_a_dateline_is_past() -> None:
    # "- Former premier" read as one role was no past role, and became a current one.
    [found] = harvest("BEIJING, Dec 4 (Reuters) - Former premier Wen Jiabao (温家宝) attended the ceremony.", [])
    assert found.entry.roles == ()
    assert "'Former premier'" in (found.entry.note or "")


def test_harvest_add_stores_the_role_without_the_dateline(
    tmp_path: Path, glossary_path: Path, zhgloss_exe: str
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("\n".join(line for line, _, _ in DATELINES) + "\n", encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(glossary_path), "harvest", str(article), "--add", "--yes"],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    stored = json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()
    roles = {e["zh"]: [r["title"] for r in e["roles"]] for e in stored if e["type"] == "person"}
    for _, zh, role in DATELINES:
        assert roles[zh] == [role], zh
