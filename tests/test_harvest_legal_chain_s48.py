"""A company's everyday English loses its whole legal-form chain (s48, the review's R47-23).

harvest writes a company's English as news copy does, its legal form an alias (`_everyday_name`). It left Co. and
Corp. on as words copy keeps ("Ford Motor Co"), and so kept half of a "Co., Ltd." chain: "Contemporary Amperex
Technology Co", "Huawei Technologies Co.", "BYD Co", "Zhejiang Geely Holding Group Co." (4 of the review's 4). Now
a Co., Company, Corp. or Corporation before the legal form copy leaves off goes with it; alone it stays, as before.
The text's form is kept as an alias.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

CHAINS = [
    # The review's four, in its Chinese copy's shape.
    (
        "宁德时代（Contemporary Amperex Technology Co., Ltd.）发布财报。",
        "Contemporary Amperex Technology",
        "Contemporary Amperex Technology Co., Ltd.",
    ),
    (
        "华为技术有限公司（Huawei Technologies Co., Ltd.）发布新机。",
        "Huawei Technologies",
        "Huawei Technologies Co., Ltd.",
    ),
    ("比亚迪股份有限公司（BYD Co., Ltd.）发布新车。", "BYD", "BYD Co., Ltd."),
    (
        "浙江吉利控股集团有限公司（Zhejiang Geely Holding Group Co., Ltd.）发布新车。",
        "Zhejiang Geely Holding Group",
        "Zhejiang Geely Holding Group Co., Ltd.",
    ),
    # The other spellings of the chain.
    ("Kweichow Moutai Co. Ltd (贵州茅台) said.", "Kweichow Moutai", "Kweichow Moutai Co. Ltd"),
    ("BYD Company Limited (比亚迪) said.", "BYD", "BYD Company Limited"),
    ("Lenovo Group Corp. Limited (联想集团) said.", "Lenovo Group", "Lenovo Group Corp. Limited"),
    ("Tencent Holdings Co., Ltd. (腾讯控股) rose.", "Tencent Holdings", "Tencent Holdings Co., Ltd."),
    ("China Resources Corporation Limited (华润) said.", "China Resources", "China Resources Corporation Limited"),
]
# A legal form alone: as on the parent (Co., Corp. alone are kept; the others go).
ALONE = [
    ("Ford Motor Co (福特汽车) said.", "Ford Motor Co"),
    ("Xiaomi Corporation (小米集团) said.", "Xiaomi Corporation"),
    ("Bilibili Inc. (哔哩哔哩) grew.", "Bilibili"),
    ("Siemens AG (西门子) said.", "Siemens"),
    ("Tesla, Inc. (特斯拉) cut prices.", "Tesla"),
]


def _company(line: str) -> tuple[str, tuple[str, ...], str | None]:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    return found.entry.en, found.entry.aliases, found.entry.type


@pytest.mark.parametrize(("line", "en", "written"), CHAINS)
def test_the_whole_chain_goes(line: str, en: str, written: str) -> None:
    assert _company(line) == (en, (written,), "org")  # the text's form kept as the alias


@pytest.mark.parametrize(("line", "en"), ALONE)
def test_a_lone_legal_form_is_as_before(line: str, en: str) -> None:
    assert _company(line)[0] == en


_STEMS = [
    "BYD",
    "Huawei Technologies",
    "Zhejiang Geely Holding Group",
    "Contemporary Amperex Technology",
    "Anta Sports",
]
_CHAIN_FORMS = [
    "Co., Ltd.",
    "Co. Ltd",
    "Co.,Ltd.",
    "Company Limited",
    "Corp. Limited",
    "Corporation Ltd",
    "Co., Limited",
]


@given(st.sampled_from(_STEMS), st.sampled_from(_CHAIN_FORMS), st.sampled_from(["said.", "rose 3%."]))
def test_no_short_form_ends_in_half_a_chain(stem: str, chain: str, end: str) -> None:
    line = f"{stem} {chain} (安踏) {end}"
    short, aliases, _ = _company(line)
    assert short == stem, line
    assert f"{stem} {chain}".replace(",Ltd", ", Ltd") in aliases, line


def test_the_console_script_stores_the_everyday_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="华为技术有限公司（Huawei Technologies Co., Ltd.）发布新机。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())
    assert [(e["zh"], e["en"], e["aliases"]) for e in stored] == [
        ("华为技术有限公司", "Huawei Technologies", ["Huawei Technologies Co., Ltd."])
    ]
