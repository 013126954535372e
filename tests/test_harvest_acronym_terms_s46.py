"""A term written with its acronym is a term, not an organisation (s46, R45-13's second half).

Before, harvest typed every pair whose English is an acronym of capitals as an organisation when the sentence said
nothing else, so 人工智能（AI） and 国内生产总值（GDP） were proposed as organisations. Now a Chinese that CC-CEDICT
glosses as an ordinary word (lower-case pinyin) with that acronym spelt by lower-case words ("artificial
intelligence (AI)", "gross domestic product (GDP)": data/acronym_terms.tsv, scripts/build_acronym_terms.py) is a
term. Bodies stay organisations: CC-CEDICT writes them as proper names or with capitalised words ("World Health
Organization (WHO)", "Central Military Committee (CMC)"), and a company's acronym (BYD, TSMC, DJI) is no word's.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import acronym_terms, harvest

# (line, Chinese): an organisation on the parent.
TERMS = [
    ("人工智能（AI）正在改变世界。", "人工智能"),  # the review's
    ("国内生产总值（GDP）增长了。", "国内生产总值"),
    ("增值税（VAT）上调。", "增值税"),  # mine: CC-CEDICT's lines
    ("非政府组织（NGO）发表声明。", "非政府组织"),
    ("局域网（LAN）很重要。", "局域网"),
    ("首次公开招股（IPO）的计划。", "首次公开招股"),
    ("关键绩效指标（KPI）很重要。", "关键绩效指标"),
]
# Organisations on the parent and still.
ORGS = [
    ("世界卫生组织（WHO）发布报告。", "世界卫生组织"),
    ("中国石油化工集团（Sinopec）发布报告。", "中国石油化工集团"),
    ("比亚迪（BYD）发布新车。", "比亚迪"),
    ("台积电（TSMC）发布财报。", "台积电"),
    ("大疆（DJI）发布新品。", "大疆"),
    ("世卫（WHO）发布报告。", "世卫"),
    ("央行（PBOC）宣布降息。", "央行"),  # a common word, but a body: no term
    ("证监会（CSRC）发布公告。", "证监会"),
]


def _proposals(line: str) -> list[tuple[str, str]]:
    return [(p.zh or "", p.entry.type) for p in harvest(line, [])]


@pytest.mark.parametrize(("line", "zh"), TERMS)
def test_a_words_acronym_is_a_term(line: str, zh: str) -> None:
    assert _proposals(line) == [(zh, "term")]


@pytest.mark.parametrize(("line", "zh"), ORGS)
def test_a_bodys_acronym_is_an_organisation(line: str, zh: str) -> None:
    assert _proposals(line) == [(zh, "org")]


_TERMS = sorted(acronym_terms())


@given(st.sampled_from(_TERMS), st.sampled_from(["{zh}（{en}）很重要。", "据悉，{zh}（{en}）有了新进展。"]))
def test_a_listed_term_proposed_whole_is_a_term(zh: str, frame: str) -> None:
    assert all(p.entry.type == "term" for p in harvest(frame.format(zh=zh, en="ABC"), []) if p.zh == zh)


def test_most_listed_terms_are_proposed_whole_as_terms() -> None:
    # Counted when written: 139 of the 204 (the rest: harvest takes a shorter Chinese, 不明飞行物 -> 飞行物).
    whole = [
        zh for zh in _TERMS if [(p.zh, p.entry.type) for p in harvest(f"{zh}（ABC）很重要。", [])] == [(zh, "term")]
    ]
    assert len(whole) >= 130


def test_the_terms_are_cedicts_ordinary_words_not_its_bodies() -> None:
    terms = acronym_terms()
    assert {"人工智能", "国内生产总值", "增值税", "全球定位系统"} <= terms
    assert not {"世界卫生组织", "世卫", "中央军委", "疾病控制中心", "国际货币基金组织", "央行"} & terms


def test_the_console_script_adds_ai_as_a_term(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "empty.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--json"],
        input="人工智能（AI）正在改变世界。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (proposal,) = json.loads(done.stdout)["proposals"]
    assert (proposal["entry"]["zh"], proposal["entry"]["type"]) == ("人工智能", "term")
