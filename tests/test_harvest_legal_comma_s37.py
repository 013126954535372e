"""harvest: a comma written without its space before a legal form is the name's (the user's U37-28, s37). Chinese
companies write their registered English so on their own filings ("Kweichow Moutai Co.,Ltd.", Moutai's SSE filings;
"BYD Co.,Ltd"): harvest proposed 贵州茅台 "Ltd." and 比亚迪 "Ltd". README: the comma before Inc., Ltd. is the name's.
On the parent e5bc671, 2 of this file's 3 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "alias"),
    [
        ("Kweichow Moutai Co.,Ltd. (贵州茅台) said.", "贵州茅台", "Kweichow Moutai", "Kweichow Moutai Co., Ltd."),
        ("BYD Co.,Ltd (比亚迪) said.", "比亚迪", "BYD", "BYD Co., Ltd"),  # s48: R47-23
        ("Tesla, Inc. (特斯拉) said.", "特斯拉", "Tesla", "Tesla, Inc."),  # with its space, as before
    ],
)
def test_a_legal_form_after_a_comma_without_a_space_is_the_names(line: str, zh: str, en: str, alias: str) -> None:
    (found,) = harvest(line, [])
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "org")
    assert alias in found.entry.aliases
