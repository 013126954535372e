"""harvest: a product named in Chinese copy with its model's letters and digits after the Chinese, the English in a
bracket after it (s34, the last hv's leftover: "小米SU7（Xiaomi SU7）" gave nothing, the Chinese run stopping at the
Latin letters). The name is the Chinese and the letters, where the English writes the same letters; a product.
On the parent 97e27c1, 4 of this file's 7 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("小米发布了小米SU7（Xiaomi SU7）。", "小米SU7", "Xiaomi SU7"),
        ("蔚来ET7（NIO ET7）正式上市。", "蔚来ET7", "NIO ET7"),
        ("理想L9（Li Auto L9）正式上市。", "理想L9", "Li Auto L9"),
        ("比亚迪汉EV（BYD Han EV）正式上市。", "比亚迪汉EV", "BYD Han EV"),
    ],
)
def test_a_chinese_name_with_a_models_letters_is_read(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "product")


@pytest.mark.parametrize(
    "line",
    ["第三季度（Q3 2024）增长了5%。", "该公司排名前十（Top 10）。", "小米发布了新车SU7（Model Y）。"],
)
def test_letters_the_english_does_not_write_give_no_pair(line: str) -> None:
    assert harvest(line, []) == []
