"""harvest: two bodies whose English has another "and" inside a name are cut where the second body starts (the
thirty-second session's review, R2 of fdaeae8).

"The Ministry of Commerce and the Ministry of Science and Technology (商务部和科技部)" gave 商务部 "Ministry of Commerce
and the Ministry of Science" and 科技部 "Technology": the list rule cut at the last "and", inside "Science and
Technology". With several "and"s before a bracket of two bodies, the cut is the one "and" followed by "the" or a
body's word; with no such one cut, no pair (never a truncated English).
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `商务部 /Department of Commerce/`, `教育部 /Ministry of Education/`, `卫生部
/Ministry of Health/`, `文化和旅游部 /(PRC) Ministry of Culture and Tourism/` (文旅部 its short form); 科技部 and 工信部
are the PRC's Ministry of Science and Technology and Ministry of Industry and Information Technology (gov.cn).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        (
            "The Ministry of Commerce and the Ministry of Science and Technology (商务部和科技部) issued rules.",
            [("商务部", "Ministry of Commerce"), ("科技部", "Ministry of Science and Technology")],
        ),
        (
            "The Ministry of Education and Ministry of Science and Technology (教育部和科技部) met.",
            [("教育部", "Ministry of Education"), ("科技部", "Ministry of Science and Technology")],
        ),
        (
            "The Ministry of Culture and Tourism and the Ministry of Health (文旅部和卫生部) met.",
            [("文旅部", "Ministry of Culture and Tourism"), ("卫生部", "Ministry of Health")],
        ),
        (
            "The Ministry of Science and Technology and Ministry of Industry and Information Technology"
            " (科技部和工信部) met.",
            [
                ("科技部", "Ministry of Science and Technology"),
                ("工信部", "Ministry of Industry and Information Technology"),
            ],
        ),
    ],
)
def test_two_bodies_cut_where_the_second_starts(line: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(line) == pairs


def test_no_sure_cut_no_truncated_english() -> None:
    # Two "and"s, neither followed by "the" or a body's word: no cut is sure.
    got = _pairs("The Ministry of Commerce and Industry and Trade (商务部和贸易部) met.")
    assert all(en not in ("Trade", "Ministry of Commerce and Industry", "Industry and Trade") for _, en in got)


def test_one_and_still_lists_two_bodies() -> None:
    assert _pairs("The Ministry of Commerce and the People's Bank of China (商务部和中国人民银行) issued rules.") == [
        ("商务部", "Ministry of Commerce"),
        ("中国人民银行", "People's Bank of China"),
    ]
