"""harvest: in Chinese copy the title before a name is the role where the English in the bracket gives none
(U32-19), as "President Xi Jinping (习近平)" gives the role "President" in English copy.

"国家主席习近平（Xi Jinping）", "首席执行官黄仁勋（Jensen Huang）", "美国国务卿鲁比奥（Marco Rubio）" gave roles []
(the title was kept as the note "described as '国家主席'"), while "香港特首李家超（Chief Executive John Lee）" kept
the English title as the role. A title that is over (前总统) stays a description, as "former president" does in
English copy.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `習近平 习近平 /Xi Jinping (1953-), PRC politician/`, `馬英九 马英九 /Ma
Ying-jeou (1950-), Taiwanese Kuomintang politician/`; Marco Rubio (鲁比奥), US secretary of state; Jensen Huang
(黄仁勋), Nvidia's chief executive; John Lee (李家超), Hong Kong's chief executive.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _roles(text: str) -> dict[str | None, tuple[list[str], str | None]]:
    return {p.zh: ([r.title for r in p.entry.roles], p.entry.note) for p in harvest(text, []) if p.kind == "name"}


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("国家主席习近平（Xi Jinping）周二会见了美国国务卿鲁比奥（Marco Rubio）。", "习近平", "国家主席"),
        ("国家主席习近平（Xi Jinping）周二会见了美国国务卿鲁比奥（Marco Rubio）。", "鲁比奥", "美国国务卿"),
        ("英伟达首席执行官黄仁勋（Jensen Huang）抵达北京。", "黄仁勋", "英伟达首席执行官"),
        ("马云（Jack Ma，阿里巴巴创始人）出席。", "马云", "阿里巴巴创始人"),
    ],
)
def test_chinese_title_is_the_role(line: str, zh: str, role: str) -> None:
    assert _roles(line)[zh] == ([role], None)


def test_the_english_title_in_the_bracket_is_the_role_first() -> None:
    assert _roles("香港特首李家超（Chief Executive John Lee）表示。")["李家超"] == (
        ["Chief Executive"],
        "described as '香港特首'",
    )


def test_a_past_title_stays_a_description() -> None:
    assert _roles("前总统马英九（Ma Ying-jeou）表示。")["马英九"] == ([], "described as '前总统'")
