"""A bracket that translates a title or a concept names no one (s48, the review's R47-20).

Chinese copy glosses titles and slogans in brackets as it glosses names: harvest took the Chinese before such a
bracket for a name, cut it wrong, and `--add` stored it: 首席执行官（CEO） -> org 执行官 "CEO",
他当选总书记（General Secretary） -> 他当选总书记, 董事长助理（Assistant to the Chairman） -> person 助理,
美联储主席（Fed Chair） -> 主席 "Fed Chair", 内卷（Involution） -> a name. Now a bracket whose English ends
in a title (`_glossed_title`: a title or an occupation, CEO, Manager) after Chinese that ends in a title
(`_ZH_TITLES` and data/office_titles.tsv's heads, with their own first words and an assistant's 助理) is the
title's term, with the body's short name before it where the English writes it too (美联储主席 "Fed Chair"); an
English that names a concept (`_names_a_concept`: an abstract noun after ordinary words, "Common Prosperity",
"Involution") is typed a term. A name after the title is as before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest

# The review's four title lines, then others of the class: the title alone is the term.
TITLES = [
    ("公司首席执行官（CEO）表示，今年业绩将大幅增长。", "首席执行官", "CEO"),
    ("他当选总书记（General Secretary）。", "总书记", "General Secretary"),
    ("董事长助理（Assistant to the Chairman）昨天宣布辞职。", "董事长助理", "Assistant to the Chairman"),
    ("他被任命为首席技术官（CTO）。", "首席技术官", "CTO"),
    ("她曾担任副总理（Vice Premier）。", "副总理", "Vice Premier"),
    ("该国总统（President）发表讲话。", "总统", "President"),
    ("他升任总经理（General Manager）。", "总经理", "General Manager"),
    ("他是该校校长（President）。", "校长", "President"),
    ("部长助理（Assistant Minister）陪同访问。", "部长助理", "Assistant Minister"),
    ("外交部发言人（Spokesperson）回答了记者提问。", "发言人", "Spokesperson"),
    ("公司创始人（Founder）接受了采访。", "创始人", "Founder"),
]
# The English writes the body's name with the title: the term is the body's title, as the Chinese writes it after
# the sentence's words (the parent proposed 主席 "Fed Chair", 联合国秘书长 untyped, 首席战略官's tail 战略官).
BODY_TITLES = [
    ("美联储主席（Fed Chair）鲍威尔表示将维持利率不变。", "美联储主席", "Fed Chair"),
    ("联合国秘书长（UN Secretary-General）发表声明。", "联合国秘书长", "UN Secretary-General"),
    ("欧洲央行行长（ECB President）拉加德表示。", "欧洲央行行长", "ECB President"),
    ("他当选美国总统（US President）。", "美国总统", "US President"),
    ("他是公司的首席战略官（Chief Strategy Officer）。", "首席战略官", "Chief Strategy Officer"),
]
# A longer name before the title, which harvest does not cut: no pair (as on the parent).
NO_PAIR = ["国际货币基金组织总裁（IMF Managing Director）表示。"]
# A name after the title, or a body whose English ends in no title: as on the parent.
NAMES = [
    ("美联储主席鲍威尔（Jerome Powell）表示将维持利率不变。", "鲍威尔", "person"),
    ("苹果公司首席执行官库克（Tim Cook）访华。", "库克", "person"),
    ("外交部发言人毛宁（Mao Ning）说。", "毛宁", "person"),
    ("香港特首李家超（Chief Executive John Lee）表示。", "李家超", "person"),
    ("英伟达首席执行官黄仁勋（Jensen Huang）表示。", "黄仁勋", "person"),
    ("国家主席习近平（President Xi Jinping）出席。", "习近平", "person"),
    ("工程师协会（Association of Engineers）发表声明。", "工程师协会", "org"),
    ("世界卫生组织（WHO）发布报告。", "世界卫生组织", "org"),
]


def _found(line: str) -> list[tuple[str, str, str | None]]:
    return [(p.zh or "", p.en, p.entry.type) for p in harvest(line, []) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh", "en"), TITLES)
def test_a_glossed_title_is_a_term(line: str, zh: str, en: str) -> None:
    assert _found(line) == [(zh, en, "term")]


@pytest.mark.parametrize(("line", "zh", "en"), BODY_TITLES)
def test_a_bodys_title_is_a_term(line: str, zh: str, en: str) -> None:
    assert _found(line) == [(zh, en, "term")]


@pytest.mark.parametrize("line", NO_PAIR)
def test_a_title_with_its_bodys_english_is_no_pair(line: str) -> None:
    assert _found(line) == []


@pytest.mark.parametrize(("line", "zh", "kind"), NAMES)
def test_a_name_after_a_title_is_as_before(line: str, zh: str, kind: str) -> None:
    assert [(z, t) for z, _, t in _found(line)] == [(zh, kind)]


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("年轻人普遍感到内卷（Involution）。", "内卷", "Involution"),  # the review's
        ("他谈到了双循环（Dual Circulation）战略。", "双循环", "Dual Circulation"),
    ],
)
def test_a_concept_is_a_term(line: str, zh: str, en: str) -> None:
    assert _found(line) == [(zh, en, "term")]


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        # A body's or a brand's name, however ordinary its words: no concept.
        ("世界卫生组织（World Health Organization）发表声明。", "世界卫生组织"),
        ("完美世界（Perfect World）发布新游戏。", "完美世界"),
        ("联合国（United Nations）发表声明。", "联合国"),
    ],
)
def test_a_body_of_ordinary_words_is_no_term(line: str, zh: str) -> None:
    assert [(z, t != "term") for z, _, t in _found(line)] == [(zh, True)]


_TITLES = [
    ("首席执行官", "CEO"),
    ("首席财务官", "CFO"),
    ("总书记", "General Secretary"),
    ("副总统", "Vice President"),
    ("董事长", "Chairman"),
    ("秘书长", "Secretary-General"),
    ("董事长助理", "Assistant to the Chairman"),
    ("市长", "Mayor"),
]
_LEADS = ["", "他当选", "公司", "该国", "据报道，新任", "她被任命为"]


@given(st.sampled_from(_LEADS), st.sampled_from(_TITLES), st.sampled_from(["表示。", "。", "一职。"]))
def test_no_glossed_title_is_a_name(lead: str, title: tuple[str, str], end: str) -> None:
    zh, en = title
    line = f"{lead}{zh}（{en}）{end}"
    assert _found(line) == [(zh, en, "term")], line


_PEOPLE = [("雷军", "Lei Jun"), ("毛宁", "Mao Ning"), ("黄仁勋", "Jensen Huang"), ("鲍威尔", "Jerome Powell")]


@given(st.sampled_from(_LEADS), st.sampled_from(_TITLES), st.sampled_from(_PEOPLE))
def test_a_person_after_a_glossed_title_is_a_person(lead: str, title: tuple[str, str], person: tuple[str, str]) -> None:
    zh, en = person
    line = f"{lead}{title[0]}{zh}（{en}）表示。"
    assert [(z, e) for z, e, _ in _found(line)] == [(zh, en)], line


def test_the_console_script_stores_the_title_as_a_term(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    article = tmp_path / "article.txt"
    article.write_text(
        "公司首席执行官（CEO）表示，今年业绩将大幅增长。\n"
        "美联储主席（Fed Chair）鲍威尔表示将维持利率不变。\n"
        "小米集团董事长雷军（Lei Jun）表示。\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert sorted((entry["zh"], entry["en"], entry["type"]) for entry in stored) == [
        ("美联储主席", "Fed Chair", "term"),
        ("雷军", "Lei Jun", "person"),
        ("首席执行官", "CEO", "term"),
    ]
