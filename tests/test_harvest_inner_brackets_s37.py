"""harvest: a company's English holding a bracketed word, before its Chinese, is read whole (the user's U37-29 and its
addendum, s37): "The Wharf (Holdings) Limited (九龍倉集團有限公司)" and "Ping An Insurance (Group) Company of China,
Ltd. (中国平安; …)" were cut at their own bracket ("Limited", "Company of China"). The word in brackets between
capitalised words is the name's; a Chinese name holding （集团） in a bracket is one item. On the parent e5bc671, all
3 of this file's tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        (
            "The Wharf (Holdings) Limited (九龍倉集團有限公司) announced results.",
            "九龙仓集团有限公司",
            "Wharf (Holdings)",
        ),
        (
            "Ping An Insurance (Group) Company of China, Ltd. (中国平安; SSE: 601318; HKEX: 2318) reported results.",
            "中国平安",
            "Ping An Insurance (Group) Company of China",
        ),
        (
            "China Resources (Holdings) Company Limited (华润（集团）有限公司) said.",
            "华润(集团)有限公司",
            # "Company" before the legal form goes with it (the forty-eighth session's R47-23: "BYD Co., Ltd." is BYD)
            "China Resources (Holdings)",
        ),
    ],
)
def test_an_english_name_with_its_own_bracket_is_read_whole(line: str, zh: str, en: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "org")
